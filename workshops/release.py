"""Releasing an assessed exercise's feedback in one workshop, and the scope that makes it count.

The rule itself lives in ``exercises.permissions.result_visible_q``; this module only tells it
which attempts a workshop owns (those linked to one of its participants) and which of those the
workshop has released (a ``FeedbackRelease`` row for its workshop and exercise). Registered from
``apps.ready``; nothing is copied onto attempts, so a release, an undo or a late link is seen at once.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q

from exercises.models import Exercise
from exercises.permissions import ReleaseScope

from .models import FeedbackRelease, Workshop, WorkshopAttempt
from .selectors import workshop_exercises


def _owned() -> Q:
    return Q(Exists(WorkshopAttempt.objects.filter(attempt_id=OuterRef("pk"))))


def _released() -> Q:
    return Q(Exists(FeedbackRelease.objects.filter(
        exercise_id=OuterRef("exercise_id"), workshop__participants__attempt_links__attempt_id=OuterRef("pk"))))


WORKSHOP_RELEASE = ReleaseScope(owns=_owned, released=_released)


def released_exercise_ids(*, workshop: Workshop) -> set[int]:
    return set(FeedbackRelease.objects.filter(workshop=workshop).values_list("exercise_id", flat=True))


def assessed_exercise(*, workshop: Workshop, exercise_id: int) -> Exercise | None:
    """The workshop's assessed exercise with this id, or None: only those have feedback to release."""
    return next((e for e in workshop_exercises(workshop=workshop)
                 if e.pk == exercise_id and e.mode == Exercise.Mode.ASSESSED), None)


def feedback_release(*, workshop: Workshop, exercise_id: int, by=None) -> Exercise | None:
    """Releases an assessed exercise in this workshop only; None when it is not one (nothing changes)."""
    exercise = assessed_exercise(workshop=workshop, exercise_id=exercise_id)
    if exercise is not None:
        FeedbackRelease.objects.get_or_create(workshop=workshop, exercise=exercise, defaults={"released_by": by})
    return exercise


def feedback_hide(*, workshop: Workshop, exercise_id: int) -> Exercise | None:
    """Takes a release back: this workshop's participants see "saved" again, nothing else changes."""
    exercise = assessed_exercise(workshop=workshop, exercise_id=exercise_id)
    if exercise is not None:
        FeedbackRelease.objects.filter(workshop=workshop, exercise=exercise).delete()
    return exercise
