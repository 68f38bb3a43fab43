"""Who may do what in the sandbox and the case bank: checked here, in one place."""

from django.core.exceptions import PermissionDenied


def can_manage_case_bank(user) -> bool:
    """Facilitators (the Fasilitator group) and organisers (staff) author and check cases."""
    return user.is_authenticated and user.has_perm("exercises.change_case")


def require_case_bank(user) -> None:
    if not can_manage_case_bank(user):
        raise PermissionDenied
