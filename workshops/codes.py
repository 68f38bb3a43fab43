"""Short codes people type from a projector or read off a certificate."""

import secrets

from .models import CODE_ALPHABET


def code_new(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def code_clean(raw: str) -> str:
    """What a person typed, as stored: capitals, no spaces or dashes; O read as 0 is never a code letter."""
    return "".join(ch for ch in (raw or "").upper() if ch.isalnum())[:20]
