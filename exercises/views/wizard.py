"""The sandbox case-entry wizard (django-formtools, named-URL steps, one storage per run).

A "run" is one pass through the wizard: a new case, an edit of a saved case, and later
an exercise attempt. Its UUID is in the URL and in the storage prefix, so two runs open
in two tabs never mix, and the saved case remembers the run that wrote it, so a double
click or a reload of the save page stores one case.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from formtools.wizard.forms import ManagementForm
from formtools.wizard.storage import get_storage
from formtools.wizard.views import NamedUrlSessionWizardView

from .. import review
from ..entry import STEP_NAMES, bind_step, case_context, entry_from_forms, form_kwargs, step_data_from_entry
from ..forms.steps import STEP_TITLES, STEPS
from ..models import CaseEntry
from ..services import case_entry_save

STORAGE = "formtools.wizard.storage.session.SessionStorage"
RUNS_KEPT = 12


def run_prefix(run: uuid.UUID) -> str:
    return f"case_{run.hex}"


def run_storage(request, run: uuid.UUID):
    return get_storage(STORAGE, run_prefix(run), request)


def run_remember(request, run: uuid.UUID) -> None:
    """Keeps the session small: only the latest runs keep their unsaved data."""
    runs = [r for r in request.session.get("case_runs", []) if r != run.hex] + [run.hex]
    for old in runs[:-RUNS_KEPT]:
        request.session.pop(f"wizard_case_{old}", None)
    request.session["case_runs"] = runs[-RUNS_KEPT:]


def run_start(request, *, entry: dict | None = None, extra: dict | None = None, step: str = STEP_NAMES[0]):
    """Opens a new run, prefilled from an entry when one is given, and redirects to it."""
    run = uuid.uuid4()
    storage = run_storage(request, run)
    storage.init_data()
    for step_name, data in step_data_from_entry(entry).items() if entry else ():
        storage.set_step_data(step_name, data)
    storage.extra_data = extra or {}
    storage.current_step = step
    run_remember(request, run)
    return redirect("exercises:wizard_step", run=run, step=step)


class CaseEntryWizard(LoginRequiredMixin, NamedUrlSessionWizardView):
    form_list = STEPS
    template_name = "exercises/wizard/step.html"

    def get_prefix(self, request, *args, **kwargs):
        return run_prefix(kwargs["run"])

    def get_step_url(self, step):
        return reverse(self.url_name, kwargs={"run": self.kwargs["run"], "step": step})

    # context between steps

    def stored_entry(self, *, before: str | None = None) -> dict:
        """The entry as far as the stored steps are valid, optionally only the steps before one."""
        cache = self.__dict__.setdefault("_entry_cache", {})
        if before in cache:
            return cache[before]
        steps = STEP_NAMES[: STEP_NAMES.index(before)] if before else STEP_NAMES
        entry: dict = {}
        for step in steps:
            data = self.storage.get_step_data(step)
            if data is None:
                continue
            form = bind_step(step, data, entry=entry, today=self.today)
            if form.is_valid():
                entry.update(form.entry_part())
        cache[before] = entry
        return entry

    @property
    def today(self) -> dt.date:
        return timezone.localdate()

    def get_form_kwargs(self, step=None):
        step = step or self.steps.current
        context = case_context(step, self.stored_entry(before=step), today=self.today)
        return form_kwargs(step, context)

    def process_step(self, form):
        self.__dict__.pop("_entry_cache", None)
        return super().process_step(form)

    # requests

    def saved_case(self) -> CaseEntry | None:
        """The case this run already saved, once its storage has been cleared by the save."""
        if self.storage.data.get(self.storage.step_data_key):
            return None
        return CaseEntry.objects.filter(owner=self.request.user, run_token=self.kwargs["run"]).first()

    def get(self, request, *args, **kwargs):
        saved = self.saved_case()
        if saved is not None:
            return redirect("exercises:case_detail", pk=saved.pk)
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        saved = self.saved_case()
        if saved is not None:
            # A second click on "Simpan", or a form posted again from another tab.
            return redirect("exercises:case_detail", pk=saved.pk)
        goto = self.request.POST.get("wizard_goto_step")
        management = ManagementForm(self.request.POST, prefix=self.prefix)
        posted_step = management.cleaned_data["current_step"] if management.is_valid() else None
        if posted_step not in self.get_form_list():
            return render(self.request, "400.html", {"reason": _("The form data was incomplete or altered.")}, status=400)
        if goto:
            if goto not in self.get_form_list():
                return render(self.request, "400.html", {"reason": _("That step does not exist.")}, status=400)
            # Moving between steps never loses what was typed, valid or not yet.
            self.storage.set_step_data(posted_step, self.request.POST)
            return self.render_goto_step(goto)
        response = super().post(*args, **kwargs)
        if isinstance(response, TemplateResponse):
            # The step came back with errors: count it, as the attempt's corrections later will.
            extra = self.storage.extra_data
            extra["corrections"] = extra.get("corrections", 0) + 1
            self.storage.extra_data = extra
        return response

    def render_revalidation_failure(self, failed_step, form, **kwargs):
        messages.error(self.request, _("This step is not complete yet: correct it, then save again."))
        return super().render_revalidation_failure(failed_step, form, **kwargs)

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        current = self.steps.current
        stored = set(self.storage.data.get(self.storage.step_data_key, {}))
        context["step_nav"] = [
            {"name": name, "title": STEP_TITLES[name], "number": i + 1,
             "current": name == current, "filled": name in stored}
            for i, name in enumerate(self.get_form_list())
        ]
        context["step_title"] = STEP_TITLES[current]
        context["run"] = self.kwargs["run"]
        context["step_template"] = f"exercises/wizard/steps/{current}.html"
        context["form_context"] = case_context(current, self.stored_entry(before=current), today=self.today)
        if current == "tinjau":
            entry = self.stored_entry()
            context["blocks"] = review.entry_blocks(entry)
            context["warnings"] = review.entry_warnings(entry)
            context["incomplete"] = [STEP_TITLES[s] for s in STEP_NAMES[:-1] if s not in entry]
        return context

    def done(self, form_list, **kwargs):
        entry = entry_from_forms(form_list)
        case = case_entry_save(
            owner=self.request.user, run_token=self.kwargs["run"], entry=entry,
            entry_id=self.storage.extra_data.get("entry_id"),
        )
        messages.success(self.request, _("Case %(number)s is saved.") % {"number": case.no_registrasi})
        return redirect("exercises:case_detail", pk=case.pk)
