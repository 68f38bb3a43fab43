"""The load harness's accounts and plan: the plan's POST data really walks the wizard, and the
counts see a save once."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from benchmarks.load import percentile
from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Exercise
from exercises.views.wizard import run_prefix

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice_exercise():
    cases = cases_store(case_values(generate_case(seed=s, difficulty="dasar")) for s in (11, 12))
    exercise = Exercise.objects.create(slug="latihan-beban", title="Latihan Beban")
    exercise_add_cases(exercise, cases)
    return exercise


def test_prepare_makes_the_trainees_and_a_plan_whose_data_walks_the_wizard(client, practice_exercise, tmp_path):
    out = tmp_path / "plan.json"
    call_command("bench_room", "prepare", "--trainees", "3", "--out", str(out))
    plan = json.loads(out.read_text())
    assert [t["username"] for t in plan["trainees"]] == ["bench-00000", "bench-00001", "bench-00002"]
    person = plan["trainees"][1]
    assert client.login(username=person["username"], password=plan["password"])
    started = client.post(reverse("exercises:case_start", args=[person["exercise"], person["case"]]))
    assert started.status_code == 302
    run = started.url.rstrip("/").split("/")[-2]
    import uuid

    response = None
    for step in plan["steps"]:
        data = {**plan["cases"][str(person["case"])][step], f"{run_prefix(uuid.UUID(run))}-current_step": step}
        response = client.post(reverse("exercises:wizard_step", args=[run, step]), data)
        assert response.status_code == 302, step
    client.get(response.url)
    counts = json.loads(_count())
    assert counts["submitted"] == 1 and counts["scored"] == 1 and counts["duplicates"] == 0
    # Preparing again replaces the benchmark accounts (and their attempts), nobody else's.
    get_user_model().objects.create_user(username="peserta-asli", password="pw-asli-12345")
    call_command("bench_room", "prepare", "--trainees", "2", "--out", str(out))
    assert get_user_model().objects.filter(username__startswith="bench-").count() == 2
    assert get_user_model().objects.filter(username="peserta-asli").exists()
    assert json.loads(_count())["attempts"] == 0


def _count() -> str:
    import io

    buffer = io.StringIO()
    call_command("bench_room", "count", stdout=buffer)
    return buffer.getvalue()


def test_prepare_refuses_a_bad_count_and_an_empty_bank(practice_exercise):
    with pytest.raises(CommandError) as refused:
        call_command("bench_room", "prepare", "--trainees", "0")
    assert refused.value.returncode == 2
    Exercise.objects.all().delete()
    with pytest.raises(CommandError, match="seed_demo"):
        call_command("bench_room", "prepare", "--trainees", "2")


def test_percentile_picks_the_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) in (50.0, 51.0)
    assert percentile(values, 0.95) == 95.0
    assert percentile(values, 1.0) == 100.0


def test_old_hashes_store_pbkdf2_as_accounts_from_before_argon2id(practice_exercise, tmp_path):
    from django.test import override_settings

    from training_site.settings.base import PASSWORD_HASHERS

    with override_settings(PASSWORD_HASHERS=PASSWORD_HASHERS):
        call_command("bench_room", "prepare", "--trainees", "1", "--old-hashes", "--out", str(tmp_path / "p.json"))
        assert get_user_model().objects.get(username="bench-00000").password.startswith("pbkdf2_sha256$")
        call_command("bench_room", "prepare", "--trainees", "1", "--out", str(tmp_path / "p.json"))
        assert get_user_model().objects.get(username="bench-00000").password.startswith("argon2$argon2id$")
