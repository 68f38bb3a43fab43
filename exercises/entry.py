"""The wizard's steps as a whole: building an entry from step forms and checking an entry.

An "entry" is the case as the sandbox stores it (see ``forms/steps.py`` for each part).
``validate_entry`` feeds an entry through the very step forms a trainee uses, so an
answer key or a custom case is held to the same rules as a trainee's entry.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
from pathlib import Path

import django

from django.forms import BaseFormSet
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from . import vocab
from .fields import Section
from .forms.declared import CaseContext, parse_date
from .forms.steps import STEPS, steps_data_from_entry, victim_refs
from .shape import entry_rows, section_items

STEP_NAMES = tuple(name for name, _ in STEPS)
STEP_FORMS = dict(STEPS)


def case_context(step: str, entry: dict, *, today: dt.date) -> CaseContext:
    """What a step may know of the steps before it (never of later ones)."""
    earlier = STEP_NAMES[: STEP_NAMES.index(step)]
    context = CaseContext(today=today)
    if Section.KORBAN.value in earlier:
        context.victims = victim_refs(section_items(entry, Section.KORBAN))
    for section, location, row in entry_rows(entry):
        if section is Section.REGISTRASI and section.value in earlier:
            context.tanggal_lapor = parse_date(row.get("tanggal_lapor"))
        elif section is Section.RELASI and Section.PELAKU.value in earlier:
            if row.get("hubungan") in vocab.KDRT_RELATIONSHIPS and location.victim < len(context.victims):
                context.victims[location.victim].kdrt_suggested = True
        elif section is Section.KEJADIAN and section.value in earlier:
            context.tanggal_kejadian = parse_date(row.get("tanggal_kejadian"))
    return context


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
    return steps_data_from_entry(entry)


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


# The modules whose code decides whether a step is valid: a change to any of them is a rule change.
RULE_MODULES = (
    "exercises.entry", "exercises.forms.steps", "exercises.forms.declared", "exercises.forms.region",
    "exercises.fields", "exercises.vocab", "exercises.nik", "exercises.regions", "exercises.derive",
    "exercises.text", "exercises.scoring",
)


@functools.cache
def rules_version() -> str:
    """A fingerprint of today's rules: the source of the rule modules (and Django's version).

    A step's checked result is stored with it; a deploy that changes a rule changes this, so
    the next request binds that step's form again instead of trusting the stored result.
    """
    digest = hashlib.sha256(django.get_version().encode())
    for name in RULE_MODULES:
        digest.update(Path(importlib.import_module(name).__file__).read_bytes())
    return digest.hexdigest()[:16]
