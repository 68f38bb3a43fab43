"""The wizard's step forms, in SIMFONI's order, and the rules each step enforces.

Each step form turns its cleaned data into its part of the entry (``entry_part``) and
rebuilds its POST data from an entry (``data_from_entry``), so the wizard, the case
generator's validity test and later the custom-case author share one path.
"""

from __future__ import annotations

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_lazy as _

from .. import nik as nik_rules
from ..fields import Section, section_fields
from .declared import CHOOSE, MAX_AGE, CaseContext, DeclaredForm, VictimRef, parse_date

MAX_PERSONS = 10
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
        return {"registrasi": self.values()}

    @classmethod
    def data_from_entry(cls, entry: dict, prefix: str) -> dict:
        return cls.section_data(cls.section, entry.get("registrasi", {}), html_prefix=f"{prefix}-")


class PelaporForm(DeclaredForm):
    section = Section.PELAPOR

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("hubungan") == "DIRI_SENDIRI":
            cleaned["pelapor_korban"] = True
        if cleaned.get("pelapor_korban"):
            # The reporter is the first victim: SIMFONI copies her data, so the hidden reporter
            # fields are neither checked nor kept.
            for name in self.declared:
                if name not in ("pelapor_korban", "hubungan"):
                    self.errors.pop(name, None)
                    cleaned[name] = None
            self.errors.pop("hubungan", None)
            cleaned["hubungan"] = "DIRI_SENDIRI"
            return cleaned
        for name in ("nama", "hubungan"):
            if not cleaned.get(name) and name not in self.errors:
                self.add_error(name, _("Fill this in, or tick “Pelapor adalah korban sendiri”."))
        return cleaned

    def entry_part(self) -> dict:
        return {"pelapor": self.values()}

    @classmethod
    def data_from_entry(cls, entry: dict, prefix: str) -> dict:
        return cls.section_data(cls.section, entry.get("pelapor", {}), html_prefix=f"{prefix}-")


class PersonForm(DeclaredForm):
    """Rules shared by victims and perpetrators: the NIK must agree with sex and birth date."""

    def check_nik(self, cleaned, *, birth_date=None):
        value = cleaned.get("nik")
        if not value:
            return
        for problem in nik_rules.consistency_problems(
            value, sex=cleaned.get("jenis_kelamin"), birth_date=birth_date
        ):
            self.add_error("nik", problem.message)


class KorbanForm(PersonForm):
    section = Section.KORBAN
    depends = {"negara": ("kewarganegaraan", "WNA"), "jenis_disabilitas": ("disabilitas", "on")}

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
        if cleaned.get("kewarganegaraan") == "WNA" and not cleaned.get("negara"):
            self.add_error("negara", _("A foreign national (WNA) needs the country."))
        if cleaned.get("kewarganegaraan") == "WNI":
            cleaned["negara"] = ""
        if cleaned.get("disabilitas") and not cleaned.get("jenis_disabilitas"):
            self.add_error("jenis_disabilitas", _("Disabilitas is Ya: tick at least one type of disability."))
        if not cleaned.get("disabilitas") and cleaned.get("jenis_disabilitas"):
            self.add_error("disabilitas", _("A type of disability is ticked: set Disabilitas to Ya, or untick the type."))
        self.check_nik(cleaned, birth_date=birth)
        return cleaned

    def entry_value(self) -> dict:
        return self.values()


