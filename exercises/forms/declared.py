"""Form fields built from the one field declaration, and the entry <-> form-data mapping.

A ``DeclaredForm`` adds the fields of its section from ``exercises.fields``; the same
spec tells how a cleaned value is stored in the entry (codes, ISO dates, the deepest
region code) and how a stored value is written back as form data, so an entry, an
answer key or a saved case can be fed through the very forms a trainee uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from lokal import parse_phone

from .. import nik as nik_rules
from .. import vocab
from ..fields import FieldSpec, Kind, Section, section_fields
from ..text import text_clean
from .region import RegionField, RegionWidget, split_code

MAX_AGE = 120
CHOOSE = ("", _("— choose —"))


@dataclass
class VictimRef:
    """What later steps need to know about a victim entered earlier."""

    label: str
    sex: str | None = None
    birth_date: dt.date | None = None
    age: int | None = None
    kdrt_suggested: bool = False  # a perpetrator is her spouse, parent or family member


@dataclass
class CaseContext:
    """Facts from earlier steps that a step's rules depend on (dates, the victims)."""

    today: dt.date
    tanggal_lapor: dt.date | None = None
    tanggal_kejadian: dt.date | None = None
    victims: list[VictimRef] = field(default_factory=list)


class CleanTextField(forms.CharField):
    """Short typed text without invisible format characters (bidi overrides, zero-width spaces).

    Text that holds some is refused once with a message, and shown again without them, so the
    person sees what will be saved; NUL is refused by Django's own validator.
    """

    def bound_data(self, data, initial):
        return text_clean(data).replace("\x00", "") if isinstance(data, str) else data

    def clean(self, value):
        if isinstance(value, str) and text_clean(value) != value:
            raise forms.ValidationError(
                _("This text held invisible control characters (such as text-direction marks); they are "
                  "removed now. Check the text and save again."), code="invisible")
        return super().clean(value)


class NikField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs["max_length"] = 24  # room for the spaces people type between digit groups
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        problems = nik_rules.structure_problems(value)
        if problems:
            raise forms.ValidationError([p.message for p in problems], code=problems[0].code)
        return nik_rules.normalize(value)


class MobilePhoneField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        info = parse_phone(value)
        if not info.valid or info.type != "mobile":
            raise forms.ValidationError(
                _("Enter an Indonesian mobile number, for example 0812-3456-7890."), code="phone"
            )
        return info.e164


def form_field(spec: FieldSpec, *, required: bool | None = None) -> forms.Field:
    """The Django form field for a declared SIMFONI field; ``required_when`` rides along for the template."""
    field = _form_field(spec, required=required)
    field.required_when = spec.required_when
    return field


def _form_field(spec: FieldSpec, *, required: bool | None = None) -> forms.Field:
    options = {
        "label": spec.label,
        "required": spec.required if required is None else required,
        "help_text": spec.help_text,
    }
    kind = spec.kind
    if kind is Kind.TEXT:
        return CleanTextField(max_length=spec.max_length, **options)
    if kind is Kind.LONGTEXT:
        return CleanTextField(max_length=spec.max_length, widget=forms.Textarea(attrs={"rows": 5}), **options)
    if kind is Kind.CODE:
        return forms.ChoiceField(choices=[CHOOSE, *spec.vocab.choices()], **options)
    if kind is Kind.MULTICODE:
        return forms.MultipleChoiceField(
            choices=spec.vocab.choices(), widget=forms.CheckboxSelectMultiple, **options
        )
    if kind is Kind.DATE:
        return forms.DateField(
            widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
            input_formats=["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"],
            **options,
        )
    if kind is Kind.NIK:
        return NikField(widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}), **options)
    if kind is Kind.PHONE:
        return MobilePhoneField(max_length=spec.max_length, widget=forms.TextInput(attrs={"type": "tel"}), **options)
    if kind is Kind.BOOL:
        return forms.BooleanField(**{**options, "required": False})
    if kind is Kind.AGE:
        return forms.IntegerField(min_value=0, max_value=MAX_AGE, widget=forms.NumberInput(attrs={"inputmode": "numeric"}), **options)
    if kind is Kind.REGION:
        # Nothing is preselected: an untouched picker stores nothing. The local default (Kota Cilegon
        # unless configured) is one click away, as officers mostly enter local cases.
        return RegionField(widget=RegionWidget(shortcut=settings.SIMFONI_DEFAULT_REGION), **options)
    raise ValueError(f"unknown kind {kind}")


