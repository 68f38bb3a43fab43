"""The live room: grid states, "now" and stuck, a fixed number of queries at 5 and 500 participants,
releasing assessed feedback, the organiser's overview."""

import datetime as dt
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from exercises.models import Attempt, Exercise
from workshops import room
from workshops.models import FeedbackRelease, Participant, WorkshopAttempt

from .conftest import attempt_make, exercise_pass, participant_make

pytestmark = pytest.mark.django_db


def _crowd(workshop, practice, start, count):
    """``count`` participants built in bulk, each with a passed, a failed and an open attempt."""
    User = get_user_model()
    users = User.objects.bulk_create([User(username=f"bulk{start + i}") for i in range(count)])
    Participant.objects.bulk_create([Participant(
        workshop=workshop, user=u, full_name=f"Peserta {start + i}", institution_type="opd", institution_name="OPD",
        position="Staf", phone=f"+62813{start + i:08d}") for i, u in enumerate(users)])
    cases = [link.case for link in practice.exercise_cases.all()]
    now = timezone.now()
    Attempt.objects.bulk_create([Attempt(
        user=u, exercise=practice, case=case, run_token=uuid.uuid4(), mode="practice", status=status,
        started_at=now - dt.timedelta(minutes=30), last_seen_at=now - dt.timedelta(minutes=i % 20),
        current_step="korban", submitted_at=now if status == "submitted" else None, score=90 if passed else 40,
        passed=passed if status == "submitted" else None)
        for i, u in enumerate(users)
        for case, status, passed in ((cases[0], "submitted", True), (cases[1], "submitted", False),
                                     (cases[1], "open", None))])


LAST = []


def _grid_queries(client, workshop):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("workshops:room_grid", args=[workshop.pk]))
    LAST[:] = queries.captured_queries
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_grid_reads_the_same_number_of_queries_for_5_and_500_participants(client, workshop, facilitator,
                                                                                practice):
    _crowd(workshop, practice, 0, 5)
    client.force_login(facilitator)
    small, page = _grid_queries(client, workshop)
    assert page.count('data-participant="') == 5
    _crowd(workshop, practice, 5, 495)
    large, page = _grid_queries(client, workshop)
    assert page.count('data-participant="') == 500
    assert small == large, (small, large, [q["sql"][:150] for q in LAST[8:14]])


def test_cells_say_their_state_in_words_and_colour(client, workshop, facilitator, practice, pre_test, sessions):
    done = participant_make(workshop, name="Ani Lulus")
    exercise_pass(done.user, practice)
    trying = participant_make(workshop, name="Budi Mencoba")
    failed = attempt_make(trying.user, practice, score=30, passed=False)
    grid = room.room_grid(workshop=workshop)
    rows = {r["participant"].full_name: r for r in grid["rows"]}
    columns = len(grid["sessions"]) + len(grid["exercises"])
    assert all(len(r["cells"]) == columns for r in grid["rows"])
    practice_at = len(grid["sessions"]) + [e.pk for e in grid["exercises"]].index(practice.pk)
    assert rows["Ani Lulus"]["cells"][practice_at]["state"] == room.PASSED
    assert rows["Budi Mencoba"]["cells"][practice_at]["state"] == room.TRIED
    assert rows["Budi Mencoba"]["cells"][practice_at]["attempt"] == failed.pk
    client.force_login(facilitator)
    page = client.get(reverse("workshops:room", args=[workshop.pk])).content.decode()
    assert 'class="c c-passed"' in page and "Lulus" in page
    assert reverse("workshops:attempt_result", args=[workshop.pk, failed.pk]) in page
    assert reverse("workshops:participant", args=[workshop.pk, done.pk]) in page
    # it refreshes itself through htmx, from the partial that carries the same attributes
    assert 'hx-trigger="every 5s"' in page and reverse("workshops:room_grid", args=[workshop.pk]) in page


def test_now_shows_the_case_and_step_and_who_is_stuck(client, workshop, facilitator, practice):
    stuck = participant_make(workshop, name="Citra Macet")
    busy = participant_make(workshop, name="Dedi Sibuk")
    now = timezone.now()
    cases = [link.case for link in practice.exercise_cases.all()]
    a = attempt_make(stuck.user, practice, cases[0], status="open")
    Attempt.objects.filter(pk=a.pk).update(current_step="pelaku", last_seen_at=now - dt.timedelta(minutes=25))
    b = attempt_make(busy.user, practice, cases[1], status="open")
    Attempt.objects.filter(pk=b.pk).update(current_step="korban", last_seen_at=now - dt.timedelta(minutes=2))
    grid = room.room_grid(workshop=workshop, stuck_minutes=10, now=now)
    rows = {r["participant"].full_name: r for r in grid["rows"]}
    assert rows["Citra Macet"]["now"].stuck and rows["Citra Macet"]["now"].step == "Pelaku"
    assert rows["Citra Macet"]["now"].idle_minutes == 25
    assert not rows["Dedi Sibuk"]["now"].stuck and rows["Dedi Sibuk"]["now"].case_title == cases[1].title
    assert grid["stuck"] == 1 and grid["working"] == 2
    assert room.room_grid(workshop=workshop, stuck_minutes=30, now=now)["stuck"] == 0
    client.force_login(facilitator)
    page = client.get(reverse("workshops:room_grid", args=[workshop.pk]) + "?macet=30").content.decode()
    assert 'data-stuck-count>0<' in page and "?macet=30" in page
    page = client.get(reverse("workshops:room_grid", args=[workshop.pk]) + "?macet=5").content.decode()
    assert 'data-stuck-count>1<' in page and "Macet 25 mnt" in page