class PelakuForm(PersonForm):
    """A perpetrator, with the relationship to each victim entered in the Korban step."""

    section = Section.PELAKU

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index, _victim in enumerate(self.context.victims):
            self.add_section(Section.RELASI, name_prefix=f"v{index}_")

    def relation_fields(self):
        """(victim, hubungan bound field, Lainnya bound field) for each victim, for the template."""
        for index, victim in enumerate(self.context.victims):
            yield victim, self[f"v{index}_hubungan"], self[f"v{index}_hubungan_lainnya"]

    def clean(self):
        cleaned = super().clean()
        self.check_nik(cleaned)
        return cleaned

    def entry_value(self) -> dict:
        value = self.values()
        value["relasi"] = [
            self.values(name_prefix=f"v{index}_", section=Section.RELASI)
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
    def entry_part(self) -> dict:
        return {"korban": self.entry_values()}

    @classmethod
    def data_from_entry(cls, entry: dict, prefix: str) -> dict:
        return _formset_data(Section.KORBAN, entry.get("korban", []), prefix)


class PelakuStep(PelakuFormSet):
    def entry_part(self) -> dict:
        return {"pelaku": self.entry_values()}

    @classmethod
    def data_from_entry(cls, entry: dict, prefix: str) -> dict:
        people = entry.get("pelaku", [])
        data = _formset_data(Section.PELAKU, people, prefix)
        for index, person in enumerate(people):
            for victim_index, relation in enumerate(person.get("relasi", [])):
                data.update(DeclaredForm.section_data(
                    Section.RELASI, relation, html_prefix=f"{prefix}-{index}-v{victim_index}_"))
        return data


def _formset_data(section: Section, rows: list[dict], prefix: str) -> dict:
    data = {f"{prefix}-TOTAL_FORMS": [str(len(rows))], f"{prefix}-INITIAL_FORMS": ["0"]}
    for index, row in enumerate(rows):
        data.update(DeclaredForm.section_data(section, row, html_prefix=f"{prefix}-{index}-"))
    return data


class KejadianForm(DeclaredForm):
    """The incident: shared date, location and kronologi, then place, forms and KDRT per victim."""

    section = Section.KEJADIAN
    depends = {"negara": ("luar_negeri", "on")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index, victim in enumerate(self.context.victims):
            self.add_section(Section.KEJADIAN_KORBAN, name_prefix=f"v{index}_")
            if victim.kdrt_suggested:
                # SIMFONI suggests KDRT from the relationship; the trainee can still untick it.
                self.fields[f"v{index}_kdrt"].initial = True
                self.fields[f"v{index}_kdrt"].help_text = _(
                    "Suggested: a perpetrator is this victim's spouse, parent or family member.")

    def victim_fields(self):
        """(victim, [bound fields]) per victim, for the template."""
        names = [spec.name for spec in section_fields(Section.KEJADIAN_KORBAN)]
        for index, victim in enumerate(self.context.victims):
            bound = []
            for name in names:
                bound.append(self[f"v{index}_{name}"])
                if f"v{index}_{name}_lainnya" in self.fields:
                    bound.append(self[f"v{index}_{name}_lainnya"])
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
            if not cleaned.get("wilayah") and "wilayah" not in self.errors:
                self.add_error("wilayah", _("Choose the region of the incident down to Kab/Kota, or tick abroad."))
        return cleaned

    def entry_part(self) -> dict:
        kejadian = self.values()
        kejadian["korban"] = [
            self.values(name_prefix=f"v{index}_", section=Section.KEJADIAN_KORBAN)
            for index in range(len(self.context.victims))
        ]
        return {"kejadian": kejadian}

    @classmethod
    def data_from_entry(cls, entry: dict, prefix: str) -> dict:
        kejadian = entry.get("kejadian", {})
        data = cls.section_data(cls.section, kejadian, html_prefix=f"{prefix}-")
        for index, per_victim in enumerate(kejadian.get("korban", [])):
            data.update(cls.section_data(Section.KEJADIAN_KORBAN, per_victim, html_prefix=f"{prefix}-v{index}_"))
        return data


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
    def entry_part(self) -> dict:
        return {"layanan": self.entry_values()}

    @classmethod
    def data_from_entry(cls, entry: dict, prefix: str) -> dict:
        rows = entry.get("layanan", [])
        data = _formset_data(Section.LAYANAN, rows, prefix)
        for index, row in enumerate(rows):
            data[f"{prefix}-{index}-korban"] = [str(row.get("korban", ""))]
        return data


class TinjauForm(forms.Form):
    """The review step has nothing to fill in: the page shows the whole entry."""

    def __init__(self, *args, context: CaseContext | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context

    def entry_part(self) -> dict:
        return {}

    @classmethod
    def data_from_entry(cls, entry: dict, prefix: str) -> dict:
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


def victim_refs(korban_rows: list[dict]) -> list[VictimRef]:
    refs = []
    for index, row in enumerate(korban_rows):
        label = row.get("nama") or gettext("Victim %(number)d") % {"number": index + 1}
        refs.append(VictimRef(
            label=f"{index + 1} · {label}", sex=row.get("jenis_kelamin") or None,
            birth_date=parse_date(row.get("tanggal_lahir")), age=row.get("usia"),
        ))
    return refs
