"""The trainee's exercises: the list, an exercise's cases, opening a case beside the sandbox, results."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import selectors
from ..feedback import feedback_view
from ..models import Attempt, Case, Exercise
from ..permissions import can_see_result, can_see_results
from ..purposes import PRACTICE
from ..services import AttemptRefused, attempt_start
from .wizard import run_resume


@login_required
def exercise_list(request):
    exercises = selectors.exercises_for(user=request.user)
    # Progress counts by the one pass rule (selectors.exercise_passes), as the learning site's does.
    passed = sum(1 for exercise in exercises if exercise.passed and exercise.results_visible)
    return render(request, "exercises/exercise_list.html", {"exercises": exercises, "passed_count": passed})


@login_required
def exercise_detail(request, slug):
    exercise = get_object_or_404(Exercise, slug=slug, is_published=True)
    return render(request, "exercises/exercise_detail.html", {
        "exercise": exercise, "rows": selectors.exercise_cases_for(user=request.user, exercise=exercise),
        "results_visible": can_see_results(request.user, exercise),
    })


# "Coba lagi" in practice: start from the previous answers (the clock new) or from a blank form.
FROM_PREVIOUS, FROM_BLANK = "sebelumnya", "kosong"


def _retry_from(request, exercise, case) -> dict | None:
    """The entry a new practice attempt is prefilled with, or None to start blank."""
    if exercise.mode != Exercise.Mode.PRACTICE or request.POST.get("mulai") != FROM_PREVIOUS:
        return None
    source = request.POST.get("dari", "")
    return selectors.retry_entry(user=request.user, exercise=exercise, case=case,
                                 attempt_id=int(source) if source.isascii() and source.isdigit() else None)


@login_required
@require_POST
def case_start(request, slug, case_id):
    """Opens a case: the attempt's clock starts now (or an open attempt resumes).

    A practice retry may start from the previous answers; an open attempt always resumes as it was.
    """
    exercise = get_object_or_404(Exercise, slug=slug, is_published=True)
    case = get_object_or_404(Case, pk=case_id)
    try:
        attempt = attempt_start(user=request.user, exercise=exercise, case=case)
    except AttemptRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("exercises:exercise_detail", slug=exercise.slug)
    return attempt_run_open(request, attempt, entry=_retry_from(request, exercise, case))


def attempt_run_open(request, attempt, *, entry: dict | None = None):
    """Sends the trainee into the attempt's wizard run: resumed as it was, or new (prefilled from ``entry``).
    Every way into a case (Latihan, the workshop page) opens its run here."""
    return run_resume(request, run=attempt.run_token, entry=entry, extra={
        "purpose": PRACTICE, "attempt_id": attempt.pk, "case_id": attempt.case_id, "exercise_id": attempt.exercise_id,
        "started_at": attempt.started_at.isoformat(), "time_limit_minutes": attempt.time_limit_minutes,
    })


@login_required
def attempt_result(request, pk):
    attempt = selectors.attempt_for(user=request.user, attempt_id=pk)
    if attempt is None:
        raise Http404
    if attempt.status != Attempt.Status.SUBMITTED:  # nothing to show yet: its exercise offers "Continue"
        return redirect("exercises:exercise_detail", slug=attempt.exercise.slug)
    return render(request, "exercises/attempt_result.html",
                  feedback_view(attempt, released=can_see_result(request.user, attempt)))
