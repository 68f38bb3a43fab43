"""Every workshop URL for every role: a trainee sees their own data, a facilitator their own workshops,
an organiser everything. A new URL in workshops/urls.py fails this test until it is placed here."""

import pytest
from django.urls import reverse

from workshops import urls as workshop_urls
from workshops.services import checkin_open

from .conftest import attempt_make, participant_make

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "trainee", "participant", "other_facilitator", "facilitator", "organiser")
# What each role gets: "ok" (200/302 to its own page), "login" (redirect to log in), "no" (403 or 404).
FACILITATOR_ONLY = {"anonymous": "login", "trainee": "no", "participant": "no", "other_facilitator": "no",
                    "facilitator": "ok", "organiser": "ok"}
FACILITATORS_LIST = {**FACILITATOR_ONLY, "other_facilitator": "ok"}
ORGANISER_ONLY = {**FACILITATOR_ONLY, "facilitator": "no"}
PARTICIPANT_ONLY = {"anonymous": "login", "trainee": "no", "participant": "ok", "other_facilitator": "no",
                    "facilitator": "no", "organiser": "no"}
ANY_LOGGED_IN = {"anonymous": "login", **{role: "ok" for role in ROLES[1:]}}
PUBLIC = {role: "ok" for role in ROLES}


@pytest.fixture
def world(workshop, sessions, practice, facilitator, other_facilitator, organiser, trainee):
    participant = participant_make(workshop)
    attempt = attempt_make(participant.user, practice)
    window = checkin_open(workshop=workshop, session=sessions[0])
    case = practice.exercise_cases.first().case
    w = workshop.pk
    urls = {
        "list": (reverse("workshops:list"), FACILITATORS_LIST),
        "new": (reverse("workshops:new"), FACILITATORS_LIST),
        "overview": (reverse("workshops:overview"), ORGANISER_ONLY),
        "room": (reverse("workshops:room", args=[w]), FACILITATOR_ONLY),
        "room_grid": (reverse("workshops:room_grid", args=[w]), FACILITATOR_ONLY),
        "release": (reverse("workshops:release", args=[w, workshop.post_test_id]), FACILITATOR_ONLY),
        "heatmap": (reverse("workshops:heatmap", args=[w]), FACILITATOR_ONLY),
        "improvement": (reverse("workshops:improvement", args=[w]), FACILITATOR_ONLY),
        "detail": (reverse("workshops:detail", args=[w]), FACILITATOR_ONLY),
        "edit": (reverse("workshops:edit", args=[w]), FACILITATOR_ONLY),
        "projector": (reverse("workshops:projector", args=[w]), FACILITATOR_ONLY),
        "participant": (reverse("workshops:participant", args=[w, participant.pk]), FACILITATOR_ONLY),
        "attempt_result": (reverse("workshops:attempt_result", args=[w, attempt.pk]), FACILITATOR_ONLY),
        "attendance": (reverse("workshops:attendance", args=[w]), FACILITATOR_ONLY),
        "attendance_sheet": (reverse("workshops:attendance_sheet", args=[w, sessions[0].pk]), FACILITATOR_ONLY),
        "checkin_toggle": (reverse("workshops:checkin_toggle", args=[w, sessions[0].pk]), FACILITATOR_ONLY),
        "export": (reverse("workshops:export", args=[w, "peserta", "xlsx"]), FACILITATOR_ONLY),
        "certificates": (reverse("workshops:certificates", args=[w]), FACILITATOR_ONLY),
        "join_start": (reverse("workshops:join_start"), PUBLIC),
        "join": (reverse("workshops:join", args=[workshop.join_code]), PUBLIC),
        "home": (reverse("workshops:home"), ANY_LOGGED_IN),
        "home_workshop": (reverse("workshops:home_workshop", args=[w]), PARTICIPANT_ONLY),
        "case_start": (reverse("workshops:case_start", args=[w, practice.slug, case.pk]), PARTICIPANT_ONLY),
        "certificate": (reverse("workshops:certificate", args=[w]), PARTICIPANT_ONLY),
        "checkin": (reverse("workshops:checkin"), ANY_LOGGED_IN),
        "checkin_code": (reverse("workshops:checkin_code", args=[window.code]), ANY_LOGGED_IN),
        "verify": (reverse("workshops:verify", args=["ABCDEFGHJKLM"]), PUBLIC),
    }
    users = {"anonymous": None, "trainee": trainee, "participant": participant.user,
             "other_facilitator": other_facilitator, "facilitator": facilitator, "organiser": organiser}
    return urls, users


POST_ONLY = {"checkin_toggle", "case_start"}


def test_every_workshop_url_is_in_the_matrix(world):
    urls, _users = world
    names = {p.name for p in workshop_urls.urlpatterns}
    assert names == set(urls), names ^ set(urls)


@pytest.mark.parametrize("role", ROLES)
def test_every_url_for_every_role(client, world, role):
    urls, users = world
    if users[role] is not None:
        client.force_login(users[role])
    for name, (url, expected) in urls.items():
        response = client.post(url, {}) if name in POST_ONLY else client.get(url)
        status = response.status_code
        outcome = expected[role]
        if outcome == "login":
            assert status == 302 and "/masuk/" in response.url, (name, role, status)
        elif outcome == "no":
            assert status in (403, 404), (name, role, status)
        else:
            # "ok" may redirect to the role's own place, never to the login page, and never fails
            assert status in (200, 302, 400, 404) and status < 500, (name, role, status)
            if status == 302:
                assert "/masuk/" not in response.url, (name, role)
            if name not in ("join", "verify", "certificates", "certificate", "checkin_code", "case_start"):
                assert status != 404, (name, role)


def test_a_facilitator_sees_only_their_own_workshops_in_the_list(client, world, other_facilitator, workshop):
    client.force_login(other_facilitator)
    assert workshop.name not in client.get(reverse("workshops:list")).content.decode()


def test_a_trainee_cannot_see_another_participants_result_through_the_workshop(client, world, workshop):
    urls, users = world
    client.force_login(users["trainee"])
    assert client.get(urls["attempt_result"][0]).status_code in (403, 404)


def test_a_co_facilitator_added_in_the_form_sees_the_workshop(client, facilitator, other_facilitator, programme):
    client.force_login(facilitator)
    response = client.post(reverse("workshops:new"), {
        "programme": programme.pk, "name": "Bersama", "start_date": "2026-03-01", "end_date": "2026-03-02",
        "status": "open", "facilitators": [other_facilitator.pk], "post_test_threshold": 70})
    assert response.status_code == 302
    client.force_login(other_facilitator)
    assert "Bersama" in client.get(reverse("workshops:list")).content.decode()


def test_a_workshop_form_with_bad_dates_changes_nothing(client, facilitator, programme):
    from workshops.models import Workshop

    client.force_login(facilitator)
    response = client.post(reverse("workshops:new"), {
        "programme": programme.pk, "name": "Salah", "start_date": "2026-03-02", "end_date": "2026-03-01",
        "status": "open", "post_test_threshold": 170})
    assert response.status_code == 200 and not Workshop.objects.exists()
    page = response.content.decode()
    assert "tidak dapat berakhir sebelum dimulai" in page
