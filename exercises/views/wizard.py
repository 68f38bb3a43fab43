"""The sandbox case-entry wizard (django-formtools, named-URL steps, one storage per run).

A "run" is one pass through the wizard: a new case, an edit of a saved case, an answer
key or an exercise attempt. Its UUID is in the URL and names a ``WizardRun`` row owned by
the user (``wizard_storage``), so two runs open in two tabs never mix, a run survives
logout and another browser, and nobody else can open it. The saved record remembers the
run that wrote it, so a double click or a reload of the save page stores one case.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from formtools.wizard.forms import ManagementForm
from formtools.wizard.views import NamedUrlWizardView, StepsHelper, WizardView

from .. import review
from django.forms import BaseFormSet

from .. import entry as entry_rules
from ..entry import STEP_FORMS, STEP_NAMES, case_context, form_kwargs, step_data_from_entry
from ..forms.steps import STEP_TITLES, STEPS
from ..purposes import PRACTICE, purpose_of, saved_run
from ..services import attempt_touch
from ..wizard_storage import RunStorage, run_create, run_of, run_open, run_taken


def run_prefix(run: uuid.UUID) -> str:
    return f"case_{run.hex}"


def run_start(request, *, entry: dict | None = None, extra: dict | None = None, step: str = STEP_NAMES[0]):
    """Opens a new run, prefilled from an entry when one is given, and redirects to it."""
    extra = extra or {}
    run = run_create(owner=request.user, purpose=purpose_of(extra).name, step=step,
                     step_data=step_data_from_entry(entry) if entry else None, extra=extra)
    return redirect("exercises:wizard_step", run=run.token, step=step)


def run_resume(request, *, run: uuid.UUID, extra: dict, entry: dict | None = None):
    """Reopens a run where it was left (on any browser, after any logout), or starts it when it has no row
    yet, prefilled from ``entry`` when one is given."""
    found = run_open(owner=request.user, token=run, purpose=purpose_of(extra).name, step=STEP_NAMES[0], extra=extra,
                     step_data=step_data_from_entry(entry) if entry else None)
    if found is None:
        raise Http404
    return redirect("exercises:wizard_step", run=run, step=found.current_step or STEP_NAMES[0])


class RunWizardView(NamedUrlWizardView):
    """formtools' named-URL wizard over a ``WizardRun`` of the signed-in user.

    formtools builds its storage from a class path and a prefix only; a run is found by
    its token and its owner, so ``dispatch`` is formtools' own with that one change. A
    token that is not the user's run answers 404 on GET and POST alike.
    """

    def dispatch(self, request, *args, **kwargs):
        run = run_of(owner=request.user, token=kwargs["run"])
        if run is None:
            # A run saved before runs were kept in the database still leads to what it saved.
            saved = None if run_taken(token=kwargs["run"]) else saved_run(user=request.user, run=kwargs["run"])
            if saved is None:
                raise Http404
            return redirect(saved.url)
        self.prefix = self.get_prefix(request, *args, **kwargs)
        self.storage = RunStorage(self.prefix, request, run=run)
        self.steps = StepsHelper(self)
        response = super(WizardView, self).dispatch(request, *args, **kwargs)
        self.storage.update_response(response)
        if not 300 <= response.status_code < 400:
            # A redirect leads to a page of the run (which records it) or to what the run saved.
            self.run_seen()
        return response

    def run_seen(self) -> None:
        """Called once the run is written back, when a page of it is shown: a place to record where its user is."""


class CaseEntryWizard(LoginRequiredMixin, RunWizardView):
    form_list = STEPS
    template_name = "exercises/wizard/step.html"

    def get_prefix(self, request, *args, **kwargs):
        return run_prefix(kwargs["run"])

    def get_step_url(self, step):
        return reverse(self.url_name, kwargs={"run": self.kwargs["run"], "step": step})

    # context between steps

    # Validate once (issue 14): each step's cleaned part of the entry is kept in the run when the step is
    # posted, stamped with the rules and the context (earlier steps, today) it was checked under. Later
    # steps and the save read the parts; a step's form is bound again only when its stamp no longer
    # matches (an earlier step changed, the day turned, a deploy changed a rule, a run from before).
    PARTS_KEY = "checked_parts"

    @staticmethod
    def stamp(context) -> str:
        return f"{entry_rules.rules_version()}|{context!r}"

    def checked_entry(self, *, before: str | None = None, strict: bool = False) -> tuple[dict, str | None]:
        """The entry from the stored steps (only the steps before ``before`` when given) and the first
        step that fails today's rules, or None. ``strict`` counts a step never filled as failing."""
        parts = self.storage.data.setdefault(self.PARTS_KEY, {})
        steps = STEP_NAMES[: STEP_NAMES.index(before)] if before else STEP_NAMES
        entry: dict = {}
        failed = None
        for step in steps:
            data = self.storage.get_step_data(step)
            if data is None:
                failed = failed or (step if strict else None)
                continue
            context = case_context(step, entry, today=self.today)
            stored = parts.get(step)
            if stored is None or stored["stamp"] != self.stamp(context):
                form = STEP_FORMS[step](data=data, prefix=step, **form_kwargs(step, context))
                if not form.is_valid():
                    parts.pop(step, None)
                    failed = failed or step
                    continue
                stored = parts[step] = {"stamp": self.stamp(context), "part": form.entry_part()}
            entry.update(stored["part"])
        return entry, failed

    def stored_entry(self, *, before: str | None = None) -> dict:
        """The entry as far as the stored steps are valid, optionally only the steps before one."""
        cache = self.__dict__.setdefault("_entry_cache", {})
        if before not in cache:
            cache[before] = self.checked_entry(before=before)[0]
        return cache[before]

    @property
    def today(self) -> dt.date:
        return timezone.localdate()

    def get_form_kwargs(self, step=None):
        step = step or self.steps.current
        context = case_context(step, self.stored_entry(before=step), today=self.today)
        return form_kwargs(step, context)

    def process_step(self, form):
        """A valid step: its part of the entry is kept, checked, for the later steps and the save."""
        self.__dict__.pop("_entry_cache", None)
        context = form.form_kwargs["context"] if isinstance(form, BaseFormSet) else form.context
        parts = self.storage.data.setdefault(self.PARTS_KEY, {})
        parts[self.steps.current] = {"stamp": self.stamp(context), "part": form.entry_part()}
        return super().process_step(form)

    # requests

    @property
    def purpose(self):
        return purpose_of(self.storage.extra_data)

    def saved_url(self) -> str | None:
        """Where this run leads once saved: the save clears its storage, the saved record remains."""
        if self.storage.run.saved_at is None:
            return None
        found = saved_run(user=self.request.user, run=self.kwargs["run"])
        return found.url if found else None

    def run_seen(self) -> None:
        # The room view reads where each trainee is from the attempt, not from this run.
        extra = self.storage.extra_data
        if extra.get("purpose") == PRACTICE and extra.get("attempt_id"):
            attempt_touch(attempt_id=extra["attempt_id"], step=self.storage.current_step or self.steps.first)

    def get(self, request, *args, **kwargs):
        saved = self.saved_url()
        if saved is not None:
            return redirect(saved)
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        saved = self.saved_url()
        if saved is not None:
            # A second click on "Simpan", or a form posted again from another tab.
            return redirect(saved)
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
            self.storage.data.get(self.PARTS_KEY, {}).pop(posted_step, None)  # unchecked until used
            self.__dict__.pop("_entry_cache", None)
            return self.render_goto_step(goto)
        response = super().post(*args, **kwargs)
        if isinstance(response, TemplateResponse):
            # The step came back with errors: count it, as the attempt's corrections later will.
            extra = self.storage.extra_data
            extra["corrections"] = extra.get("corrections", 0) + 1
            self.storage.extra_data = extra
        return response

    def deadline(self) -> str | None:
        """ISO time the attempt's limit runs out, for the countdown; passing it flags, never blocks."""
        extra = self.storage.extra_data
        if not (extra.get("time_limit_minutes") and extra.get("started_at")):
            return None
        started = dt.datetime.fromisoformat(extra["started_at"])
        return (started + dt.timedelta(minutes=extra["time_limit_minutes"])).isoformat()

    def render(self, form=None, **kwargs):
        self.clock_step()
        return super().render(form, **kwargs)

    def render_next_step(self, form, **kwargs):
        response = super().render_next_step(form, **kwargs)
        self.clock_step()  # the step the redirect leads to: its GET then finds its clock running, and writes nothing
        return response

    def render_goto_step(self, goto_step, **kwargs):
        response = super().render_goto_step(goto_step, **kwargs)
        self.clock_step()
        return response

    def clock_step(self, *, closing: bool = False) -> None:
        """Adds the seconds since the clock last moved to the step it ran for, and runs it for the current
        step from now (time per step).

        The POST that leads to a step starts that step's clock, so showing a step whose clock already
        runs (the GET after that POST, a reload, a refused POST) changes nothing and writes nothing: its
        time keeps running until the clock moves on. ``closing`` (the save) adds it in any case."""
        extra = self.storage.extra_data
        now = timezone.now().timestamp()
        last_step, last_time = extra.get("clock_step"), extra.get("clock_at")
        if last_step == self.steps.current and last_time and not closing:
            return
        if last_step and last_time:
            seconds = extra.setdefault("step_seconds", {})
            seconds[last_step] = round(seconds.get(last_step, 0) + max(0.0, now - last_time), 1)
        extra["clock_step"], extra["clock_at"] = self.steps.current, now
        self.storage.extra_data = extra

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
        context["source_case"] = self.purpose.source_document(self.storage.extra_data)
        context["purpose"] = self.purpose.name
        context["deadline"] = self.deadline()
        context["step_template"] = f"exercises/wizard/steps/{current}.html"
        context["form_context"] = case_context(current, self.stored_entry(before=current), today=self.today)
        if current == "tinjau":
            entry = self.stored_entry()
            context["blocks"] = review.entry_blocks(entry)
            context["warnings"] = review.entry_warnings(entry)
            context["incomplete"] = [STEP_TITLES[s] for s in STEP_NAMES[:-1] if s not in entry]
        return context

    def render_done(self, form, **kwargs):
        """The review POST saves at once: store, score and redirect to the result in one request.

        The steps' stored parts are the entry; a step whose part was checked under other rules
        or another context is checked again now, and a run whose steps fail today's rules goes
        back to the first failing step unsaved. A GET of the old "simpan" URL never saves (a GET
        changes nothing): it shows the review step, or the record once saved (see ``get``).
        """
        if self.request.method != "POST":
            return redirect(self.get_step_url(self.steps.last))
        entry, failed = self.checked_entry(strict=True)
        if failed is not None:
            form = self.get_form(step=failed, data=self.storage.get_step_data(failed))
            return self.render_revalidation_failure(failed, form, **kwargs)
        response = self.done_entry(entry)
        self.storage.reset()
        return response

    def done_entry(self, entry: dict):
        self.clock_step(closing=True)
        url = self.purpose.save(self.request, run=self.kwargs["run"], entry=entry, extra=self.storage.extra_data)
        self.storage.mark_saved()
        return redirect(url)
