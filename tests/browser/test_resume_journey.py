"""A timed attempt survives logging out: the trainee signs in on another browser and carries on where they were."""

import pytest
from playwright.sync_api import expect

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.fields import Section
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise

from .filler import fill_section, next_step, open_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def exercise():
    case = cases_store([case_values(generate_case(seed=7, difficulty="dasar"))])[0]
    exercise = Exercise.objects.create(slug="latihan-lanjut", title="Latihan Lanjut", pass_mark=80,
                                       time_limit_minutes=45)
    exercise_add_cases(exercise, [case])
    return exercise


def test_an_open_attempt_resumes_on_another_browser_after_logout(browser, page, live_server, login, exercise):
    key = exercise.exercise_cases.first().case.answer_key
    login(page)
    open_case(page, live_server, exercise, "Registrasi")
    fill_section(page, Section.REGISTRASI, key["registrasi"], "registrasi-")
    next_step(page, "Pelapor")
    page.click(".user-nav form button[type=submit]")  # log out
    page.wait_for_url(f"{live_server.url}/")
    page.goto(f"{live_server.url}/latihan/")
    expect(page.locator("#id_username")).to_be_visible()  # signed out

    other = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    try:
        second = other.new_page()
        second.set_default_timeout(15_000)
        login(second)
        open_case(second, live_server, exercise, "Pelapor")  # the step it was left at, not the first
        expect(second.locator("[data-deadline]")).to_have_count(1)
        registrasi = second.url.replace("/pelapor/", "/registrasi/")
        second.goto(registrasi)
        expect(second.locator("#id_registrasi-kanal_pengaduan")).to_have_value(key["registrasi"]["kanal_pengaduan"])
        expect(second.locator("#id_registrasi-tanggal_lapor")).to_have_value(key["registrasi"]["tanggal_lapor"])
    finally:
        other.close()
    assert Attempt.objects.get().current_step == "registrasi"
