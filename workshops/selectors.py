"""Reads for workshops, set-based: a fixed number of queries for any number of participants.

The room view (next issue) reuses ``completion_for``, ``exercise_scores`` and ``workshop_schedule``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.utils import timezone

from exercises.models import Attempt, Exercise, ExerciseCase
from exercises.permissions import hidden_results, result_visible_q
from exercises.selectors import exercise_passes
from modules.models import DayPage, SessionDone, SessionPage
from modules.selectors import exercises_in, programme_sessions

from .completion import Completion, completion_decide
from .models import Attendance, CheckinWindow, Participant, Workshop


@dataclass(frozen=True)
class ScheduledSession:
    session: SessionPage
    day: date  # the session's date in this workshop (the programme's day shifted to the workshop's dates)


def workshop_schedule(*, workshop: Workshop) -> list[ScheduledSession]:
    """The programme's sessions in agenda order, each dated within the workshop (three queries)."""
    programme = workshop.programme
    days = {d.path: d.date for d in DayPage.objects.child_of(programme).only("path", "date")}
    rows = []
    for session in programme_sessions(programme=programme):
        day = days.get(session.path[: -SessionPage.steplen], programme.start_date)
        rows.append(ScheduledSession(session, workshop.start_date + (day - programme.start_date)))
    return rows


def workshop_exercises(*, workshop: Workshop, sessions=None) -> list[Exercise]:
    """Pre-test, the programme's exercises, required ones, post-test: what a participant has to do."""
    sessions = sessions if sessions is not None else [s.session for s in workshop_schedule(workshop=workshop)]
    found: dict[int, Exercise] = {}
    if workshop.pre_test_id:
        found[workshop.pre_test_id] = workshop.pre_test
    for exercise in [*exercises_in(sessions), *workshop.required_exercises.all()]:
        found.setdefault(exercise.pk, exercise)
    if workshop.post_test_id:
        found.setdefault(workshop.post_test_id, workshop.post_test)
    return list(found.values())


def exercise_scores(*, users, exercise: Exercise | None) -> dict[int, float]:
    """{user_id: percent}: the mean over the exercise's cases of each user's best saved score (two queries).

    A case not attempted counts 0, so a half-finished test never looks complete.
    """
    if exercise is None:
        return {}
    cases = set(ExerciseCase.objects.filter(exercise=exercise).values_list("case_id", flat=True))
    if not cases:
        return {}
    best: dict[tuple[int, int], float] = {}
    rows = Attempt.objects.filter(user__in=users, exercise=exercise, status=Attempt.Status.SUBMITTED,
                                  case_id__in=cases).values_list("user_id", "case_id", "score")
    for user_id, case_id, score in rows:
        key = (user_id, case_id)
        best[key] = max(best.get(key, 0.0), score or 0.0)
    totals: dict[int, float] = defaultdict(float)
    for (user_id, _case), score in best.items():
        totals[user_id] += score
    return {user_id: round(total / len(cases), 1) for user_id, total in totals.items()}


def completion_for(*, workshop: Workshop, participants=None) -> dict[int, Completion]:
    """{participant_id: Completion} from attendance, done-marks, passes and post-test scores (fixed queries)."""
    participants = list(participants if participants is not None else workshop.participants.all())
    user_ids = [p.user_id for p in participants]
    required_sessions = set(workshop.required_sessions.values_list("pk", flat=True))
    required_exercises = set(workshop.required_exercises.values_list("pk", flat=True))
    present: dict[int, set] = defaultdict(set)
    for participant_id, session_id in Attendance.objects.filter(
            participant__in=[p.pk for p in participants], session_id__in=required_sessions).values_list(
            "participant_id", "session_id"):
        present[participant_id].add(session_id)
    done: dict[int, set] = defaultdict(set)
    for user_id, session_id in SessionDone.objects.filter(
            user_id__in=user_ids, session_id__in=required_sessions).values_list("user_id", "session_id"):
        done[user_id].add(session_id)
    passes = exercise_passes(users=user_ids, exercises=list(required_exercises)) if required_exercises else set()
    passed: dict[int, set] = defaultdict(set)
    for user_id, exercise_id in passes:
        passed[user_id].add(exercise_id)
    post = exercise_scores(users=user_ids, exercise=workshop.post_test) if workshop.post_test_id else {}
    threshold = workshop.post_test_threshold if workshop.post_test_id else None
    return {
        p.pk: completion_decide(
            required_sessions=required_sessions, present_sessions=present[p.pk] | done[p.user_id],
            required_exercises=required_exercises, passed_exercises=passed[p.user_id],
            post_score=post.get(p.user_id), post_threshold=threshold,
        )
        for p in participants
    }


