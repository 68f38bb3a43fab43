"""Wizard runs kept in the database: resumed anywhere by their owner, closed to everyone else, cleaned when stale."""

import datetime as dt
import io
import uuid

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.http import Http404
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from exercises import services
from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.entry import STEP_NAMES, step_data_from_entry
from exercises.generator import generate_case
from exercises.models import Attempt, CaseEntry, Exercise, WizardRun
from exercises.services import AttemptRefused, attempt_start, attempt_touch
from tests.samples import sample_entry

from .test_casebank import run_manage
from .wizard_helpers import post_step, start_run, step_url, walk

pytestmark = pytest.mark.django_db


@pytest.fixture
def exercise():
    cases = cases_store([case_values(generate_case(seed=5, difficulty="dasar"))])
    exercise = Exercise.objects.create(slug="latihan-runs", title="Latihan Runs", pass_mark=80, time_limit_minutes=30)
    exercise_add_cases(exercise, cases)
    return exercise


@pytest.fixture
def case(exercise):
    return exercise.exercise_cases.get().case


def open_case(client, exercise, case):
    response = client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk]))
    assert response.status_code == 302, response
    return response.url.rstrip("/").split("/")[-2], response.url


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# resuming


def _two_steps_typed(client, run, entry):
    data = step_data_from_entry(entry)
    for step in ("registrasi", "pelapor"):
        assert post_step(client, run, step, data[step]).status_code == 302
    # A third step typed but left through the step list, not saved as valid.
    typed = dict(data["korban"])
    post_step(client, run, "korban", typed, wizard_goto_step="pelapor")
    return data


def test_an_open_attempt_resumes_at_its_step_with_everything_typed_after_logout(client, trainee, exercise, case):
    client.force_login(trainee)
    run, _ = open_case(client, exercise, case)
    data = _two_steps_typed(client, run, case.answer_key)
    logout = client.post(reverse("logout"))
    assert logout.status_code == 302 and logout.url == "/"  # it used to be a 500 (no URL named "home")
    assert client.get(step_url(run, "pelapor")).status_code == 302  # signed out: to the login page
    client.force_login(trainee)
    again, url = open_case(client, exercise, case)
    assert again == run and url == step_url(run, "pelapor")
    page = client.get(url).content.decode()
    assert f'value="{data["pelapor"]["pelapor-nama"][0]}"' in page
    korban = client.get(step_url(run, "korban")).content.decode()
    assert f'value="{data["korban"]["korban-0-nama"][0]}"' in korban
    assert case.document_text.splitlines()[0] in page
    assert Attempt.objects.filter(user=trainee).count() == 1


def test_a_run_resumes_on_a_second_browser(trainee):
    first = signed_in(trainee)
    run, _ = start_run(first)
    data = _two_steps_typed(first, run, sample_entry())
    second = signed_in(trainee)  # another browser: its own session
    assert second.session.session_key != first.session.session_key
    page = second.get(step_url(run, "pelapor")).content.decode()
    assert 'value="Siti Aminah"' in page
    registrasi = second.get(step_url(run, "registrasi")).content.decode()
    assert 'value="UPTD_PPA" selected' in registrasi
    # The second browser finishes what the first began.
    for step in STEP_NAMES[2:]:
        assert post_step(second, run, step, data[step]).status_code == 302
    second.get(step_url(run, "simpan"))
    assert CaseEntry.objects.get(owner=trainee).data == sample_entry()


def test_an_attempt_resumes_on_a_second_browser_at_the_same_step(trainee, exercise, case):
    first = signed_in(trainee)
    run, _ = open_case(first, exercise, case)
    data = _two_steps_typed(first, run, case.answer_key)
    second = signed_in(trainee)
    again, url = open_case(second, exercise, case)
    assert (again, url) == (run, step_url(run, "pelapor"))
    assert f'value="{data["pelapor"]["pelapor-nama"][0]}"' in second.get(url).content.decode()


def test_any_number_of_other_runs_keep_the_first(trainee_client, trainee):
    run, _ = start_run(trainee_client)
    data = step_data_from_entry(sample_entry())
    post_step(trainee_client, run, "registrasi", data["registrasi"])
    post_step(trainee_client, run, "pelapor", data["pelapor"])
    for _ in range(15):  # the session kept only the latest 12
        other, _ = start_run(trainee_client)
        post_step(trainee_client, other, "registrasi", data["registrasi"])
    page = trainee_client.get(step_url(run, "pelapor")).content.decode()
    assert 'value="Siti Aminah"' in page
    assert WizardRun.objects.filter(owner=trainee).count() == 16


def test_a_wizard_get_does_not_write_the_session(trainee_client):
    _, url = start_run(trainee_client)
    trainee_client.get(url)
    before = trainee_client.session.session_key
    response = trainee_client.get(url)
    assert response.status_code == 200
    assert "sessionid" not in response.cookies and trainee_client.session.session_key == before


# ownership


