"""Who may do what in the sandbox and the case bank: checked here, in one place."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

# The facilitator role is data (a Django group, created by a migration); its name lives here only.
FACILITATOR_GROUP = "Fasilitator"
FACILITATOR_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    *((("exercises", f"{action}_{model}") for model in ("case", "exercise") for action in ("add", "change", "delete", "view"))),
)


def can_manage_case_bank(user) -> bool:
    """Facilitators (the Fasilitator group) and organisers (staff) author and check cases."""
    return user.is_authenticated and user.has_perm("exercises.change_case")


def require_case_bank(user) -> None:
    if not can_manage_case_bank(user):
        raise PermissionDenied


def is_facilitator(user) -> bool:
    return user.is_authenticated and (user.is_staff or user.groups.filter(name=FACILITATOR_GROUP).exists())


def is_organiser(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.is_staff and not user.groups.filter(
        name=FACILITATOR_GROUP).exists())


@dataclass(frozen=True)
class ReleaseScope:
    """Another app that releases the assessed feedback of the attempts it owns, in its own way.

    ``owns`` and ``released`` return filters over ``Attempt`` (e.g. ``Exists`` subqueries): the
    attempts the scope decides for, and those of them it has released. ``workshops`` registers
    one from its ``ready()`` (attempts linked to a participant; released by that workshop), so
    this module states the rule without importing it. A registration is code run at start-up,
    the same on every app server; the facts themselves stay in the database.
    """

    owns: Callable[[], Q]
    released: Callable[[], Q]


_scopes: list[ReleaseScope] = []


def release_scope_register(scope: ReleaseScope) -> None:
    if scope not in _scopes:
        _scopes.append(scope)


def result_visible_q() -> Q:
    """The one rule for "feedback released", as a filter over ``Attempt`` (its owner and role aside).

    A practice result shows at once; an assessed one once released: by the scope that owns the
    attempt (a workshop, for an attempt made in it), else by the exercise's own switch (the
    admin's, for attempts in no workshop). The attempt's own mode counts (fixed when it starts),
    not the exercise's today.
    """
    released = Q(exercise__feedback_released=True)
    for scope in _scopes:
        released = (released & ~scope.owns()) | scope.released()  # owned: the scope alone decides
    return ~Q(mode="assessed") | released


def hidden_results(*, users, exercises) -> set[tuple[int, int]]:
    """``(user_id, exercise_id)`` pairs where the user has a saved result not released to them (one query)."""
    user_ids = users if isinstance(users, QuerySet) else [getattr(u, "pk", u) for u in users]
    from .models import Attempt

    return set(Attempt.objects.filter(user__in=user_ids, exercise__in=[getattr(e, "pk", e) for e in exercises],
                                      status=Attempt.Status.SUBMITTED)
               .exclude(result_visible_q()).values_list("user_id", "exercise_id").distinct())


def can_see_result(user, attempt) -> bool:
    """The one rule for "feedback released", for one attempt: the owner sees a practice result at
    once, an assessed one once released (``result_visible_q``); facilitators and organisers always.

    Templates ask it through the ``result_visible_to`` filter of ``sandbox``.
    """
    if not user.is_authenticated:
        return False
    # The owner's case first: a practice result needs no query, where the facilitators' permission
    # check needs two.
    if attempt.user_id == user.pk and attempt.status == "submitted":
        if attempt.mode != "assessed":
            return True  # the rule's first branch, without a query
        if type(attempt).objects.filter(pk=attempt.pk).filter(result_visible_q()).exists():
            return True
    # An open attempt has no result yet; someone else's, or one not released, is not the trainee's to see.
    return can_manage_case_bank(user)


def can_see_results(user, exercise, *, hidden: set | None = None) -> bool:
    """``can_see_result`` for all of the user's own attempts in an exercise at once (list pages,
    progress): true unless one of their saved results in it is not released yet. ``hidden`` is
    ``hidden_results`` computed once for a whole list."""
    if not user.is_authenticated:
        return False
    if can_manage_case_bank(user) or exercise.mode != "assessed":
        return True
    if hidden is None:
        hidden = hidden_results(users=[user], exercises=[exercise])
    return (user.pk, exercise.pk) not in hidden


def can_read_case_document(user, case) -> bool:
    """A trainee reads a case's document only through an exercise open to them: at once in a
    practice exercise, and in an assessed one only once their attempt has started (the clock runs).
    A case in no published exercise is a draft: facilitators and organisers only."""
    if not user.is_authenticated:
        return False
    if can_manage_case_bank(user):
        return True
    from .models import Attempt, Exercise

    open_exercises = Exercise.objects.filter(is_published=True, exercise_cases__case=case)
    if open_exercises.exclude(mode=Exercise.Mode.ASSESSED).exists():
        return True
    return Attempt.objects.filter(
        user=user, case=case, exercise__in=open_exercises.filter(mode=Exercise.Mode.ASSESSED)).exists()
