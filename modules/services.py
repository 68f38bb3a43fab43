"""Writes for the learning site."""

from __future__ import annotations

from .models import SessionDone


def session_done_set(*, user, session, done: bool = True) -> None:
    """Marks a session as done for a trainee (idempotent), or takes the mark back."""
    if done:
        SessionDone.objects.get_or_create(user=user, session=session)
    else:
        SessionDone.objects.filter(user=user, session=session).delete()