@pytest.mark.parametrize("raw", ["", "lima", "0", "-3", "9999", None, "1e3"])
def test_a_bad_stuck_setting_falls_back_to_the_default(client, workshop, facilitator, raw):
    assert room.stuck_minutes_from(raw) == room.STUCK_MINUTES
    client.force_login(facilitator)
    url = reverse("workshops:room", args=[workshop.pk]) + (f"?macet={raw}" if raw is not None else "")
    response = client.get(url)
    assert response.status_code == 200 and f'value="{room.STUCK_MINUTES}"' in response.content.decode()


def test_release_asks_first_then_releases_and_the_trainee_sees_the_result(client, workshop, facilitator, post_test):
    trainee = participant_make(workshop)
    attempt = attempt_make(trainee.user, post_test, score=85)
    Attempt.objects.filter(pk=attempt.pk).update(result={"percent": 85, "passed": True, "pass_mark": 80, "errors": 0,
                                                          "critical_errors": 0, "rows": []})
    WorkshopAttempt.objects.create(attempt=attempt, participant=trainee)
    url = reverse("workshops:release", args=[workshop.pk, post_test.pk])
    client.force_login(facilitator)
    assert "Rilis umpan balik" in client.get(reverse("workshops:room", args=[workshop.pk])).content.decode()
    assert 'name="konfirmasi"' in client.get(url).content.decode()
    response = client.post(url, {})
    assert response.status_code == 302 and not FeedbackRelease.objects.exists()
    client.force_login(trainee.user)
    result_url = reverse("exercises:attempt_result", args=[attempt.pk])
    hidden = client.get(result_url).content.decode()
    assert "Masukan Anda tersimpan" in hidden or "data-score" not in hidden
    client.force_login(facilitator)
    response = client.post(url, {"konfirmasi": "ya"})
    assert response.status_code == 302 and response.url == reverse("workshops:room", args=[workshop.pk])
    assert FeedbackRelease.objects.filter(workshop=workshop, exercise=post_test).exists()
    assert not Exercise.objects.get(pk=post_test.pk).feedback_released  # this workshop only (see test_release_…)
    client.force_login(trainee.user)
    shown = client.get(result_url).content.decode()
    assert "data-score" not in hidden and "data-score" in shown


def test_only_an_assessed_exercise_of_the_workshop_can_be_released(client, workshop, facilitator, practice,
                                                                   other_facilitator):
    from .conftest import exercise_make

    elsewhere = exercise_make("ujian-lain", mode="assessed", cases=1)
    client.force_login(facilitator)
    assert client.post(reverse("workshops:release", args=[workshop.pk, practice.pk]),
                       {"konfirmasi": "ya"}).status_code == 404
    assert client.post(reverse("workshops:release", args=[workshop.pk, elsewhere.pk]),
                       {"konfirmasi": "ya"}).status_code == 404
    assert not FeedbackRelease.objects.exists()
    client.force_login(other_facilitator)
    assert client.post(reverse("workshops:release", args=[workshop.pk, workshop.post_test_id]),
                       {"konfirmasi": "ya"}).status_code == 403
    assert not FeedbackRelease.objects.exists()


def test_the_organiser_overview_sums_per_institution_type_and_kabkota(client, workshop, organiser, facilitator,
                                                                       practice):
    a = participant_make(workshop, kind="opd")
    b = participant_make(workshop, kind="puskesmas")
    for participant, score, passed in ((a, 90, True), (b, 40, False)):
        attempt = attempt_make(participant.user, practice, score=score, passed=passed)
        WorkshopAttempt.objects.create(attempt=attempt, participant=participant)
    client.force_login(organiser)
    page = client.get(reverse("workshops:overview")).content.decode()
    assert workshop.name in page and "Puskesmas" in page and "OPD" in page
    assert "Kota Cilegon" in page or "CILEGON" in page.upper()
    assert "65.0" in page or "65,0" in page  # the mean score of the kab/kota
    assert 'data-overview-link' in client.get(reverse("workshops:list")).content.decode()
    client.force_login(facilitator)
    assert client.get(reverse("workshops:overview")).status_code == 403


def test_an_expired_session_sends_the_whole_room_page_to_log_in(client, workshop):
    url = reverse("workshops:room_grid", args=[workshop.pk])
    response = client.get(url, headers={"HX-Request": "true"})
    assert response.status_code == 204 and response.content == b""
    assert response["HX-Redirect"].startswith("/masuk/?next=") and f"/lokakarya/{workshop.pk}/ruang/" in response[
        "HX-Redirect"].replace("%2F", "/")
    plain = client.get(url)
    assert plain.status_code == 302 and "/masuk/" in plain.url
