"""The wizard's step forms, in SIMFONI's order, and the rules each step enforces.

Each step form turns its cleaned data into its part of the entry (``entry_part``), and
``steps_data_from_entry`` rebuilds every step's POST data from an entry by walking its
declared shape, so the wizard, the case generator's validity test and the custom-case
author share one path.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_lazy as _

from .. import nik as nik_rules
from .. import regions, vocab
from ..derive import age_on
from ..fields import SECTION_PATHS, Section, section_fields, section_key
from ..scoring import AGE_TOLERANCE
from ..shape import ROOT_SECTIONS, Location, entry_rows, root_section, section_items
from .declared import CHOOSE, MAX_AGE, CaseContext, DeclaredForm, VictimRef, parse_date

MAX_PERSONS = 10
KABKOTA_LEVEL = 2
MAX_SERVICES = 30


def _d(value) -> str:
    return date_format(value, "j F Y")


class RegistrasiForm(DeclaredForm):
    section = Section.REGISTRASI

    def clean(self):
        cleaned = super().clean()
        lapor = cleaned.get("tanggal_lapor")
        if lapor and lapor > self.context.today:
            self.add_error("tanggal_lapor", _("The date of the report cannot be in the future."))
        return cleaned

    def entry_part(self) -> dict:
        return {section_key(self.section): self.values()}


class PelaporForm(DeclaredForm):
    section = Section.PELAPOR

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("hubungan") == vocab.DIRI_SENDIRI:
            cleaned["pelapor_korban"] = True
        if cleaned.get("pelapor_korban"):
            # The reporter is the first victim: SIMFONI copies her data, so the hidden reporter
            # fields are neither checked nor kept.
            for name in self.declared:
                if name not in ("pelapor_korban", "hubungan"):
                    self.errors.pop(name, None)
                    cleaned[name] = None
            self.errors.pop("hubungan", None)
            cleaned["hubungan"] = vocab.DIRI_SENDIRI
            return cleaned
        for name in ("nama", "hubungan"):
            if not cleaned.get(name) and name not in self.errors:
                self.add_error(name, _("Fill this in, or tick “Pelapor adalah korban sendiri”."))
        return cleaned

    def entry_part(self) -> dict:
        return {section_key(self.section): self.values()}


class PersonForm(DeclaredForm):
    """Rules shared by victims and perpetrators: the NIK must agree with sex and birth date."""

    def check_nik(self, cleaned, *, birth_date=None):
        value = cleaned.get("nik")
        if not value:
            return
        sex = cleaned.get("jenis_kelamin")
        for problem in nik_rules.consistency_problems(
            value, sex=sex if sex in vocab.JENIS_KELAMIN.codes else None, birth_date=birth_date
        ):
            self.add_error("nik", problem.message)

    def check_age(self, cleaned, *, birth_date=None):
        """A typed age must be the age the birth date, or the NIK, gives at the report date (±1 year)."""
        age = cleaned.get("usia")
        if age is None or {"usia", "tanggal_lahir", "nik"} & set(self.errors):
            return
        on = self.context.tanggal_lapor or self.context.today
        if birth_date is not None:
            years = age_on(birth_date, on)
            if abs(years - age) > AGE_TOLERANCE:
                message = _("The date of birth gives %(years)d years at the report date, but the age entered is "
                            "%(age)d. Correct one of them, or leave the age empty.") % {"years": years, "age": age}
                self.add_error("tanggal_lahir", message)
                self.add_error("usia", message)
            return
        encoded = nik_rules.encoded_birth(cleaned["nik"]) if cleaned.get("nik") else None
        if encoded is None:
            return
        day, month, yy, _sex = encoded
        candidates = [age_on(born, on) for born in _nik_birth_dates(day, month, yy) if born <= on]
        if candidates and all(abs(years - age) > AGE_TOLERANCE for years in candidates):
            message = _("The NIK gives a date of birth of %(date)s, %(years)d years at the report date, but the age "
                        "entered is %(age)d. Check the NIK and the age.") % {
                "date": f"{day:02d}-{month:02d}-{yy:02d}", "years": min(candidates, key=lambda y: abs(y - age)), "age": age}
            self.add_error("nik", message)
            self.add_error("usia", message)


def _nik_birth_dates(day: int, month: int, yy: int) -> list[dt.date]:
    """The birth dates a NIK's two-digit year can mean (1900s or 2000s)."""
    dates = []
    for century in (1900, 2000):
        try:
            dates.append(dt.date(century + yy, month, day))
        except ValueError:  # 29 February of a year that has none
            pass
    return dates


