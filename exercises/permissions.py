"""Who may do what in the sandbox and the case bank: checked here, in one place."""

from django.core.exceptions import PermissionDenied

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


def _released(mode: str, feedback_released: bool) -> bool:
    # The business fact itself, stated once: a practice result shows at once, an assessed one on release.
    return mode != "assessed" or feedback_released


def can_see_result(user, attempt) -> bool:
    """The one rule for "feedback released": the owner sees a practice result at once, an assessed
    one once the facilitator releases the exercise's feedback; facilitators and organisers always.

    The attempt's own mode counts (it is fixed when the attempt starts), not the exercise's today.
    Templates ask it through the ``result_visible_to`` filter of ``sandbox``.
    """
    if not user.is_authenticated:
        return False
    # The owner's case first: it needs no query, where the facilitators' permission check needs two.
    if attempt.user_id == user.pk and attempt.status == "submitted" and _released(
            attempt.mode, attempt.exercise.feedback_released):
        return True
    # An open attempt has no result yet; someone else's, or one not released, is not the trainee's to see.
    return can_manage_case_bank(user)


def can_see_results(user, exercise) -> bool:
    """``can_see_result`` for all of the user's own attempts in an exercise at once (list pages,
    progress): the same rule, read from the exercise's mode."""
    if not user.is_authenticated:
        return False
    return can_manage_case_bank(user) or _released(exercise.mode, exercise.feedback_released)


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
