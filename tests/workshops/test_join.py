"""Joining with the code: a new account, the same account in a second workshop, and every refusal."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from workshops.models import JoinThrottle, Participant, Workshop
from workshops.services import workshop_create

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def registration(**overrides):
    data = {"full_name": "Siti  Aminah", "institution_type": "puskesmas", "institution_name": "Puskesmas Cibeber",
            "position": "Bidan", "phone": "0812-3456-7890", "email": "", "password1": PASSWORD, "password2": PASSWORD}
    return {**data, **overrides}


def test_join_code_has_no_ambiguous_characters(workshop):
    assert len(workshop.join_code) == 6
    assert not set(workshop.join_code) & set("0O1I")


def test_code_form_leads_to_the_workshop_and_tolerates_case_and_spaces(client, workshop):
    response = client.post(reverse("workshops:join_start"), {"code": " " + workshop.join_code.lower()[:3] + " "
                                                             + workshop.join_code.lower()[3:]})
    assert response.status_code == 302 and response.url == reverse("workshops:join", args=[workshop.join_code])


def test_registering_creates_an_account_logs_in_and_lands_on_the_home(client, workshop):
    response = client.post(reverse("workshops:join", args=[workshop.join_code]), registration())
    assert response.status_code == 302
    assert response.url == reverse("workshops:home_workshop", args=[workshop.pk])
    participant = Participant.objects.get(workshop=workshop)
    assert participant.phone == "+6281234567890" and participant.full_name == "Siti Aminah"
    assert participant.user.username == "081234567890" and participant.user.check_password(PASSWORD)
    home = client.get(response.url)
    assert home.status_code == 200 and "Lokakarya Cilegon" in home.content.decode()
    # the chosen password logs in again, and login lands on the trainee's own page
    client.logout()
    login = client.post(reverse("login"), {"username": "081234567890", "password": PASSWORD})
    assert login.status_code == 302 and login.url == reverse("workshops:home")


def test_a_registered_participant_joins_a_second_workshop_with_the_same_account(client, workshop, facilitator,
                                                                                programme):
    client.post(reverse("workshops:join", args=[workshop.join_code]), registration())
    today = timezone.localdate()
    second = workshop_create(creator=facilitator, programme=programme, name="Lokakarya Serang",
                             start_date=today, end_date=today)
    page = client.get(reverse("workshops:join", args=[second.join_code])).content.decode()
    assert "password1" not in page and "Puskesmas Cibeber" in page  # details carried over, no new password
    response = client.post(reverse("workshops:join", args=[second.join_code]), {
        "full_name": "Siti Aminah", "institution_type": "puskesmas", "institution_name": "Puskesmas Cibeber",
        "position": "Bidan", "phone": "081234567890"})
    assert response.status_code == 302
    assert get_user_model().objects.filter(username="081234567890").count() == 1
    assert Participant.objects.filter(user__username="081234567890").count() == 2


@pytest.mark.parametrize("code, message", [
    ("ZZZZZZ", "tidak dikenal"),
    ("", "harus diisi"),
])
def test_a_wrong_code_says_so(client, workshop, code, message):
    response = client.post(reverse("workshops:join_start"), {"code": code})
    assert response.status_code == 400 and message in response.content.decode()


def test_an_expired_or_closed_workshop_refuses_and_changes_nothing(client, workshop):
    Workshop.objects.filter(pk=workshop.pk).update(end_date=timezone.localdate() - dt.timedelta(days=1),
                                                   start_date=timezone.localdate() - dt.timedelta(days=2))
    response = client.post(reverse("workshops:join", args=[workshop.join_code]), registration())
    assert response.status_code == 404 and "sudah selesai" in response.content.decode()
    Workshop.objects.filter(pk=workshop.pk).update(end_date=timezone.localdate(), status="closed")
    response = client.post(reverse("workshops:join", args=[workshop.join_code]), registration())
    assert response.status_code == 404
    assert not Participant.objects.exists() and not get_user_model().objects.filter(username="081234567890").exists()


def test_the_same_phone_twice_in_one_workshop_is_refused(client, workshop):
    client.post(reverse("workshops:join", args=[workshop.join_code]), registration())
    client.logout()
    response = client.post(reverse("workshops:join", args=[workshop.join_code]),
                           registration(full_name="Orang Lain", phone="+62 812 3456 7890"))
    assert response.status_code == 400
    assert "sudah terdaftar" in response.content.decode()
    assert Participant.objects.count() == 1


@pytest.mark.parametrize("field, value, message", [
    ("phone", "12345", "nomor telepon"),
    ("password2", "lain-sekali-99", "berbeda"),
    ("password1", "12345678", "angka"),
    ("institution_type", "bank", "pilihan"),
    ("email", "bukan-email", "email"),
])
def test_bad_registration_input_shows_a_message_and_changes_nothing(client, workshop, field, value, message):
    data = registration(**{field: value})
    if field == "password1":
        data["password2"] = value
    response = client.post(reverse("workshops:join", args=[workshop.join_code]), data)
    assert response.status_code == 400
    assert message in response.content.decode().lower()
    assert not Participant.objects.exists()


def test_join_attempts_are_limited_per_address_in_the_database(client, workshop):
    for _ in range(10):
        client.post(reverse("workshops:join_start"), {"code": "ZZZZZZ"}, REMOTE_ADDR="10.0.0.9")
    response = client.post(reverse("workshops:join_start"), {"code": workshop.join_code}, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 400 and "Terlalu banyak" in response.content.decode()
    assert JoinThrottle.objects.exists()  # shared by every app server, not kept in process memory
    other = client.post(reverse("workshops:join_start"), {"code": workshop.join_code}, REMOTE_ADDR="10.0.0.10")
    assert other.status_code == 302
    # A guessed code in the join URL is blocked the same way.
    assert client.get(reverse("workshops:join", args=[workshop.join_code]), REMOTE_ADDR="10.0.0.9").status_code == 429


def test_a_whole_room_behind_one_address_joins_in_the_same_minute(client, workshop):
    # Only wrong codes count: forty right ones from one router (or one reverse proxy) all pass.
    for _ in range(40):
        response = client.post(reverse("workshops:join_start"), {"code": workshop.join_code}, REMOTE_ADDR="10.0.0.7")
        assert response.status_code == 302
    assert not JoinThrottle.objects.exists()