SORTS = {
    "name": ("full_name", "pk"), "-name": ("-full_name", "-pk"),
    "institution": ("institution_type", "institution_name", "full_name"),
    "-institution": ("-institution_type", "-institution_name", "-full_name"),
    "attendance": ("attended", "full_name"), "-attendance": ("-attended", "full_name"),
}
ROWS_SORTS = {"passed", "-passed", "pre", "-pre", "post", "-post", "complete", "-complete"}


def participants_search(*, workshop: Workshop, query: str = "") -> QuerySet[Participant]:
    participants = workshop.participants.annotate(attended=Count("attendances", distinct=True))
    query = (query or "").strip()
    if query:
        participants = participants.filter(Q(full_name__icontains=query) | Q(institution_name__icontains=query)
                                           | Q(position__icontains=query) | Q(phone__icontains=query))
    return participants


def participant_rows(*, workshop: Workshop, query: str = "", sort: str = "name") -> list[dict]:
    """One dict per participant: institution, attendance, passes, pre/post scores, completion; sorted."""
    participants = list(participants_search(workshop=workshop, query=query).order_by(
        *SORTS.get(sort, SORTS["name"])).select_related("user"))
    user_ids = [p.user_id for p in participants]
    exercises = workshop_exercises(workshop=workshop)
    passes = exercise_passes(users=user_ids, exercises=[e.pk for e in exercises]) if exercises else set()
    passed_count: dict[int, int] = defaultdict(int)
    for user_id, _exercise_id in passes:
        passed_count[user_id] += 1
    pre = exercise_scores(users=user_ids, exercise=workshop.pre_test)
    post = exercise_scores(users=user_ids, exercise=workshop.post_test)
    completion = completion_for(workshop=workshop, participants=participants)
    rows = [{"participant": p, "attended": p.attended, "passed": passed_count[p.user_id],
             "exercises_total": len(exercises), "pre": pre.get(p.user_id), "post": post.get(p.user_id),
             "completion": completion[p.pk]} for p in participants]
    if sort in ROWS_SORTS:
        key = sort.lstrip("-")
        value = {"passed": lambda r: r["passed"], "pre": lambda r: r["pre"] or -1,
                 "post": lambda r: r["post"] or -1, "complete": lambda r: r["completion"].complete}[key]
        rows.sort(key=value, reverse=sort.startswith("-"))
    return rows


def participant_attempts(*, participant: Participant) -> QuerySet[Attempt]:
    """The participant's attempts made in the workshop or on its exercises, newest first."""
    exercises = [e.pk for e in workshop_exercises(workshop=participant.workshop)]
    return (Attempt.objects.filter(user_id=participant.user_id)
            .filter(Q(workshop_link__participant=participant) | Q(exercise_id__in=exercises))
            .select_related("exercise", "case").order_by("-started_at", "-pk"))


def post_test_hidden(*, participant: Participant) -> bool:
    """The participant's post-test score (and so completion and the certificate) stays hidden while a
    saved post-test result of theirs is not released (``exercises.permissions``: by this workshop
    for an attempt made in it)."""
    test_id = participant.workshop.post_test_id
    return bool(test_id) and (participant.user_id, test_id) in hidden_results(users=[participant.user_id],
                                                                              exercises=[test_id])


def participation_for(*, user, workshop_id: int | None = None) -> Participant | None:
    """The trainee's chosen workshop, or the one whose dates are nearest today."""
    if not user.is_authenticated:
        return None
    mine = Participant.objects.filter(user=user).select_related("workshop", "workshop__programme")
    if workshop_id is not None:
        return mine.filter(workshop_id=workshop_id).first()
    return mine.order_by("-workshop__start_date", "-joined_at").first()


