"""Indonesian working days and the holidays people date things by ("dua hari sebelum lebaran").

Walk-in intakes and letters happen when the office is open: Monday to Friday, not on a
national public holiday. Hotline calls and WhatsApp chats come any day, any hour.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

# The holidays package names Indonesia's holidays in English; these are the ones people use as dates.
SPOKEN_HOLIDAYS = {
    "Eid al-Fitr": "lebaran",
    "New Year's Day": "tahun baru",
    "Independence Day": "tujuh belasan",
    "Christmas Day": "Natal",
    "Eid al-Adha": "Iduladha",
}
NUMBER_WORDS = ("", "sehari", "dua hari", "tiga hari", "empat hari", "lima hari", "enam hari", "seminggu")


@lru_cache(maxsize=64)
def _holidays(year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("ID", years=year).items())


def is_holiday(day: dt.date) -> bool:
    return day in _holidays(day.year)


@lru_cache(maxsize=4096)
def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and not is_holiday(day)


def next_working_day(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def previous_working_day(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def in_school_break(day: dt.date) -> bool:
    """The long breaks of the school calendar: end of year (late June to mid-July), December, around lebaran.

    Provinces set their own calendars; these windows are the ones all of them share, give or take days.
    """
    month_day = (day.month, day.day)
    if (6, 20) <= month_day <= (7, 12) or month_day >= (12, 20) or month_day <= (1, 5):
        return True
    return any(spoken == "lebaran" and abs((holiday - day).days) <= 7
               for year in (day.year - 1, day.year, day.year + 1) for holiday, spoken in _spoken(year))


def previous_school_day(day: dt.date) -> dt.date:
    while not is_working_day(day) or in_school_break(day):
        day -= dt.timedelta(days=1)
    return day


@lru_cache(maxsize=64)
def _spoken(year: int) -> tuple[tuple[dt.date, str], ...]:
    return tuple((day, SPOKEN_HOLIDAYS[name]) for day, name in _holidays(year).items() if name in SPOKEN_HOLIDAYS)


@lru_cache(maxsize=4096)
def relative_to_holiday(day: dt.date) -> str | None:
    """"dua hari sebelum lebaran" when a spoken-of holiday is within a week of ``day``, else None."""
    for year in (day.year - 1, day.year, day.year + 1):
        for holiday, spoken in _spoken(year):
            offset = (holiday - day).days
            if abs(offset) > 7:
                continue
            if offset == 0:
                return f"tepat pada hari {spoken} {holiday.year}"
            words = NUMBER_WORDS[abs(offset)]
            return f"{words} {'sebelum' if offset > 0 else 'sesudah'} {spoken} {holiday.year}"
    return None
