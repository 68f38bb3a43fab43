"""How generated documents write dates and phone numbers.

Version 3 says facts in prose (words.py) and never writes a weekday; the version 2 word
lists that lived here (relationship words, form names, school words, weekday dates) are gone:
stored cases keep their text and key, and scoring reads the key, not these words.
"""

from __future__ import annotations

import datetime as dt

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")


def date_figures(day: dt.date, sep: str = "-") -> str:
    """"12-03-2024" or "12/03/2024"."""
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def phone_words(rng, e164: str) -> str:
    national = "0" + e164[3:]
    style = rng.randrange(3)
    if style == 0:
        return f"{national[:4]}-{national[4:8]}-{national[8:]}"
    if style == 1:
        return national
    return f"+62 {e164[3:6]}-{e164[6:10]}-{e164[10:]}"
