import pytest
from wagtail.models import Page, Site

from modules.models import HomePage


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="SIMFONI Latih", slug="beranda-uji"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    return home
