"""Each rule of the spec: the sample entry passes, one mutation fails at the right field."""

import datetime as dt

import pytest

from exercises import review
from exercises.entry import validate_entry
from tests.samples import sample_entry

TODAY = dt.date(2026, 12, 1)


def errors_at(entry, step, field, row=None):
    errors = validate_entry(entry, today=TODAY).get(step, {})
    if row is not None:
        errors = errors.get(f"{step}-{row}", {})
    return [str(e) for e in errors.get(field, [])]


def test_sample_entry_passes_every_rule():
    assert validate_entry(sample_entry(), today=TODAY) == {}


@pytest.mark.parametrize(
    ("nik", "fragment"),
    [
        ("12345", "tepat 16 digit"),
        ("36720152031000AB", "hanya berisi angka"),
        ("3699015203100007", "bukan kecamatan"),
        ("3672015203100000", "nomor urut"),
    ],
)
def test_nik_structure_rules(nik, fragment):
    entry = sample_entry()
    entry["korban"][0]["nik"] = nik
    assert any(fragment in e for e in errors_at(entry, "korban", "nik", row=0))


def test_nik_plus_forty_must_match_sex():
    entry = sample_entry()
    entry["korban"][0]["jenis_kelamin"] = "L"
    assert any("milik perempuan" in e for e in errors_at(entry, "korban", "nik", row=0))


def test_nik_birth_date_must_match():
    entry = sample_entry()
    entry["korban"][0]["tanggal_lahir"] = "2010-03-13"
    assert any("berbeda dengan tanggal lahir" in e for e in errors_at(entry, "korban", "nik", row=0))


def test_perpetrator_nik_sex_is_checked_too():
    entry = sample_entry()
    entry["pelaku"][0]["nik"] = "3672015203800007"  # a woman's NIK
    assert any("milik perempuan" in e for e in errors_at(entry, "pelaku", "nik", row=0))


def test_birth_date_or_age_is_required():
    entry = sample_entry()
    entry["korban"][1]["usia"] = None
    assert errors_at(entry, "korban", "tanggal_lahir", row=1)


def test_birth_date_cannot_be_after_the_report():
    entry = sample_entry()
    entry["korban"][0].update(tanggal_lahir="2024-03-20", nik="")
    assert any("setelah tanggal lapor" in e for e in errors_at(entry, "korban", "tanggal_lahir", row=0))


def test_report_date_cannot_be_in_the_future():
    entry = sample_entry()
    entry["registrasi"]["tanggal_lapor"] = "2027-01-01"
    assert errors_at(entry, "registrasi", "tanggal_lapor")


def test_incident_cannot_be_after_the_report():
    entry = sample_entry()
    entry["kejadian"]["tanggal_kejadian"] = "2024-03-15"
    assert any("bukan tanggal lapor" in e for e in errors_at(entry, "kejadian", "tanggal_kejadian"))


def test_incident_cannot_be_before_a_victim_was_born():
    entry = sample_entry()
    entry["kejadian"]["tanggal_kejadian"] = "2009-01-01"
    assert any("Rina Lestari lahir" in e for e in errors_at(entry, "kejadian", "tanggal_kejadian"))


def test_service_cannot_be_before_the_report():
    entry = sample_entry()
    entry["layanan"][1]["tanggal"] = "2024-03-13"
    assert errors_at(entry, "layanan", "tanggal", row=1)


@pytest.mark.parametrize(
    ("path", "step", "field", "row"),
    [
        (("registrasi", "unit_layanan"), "registrasi", "unit_layanan_lainnya", None),
        (("pelapor", "hubungan"), "pelapor", "hubungan_lainnya", None),
        (("kejadian", "korban", 0, "tempat"), "kejadian", "v0_tempat_lainnya", None),
    ],
)
def test_lainnya_needs_its_detail(path, step, field, row):
    entry = sample_entry()
    target = entry
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "LAINNYA"
    assert any("Lainnya" in e for e in errors_at(entry, step, field, row=row))
    target[f"{path[-1]}_lainnya"] = "Rumah kos"
    assert not errors_at(entry, step, field, row=row)


def test_lainnya_in_a_multi_choice_needs_its_detail():
    entry = sample_entry()
    entry["kejadian"]["korban"][0]["bentuk"] = ["FISIK", "LAINNYA"]
    assert errors_at(entry, "kejadian", "v0_bentuk_lainnya")


def test_relationship_lainnya_needs_its_detail():
    entry = sample_entry()
    entry["pelaku"][0]["relasi"][1]["hubungan_lainnya"] = ""
    assert errors_at(entry, "pelaku", "v1_hubungan_lainnya", row=0)


