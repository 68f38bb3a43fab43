import datetime as dt

import pytest

from exercises import derive


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (dt.date(2010, 3, 12), dt.date(2024, 3, 11), 13),
        (dt.date(2010, 3, 12), dt.date(2024, 3, 12), 14),
        (dt.date(2008, 2, 29), dt.date(2026, 2, 28), 17),
        (dt.date(2008, 2, 29), dt.date(2026, 3, 1), 18),
    ],
)
def test_age_on(birth, on, age):
    assert derive.age_on(birth, on) == age


@pytest.mark.parametrize(
    ("age", "group", "status"),
    [(0, "0-5", "ANAK"), (5, "0-5", "ANAK"), (6, "6-12", "ANAK"), (17, "13-17", "ANAK"),
     (18, "18-24", "DEWASA"), (44, "25-44", "DEWASA"), (59, "45-59", "DEWASA"), (60, "60+", "DEWASA")],
)
def test_age_group_and_status(age, group, status):
    assert derive.age_group(age) == group
    assert derive.status_usia(age) == status


def test_child_until_the_eighteenth_birthday_at_the_incident():
    birth = dt.date(2006, 6, 1)
    assert derive.derived(birth_date=birth, age=None, on=dt.date(2024, 5, 31))["status_usia"] == "ANAK"
    assert derive.derived(birth_date=birth, age=None, on=dt.date(2024, 6, 1))["status_usia"] == "DEWASA"


def test_age_in_years_is_used_when_birth_date_is_unknown():
    assert derive.derived(birth_date=None, age=8, on=dt.date(2024, 1, 1)) == {
        "usia": 8, "kelompok_umur": "6-12", "status_usia": "ANAK"}
    assert derive.derived(birth_date=None, age=None, on=dt.date(2024, 1, 1)) is None
