"""Join attempts limited per client address, counted in the database (several app servers share it).

A small function on purpose: a lockout library can replace it without touching the views.
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


def join_allowed(*, key: str, limit: int = JOIN_LIMIT, window_seconds: int = JOIN_WINDOW_SECONDS) -> bool:
    """Counts one try for ``key`` and says whether it is within the limit for the current window."""
    now = timezone.now()
    window = now - timedelta(seconds=now.timestamp() % window_seconds)
    window = window.replace(microsecond=0)
    try:
        with transaction.atomic():
            JoinThrottle.objects.create(key=key, window=window, hits=1)
            hits = 1
    except IntegrityError:
        JoinThrottle.objects.filter(key=key, window=window).update(hits=F("hits") + 1)
        hits = JoinThrottle.objects.filter(key=key, window=window).values_list("hits", flat=True).first() or 0
    JoinThrottle.objects.filter(window__lt=now - timedelta(hours=1)).delete()
    return hits <= limit
