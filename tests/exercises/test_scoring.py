"""Scoring properties on generated cases, and one test per error type."""

import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exercises import scoring
from exercises.fields import Kind, Section, section_fields
from exercises.generator import generate_case
from exercises.shape import Location
from tests.samples import sample_entry

difficulties = st.sampled_from(["dasar", "menengah", "mahir"])
seeds = st.integers(min_value=0, max_value=10_000)


def key_for(seed, difficulty):
    return generate_case(seed=seed, difficulty=difficulty).key


def score(entry, key):
    return scoring.score_entry(entry, key, pass_mark=80)["percent"]


def errors_of(entry, key):
    return {(r["section"], r["field"], Location.from_row(r)): r["error"]
            for r in scoring.score_entry(entry, key)["rows"] if r["error"]}


def wrong_value(spec, value):
    """A plausible wrong value of the same kind."""
    if spec.kind is Kind.CODE:
        return next(code for code, _ in spec.vocab.items if code != value and code not in ("", "NA"))
    if spec.kind is Kind.MULTICODE:
        other = next(code for code, _ in spec.vocab.items if code not in value)
        return sorted(value[:-1] + [other]) if value else [other]
    if spec.kind is Kind.DATE:
        # an empty birth date gets one no typed age agrees with (both agreeing is no error)
        return (dt.date.fromisoformat(value) - dt.timedelta(days=400)).isoformat() if value else "1930-01-01"
    if spec.kind is Kind.BOOL:
        return not value
    if spec.kind is Kind.AGE:  # an age beside a birth date it agrees with is no error: this one never agrees
        return value + 3 if value is not None else 110
    if spec.kind is Kind.REGION:
        return "31.71.01.1001"
    if spec.kind is Kind.NIK:
        return "3173014101900001"
    if spec.kind is Kind.PHONE:
        return "+6281399990000"
    return "Xyzzy Qwerty"


def scored_paths(key):
    """(path to a row dict, spec) for every scored field of every section the key has."""
    paths = [(("registrasi",), s) for s in section_fields(Section.REGISTRASI)]
    paths += [(("pelapor",), s) for s in section_fields(Section.PELAPOR)]
    paths += [(("korban", i), s) for i in range(len(key["korban"])) for s in section_fields(Section.KORBAN)]
    paths += [(("pelaku", i), s) for i in range(len(key["pelaku"])) for s in section_fields(Section.PELAKU)]
    paths += [(("pelaku", i, "relasi", j), s) for i, p in enumerate(key["pelaku"]) for j in range(len(p["relasi"]))
              for s in section_fields(Section.RELASI)]
    paths += [(("kejadian",), s) for s in section_fields(Section.KEJADIAN)]
    paths += [(("kejadian", "korban", i), s) for i in range(len(key["kejadian"]["korban"]))
              for s in section_fields(Section.KEJADIAN_KORBAN)]
    paths += [(("layanan", i), s) for i in range(len(key["layanan"])) for s in section_fields(Section.LAYANAN)]
    return [(p, s) for p, s in paths if s.scored]


def row_at(entry, path):
    target = entry
    for step in path:
        target = target[step]
    return target


@settings(max_examples=40, deadline=None)
@given(seed=seeds, difficulty=difficulties)
def test_the_key_itself_scores_100_and_passes(seed, difficulty):
    key = key_for(seed, difficulty)
    result = scoring.score_entry(copy.deepcopy(key), key, pass_mark=100)
    assert result["percent"] == 100 and result["passed"] and result["errors"] == 0


@settings(max_examples=25, deadline=None)
@given(seed=seeds, difficulty=difficulties)
def test_an_empty_entry_scores_zero(seed, difficulty):
    key = key_for(seed, difficulty)
    assert score({}, key) == 0
    assert score({"korban": [], "pelaku": [], "layanan": [], "kejadian": {}}, key) == 0


@settings(max_examples=12, deadline=None)
@given(seed=seeds, difficulty=difficulties)
def test_every_single_field_mutation_lowers_the_score(seed, difficulty):
    key = key_for(seed, difficulty)
    for path, spec in scored_paths(key):
        entry = copy.deepcopy(key)
        row = row_at(entry, path)
        row[spec.name] = wrong_value(spec, row.get(spec.name))
        assert score(entry, key) < 100, (path, spec.name)


