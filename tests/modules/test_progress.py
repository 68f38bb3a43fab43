"""Marking sessions done, the progress bar, what's next, search and the lesson links of feedback."""

import pytest
from django.urls import reverse

from exercises.lessons import lesson_links
from modules.models import SessionDone, TaughtField

pytestmark = pytest.mark.django_db


def test_mark_done_changes_progress_and_shows_next(client, trainee, programme, sessions):
    client.force_login(trainee)
    first, second, _ = sessions
    page = client.get(first.url).content.decode()
    assert "Tandai selesai" in page and second.title in page and "0%" in page
    response = client.post(reverse("modules:session_done", args=[first.pk]), {"done": "1"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Anda menandai sesi ini selesai" in response.content.decode()
    assert "33%" in response.content.decode()  # 1 of 3 sessions, no exercises
    client.post(reverse("modules:session_done", args=[first.pk]), {"done": "1"})  # twice: still one mark
    assert SessionDone.objects.filter(user=trainee).count() == 1
    programme_page = client.get(programme.url).content.decode()
    assert "33%" in programme_page and "1 dari 3 sesi" in programme_page
    client.post(reverse("modules:session_done", args=[first.pk]), {"done": "0"})
    assert not SessionDone.objects.exists()


def test_marking_needs_login_and_a_post(client, sessions):
    url = reverse("modules:session_done", args=[sessions[0].pk])
    assert client.post(url).status_code == 302  # to the login page
    assert not SessionDone.objects.exists()


def test_get_is_not_allowed(trainee_client, sessions):
    assert trainee_client.get(reverse("modules:session_done", args=[sessions[0].pk])).status_code == 405


def test_unknown_session_is_404(trainee_client):
    assert trainee_client.post(reverse("modules:session_done", args=[999999])).status_code == 404


def test_programme_shows_the_timetable(client, programme, sessions):
    page = client.get(programme.url).content.decode()
    assert all(s.title in page for s in sessions) and "08.00–08.50" in page and "Cetak agenda" in page


def test_search_finds_sessions_and_handles_nonsense(client, sessions):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    found = client.get(reverse("modules:search"), {"q": "kekerasan"}).content.decode()
    assert "Bentuk kekerasan" in found
    nothing = client.get(reverse("modules:search"), {"q": "zzqqxx"}).content.decode()
    assert "Tidak ditemukan" in nothing
    assert client.get(reverse("modules:search"), {"q": "'; DROP TABLE --" * 40}).status_code == 200
    assert client.get(reverse("modules:search"), {"q": "kekerasan", "page": "abc"}).status_code == 200


def test_feedback_links_a_field_to_the_session_that_teaches_it(sessions):
    session = sessions[1]
    TaughtField.objects.create(session=session, field="kejadian_korban.bentuk")
    links = lesson_links({"kejadian_korban.bentuk", "korban.nik"})
    assert links == {"kejadian_korban.bentuk": session.url}


def test_breadcrumbs_on_a_session(client, sessions, programme):
    page = client.get(sessions[0].url).content.decode()
    assert f'href="{programme.url}"' in page and 'aria-current="page">Pembukaan' in page


def test_progress_takes_a_fixed_number_of_queries(django_assert_max_num_queries, trainee, programme, sessions):
    from modules.selectors import programme_progress

    programme_progress(user=trainee, programme=programme)  # the first read caches the outline
    with django_assert_max_num_queries(6):
        progress = programme_progress(user=trainee, programme=programme)
    assert progress["sessions_total"] == 3


def test_a_lesson_link_lands_on_the_block_that_teaches_the_field(client, sessions):
    from wagtail.rich_text import RichText

    session = sessions[1]
    session.body = [
        ("heading", {"text": "Pengantar", "level": "h2"}),
        ("paragraph", RichText("<p>Hal-hal umum tentang pencatatan.</p>")),
        ("paragraph", RichText("<p>Isi <b>Bentuk Kekerasan</b> untuk setiap korban.</p>")),
    ]
    session.save_revision().publish()
    session.refresh_from_db()
    teaching = list(session.body)[2].id
    TaughtField.objects.create(session=session, field="kejadian_korban.bentuk")
    TaughtField.objects.create(session=session, field="korban.nik")  # not named in any block: the first heading
    links = lesson_links({"kejadian_korban.bentuk", "korban.nik"})
    assert links["kejadian_korban.bentuk"] == f"{session.url}#blok-{teaching}"
    assert links["korban.nik"] == f"{session.url}#blok-{list(session.body)[0].id}"
    page = client.get(session.url).content.decode()
    assert f'id="blok-{teaching}"' in page
