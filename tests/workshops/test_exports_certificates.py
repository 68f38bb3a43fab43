"""Exports read back with openpyxl, certificates and their public check, and purge_workshop."""

import csv
import datetime as dt
import io
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from openpyxl import load_workbook

from exercises.models import FieldResult
from workshops.models import Attendance, Certificate, Participant

from .conftest import attempt_make, exercise_pass, participant_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(workshop, sessions, practice, pre_test, post_test):
    participant = participant_make(workshop, name="Siti Lulus", kind="rumah_sakit")
    for session in sessions[:2]:
        Attendance.objects.create(participant=participant, session=session, method="manual",
                                  checked_in_at=participant.joined_at)
    exercise_pass(participant.user, practice)
    attempt_make(participant.user, pre_test, score=45.5, passed=False,
                 fields=[("korban.nik", "digit_tertukar", "3672"), ("kejadian.bentuk", "", "FISIK")])
    attempt_make(participant.user, post_test, score=88)
    type(post_test).objects.filter(pk=post_test.pk).update(feedback_released=True)  # trainees see it now
    return participant


@pytest.fixture
def not_completed(workshop):
    return participant_make(workshop, name="Budi Belum", kind="opd")


def test_xlsx_keeps_numbers_as_numbers_and_dates_as_dates(client, facilitator, workshop, completed, not_completed):
    client.force_login(facilitator)
    response = client.get(reverse("workshops:export", args=[workshop.pk, "semua", "xlsx"]))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd.openxml")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Peserta", "Kehadiran", "Percobaan", "Kelulusan", "Ringkasan institusi"]
    attempts = list(book["Percobaan"].iter_rows(values_only=True))
    header, rows = attempts[0], attempts[1:]
    score = header.index("Skor (%)")
    assert sorted(r[score] for r in rows) == [45.5, 88, 100, 100]
    assert all(isinstance(r[score], (int, float)) for r in rows)
    assert all(isinstance(r[header.index("Mulai")], dt.datetime) for r in rows)
    attendance = list(book["Kehadiran"].iter_rows(values_only=True))
    assert isinstance(attendance[1][4], dt.datetime) and attendance[1][4].date() == workshop.start_date
    completion = {r[0]: r for r in book["Kelulusan"].iter_rows(min_row=2, values_only=True)}
    assert completion["Siti Lulus"][-1] is True and completion["Budi Belum"][-1] is False
    assert completion["Siti Lulus"][7] == 45.5
    summary = {r[0]: r for r in book["Ringkasan institusi"].iter_rows(min_row=2, values_only=True)}
    assert summary["Rumah Sakit"][1:3] == (1, 1) and summary["OPD"][1:3] == (1, 0)


def test_field_results_are_exported_from_their_rows(client, facilitator, workshop, completed):
    client.force_login(facilitator)
    content = client.get(reverse("workshops:export", args=[workshop.pk, "hasil-kolom", "csv"])).content
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0][5] == "Kolom" and {r[5] for r in rows[1:]} == {"korban.nik", "kejadian.bentuk"}
    assert {r[9] for r in rows[1:]} == {"digit_tertukar", ""}
    book = load_workbook(io.BytesIO(client.get(reverse("workshops:export", args=[workshop.pk, "hasil-kolom",
                                                                                 "xlsx"])).content))
    points = [r[10] for r in book.active.iter_rows(min_row=2, values_only=True)]
    assert sorted(points) == [0, 1]


