"""Issue 12 in Chromium: a careful trainee's correct entry scores 100 %, a retry starts from it, and the
phone layout shows the first field at once with the Dokumen/Formulir switch in reach."""

import copy

import pytest
from playwright.sync_api import expect

from exercises import vocab
from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.derive import age_on
from exercises.forms.declared import parse_date
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise

from .filler import fill_entry, next_step, open_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def careful_key():
    """A generated case whose key has a "Lainnya" place, a victim with a birth date and a perpetrator
    without an address."""
    values = case_values(generate_case(seed=5, difficulty="dasar"))
    key = values["answer_key"]
    key["kejadian"]["korban"][0].update(tempat=vocab.LAINNYA, tempat_lainnya="Dunia maya (media sosial)")
    for person in key["pelaku"]:
        person.update(alamat="", wilayah="")
    victim = key["korban"][0]
    if not victim.get("tanggal_lahir"):
        victim.update(tanggal_lahir="2010-03-12", usia=None, nik="")
    return values


@pytest.fixture
def exercise():
    case = cases_store([careful_key()])[0]
    exercise = Exercise.objects.create(slug="latihan-adil", title="Latihan Adil", pass_mark=80)
    exercise_add_cases(exercise, [case])
    return exercise


def test_a_careful_entry_scores_100_then_a_retry_starts_from_it(page, live_server, login, exercise):
    login(page)
    key = exercise.exercise_cases.first().case.answer_key
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][0]["tempat_lainnya"] = "dunia maya"  # worded differently
    victim = entry["korban"][0]
    on = parse_date(key["registrasi"]["tanggal_lapor"])
    victim["usia"] = age_on(parse_date(victim["tanggal_lahir"]), on)  # the age too, agreeing with the birth date

    open_case(page, live_server, exercise)
    fill_entry(page, entry)
    expect(page.locator("h1")).to_have_text("Hasil")
    expect(page.locator("[data-score]")).to_have_text("100%")
    attempt = Attempt.objects.get()
    assert all(not person.get("wilayah") for person in attempt.entry["pelaku"])  # the untouched picker stored nothing

    page.click("text=Coba lagi: mulai dari jawaban sebelumnya")
    expect(page.locator("h1")).to_have_text("Registrasi")
    kanal = key["registrasi"]["kanal_pengaduan"]
    other = "SURAT" if kanal != "SURAT" else "RUJUKAN"
    page.select_option("#id_registrasi-kanal_pengaduan", other)  # the one change
    for title in ("Pelapor", "Korban", "Pelaku", "Kejadian", "Layanan", "Tinjau"):
        next_step(page, title)  # every step comes prefilled and valid
    page.click(".wizard-actions .btn-primary")
    expect(page.locator("h1")).to_have_text("Hasil")
    expect(page.locator("tr.is-wrong")).to_have_count(1)
    expect(page.locator("tr.is-wrong[data-error=salah_pilih]")).to_contain_text("Kanal Pengaduan")
    assert Attempt.objects.count() == 2


def test_a_refused_step_moves_focus_to_the_error_summary(page, live_server, login, exercise):
    login(page)
    open_case(page, live_server, exercise)
    page.click(".wizard-actions .btn-primary")  # Registrasi left empty
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    summary.locator("a").first.click()
    expect(page.locator("#id_registrasi-unit_layanan")).to_be_focused()


def test_the_region_shortcut_fills_the_local_kabkota_in_one_click(page, live_server, login, exercise, settings):
    login(page)
    open_case(page, live_server, exercise)
    page.goto(page.url.replace("/registrasi/", "/pelapor/"))
    expect(page.locator("#id_pelapor-wilayah_0")).to_have_value("")  # nothing preselected
    page.locator(".region-picker [data-region-shortcut]").first.click()
    expect(page.locator("#id_pelapor-wilayah_1")).to_have_value(settings.SIMFONI_DEFAULT_REGION)
    expect(page.locator("#id_pelapor-wilayah_2 option").nth(1)).to_be_attached()  # kecamatan loaded


def test_on_a_phone_the_first_field_shows_at_once_and_the_switch_stays_in_reach(page, live_server, login, exercise):
    login(page)
    page.set_viewport_size({"width": 360, "height": 640})
    open_case(page, live_server, exercise)
    first = page.locator(".step-body").locator("input:not([type=hidden]), select, textarea").first
    box = first.bounding_box()
    assert box["y"] + box["height"] <= 640, box
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(200)
    tabs = page.locator(".split-tabs").bounding_box()
    assert -1 <= tabs["y"] <= 5, tabs
    page.click("[data-tab=pane-doc]")
    expect(page.locator(".split-doc .doc-text")).to_be_visible()


@pytest.mark.parametrize("width", [1280, 360])
def test_axe_finds_nothing_serious_on_practice_steps_and_the_result(page, live_server, login, exercise, width):
    from .test_accessibility import serious

    login(page)
    page.set_viewport_size({"width": width, "height": 900 if width > 600 else 640})
    open_case(page, live_server, exercise)
    checked = {"registrasi": serious(page)}
    page.click(".wizard-actions .btn-primary")  # refused: the error summary
    expect(page.locator("[data-error-summary]")).to_be_visible()
    checked["errors"] = serious(page)
    for step in ("pelapor", "korban", "pelaku", "kejadian", "layanan", "tinjau"):
        page.click(f"nav.stepper button[value={step}]")
        page.wait_for_url(f"**/{step}/")
        checked[step] = serious(page)
    key = exercise.exercise_cases.first().case.answer_key
    page.goto(page.url.replace("/tinjau/", "/registrasi/"))
    fill_entry(page, key)
    expect(page.locator("h1")).to_have_text("Hasil")
    checked["result"] = serious(page)
    assert {name: found for name, found in checked.items() if found} == {}
