"""Lockout after repeated failures, for every secret someone could guess: passwords and join codes.

The three login forms are covered by django-axes itself (``LockoutBackend`` and its middleware).
Any other form that checks a guessable secret uses the same counts, the same limit and the same
cool-off through the three functions below, keyed by a *lockout key*::

    key = lockout_key("join", request.user.username)   # or the IP for an anonymous form
    if lockout_is_locked(request, key=key):
        return lockout_response(request)
    if not code_matches:
        lockout_failure(request, key=key)               # counts towards the lock
    else:
        lockout_success(key=key)                        # a success clears the count

A facilitator or organiser lifts every lock on an account (its logins and its scoped keys) with
``lockout_clear(username=...)``, which the "Locked accounts" page of Wagtail's admin calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone

SCOPE_SEPARATOR = ":"


def lockout_key(scope: str, identity: str) -> str:
    """A key of its own for a secret other than a password, e.g. ``lockout_key("join", "peserta")``."""
    return f"{scope}{SCOPE_SEPARATOR}{identity}"


def lockout_is_locked(request, *, key: str) -> bool:
    return AxesProxyHandler.is_locked(request, {"username": key})


def lockout_failure(request, *, key: str) -> None:
    """Counts one failed try; django-axes listens to this signal for the login forms as well."""
    user_login_failed.send(sender=__name__, credentials={"username": key}, request=request)


def lockout_success(*, key: str) -> None:
    AxesProxyHandler.reset_attempts(username=key)


def lockout_clear(*, username: str) -> int:
    """Lifts every lock on an account: its logins and its scoped keys; returns how many were lifted."""
    deleted, _ = AccessAttempt.objects.filter(
        Q(username=username) | Q(username__endswith=f"{SCOPE_SEPARATOR}{username}")).delete()
    return deleted


@dataclass(frozen=True)
class Lock:
    key: str
    username: str
    failures: int
    last_attempt: datetime
    unlocks_at: datetime


def locked_accounts() -> list[Lock]:
    """Keys locked now (at the failure limit, within the cool-off), newest first."""
    cool_off = get_cool_off()
    attempts = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    locks = []
    for attempt in attempts.exclude(username=None).order_by("-attempt_time"):
        username = attempt.username.rpartition(SCOPE_SEPARATOR)[2]
        locks.append(Lock(key=attempt.username, username=username, failures=attempt.failures_since_start,
                          last_attempt=attempt.attempt_time,
                          unlocks_at=attempt.attempt_time + cool_off if cool_off else None))
    return locks


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout page (AXES_LOCKOUT_CALLABLE), also for the scoped keys above."""
    minutes = int(get_cool_off(request).total_seconds() // 60) if get_cool_off(request) else None
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