def test_a_foreign_run_is_404_on_get_and_post_and_the_owner_still_saves(client, trainee, other_trainee):
    owner = signed_in(trainee)
    run, _ = start_run(owner)
    data = step_data_from_entry(sample_entry())
    post_step(owner, run, "registrasi", data["registrasi"])
    stored = WizardRun.objects.get(token=run).data

    client.force_login(other_trainee)
    theirs = dict(data["registrasi"], **{"registrasi-unit_layanan": ["WCC"]})
    assert client.get(reverse("exercises:wizard", args=[run])).status_code == 404
    for step in STEP_NAMES:
        assert client.get(step_url(run, step)).status_code == 404
        payload = theirs if step == "registrasi" else data[step]
        assert post_step(client, run, step, payload).status_code == 404
    assert post_step(client, run, "pelapor", data["pelapor"], wizard_goto_step="registrasi").status_code == 404
    assert client.get(step_url(run, "simpan")).status_code == 404
    assert not CaseEntry.objects.exists()
    assert WizardRun.objects.get(token=run).data == stored  # nothing written into it

    # The owner saves, and saving again still leads to the same case (it used to be a 500).
    for step in STEP_NAMES[1:]:
        post_step(owner, run, step, data[step])
    done = owner.get(step_url(run, "simpan"))
    entry = CaseEntry.objects.get()
    assert entry.owner == trainee and entry.data["registrasi"]["unit_layanan"] == "UPTD_PPA"
    assert done.url == reverse("exercises:case_detail", args=[entry.pk])
    assert owner.get(step_url(run, "simpan")).url == done.url
    # The saved run stays closed to the other trainee.
    assert client.get(step_url(run, "tinjau")).status_code == 404


def test_an_unknown_run_is_404(trainee_client):
    assert trainee_client.get(step_url(uuid.uuid4(), "registrasi")).status_code == 404


def test_another_trainees_attempt_run_cannot_be_opened_by_start(client, trainee, other_trainee, exercise, case):
    from exercises.views.wizard import run_resume

    client.force_login(trainee)
    run, _ = open_case(client, exercise, case)
    request = type("Request", (), {"user": other_trainee})()
    with pytest.raises(Http404):
        run_resume(request, run=uuid.UUID(run), extra={})
    assert WizardRun.objects.get(token=run).owner == trainee


def test_a_saved_run_from_before_the_database_runs_leads_to_its_case(trainee_client, trainee):
    run, _ = walk(trainee_client, sample_entry())
    WizardRun.objects.all().delete()  # as a case saved from a session-kept run
    response = trainee_client.get(step_url(run, "registrasi"))
    assert response.url == reverse("exercises:case_detail", args=[CaseEntry.objects.get().pk])


# where the trainee is, for the room view


def test_each_step_of_an_attempt_records_where_the_trainee_is(trainee_client, trainee, exercise, case):
    run, url = open_case(trainee_client, exercise, case)
    trainee_client.get(url)
    attempt = Attempt.objects.get(user=trainee)
    assert attempt.current_step == "registrasi" and attempt.last_seen_at is not None
    first_seen = attempt.last_seen_at
    data = step_data_from_entry(case.answer_key)
    response = post_step(trainee_client, run, "registrasi", data["registrasi"])
    attempt.refresh_from_db()
    # A step's POST that redirects records nothing: the page it leads to does, as a browser follows it.
    assert attempt.current_step == "registrasi" and attempt.last_seen_at == first_seen
    trainee_client.get(response.url)
    attempt.refresh_from_db()
    assert attempt.current_step == "pelapor" and attempt.last_seen_at >= first_seen
    trainee_client.get(step_url(run, "korban"))
    attempt.refresh_from_db()
    assert attempt.current_step == "korban"


def test_case_entry_runs_touch_no_attempt(trainee_client, trainee, exercise, case):
    open_case(trainee_client, exercise, case)
    walk(trainee_client, sample_entry())
    assert Attempt.objects.get(user=trainee).last_seen_at is None


def test_attempt_touch_is_one_update(django_assert_num_queries, trainee, exercise, case):
    attempt = attempt_start(user=trainee, exercise=exercise, case=case)
    with django_assert_num_queries(1):
        assert attempt_touch(attempt_id=attempt.pk, step="korban") == 1
    attempt.refresh_from_db()
    assert attempt.current_step == "korban"


def test_a_step_get_after_its_post_writes_no_run_and_every_step_is_timed(trainee_client, trainee, exercise, case,
                                                                        monkeypatch):
    """The POST that leads to a step starts its clock, so the GET that follows writes nothing to the run;
    the seconds still add up per step, and the save adds the review step's."""
    clock = [timezone.now()]
    monkeypatch.setattr("exercises.views.wizard.timezone.now", lambda: clock[0])
    run, url = open_case(trainee_client, exercise, case)
    trainee_client.get(url)
    data = step_data_from_entry(case.answer_key)
    for number, step in enumerate(STEP_NAMES):
        clock[0] += dt.timedelta(seconds=10 * (number + 1))  # 10 s on the first step, 20 s on the second...
        response = post_step(trainee_client, run, step, data[step])
        assert response.status_code == 302, step
        if step != STEP_NAMES[-1]:
            with CaptureQueriesContext(connection) as queries:
                assert trainee_client.get(response.url).status_code == 200
            writes = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
            assert not any(WizardRun._meta.db_table in sql for sql in writes), step  # the GET wrote no run
    seconds = Attempt.objects.get(user=trainee).step_seconds
    assert seconds == {step: 10.0 * (number + 1) for number, step in enumerate(STEP_NAMES)}


