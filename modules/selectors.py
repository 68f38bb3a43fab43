"""Reads for the learning site: timetables and a trainee's progress, set-based for the room view later."""

from __future__ import annotations

from django.core.cache import cache

from exercises.fields import Section, field
from exercises.models import Exercise
from exercises.permissions import can_manage_case_bank
from exercises.selectors import exercise_passes, exercises_for

from .models import DayPage, ProgrammePage, SessionDone, SessionPage, TaughtField


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


def exercise_ids_in(sessions) -> list[int]:
    """The exercises the sessions' exercise blocks point at, in order, without repeats.

    Read from the stored block data: no query, where iterating ``body`` would fetch each
    session's snippets and exercises on its own.
    """
    seen: dict[int, None] = {}
    for session in sessions:
        for block in session.body.raw_data:
            if block["type"] == "exercise" and block["value"].get("exercise"):
                seen.setdefault(block["value"]["exercise"], None)
    return list(seen)


def exercises_in(sessions) -> list[Exercise]:
    """The exercises that the sessions' exercise blocks point at, without repeats (one query)."""
    ids = exercise_ids_in(sessions)
    found = Exercise.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def passed_exercise_ids(*, user, exercises) -> set[int]:
    """The exercises the user passed, as a trainee may be shown them (``exercise_passes``, released only)."""
    if not user.is_authenticated:
        return set()
    return {exercise_id for _user, exercise_id in
            exercise_passes(users=[user], exercises=exercises, released_only=not can_manage_case_bank(user))}


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


def programme_progress(*, user, programme, sessions: list[SessionPage] | None = None) -> dict:
    """Share of sessions marked done and of the programme's exercises passed; a fixed few queries.

    A caller that already holds the programme's ``sessions`` (the session page) reads the outline
    from them at no cost; otherwise it comes from the cache. An exercise deleted since does not count.
    """
    if sessions is not None:
        outline = {"session_ids": [s.pk for s in sessions], "exercise_ids": exercise_ids_in(sessions)}
    else:
        outline = programme_outline(programme=programme)
    sessions = outline["session_ids"]
    done = set(SessionDone.objects.filter(user=user, session_id__in=sessions).values_list("session_id", flat=True))
    exercises = list(Exercise.objects.filter(pk__in=outline["exercise_ids"]).values_list("pk", flat=True))
    passed = passed_exercise_ids(user=user, exercises=exercises) if exercises else set()
    total = len(sessions) + len(exercises)
    finished = len(done) + len(passed)
    return {
        "sessions_total": len(sessions), "sessions_done": len(done), "done_ids": done,
        "exercises_total": len(exercises), "exercises_passed": len(passed),
        "percent": round(100 * finished / total) if total else 0,
    }


def session_standing(*, user, session) -> dict:
    """Done or not, the next session in the programme, the progress of the programme and the trainee's
    standing on the session's own exercises (for the exercise blocks)."""
    programme = ProgrammePage.objects.ancestor_of(session).first()
    sessions = programme_sessions(programme=programme) if programme is not None else []
    ids = [s.pk for s in sessions]
    position = ids.index(session.pk) if session.pk in ids else -1
    following = sessions[position + 1] if 0 <= position < len(sessions) - 1 else None
    context = {"programme": programme, "next_session": following, "is_done": False, "progress": None,
               "exercise_standings": {}}
    if user.is_authenticated:
        context["is_done"] = SessionDone.objects.filter(user=user, session=session).exists()
        if programme is not None:
            context["progress"] = programme_progress(user=user, programme=programme, sessions=sessions)
        context["exercise_standings"] = exercise_standings(user=user, exercise_ids=exercise_ids_in([session]))
    return context


def exercise_standings(*, user, exercise_ids) -> dict[int, dict | None]:
    """{exercise id: attempts, best score, passed} for published exercises; score and pass only where
    the trainee may see them (``can_see_results``). Three queries for any number of exercises."""
    exercise_ids = list(exercise_ids)
    if not exercise_ids or not user.is_authenticated:
        return {}
    standings: dict[int, dict | None] = dict.fromkeys(exercise_ids)  # an unpublished exercise has none
    for exercise in exercises_for(user=user, exercise_ids=exercise_ids):
        standings[exercise.pk] = {
            "attempts": exercise.attempt_count,
            "best": exercise.best_score if exercise.results_visible else None,
            "passed": exercise.passed and exercise.results_visible,
        }
    return standings


def lessons_for_fields(keys) -> dict[str, str]:
    """{"korban.nik": "/url/of/the/session/#blok-…"} for the fields some live session teaches (one query).

    The link lands on the session's block that teaches the field: the first block that names the
    field's label, else the session's first heading, else the top of the page.
    """
    found: dict[str, str] = {}
    links = TaughtField.objects.filter(field__in=list(keys), session__live=True).select_related("session")
    for link in links.order_by("session__path"):
        if link.field not in found:
            anchor = teaching_block_id(link.session, link.field)
            found[link.field] = link.session.url + (f"#{BLOCK_ANCHOR_PREFIX}{anchor}" if anchor else "")
    return found


BLOCK_ANCHOR_PREFIX = "blok-"  # session_page.html gives every body block this id


def _field_label(key: str) -> str:
    section, _dot, name = key.partition(".")
    try:
        return field(Section(section), name).label
    except (KeyError, ValueError):
        return ""


def teaching_block_id(session: SessionPage, key: str) -> str:
    """The id of the session block that teaches a "section.field", or "" when the body has no block."""
    label = _field_label(key).casefold()
    first_heading = first_block = ""
    for block in session.body:
        first_block = first_block or block.id
        if block.block_type == "heading" and not first_heading:
            first_heading = block.id
        if label and any(label in str(text).casefold() for text in block.block.get_searchable_content(block.value)):
            return block.id
    return first_heading or first_block
