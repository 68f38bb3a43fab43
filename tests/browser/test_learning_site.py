"""The demo programme in Chromium: read a session, mark it done, see the progress; axe on the main pages."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from modules.models import ProgrammePage

from .test_accessibility import serious

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server):
    call_command("seed_demo", with_demo_accounts=True, verbosity=0)
    return ProgrammePage.objects.get()


def test_trainee_reads_a_session_marks_it_done_and_sees_progress(page, live_server, login, demo):
    login(page, username="peserta", password="latihan-simfoni")
    page.goto(live_server.url + "/")
    page.click(f"text={demo.title}")
    expect(page.locator("h1")).to_have_text(demo.title)
    before = page.locator("[data-progress-percent]").inner_text()
    page.click("table.agenda tbody tr:nth-child(2) a")
    expect(page.locator(".session-body")).to_be_visible()
    expect(page.locator(".breadcrumbs")).to_contain_text(demo.title)
    page.click("text=Tandai selesai")
    expect(page.locator(".session-done")).to_contain_text("Anda menandai sesi ini selesai")
    after = page.locator("[data-progress-percent]").inner_text()
    assert int(after.rstrip("%")) > int(before.rstrip("%"))
    page.click(".next-session a")
    expect(page.locator("h1")).not_to_have_text("")
    page.goto(live_server.url + demo.url)
    expect(page.locator("table.agenda").first).to_contain_text("selesai")


def test_home_programme_and_session_pages_have_no_serious_accessibility_violations(page, live_server, login, demo):
    login(page, username="peserta", password="latihan-simfoni")
    found = {}
    for name, url in (("home", "/"), ("programme", demo.url),
                      ("session", demo.get_children().first().get_children().live()[1].url)):
        page.goto(live_server.url + url)
        found[name] = serious(page)
    assert {name: issues for name, issues in found.items() if issues} == {}
