"""Each server error the attack walk found now gets the right answer (issue 13, finding 1)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from taggit.models import Tag

from exercises.models import Case
from training_site.search import search_text_clean

pytestmark = pytest.mark.django_db

CASE_FORM = {"title": "Kasus tulis tangan", "difficulty": "dasar", "document_kind": "catatan_pengaduan",
             "document_title": "Catatan", "document_text": "Korban bernama Siti Aminah, Kota Cilegon."}


@pytest.fixture
def organiser():
    return get_user_model().objects.create_superuser("penyelenggara", "p@contoh.id", "pw-organiser-1")


def test_logout_lands_on_the_home_page_with_a_message(client, trainee, home):
    client.force_login(trainee)
    response = client.post(reverse("logout"), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/"
    assert "Anda sudah keluar" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_case_bank_search_works_after_cases_are_created_and_edited_in_the_admin(client, organiser):
    """The broken state: a case in the search index (any case saved through the admin) while
    the listing named its search fields, which SQLite's FTS table does not have as columns."""
    client.force_login(organiser)
    assert client.post("/cms/snippets/exercises/case/add/", CASE_FORM).status_code == 302
    case = Case.objects.get()
    edited = {**CASE_FORM, "title": "Kasus tulis tangan (ubah)"}
    assert client.post(f"/cms/snippets/exercises/case/edit/{case.pk}/", edited).status_code == 302
    for url in ("/cms/snippets/exercises/case/", "/cms/snippets/exercises/case/results/"):
        response = client.get(url, {"q": "Aminah"})
        assert response.status_code == 200
        assert "Kasus tulis tangan (ubah)" in response.content.decode()
    assert client.get("/cms/snippets/exercises/case/", {"q": 'Siti "Aminah'}).status_code == 200


def test_imported_cases_are_found_by_the_admin_search(client, organiser):
    from exercises.casebank import case_values, cases_store
    from exercises.generator import generate_case

    stored = cases_store([case_values(generate_case(seed=7, difficulty="dasar"))])[0]
    client.force_login(organiser)
    word = stored.title.split()[-1]
    response = client.get("/cms/snippets/exercises/case/results/", {"q": word})
    assert response.status_code == 200 and stored.title in response.content.decode()


@pytest.mark.parametrize("query", ['"', 'kekerasan "fisik', "a\x00b", "\x00", "\u202e\"", "((", "*"])
def test_site_search_answers_hostile_text(client, home, query):
    response = client.get(reverse("modules:search"), {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ['"', "a\x00b"])
def test_admin_page_search_answers_hostile_text(client, organiser, home, query):
    client.force_login(organiser)
    assert client.get("/cms/pages/search/", {"q": query}).status_code == 200


def test_search_text_clean_keeps_the_words():
    assert search_text_clean('kekerasan "fisik\x00 anak') == "kekerasan fisik anak"
    assert search_text_clean("\u202eabc") == "abc"


def test_a_huge_page_id_posted_to_done_is_404(client, trainee):
    client.force_login(trainee)
    response = client.post("/belajar/sesi/99999999999999999999999/selesai/")
    assert response.status_code == 404


@pytest.mark.parametrize("url", ["/latihan/hasil/99999999999999999999/", "/latihan/kasus/99999999999999999999/",
                                 "/latihan/dokumen/99999999999999999999/cetak/"])
def test_huge_ids_in_the_sandbox_are_404(client, trainee, url):
    client.force_login(trainee)
    assert client.get(url).status_code == 404


def test_a_normal_id_still_resolves():
    assert reverse("modules:session_done", args=[123]) == "/belajar/sesi/123/selesai/"
    assert reverse("exercises:case_print", args=[9_000_000_000]) == "/latihan/dokumen/9000000000/cetak/"


def test_taggit_merge_form_without_a_selection_is_a_message_not_a_500(client, organiser):
    client.force_login(organiser)
    url = reverse("admin:taggit_tag_merge_tags")
    for response in (client.get(url), client.post(url, {"new_tag_name": "baru"})):
        assert response.status_code == 302 and response.url == reverse("admin:taggit_tag_changelist")
    session = client.session
    session["selected_tag_ids"] = "abc,99999999999999999999999"
    session.save()
    assert client.post(url, {"new_tag_name": "baru"}).status_code == 302
    assert not Tag.objects.filter(name="baru").exists()


def test_taggit_merge_still_merges(client, organiser):
    first, second = Tag.objects.create(name="satu"), Tag.objects.create(name="dua")
    client.force_login(organiser)
    session = client.session
    session["selected_tag_ids"] = f"{first.pk},{second.pk}"
    session.save()
    url = reverse("admin:taggit_tag_merge_tags")
    assert client.get(url).status_code == 200
    assert client.post(url, {"new_tag_name": "gabungan"}).status_code == 302
    assert Tag.objects.filter(name="gabungan").exists()
