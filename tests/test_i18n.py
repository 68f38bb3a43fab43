from pathlib import Path

import polib
import pytest
from django.test import Client
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[1] / "locale" / "id" / "LC_MESSAGES"


def test_indonesian_catalogue_is_complete():
    po = polib.pofile(str(LOCALE / "django.po"))
    assert len(po) > 100
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


def test_compiled_catalogue_matches_the_source():
    po = polib.pofile(str(LOCALE / "django.po"))
    mo = polib.mofile(str(LOCALE / "django.mo"))
    assert {e.msgid: e.msgstr for e in po.translated_entries()} == {e.msgid: e.msgstr for e in mo if e.msgid}


def test_messages_translate_at_run_time():
    with translation.override("id"):
        assert translation.gettext("New case") == "Kasus baru"
    with translation.override("en"):
        assert translation.gettext("New case") == "New case"


@pytest.mark.django_db
def test_indonesian_is_the_default_and_english_is_available():
    page = Client().get("/masuk/").content.decode()
    assert 'lang="id"' in page and "Masuk" in page
    english = Client(headers={"cookie": "django_language=en"}).get("/masuk/").content.decode()
    assert 'lang="en"' in english and "Log in" in english


@pytest.mark.django_db
def test_browser_language_does_not_override_indonesian():
    page = Client(headers={"accept-language": "en-US,en;q=0.9"}).get("/masuk/").content.decode()
    assert 'lang="id"' in page
