"""Reads for the sandbox: set-based, so the room view can reuse them over many trainees."""

from __future__ import annotations

from django.db.models import Count, Max, Q, QuerySet

from .models import Attempt, CaseEntry, Exercise, ExerciseCase


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


def exercises_for(*, user) -> QuerySet:
    """Published exercises with the trainee's own standing, computed in one query."""
    submitted = Q(attempts__user=user, attempts__status=Attempt.Status.SUBMITTED)
    return (
        Exercise.objects.filter(is_published=True)
        .annotate(
            case_count=Count("exercise_cases", distinct=True),
            attempt_count=Count("attempts", filter=submitted, distinct=True),
            best_score=Max("attempts__score", filter=submitted),
            passed_cases=Count("attempts__case", filter=submitted & Q(attempts__passed=True), distinct=True),
        )
        .order_by("difficulty", "title")
    )


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


def attempt_for(*, user, attempt_id: int):
    return Attempt.objects.filter(user=user, pk=attempt_id).select_related("case", "exercise").first()
