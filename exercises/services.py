"""Writes for the sandbox. Views call these; they never write models themselves."""

from __future__ import annotations

import uuid

from django.db import IntegrityError, transaction

from . import vocab
from .models import CaseEntry


def registration_number(*, pk: int, tanggal_lapor: str | None) -> str:
    """LTH-<year of report>-<six digits>: LTH marks a training number, never a real SIMFONI one."""
    year = (tanggal_lapor or "")[:4] or "0000"
    return f"LTH-{year}-{pk:06d}"


def case_entry_save(*, owner, run_token: uuid.UUID, entry: dict, entry_id: int | None = None) -> CaseEntry:
    """Stores a finished wizard run once: a repeated or concurrent save of the same run returns the first."""
    try:
        with transaction.atomic():
            saved = CaseEntry.objects.filter(run_token=run_token, owner=owner).first()
            if saved is not None:
                return saved
            if entry_id is not None:
                case = CaseEntry.objects.select_for_update().get(pk=entry_id, owner=owner)
                case.data, case.run_token, case.vocab_version = entry, run_token, vocab.VERSION
                case.save(update_fields=["data", "run_token", "vocab_version", "updated_at"])
                return case
            case = CaseEntry.objects.create(owner=owner, run_token=run_token, data=entry)
            case.no_registrasi = registration_number(
                pk=case.pk, tanggal_lapor=entry.get("registrasi", {}).get("tanggal_lapor"))
            case.save(update_fields=["no_registrasi"])
            return case
    except IntegrityError:
        # Another request saved this run a moment earlier: that copy is the one.
        return CaseEntry.objects.get(run_token=run_token, owner=owner)


def case_entry_delete(*, owner, entry_id: int) -> None:
    CaseEntry.objects.filter(pk=entry_id, owner=owner).delete()
