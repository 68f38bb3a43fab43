import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exercises import nik

BIRTH = dt.date(2010, 3, 12)


def test_compose_encodes_sex_with_plus_forty():
    assert nik.compose(district="36.72.01", birth_date=BIRTH, sex="P", serial=7) == "3672015203100007"
    assert nik.compose(district="36.72.01", birth_date=BIRTH, sex="L", serial=7) == "3672011203100007"


@pytest.mark.parametrize("value", ["3672015203100007", "3672 0152 0310 0007", "3672.0152.0310.0007"])
def test_valid_nik_has_no_problems(value):
    assert nik.nik_problems(value, sex="P", birth_date=BIRTH) == []


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("36720152031O0007", "format"),  # a letter O for a zero
        ("367201520310007", "length"),
        ("36720152031000070", "length"),
        ("9972015203100007", "region"),  # province 99 does not exist
        ("3672995203100007", "region"),  # no kecamatan 99 in Kota Cilegon
        ("3672017203100007", "birth_date"),  # day 72 - 40 = 32
        ("3672015213100007", "birth_date"),  # month 13
        ("3672015203100000", "serial"),
    ],
)
def test_structure_problems(value, code):
    assert [p.code for p in nik.nik_problems(value)] == [code]


def test_sex_must_agree_with_plus_forty():
    assert [p.code for p in nik.nik_problems("3672015203100007", sex="L", birth_date=BIRTH)] == ["sex"]
    assert [p.code for p in nik.nik_problems("3672011203100007", sex="P", birth_date=BIRTH)] == ["sex"]


def test_birth_date_must_agree():
    problems = nik.nik_problems("3672015203100007", sex="P", birth_date=dt.date(2010, 3, 13))
    assert [p.code for p in problems] == ["birth_date_mismatch"]
    assert "12-03-10" in problems[0].message


def test_region_is_not_checked_against_the_current_address():
    # A NIK issued in Kota Serang (36.73.01) is fine for someone now living in Cilegon.
    value = nik.compose(district="36.73.01", birth_date=BIRTH, sex="P", serial=12)
    assert nik.nik_problems(value, sex="P", birth_date=BIRTH) == []


@given(st.text(max_size=40))
def test_any_text_gives_problems_or_none_without_crashing(value):
    problems = nik.nik_problems(value, sex="P", birth_date=BIRTH)
    assert all(p.message for p in problems)


@given(
    birth=st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2025, 12, 31)),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(min_value=1, max_value=9999),
)
def test_composed_niks_always_validate(birth, sex, serial):
    value = nik.compose(district="36.72.05", birth_date=birth, sex=sex, serial=serial)
    assert nik.nik_problems(value, sex=sex, birth_date=birth) == []


def _hand_parsed_birth(nik16: str):
    """The hand parser this module had before it read the structure with lokal.parse_nik."""
    day, month, yy = int(nik16[6:8]), int(nik16[8:10]), int(nik16[10:12])
    sex = "P" if day > 40 else "L"
    day -= 40 if sex == "P" else 0
    try:
        dt.date(2000 + yy, month, day)
    except ValueError:
        return None
    return day, month, yy, sex


@given(st.from_regex(r"36720[1-5][0-7][0-9][01][0-9][0-9]{2}[0-9]{4}", fullmatch=True))
def test_the_library_reads_birth_and_sex_as_the_hand_parser_did(value):
    assert nik.encoded_birth(value) == _hand_parsed_birth(value)
    birth_problem = "birth_date" in [p.code for p in nik.structure_problems(value)]
    assert birth_problem == (_hand_parsed_birth(value) is None)


def test_a_leap_day_in_the_nik_is_a_real_date():
    assert nik.encoded_birth("3672016902000007") == (29, 2, 0, "P")
    assert [p.code for p in nik.structure_problems("3672012902970007")] == ["birth_date"]
