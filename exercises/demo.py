"""The demo case bank and the facilitators' permissions on it, for ``seed_demo``."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission

from .casebank import bank_import
from .permissions import FACILITATOR_PERMISSIONS

DEMO_BANK = Path(settings.BASE_DIR) / "fixtures" / "case_bank.json"


def demo_bank_load() -> tuple[int, int]:
    """Imports the shipped bank (60 cases, 5 exercises); importing again changes nothing."""
    with open(DEMO_BANK, encoding="utf-8") as handle:
        return bank_import(json.load(handle))


def facilitator_group_grant(group: Group) -> None:
    for app_label, codename in FACILITATOR_PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
