"""The wizard's steps as a whole: building an entry from step forms and checking an entry.

An "entry" is the case as the sandbox stores it (see ``forms/steps.py`` for each part).
``validate_entry`` feeds an entry through the very step forms a trainee uses, so an
answer key or a custom case is held to the same rules as a trainee's entry.
"""

from __future__ import annotations

import datetime as dt

from django.forms import BaseFormSet
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from . import vocab
from .forms.declared import CaseContext, parse_date
from .forms.steps import STEPS, victim_refs

STEP_NAMES = tuple(name for name, _ in STEPS)
STEP_FORMS = dict(STEPS)


def case_context(step: str, entry: dict, *, today: dt.date) -> CaseContext:
    """What a step may know of the steps before it (never of later ones)."""
    earlier = STEP_NAMES[: STEP_NAMES.index(step)]
    context = CaseContext(today=today)
    if "registrasi" in earlier:
        context.tanggal_lapor = parse_date(entry.get("registrasi", {}).get("tanggal_lapor"))
    if "korban" in earlier:
        context.victims = victim_refs(entry.get("korban", []))
    if "pelaku" in earlier:
        for index, victim in enumerate(context.victims):
            codes = {_relation_code(person, index) for person in entry.get("pelaku", [])}
            victim.kdrt_suggested = bool(codes & vocab.KDRT_RELATIONSHIPS)
    if "kejadian" in earlier:
        context.tanggal_kejadian = parse_date(entry.get("kejadian", {}).get("tanggal_kejadian"))
    return context


def _relation_code(person: dict, victim_index: int) -> str:
    relations = person.get("relasi") or []
    return relations[victim_index].get("hubungan", "") if victim_index < len(relations) else ""


def form_kwargs(step: str, context: CaseContext) -> dict:
    if issubclass(STEP_FORMS[step], BaseFormSet):
        return {"form_kwargs": {"context": context}}
    return {"context": context}


def bind_step(step: str, data, *, entry: dict, today: dt.date):
    """The step's form (or formset) bound to data, with the context the entry gives it."""
    context = case_context(step, entry, today=today)
    return STEP_FORMS[step](data=data, prefix=step, **form_kwargs(step, context))


def step_data_from_entry(entry: dict) -> dict[str, dict[str, list[str]]]:
    """Each step's POST data that reproduces the entry."""
    return {step: STEP_FORMS[step].data_from_entry(entry, step) for step in STEP_NAMES}


def step_errors(form) -> dict:
    if isinstance(form, BaseFormSet):
        errors = {f"{form.prefix}-{i}": e for i, e in enumerate(form.errors) if e}
        if form.non_form_errors():
            errors["__all__"] = list(form.non_form_errors())
        return errors
    return dict(form.errors)


def validate_entry(entry: dict, *, today: dt.date | None = None) -> dict[str, dict]:
    """The errors each step form finds in an entry; an empty dict means it passes the sandbox."""
    today = today or timezone.localdate()
    errors = {}
    for step, data in step_data_from_entry(entry).items():
        form = bind_step(step, MultiValueDict(data), entry=entry, today=today)
        if not form.is_valid():
            errors[step] = step_errors(form)
    return errors


def entry_from_forms(forms) -> dict:
    entry: dict = {}
    for form in forms:
        entry.update(form.entry_part())
    return entry
