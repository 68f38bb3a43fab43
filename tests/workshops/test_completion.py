"""Completion: the pure rule, and the selector gathering its facts in a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from modules.services import session_done_set
from workshops.completion import completion_decide
from workshops.models import Attendance
from workshops.selectors import completion_for, exercise_scores, participant_rows

from .conftest import attempt_make, exercise_pass, participant_make


@pytest.mark.parametrize("present, passed, post, expected", [
    ({1, 2}, {10}, 80, True),
    ({1}, {10}, 80, False),          # a required session missing
    ({1, 2}, set(), 80, False),      # the required exercise not passed
    ({1, 2}, {10}, 69.9, False),     # post-test below the threshold
    ({1, 2}, {10}, 70, True),        # at the threshold counts
    ({1, 2}, {10}, None, False),     # no post-test taken
])
def test_completion_rule(present, passed, post, expected):
    result = completion_decide(required_sessions={1, 2}, present_sessions=present, required_exercises={10},
                               passed_exercises=passed, post_score=post, post_threshold=70)
    assert result.complete is expected


def test_without_a_post_test_only_sessions_and_exercises_count():
    result = completion_decide(required_sessions=set(), present_sessions=set(), required_exercises=set(),
                               passed_exercises=set(), post_score=None, post_threshold=None)
    assert result.complete and result.post_ok


pytestmark = pytest.mark.django_db


def test_completion_from_attendance_done_marks_passes_and_post_test(workshop, sessions, practice, post_test):
    participant = participant_make(workshop)
    assert not completion_for(workshop=workshop)[participant.pk].complete
    Attendance.objects.create(participant=participant, session=sessions[0], method="manual",
                              checked_in_at=participant.joined_at)
    session_done_set(user=participant.user, session=sessions[1])  # a done-mark counts as attended
    exercise_pass(participant.user, practice)
    attempt_make(participant.user, post_test, score=60, passed=False)
    state = completion_for(workshop=workshop)[participant.pk]
    assert state.sessions_ok and state.exercises_ok and not state.post_ok and not state.complete
    other = participant_make(workshop, name="Budi")
    attempt_make(other.user, post_test, score=90)
    assert completion_for(workshop=workshop)[other.pk].post_ok


def test_a_half_passed_exercise_does_not_count(workshop, practice):
    participant = participant_make(workshop)
    attempt_make(participant.user, practice)  # one case of two
    assert completion_for(workshop=workshop)[participant.pk].exercises_passed == 0


def test_test_scores_average_the_best_per_case_and_count_missing_cases_as_zero(workshop, practice):
    participant = participant_make(workshop)
    first, second = [link.case for link in practice.exercise_cases.order_by("sort_order")]
    attempt_make(participant.user, practice, first, score=40, passed=False)
    attempt_make(participant.user, practice, first, score=80)
    assert exercise_scores(users=[participant.user_id], exercise=practice) == {participant.user_id: 40.0}
    attempt_make(participant.user, practice, second, score=60, passed=False)
    assert exercise_scores(users=[participant.user_id], exercise=practice) == {participant.user_id: 70.0}


def _queries(workshop):
    with CaptureQueriesContext(connection) as captured:
        participant_rows(workshop=workshop)
    return len(captured)


def test_participant_rows_take_the_same_number_of_queries_for_3_and_30(workshop, sessions, practice, post_test):
    for index in range(3):
        p = participant_make(workshop, name=f"P{index}")
        exercise_pass(p.user, practice)
    few = _queries(workshop)
    for index in range(27):
        p = participant_make(workshop, name=f"Q{index}")
        attempt_make(p.user, post_test, score=75)
        Attendance.objects.create(participant=p, session=sessions[0], method="manual", checked_in_at=p.joined_at)
    assert _queries(workshop) == few


def test_open_attempts_for_the_room_view_pick_the_latest_seen_in_fixed_queries(workshop, practice):
    from django.utils import timezone

    from workshops.selectors import open_attempts_for

    first, second = [link.case for link in practice.exercise_cases.order_by("sort_order")]
    participant = participant_make(workshop)
    older = attempt_make(participant.user, practice, first, status="open")
    newer = attempt_make(participant.user, practice, second, status="open")
    type(older).objects.filter(pk=newer.pk).update(last_seen_at=timezone.now(), current_step="pelaku")
    now = open_attempts_for(workshop=workshop)
    assert now[participant.pk].pk == newer.pk and now[participant.pk].current_step == "pelaku"
    with CaptureQueriesContext(connection) as few:
        open_attempts_for(workshop=workshop)
    for index in range(10):
        p = participant_make(workshop, name=f"R{index}")
        attempt_make(p.user, practice, first, status="open")
    with CaptureQueriesContext(connection) as many:
        assert len(open_attempts_for(workshop=workshop)) == 11
    assert len(many) == len(few)
