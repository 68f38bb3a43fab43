"""The Content-Security-Policy in Chromium: no violation on the pages trainees and facilitators use."""

import uuid

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.demo import facilitator_group_grant
from exercises.entry import STEP_NAMES, step_data_from_entry
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise
from exercises.permissions import FACILITATOR_GROUP
from exercises.views.wizard import run_prefix

from .filler import fill_entry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Chromium fires this event for every refused script, style, image or frame; the listener is
# installed before any page script runs, so a violation during page load is caught too.
WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || "") + ":" + e.lineNumber);
});
"""


@pytest.fixture
def watched(page):
    page.add_init_script(WATCH)
    console = []
    page.on("console", lambda msg: console.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.console_csp = console
    return page


def violations(page):
    return page.evaluate("window.__cspViolations") + page.console_csp


def visit(page, url, seen=None):
    response = page.goto(url)
    assert response.status == 200, url
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    if seen is None:
        assert violations(page) == [], url
    else:
        seen.extend(f"{url}: {v}" for v in violations(page))


@pytest.fixture
def exercise():
    case = cases_store([case_values(generate_case(seed=5, difficulty="dasar"))])[0]
    exercise = Exercise.objects.create(slug="latihan-csp", title="Latihan CSP", pass_mark=80)
    exercise_add_cases(exercise, [case])
    return exercise


def submitted_attempt(user, exercise):
    case = exercise.exercise_cases.first().case
    client = Client()
    client.force_login(user)
    url = client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk])).url
    run = url.rstrip("/").split("/")[-2]
    data = step_data_from_entry(case.answer_key)
    for step in STEP_NAMES:
        payload = {f"{run_prefix(uuid.UUID(run))}-current_step": step, **data[step]}
        response = client.post(reverse("exercises:wizard_step", args=[run, step]), payload)
    client.get(response.url)  # the review POST saved the attempt; this reads its result
    return Attempt.objects.get(user=user, status="submitted")


def test_wizard_and_result_pages_have_no_csp_violation(watched, live_server, login, exercise, django_user_model):
    trainee = django_user_model.objects.create_user(username="peserta", password="pw-browser-1", first_name="Peserta")
    attempt = submitted_attempt(trainee, exercise)
    login(watched)
    visit(watched, f"{live_server.url}/latihan/")
    watched.click(f"text={exercise.title}")
    watched.click("table.table tbody tr:first-child button[type=submit]")
    watched.wait_for_load_state("networkidle")
    assert violations(watched) == []
    # Walk the whole wizard as a trainee (htmx region pickers and formset rows included).
    fill_entry(watched, exercise.exercise_cases.first().case.answer_key)
    watched.wait_for_load_state("networkidle")
    assert violations(watched) == []
    visit(watched, f"{live_server.url}/latihan/hasil/{attempt.pk}/")
    visit(watched, f"{live_server.url}/latihan/kasus/baru/")
    visit(watched, f"{live_server.url}/latihan/dokumen/{attempt.case_id}/cetak/")


def test_admin_pages_facilitators_use_have_no_csp_violation(watched, live_server, login, exercise, django_user_model):
    user = django_user_model.objects.create_user("fasil", password="pw-browser-1", is_staff=True, first_name="Fasil")
    group, _ = Group.objects.get_or_create(name=FACILITATOR_GROUP)
    facilitator_group_grant(group)
    user.groups.add(group)
    login(watched, username="fasil")
    case = exercise.exercise_cases.first().case
    seen = []
    for path in ("/cms/", "/cms/snippets/exercises/case/", f"/cms/snippets/exercises/case/edit/{case.pk}/",
                 "/cms/snippets/exercises/case/add/", "/cms/snippets/exercises/exercise/",
                 f"/cms/snippets/exercises/exercise/edit/{exercise.pk}/", f"/latihan/bank/{case.pk}/",
                 "/cms/akun-terkunci/", "/cms/pages/", "/cms/pages/search/?q=%22"):
        visit(watched, live_server.url + path, seen)
    assert seen == []
