"""The heat map's error rates and agreement, and the improvement report, on hand-built attempts."""

import pytest
from django.urls import reverse

from workshops import analysis
from workshops.analysis import agreement_by_field, improvement_from

from .conftest import attempt_make, exercise_make, participant_make

pytestmark = pytest.mark.django_db


def test_agreement_is_the_modal_share_per_location_averaged():
    rows = [
        # case 1, victim 0: 3 of 4 chose "L"; victim 1: 2 of 2 chose "P"
        (1, "korban", "jenis_kelamin", 0, None, None, "L", 3), (1, "korban", "jenis_kelamin", 0, None, None, "P", 1),
        (1, "korban", "jenis_kelamin", 1, None, None, "P", 2),
        # a location entered once says nothing
        (2, "korban", "jenis_kelamin", 0, None, None, "L", 1),
        # an even split: one half
        (1, "kejadian", "tempat", None, None, None, "1", 1), (1, "kejadian", "tempat", None, None, None, "2", 1),
    ]
    found = agreement_by_field(rows)
    assert found[("korban", "jenis_kelamin")] == {"agreement": pytest.approx((0.75 + 1.0) / 2), "locations": 2}
    assert found[("kejadian", "tempat")] == {"agreement": 0.5, "locations": 1}
    assert agreement_by_field([(1, "a", "b", None, None, None, "x", 1)]) == {}


def test_heatmap_on_hand_built_attempts(workshop, practice, other_facilitator):
    case = practice.exercise_cases.first().case
    opd = [participant_make(workshop, kind="opd", name=f"O{i}") for i in range(3)]
    pusk = [participant_make(workshop, kind="puskesmas", name=f"P{i}") for i in range(2)]
    # "kejadian.tempat": OPD all wrong but with different values (ambiguous), Puskesmas right
    for p, value in zip(opd, ["1", "2", "3"], strict=True):
        attempt_make(p.user, practice, case, fields=[("kejadian.tempat", "salah_pilih", value),
                                                     ("korban.usia", "", "30")])
    for p in pusk:
        attempt_make(p.user, practice, case, fields=[("kejadian.tempat", "", "4"), ("korban.usia", "salah_isi", "31")])
    # another workshop's participant on the same case never counts
    other = exercise_make("lain")
    from workshops.services import workshop_create
    elsewhere = workshop_create(creator=other_facilitator, programme=workshop.programme, name="Lain", start_date=workshop.start_date,
                                end_date=workshop.end_date, venue="", organiser="", required_sessions=[],
                                required_exercises=[other], pre_test=None, post_test=None, post_test_threshold=70)
    stranger = participant_make(elsewhere, kind="lsm")
    attempt_make(stranger.user, practice, case, fields=[("kejadian.tempat", "salah_pilih", "9")])
    result = analysis.heatmap(workshop=workshop)
    assert [code for code, _label in result["kinds"]] == ["opd", "puskesmas"]
    rows = {r["field"]: r for r in result["rows"]}
    tempat, usia = rows["kejadian.tempat"], rows["korban.usia"]
    assert (tempat["wrong"], tempat["total"]) == (3, 5) and (usia["wrong"], usia["total"]) == (2, 5)
    assert [c["percent"] for c in tempat["cells"]] == [100, 0]
    assert [c["percent"] for c in usia["cells"]] == [0, 100]
    assert tempat["agreement"] == pytest.approx(2 / 5)  # "4" twice, "1", "2", "3" once each
    assert usia["agreement"] == pytest.approx(3 / 5)
    assert result["rows"][0]["field"] == "kejadian.tempat"  # the most wrong first


