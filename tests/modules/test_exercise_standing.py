"""The learning site's "exercise passed": the progress bar and the exercise blocks use exercise_passes
and show an assessed exercise's score and pass only once its feedback is released."""

import datetime as dt

import pytest

from exercises.models import Exercise, ExerciseCase
from modules.models import SessionPage
from modules.selectors import programme_progress
from tests.exercises.test_selectors import attempt, make_case, make_exercise

pytestmark = pytest.mark.django_db


@pytest.fixture
def assessed_session(day):
    a, b = make_case("A"), make_case("B")
    exercise = make_exercise("ujian-sesi", [a, b], mode=Exercise.Mode.ASSESSED)
    session = day.add_child(instance=SessionPage(
        title="Post-test", start_time=dt.time(14), end_time=dt.time(15), session_type="posttest",
        body=[{"type": "exercise", "value": {"exercise": exercise.pk, "intro": "Kerjakan."}}]))
    return session, exercise, (a, b)


def test_an_assessed_pass_counts_for_the_trainee_only_once_released(assessed_session, programme, trainee, client):
    session, exercise, cases = assessed_session
    for case in cases:
        attempt(trainee, exercise, case, passed=True, score=88)
    client.force_login(trainee)
    assert programme_progress(user=trainee, programme=programme)["exercises_passed"] == 0
    page = client.get(session.url).content.decode()
    assert "Nilai terbaik Anda" not in page
    assert "status-passed" not in page and "sudah dicoba" in page
    Exercise.objects.filter(pk=exercise.pk).update(feedback_released=True)
    progress = programme_progress(user=trainee, programme=programme)
    assert (progress["exercises_passed"], progress["exercises_total"]) == (1, 1)
    page = client.get(session.url).content.decode()
    assert "Nilai terbaik Anda: 88%" in page and "status-passed" in page


def test_progress_follows_the_cases_the_exercise_holds_now(assessed_session, programme, trainee):
    _session, exercise, (a, b) = assessed_session
    Exercise.objects.filter(pk=exercise.pk).update(feedback_released=True)
    attempt(trainee, exercise, a, passed=True)
    assert programme_progress(user=trainee, programme=programme)["exercises_passed"] == 0
    ExerciseCase.objects.filter(exercise=exercise, case=b).delete()
    assert programme_progress(user=trainee, programme=programme)["exercises_passed"] == 1
