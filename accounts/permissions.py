from exercises.permissions import is_facilitator


def can_unlock_accounts(user) -> bool:
    """Facilitators (who help a locked-out trainee in the room) and organisers."""
    return user.is_authenticated and (user.is_superuser or is_facilitator(user))
