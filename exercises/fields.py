"""The one declaration of the SIMFONI case-entry fields.

Every field is declared here once: its section, label, kind, code list, whether it is
required, its scoring weight, whether it is critical, and the help text that explains
its rule. The step forms, the review page, the case generator, the scorer and the
feedback table all read this module; adding a field is one edit here plus its test.

Labels are SIMFONI's own on-screen terms and stay in Indonesian in every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache

from django.utils.translation import gettext_lazy as _

from . import vocab
from .vocab import CodeList


class Kind(str, Enum):
    TEXT = "text"
    LONGTEXT = "longtext"
    CODE = "code"
    MULTICODE = "multicode"
    DATE = "date"
    NIK = "nik"
    PHONE = "phone"
    BOOL = "bool"
    AGE = "age"
    REGION = "region"


class Section(str, Enum):
    """Where a field lives in the entry. Repeated sections hold one row per person or pair."""

    REGISTRASI = "registrasi"
    PELAPOR = "pelapor"
    KORBAN = "korban"  # one per victim
    PELAKU = "pelaku"  # one per perpetrator
    RELASI = "relasi"  # one per victim-perpetrator pair
    KEJADIAN = "kejadian"  # shared by the case
    KEJADIAN_KORBAN = "kejadian_korban"  # one per victim
    LAYANAN = "layanan"  # one row per service


class Axis(str, Enum):
    """What a repeated section repeats over; a location holds one index per axis."""

    VICTIM = "victim"
    PERPETRATOR = "perpetrator"
    SERVICE = "service"


class Repeat(str, Enum):
    """How many rows of a section an entry holds."""

    CASE = "case"  # one
    VICTIM = "victim"
    PERPETRATOR = "perpetrator"
    PAIR = "pair"  # one per (perpetrator, victim)
    SERVICE = "service"


@dataclass(frozen=True)
class PathStep:
    """One key on the way from the entry to a section's rows; ``per`` set when it holds a list."""

    key: str
    per: Axis | None = None


# The entry's shape, declared once: where each section's rows sit and what they repeat over.
# A path that extends another section's path nests inside that section's rows
# (each perpetrator holds one relationship per victim; the incident one row per victim).
SECTION_PATHS: dict[Section, tuple[PathStep, ...]] = {
    Section.REGISTRASI: (PathStep("registrasi"),),
    Section.PELAPOR: (PathStep("pelapor"),),
    Section.KORBAN: (PathStep("korban", Axis.VICTIM),),
    Section.PELAKU: (PathStep("pelaku", Axis.PERPETRATOR),),
    Section.RELASI: (PathStep("pelaku", Axis.PERPETRATOR), PathStep("relasi", Axis.VICTIM)),
    Section.KEJADIAN: (PathStep("kejadian"),),
    Section.KEJADIAN_KORBAN: (PathStep("kejadian"), PathStep("korban", Axis.VICTIM)),
    Section.LAYANAN: (PathStep("layanan", Axis.SERVICE),),
}


def section_repeat(section: Section) -> Repeat:
    axes = {step.per for step in SECTION_PATHS[section]} - {None}
    if not axes:
        return Repeat.CASE
    if axes == {Axis.VICTIM, Axis.PERPETRATOR}:
        return Repeat.PAIR
    (axis,) = axes
    return Repeat(axis.value)


def section_key(section: Section) -> str:
    """The key that holds a section's row (or list of rows) inside its parent."""
    return SECTION_PATHS[section][-1].key


