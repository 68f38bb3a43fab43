import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site

from modules.models import HomePage

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_makes_the_home_page_the_site_root(client):
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)
    User = get_user_model()
    assert User.objects.filter(username__in=["peserta", "peserta2", "fasilitator", "admin"]).count() == 4
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="fasilitator").groups.filter(name="Fasilitator").exists()
    assert HomePage.objects.count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert client.login(username="peserta", password="latihan-simfoni")
    home = client.get("/")
    assert home.status_code == 200 and "Isi kasus latihan" in home.content.decode()
