"""axe-core (bundled with axe-playwright-python, no network) finds no serious or critical violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def serious(page):
    results = Axe().run(page)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']})"
        for v in results.response["violations"] if v["impact"] in ("serious", "critical")
    ]


def test_sandbox_pages_have_no_serious_violations(page, live_server, login):
    login(page)
    checked = {}
    checked["case list"] = serious(page)
    page.goto(f"{live_server.url}/latihan/kasus/baru/")
    for step in ("registrasi", "pelapor", "korban", "pelaku", "kejadian", "layanan", "tinjau"):
        if step != "registrasi":
            page.click(f"nav.stepper button[value={step}]")
        page.wait_for_url(f"**/{step}/")
        checked[step] = serious(page)
    page.click(".wizard-actions .btn-primary")  # "Simpan" on an empty case: back with errors
    checked["errors"] = serious(page)
    assert {name: found for name, found in checked.items() if found} == {}
