"""The workshop journey in Chromium: a facilitator creates a workshop; a participant joins with its code,
lands on their page, checks in, passes an exercise and retries it (still in the workshop); the facilitator
exports the XLSX and sees the participant complete; the participant downloads a certificate whose public
page says it is valid."""

import datetime as dt
import io

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from openpyxl import load_workbook
from playwright.sync_api import expect

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Exercise
from exercises.permissions import FACILITATOR_GROUP
from modules.demo import ensure_home_page
from modules.models import DayPage, ProgrammePage, SessionPage
from workshops.models import Certificate, WorkshopAttempt

from .filler import fill_entry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def setting(django_user_model):
    home = ensure_home_page()  # an earlier transactional test may have flushed Wagtail's tree
    programme = home.add_child(instance=ProgrammePage(
        title="Pelatihan SIMFONI", slug="pelatihan", organiser="DP3AP2KB", start_date=dt.date(2023, 9, 20),
        end_date=dt.date(2023, 9, 20)))
    day = programme.add_child(instance=DayPage(title="Hari 1", slug="hari-1", date=dt.date(2023, 9, 20)))
    day.add_child(instance=SessionPage(title="Pembukaan", start_time=dt.time(8), end_time=dt.time(9)))
    case = cases_store([case_values(generate_case(seed=5, difficulty="dasar"))])[0]
    exercise = Exercise.objects.create(slug="latihan-lokakarya", title="Latihan Lokakarya", pass_mark=80)
    exercise_add_cases(exercise, [case])
    facilitator = django_user_model.objects.create_user(username="fasil", password="pw-browser-1", is_staff=True)
    facilitator.groups.add(Group.objects.get_or_create(name=FACILITATOR_GROUP)[0])
    return {"case": case, "exercise": exercise}


def test_the_whole_workshop_journey(browser, page, live_server, login, setting):
    today = timezone.localdate().isoformat()
    # The facilitator creates the workshop in a few clicks and opens the check-in.
    login(page, username="fasil")
    page.goto(f"{live_server.url}/lokakarya/baru/")
    page.select_option("#id_programme", label="Pelatihan SIMFONI")
    page.fill("#id_name", "Lokakarya Peramban")
    page.fill("#id_start_date", today)
    page.fill("#id_end_date", today)
    page.get_by_label("Pembukaan").check()
    page.get_by_label("Latihan Lokakarya").check()
    page.click("main button[type=submit]")
    code = page.locator("[data-join-code]").first.inner_text().strip()
    assert len(code) == 6
    page.click("text=Kehadiran >> nth=0")
    page.click("text=Pembukaan")
    page.click("[data-open-checkin]")
    checkin_code = page.locator("[data-checkin-code]").inner_text().strip()

    # A participant joins with the code on a phone, and lands on their own page.
    phone = browser.new_context(viewport={"width": 360, "height": 740}, locale="id-ID")
    trainee = phone.new_page()
    trainee.set_default_timeout(15_000)
    trainee.goto(f"{live_server.url}/gabung/")
    trainee.fill("#id_code", code.lower())
    trainee.click("main button[type=submit]")
    trainee.fill("#id_full_name", "Siti Peramban")
    trainee.select_option("#id_institution_type", "puskesmas")
    trainee.fill("#id_institution_name", "Puskesmas Cibeber")
    trainee.fill("#id_position", "Bidan")
    trainee.fill("#id_phone", "0812 7777 1234")
    trainee.fill("#id_password1", "Rahasia-Latihan-9")
    trainee.fill("#id_password2", "Rahasia-Latihan-9")
    trainee.click("main button[type=submit]")
    expect(trainee.locator("[data-workshop-name]")).to_have_text("Lokakarya Peramban")
    assert trainee.evaluate("document.documentElement.scrollWidth") <= 360  # nothing wider than the phone

    # It checks in, then passes the exercise from its page.
    trainee.click("[data-checkin]")
    expect(trainee.locator(".alert-success")).to_contain_text("Pembukaan")
    trainee.click(f"[data-start-case='{setting['case'].pk}']")
    expect(trainee.locator("h1")).to_have_text("Registrasi")
    trainee.set_viewport_size({"width": 1280, "height": 900})
    fill_entry(trainee, setting["case"].answer_key)
    expect(trainee.locator("[data-score]")).to_have_text("100%")
    # "Coba lagi" on the result page goes through Latihan's own start, and still stays in the workshop.
    trainee.click("button[name=mulai][value=kosong]")
    expect(trainee.locator("h1")).to_have_text("Registrasi")
    assert WorkshopAttempt.objects.filter(participant__full_name="Siti Peramban").count() == 2

    # The facilitator sees the participant complete and exports the XLSX.
    page.goto(f"{live_server.url}/lokakarya/")
    page.click("text=Lokakarya Peramban")
    expect(page.locator("[data-complete]")).to_have_count(1)
    with page.expect_download() as download:
        page.click("[data-export-all]")
    with open(download.value.path(), "rb") as workbook:
        book = load_workbook(io.BytesIO(workbook.read()))  # the download has no .xlsx name
    completion = list(book["Kelulusan"].iter_rows(min_row=2, values_only=True))
    assert completion[0][0] == "Siti Peramban" and completion[0][-1] is True
    attempts = list(book["Percobaan"].iter_rows(min_row=2, values_only=True))
    assert attempts[0][8] == 100 and isinstance(attempts[0][6], dt.datetime)

    # The participant downloads the certificate; its public page says it is valid.
    trainee.goto(f"{live_server.url}/saya/")
    with trainee.expect_download() as certificate_download:
        trainee.click("[data-certificate]")
    with open(certificate_download.value.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"
    certificate = Certificate.objects.get()
    trainee.goto(f"{live_server.url}/sertifikat/{certificate.code}/")
    expect(trainee.locator("[data-verdict]")).to_have_text("valid")
    expect(trainee.locator(".verify-facts")).to_contain_text("Siti Peramban")
    trainee.goto(f"{live_server.url}/sertifikat/PALSU2345678/")
    expect(trainee.locator("[data-verdict]")).to_have_text("tidak valid")
    assert checkin_code
    phone.close()
