"""Reads for the sandbox: set-based, so the room view can reuse them over many trainees."""

from __future__ import annotations

from django.db.models import Count, Max, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from .models import Attempt, CaseEntry, Exercise, ExerciseCase
from .permissions import can_see_results, hidden_results, result_visible_q


def case_entries_for(*, owner, query: str = "") -> QuerySet[CaseEntry]:
    entries = CaseEntry.objects.filter(owner=owner)
    query = query.strip()
    if query:
        entries = entries.filter(
            Q(no_registrasi__icontains=query) | Q(data__korban__0__nama__icontains=query)
        )
    return entries.order_by("-created_at", "-pk")


def case_entry_for(*, owner, entry_id: int) -> CaseEntry | None:
    return CaseEntry.objects.filter(owner=owner, pk=entry_id).first()


def _per_exercise(rows: QuerySet, aggregate) -> Subquery:
    """One aggregate over ``rows`` of the outer exercise, as a correlated subquery."""
    return Subquery(rows.filter(exercise=OuterRef("pk")).order_by().values("exercise")
                    .annotate(value=aggregate).values("value")[:1])


def exercises_for(*, user, exercise_ids=None) -> list[Exercise]:
    """Published exercises (or those of ``exercise_ids``) in the facilitator's order with the trainee's own
    standing, in three queries.

    Attempts are filtered by the user inside each subquery, so the cost does not grow with the
    other trainees' attempts. Each exercise gets ``case_count``, ``attempt_count``, ``best_score``,
    ``passed_cases`` (cases it holds now), ``passed`` (``exercise_passes``) and ``results_visible``
    (``permissions.can_see_results``: whether scores and passes may be shown to this user).
    """
    mine = Attempt.objects.filter(user=user, status=Attempt.Status.SUBMITTED)
    held_now = ExerciseCase.objects.filter(exercise=OuterRef("exercise")).values("case")
    exercises = Exercise.objects.filter(is_published=True)
    if exercise_ids is not None:
        exercises = exercises.filter(pk__in=list(exercise_ids))
    exercises = list(exercises.annotate(
        case_count=Coalesce(_per_exercise(ExerciseCase.objects.all(), Count("pk")), 0),
        attempt_count=Coalesce(_per_exercise(mine, Count("pk")), 0),
        best_score=_per_exercise(mine, Max("score")),
        passed_cases=Coalesce(_per_exercise(mine.filter(passed=True, case__in=held_now),
                                            Count("case", distinct=True)), 0),
    ))
    exercises.sort(key=lambda exercise: exercise.list_position)  # the facilitator's order (Exercise.order)
    passes = exercise_passes(users=[user], exercises=exercises) if exercises else set()
    assessed = [e for e in exercises if e.mode == Exercise.Mode.ASSESSED]  # only these can hide a result
    hidden = hidden_results(users=[user], exercises=assessed) if assessed else set()
    for exercise in exercises:
        exercise.passed = (user.pk, exercise.pk) in passes
        exercise.results_visible = can_see_results(user, exercise, hidden=hidden)
    return exercises


def exercise_cases_for(*, user, exercise) -> list[dict]:
    """The exercise's cases in order, each with the trainee's attempts on it (two queries in all)."""
    links = list(ExerciseCase.objects.filter(exercise=exercise).select_related("case").order_by("sort_order", "pk"))
    attempts = Attempt.objects.filter(user=user, exercise=exercise).order_by("-started_at")
    by_case: dict[int, list] = {}
    for attempt in attempts:
        by_case.setdefault(attempt.case_id, []).append(attempt)
    rows = []
    for link in links:
        mine = by_case.get(link.case_id, [])
        submitted = [a for a in mine if a.status == Attempt.Status.SUBMITTED]
        best = max(submitted, key=lambda a: (a.score or 0), default=None)
        rows.append({
            "case": link.case, "attempts": submitted, "best": best,
            "open": next((a for a in mine if a.status == Attempt.Status.OPEN), None),
            "passed": any(a.passed for a in submitted),
        })
    return rows


def retry_entry(*, user, exercise, case, attempt_id: int | None = None) -> dict | None:
    """The entry a practice retry starts from: the named saved attempt of this case, else the latest one."""
    attempts = Attempt.objects.filter(user=user, exercise=exercise, case=case, status=Attempt.Status.SUBMITTED,
                                      entry__isnull=False)
    if attempt_id is not None:
        named = attempts.filter(pk=attempt_id).values_list("entry", flat=True).first()
        if named is not None:
            return named
    return attempts.order_by("-submitted_at", "-pk").values_list("entry", flat=True).first()


def attempt_for(*, user, attempt_id: int):
    return Attempt.objects.filter(user=user, pk=attempt_id).select_related("case", "exercise").first()


def exercise_passes(*, users, exercises, released_only: bool = False) -> set[tuple[int, int]]:
    """The one rule for "exercise passed": ``(user_id, exercise_id)`` pairs, two queries for any number.

    An exercise is passed when every case it holds *now* has a saved, passing attempt by the
    user; a case removed from the exercise stops counting. With ``released_only`` only attempts
    whose result is released count (``permissions.result_visible_q``: what a trainee may be shown).
    """
    exercises = exercises if isinstance(exercises, QuerySet) else Exercise.objects.filter(
        pk__in=[getattr(e, "pk", e) for e in exercises])
    needed: dict[int, set[int]] = {}
    for exercise_id, case_id in ExerciseCase.objects.filter(exercise__in=exercises).values_list("exercise_id", "case_id"):
        needed.setdefault(exercise_id, set()).add(case_id)
    if not needed:
        return set()
    user_filter = users if isinstance(users, QuerySet) else [getattr(u, "pk", u) for u in users]
    passed = Attempt.objects.filter(user__in=user_filter, exercise_id__in=list(needed),
                                    status=Attempt.Status.SUBMITTED, passed=True)
    if released_only:
        passed = passed.filter(result_visible_q())
    passed = passed.values_list("user_id", "exercise_id", "case_id").distinct()
    have: dict[tuple[int, int], set[int]] = {}
    for user_id, exercise_id, case_id in passed:
        have.setdefault((user_id, exercise_id), set()).add(case_id)
    return {pair for pair, cases in have.items() if needed[pair[1]] <= cases}