@pytest.mark.parametrize("kind", ["peserta", "kehadiran", "percobaan", "kelulusan", "institusi"])
def test_every_csv_export_has_a_header_and_a_row(client, facilitator, workshop, completed, kind):
    client.force_login(facilitator)
    response = client.get(reverse("workshops:export", args=[workshop.pk, kind, "csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response.status_code == 200 and len(rows) >= 2


def test_an_unknown_export_is_not_found(client, facilitator, workshop):
    client.force_login(facilitator)
    assert client.get(f"/lokakarya/{workshop.pk}/ekspor/rahasia.csv").status_code == 404
    assert client.get(f"/lokakarya/{workshop.pk}/ekspor/peserta.pdf").status_code == 404
    assert client.get(f"/lokakarya/{workshop.pk}/ekspor/semua.csv").status_code == 404


def test_a_completed_participant_downloads_a_certificate_the_public_page_verifies(client, workshop, completed):
    client.force_login(completed.user)
    home = client.get(reverse("workshops:home")).content.decode()
    assert "data-certificate" in home
    response = client.get(reverse("workshops:certificate", args=[workshop.pk]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    certificate = Certificate.objects.get()
    assert certificate.code.encode() in response.content or len(response.content) > 1000
    client.logout()
    page = client.get(reverse("workshops:verify", args=[certificate.code]))
    text = page.content.decode()
    assert page.status_code == 200 and 'data-verdict="valid"' in text
    assert "Siti Lulus" in text and "Lokakarya Cilegon" in text
    assert "Puskesmas" not in text.split("<main")[1] and completed.phone not in text  # nothing else
    again = client.get(reverse("workshops:certificate", args=[workshop.pk]))
    assert again.status_code == 302 or Certificate.objects.count() == 1


def test_a_forged_code_is_not_valid(client, workshop, completed):
    for code in ("ABCDEFGHJKLM", "x" * 40, "<script>"):
        page = client.get(reverse("workshops:verify", args=[code]))
        assert page.status_code == 404 and "tidak valid" in page.content.decode()


def test_no_certificate_before_completion(client, workshop, not_completed):
    client.force_login(not_completed.user)
    response = client.get(reverse("workshops:certificate", args=[workshop.pk]))
    assert response.status_code == 302
    assert "syarat kelulusan" in client.get(response.url).content.decode()
    assert not Certificate.objects.exists()


def test_bulk_zip_holds_the_completed_only(client, facilitator, workshop, completed, not_completed):
    client.force_login(facilitator)
    response = client.get(reverse("workshops:certificates", args=[workshop.pk]))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert len(names) == 1 and Certificate.objects.get().code in names[0]
    assert archive.read(names[0]).startswith(b"%PDF")


def test_purge_anonymises_and_keeps_statistics(workshop, completed, not_completed, capsys):
    user_pk = completed.user_pk if hasattr(completed, "user_pk") else completed.user_id
    results_before = FieldResult.objects.count()
    call_command("purge_workshop", workshop.join_code, "--yes")
    out = capsys.readouterr().out
    assert "2 participants anonymised" in out
    purged = Participant.objects.get(pk=completed.pk)
    assert purged.full_name.startswith("Peserta ") and purged.phone.startswith("anon-")
    assert purged.institution_name == "" and purged.email == "" and purged.institution_type == "rumah_sakit"
    assert purged.user.username == f"anon-{user_pk}" and not purged.user.has_usable_password()
    assert FieldResult.objects.count() == results_before and purged.attendances.count() == 2
    assert purged.user.attempts.filter(score=88).exists()
    with pytest.raises(CommandError, match="already purged"):
        call_command("purge_workshop", workshop.join_code, "--yes")


def test_purge_asks_and_a_no_changes_nothing(workshop, completed, monkeypatch, capsys):
    monkeypatch.setattr("builtins.input", lambda prompt: "tidak")
    call_command("purge_workshop", workshop.join_code)
    assert "Nothing changed" in capsys.readouterr().out
    assert Participant.objects.get(pk=completed.pk).full_name == "Siti Lulus"


def test_purge_with_an_unknown_code_fails_in_one_line(db):
    with pytest.raises(CommandError) as error:
        call_command("purge_workshop", "NOPE99", "--yes")
    assert error.value.returncode == 2


def test_the_xlsx_writer_round_trips_every_kind_of_value_through_openpyxl():
    from workshops.xlsx import workbook_bytes

    moment = dt.datetime(2026, 3, 4, 8, 30)
    rows = [["Siti <&> \"A\"\x07", 3, 2.5, True, False, None, dt.date(2026, 3, 4), moment, "0812"]]
    book = load_workbook(io.BytesIO(workbook_bytes([("Peserta: [semua]", list("ABCDEFGHI"), rows)])))
    sheet = book.active
    assert sheet.title == "Peserta   semua " and sheet["A1"].font.b
    values = [cell.value for cell in sheet[2]]
    assert values[:5] == ['Siti <&> "A"', 3, 2.5, True, False] and values[5] is None
    assert values[6] == dt.datetime(2026, 3, 4) and sheet["G2"].is_date
    assert values[7] == moment and values[8] == "0812"  # a phone stays text
