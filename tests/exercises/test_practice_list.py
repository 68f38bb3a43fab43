"""The practice list: the facilitator's order, a status per exercise, progress by the one pass rule."""

import pytest
from django.urls import reverse

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise, default_position
from exercises.selectors import exercises_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme_exercises():
    made = {}
    for slug, title, level in (("post-test", "Post-test Hari 2", "menengah"), ("latihan-mahir", "Latihan Mahir", "mahir"),
                               ("latihan-dasar", "Latihan Dasar", "dasar"), ("pre-test", "Pre-test Hari 2", "menengah"),
                               ("latihan-menengah", "Latihan Menengah", "menengah")):
        exercise = Exercise.objects.create(slug=slug, title=title, difficulty=level)
        made[slug] = exercise
    cases = cases_store(case_values(generate_case(seed=s, difficulty="dasar")) for s in (1, 2))
    exercise_add_cases(made["latihan-dasar"], cases)
    exercise_add_cases(made["latihan-menengah"], cases)
    return made


def test_default_position_is_pre_test_levels_post_test():
    assert default_position(slug="pre-test", title="Pre-test", difficulty="menengah") == 10
    assert default_position(slug="x", title="Posttest akhir", difficulty="dasar") == 50
    order = sorted(["mahir", "dasar", "menengah"], key=lambda d: default_position(slug="", title="", difficulty=d))
    assert order == ["dasar", "menengah", "mahir"]


def test_exercises_come_in_the_facilitators_order(trainee, programme_exercises):
    slugs = [e.slug for e in exercises_for(user=trainee)]
    assert slugs == ["pre-test", "latihan-dasar", "latihan-menengah", "latihan-mahir", "post-test"]
    Exercise.objects.filter(slug="latihan-mahir").update(order=1)  # the facilitator puts it first
    assert [e.slug for e in exercises_for(user=trainee)][0] == "latihan-mahir"


def pass_case(trainee, exercise, case, *, passed=True):
    Attempt.objects.create(user=trainee, exercise=exercise, case=case, run_token=__import__("uuid").uuid4(),
                           mode=exercise.mode, status=Attempt.Status.SUBMITTED, started_at="2026-11-30T08:00Z",
                           submitted_at="2026-11-30T08:10Z", score=100 if passed else 50, passed=passed)


def test_progress_and_status_follow_exercise_passes(trainee, trainee_client, programme_exercises):
    dasar, menengah = programme_exercises["latihan-dasar"], programme_exercises["latihan-menengah"]
    for link in dasar.exercise_cases.all():
        pass_case(trainee, dasar, link.case)
    pass_case(trainee, menengah, menengah.exercise_cases.first().case)  # one of two cases: not passed
    page = trainee_client.get(reverse("exercises:exercise_list")).content.decode()
    assert "1 dari 5 latihan lulus" in page
    assert page.count('data-status="passed"') == 1 and page.count('data-status="attempted"') == 1
    assert page.index("Pre-test Hari 2") < page.index("Latihan Dasar") < page.index("Post-test Hari 2")
