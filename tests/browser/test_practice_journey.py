"""Exercises in Chromium: the document beside the sandbox, a case done wrong on purpose, then right."""

import copy
import datetime as dt

import pytest
from playwright.sync_api import expect

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Exercise

from .filler import fill_entry, open_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def exercise():
    case = cases_store([case_values(generate_case(seed=5, difficulty="dasar"))])[0]
    exercise = Exercise.objects.create(slug="latihan-peramban", title="Latihan Peramban", pass_mark=80)
    exercise_add_cases(exercise, [case])
    return exercise


def test_trainee_reads_the_document_beside_the_sandbox(page, live_server, login, exercise):
    login(page)
    open_case(page, live_server, exercise)
    case = exercise.exercise_cases.first().case
    document = page.locator(".split-doc .doc-text")
    expect(document).to_contain_text(case.answer_key["korban"][0]["nama"])
    expect(page.locator(".split-form #wizard-form")).to_be_visible()
    doc_box, form_box = page.locator(".split-doc").bounding_box(), page.locator(".split-form").bounding_box()
    assert doc_box["x"] + doc_box["width"] <= form_box["x"]  # side by side on a desktop
    page.set_viewport_size({"width": 360, "height": 740})
    expect(page.locator(".split-tabs")).to_be_visible()
    page.click("[data-tab=pane-doc]")
    expect(document).to_be_visible()
    expect(page.locator("#wizard-form")).to_be_hidden()
    page.click("[data-tab=pane-form]")
    expect(page.locator("#wizard-form")).to_be_visible()


def test_two_deliberate_mistakes_are_flagged_then_a_retry_scores_100(page, live_server, login, exercise):
    login(page)
    case = exercise.exercise_cases.first().case
    key = case.answer_key
    wrong = copy.deepcopy(key)
    wrong["registrasi"]["kanal_pengaduan"] = "SURAT" if key["registrasi"]["kanal_pengaduan"] != "SURAT" else "RUJUKAN"
    incident = dt.date.fromisoformat(key["kejadian"]["tanggal_kejadian"])
    wrong["kejadian"]["tanggal_kejadian"] = (incident - dt.timedelta(days=3)).isoformat()

    open_case(page, live_server, exercise)
    fill_entry(page, wrong)
    expect(page.locator("h1")).to_have_text("Hasil")
    flagged = page.locator("tr.is-wrong")
    expect(flagged).to_have_count(2)
    expect(page.locator("tr.is-wrong[data-error=salah_pilih]")).to_contain_text("Kanal Pengaduan")
    expect(page.locator("tr.is-wrong[data-error=tanggal_bergeser]")).to_contain_text("Tanggal Kejadian")
    # "Lihat di dokumen" highlights the sentence that gives the incident date, in the document beside it.
    page.locator("tr.is-wrong[data-error=tanggal_bergeser] .evidence-link").click()
    marks = page.locator(".split-doc .doc-text mark.evidence-mark")
    expect(marks.first).to_be_visible()
    assert str(incident.year) in " ".join(marks.all_text_contents())

    page.click("text=Coba lagi: mulai kosong")
    expect(page.locator("h1")).to_have_text("Registrasi")
    fill_entry(page, key)
    expect(page.locator("[data-score]")).to_have_text("100%")
    expect(page.locator("tr.is-wrong")).to_have_count(0)