def trainee_home(*, participant: Participant) -> dict:
    """Everything the trainee's own page shows: today's sessions, the next to read, the open attempt, to-dos."""
    workshop = participant.workshop
    user = participant.user
    today = timezone.localdate()
    schedule = workshop_schedule(workshop=workshop)
    sessions = [s.session for s in schedule]
    done = set(SessionDone.objects.filter(user=user, session__in=sessions).values_list("session_id", flat=True))
    attended = set(participant.attendances.values_list("session_id", flat=True))
    todays = [s for s in schedule if s.day == today]
    next_session = next((s for s in schedule if s.session.pk not in done), None)
    exercises = workshop_exercises(workshop=workshop, sessions=sessions)
    passes = {e for _u, e in exercise_passes(users=[user.pk], exercises=[e.pk for e in exercises])} if exercises else set()
    links = defaultdict(list)
    for link in ExerciseCase.objects.filter(exercise__in=exercises).select_related("case").order_by("sort_order", "pk"):
        links[link.exercise_id].append(link.case)
    # A score is shown only where the trainee may see it (the one rule: practice at once, assessed once released).
    mine = list(Attempt.objects.filter(user=user, exercise__in=exercises)
                .annotate(visible=Case(When(result_visible_q(), then=Value(True)), default=Value(False)))
                .values("exercise_id", "case_id", "status", "pk", "passed", "score", "visible"))
    tried = {(a["exercise_id"], a["case_id"]) for a in mine if a["status"] == Attempt.Status.SUBMITTED}
    open_attempt = (Attempt.objects.filter(user=user, status=Attempt.Status.OPEN, exercise__in=exercises)
                    .select_related("exercise", "case").order_by("-last_seen_at", "-started_at").first())
    best: dict[tuple[int, int], float] = {}
    hidden = set()
    for a in mine:
        if a["status"] == Attempt.Status.SUBMITTED and a["visible"]:
            key = (a["exercise_id"], a["case_id"])
            best[key] = max(best.get(key, 0.0), a["score"] or 0.0)
        elif a["status"] == Attempt.Status.SUBMITTED:
            hidden.add(a["exercise_id"])
    to_do = [{"exercise": e, "passed": e.pk in passes and e.pk not in hidden, "cases": [
        {"case": c, "tried": (e.pk, c.pk) in tried, "best": best.get((e.pk, c.pk))} for c in links[e.pk]]}
        for e in exercises]
    windows = CheckinWindow.objects.filter(workshop=workshop, opens_at__lte=timezone.now(),
                                           closes_at__gte=timezone.now()).exclude(session_id__in=attended)
    completion = completion_for(workshop=workshop, participants=[participant])[participant.pk]
    post_hidden = post_test_hidden(participant=participant)
    total = len(sessions) + len(exercises)
    finished = len(done | attended & {s.pk for s in sessions}) + len(passes - hidden)  # no hidden pass leaks
    return {
        "participant": participant, "workshop": workshop, "today": today, "todays_sessions": todays,
        "next_session": next_session, "open_attempt": open_attempt, "to_do": to_do, "done_ids": done,
        "attended_ids": attended, "open_checkins": list(windows.select_related("session")),
        "completion": completion, "post_hidden": post_hidden, "percent": round(100 * finished / total) if total else 0,
        "other_workshops": list(Participant.objects.filter(user=user).exclude(pk=participant.pk)
                                .select_related("workshop")),
    }


def institution_summary(*, workshop: Workshop, rows: list[dict] | None = None) -> list[dict]:
    """Per institution type: participants, completed, mean pre and post scores (from ``participant_rows``)."""
    rows = rows if rows is not None else participant_rows(workshop=workshop)
    groups: dict[str, list] = defaultdict(list)
    for row in rows:
        groups[row["participant"].institution_type].append(row)
    summary = []
    for code, members in sorted(groups.items()):
        pre = [r["pre"] for r in members if r["pre"] is not None]
        post = [r["post"] for r in members if r["post"] is not None]
        summary.append({
            "institution_type": code, "label": members[0]["participant"].get_institution_type_display(),
            "participants": len(members), "completed": sum(r["completion"].complete for r in members),
            "pre_mean": round(sum(pre) / len(pre), 1) if pre else None,
            "post_mean": round(sum(post) / len(post), 1) if post else None,
        })
    return summary


def open_attempts_for(*, workshop: Workshop, participants=None) -> dict[int, Attempt]:
    """{participant_id: their latest open attempt on the workshop's exercises}, for the room view's "now".

    A fixed number of queries for any number of participants; an attempt never seen yet sorts by its start.
    """
    participants = list(participants if participants is not None else workshop.participants.all())
    by_user = {p.user_id: p.pk for p in participants}
    exercises = [e.pk for e in workshop_exercises(workshop=workshop)]
    found: dict[int, Attempt] = {}
    attempts = (Attempt.objects.filter(status=Attempt.Status.OPEN, user_id__in=list(by_user), exercise_id__in=exercises)
                .select_related("exercise", "case").order_by("user_id", "-started_at"))
    for attempt in attempts:
        participant_id = by_user[attempt.user_id]
        seen = attempt.last_seen_at or attempt.started_at
        current = found.get(participant_id)
        if current is None or seen > (current.last_seen_at or current.started_at):
            found[participant_id] = attempt
    return found