@settings(max_examples=12, deadline=None)
@given(seed=seeds, difficulty=difficulties, data=st.data())
def test_a_further_error_never_raises_the_score(seed, difficulty, data):
    key = key_for(seed, difficulty)
    paths = scored_paths(key)
    chosen = data.draw(st.lists(st.sampled_from(paths), min_size=2, max_size=6, unique_by=lambda p: (p[0], p[1].name)))
    entry = copy.deepcopy(key)
    last = score(entry, key)
    for path, spec in chosen:
        row = row_at(entry, path)
        row[spec.name] = wrong_value(spec, row.get(spec.name))
        now = score(entry, key)
        assert now <= last
        last = now


@settings(max_examples=30, deadline=None)
@given(seed=seeds, difficulty=difficulties, data=st.data())
def test_order_of_people_and_choices_and_name_case_change_nothing(seed, difficulty, data):
    key = key_for(seed, difficulty)
    entry = copy.deepcopy(key)
    victims = list(range(len(entry["korban"])))
    order = data.draw(st.permutations(victims))
    position = {old: new for new, old in enumerate(order)}
    entry["korban"] = [entry["korban"][i] for i in order]
    entry["kejadian"]["korban"] = [entry["kejadian"]["korban"][i] for i in order]
    for person in entry["pelaku"]:
        person["relasi"] = [person["relasi"][i] for i in order]
    for service in entry["layanan"]:
        service["korban"] = position[service["korban"]]
    entry["pelaku"] = list(reversed(entry["pelaku"]))
    entry["layanan"] = list(reversed(entry["layanan"]))
    for row in entry["kejadian"]["korban"]:
        row["bentuk"] = list(reversed(row["bentuk"]))
    for victim in entry["korban"]:
        victim["nama"] = "  " + victim["nama"].upper().replace(" ", "   ") + " "
    assert score(entry, key) == 100


@pytest.fixture
def key():
    return sample_entry()


def test_missing_value_is_kosong(key):
    entry = copy.deepcopy(key)
    entry["registrasi"]["kanal_pengaduan"] = ""
    assert errors_of(entry, key) == {("registrasi", "kanal_pengaduan", Location(Section.REGISTRASI)): scoring.KOSONG}


def test_wrong_option_is_salah_pilih(key):
    entry = copy.deepcopy(key)
    entry["registrasi"]["kanal_pengaduan"] = "SURAT"
    assert errors_of(entry, key) == {("registrasi", "kanal_pengaduan", Location(Section.REGISTRASI)): scoring.SALAH_PILIH}


def test_one_typo_in_a_name_is_format_with_partial_credit(key):
    entry = copy.deepcopy(key)
    entry["korban"][0]["nama"] = "Rina Lestar"
    result = scoring.score_entry(entry, key)
    row = next(r for r in result["rows"] if r["field"] == "nama" and r["section"] == "korban" and r["error"])
    assert row["error"] == scoring.FORMAT and 0 < row["points"] < row["max"]


def test_a_nik_with_two_adjacent_digits_swapped_is_digit_tertukar(key):
    entry = copy.deepcopy(key)
    nik = key["korban"][0]["nik"]
    entry["korban"][0]["nik"] = nik[:5] + nik[6] + nik[5] + nik[7:]
    assert errors_of(entry, key) == {("korban", "nik", Location(Section.KORBAN, victim=0)): scoring.DIGIT_TERTUKAR}


def test_a_short_nik_is_format(key):
    entry = copy.deepcopy(key)
    entry["korban"][0]["nik"] = "367201520310"
    assert errors_of(entry, key) == {("korban", "nik", Location(Section.KORBAN, victim=0)): scoring.FORMAT}


def test_day_and_month_swapped_is_tanggal_tertukar(key):
    entry = copy.deepcopy(key)
    entry["kejadian"]["tanggal_kejadian"] = "2024-10-03"  # key: 2024-03-10
    assert errors_of(entry, key) == {("kejadian", "tanggal_kejadian", Location(Section.KEJADIAN)): scoring.TANGGAL_TERTUKAR}


