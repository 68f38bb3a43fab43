"""A trainee fills the whole wizard in Chromium, meets a NIK error, corrects it, saves and finds the case."""

import re

import pytest
from playwright.sync_api import expect

from exercises.models import CaseEntry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WRONG_NIK = "3672011203100007"  # a man's NIK (no +40) for a girl
RIGHT_NIK = "3672015203100007"


def pick_region(page, prefix, kecamatan, desa=None):
    """Nothing is preselected; the Kota Cilegon shortcut fills it in one click, and choosing the kecamatan
    loads its kelurahan in place (htmx)."""
    expect(page.locator(f"#id_{prefix}_1")).to_have_value("")
    picker = page.locator(f"#id_{prefix}_0").locator("xpath=ancestor::div[contains(@class, 'region-picker')]")
    picker.locator("[data-region-shortcut]").click()
    expect(page.locator(f"#id_{prefix}_1")).to_have_value("36.72")
    expect(page.locator(f"#id_{prefix}_2 option[value='{kecamatan}']")).to_be_attached()
    page.select_option(f"#id_{prefix}_2", kecamatan)
    if desa:
        expect(page.locator(f"#id_{prefix}_3 option[value='{desa}']")).to_be_attached()
        page.select_option(f"#id_{prefix}_3", desa)


def next_step(page, heading):
    page.click(".wizard-actions .btn-primary")
    expect(page.locator("h1")).to_have_text(heading)


def test_trainee_enters_a_case_end_to_end(page, live_server, login):
    login(page)  # login lands on the trainee's own page; the Daftar Kasus is one click away
    page.click("nav.main-nav >> text=Daftar Kasus")
    page.click("text=+ Kasus baru")
    expect(page.locator(".training-banner")).to_contain_text("DATA LATIHAN – FIKTIF")
    expect(page.locator(".step-count")).to_have_text("Langkah 1 dari 7")

    page.select_option("#id_registrasi-unit_layanan", "UPTD_PPA")
    page.fill("#id_registrasi-tanggal_lapor", "2024-03-14")
    page.select_option("#id_registrasi-kanal_pengaduan", "DATANG_LANGSUNG")
    next_step(page, "Pelapor")

    page.check("#id_pelapor-pelapor_korban")
    expect(page.locator("#id_pelapor-nama")).to_be_hidden()
    next_step(page, "Korban")
    expect(page.locator(".step-count")).to_have_text("Langkah 3 dari 7")

    page.fill("#id_korban-0-nik", WRONG_NIK)
    page.fill("#id_korban-0-nama", "Rina Lestari")
    page.select_option("#id_korban-0-jenis_kelamin", "P")
    page.fill("#id_korban-0-tanggal_lahir", "2010-03-12")
    pick_region(page, "korban-0-wilayah", "36.72.01", "36.72.01.1001")
    page.select_option("#id_korban-0-pendidikan", "SLTP")
    page.select_option("#id_korban-0-pekerjaan", "PELAJAR")
    page.select_option("#id_korban-0-status_perkawinan", "BELUM_KAWIN")
    page.select_option("#id_korban-0-kewarganegaraan", "WNI")
    page.click(".wizard-actions .btn-primary")

    error = page.locator(".field.has-error").filter(has=page.locator("#id_korban-0-nik"))
    expect(error).to_contain_text("milik laki-laki")
    expect(page.locator("#id_korban-0-nama")).to_have_value("Rina Lestari")  # nothing typed is lost
    expect(page.locator("#id_korban-0-wilayah_3")).to_have_value("36.72.01.1001")
    page.fill("#id_korban-0-nik", RIGHT_NIK)
    next_step(page, "Pelaku")

    page.click("[data-formset-add=pelaku]")
    page.fill("#id_pelaku-0-nama", "Bambang")
    page.select_option("#id_pelaku-0-jenis_kelamin", "L")
    page.fill("#id_pelaku-0-usia", "41")
    page.select_option("#id_pelaku-0-v0_hubungan", "ORANG_TUA")
    next_step(page, "Kejadian")

    page.fill("#id_kejadian-tanggal_kejadian", "2024-03-10")
    pick_region(page, "kejadian-wilayah", "36.72.01")
    page.select_option("#id_kejadian-v0_tempat", "RUMAH_TANGGA")
    page.check("#id_kejadian-v0_bentuk input[value=FISIK]")
    page.check("#id_kejadian-v0_bentuk input[value=PSIKIS]")
    page.check("#id_kejadian-v0_kdrt")
    next_step(page, "Layanan")
    next_step(page, "Tinjau")

    review = page.locator(".step-body")
    expect(review).to_contain_text("Rina Lestari")
    expect(review).to_contain_text("13 tahun")  # derived at the incident date
    expect(review).to_contain_text("Anak")
    page.click(".wizard-actions .btn-primary")

    expect(page.locator(".alert-success")).to_contain_text("telah disimpan")
    case = CaseEntry.objects.get()
    assert case.data["korban"][0]["nik"] == RIGHT_NIK
    assert case.data["kejadian"]["korban"][0]["bentuk"] == ["FISIK", "PSIKIS"]

    page.click("nav.main-nav >> text=Daftar Kasus")
    row = page.locator("table.table tbody tr").filter(has_text=case.no_registrasi)
    expect(row).to_contain_text("Rina Lestari")
    expect(row).to_contain_text(re.compile("Fisik, Psikis"))


def test_every_wizard_step_fits_a_phone_screen(page, live_server, login):
    page.set_viewport_size({"width": 360, "height": 740})
    login(page)
    page.goto(f"{live_server.url}/latihan/kasus/baru/")
    for step in ("registrasi", "pelapor", "korban", "pelaku", "kejadian", "layanan", "tinjau"):
        if step != "registrasi":
            page.click(f"nav.stepper button[value={step}]")
        page.wait_for_url(f"**/{step}/")
        expect(page.locator(".step-count")).to_be_visible()
        if step in ("korban", "pelaku", "layanan"):
            page.click(f"[data-formset-add={step}]")  # a row more must still fit
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, step
