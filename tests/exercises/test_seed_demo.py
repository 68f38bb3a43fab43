import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site

from modules.models import HomePage

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_makes_the_home_page_the_site_root(client):
    call_command("seed_demo", with_demo_accounts=True, verbosity=0)
    call_command("seed_demo", with_demo_accounts=True, verbosity=0)
    User = get_user_model()
    assert User.objects.filter(username__in=["peserta", "peserta2", "fasilitator", "admin"]).count() == 4
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="fasilitator").groups.filter(name="Fasilitator").exists()
    assert HomePage.objects.count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert client.login(username="peserta", password="latihan-simfoni")
    home = client.get("/")
    assert home.status_code == 200 and "Isi kasus latihan" in home.content.decode()


def test_seed_demo_with_debug_off_creates_no_account_with_the_demo_password(settings):
    from io import StringIO

    settings.DEBUG = False
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert not get_user_model().objects.filter(username__in=["admin", "peserta"]).exists()
    assert "createsuperuser" in out.getvalue() and "latihan-simfoni" not in out.getvalue()
    assert HomePage.objects.count() == 1


def test_seed_demo_with_debug_on_creates_the_demo_accounts(settings, client):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    assert client.login(username="admin", password="latihan-simfoni")


def test_seed_demo_password_is_set_on_existing_accounts_and_says_so():
    from io import StringIO

    call_command("seed_demo", with_demo_accounts=True, verbosity=0)
    out = StringIO()
    call_command("seed_demo", password="kata-sandi-baru-77", stdout=out)
    admin = get_user_model().objects.get(username="admin")
    assert admin.check_password("kata-sandi-baru-77") and not admin.check_password("latihan-simfoni")
    assert "password not changed" not in out.getvalue()
    again = StringIO()
    call_command("seed_demo", with_demo_accounts=True, stdout=again)
    assert "existing account: password not changed" in again.getvalue()
    assert get_user_model().objects.get(username="admin").check_password("kata-sandi-baru-77")