def other_detail_field(spec: FieldSpec) -> forms.Field:
    return CleanTextField(
        label=_("%(label)s: other, namely") % {"label": spec.label},
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"data-other-detail": "1"}),
    )


def stored_value(spec: FieldSpec, value):
    """A cleaned form value as it is kept in the entry JSON."""
    if spec.kind is Kind.DATE:
        return value.isoformat() if value else None
    if spec.kind is Kind.MULTICODE:
        return sorted(value or [])
    if spec.kind is Kind.BOOL:
        return bool(value)
    if spec.kind is Kind.AGE:
        return value
    return value or ""


def widget_data(spec: FieldSpec, html_name: str, value) -> dict[str, list[str]]:
    """A stored value written back as the POST data the field's widget would send."""
    if value in (None, "", [], False):
        return {}
    if spec.kind is Kind.MULTICODE:
        return {html_name: [str(v) for v in value]}
    if spec.kind is Kind.BOOL:
        return {html_name: ["on"]}
    if spec.kind is Kind.REGION:
        return {f"{html_name}_{i}": [code] for i, code in enumerate(split_code(value)) if code}
    return {html_name: [str(value)]}


def parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class DeclaredForm(forms.Form):
    """A form whose fields come from one section of the declaration.

    ``declared`` maps each field name in the form to its spec; a form can hold one
    section's fields several times (once per victim) under different names.
    """

    section: Section
    # field -> (controlling field, value): shown only when the controller has that value
    # ("on" for a ticked checkbox). The rules in clean() hold either way; this only tidies the page.
    depends: dict[str, tuple[str, str]] = {}
    required_css_class = "is-required"
    error_css_class = "has-error"

    def __init__(self, *args, context: CaseContext | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context or CaseContext(today=timezone.localdate())
        self.declared: dict[str, FieldSpec] = {}
        self.add_section(self.section)
        for name, (controller, value) in self.depends.items():
            self.fields[name].widget.attrs.update({"data-depends-on": self.add_prefix(controller),
                                                   "data-depends-value": value})

    def add_section(self, section: Section, *, name_prefix: str = "") -> None:
        for spec in section_fields(section):
            self.add_declared(spec, name_prefix + spec.name)

    def add_declared(self, spec: FieldSpec, name: str, *, required: bool | None = None) -> None:
        self.fields[name] = form_field(spec, required=required)
        self.declared[name] = spec
        if spec.other_detail_name:
            self.fields[f"{name}_lainnya"] = other_detail_field(spec)

    def clean(self):
        cleaned = super().clean()
        for name, spec in self.declared.items():
            if not spec.other_detail_name:
                continue
            value = cleaned.get(name)
            chose_other = value == vocab.OTHER or (isinstance(value, list) and vocab.OTHER in value)
            detail_name = f"{name}_lainnya"
            if chose_other and not (cleaned.get(detail_name) or "").strip():
                self.add_error(detail_name, _("You chose “Lainnya”: say what it is."))
            elif not chose_other:
                cleaned[detail_name] = ""
        return cleaned

    # entry <-> form data

    def values(self, *, name_prefix: str = "", section: Section | None = None) -> dict:
        """The cleaned values of one section's fields, keyed by the declared name."""
        section = section or self.section
        out = {}
        for spec in section_fields(section):
            name = name_prefix + spec.name
            out[spec.name] = stored_value(spec, self.cleaned_data.get(name))
            if spec.other_detail_name:
                out[spec.other_detail_name] = self.cleaned_data.get(f"{name}_lainnya", "")
        return out

    @staticmethod
    def section_data(section: Section, stored: dict, *, html_prefix: str) -> dict[str, list[str]]:
        """The POST data that reproduces a stored section (``html_prefix`` includes any form prefix)."""
        data: dict[str, list[str]] = {}
        for spec in section_fields(section):
            data.update(widget_data(spec, html_prefix + spec.name, stored.get(spec.name)))
            if spec.other_detail_name and stored.get(spec.other_detail_name):
                data[f"{html_prefix}{spec.other_detail_name}"] = [stored[spec.other_detail_name]]
        return data
