"""The demo programme that seed_demo loads: written once against the Python-strings loader, kept as the
proof that moving the content to data files (fixtures/programme/) changed nothing a trainee sees."""

import hashlib
import json
import re

import pytest
from django.core.management import call_command

from exercises.models import Exercise
from modules.demo_source import DemoSourceError, session_blocks
from modules.models import DayPage, Istilah, Narasumber, ProgrammePage, SessionPage

pytestmark = pytest.mark.django_db

# (day, session, start, end, type, blocks, words of body text) as the Python-strings loader made them.
AGENDA = [
    ('Hari 1', 'Pembukaan', '08:00:00', '08:45:00', 'seremonial', 3, 132),
    ('Hari 1', 'Kebijakan perlindungan perempuan dan anak: UU PKDRT, UU Perlindungan Anak, dan UU TPKS', '08:45:00', '10:15:00', 'materi', 17, 810),
    ('Hari 1', 'Bentuk-bentuk kekerasan dan cara mengklasifikasikannya', '10:30:00', '12:00:00', 'materi', 17, 748),
    ('Hari 1', 'Alur layanan UPTD PPA dan Puspaga', '13:00:00', '14:30:00', 'materi', 16, 657),
    ('Hari 1', 'Pengenalan SIMFONI-PPA dan Satu Data Kekerasan', '14:45:00', '16:00:00', 'materi', 13, 663),
    ('Hari 2', 'Pre-test', '08:00:00', '09:00:00', 'pretest', 4, 118),
    ('Hari 2', 'Praktik: Registrasi, Pelapor, dan Korban', '09:00:00', '10:30:00', 'praktik', 16, 677),
    ('Hari 2', 'Praktik: Pelaku, Kejadian, dan Layanan', '10:45:00', '12:15:00', 'praktik', 15, 623),
    ('Hari 2', 'Kualitas data: kesalahan yang sering terjadi', '13:00:00', '14:15:00', 'diskusi', 27, 735),
    ('Hari 2', 'Post-test dan evaluasi', '14:30:00', '15:40:00', 'posttest', 6, 133),
    ('Hari 2', 'Penutupan', '15:40:00', '16:00:00', 'seremonial', 3, 130),
]
CONTENT_SHA256 = "8874bfc0fc13110ba468535a59bc7b9d755192facda36308d8a7c1338954abea"


def _words(value) -> int:
    """Words a reader sees in a block value: every string in it, tags stripped."""
    if isinstance(value, str):
        return len(re.sub(r"<[^>]+>", " ", value).split())
    if isinstance(value, dict):
        return sum(_words(item) for key, item in value.items() if key not in ("level", "kind"))
    if isinstance(value, list):
        return sum(_words(item) for item in value)
    return 0  # an empty image, a number


def _block(block) -> object:
    """A block's stored value with database ids replaced by what they stand for."""
    value = block["value"]
    if block["type"] == "glossary":
        names = dict(Istilah.objects.values_list("pk", "term"))
        return [names[pk] for pk in value]
    if block["type"] == "exercise":
        return {**value, "exercise": Exercise.objects.get(pk=value["exercise"]).slug}
    return value


def demo_pages() -> dict:
    """Everything seed_demo puts on the learning site's pages, in agenda order, without database ids."""
    programme = ProgrammePage.objects.get()
    pages = {
        "programme": {field: str(getattr(programme, field)) for field in (
            "title", "slug", "organiser", "audience", "objectives", "start_date", "end_date", "venue", "intro",
            "what_to_bring")},
        "speakers": sorted(Narasumber.objects.values_list("name", "role", "institution")),
        "glossary": sorted(Istilah.objects.values_list("term", "definition")),
        "days": [],
    }
    for day in DayPage.objects.child_of(programme).order_by("path"):
        sessions = []
        for session in SessionPage.objects.child_of(day).order_by("path"):
            blocks = [(block["type"], _block(block)) for block in session.body.raw_data]
            sessions.append({
                "title": session.title, "slug": session.slug, "start": str(session.start_time),
                "end": str(session.end_time), "type": session.session_type,
                "objectives": session.learning_objectives,
                "speakers": [link.speaker.name for link in session.session_speakers.order_by("sort_order")],
                "teaches": [link.field for link in session.taught_fields.order_by("sort_order")],
                "blocks": blocks,
            })
        pages["days"].append({"title": day.title, "slug": day.slug, "date": str(day.date), "intro": day.intro,
                              "sessions": sessions})
    return pages


def agenda(pages: dict) -> list[tuple]:
    return [(day["title"], session["title"], session["start"], session["end"], session["type"],
             len(session["blocks"]), _words([value for _type, value in session["blocks"]]))
            for day in pages["days"] for session in day["sessions"]]


def test_seeded_demo_pages_are_the_same_as_before_the_move_to_data_files():
    call_command("seed_demo", verbosity=0)
    pages = demo_pages()
    assert agenda(pages) == AGENDA
    canonical = json.dumps(pages, ensure_ascii=False, sort_keys=True)
    assert hashlib.sha256(canonical.encode()).hexdigest() == CONTENT_SHA256


def test_a_session_file_reads_into_blocks_and_names_the_line_it_cannot_read():
    text = "\n".join([
        "<h2>Usia &amp; tanggal</h2>",
        '<section class="paragraph">', "<p>Satu</p>", "<ul>", "<li>dua</li>", "</ul>", "</section>",
        '<aside class="callout" data-kind="warning" data-title="Awas">', "<p>Tiga</p>", "</aside>",
        '<dl class="glossary" data-terms="kdrt anak"></dl>',
        '<ol class="steps">', '<li data-title="Cari">tanggal lahir</li>', "</ol>",
        '<div class="exercise" data-slug="latihan-dasar">Coba</div>',
    ])
    assert session_blocks(text) == [
        ("heading", {"text": "Usia & tanggal", "level": "h2"}),
        ("paragraph", "<p>Satu</p><ul><li>dua</li></ul>"),
        ("callout", {"kind": "warning", "title": "Awas", "text": "<p>Tiga</p>"}),
        ("glossary", ["kdrt", "anak"]),
        ("steps", [{"title": "Cari", "text": "tanggal lahir"}]),
        ("exercise", {"slug": "latihan-dasar", "intro": "Coba"}),
    ]
    with pytest.raises(DemoSourceError, match=r"sesi.html:2: not the start of a block"):
        session_blocks("<h2>Judul</h2>\n<p>lepas</p>", name="sesi.html")
    with pytest.raises(DemoSourceError, match="</section> is missing"):
        session_blocks('<section class="paragraph">\n<p>tanpa akhir</p>', name="sesi.html")
