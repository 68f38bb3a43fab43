"""Feedback release is per workshop: releasing a post-test in workshop A shows A's participants their results,
never B's (same post-test) nor anyone's outside workshops, who follow the admin's global switch."""

import datetime as dt

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from exercises.models import Attempt, Exercise
from exercises.selectors import exercise_passes
from workshops.models import Certificate, FeedbackRelease
from workshops.selectors import post_test_hidden

from .conftest import participant_make

pytestmark = pytest.mark.django_db
SCORED = {"percent": 91, "passed": True, "pass_mark": 80, "errors": 0, "critical_errors": 0, "rows": []}


def workshop_for(programme, facilitator, post_test, name):
    from workshops.services import workshop_create

    today = timezone.localdate()
    return workshop_create(creator=facilitator, programme=programme, name=name, start_date=today,
                           end_date=today + dt.timedelta(days=1), post_test=post_test, post_test_threshold=70)


def saved(client, url) -> Attempt:
    """Opens the post-test's case through a real view (so the link is what the app writes), then saves it."""
    response = client.post(url)
    assert response.status_code == 302 and "/latihan/isi/" in response.url, response
    attempt = Attempt.objects.filter(status="open").latest("pk")
    Attempt.objects.filter(pk=attempt.pk).update(status="submitted", submitted_at=timezone.now(), score=91,
                                                 passed=True, result=SCORED)
    attempt.refresh_from_db()
    return attempt


@pytest.fixture
def rooms(client, programme, facilitator, other_facilitator, post_test, trainee):
    a = workshop_for(programme, facilitator, post_test, "Lokakarya A")
    b = workshop_for(programme, other_facilitator, post_test, "Lokakarya B")
    in_a, in_b = participant_make(a, name="Ani"), participant_make(b, name="Budi")
    case = post_test.exercise_cases.first().case
    attempts = {}
    for who, workshop in ((in_a, a), (in_b, b)):
        client.force_login(who.user)
        attempts[who.pk] = saved(client, reverse("workshops:case_start", args=[workshop.pk, post_test.slug, case.pk]))
    client.force_login(trainee)  # in no workshop: the exercise page
    alone = saved(client, reverse("exercises:case_start", args=[post_test.slug, case.pk]))
    return {"a": a, "b": b, "in_a": in_a, "in_b": in_b, "attempt_a": attempts[in_a.pk],
            "attempt_b": attempts[in_b.pk], "alone": alone}


def shows_score(client, user, attempt) -> bool:
    client.force_login(user)
    return "data-score" in client.get(reverse("exercises:attempt_result", args=[attempt.pk])).content.decode()


def release(client, facilitator, workshop, post_test, **extra):
    client.force_login(facilitator)
    url = reverse("workshops:release", args=[workshop.pk, post_test.pk])
    return client.post(url, {"konfirmasi": "ya", **extra})


def test_a_release_in_one_workshop_shows_its_own_participants_only(client, rooms, facilitator, post_test, trainee):
    in_a, in_b = rooms["in_a"], rooms["in_b"]
    assert not any(shows_score(client, who.user, rooms[key]) for who, key in
                   ((in_a, "attempt_a"), (in_b, "attempt_b"), (in_a, "attempt_a")))
    client.force_login(facilitator)
    assert 'data-release-state="hidden"' in client.get(reverse("workshops:room", args=[rooms["a"].pk])).content.decode()
    response = release(client, facilitator, rooms["a"], post_test)
    assert response.status_code == 302 and response.url == reverse("workshops:room", args=[rooms["a"].pk])
    assert FeedbackRelease.objects.filter(workshop=rooms["a"], exercise=post_test).count() == 1
    assert not Exercise.objects.get(pk=post_test.pk).feedback_released  # the admin's switch is not touched

    assert shows_score(client, in_a.user, rooms["attempt_a"])
    assert not shows_score(client, in_b.user, rooms["attempt_b"])
    assert not shows_score(client, trainee, rooms["alone"])
    assert exercise_passes(users=[in_a.user, in_b.user, trainee], exercises=[post_test], released_only=True) == {
        (in_a.user_id, post_test.pk)}
    client.force_login(in_a.user)
    assert "91%" in client.get(reverse("workshops:home_workshop", args=[rooms["a"].pk])).content.decode()
    assert "91%" in client.get(reverse("exercises:exercise_list")).content.decode()
    client.force_login(in_b.user)
    assert "91%" not in client.get(reverse("workshops:home_workshop", args=[rooms["b"].pk])).content.decode()
    assert "91%" not in client.get(reverse("exercises:exercise_list")).content.decode()

    client.force_login(facilitator)
    assert 'data-release-state="released"' in client.get(reverse("workshops:room", args=[rooms["a"].pk])).content.decode()


