"""What a wizard run is for, and what saving it does.

The same sandbox wizard serves several purposes: entering a case in the trainee's own
Daftar Kasus, entering the answer key of a facilitator's custom case, and (with the
scoring issue) an attempt at an exercise case. A run's purpose and its target are kept
in the run's storage (``extra_data``); each purpose knows how to save an entry once and
where a run that is already saved leads.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import Attempt, Case, CaseEntry
from .permissions import require_case_bank
from .services import attempt_submit, case_entry_save, case_key_save

ENTRY, ANSWER_KEY, PRACTICE = "entry", "answer_key", "practice"


@dataclass(frozen=True)
class SavedRun:
    url: str


# What the document beside the form shows: the answer key and the rest of a case stay unread on a step GET.
DOCUMENT_FIELDS = ("pk", "title", "document_kind", "document_title", "document_text")


def case_document(case_id) -> Case | None:
    return Case.objects.filter(pk=case_id).only(*DOCUMENT_FIELDS).first()


class Purpose:
    """Default: a case in the trainee's own Daftar Kasus."""

    name = ENTRY

    def saved(self, *, user, run: uuid.UUID) -> SavedRun | None:
        case = CaseEntry.objects.filter(owner=user, run_token=run).first()
        return SavedRun(reverse("exercises:case_detail", args=[case.pk])) if case else None

    def save(self, request, *, run: uuid.UUID, entry: dict, extra: dict) -> str:
        case = case_entry_save(owner=request.user, run_token=run, entry=entry, entry_id=extra.get("entry_id"))
        messages.success(request, _("Case %(number)s is saved.") % {"number": case.no_registrasi})
        return reverse("exercises:case_detail", args=[case.pk])

    def source_document(self, extra: dict) -> Case | None:
        """The case whose document is shown beside the form, if any."""
        return None


class AnswerKeyPurpose(Purpose):
    """A facilitator enters a custom case's answer key through the sandbox form itself."""

    name = ANSWER_KEY

    def saved(self, *, user, run):
        case = Case.objects.filter(key_run_token=run).first()
        return SavedRun(reverse("exercises:bank_case", args=[case.pk])) if case else None

    def save(self, request, *, run, entry, extra):
        require_case_bank(request.user)  # the same check as opening the run, at the point of writing
        case = case_key_save(case_id=extra["case_id"], run_token=run, entry=entry)
        messages.success(request, _("The answer key of “%(title)s” is saved.") % {"title": case.title})
        return reverse("exercises:bank_case", args=[case.pk])

    def source_document(self, extra):
        return case_document(extra.get("case_id"))


class PracticePurpose(Purpose):
    """An attempt at a case of an exercise: saved once, scored against the case's key."""

    name = PRACTICE

    def saved(self, *, user, run):
        attempt = Attempt.objects.filter(user=user, run_token=run, status=Attempt.Status.SUBMITTED).first()
        return SavedRun(reverse("exercises:attempt_result", args=[attempt.pk])) if attempt else None

    def save(self, request, *, run, entry, extra):
        attempt = attempt_submit(
            user=request.user, attempt_id=extra["attempt_id"], run_token=run, entry=entry,
            step_seconds=extra.get("step_seconds"), corrections=extra.get("corrections", 0),
        )
        return reverse("exercises:attempt_result", args=[attempt.pk])

    def source_document(self, extra):
        return case_document(extra.get("case_id"))


PURPOSES: dict[str, Purpose] = {p.name: p for p in (Purpose(), AnswerKeyPurpose(), PracticePurpose())}


def purpose_of(extra: dict) -> Purpose:
    return PURPOSES.get(extra.get("purpose", ENTRY), PURPOSES[ENTRY])


def saved_run(*, user, run: uuid.UUID) -> SavedRun | None:
    """Where a run that was already saved leads, whatever its purpose."""
    for purpose in PURPOSES.values():
        found = purpose.saved(user=user, run=run)
        if found is not None:
            return found
    return None
