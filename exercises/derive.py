"""Derived person data: age at a date, age group and child/adult status.

SIMFONI derives these; a trainee never types them. A child is under 18 at the date of the
incident (UU 35/2014).
"""

from __future__ import annotations

import datetime as dt

from . import vocab

CHILD_AGE_LIMIT = 18


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Whole years from birth_date to on (0 when on is before the birthday)."""
    years = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    return max(years, 0)


def age_group(age: int) -> str:
    for upper, code in vocab.AGE_GROUP_LIMITS:
        if age <= upper:
            return code
    return vocab.UMUR_60_PLUS


def status_usia(age: int) -> str:
    return vocab.ANAK if age < CHILD_AGE_LIMIT else vocab.DEWASA


def person_age(*, birth_date: dt.date | None, age: int | None, on: dt.date | None) -> int | None:
    """The age to use: from the birth date when known, else the age in years as entered."""
    if birth_date is not None and on is not None:
        return age_on(birth_date, on)
    return age


def derived(*, birth_date: dt.date | None, age: int | None, on: dt.date | None) -> dict | None:
    """Age, age group and status usia for display, or None when no age can be known."""
    years = person_age(birth_date=birth_date, age=age, on=on)
    if years is None:
        return None
    return {"usia": years, "kelompok_umur": age_group(years), "status_usia": status_usia(years)}