def test_an_attempt_in_no_workshop_follows_the_global_switch_which_opens_no_workshop(client, rooms, post_test,
                                                                                    trainee):
    Exercise.objects.filter(pk=post_test.pk).update(feedback_released=True)  # the admin, in Wagtail
    assert shows_score(client, trainee, rooms["alone"])
    assert not shows_score(client, rooms["in_a"].user, rooms["attempt_a"])
    assert not shows_score(client, rooms["in_b"].user, rooms["attempt_b"])


def test_the_certificate_follows_the_workshops_release(client, rooms, facilitator, post_test):
    in_a, in_b = rooms["in_a"], rooms["in_b"]
    assert post_test_hidden(participant=in_a) and post_test_hidden(participant=in_b)
    release(client, facilitator, rooms["a"], post_test)
    assert not post_test_hidden(participant=in_a) and post_test_hidden(participant=in_b)
    client.force_login(in_a.user)
    assert "data-certificate" in client.get(reverse("workshops:home_workshop", args=[rooms["a"].pk])).content.decode()
    assert client.get(reverse("workshops:certificate", args=[rooms["a"].pk]))["Content-Type"] == "application/pdf"
    client.force_login(in_b.user)
    page = client.get(reverse("workshops:home_workshop", args=[rooms["b"].pk])).content.decode()
    assert "data-certificate" not in page and "merilis umpan balik" in page
    assert client.get(reverse("workshops:certificate", args=[rooms["b"].pk])).status_code == 302
    assert list(Certificate.objects.values_list("participant_id", flat=True)) == [in_a.pk]


def test_a_release_asks_first_and_can_be_hidden_again_in_that_workshop_only(client, rooms, facilitator,
                                                                           other_facilitator, post_test):
    client.force_login(facilitator)
    url = reverse("workshops:release", args=[rooms["a"].pk, post_test.pk])
    assert "Lokakarya A" in client.get(url).content.decode()
    assert client.post(url, {}).status_code == 302 and not FeedbackRelease.objects.exists()  # not confirmed
    release(client, facilitator, rooms["a"], post_test)
    release(client, other_facilitator, rooms["b"], post_test)
    client.force_login(facilitator)
    assert 'value="sembunyikan"' in client.get(url).content.decode()
    assert release(client, facilitator, rooms["a"], post_test, aksi="sembunyikan").status_code == 302
    assert not shows_score(client, rooms["in_a"].user, rooms["attempt_a"])
    assert shows_score(client, rooms["in_b"].user, rooms["attempt_b"])
    assert release(client, other_facilitator, rooms["a"], post_test).status_code == 403  # not theirs


def test_the_migration_keeps_released_exercises_released_in_the_workshops_using_them(workshop, post_test, pre_test,
                                                                                    practice, programme,
                                                                                    facilitator):
    from importlib import import_module

    carry = import_module("workshops.migrations.0002_feedback_release_per_workshop").releases_carry_over
    unused = workshop_for(programme, facilitator, None, "Tanpa post-test")
    Exercise.objects.filter(pk__in=[post_test.pk, practice.pk]).update(feedback_released=True)
    carry(apps, None)
    assert set(FeedbackRelease.objects.values_list("workshop_id", "exercise_id")) == {
        (workshop.pk, post_test.pk), (workshop.pk, practice.pk)}  # practice is a required exercise there
    assert not FeedbackRelease.objects.filter(workshop=unused).exists()
