"""The trainee's home, opening a case inside the workshop, checking in and the daftar hadir."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from exercises.models import Attempt
from workshops.models import Attendance, CheckinWindow, WorkshopAttempt
from workshops.services import checkin_open

from .conftest import attempt_make, participant_make

pytestmark = pytest.mark.django_db


def test_home_shows_todays_sessions_the_next_to_read_the_open_attempt_and_the_exercises(client, workshop, practice):
    participant = participant_make(workshop)
    attempt = attempt_make(participant.user, practice, status="open")
    Attempt.objects.filter(pk=attempt.pk).update(current_step="korban")
    client.force_login(participant.user)
    response = client.get(reverse("workshops:home"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Lokakarya Cilegon" in page
    assert "Sesi 1A" in page and "Sesi 1B" in page  # day 1 of the programme is today in this workshop
    assert "data-next-session" in page
    assert "Lanjutkan yang belum selesai" in page and "langkah Korban" in page
    assert "Praktik Uji" in page and "Pre Test Uji" in page


def test_a_trainee_without_a_workshop_is_offered_to_join_or_to_practise_never_the_sandbox(trainee_client):
    page = trainee_client.get(reverse("workshops:home")).content.decode()
    assert reverse("workshops:join_start") in page and reverse("exercises:exercise_list") in page
    assert reverse("exercises:case_new") not in page.split('<main')[1]


def test_the_home_pages_main_button_goes_to_the_trainees_page(trainee_client, programme):
    page = trainee_client.get("/").content.decode()
    assert f'href="{reverse("workshops:home")}" data-home-main' in page


def test_a_case_opened_from_the_home_is_linked_to_the_participant(client, workshop, practice):
    participant = participant_make(workshop)
    client.force_login(participant.user)
    case = practice.exercise_cases.first().case
    response = client.post(reverse("workshops:case_start", args=[workshop.pk, practice.slug, case.pk]))
    assert response.status_code == 302 and "/latihan/isi/" in response.url
    link = WorkshopAttempt.objects.get()
    assert link.participant == participant and link.attempt.case == case
    again = client.post(reverse("workshops:case_start", args=[workshop.pk, practice.slug, case.pk]))
    assert again.url == response.url and WorkshopAttempt.objects.count() == 1  # resumes, never a second link


def test_someone_elses_workshop_home_is_not_found(client, workshop, trainee):
    client.force_login(trainee)
    assert client.get(reverse("workshops:home_workshop", args=[workshop.pk])).status_code == 404


def test_check_in_during_the_window_and_refused_outside_it(client, workshop, sessions):
    participant = participant_make(workshop)
    client.force_login(participant.user)
    window = checkin_open(workshop=workshop, session=sessions[0], minutes=30)
    assert not set(window.code) & set("0O1I")
    response = client.post(reverse("workshops:checkin"), {"code": window.code.lower()})
    assert response.status_code == 302
    attendance = Attendance.objects.get()
    assert attendance.method == "code" and attendance.session_id == sessions[0].pk
    client.post(reverse("workshops:checkin"), {"code": window.code})
    assert Attendance.objects.count() == 1  # twice is once
    late = checkin_open(workshop=workshop, session=sessions[1])
    CheckinWindow.objects.filter(pk=late.pk).update(closes_at=timezone.now() - dt.timedelta(minutes=1))
    response = client.post(reverse("workshops:checkin"), {"code": late.code})
    assert response.status_code == 400 and "sudah ditutup" in response.content.decode()
    response = client.post(reverse("workshops:checkin"), {"code": "XXXXXX"})
    assert response.status_code == 400 and "tidak dikenal" in response.content.decode()
    assert Attendance.objects.count() == 1


def test_a_non_participant_cannot_check_in(client, workshop, sessions, trainee):
    window = checkin_open(workshop=workshop, session=sessions[0])
    client.force_login(trainee)
    response = client.post(reverse("workshops:checkin"), {"code": window.code})
    assert response.status_code == 400 and not Attendance.objects.exists()


def test_the_qr_link_prefills_the_code(client, workshop, sessions):
    participant = participant_make(workshop)
    window = checkin_open(workshop=workshop, session=sessions[0])
    client.force_login(participant.user)
    page = client.get(reverse("workshops:checkin_code", args=[window.code])).content.decode()
    assert f'value="{window.code}"' in page


def test_facilitator_opens_check_in_marks_by_hand_and_prints_the_daftar_hadir(client, workshop, sessions, facilitator):
    present = participant_make(workshop, name="Ani Hadir")
    participant_make(workshop, name="Budi Absen")
    client.force_login(facilitator)
    url = reverse("workshops:attendance_sheet", args=[workshop.pk, sessions[0].pk])
    client.post(reverse("workshops:checkin_toggle", args=[workshop.pk, sessions[0].pk]), {"menit": "abc"})
    window = CheckinWindow.objects.get()
    assert 29 <= (window.closes_at - window.opens_at).total_seconds() / 60 <= 31  # bad minutes: the default
    page = client.get(url).content.decode()
    assert window.code in page and "<svg" in page
    client.post(url, {"hadir": [str(present.pk)]})
    attendance = Attendance.objects.get()
    assert attendance.participant == present and attendance.method == "manual" and attendance.marked_by == facilitator
    printed = client.get(url + "?cetak=1").content.decode()
    assert "DAFTAR HADIR" in printed and "Tanda tangan" in printed
    assert "Ani Hadir" in printed and "Budi Absen" in printed
    client.post(url, {})
    assert not Attendance.objects.exists()


def test_a_session_of_another_programme_is_not_found(client, workshop, facilitator):
    client.force_login(facilitator)
    assert client.get(reverse("workshops:attendance_sheet", args=[workshop.pk, 999999])).status_code == 404


def test_home_shows_practice_scores_at_once_and_assessed_ones_only_once_released(client, workshop, practice,
                                                                                  post_test):
    participant = participant_make(workshop)
    attempt_make(participant.user, practice, score=64, passed=False)
    attempt_make(participant.user, post_test, score=91)
    client.force_login(participant.user)
    page = client.get(reverse("workshops:home")).content.decode()
    assert "64%" in page and "91%" not in page
    type(post_test).objects.filter(pk=post_test.pk).update(feedback_released=True)
    assert "91%" in client.get(reverse("workshops:home")).content.decode()


def test_an_unreleased_post_test_hides_its_score_completion_and_certificate(client, workshop, sessions, practice,
                                                                            post_test):
    from workshops.models import Certificate

    from .conftest import exercise_pass

    participant = participant_make(workshop)
    for session in sessions[:2]:
        Attendance.objects.create(participant=participant, session=session, method="manual",
                                  checked_in_at=participant.joined_at)
    exercise_pass(participant.user, practice)
    attempt_make(participant.user, post_test, score=91)
    client.force_login(participant.user)
    page = client.get(reverse("workshops:home")).content.decode()
    assert "91" not in page and "data-certificate" not in page and "merilis umpan balik" in page
    assert client.get(reverse("workshops:certificate", args=[workshop.pk])).status_code == 302
    assert not Certificate.objects.exists()
    type(post_test).objects.filter(pk=post_test.pk).update(feedback_released=True)
    page = client.get(reverse("workshops:home")).content.decode()
    assert "data-certificate" in page