class KorbanForm(PersonForm):
    section = Section.KORBAN
    depends = {"negara": ("kewarganegaraan", vocab.WNA), "jenis_disabilitas": ("disabilitas", "on")}

    def clean(self):
        cleaned = super().clean()
        birth, age = cleaned.get("tanggal_lahir"), cleaned.get("usia")
        today, lapor = self.context.today, self.context.tanggal_lapor
        if birth is None and age is None and not {"tanggal_lahir", "usia"} & set(self.errors):
            self.add_error("tanggal_lahir", _("Enter the date of birth or, when it is unknown, the age."))
        if birth and birth > today:
            self.add_error("tanggal_lahir", _("The date of birth cannot be in the future."))
        elif birth and lapor and birth > lapor:
            self.add_error("tanggal_lahir", _("The date of birth cannot be after the date of the report (%(date)s).")
                           % {"date": _d(lapor)})
        elif birth and (today.year - birth.year) > MAX_AGE:
            self.add_error("tanggal_lahir", _("This date of birth gives an age over 120 years."))
        if cleaned.get("kewarganegaraan") == vocab.WNA and not cleaned.get("negara"):
            self.add_error("negara", _("A foreign national (WNA) needs the country."))
        if cleaned.get("kewarganegaraan") == vocab.WNI:
            cleaned["negara"] = ""
        if cleaned.get("disabilitas") and not cleaned.get("jenis_disabilitas"):
            self.add_error("jenis_disabilitas", _("Disabilitas is Ya: tick at least one type of disability."))
        if not cleaned.get("disabilitas") and cleaned.get("jenis_disabilitas"):
            self.add_error("disabilitas", _("A type of disability is ticked: set Disabilitas to Ya, or untick the type."))
        self.check_nik(cleaned, birth_date=birth)
        self.check_age(cleaned, birth_date=birth)
        return cleaned

    def entry_value(self) -> dict:
        return self.values()


class PelakuForm(PersonForm):
    """A perpetrator, with the relationship to each victim entered in the Korban step."""

    section = Section.PELAKU

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index, _victim in enumerate(self.context.victims):
            self.add_section(Section.RELASI, name_prefix=victim_prefix(index))

    def relation_fields(self):
        """(victim, hubungan bound field, Lainnya bound field) for each victim, for the template."""
        for index, victim in enumerate(self.context.victims):
            yield victim, self[f"{victim_prefix(index)}hubungan"], self[f"{victim_prefix(index)}hubungan_lainnya"]

    def clean(self):
        cleaned = super().clean()
        self.check_nik(cleaned)
        self.check_age(cleaned)
        return cleaned

    def entry_value(self) -> dict:
        value = self.values()
        value[section_key(Section.RELASI)] = [
            self.values(name_prefix=victim_prefix(index), section=Section.RELASI)
            for index in range(len(self.context.victims))
        ]
        return value


class PersonFormSet(forms.BaseFormSet):
    """Victims or perpetrators, added and removed on the page (removal marks DELETE)."""

    def live_forms(self):
        return [f for f in self.forms if not (self.can_delete and self._should_delete_form(f))]

    def entry_values(self) -> list[dict]:
        return [form.entry_value() for form in self.live_forms() if form.has_changed() or form.cleaned_data]


