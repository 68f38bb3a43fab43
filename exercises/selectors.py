"""Reads for the sandbox: set-based, so the room view can reuse them over many trainees."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from .models import CaseEntry


def case_entries_for(*, owner, query: str = "") -> QuerySet[CaseEntry]:
    entries = CaseEntry.objects.filter(owner=owner)
    query = query.strip()
    if query:
        entries = entries.filter(
            Q(no_registrasi__icontains=query) | Q(data__korban__0__nama__icontains=query)
        )
    return entries.order_by("-created_at", "-pk")


def case_entry_for(*, owner, entry_id: int) -> CaseEntry | None:
    return CaseEntry.objects.filter(owner=owner, pk=entry_id).first()
