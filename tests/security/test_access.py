"""Who may read a case document (finding 4) and who may enter Django's admin (finding 5)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Exercise
from exercises.permissions import FACILITATOR_GROUP, can_read_case_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitator(django_user_model):
    user = django_user_model.objects.create_user("fasil", password="pw-fasil-1", is_staff=True)
    from exercises.demo import facilitator_group_grant

    group, _ = Group.objects.get_or_create(name=FACILITATOR_GROUP)
    facilitator_group_grant(group)
    user.groups.add(group)
    return user


@pytest.fixture
def cases():
    return cases_store(case_values(generate_case(seed=s, difficulty="dasar")) for s in (21, 22, 23, 24))


def exercise_with(case, **fields):
    exercise = Exercise.objects.create(slug=f"ex-{case.pk}-{fields.get('mode', 'practice')}",
                                       title="Uji", **fields)
    exercise_add_cases(exercise, [case])
    return exercise


def print_status(client, case):
    return client.get(reverse("exercises:case_print", args=[case.pk])).status_code


def test_trainee_reads_a_case_of_a_published_practice_exercise(trainee_client, cases):
    exercise_with(cases[0])
    assert print_status(trainee_client, cases[0]) == 200


def test_trainee_never_reads_a_draft_case(trainee_client, trainee, cases):
    exercise_with(cases[1], is_published=False)
    assert print_status(trainee_client, cases[1]) == 404  # in an unpublished exercise
    assert print_status(trainee_client, cases[2]) == 404  # in no exercise at all
    assert not can_read_case_document(trainee, cases[2])


def test_assessed_case_only_once_the_trainees_attempt_started(trainee_client, trainee, other_trainee, cases):
    exercise = exercise_with(cases[3], mode="assessed")
    assert print_status(trainee_client, cases[3]) == 404
    started = trainee_client.post(reverse("exercises:case_start", args=[exercise.slug, cases[3].pk]))
    assert started.status_code == 302
    assert print_status(trainee_client, cases[3]) == 200
    assert not can_read_case_document(other_trainee, cases[3])  # another trainee's start counts for nobody else


def test_facilitators_and_organisers_read_every_case(client, facilitator, django_user_model, cases):
    client.force_login(facilitator)
    assert print_status(client, cases[2]) == 200
    organiser = django_user_model.objects.create_superuser("org", "o@contoh.id", "pw-org-1")
    client.force_login(organiser)
    assert print_status(client, cases[2]) == 200


def test_anonymous_is_sent_to_log_in(client, cases):
    assert print_status(client, cases[0]) == 302


def test_django_admin_is_for_superusers_only(client, facilitator, django_user_model):
    client.force_login(facilitator)
    answer = client.get("/django-admin/")
    assert answer.status_code == 302 and "/django-admin/login/" in answer.url
    assert client.get("/django-admin/taggit/tag/").status_code == 302
    assert client.get("/cms/").status_code == 200  # facilitators keep Wagtail's admin
    organiser = django_user_model.objects.create_superuser("org", "o@contoh.id", "pw-org-1")
    client.force_login(organiser)
    assert client.get("/django-admin/").status_code == 200


def test_a_facilitator_cannot_log_in_to_django_admin(client, facilitator):
    answer = client.post("/django-admin/login/", {"username": "fasil", "password": "pw-fasil-1"})
    assert answer.status_code == 200 and "_auth_user_id" not in client.session
