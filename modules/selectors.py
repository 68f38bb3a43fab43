"""Reads for the learning site: timetables and a trainee's progress, set-based for the room view later."""

from __future__ import annotations

from django.core.cache import cache

from exercises.models import Attempt, Exercise

from .models import DayPage, SessionDone, SessionPage, TaughtField


def programme_sessions(*, programme) -> list[SessionPage]:
    """Every live session of a programme, in agenda order (day, then start time); two queries."""
    days = DayPage.objects.child_of(programme).live().order_by("date", "path").values_list("path", flat=True)
    order = {path: position for position, path in enumerate(days)}
    sessions = SessionPage.objects.live().descendant_of(programme)
    # A session's parent path is its own path less one step: no query per session.
    return sorted(sessions, key=lambda s: (order.get(s.path[: -SessionPage.steplen], 0), s.start_time, s.path))


def programme_timetable(*, programme) -> list[dict]:
    days = list(DayPage.objects.child_of(programme).live().order_by("date", "path").specific())
    sessions = SessionPage.objects.live().descendant_of(programme).order_by("start_time", "path").prefetch_related(
        "session_speakers__speaker")
    by_day: dict[str, list] = {}
    for session in sessions:
        by_day.setdefault(session.path[: -SessionPage.steplen], []).append(session)
    return [{"day": day, "sessions": by_day.get(day.path, [])} for day in days]


def exercises_in(sessions) -> list[Exercise]:
    """The exercises that the sessions' exercise blocks point at, without repeats."""
    seen: dict[int, Exercise] = {}
    for session in sessions:
        for block in session.body:
            if block.block_type == "exercise" and block.value["exercise"] is not None:
                seen.setdefault(block.value["exercise"].pk, block.value["exercise"])
    return list(seen.values())


def passed_exercise_ids(*, user, exercises) -> set[int]:
    """Exercises in which the user has passed every case (one query)."""
    exercises = list(exercises)
    if not exercises or not user.is_authenticated:
        return set()
    passed = (Attempt.objects.filter(user=user, exercise__in=exercises, status=Attempt.Status.SUBMITTED, passed=True)
              .values_list("exercise_id", "case_id").distinct())
    passed_cases: dict[int, set] = {}
    for exercise_id, case_id in passed:
        passed_cases.setdefault(exercise_id, set()).add(case_id)
    result = set()
    for exercise in exercises:
        needed = {link.case_id for link in exercise.exercise_cases.all()}
        if needed and needed <= passed_cases.get(exercise.pk, set()):
            result.add(exercise.pk)
    return result


OUTLINE_KEY = "simfoni:programme-outline:{pk}"


def programme_outline(*, programme) -> dict:
    """The ids of the programme's live sessions and of the exercises their bodies point at,
    cached until content is published: reading every session's body for its exercise blocks
    is the costly part, the same for every trainee. modules.apps forgets it on publish,
    unpublish, move and delete. Which cases an exercise holds is read fresh each time: a case
    bank import adds them without any signal."""
    key = OUTLINE_KEY.format(pk=programme.pk)
    outline = cache.get(key)
    if outline is None:
        sessions = programme_sessions(programme=programme)
        outline = {"session_ids": [s.pk for s in sessions], "exercise_ids": [e.pk for e in exercises_in(sessions)]}
        cache.set(key, outline, None)
    return outline


def programme_outline_forget() -> None:
    from .models import ProgrammePage

    cache.delete_many([OUTLINE_KEY.format(pk=pk) for pk in ProgrammePage.objects.values_list("pk", flat=True)])


def programme_progress(*, user, programme) -> dict:
    """Share of sessions marked done and of the programme's exercises passed; a fixed few queries."""
    outline = programme_outline(programme=programme)
    sessions = outline["session_ids"]
    done = set(SessionDone.objects.filter(user=user, session_id__in=sessions).values_list("session_id", flat=True))
    order = {pk: i for i, pk in enumerate(outline["exercise_ids"])}
    exercises = sorted(Exercise.objects.filter(pk__in=order).prefetch_related("exercise_cases"),
                       key=lambda e: order[e.pk])
    passed = passed_exercise_ids(user=user, exercises=exercises)
    total = len(sessions) + len(exercises)
    finished = len(done) + len(passed)
    return {
        "sessions_total": len(sessions), "sessions_done": len(done), "done_ids": done,
        "exercises_total": len(exercises), "exercises_passed": len(passed),
        "percent": round(100 * finished / total) if total else 0,
    }


def session_standing(*, user, session) -> dict:
    """Done or not, the next session in the programme, and the progress of the programme."""
    programme = session.get_parent().get_parent().specific
    sessions = programme_sessions(programme=programme)
    ids = [s.pk for s in sessions]
    position = ids.index(session.pk) if session.pk in ids else -1
    following = sessions[position + 1] if 0 <= position < len(sessions) - 1 else None
    context = {"programme": programme, "next_session": following, "is_done": False, "progress": None}
    if user.is_authenticated:
        context["is_done"] = SessionDone.objects.filter(user=user, session=session).exists()
        context["progress"] = programme_progress(user=user, programme=programme)
    return context


def lessons_for_fields(keys) -> dict[str, str]:
    """{"korban.nik": "/url/of/the/session/"} for the fields some live session teaches (one query)."""
    found: dict[str, str] = {}
    links = TaughtField.objects.filter(field__in=list(keys), session__live=True).select_related("session")
    for link in links.order_by("session__path"):
        found.setdefault(link.field, link.session.url)
    return found
