"""Every block of a session body renders, with its content."""

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from exercises.models import Exercise
from modules.blocks import SessionBodyBlock
from modules.models import Istilah

pytestmark = pytest.mark.django_db


def render(block_type, value, user=None):
    stream = SessionBodyBlock()
    bound = stream.to_python([{"type": block_type, "value": value}])
    request = RequestFactory().get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = user or AnonymousUser()
    return "".join(child.render(context={"request": request}) for child in bound)


def test_heading():
    assert render("heading", {"text": "Bentuk kekerasan", "level": "h3"}) == '<h3 class="block-heading">Bentuk kekerasan</h3>\n'


def test_paragraph():
    assert "<b>NIK</b>" in render("paragraph", "<p><b>NIK</b> berisi 16 digit.</p>")


def test_image():
    image = Image.objects.create(title="Layar", file=get_test_image_file())
    html = render("image", {"image": {"image": image.pk, "alt_text": "Layar Registrasi", "decorative": False},
                            "caption": "Langkah Registrasi"})
    assert "<img" in html and 'alt="Layar Registrasi"' in html and "Langkah Registrasi" in html


def test_document():
    document = Document.objects.create(title="Slide materi", file=ContentFile(b"%PDF-1.4", name="slide.pdf"))
    html = render("document", {"document": document.pk, "title": ""})
    assert "Slide materi" in html and document.url in html


def test_video_without_internet_shows_a_link():
    html = render("video", {"video": "https://video.example.invalid/watch?v=1", "caption": "Tutorial"})
    assert "https://video.example.invalid/watch?v=1" in html and "Tutorial" in html


def test_callout():
    html = render("callout", {"kind": "warning", "title": "Perhatian", "text": "<p>Tanggal kejadian bukan tanggal lapor.</p>"})
    assert 'class="callout callout-warning"' in html and "Tanggal kejadian bukan tanggal lapor." in html


def test_glossary():
    term = Istilah.objects.create(term="TPPO", definition="Tindak pidana perdagangan orang.")
    html = render("glossary", [term.pk])
    assert "<dt>TPPO</dt>" in html and "perdagangan orang" in html


def test_steps():
    html = render("steps", [{"title": "Buka langkah Korban", "text": "Klik Korban.", "image": None},
                            {"title": "Isi NIK", "text": "16 digit.", "image": None}])
    assert html.count("<li>") == 2 and "Isi NIK" in html


def test_exercise_block_shows_status_and_start(trainee):
    exercise = Exercise.objects.create(slug="blok", title="Latihan Blok")
    html = render("exercise", {"exercise": exercise.pk, "intro": "Mulai di sini."}, user=trainee)
    assert "Latihan Blok" in html and "/latihan/paket/blok/" in html and "belum dimulai" in html
