"""Feedback that teaches: one row per missing person or service, and a "why" on every wrong row."""

import copy

import pytest

from exercises import scoring
from exercises.feedback import feedback_sections
from tests.samples import sample_entry

pytestmark = pytest.mark.django_db  # lesson links are read from the learning site


def wrong_rows(entry, key):
    return [(section.title, row) for section in feedback_sections(scoring.score_entry(entry, key), key)
            for row in section.wrong]


def test_one_missing_service_is_one_row_saying_what_is_missing():
    key = sample_entry()
    entry = copy.deepcopy(key)
    del entry["layanan"][1]  # the health service of victim 1
    rows = wrong_rows(entry, key)
    assert len(rows) == 1
    title, row = rows[0]
    assert row.error == scoring.KURANG and row.label == "Satu layanan tidak ada dalam isian"
    assert row.expected == "Layanan Kesehatan" or "Kesehatan" in row.expected
    assert row.max == 1 + 1 + 1 + 1  # jenis, tanggal, lembaga, rujukan: the points at stake are unchanged


def test_one_missing_victim_is_one_row_with_all_her_points_at_stake():
    key = sample_entry()
    entry = copy.deepcopy(key)
    del entry["korban"][1]
    del entry["kejadian"]["korban"][1]
    for person in entry["pelaku"]:
        del person["relasi"][1]
    entry["layanan"] = [s for s in entry["layanan"] if s["korban"] == 0]
    result = scoring.score_entry(entry, key)
    missing = [r for r in result["rows"] if r["error"] == scoring.KURANG]
    kinds = {(r["section"], r["field"]) for r in missing}
    assert kinds == {("korban", scoring.MISSING_FIELD), ("layanan", scoring.MISSING_FIELD)}
    victim_row = next(r for r in missing if r["section"] == "korban")
    assert victim_row["expected"] == "Dewi Lestari" and victim_row["critical"]
    assert result["total"] == scoring.score_entry(key, key)["total"]  # nothing at stake is lost


def test_every_wrong_row_says_why_including_tidak_perlu():
    key = sample_entry()
    entry = copy.deepcopy(key)
    entry["korban"][1]["nik"] = "3672015203100007"  # the document gives Dewi no NIK
    entry["korban"][0]["nama"] = "Rina Lestar"
    entry["registrasi"]["kanal_pengaduan"] = "SURAT"
    entry["pelaku"].append({**entry["pelaku"][0], "nama": "Orang Lain", "usia": 20})
    rows = wrong_rows(entry, key)
    assert len(rows) == 4 and all(row.why for _, row in rows)
    nik = next(row for _, row in rows if row.error == scoring.TIDAK_PERLU and row.label == "NIK")
    assert nik.why == "Dokumen tidak menyebut NIK: biarkan kosong."