SECTION_TITLES = {
    Section.REGISTRASI: "Registrasi / Pengaduan",
    Section.PELAPOR: "Data Pelapor",
    Section.KORBAN: "Data Korban",
    Section.PELAKU: "Data Pelaku / Terlapor",
    Section.RELASI: "Hubungan Pelaku dengan Korban",
    Section.KEJADIAN: "Data Kejadian",
    Section.KEJADIAN_KORBAN: "Kejadian per Korban",
    Section.LAYANAN: "Layanan",
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    section: Section
    label: str
    kind: Kind
    vocab: CodeList | None = None
    required: bool = False
    weight: float = 1.0
    critical: bool = False
    help_text: str = ""
    max_length: int = 100
    # When a field not always required is: shown beside it ("wajib bila …"), enforced in its form's clean().
    required_when: str = ""

    @cached_property
    def other_detail_name(self) -> str | None:
        """The companion free-text field a "Lainnya" choice requires, if the list has one."""
        if self.vocab is not None and self.vocab.has_other:
            return f"{self.name}_lainnya"
        return None

    @cached_property
    def scored(self) -> bool:
        return self.weight > 0


def _f(name, section, label, kind, **options) -> FieldSpec:
    return FieldSpec(name=name, section=section, label=label, kind=kind, **options)


S, K = Section, Kind

FIELDS: tuple[FieldSpec, ...] = (
    # 1. Registrasi / Pengaduan
    _f("unit_layanan", S.REGISTRASI, "Unit Layanan", K.CODE, vocab=vocab.UNIT_LAYANAN,
       required=True, help_text=_("The service unit that receives and records the case.")),
    _f("tanggal_lapor", S.REGISTRASI, "Tanggal Lapor", K.DATE, required=True, weight=2,
       help_text=_("The day the case was reported to the unit. SIMFONI counts its statistics "
                   "by this date; it is not the date of the incident.")),
    _f("kanal_pengaduan", S.REGISTRASI, "Kanal Pengaduan", K.CODE,
       vocab=vocab.KANAL_PENGADUAN, required=True,
       help_text=_("How the report reached the unit: in person, the SAPA 129 hotline, a "
                   "letter, a referral or outreach.")),
    # 2. Data Pelapor
    _f("pelapor_korban", S.PELAPOR, "Pelapor adalah korban sendiri", K.BOOL,
       help_text=_("Tick this when the victim reports for herself: the reporter's data is then "
                   "taken from the first victim.")),
    _f("nama", S.PELAPOR, "Nama Pelapor", K.TEXT, required_when=_("required unless the reporter is the victim"),
       help_text=_("The reporter's name as given. Write “Anonim” when the reporter "
                   "does not want to be named.")),
    _f("jenis_kelamin", S.PELAPOR, "Jenis Kelamin", K.CODE, vocab=vocab.JENIS_KELAMIN),
    _f("no_hp", S.PELAPOR, "No. HP", K.PHONE, max_length=20,
       help_text=_("An Indonesian mobile number, for example 0812-3456-7890 or +62 812 3456 7890.")),
    _f("alamat", S.PELAPOR, "Alamat", K.TEXT, max_length=200),
    _f("wilayah", S.PELAPOR, "Wilayah", K.REGION),
    _f("hubungan", S.PELAPOR, "Hubungan dengan Korban", K.CODE, vocab=vocab.HUBUNGAN_PELAPOR,
       required_when=_("required unless the reporter is the victim"),
       help_text=_("How the reporter is related to the victim.")),
    # 3. Data Korban (one per victim)
    _f("nik", S.KORBAN, "NIK", K.NIK, max_length=16, weight=2,
       help_text=_("16 digits: province, regency/city and district where the NIK was issued, then "
                   "the date of birth (day + 40 for women) and a serial. Leave it empty when "
                   "the victim has none, such as a young child or a foreigner.")),
    _f("nama", S.KORBAN, "Nama Lengkap", K.TEXT, required=True, weight=2),
    _f("jenis_kelamin", S.KORBAN, "Jenis Kelamin", K.CODE, vocab=vocab.JENIS_KELAMIN,
       required=True, weight=2, critical=True),
    _f("tempat_lahir", S.KORBAN, "Tempat Lahir", K.TEXT),
    _f("tanggal_lahir", S.KORBAN, "Tanggal Lahir", K.DATE, weight=2, critical=True,
       required_when=_("required unless the age is entered"),
       help_text=_("Enter the date of birth when it is known; otherwise enter the age in years. "
                   "Age group and child/adult status are derived from it.")),
    _f("usia", S.KORBAN, "Usia (tahun)", K.AGE, weight=2, critical=True,
       required_when=_("required when the date of birth is unknown"),
       help_text=_("Only when the date of birth is unknown: the age in years at the incident.")),
    _f("alamat", S.KORBAN, "Alamat Domisili", K.TEXT, max_length=200),
    _f("wilayah", S.KORBAN, "Wilayah Domisili", K.REGION, required=True),
    _f("pendidikan", S.KORBAN, "Pendidikan", K.CODE, vocab=vocab.PENDIDIKAN, required=True),
    _f("pekerjaan", S.KORBAN, "Pekerjaan", K.CODE, vocab=vocab.PEKERJAAN, required=True),
    _f("status_perkawinan", S.KORBAN, "Status Perkawinan", K.CODE,
       vocab=vocab.STATUS_PERKAWINAN, required=True),
    _f("agama", S.KORBAN, "Agama", K.CODE, vocab=vocab.AGAMA),
    _f("kewarganegaraan", S.KORBAN, "Kewarganegaraan", K.CODE, vocab=vocab.KEWARGANEGARAAN,
       required=True, help_text=_("WNA (foreign national) requires the country.")),
    _f("negara", S.KORBAN, "Negara (WNA)", K.TEXT, max_length=60, required_when=_("required for a WNA")),
    _f("disabilitas", S.KORBAN, "Disabilitas", K.BOOL,
       help_text=_("When the victim has a disability, pick at least one type (UU 8/2016).")),
    _f("jenis_disabilitas", S.KORBAN, "Jenis Disabilitas", K.MULTICODE,
       vocab=vocab.JENIS_DISABILITAS, required_when=_("required when Disabilitas is ticked")),
    # 4. Data Pelaku / Terlapor (one per perpetrator)
    _f("nik", S.PELAKU, "NIK", K.NIK, max_length=16,
       help_text=_("Usually unknown for a perpetrator; leave it empty unless the document gives it.")),
    _f("nama", S.PELAKU, "Nama", K.TEXT, required=True,
       help_text=_("Write “Tidak diketahui” when the perpetrator is unknown.")),
    _f("jenis_kelamin", S.PELAKU, "Jenis Kelamin", K.CODE, vocab=vocab.JENIS_KELAMIN_PELAKU,
       required=True, help_text=_("Choose “Tidak diketahui” when the document does not tell the perpetrator's sex.")),
    _f("usia", S.PELAKU, "Usia (tahun)", K.AGE),
    _f("pendidikan", S.PELAKU, "Pendidikan", K.CODE, vocab=vocab.PENDIDIKAN),
    _f("pekerjaan", S.PELAKU, "Pekerjaan", K.CODE, vocab=vocab.PEKERJAAN),
    _f("alamat", S.PELAKU, "Alamat", K.TEXT, max_length=200),
    _f("wilayah", S.PELAKU, "Wilayah", K.REGION),
    # Hubungan, per victim-perpetrator pair
    _f("hubungan", S.RELASI, "Hubungan dengan Korban", K.CODE, vocab=vocab.HUBUNGAN_PELAKU,
       required=True, weight=2, critical=True,
       help_text=_("Recorded for each pair of perpetrator and victim: the same person can be a "
                   "father to one victim and a neighbour to another.")),
    # 5. Data Kejadian, shared by the case
    _f("tanggal_kejadian", S.KEJADIAN, "Tanggal Kejadian", K.DATE, required=True, weight=2,
       critical=True,
       help_text=_("The date of the incident is not the date of the report. It can be earlier, "
                   "never later.")),
    _f("luar_negeri", S.KEJADIAN, "Kejadian di Luar Negeri", K.BOOL,
       help_text=_("For migrant workers and trafficking abroad: the region is then not needed, "
                   "the country is.")),
    _f("negara", S.KEJADIAN, "Negara Kejadian", K.TEXT, max_length=60,
       required_when=_("required when the incident happened abroad")),
    _f("wilayah", S.KEJADIAN, "Lokasi Kejadian", K.REGION,
       required_when=_("required down to Kab/Kota unless the incident happened abroad"),
       help_text=_("Where the incident happened, at least down to Kab/Kota; not where it was reported.")),
    _f("kronologi", S.KEJADIAN, "Kronologi", K.LONGTEXT, weight=0, max_length=5000,
       help_text=_("The narrative in the officer's own words. It is not scored.")),
    # Per victim
    _f("tempat", S.KEJADIAN_KORBAN, "Tempat Kejadian", K.CODE, vocab=vocab.TEMPAT_KEJADIAN,
       required=True, weight=2, critical=True,
       help_text=_("Exactly one place per victim: where the violence happened, not where it "
                   "was reported.")),
    _f("bentuk", S.KEJADIAN_KORBAN, "Bentuk Kekerasan", K.MULTICODE,
       vocab=vocab.BENTUK_KEKERASAN, required=True, weight=3, critical=True,
       help_text=_("Tick every form the victim suffered: SIMFONI counts several forms per victim.")),
    _f("kdrt", S.KEJADIAN_KORBAN, "KDRT", K.BOOL, weight=1,
       help_text=_("Domestic violence: usually yes when the perpetrator is a spouse, a parent or "
                   "a family member.")),
    # 6. Layanan, one row per service
    _f("jenis", S.LAYANAN, "Jenis Layanan", K.CODE, vocab=vocab.JENIS_LAYANAN, required=True),
    _f("tanggal", S.LAYANAN, "Tanggal Layanan", K.DATE, required=True,
       help_text=_("A service is given on or after the date of the report.")),
    _f("lembaga", S.LAYANAN, "Lembaga Pemberi Layanan", K.TEXT, required=True, max_length=120),
    _f("rujukan", S.LAYANAN, "Rujukan ke", K.TEXT, max_length=120),
)


@lru_cache(maxsize=None)
def section_fields(section: Section) -> tuple[FieldSpec, ...]:
    return tuple(spec for spec in FIELDS if spec.section == section)


def field(section: Section, name: str) -> FieldSpec:
    for spec in FIELDS:
        if spec.section == section and spec.name == name:
            return spec
    raise KeyError(f"{section.value}.{name}")
