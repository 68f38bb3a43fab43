"""Guessing join codes, limited per client address and counted in the database (several app servers share it).

Only wrong codes count: a whole room behind one address (a school's router, a reverse proxy)
must be able to register in the same minute, while someone trying codes one after another is
stopped after ``JOIN_LIMIT`` misses in a window.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import JoinThrottle

JOIN_LIMIT = 10  # tries per address per window: a room behind one NAT joins once each, not ten times
JOIN_WINDOW_SECONDS = 60


def client_key(request) -> str:
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    return hashlib.sha256(f"join:{address}".encode()).hexdigest()


def _window(now, window_seconds: int):
    return (now - timedelta(seconds=now.timestamp() % window_seconds)).replace(microsecond=0)


def join_blocked(*, key: str, limit: int = JOIN_LIMIT, window_seconds: int = JOIN_WINDOW_SECONDS) -> bool:
    """Whether ``key`` has used up its wrong codes for the current window (counts nothing)."""
    hits = JoinThrottle.objects.filter(key=key, window=_window(timezone.now(), window_seconds)).values_list(
        "hits", flat=True).first() or 0
    return hits >= limit


def join_failed(*, key: str, limit: int = JOIN_LIMIT, window_seconds: int = JOIN_WINDOW_SECONDS) -> bool:
    """Counts one wrong code for ``key``; says whether it is still within the limit for the current window."""
    now = timezone.now()
    window = _window(now, window_seconds)
    try:
        with transaction.atomic():
            JoinThrottle.objects.create(key=key, window=window, hits=1)
            hits = 1
    except IntegrityError:
        JoinThrottle.objects.filter(key=key, window=window).update(hits=F("hits") + 1)
        hits = JoinThrottle.objects.filter(key=key, window=window).values_list("hits", flat=True).first() or 0
    JoinThrottle.objects.filter(window__lt=now - timedelta(hours=1)).delete()
    return hits <= limit
