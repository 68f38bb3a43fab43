"""django-axes on the three login forms, the lockout helper for other secrets, and unlocking (finding 2)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from accounts.lockout import (
    locked_accounts,
    lockout_clear,
    lockout_failure,
    lockout_is_locked,
    lockout_key,
    lockout_success,
)
from exercises.permissions import FACILITATOR_GROUP

pytestmark = pytest.mark.django_db

LOGIN_FORMS = ["/masuk/", "/cms/login/", "/django-admin/login/"]


@pytest.fixture
def victim():
    return get_user_model().objects.create_superuser("korban", "k@contoh.id", "pw-right-1")


@pytest.fixture
def facilitator(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("fasil", password="pw-fasil-1", is_staff=True)
    group, _ = Group.objects.get_or_create(name=FACILITATOR_GROUP)
    user.groups.add(group)
    return user


def fail(client, url, times, username="korban"):
    return [client.post(url, {"username": username, "password": "salah"}) for _ in range(times)]


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_repeated_failures_lock_the_account_even_for_the_right_password(client, victim, settings, url):
    answers = fail(client, url, settings.AXES_FAILURE_LIMIT)
    assert answers[-1].status_code == 429
    page = answers[-1].content.decode()
    assert "Akun ini dikunci" in page and "15 menit" in page
    right = client.post(url, {"username": "korban", "password": "pw-right-1"})
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_fewer_failures_than_the_limit_still_let_the_right_password_in(client, victim, settings):
    fail(client, "/masuk/", settings.AXES_FAILURE_LIMIT - 1)
    assert client.post("/masuk/", {"username": "korban", "password": "pw-right-1"}).status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, victim, settings, time_machine=None):
    from axes.models import AccessAttempt
    from django.utils import timezone

    fail(client, "/masuk/", settings.AXES_FAILURE_LIMIT)
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME * 2)
    assert client.post("/masuk/", {"username": "korban", "password": "pw-right-1"}).status_code == 302


def test_a_facilitator_unlocks_an_account_from_the_admin(client, victim, facilitator, settings):
    fail(client, "/masuk/", settings.AXES_FAILURE_LIMIT)
    assert [lock.username for lock in locked_accounts()] == ["korban"]
    helper = client.__class__()
    helper.force_login(facilitator)
    page = helper.get("/cms/akun-terkunci/")
    assert page.status_code == 200 and "korban" in page.content.decode()
    assert helper.post("/cms/akun-terkunci/", {"username": "korban"}).status_code == 302
    assert locked_accounts() == []
    assert client.post("/masuk/", {"username": "korban", "password": "pw-right-1"}).status_code == 302


def test_a_trainee_cannot_open_the_unlock_page(client, trainee):
    client.force_login(trainee)
    assert client.get("/cms/akun-terkunci/").status_code in (302, 403)
    assert client.post("/cms/akun-terkunci/", {"username": "x"}).status_code in (302, 403)


def test_the_helper_locks_a_scoped_key_and_the_unlock_clears_it(settings):
    request = RequestFactory().post("/lokakarya/gabung/", REMOTE_ADDR="10.0.0.7")
    key = lockout_key("join", "peserta")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert not lockout_is_locked(request, key=key)
        lockout_failure(request, key=key)
    assert lockout_is_locked(request, key=key)
    assert not lockout_is_locked(request, key=lockout_key("join", "peserta2"))
    assert not lockout_is_locked(request, key="peserta")  # the password login is a separate count
    assert lockout_clear(username="peserta") == 1
    assert not lockout_is_locked(request, key=key)


def test_a_success_clears_the_count(settings):
    request = RequestFactory().post("/x/")
    key = lockout_key("join", "p")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        lockout_failure(request, key=key)
    lockout_success(key=key)
    lockout_failure(request, key=key)
    assert not lockout_is_locked(request, key=key)
