"""Scoring judges what the trainee was asked: realistic entries a careful trainee makes, and the form's age rules."""

import copy
import datetime as dt

from exercises import scoring
from exercises.entry import validate_entry
from tests.samples import sample_entry

TODAY = dt.date(2026, 12, 1)


def result_of(entry, key):
    return scoring.score_entry(entry, key, pass_mark=80)


def errors(entry, key):
    return {(r["section"], r["field"], tuple(sorted(r["location"].items()))): r["error"]
            for r in result_of(entry, key)["rows"] if r["error"]}


def online_grooming_key():
    """An online grooming case: the place is "Lainnya" with the document's own wording."""
    key = sample_entry()
    key["kejadian"]["korban"][0].update(tempat="LAINNYA", tempat_lainnya="Dunia maya (media sosial)")
    return key


def test_lainnya_worded_differently_scores_full_and_passes():
    key = online_grooming_key()
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][0]["tempat_lainnya"] = "dunia maya"
    entry["pelaku"][0]["relasi"][1]["hubungan_lainnya"] = "pacar ibu"  # key: "Pacar ibu korban"
    result = result_of(entry, key)
    assert result["percent"] == 100 and result["passed"] and result["critical_errors"] == 0


def test_a_wrong_lainnya_detail_costs_only_its_small_weight_and_is_never_critical():
    key = online_grooming_key()
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][0]["tempat_lainnya"] = "kebun tetangga"
    result = result_of(entry, key)
    (row,) = [r for r in result["rows"] if r["error"]]
    assert row["field"] == "tempat_lainnya" and not row["critical"] and row["max"] == scoring.OTHER_DETAIL_WEIGHT
    assert result["passed"] and 99 <= result["percent"] < 100


def test_the_lainnya_code_still_decides_a_critical_field():
    key = online_grooming_key()
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][0].update(tempat="SEKOLAH", tempat_lainnya="")
    found = errors(entry, key)
    assert found[("kejadian_korban", "tempat", (("victim", 0),))] == scoring.SALAH_PILIH
    assert found[("kejadian_korban", "tempat_lainnya", (("victim", 0),))] == scoring.KOSONG
    assert result_of(entry, key)["critical_errors"] == 1


def test_other_detail_mark_is_lenient_on_wording_not_on_meaning():
    assert scoring.other_detail_mark("Pacar  ibu", "pacar ibu korban").error is None
    assert scoring.other_detail_mark("calo TKI", "Calo tenaga kerja").error == scoring.FORMAT
    assert scoring.other_detail_mark("guru ngaji", "Calo tenaga kerja").error == scoring.SALAH_PILIH
    assert scoring.other_detail_mark("", "Calo tenaga kerja").error == scoring.KOSONG


def test_age_entered_beside_the_birth_date_is_no_error_when_they_agree():
    key = sample_entry()  # victim 1 born 2010-03-12, reported 2024-03-14: 14 years
    for age in (13, 14, 15):
        entry = copy.deepcopy(key)
        entry["korban"][0]["usia"] = age
        assert result_of(entry, key)["percent"] == 100, age
    entry = copy.deepcopy(key)
    entry["korban"][0]["usia"] = 40
    assert errors(entry, key) == {("korban", "usia", (("victim", 0),)): scoring.TIDAK_PERLU}


def test_a_birth_date_read_off_the_nik_beside_the_keys_age_passes():
    key = sample_entry()  # victim 2: Usia 8 only
    entry = copy.deepcopy(key)
    entry["korban"][1]["tanggal_lahir"] = "2015-06-01"  # 8 at the report date
    assert result_of(entry, key)["percent"] == 100
    entry["korban"][1]["usia"] = None  # the birth date alone answers the age too
    assert result_of(entry, key)["percent"] == 100
    entry["korban"][1]["tanggal_lahir"] = "2009-06-01"  # 14: the age is wrong, the birth date not needed
    found = errors(entry, key)
    assert found[("korban", "tanggal_lahir", (("victim", 1),))] == scoring.TIDAK_PERLU
    assert found[("korban", "usia", (("victim", 1),))] == scoring.KOSONG


def korban_errors(entry, row=0):
    return {name: [str(e) for e in messages]
            for name, messages in validate_entry(entry, today=TODAY).get("korban", {}).get(f"korban-{row}", {}).items()}


def test_the_form_refuses_a_birth_date_and_age_that_disagree_at_both_fields():
    entry = sample_entry()
    entry["korban"][0]["usia"] = 40  # born 2010
    found = korban_errors(entry)
    assert "tanggal_lahir" in found and "usia" in found
    assert "40" in found["usia"][0] and "14" in found["usia"][0]


def test_the_form_accepts_a_birth_date_and_age_that_agree():
    entry = sample_entry()
    entry["korban"][0]["usia"] = 13
    assert validate_entry(entry, today=TODAY) == {}


def test_the_form_refuses_a_nik_that_disagrees_with_the_typed_age_at_both_fields():
    entry = sample_entry()
    entry["korban"][0].update(tanggal_lahir=None, usia=30)  # NIK: born 12-03-10
    found = korban_errors(entry)
    assert "nik" in found and "usia" in found
    entry["korban"][0]["usia"] = 14
    assert validate_entry(entry, today=TODAY) == {}
