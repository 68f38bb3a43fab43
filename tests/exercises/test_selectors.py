"""One rule per fact: "exercise passed" (exercise_passes), "result visible" (can_see_result) and the
exercise list's standing, checked on hand-built exercises, cases and attempts."""

import uuid

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.urls import reverse
from django.utils import timezone

from exercises.models import Attempt, Case, Exercise, ExerciseCase
from exercises.permissions import FACILITATOR_GROUP, can_see_result, can_see_results
from exercises.selectors import exercise_passes, exercises_for

pytestmark = pytest.mark.django_db


def make_case(title: str) -> Case:
    return Case.objects.create(title=title, document_title=title, document_text="Kasus fiktif.")


def make_exercise(slug: str, cases, *, mode=Exercise.Mode.PRACTICE, released=False) -> Exercise:
    exercise = Exercise.objects.create(slug=slug, title=slug, mode=mode, feedback_released=released)
    for order, case in enumerate(cases):
        ExerciseCase.objects.create(exercise=exercise, case=case, sort_order=order)
    return exercise


def attempt(user, exercise, case, *, passed: bool, status=Attempt.Status.SUBMITTED, score=None) -> Attempt:
    now = timezone.now()
    return Attempt.objects.create(
        user=user, exercise=exercise, case=case, run_token=uuid.uuid4(), mode=exercise.mode, status=status,
        started_at=now, submitted_at=now if status == Attempt.Status.SUBMITTED else None,
        score=score if score is not None else (90 if passed else 40), passed=passed)


@pytest.fixture
def bank():
    a, b, c = make_case("A"), make_case("B"), make_case("C")
    return {"a": a, "b": b, "c": c, "practice": make_exercise("latihan", [a, b]),
            "assessed": make_exercise("ujian", [a, c], mode=Exercise.Mode.ASSESSED)}


def test_an_exercise_is_passed_when_every_case_it_holds_has_a_passing_saved_attempt(bank, trainee, other_trainee):
    practice = bank["practice"]
    attempt(trainee, practice, bank["a"], passed=True)
    attempt(trainee, practice, bank["b"], passed=False)
    attempt(other_trainee, practice, bank["a"], passed=True)
    attempt(other_trainee, practice, bank["b"], passed=True)
    assert exercise_passes(users=[trainee, other_trainee], exercises=[practice]) == {(other_trainee.pk, practice.pk)}
    attempt(trainee, practice, bank["b"], passed=True)  # a later retry passes: any passing attempt counts
    assert exercise_passes(users=[trainee], exercises=[practice]) == {(trainee.pk, practice.pk)}


def test_an_open_attempt_or_an_attempt_in_another_exercise_does_not_count(bank, trainee):
    practice, assessed = bank["practice"], bank["assessed"]
    attempt(trainee, practice, bank["a"], passed=True)
    attempt(trainee, assessed, bank["b"], passed=True)  # case B, but under the other exercise
    assert exercise_passes(users=[trainee], exercises=[practice]) == set()
    attempt(trainee, practice, bank["b"], passed=True, status=Attempt.Status.OPEN)
    assert exercise_passes(users=[trainee], exercises=[practice]) == set()


def test_a_case_removed_from_the_exercise_stops_counting_and_an_added_one_must_be_passed(bank, trainee):
    practice = bank["practice"]
    attempt(trainee, practice, bank["a"], passed=True)
    attempt(trainee, practice, bank["b"], passed=False)
    ExerciseCase.objects.filter(exercise=practice, case=bank["b"]).delete()
    assert exercise_passes(users=[trainee], exercises=[practice]) == {(trainee.pk, practice.pk)}
    ExerciseCase.objects.create(exercise=practice, case=bank["c"], sort_order=5)
    assert exercise_passes(users=[trainee], exercises=[practice]) == set()


def test_an_exercise_without_cases_is_never_passed(trainee):
    empty = make_exercise("kosong", [])
    assert exercise_passes(users=[trainee], exercises=[empty]) == set()


