import datetime as dt

import pytest
from wagtail.models import Page, Site

from modules.models import DayPage, HomePage, ProgrammePage, SessionPage


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="SIMFONI Latih", slug="beranda-uji"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    return home


@pytest.fixture
def programme(home):
    return home.add_child(instance=ProgrammePage(
        title="Pelatihan SIMFONI", slug="pelatihan", organiser="DP3AP2KB Kota Cilegon",
        start_date=dt.date(2023, 9, 20), end_date=dt.date(2023, 9, 21)))


@pytest.fixture
def day(programme):
    return programme.add_child(instance=DayPage(title="Hari 1", slug="hari-1", date=dt.date(2023, 9, 20)))


@pytest.fixture
def sessions(day):
    made = []
    for hour, title in ((8, "Pembukaan"), (9, "Bentuk kekerasan"), (10, "Alur layanan")):
        made.append(day.add_child(instance=SessionPage(
            title=title, start_time=dt.time(hour), end_time=dt.time(hour, 50), session_type="materi")))
    return made