def test_heatmap_page_shows_rates_and_agreement(client, workshop, facilitator, practice):
    case = practice.exercise_cases.first().case
    for index, value in enumerate(["1", "1", "2", "1"]):
        p = participant_make(workshop, kind="opd" if index % 2 else "lsm", name=f"X{index}")
        attempt_make(p.user, practice, case, fields=[("kejadian.tempat", "salah_pilih" if value == "2" else "", value)])
    client.force_login(facilitator)
    page = client.get(reverse("workshops:heatmap", args=[workshop.pk])).content.decode()
    assert 'data-field="kejadian.kejadian.tempat"' in page or "kejadian.tempat" in page
    assert "75%" in page  # agreement: three of four chose "1"
    assert "LSM" in page and "OPD" in page
    picked = client.get(reverse("workshops:heatmap", args=[workshop.pk]) + f"?latihan={workshop.pre_test_id}")
    assert "kejadian.tempat" not in picked.content.decode()
    assert client.get(reverse("workshops:heatmap", args=[workshop.pk]) + "?latihan=xyz").status_code == 200
    room_page = client.get(reverse("workshops:room", args=[workshop.pk])).content.decode()
    assert "Kolom yang paling sering salah" in room_page and "75%" in room_page


class P:
    def __init__(self, user_id):
        self.user_id = user_id


def test_improvement_from_hand_made_rows():
    fields = {
        (1, "pre", "korban", "usia"): (2, 2), (1, "post", "korban", "usia"): (0, 2),
        (1, "pre", "kejadian", "tempat"): (1, 2), (1, "post", "kejadian", "tempat"): (1, 2),
        (1, "pre", "korban", "nik"): (1, 1), (1, "post", "korban", "nik"): (0, 1),
        (2, "pre", "korban", "usia"): (1, 1), (2, "post", "korban", "usia"): (1, 1),
    }
    report = improvement_from(participants=[P(1), P(2), P(3)], pre={1: 40.0, 2: 60.0}, post={1: 90.0, 2: 50.0, 3: 70.0},
                              fields=fields)
    one, two, three = report["people"]
    assert one["change"] == 50.0 and two["change"] == -10.0 and three["change"] is None
    assert [g["key"] for g in one["gains"]] == [("korban", "nik"), ("korban", "usia")]  # both 100 % → 0 %
    assert [w["key"] for w in one["weak"]] == [("kejadian", "tempat")]
    assert two["gains"] == [] and [w["key"] for w in two["weak"]] == [("korban", "usia")]
    assert report["change_mean"] == 20.0 and report["improved"] == 1 and report["compared"] == 2
    assert report["pre_mean"] == 50.0 and report["post_mean"] == 70.0
    # cohort: usia 3/3 → 1/3 wrong, nik 1/1 → 0/1; tempat stays 50 %, usia 33 % (both above 20 %)
    assert [g["key"] for g in report["gains"]] == [("korban", "nik"), ("korban", "usia")]
    assert [w["key"] for w in report["weak"]] == [("kejadian", "tempat"), ("korban", "usia")]


def test_improvement_report_page_on_hand_built_attempts(client, workshop, facilitator, pre_test, post_test):
    better = participant_make(workshop, name="Ani Naik")
    worse = participant_make(workshop, name="Budi Turun")
    attempt_make(better.user, pre_test, score=40, passed=False, fields=[("korban.usia", "salah_isi", "3"),
                                                                       ("kejadian.tempat", "salah_pilih", "2")])
    attempt_make(better.user, post_test, score=90, fields=[("korban.usia", "", "30"),
                                                          ("kejadian.tempat", "salah_pilih", "2")])
    attempt_make(worse.user, pre_test, score=70, passed=False, fields=[("korban.usia", "", "30")])
    attempt_make(worse.user, post_test, score=60, passed=False, fields=[("korban.usia", "salah_isi", "29")])
    report = analysis.improvement(workshop=workshop)
    people = {r["participant"].full_name: r for r in report["people"]}
    assert people["Ani Naik"]["change"] == 50.0 and people["Budi Turun"]["change"] == -10.0
    assert [g["key"] for g in people["Ani Naik"]["gains"]] == [("korban", "korban.usia")]
    assert [w["key"] for w in people["Ani Naik"]["weak"]] == [("kejadian", "kejadian.tempat")]
    assert report["change_mean"] == 20.0
    client.force_login(facilitator)
    page = client.get(reverse("workshops:improvement", args=[workshop.pk])).content.decode()
    assert "+50,0" in page and "-10,0" in page and "data-cohort-weak" in page  # Indonesian decimals