def test_released_only_hides_an_assessed_pass_until_the_feedback_is_released(bank, trainee):
    assessed = bank["assessed"]
    attempt(trainee, assessed, bank["a"], passed=True)
    attempt(trainee, assessed, bank["c"], passed=True)
    assert exercise_passes(users=[trainee], exercises=[assessed]) == {(trainee.pk, assessed.pk)}
    assert exercise_passes(users=[trainee], exercises=[assessed], released_only=True) == set()
    Exercise.objects.filter(pk=assessed.pk).update(feedback_released=True)
    assert exercise_passes(users=[trainee], exercises=[assessed], released_only=True) == {(trainee.pk, assessed.pk)}


def test_exercise_passes_takes_querysets_and_ids_in_two_queries(bank, trainee, django_assert_num_queries):
    for case in (bank["a"], bank["b"]):
        attempt(trainee, bank["practice"], case, passed=True)
    with django_assert_num_queries(2):
        passes = exercise_passes(users=type(trainee).objects.all(), exercises=Exercise.objects.all())
    assert passes == {(trainee.pk, bank["practice"].pk)}
    assert exercise_passes(users=[trainee.pk], exercises=[bank["practice"].pk]) == passes


def test_can_see_result_follows_owner_mode_release_and_role(bank, trainee, other_trainee, django_user_model):
    practice_attempt = attempt(trainee, bank["practice"], bank["a"], passed=True)
    assessed_attempt = attempt(trainee, bank["assessed"], bank["a"], passed=True)
    open_attempt = attempt(trainee, bank["practice"], bank["b"], passed=False, status=Attempt.Status.OPEN)
    assert can_see_result(trainee, practice_attempt)
    assert not can_see_result(trainee, assessed_attempt)  # not released yet
    assert not can_see_result(trainee, open_attempt)  # nothing saved to see
    assert not can_see_result(other_trainee, practice_attempt)  # someone else's
    assert not can_see_result(AnonymousUser(), practice_attempt)
    facilitator = django_user_model.objects.create_user(username="fasil", password="pw-fasil-1")
    facilitator.groups.add(Group.objects.get(name=FACILITATOR_GROUP))
    assert can_see_result(facilitator, assessed_attempt)
    bank["assessed"].feedback_released = True
    bank["assessed"].save()
    assessed_attempt.refresh_from_db()
    assert can_see_result(trainee, assessed_attempt)
    assert can_see_results(trainee, bank["assessed"]) and can_see_results(trainee, bank["practice"])


def test_an_attempt_keeps_the_mode_it_started_in(bank, trainee):
    practice_attempt = attempt(trainee, bank["practice"], bank["a"], passed=True)
    Exercise.objects.filter(pk=bank["practice"].pk).update(mode=Exercise.Mode.ASSESSED)
    practice_attempt.refresh_from_db()
    assert can_see_result(trainee, practice_attempt)


def test_exercise_list_standing_counts_only_the_users_attempts_on_cases_held_now(bank, trainee, other_trainee):
    practice = bank["practice"]
    attempt(trainee, practice, bank["a"], passed=True, score=95)
    attempt(trainee, practice, bank["b"], passed=True, score=85)
    for case in (bank["a"], bank["b"]):
        attempt(other_trainee, practice, case, passed=True, score=100)
    ExerciseCase.objects.filter(exercise=practice, case=bank["b"]).delete()
    ExerciseCase.objects.create(exercise=practice, case=bank["c"], sort_order=5)
    row = next(e for e in exercises_for(user=trainee) if e.pk == practice.pk)
    assert (row.case_count, row.attempt_count, row.best_score, row.passed_cases) == (2, 2, 95, 1)
    assert row.passed is False and row.results_visible is True


def test_exercise_list_hides_an_unreleased_assessed_score(bank, trainee, client):
    attempt(trainee, bank["assessed"], bank["a"], passed=True, score=77)
    client.force_login(trainee)
    page = client.get(reverse("exercises:exercise_list")).content.decode()
    assert "ujian" in page and "77%" not in page
    Exercise.objects.filter(pk=bank["assessed"].pk).update(feedback_released=True)
    assert "77%" in client.get(reverse("exercises:exercise_list")).content.decode()