# double start


def _stale_first_pass(monkeypatch):
    """This request read before another one's attempt was committed: its first pass inserts regardless."""
    real = services._attempt_open_or_create
    passes = []

    def stale(*, user, exercise, case, **rest):
        passes.append(1)
        if len(passes) == 1:
            return Attempt.objects.create(user=user, exercise=exercise, case=case, run_token=uuid.uuid4(),
                                          mode=exercise.mode, started_at=timezone.now())
        return real(user=user, exercise=exercise, case=case, **rest)

    monkeypatch.setattr(services, "_attempt_open_or_create", stale)
    return passes


@pytest.mark.parametrize("mode", ["practice", "assessed"])
def test_a_double_start_opens_the_same_attempt(monkeypatch, trainee, exercise, case, mode):
    exercise.mode = mode
    exercise.save()
    rival = attempt_start(user=trainee, exercise=exercise, case=case)
    passes = _stale_first_pass(monkeypatch)
    again = attempt_start(user=trainee, exercise=exercise, case=case)
    assert len(passes) == 2 and again.pk == rival.pk
    assert Attempt.objects.filter(user=trainee).count() == 1


def test_a_second_start_of_an_assessed_case_is_still_refused(monkeypatch, trainee, exercise, case):
    exercise.mode = "assessed"
    exercise.save()
    done = attempt_start(user=trainee, exercise=exercise, case=case)
    Attempt.objects.filter(pk=done.pk).update(status="submitted")
    _stale_first_pass(monkeypatch)
    with pytest.raises(AttemptRefused, match="hanya dapat dikerjakan satu kali"):
        attempt_start(user=trainee, exercise=exercise, case=case)
    assert Attempt.objects.filter(user=trainee).count() == 1


def test_two_start_clicks_lead_to_the_same_run(trainee_client, trainee, exercise, case):
    first = open_case(trainee_client, exercise, case)
    second = open_case(trainee_client, exercise, case)
    assert first == second
    assert Attempt.objects.filter(user=trainee).count() == 1 and WizardRun.objects.filter(owner=trainee).count() == 1


# cleaning


def _aged(run: WizardRun, days: int) -> None:
    WizardRun.objects.filter(pk=run.pk).update(updated_at=timezone.now() - dt.timedelta(days=days))


def test_clean_wizard_runs_deletes_only_old_unsaved_runs(trainee, other_trainee):
    from exercises.wizard_storage import run_create

    old = run_create(owner=trainee, step="registrasi")
    old_other = run_create(owner=other_trainee, step="pelapor")
    saved = run_create(owner=trainee, step="registrasi")
    WizardRun.objects.filter(pk=saved.pk).update(saved_at=timezone.now() - dt.timedelta(days=40))
    recent = run_create(owner=trainee, step="registrasi")
    for run in (old, old_other, saved):
        _aged(run, 20)
    _aged(recent, 3)

    out = io.StringIO()
    call_command("clean_wizard_runs", "--older-than", "30", stdout=out)
    assert WizardRun.objects.count() == 4 and "Deleted 0" in out.getvalue()
    call_command("clean_wizard_runs", stdout=out)  # default: 14 days
    assert set(WizardRun.objects.values_list("pk", flat=True)) == {saved.pk, recent.pk}
    assert "Deleted 2 unsaved wizard runs" in out.getvalue()


@pytest.mark.parametrize(("args", "fragment"), [
    (["--older-than", "0"], "--older-than must be between"),
    (["--older-than", "-5"], "--older-than must be between"),
    (["--older-than", "lima"], "invalid int value"),
    (["--older-than"], "expected one argument"),
])
def test_clean_wizard_runs_refuses_bad_input_with_one_line_and_status_2(args, fragment):
    result = run_manage("clean_wizard_runs", *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]


def test_clean_wizard_runs_refuses_bad_days_through_call_command():
    with pytest.raises(CommandError) as error:
        call_command("clean_wizard_runs", older_than=100_000)
    assert error.value.returncode == 2


def test_the_stored_run_keeps_no_csrf_token(trainee_client):
    run, _ = start_run(trainee_client)
    data = step_data_from_entry(sample_entry())
    post_step(trainee_client, run, "registrasi", data["registrasi"], csrfmiddlewaretoken="rahasia")
    stored = WizardRun.objects.get(token=run).data["step_data"]["registrasi"]
    assert "csrfmiddlewaretoken" not in stored and stored["registrasi-kanal_pengaduan"] == ["DATANG_LANGSUNG"]
