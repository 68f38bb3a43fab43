"""A formtools storage over ``WizardRun`` rows: a wizard run kept in the database, owned by its user.

The session storage that formtools ships loses a run at logout, on another browser and
when the session is trimmed. Here the run is a row: the view finds it by token *and*
owner (a token that is someone else's is never read nor written), the storage works on
a copy of its ``data`` during the request and writes it back with one UPDATE at the end,
only when something changed. Files are not supported, as with the session storage we had:
no step of the sandbox form uploads one.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone
from formtools.wizard.storage import BaseStorage

from .models import WizardRun


class RunStorage(BaseStorage):
    """formtools' storage API over one ``WizardRun`` (``data`` holds formtools' own dict)."""

    def __init__(self, prefix, request=None, file_storage=None, *, run: WizardRun):
        super().__init__(prefix, request, file_storage)
        self.run = run
        # The request works on a copy; the JSON text it came from tells later whether anything changed.
        # (A JSON round trip: the data is JSON anyway, and it is several times faster than deepcopy.)
        self._stored = json.dumps(run.data) if run.data else None
        if self._stored:
            self.data = json.loads(self._stored)
        else:
            self.init_data()
        self._saved_now = False

    def set_step_data(self, step, cleaned_data):
        super().set_step_data(step, cleaned_data)
        # The page's CSRF token has no business in a stored run.
        stored = self.data[self.step_data_key][step]
        self.data[self.step_data_key][step] = {k: v for k, v in stored.items() if k != "csrfmiddlewaretoken"}

    @property
    def changed(self) -> bool:
        return self._saved_now or json.dumps(self.data) != self._stored

    def mark_saved(self) -> None:
        """The run's entry is stored: later requests lead to what it saved."""
        self.run.saved_at = timezone.now()
        self._saved_now = True

    def write(self) -> None:
        """Writes the run back with a single UPDATE (none when nothing changed)."""
        if not self.changed:
            return
        fields = {"data": self.data, "current_step": self.current_step or "", "updated_at": timezone.now()}
        if self._saved_now:
            fields["saved_at"] = self.run.saved_at
        WizardRun.objects.filter(pk=self.run.pk, owner_id=self.run.owner_id).update(**fields)
        self._stored = json.dumps(self.data)
        self.run.data = json.loads(self._stored)
        self._saved_now = False

    def update_response(self, response):
        super().update_response(response)
        self.write()


def run_data(*, step: str, step_data: dict | None = None, extra: dict | None = None) -> dict:
    """formtools' storage dict for a new run, prefilled when step data is given."""
    return {
        BaseStorage.step_key: step,
        BaseStorage.step_data_key: dict(step_data or {}),
        BaseStorage.step_files_key: {},
        BaseStorage.extra_data_key: dict(extra or {}),
    }


def run_of(*, owner, token: uuid.UUID) -> WizardRun | None:
    """The owner's run with this token; None when there is none or the token is someone else's."""
    return WizardRun.objects.filter(token=token, owner=owner).first()


def run_taken(*, token: uuid.UUID) -> bool:
    return WizardRun.objects.filter(token=token).exists()


def run_create(*, owner, token: uuid.UUID | None = None, purpose: str = "", step: str,
               step_data: dict | None = None, extra: dict | None = None) -> WizardRun:
    """A new run for its owner (a fresh token unless one is given)."""
    return WizardRun.objects.create(
        token=token or uuid.uuid4(), owner=owner, purpose=purpose, current_step=step,
        data=run_data(step=step, step_data=step_data, extra=extra),
    )


def run_open(*, owner, token: uuid.UUID, purpose: str, step: str, extra: dict,
             step_data: dict | None = None) -> WizardRun | None:
    """The owner's run with this token, created (prefilled with ``step_data``) when it does not exist yet;
    None when it is someone else's.

    Two concurrent opens of the same token (a double click) get the same row.
    """
    found = WizardRun.objects.filter(token=token).first()
    if found is None:
        try:
            with transaction.atomic():
                return run_create(owner=owner, token=token, purpose=purpose, step=step, extra=extra,
                                  step_data=step_data)
        except IntegrityError:
            found = WizardRun.objects.filter(token=token).first()
    return found if found is not None and found.owner_id == owner.pk else None


def runs_clean(*, older_than: dt.timedelta) -> int:
    """Deletes the runs never saved and untouched for longer than ``older_than``; returns how many."""
    cutoff = timezone.now() - older_than
    deleted, _ = WizardRun.objects.filter(saved_at__isnull=True, updated_at__lt=cutoff).delete()
    return deleted
