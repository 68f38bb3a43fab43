"""Practice retry: from the previous answers (prefilled, the clock new) or blank; assessed stays one attempt."""

import copy
import uuid

import pytest
from django.test import Client
from django.urls import reverse

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.entry import STEP_NAMES, step_data_from_entry
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise
from exercises.views.wizard import run_prefix
from tests.exercises.test_attempts import submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def exercise():
    cases = cases_store(case_values(generate_case(seed=s, difficulty="dasar")) for s in (11,))
    exercise = Exercise.objects.create(slug="latihan-ulang", title="Latihan Ulang", pass_mark=80)
    exercise_add_cases(exercise, cases)
    return exercise


@pytest.fixture
def case(exercise):
    return exercise.exercise_cases.first().case


def start(client, exercise, case, **data):
    response = client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk]), data)
    assert response.status_code == 302, response
    return response.url.rstrip("/").split("/")[-2], response.url


def wrong_entry(case):
    entry = copy.deepcopy(case.answer_key)
    entry["korban"][0]["nama"] = "Nama Lain Sekali"
    return entry


def test_retry_from_previous_answers_prefills_every_step_and_saves_after_one_fix(trainee_client, trainee, exercise, case):
    run, _ = start(trainee_client, exercise, case)
    submit(trainee_client, run, wrong_entry(case))
    first = Attempt.objects.get(user=trainee)
    assert first.score < 100
    page = trainee_client.get(reverse("exercises:attempt_result", args=[first.pk])).content.decode()
    assert 'value="sebelumnya"' in page and 'value="kosong"' in page

    again, url = start(trainee_client, exercise, case, mulai="sebelumnya", dari=str(first.pk))
    assert again != run
    second = Attempt.objects.get(user=trainee, status=Attempt.Status.OPEN)
    assert second.started_at > first.started_at  # the clock is new
    html = trainee_client.get(reverse("exercises:wizard_step", args=[again, "korban"])).content.decode()
    assert "Nama Lain Sekali" in html  # the previous entry, prefilled
    # Fix the one wrong field, then save straight from Tinjau: the other steps are kept as they were.
    prefix = run_prefix(uuid.UUID(again))
    korban = step_data_from_entry(case.answer_key)["korban"]
    response = trainee_client.post(reverse("exercises:wizard_step", args=[again, "korban"]),
                                   {f"{prefix}-current_step": "korban", **korban})
    assert response.status_code == 302
    response = trainee_client.post(reverse("exercises:wizard_step", args=[again, STEP_NAMES[-1]]),
                                   {f"{prefix}-current_step": STEP_NAMES[-1]})
    assert response.status_code == 302, response.context and response.context["wizard"]["form"].errors
    trainee_client.get(response.url)
    second.refresh_from_db()
    assert second.status == Attempt.Status.SUBMITTED and second.score == 100


def test_retry_from_blank_starts_empty(trainee_client, trainee, exercise, case):
    run, _ = start(trainee_client, exercise, case)
    submit(trainee_client, run, wrong_entry(case))
    again, _ = start(trainee_client, exercise, case, mulai="kosong")
    html = trainee_client.get(reverse("exercises:wizard_step", args=[again, "korban"])).content.decode()
    assert "Nama Lain Sekali" not in html


def test_an_assessed_case_still_allows_one_attempt_and_offers_no_retry(trainee_client, trainee, exercise, case):
    exercise.mode = Exercise.Mode.ASSESSED
    exercise.save()
    run, _ = start(trainee_client, exercise, case)
    submit(trainee_client, run, wrong_entry(case))
    response = trainee_client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk]), {"mulai": "sebelumnya"})
    assert response.status_code == 302 and Attempt.objects.filter(user=trainee).count() == 1
    detail = trainee_client.get(reverse("exercises:exercise_detail", args=[exercise.slug])).content.decode()
    assert 'value="sebelumnya"' not in detail


def test_a_retry_cannot_start_from_another_trainees_attempt(trainee_client, other_trainee, exercise, case):
    client = Client()
    client.force_login(other_trainee)
    theirs, _ = start(client, exercise, case)
    submit(client, theirs, wrong_entry(case))
    their_attempt = Attempt.objects.get(user=other_trainee)
    again, _ = start(trainee_client, exercise, case, mulai="sebelumnya", dari=str(their_attempt.pk))
    html = trainee_client.get(reverse("exercises:wizard_step", args=[again, "korban"])).content.decode()
    assert "Nama Lain Sekali" not in html