def test_disability_needs_a_type():
    entry = sample_entry()
    entry["korban"][1]["jenis_disabilitas"] = []
    assert any("minimal satu jenis" in e for e in errors_at(entry, "korban", "jenis_disabilitas", row=1))


def test_disability_type_without_disability_is_flagged():
    entry = sample_entry()
    entry["korban"][1]["disabilitas"] = False
    assert errors_at(entry, "korban", "disabilitas", row=1)


def test_wna_needs_a_country():
    entry = sample_entry()
    entry["korban"][1]["kewarganegaraan"] = "WNA"
    assert any("negaranya" in e for e in errors_at(entry, "korban", "negara", row=1))
    entry["korban"][1]["negara"] = "Malaysia"
    assert validate_entry(entry, today=TODAY) == {}


def test_incident_abroad_needs_a_country_and_no_region():
    entry = sample_entry()
    entry["kejadian"].update(luar_negeri=True, wilayah="")
    assert errors_at(entry, "kejadian", "negara")
    entry["kejadian"]["negara"] = "Malaysia"
    assert validate_entry(entry, today=TODAY) == {}


def test_region_must_be_a_chain():
    entry = sample_entry()
    # The kelurahan exists, but not in the kecamatan chosen above it.
    from exercises.entry import step_data_from_entry
    from exercises.entry import bind_step
    from django.utils.datastructures import MultiValueDict

    data = step_data_from_entry(entry)["korban"]
    data["korban-0-wilayah_2"] = ["36.72.02"]
    form = bind_step("korban", MultiValueDict(data), entry=entry, today=TODAY)
    assert not form.is_valid()
    assert "wilayah" in form.errors[0]


def test_phone_must_be_an_indonesian_mobile():
    entry = sample_entry()
    entry["pelapor"]["no_hp"] = "021-555-1234"
    assert errors_at(entry, "pelapor", "no_hp")
    entry["pelapor"]["no_hp"] = "0812 3456 7890"
    assert not errors_at(entry, "pelapor", "no_hp")


def test_adult_male_victim_warns_but_does_not_block():
    entry = sample_entry()
    entry["korban"][1].update(jenis_kelamin="L", usia=35, pendidikan="SLTA", pekerjaan="SWASTA_BURUH")
    assert validate_entry(entry, today=TODAY) == {}
    warnings = review.entry_warnings(entry)
    assert len(warnings) == 1 and "Dewi Lestari" in warnings[0]
    assert review.entry_warnings(sample_entry()) == []


def test_a_case_needs_at_least_one_victim():
    entry = sample_entry()
    entry["korban"] = []
    assert "korban" in validate_entry(entry, today=TODAY)


def test_each_victim_needs_a_form_of_violence_and_a_place():
    entry = sample_entry()
    entry["kejadian"]["korban"][1].update(bentuk=[], tempat="")
    assert errors_at(entry, "kejadian", "v1_bentuk")
    assert errors_at(entry, "kejadian", "v1_tempat")


def test_reporter_who_is_the_victim_needs_no_reporter_fields():
    entry = sample_entry()
    entry["pelapor"] = {"pelapor_korban": True, "nama": "", "no_hp": "12", "hubungan": ""}
    assert validate_entry(entry, today=TODAY) == {}
    entry["pelapor"] = {"pelapor_korban": False, "nama": "", "hubungan": ""}
    assert errors_at(entry, "pelapor", "nama") and errors_at(entry, "pelapor", "hubungan")


def test_reporter_who_is_the_victim_keeps_no_stale_reporter_data():
    from django.utils.datastructures import MultiValueDict

    from exercises.entry import bind_step

    form = bind_step("pelapor", MultiValueDict({"pelapor-pelapor_korban": ["on"], "pelapor-nama": ["Lama"],
                                                 "pelapor-no_hp": ["12"]}), entry={}, today=TODAY)
    assert form.is_valid()
    part = form.entry_part()["pelapor"]
    assert part["nama"] == "" and part["no_hp"] == "" and part["hubungan"] == "DIRI_SENDIRI"


def test_kdrt_is_suggested_from_the_relationship_and_can_be_unticked():
    from exercises.entry import bind_step

    entry = sample_entry()
    form = bind_step("kejadian", None, entry=entry, today=TODAY)
    assert form.fields["v0_kdrt"].initial is True  # victim 1: her father
    assert not form.fields["v1_kdrt"].initial  # victim 2: "Lainnya" (her mother's boyfriend)
    entry["pelaku"][0]["relasi"] = [{"hubungan": "TETANGGA", "hubungan_lainnya": ""}] * 2
    form = bind_step("kejadian", None, entry=entry, today=TODAY)
    assert not form.fields["v0_kdrt"].initial
    entry["kejadian"]["korban"][0]["kdrt"] = False
    assert validate_entry(entry, today=TODAY) == {}  # a suggestion never blocks
