"""The page tree cannot be broken, and every page type can be created through the admin."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from exercises.models import Exercise
from modules.models import DayPage, HomePage, Istilah, ProgrammePage, SessionPage


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = root.add_child(instance=HomePage(title="Beranda", slug="beranda-pohon"))
        cls.programme = cls.home.add_child(instance=ProgrammePage(
            title="Program", slug="program", organiser="DP3AP2KB", start_date=dt.date(2023, 9, 20),
            end_date=dt.date(2023, 9, 21)))
        cls.day = cls.programme.add_child(instance=DayPage(title="Hari 1", slug="hari-1", date=dt.date(2023, 9, 20)))
        Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": cls.home})

    def setUp(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", "a@example.invalid", "pw"))

    def test_allowed_places(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanCreateAt(HomePage, ProgrammePage)
        self.assertCanCreateAt(ProgrammePage, DayPage)
        self.assertCanCreateAt(DayPage, SessionPage)

    def test_forbidden_places(self):
        self.assertCanNotCreateAt(HomePage, SessionPage)
        self.assertCanNotCreateAt(HomePage, DayPage)
        self.assertCanNotCreateAt(ProgrammePage, SessionPage)
        self.assertCanNotCreateAt(DayPage, DayPage)
        self.assertCanNotCreateAt(SessionPage, SessionPage)
        self.assertAllowedSubpageTypes(SessionPage, [])
        self.assertAllowedParentPageTypes(SessionPage, [DayPage])

    def test_create_a_programme_through_the_admin(self):
        self.assertCanCreate(self.home, ProgrammePage, nested_form_data({
            "title": "Pelatihan Baru", "organiser": "DP3AP2KB Kota Cilegon", "start_date": "2024-05-01",
            "end_date": "2024-05-02", "venue": "Aula", "audience": "Petugas UPTD PPA",
            "intro": rich_text("<p>Pengantar</p>"), "objectives": rich_text("<ul><li>Satu</li></ul>"),
            "what_to_bring": rich_text("<ul><li>Laptop</li></ul>"),
        }))
        self.assertTrue(ProgrammePage.objects.filter(title="Pelatihan Baru").exists())

    def test_create_a_day_through_the_admin(self):
        self.assertCanCreate(self.programme, DayPage, nested_form_data({
            "title": "Hari 2", "date": "2023-09-21", "intro": rich_text("<p>Praktik</p>")}))

    def test_create_a_session_with_blocks_through_the_admin(self):
        term = Istilah.objects.create(term="KDRT", definition="Kekerasan dalam rumah tangga.")
        exercise = Exercise.objects.create(slug="uji-admin", title="Uji Admin")
        self.assertCanCreate(self.day, SessionPage, nested_form_data({
            "title": "Sesi Baru", "start_time": "13:00", "end_time": "14:00", "session_type": "praktik",
            "learning_objectives": rich_text("<ul><li>Bisa mengisi</li></ul>"),
            "session_speakers": inline_formset([]),
            "taught_fields": inline_formset([{"field": "korban.nik"}]),
            "body": streamfield([
                ("heading", {"text": "Judul", "level": "h2"}),
                ("paragraph", rich_text("<p>Isi</p>")),
                ("callout", {"kind": "warning", "title": "Awas", "text": rich_text("<p>Perhatian</p>")}),
                ("glossary", streamfield([("item", term.pk)])),
                ("exercise", {"exercise": exercise.pk, "intro": "Coba"}),
            ]),
        }))
        session = SessionPage.objects.get(title="Sesi Baru")
        assert [block.block_type for block in session.body] == ["heading", "paragraph", "callout", "glossary", "exercise"]
        assert list(session.taught_fields.values_list("field", flat=True)) == ["korban.nik"]

    def test_a_session_cannot_end_before_it_starts(self):
        response = self.client.post(
            f"/cms/pages/add/modules/sessionpage/{self.day.pk}/",
            nested_form_data({"title": "Salah", "slug": "salah", "start_time": "14:00", "end_time": "13:00",
                              "session_type": "materi", "learning_objectives": rich_text(""),
                              "session_speakers": inline_formset([]), "taught_fields": inline_formset([]),
                              "body": streamfield([]), "action-publish": "action-publish"}))
        assert response.status_code == 200
        assert not SessionPage.objects.filter(title="Salah").exists()

    def test_pages_render(self):
        self.assertPageIsRenderable(self.programme)
        self.assertPageIsRenderable(self.day)


@pytest.mark.django_db
def test_admin_is_in_indonesian(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin2", "b@example.invalid", "pw"))
    page = client.get("/cms/").content.decode()
    assert "Dasbor" in page or "Halaman" in page
