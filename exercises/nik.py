"""NIK (Nomor Induk Kependudukan) rules for the sandbox form.

The structure is read by ``lokal.parse_nik``; this module keeps the sandbox's own
Indonesian messages, the check against the Kemendagri kecamatan list and the agreement
with the sex and date of birth entered. Structure: province (2) + kab/kota (2) +
kecamatan (2) + date of birth DDMMYY, with 40 added to DD for women, + serial (4). The region prefix is where the NIK was first
issued, so it is checked against the Kemendagri kecamatan list but never against the
person's current address.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext as _
from lokal import parse_nik
from lokal.nik import NikInfo

from . import regions

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40


@dataclass(frozen=True)
class NikProblem:
    code: str
    message: str


def normalize(value: str) -> str:
    """Drops the spaces, dots and dashes people type between digit groups."""
    return "".join(ch for ch in str(value) if ch not in " .-\t")


def parsed(nik: str) -> NikInfo:
    """The structure of 16 digits as ``lokal.parse_nik`` reads it (region codes, sex, birth date, serial)."""
    return parse_nik(nik)


def district_code(nik: str) -> str:
    return parsed(nik).district_code


def encoded_birth(nik: str) -> tuple[int, int, int, str] | None:
    """(day, month, two-digit year, sex) encoded in a 16-digit NIK, or None if the day is impossible."""
    return _encoded_birth(parsed(nik))


def _encoded_birth(info: NikInfo) -> tuple[int, int, int, str] | None:
    if info.birth_date is None or info.gender is None:
        return None
    born = dt.date.fromisoformat(info.birth_date)
    # Only two digits of the year are in the NIK; the library's century guess plays no part here.
    return born.day, born.month, born.year % 100, info.gender


def structure_problems(value: str) -> list[NikProblem]:
    """Problems a NIK has on its own: digits, length, region code, encoded date, serial."""
    nik = normalize(value)
    if not nik.isascii() or not nik.isdigit():
        return [NikProblem("format", _("A NIK contains digits only, no letters or other signs."))]
    if len(nik) != NIK_LENGTH:
        return [NikProblem("length", _("A NIK has exactly 16 digits; this one has %(count)d.")
                           % {"count": len(nik)})]
    info = parsed(nik)
    found = {issue.code for issue in info.errors}
    problems = []
    # Checked against the Kemendagri kecamatan list, which is stricter than the library's province check.
    if not regions.is_valid(info.district_code):
        problems.append(NikProblem(
            "region",
            _("The region code %(code)s at the start of the NIK is not a kecamatan in the "
              "Kemendagri list.") % {"code": info.district_code},
        ))
    if "birth_date" in found:
        problems.append(NikProblem("birth_date", _("Digits 7 to 12 of the NIK are not a real date of birth.")))
    if "serial" in found:
        problems.append(NikProblem("serial", _("The last four digits of a NIK (the serial) cannot be 0000.")))
    return problems


def consistency_problems(value: str, *, sex: str | None, birth_date: dt.date | None) -> list[NikProblem]:
    """Problems between a structurally valid NIK and the entered sex and date of birth."""
    nik = normalize(value)
    if len(nik) != NIK_LENGTH or not nik.isascii() or not nik.isdigit():
        return []
    encoded = _encoded_birth(parsed(nik))
    if encoded is None:
        return []
    day, month, yy, nik_sex = encoded
    problems = []
    if sex and sex != nik_sex:
        if nik_sex == "P":
            message = _("The NIK is a woman's (40 is added to the day of birth), but the sex entered is Laki-laki.")
        else:
            message = _("The NIK is a man's (the day of birth has no 40 added), but the sex entered is Perempuan.")
        problems.append(NikProblem("sex", message))
    if birth_date is not None and (day, month, yy) != (birth_date.day, birth_date.month, birth_date.year % 100):
        problems.append(NikProblem(
            "birth_date_mismatch",
            _("The date of birth in the NIK (%(nik_date)s) differs from the date of birth entered "
              "(%(entered)s).") % {
                "nik_date": f"{day:02d}-{month:02d}-{yy:02d}",
                "entered": birth_date.strftime("%d-%m-%y"),
            },
        ))
    return problems


def nik_problems(value: str, *, sex: str | None = None, birth_date: dt.date | None = None) -> list[NikProblem]:
    """Every problem with a NIK: its structure first, then its agreement with sex and birth date."""
    problems = structure_problems(value)
    if problems:
        return problems
    return consistency_problems(value, sex=sex, birth_date=birth_date)


def compose(*, district: str, birth_date: dt.date, sex: str, serial: int) -> str:
    """A structurally valid NIK for a kecamatan code ("36.72.01"), birth date, sex and serial."""
    day = birth_date.day + (FEMALE_DAY_OFFSET if sex == "P" else 0)
    return f"{district.replace('.', '')}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"