KorbanFormSet = forms.formset_factory(
    KorbanForm, formset=PersonFormSet, extra=0, min_num=1, validate_min=True,
    max_num=MAX_PERSONS, absolute_max=MAX_PERSONS, validate_max=True, can_delete=True,
)
PelakuFormSet = forms.formset_factory(
    PelakuForm, formset=PersonFormSet, extra=0, min_num=0,
    max_num=MAX_PERSONS, absolute_max=MAX_PERSONS, validate_max=True, can_delete=True,
)


class KorbanStep(KorbanFormSet):
    default_error_messages = {
        "too_few_forms": _("Enter at least one victim: every case in SIMFONI has a victim."),
        "too_many_forms": _("Enter at most %(num)d victims here."),
    }

    def entry_part(self) -> dict:
        return {section_key(Section.KORBAN): self.entry_values()}


class PelakuStep(PelakuFormSet):
    default_error_messages = {"too_many_forms": _("Enter at most %(num)d perpetrators here.")}

    def entry_part(self) -> dict:
        return {section_key(Section.PELAKU): self.entry_values()}


class KejadianForm(DeclaredForm):
    """The incident: shared date, location and kronologi, then place, forms and KDRT per victim."""

    section = Section.KEJADIAN
    depends = {"negara": ("luar_negeri", "on")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index, victim in enumerate(self.context.victims):
            self.add_section(Section.KEJADIAN_KORBAN, name_prefix=victim_prefix(index))
            if victim.kdrt_suggested:
                # SIMFONI suggests KDRT from the relationship; the trainee can still untick it.
                self.fields[f"{victim_prefix(index)}kdrt"].initial = True
                self.fields[f"{victim_prefix(index)}kdrt"].help_text = _(
                    "Suggested: a perpetrator is this victim's spouse, parent or family member.")

    def victim_fields(self):
        """(victim, [bound fields]) per victim, for the template."""
        names = [spec.name for spec in section_fields(Section.KEJADIAN_KORBAN)]
        for index, victim in enumerate(self.context.victims):
            bound = []
            for name in names:
                bound.append(self[f"{victim_prefix(index)}{name}"])
                if f"{victim_prefix(index)}{name}_lainnya" in self.fields:
                    bound.append(self[f"{victim_prefix(index)}{name}_lainnya"])
            yield victim, bound

    def clean(self):
        cleaned = super().clean()
        incident = cleaned.get("tanggal_kejadian")
        today, lapor = self.context.today, self.context.tanggal_lapor
        if incident:
            if incident > today:
                self.add_error("tanggal_kejadian", _("The date of the incident cannot be in the future."))
            elif lapor and incident > lapor:
                self.add_error("tanggal_kejadian", _(
                    "The incident cannot be after the report (%(date)s): the date of the incident is "
                    "not the date of the report.") % {"date": _d(lapor)})
            for victim in self.context.victims:
                if victim.birth_date and incident < victim.birth_date:
                    self.add_error("tanggal_kejadian", _("The incident cannot be before %(name)s was born (%(date)s).")
                                   % {"name": victim.label, "date": _d(victim.birth_date)})
        if cleaned.get("luar_negeri"):
            if not cleaned.get("negara"):
                self.add_error("negara", _("The incident happened abroad: enter the country."))
        else:
            cleaned["negara"] = ""
            place = cleaned.get("wilayah")
            if "wilayah" not in self.errors and (not place or regions.level(place) < KABKOTA_LEVEL):
                self.add_error("wilayah", _("Choose the region of the incident down to Kab/Kota, or tick abroad."))
        return cleaned

    def entry_part(self) -> dict:
        kejadian = self.values()
        kejadian[section_key(Section.KEJADIAN_KORBAN)] = [
            self.values(name_prefix=victim_prefix(index), section=Section.KEJADIAN_KORBAN)
            for index in range(len(self.context.victims))
        ]
        return {section_key(self.section): kejadian}


class LayananForm(DeclaredForm):
    """One service given to one victim."""

    section = Section.LAYANAN

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        victims = [(str(i), v.label) for i, v in enumerate(self.context.victims)]
        self.fields = {
            "korban": forms.TypedChoiceField(
                label="Korban", choices=[CHOOSE, *victims], coerce=int),
            **self.fields,
        }

    def clean(self):
        cleaned = super().clean()
        given, lapor = cleaned.get("tanggal"), self.context.tanggal_lapor
        if given and lapor and given < lapor:
            self.add_error("tanggal", _("A service is given on or after the date of the report (%(date)s).")
                           % {"date": _d(lapor)})
        return cleaned

    def entry_value(self) -> dict:
        return {"korban": self.cleaned_data["korban"], **self.values()}


class LayananStep(forms.formset_factory(
    LayananForm, formset=PersonFormSet, extra=0, max_num=MAX_SERVICES, absolute_max=MAX_SERVICES, validate_max=True,
    can_delete=True,
)):
    default_error_messages = {"too_many_forms": _("Enter at most %(num)d services here.")}

    def entry_part(self) -> dict:
        return {section_key(Section.LAYANAN): self.entry_values()}


class TinjauForm(forms.Form):
    """The review step has nothing to fill in: the page shows the whole entry."""

    def __init__(self, *args, context: CaseContext | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context

    def entry_part(self) -> dict:
        return {}


STEPS = (
    ("registrasi", RegistrasiForm),
    ("pelapor", PelaporForm),
    ("korban", KorbanStep),
    ("pelaku", PelakuStep),
    ("kejadian", KejadianForm),
    ("layanan", LayananStep),
    ("tinjau", TinjauForm),
)

STEP_TITLES = {
    "registrasi": "Registrasi",
    "pelapor": "Pelapor",
    "korban": "Korban",
    "pelaku": "Pelaku",
    "kejadian": "Kejadian",
    "layanan": "Layanan",
    "tinjau": "Tinjau",
}


# The wizard step that edits each section: the top-level section it nests in.
STEP_OF_SECTION: dict[Section, str] = {section: root_section(section).value for section in Section}


def victim_prefix(index: int) -> str:
    """The field-name prefix of a victim's own fields inside a perpetrator's or the incident's form."""
    return f"v{index}_"


def html_prefix(location: Location) -> str:
    """Where a row's fields sit in its step's POST data: "korban-1-", "pelaku-0-v1_", "kejadian-v2_"."""
    prefix = f"{STEP_OF_SECTION[location.section]}-"
    for depth, step in enumerate(SECTION_PATHS[location.section]):
        if step.per is not None:
            index = location.index(step.per)
            prefix += f"{index}-" if depth == 0 else victim_prefix(index)
    return prefix


def steps_data_from_entry(entry: dict) -> dict[str, dict[str, list[str]]]:
    """Each step's POST data that reproduces the entry, one row of the entry's shape at a time."""
    data: dict[str, dict[str, list[str]]] = {step: {} for step, _ in STEPS}
    for root in ROOT_SECTIONS:
        if SECTION_PATHS[root][0].per is not None:  # a formset: its management form first
            data[STEP_OF_SECTION[root]].update({
                f"{STEP_OF_SECTION[root]}-TOTAL_FORMS": [str(len(section_items(entry, root)))],
                f"{STEP_OF_SECTION[root]}-INITIAL_FORMS": ["0"],
            })
    for section, location, row in entry_rows(entry):
        prefix = html_prefix(location)
        step_data = data[STEP_OF_SECTION[section]]
        step_data.update(DeclaredForm.section_data(section, row, html_prefix=prefix))
        if section is Section.LAYANAN:  # the victim a service is for is chosen on the form, not declared
            step_data[f"{prefix}korban"] = [str(row.get("korban", ""))]
    return data


def victim_refs(korban_rows: list[dict]) -> list[VictimRef]:
    refs = []
    for index, row in enumerate(korban_rows):
        label = row.get("nama") or gettext("Victim %(number)d") % {"number": index + 1}
        refs.append(VictimRef(
            label=f"{index + 1} · {label}", sex=row.get("jenis_kelamin") or None,
            birth_date=parse_date(row.get("tanggal_lahir")), age=row.get("usia"),
        ))
    return refs
