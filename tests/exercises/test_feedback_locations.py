"""The feedback page groups rows by their structured location, with the titles it always had."""

import copy

import pytest

from exercises import scoring
from exercises.feedback import feedback_sections, location_title
from tests.samples import sample_entry

pytestmark = pytest.mark.django_db


def test_rows_are_grouped_under_person_pair_service_and_extra_titles():
    key = sample_entry()
    entry = copy.deepcopy(key)
    entry["korban"][1]["pendidikan"] = "SLTA"
    entry["kejadian"]["korban"][1]["tempat"] = "SEKOLAH"
    entry["pelaku"][0]["relasi"][1]["hubungan"] = "TETANGGA"
    entry["pelaku"].append({**entry["pelaku"][0], "nama": "Orang Lain", "usia": 20})
    entry["layanan"][0]["lembaga"] = "Lembaga Lain Sekali"
    result = scoring.score_entry(entry, key)
    wrong = {(section.title, row.label) for section in feedback_sections(result, key) for row in section.wrong}
    victim = f"Data Korban 2 · {key['korban'][1]['nama']}"
    assert (victim, "Pendidikan") in wrong and (victim, "Tempat Kejadian") in wrong  # incident rows join their victim
    assert (f"Hubungan Pelaku dengan Korban: pelaku 1 – korban 2 · {key['korban'][1]['nama']}",
            "Hubungan dengan Korban") in wrong
    assert ("Layanan 1", "Lembaga Pemberi Layanan") in wrong
    assert any(title.endswith("(pelaku)") for title, _ in wrong)


def test_case_level_rows_take_their_section_title():
    key = sample_entry()
    row = next(r for r in scoring.score_entry(key, key)["rows"] if r["section"] == "registrasi")
    assert location_title(row, key) == "Registrasi / Pengaduan"
