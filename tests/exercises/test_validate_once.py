"""Validate once, save in one request (issue 14, items 4 and 5).

Each step's checked part of the entry is kept in the run when it is posted; later steps and
the save read it instead of binding every earlier form again. The save still refuses a run
whose steps fail today's rules. The review POST stores, scores and redirects to the result;
no GET writes the session.
"""

import pytest
from django import forms
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.entry import STEP_NAMES, step_data_from_entry
from exercises.forms.steps import RegistrasiForm
from exercises.generator import generate_case
from exercises.models import Attempt, CaseEntry, Exercise
from tests.samples import sample_entry

from .wizard_helpers import post_step, start_run, step_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def bound(monkeypatch):
    """The names of the form classes validated (full_clean) while the fixture is watching."""
    seen: list[str] = []
    original = forms.BaseForm.full_clean

    def spy(self):
        if type(self).__name__ != "ManagementForm":  # the wizard's and formsets' own bookkeeping forms
            seen.append(type(self).__name__)
        return original(self)

    monkeypatch.setattr(forms.BaseForm, "full_clean", spy)
    return seen


def at_review(client, entry=None):
    run, _ = start_run(client)
    data = step_data_from_entry(entry or sample_entry())
    for step in STEP_NAMES[:-1]:
        assert post_step(client, run, step, data[step]).status_code == 302, step
    return run, data


def test_the_save_binds_no_earlier_step_form(trainee_client, trainee, bound):
    run, _ = at_review(trainee_client)
    bound.clear()
    response = post_step(trainee_client, run, "tinjau", {})
    case = CaseEntry.objects.get(owner=trainee)
    assert response.url == reverse("exercises:case_detail", args=[case.pk])  # stored in the one request
    assert case.data == sample_entry()
    assert set(bound) == {"TinjauForm"}, bound


def test_a_later_step_binds_only_its_own_form(trainee_client, bound):
    run, _ = at_review(trainee_client)
    bound.clear()
    page = trainee_client.get(step_url(run, "kejadian"))
    assert page.status_code == 200 and "Rina Lestari" in page.content.decode()  # the victims, from the parts
    assert set(bound) <= {"KejadianForm"}, bound
    bound.clear()
    trainee_client.get(step_url(run, "tinjau"))
    assert set(bound) <= {"TinjauForm"}, bound


def test_a_run_edited_across_a_rule_change_is_refused_at_save(trainee_client, trainee, monkeypatch):
    run, _ = at_review(trainee_client)

    def stricter(self):  # today's rules: a rule added after the run's steps were checked
        cleaned = forms.Form.clean(self)
        self.add_error("kanal_pengaduan", "Aturan baru: kanal ini tidak lagi diterima.")
        return cleaned

    monkeypatch.setattr(RegistrasiForm, "clean", stricter)
    monkeypatch.setattr("exercises.entry.rules_version", lambda: "rules-after-the-change")
    response = post_step(trainee_client, run, "tinjau", {})
    assert response.status_code == 302 and response.url == step_url(run, "registrasi")
    assert not CaseEntry.objects.filter(owner=trainee).exists()
    page = trainee_client.get(response.url).content.decode()
    assert "Aturan baru: kanal ini tidak lagi diterima." in page


def test_without_a_rule_change_the_same_patch_is_not_seen(trainee_client, trainee, monkeypatch):
    """The stamp is what decides: the stored parts are trusted while the rules are the same."""
    run, _ = at_review(trainee_client)
    monkeypatch.setattr(RegistrasiForm, "clean", lambda self: 1 / 0)
    assert post_step(trainee_client, run, "tinjau", {}).status_code == 302
    assert CaseEntry.objects.filter(owner=trainee).count() == 1


def test_an_earlier_step_changed_checks_the_later_ones_again(trainee_client, trainee):
    """A report date moved before the incident: the incident step, checked earlier, now fails."""
    run, data = at_review(trainee_client)
    registrasi = dict(data["registrasi"], **{"registrasi-tanggal_lapor": ["2024-01-01"]})
    assert post_step(trainee_client, run, "registrasi", registrasi).status_code == 302
    response = post_step(trainee_client, run, "tinjau", {})
    assert not CaseEntry.objects.filter(owner=trainee).exists()
    assert response.url in (step_url(run, "korban"), step_url(run, "kejadian"), step_url(run, "layanan"))


def test_the_old_save_url_never_saves_on_a_get(trainee_client, trainee):
    run, _ = at_review(trainee_client)
    response = trainee_client.get(step_url(run, "simpan"))
    assert response.url == step_url(run, "tinjau")
    assert not CaseEntry.objects.filter(owner=trainee).exists()


@pytest.fixture
def exercise():
    cases = cases_store(case_values(generate_case(seed=s, difficulty="menengah")) for s in (3,))
    exercise = Exercise.objects.create(slug="latihan-uji", title="Latihan Uji", pass_mark=80)
    exercise_add_cases(exercise, cases)
    return exercise


def test_the_review_post_stores_scores_and_redirects_to_the_result(trainee_client, trainee, exercise):
    case = exercise.exercise_cases.get().case
    start = trainee_client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk]))
    run = start.url.rstrip("/").split("/")[-2]
    data = step_data_from_entry(case.answer_key)
    for step in STEP_NAMES[:-1]:
        assert post_step(trainee_client, run, step, data[step]).status_code == 302
    response = post_step(trainee_client, run, "tinjau", {})
    attempt = Attempt.objects.get(user=trainee)
    assert attempt.status == "submitted" and attempt.score == 100  # before any other request
    assert response.status_code == 302 and response.url == reverse("exercises:attempt_result", args=[attempt.pk])
    assert trainee_client.get(response.url).status_code == 200


def test_no_get_writes_the_session(trainee_client, trainee, exercise):
    case = exercise.exercise_cases.get().case
    start = trainee_client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk]))
    run = start.url.rstrip("/").split("/")[-2]
    data = step_data_from_entry(case.answer_key)
    key = trainee_client.session.session_key
    gets = 0

    def get(url):
        nonlocal gets
        before = Session.objects.values_list("session_data", "expire_date").get(session_key=key)
        response = trainee_client.get(url)
        assert response.status_code in (200, 302), url
        assert settings.SESSION_COOKIE_NAME not in response.cookies, url
        assert Session.objects.values_list("session_data", "expire_date").get(session_key=key) == before, url
        gets += 1
        return response

    for step in STEP_NAMES:
        get(step_url(run, step))
        response = post_step(trainee_client, run, step, data[step] if step != "tinjau" else {})
        assert response.status_code == 302
    get(response.url)  # the result
    get(step_url(run, "simpan"))  # a reload of the old save URL
    get(step_url(run, "korban"))  # a step of the saved run
    assert gets == len(STEP_NAMES) + 3
