"""The facilitator's live room: a participants × (sessions, exercises) grid and who is doing what now.

Set-based on purpose: the grid reads a fixed number of queries for any number of participants
(a test holds it at 5 and at 500), because the page refreshes itself every few seconds in front
of a room of up to 500 trainees. Heavy columns are aggregated in SQL, grouped by user and exercise.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from exercises.forms.steps import STEP_TITLES
from exercises.models import Attempt, Exercise
from exercises.selectors import exercise_passes
from modules.models import SessionDone

from .models import Attendance, Workshop
from .selectors import workshop_exercises, workshop_schedule

STUCK_MINUTES = 10  # no wizard step for this long while a case is open: the facilitator should walk over
STUCK_RANGE = (1, 240)

# A cell's state: its CSS modifier and its text (never colour alone).
PASSED, TRIED, OPEN, NONE = "passed", "tried", "open", "none"
PRESENT = "present"


def stuck_minutes_from(raw) -> int:
    """The "stuck after N minutes" setting from the query string: a number in range, else the default."""
    try:
        value = int(str(raw).strip())
    except (TypeError, ValueError):
        return STUCK_MINUTES
    low, high = STUCK_RANGE
    return value if low <= value <= high else STUCK_MINUTES


def exercise_cell(*, passed: bool, submitted: int, open_: int) -> str:
    """An exercise cell's state: passed beats submitted beats working on it."""
    if passed:
        return PASSED
    if submitted:
        return TRIED
    if open_:
        return OPEN
    return NONE


def cell_label(state: str) -> str:
    return {PASSED: _("Passed"), TRIED: _("Not passed yet"), OPEN: _("Working"), NONE: _("Not started"),
            PRESENT: _("Present")}[state]


@dataclass
class Now:
    attempt_id: int
    exercise_title: str
    case_title: str
    step: str
    seen: dt.datetime
    stuck: bool
    idle_minutes: int


def room_columns(*, workshop: Workshop):
    schedule = workshop_schedule(workshop=workshop)
    sessions = [s.session for s in schedule]
    exercises = workshop_exercises(workshop=workshop, sessions=sessions)
    return sessions, exercises


def room_grid(*, workshop: Workshop, stuck_minutes: int = STUCK_MINUTES, now: dt.datetime | None = None) -> dict:
    """Everything the room partial draws, in a fixed number of queries (about a dozen) for any room size."""
    now = now or timezone.now()
    sessions, exercises = room_columns(workshop=workshop)
    exercise_ids = [e.pk for e in exercises]
    session_ids = [s.pk for s in sessions]
    participants = list(workshop.participants.order_by("full_name", "pk"))
    users = workshop.participants.values("user_id")  # a subquery: no list of 500 ids in the SQL
    present: dict[int, set] = defaultdict(set)
    for participant_id, session_id in Attendance.objects.filter(
            participant__workshop=workshop, session_id__in=session_ids).values_list("participant_id", "session_id"):
        present[participant_id].add(session_id)
    done: dict[int, set] = defaultdict(set)
    for user_id, session_id in SessionDone.objects.filter(
            user_id__in=users, session_id__in=session_ids).values_list("user_id", "session_id"):
        done[user_id].add(session_id)
    passes = exercise_passes(users=users, exercises=exercise_ids) if exercise_ids else set()
    tally: dict[tuple[int, int], dict] = {}
    for row in (Attempt.objects.filter(user_id__in=users, exercise_id__in=exercise_ids)
                .values("user_id", "exercise_id")
                .annotate(submitted=Count("pk", filter=Q(status=Attempt.Status.SUBMITTED)),
                          open_=Count("pk", filter=Q(status=Attempt.Status.OPEN)),
                          latest=Max("pk", filter=Q(status=Attempt.Status.SUBMITTED)))
                .order_by()):
        tally[(row["user_id"], row["exercise_id"])] = row
    current = _now_for(users=users, exercise_ids=exercise_ids, stuck_minutes=stuck_minutes, now=now)
    labels = {state: cell_label(state) for state in (PASSED, TRIED, OPEN, NONE, PRESENT)}
    rows = []
    for p in participants:
        cells = []
        for session in sessions:
            state = PRESENT if session.pk in present[p.pk] or session.pk in done[p.user_id] else NONE
            cells.append({"key": f"s{session.pk}", "state": state, "label": labels[state], "attempt": None})
        for exercise in exercises:
            counts = tally.get((p.user_id, exercise.pk), {})
            state = exercise_cell(passed=(p.user_id, exercise.pk) in passes, submitted=counts.get("submitted", 0),
                                  open_=counts.get("open_", 0))
            cells.append({"key": f"e{exercise.pk}", "state": state, "label": labels[state],
                          "attempt": counts.get("latest")})
        rows.append({"participant": p, "cells": cells, "now": current.get(p.user_id)})
    return {
        "sessions": sessions, "exercises": exercises, "rows": rows, "stuck_minutes": stuck_minutes,
        "stuck": sum(1 for r in rows if r["now"] and r["now"].stuck),
        "working": sum(1 for r in rows if r["now"]),
        "assessed": [e for e in exercises if e.mode == Exercise.Mode.ASSESSED],
        "updated_at": now,
    }


def _now_for(*, users, exercise_ids, stuck_minutes: int, now: dt.datetime) -> dict[int, Now]:
    """{user_id: what they are entering now}: their most recently seen open attempt (one query)."""
    found: dict[int, Now] = {}
    rows = (Attempt.objects.filter(status=Attempt.Status.OPEN, user_id__in=users, exercise_id__in=exercise_ids)
            .values_list("pk", "user_id", "exercise__title", "case__title", "current_step", "last_seen_at",
                         "started_at"))
    limit = dt.timedelta(minutes=stuck_minutes)
    for pk, user_id, exercise_title, case_title, step, seen, started in rows:
        seen = seen or started
        if user_id in found and found[user_id].seen >= seen:
            continue
        idle = now - seen
        found[user_id] = Now(attempt_id=pk, exercise_title=exercise_title, case_title=case_title, step=STEP_TITLES.get(step, step or ""),
                             seen=seen, stuck=idle > limit, idle_minutes=max(0, int(idle.total_seconds() // 60)))
    return found
