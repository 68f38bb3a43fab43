"""What a generated case is: its people, relations, incidents and services, as plain data.

A case is built as "truth" whose facts are already limited to what its document will
say: an undisclosed fact is simply absent (empty), so the document renderer and the
answer key read one object and can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import vocab

DIFFICULTIES = ("dasar", "menengah", "mahir")


def short_city(name: str) -> str:
    """"Kota Cilegon" -> "Cilegon", "Kabupaten Serang" -> "Serang"."""
    for prefix in ("Kota Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


DOCUMENT_KINDS = ("catatan_pengaduan", "surat_rujukan", "transkrip_sapa", "ringkasan_ppt", "percakapan_wa")
UNKNOWN_NAME = "Tidak diketahui"
FIRST_REPORT = dt.date(2023, 1, 2)
LAST_REPORT = dt.date(2025, 12, 20)
KOTA_INSTITUTIONS = ("UPTD PPA", "RSUD", "Puskesmas", "Unit PPA Polres")


@dataclass
class Person:
    name: str
    sex: str
    age: int | None  # None: unknown (a perpetrator the victim did not know)
    birth_date: dt.date | None = None  # None: the document gives only the age
    nik: str = ""
    birthplace: str = ""
    street: str = ""
    region: str = ""
    education: str = ""
    grade: int | None = None
    occupation: str = ""
    marital: str = ""
    religion: str = ""
    citizenship: str = vocab.WNI
    country: str = ""
    disability: list[str] = field(default_factory=list)
    phone: str = ""


@dataclass
class Relation:
    code: str
    words: str
    detail: str = ""


@dataclass
class VictimIncident:
    place: str
    place_words: str
    forms: list[str]
    form_words: list[str]
    kdrt: bool


@dataclass
class Service:
    victim: int
    kind: str
    day: dt.date
    provider: str
    referral: str = ""


@dataclass
class CaseTruth:
    seed: int
    difficulty: str
    kind: str
    kabkota: str
    tanggal_lapor: dt.date
    tanggal_kejadian: dt.date
    kanal: str
    victims: list[Person]
    perpetrators: list[Person]
    relations: list[list[Relation]]  # [perpetrator][victim]
    incidents: list[VictimIncident]
    incident_region: str = ""
    abroad_country: str = ""
    reporter: Person | None = None  # None: the first victim reports for herself
    reporter_relation: str = vocab.DIRI_SENDIRI
    reporter_words: str = ""
    services: list[Service] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    spoken_distractors: list[str] = field(default_factory=list)  # the same details as a caller says them
    officer: Person | None = None  # the UPTD officer or SAPA counsellor: callers address her by sex and age
    referrer: dict = field(default_factory=dict)
    wrong_date: dt.date | None = None  # mahir: a date first given wrongly, corrected later in the text
    scenario: str = ""

    @property
    def explicit(self) -> bool:
        return self.difficulty != "mahir"
