"""Demo content for the learning site, created by ``seed_demo`` from ``fixtures/programme/``."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from exercises.models import Exercise

from .demo_source import programme_source
from .models import DayPage, HomePage, Istilah, Narasumber, ProgrammePage, SessionPage, SessionSpeaker, TaughtField

HOME_TITLE = "SIMFONI Latih"
HOME_INTRO = (
    "<p>Tempat belajar dan berlatih mencatat kasus kekerasan terhadap perempuan dan anak ke dalam "
    "SIMFONI-PPA, tanpa menyentuh data korban yang sebenarnya. Semua kasus di sini fiktif.</p>"
    "<p>Baca materi pelatihan, lalu isi kasus latihan langkah demi langkah seperti di SIMFONI-PPA: "
    "Registrasi, Pelapor, Korban, Pelaku, Kejadian dan Layanan. Setiap isian dinilai dan diberi umpan balik.</p>"
)


def ensure_home_page() -> HomePage:
    """Makes a HomePage the root of the default site, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's migrations make the locale and the tree root; a flushed database has neither.
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
        home = root.add_child(instance=HomePage(title=HOME_TITLE, slug="beranda", intro=HOME_INTRO))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=HOME_TITLE)
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = HOME_TITLE
        site.save()
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
    return home


def _stream(body, terms: dict[str, Istilah], exercises: dict[str, Exercise]) -> list[dict]:
    """The demo's (block type, value) pairs as StreamField data, with snippets and exercises resolved."""
    out = []
    for block_type, value in body:
        if block_type == "glossary":
            value = [terms[key].pk for key in value if key in terms]
        elif block_type == "exercise":
            exercise = exercises.get(value["slug"])
            if exercise is None:
                continue
            value = {"exercise": exercise.pk, "intro": value.get("intro", "")}
        elif block_type == "steps":
            value = [{"title": step["title"], "text": step.get("text", ""), "image": None} for step in value]
        elif block_type == "callout":
            value = {**value, "text": value["text"] if value["text"].startswith("<") else f"<p>{value['text']}</p>"}
        out.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
    return out


def _objectives(items) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


@transaction.atomic
def demo_programme_load(home: HomePage) -> ProgrammePage:
    """Creates the two-day SIMFONI-PPA training once; an existing programme with its slug is left as it is."""
    source = programme_source()
    spec = source["programme"]
    existing = ProgrammePage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    speakers = {}
    for key, person in source["speakers"].items():
        speakers[key], _ = Narasumber.objects.get_or_create(
            name=person["name"], defaults={"role": person["role"], "institution": person["institution"]})
    terms = {}
    for key, item in source["glossary"].items():
        terms[key], _ = Istilah.objects.get_or_create(term=item["term"], defaults={"definition": item["definition"]})
    exercises = {e.slug: e for e in Exercise.objects.all()}
    programme = home.add_child(instance=ProgrammePage(
        title=spec["title"], slug=spec["slug"], organiser=spec["organiser"], audience=spec["audience"],
        objectives=_objectives(spec["objectives"]), start_date=spec["start_date"],
        end_date=spec["end_date"], venue=spec["venue"], intro=spec["intro"],
        what_to_bring=spec["what_to_bring"],
    ))
    for day_spec in source["days"]:
        day = programme.add_child(instance=DayPage(
            title=day_spec["title"], slug=day_spec["slug"], date=day_spec["date"],
            intro=day_spec.get("intro", "")))
        for session_spec in day_spec["sessions"]:
            session = SessionPage(
                title=session_spec["title"], slug=session_spec["slug"], start_time=session_spec["start"],
                end_time=session_spec["end"], session_type=session_spec["type"],
                learning_objectives=_objectives(session_spec.get("objectives", [])),
                body=_stream(session_spec.get("body", []), terms, exercises),
            )
            session.session_speakers = [SessionSpeaker(speaker=speakers[key]) for key in session_spec.get("speakers", [])]
            session.taught_fields = [TaughtField(field=name) for name in session_spec.get("teaches", [])]
            day.add_child(instance=session)
    return programme
