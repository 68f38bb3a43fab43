"""The progress box's outline is cached until content changes: a fixed few queries per page,
and a publish, an unpublish, a deleted session or an exercise's new case shows at once."""

import pytest

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise
from modules.selectors import programme_progress

pytestmark = pytest.mark.django_db


@pytest.fixture
def exercise():
    exercise = Exercise.objects.create(slug="latihan-kotak", title="Latihan Kotak")
    exercise_add_cases(exercise, cases_store([case_values(generate_case(seed=21, difficulty="dasar"))]))
    return exercise


@pytest.fixture
def with_exercise(sessions, exercise):
    session = sessions[1]
    session.body = [("exercise", {"exercise": exercise, "intro": "Coba"})]
    session.save_revision().publish()
    return session


def passed_attempt(user, exercise, case):
    import uuid

    from django.utils import timezone

    return Attempt.objects.create(user=user, exercise=exercise, case=case, run_token=uuid.uuid4(), mode="practice",
                                  status="submitted", started_at=timezone.now(), submitted_at=timezone.now(),
                                  passed=True, score=100)


def test_a_second_read_costs_a_fixed_few_queries(django_assert_max_num_queries, trainee, programme,
                                                       with_exercise, exercise):
    first = programme_progress(user=trainee, programme=programme)
    assert first["exercises_total"] == 1 and first["sessions_total"] == 3
    # One cache read (a database table without REDIS_URL), the marks, the exercises and their
    # cases, the passed attempts; no session body is read.
    with django_assert_max_num_queries(5):
        again = programme_progress(user=trainee, programme=programme)
    assert again == first
    passed_attempt(trainee, exercise, exercise.exercise_cases.first().case)
    assert programme_progress(user=trainee, programme=programme)["exercises_passed"] == 1


def test_publishing_a_new_session_shows_at_once(trainee, programme, day, sessions):
    import datetime as dt

    from modules.models import SessionPage

    assert programme_progress(user=trainee, programme=programme)["sessions_total"] == 3
    new = day.add_child(instance=SessionPage(title="Penutupan", start_time=dt.time(15), end_time=dt.time(15, 30),
                                             live=False))
    assert programme_progress(user=trainee, programme=programme)["sessions_total"] == 3  # a draft does not count
    new.save_revision().publish()
    assert programme_progress(user=trainee, programme=programme)["sessions_total"] == 4
    new.refresh_from_db()
    new.unpublish()
    assert programme_progress(user=trainee, programme=programme)["sessions_total"] == 3


def test_an_exercise_block_and_a_new_case_show_at_once(trainee, programme, sessions, exercise):
    assert programme_progress(user=trainee, programme=programme)["exercises_total"] == 0
    session = sessions[0]
    session.body = [("exercise", {"exercise": exercise, "intro": ""})]
    session.save_revision().publish()
    assert programme_progress(user=trainee, programme=programme)["exercises_total"] == 1
    only = exercise.exercise_cases.first().case
    passed_attempt(trainee, exercise, only)
    assert programme_progress(user=trainee, programme=programme)["exercises_passed"] == 1
    # A second case in the exercise: passing it is needed again, cache or not.
    exercise_add_cases(exercise, cases_store([case_values(generate_case(seed=22, difficulty="dasar"))]))
    assert programme_progress(user=trainee, programme=programme)["exercises_passed"] == 0


def test_deleting_a_session_shows_at_once(trainee, programme, sessions):
    assert programme_progress(user=trainee, programme=programme)["sessions_total"] == 3
    sessions[2].delete()
    assert programme_progress(user=trainee, programme=programme)["sessions_total"] == 2