def test_a_date_off_by_a_few_days_is_tanggal_bergeser(key):
    entry = copy.deepcopy(key)
    entry["kejadian"]["tanggal_kejadian"] = "2024-03-14"  # the report date, 4 days later
    assert errors_of(entry, key) == {("kejadian", "tanggal_kejadian", Location(Section.KEJADIAN)): scoring.TANGGAL_BERGESER}


def test_a_value_of_the_other_victim_is_data_tertukar(key):
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][0]["bentuk"] = ["PENELANTARAN"]  # victim 2's forms
    assert errors_of(entry, key) == {("kejadian_korban", "bentuk", Location(Section.KEJADIAN_KORBAN, victim=0)): scoring.DATA_TERTUKAR}


def test_a_value_the_document_does_not_give_is_tidak_perlu(key):
    entry = copy.deepcopy(key)
    entry["korban"][1]["nik"] = "3672015203100007"
    result = scoring.score_entry(entry, key)
    assert errors_of(entry, key) == {("korban", "nik", Location(Section.KORBAN, victim=1)): scoring.TIDAK_PERLU}
    assert result["penalty"] > 0


def test_an_extra_person_is_tidak_perlu_and_a_missing_one_kurang(key):
    entry = copy.deepcopy(key)
    entry["pelaku"].append({**entry["pelaku"][0], "nama": "Orang Lain", "usia": 20})
    assert set(errors_of(entry, key).values()) == {scoring.TIDAK_PERLU}
    entry = copy.deepcopy(key)
    del entry["korban"][1]
    del entry["kejadian"]["korban"][1]
    for person in entry["pelaku"]:
        del person["relasi"][1]
    entry["layanan"] = [s for s in entry["layanan"] if s["korban"] == 0]
    kinds = set(errors_of(entry, key).values())
    assert scoring.KURANG in kinds and kinds <= {scoring.KURANG}


def test_phone_numbers_compare_after_normalisation(key):
    entry = copy.deepcopy(key)
    entry["pelapor"]["no_hp"] = "0812-3456-7890"
    assert errors_of(entry, key) == {}


def test_multi_choice_gets_partial_credit_by_overlap(key):
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][0]["bentuk"] = ["FISIK"]  # key: FISIK, PSIKIS
    row = next(r for r in scoring.score_entry(entry, key)["rows"] if r["field"] == "bentuk" and r["location"] == {"victim": 0})
    assert row["points"] == pytest.approx(row["max"] / 2)


def test_a_critical_error_fails_even_above_the_pass_mark(key):
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][1]["tempat"] = "SEKOLAH"
    result = scoring.score_entry(entry, key, pass_mark=50)
    assert result["percent"] > 50 and result["critical_errors"] == 1 and not result["passed"]


def test_kronologi_is_not_scored(key):
    entry = copy.deepcopy(key)
    entry["kejadian"]["kronologi"] = "Sesuatu yang lain sama sekali"
    assert score(entry, key) == 100


@pytest.mark.parametrize(("a", "b", "expected"), [("rina", "rina", False), ("rina", "rin", True), ("rina", "riana", True),
                                                  ("rina", "rino", True), ("rina", "ro", False), ("ab", "ba", False)])
def test_within_one_edit(a, b, expected):
    assert scoring.within_one_edit(a, b) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [("1234", "1243", True), ("1234", "2134", True), ("1234", "1324", True),
                                                  ("1234", "4231", False), ("1234", "1234", False), ("1234", "123", False)])
def test_is_transposition(a, b, expected):
    assert scoring.is_transposition(a, b) is expected


def test_an_age_of_zero_is_a_value(key):
    key = copy.deepcopy(key)
    key["korban"][1]["usia"] = 0
    entry = copy.deepcopy(key)
    assert score(entry, key) == 100
    entry["korban"][1]["usia"] = None
    assert errors_of(entry, key) == {("korban", "usia", Location(Section.KORBAN, victim=1)): scoring.KOSONG}
