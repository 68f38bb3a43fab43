"""The learning site: Home > Programme > Day > Session pages, speakers and glossary snippets.

Each page type declares which pages may stand above and below it, so the tree cannot be
broken in the admin. Trainees' done-marks are plain rows; progress is computed from them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from exercises.fields import FIELDS

from .blocks import SessionBodyBlock


def taught_field_choices() -> list[tuple[str, str]]:
    """The sandbox fields a session may teach, read from the one field declaration.

    A callable, so adding or relabelling a field in ``exercises/fields.py`` needs no migration.
    """
    return [(f"{spec.section.value}.{spec.name}", f"{spec.section.value} · {spec.label}") for spec in FIELDS]


class HomePage(Page):
    """The site's front page, with the programmes below it."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["modules.ProgrammePage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = ProgrammePage.objects.child_of(self).live().specific()
        return context


class ProgrammePage(Page):
    """A training programme, such as the two-day SIMFONI-PPA training."""

    organiser = models.CharField(_("organiser"), max_length=200)
    audience = models.TextField(_("audience"), blank=True)
    objectives = RichTextField(_("objectives"), blank=True, features=["ul", "ol", "bold", "italic"])
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    intro = RichTextField(_("introduction"), blank=True)
    what_to_bring = RichTextField(_("what to bring"), blank=True, features=["ul", "ol", "bold", "italic"])

    content_panels = Page.content_panels + [
        FieldPanel("organiser"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("venue"),
        FieldPanel("audience"),
        FieldPanel("intro"),
        FieldPanel("objectives"),
        FieldPanel("what_to_bring"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("audience")]
    parent_page_types = ["modules.HomePage"]
    subpage_types = ["modules.DayPage"]

    class Meta:
        verbose_name = _("training programme")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The programme cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        from .selectors import programme_progress, programme_timetable  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context["days"] = programme_timetable(programme=self)
        if request.user.is_authenticated:
            context["progress"] = programme_progress(user=request.user, programme=self)
        return context


class DayPage(Page):
    """One day of a programme: "Hari 1", "Hari 2"."""

    date = models.DateField(_("date"))
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("date"), FieldPanel("intro")]
    parent_page_types = ["modules.ProgrammePage"]
    subpage_types = ["modules.SessionPage"]

    class Meta:
        verbose_name = _("programme day")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sessions"] = SessionPage.objects.child_of(self).live().specific().order_by("start_time", "path")
        return context


class SessionPage(Page):
    """An agenda slot: times, type, speakers, objectives and a body of blocks."""

    class Type(models.TextChoices):
        MATERI = "materi", _("Lecture (materi)")
        PRAKTIK = "praktik", _("Hands-on practice (praktik)")
        DISKUSI = "diskusi", _("Discussion (diskusi)")
        PRETEST = "pretest", _("Pre-test")
        POSTTEST = "posttest", _("Post-test")
        SEREMONIAL = "seremonial", _("Ceremony (seremonial)")

    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"))
    session_type = models.CharField(_("session type"), max_length=12, choices=Type.choices, default=Type.MATERI)
    learning_objectives = RichTextField(_("learning objectives"), blank=True, features=["ul", "ol", "bold", "italic"])
    body = StreamField(SessionBodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
            FieldPanel("session_type"),
        ], heading=_("Agenda slot")),
        InlinePanel("session_speakers", label=_("Speakers")),
        FieldPanel("learning_objectives"),
        FieldPanel("body"),
        InlinePanel("taught_fields", label=_("Sandbox fields this session teaches"),
                    help_text=_("The feedback on these fields links to this session.")),
    ]
    search_fields = Page.search_fields + [index.SearchField("body"), index.SearchField("learning_objectives")]
    parent_page_types = ["modules.DayPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("session")

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("A session ends after it starts.")})

    def get_context(self, request, *args, **kwargs):
        from .selectors import session_standing  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(session_standing(user=request.user, session=self))
        context["speakers"] = self.session_speakers.select_related("speaker")  # one query, not one per speaker
        return context


@register_snippet
class Narasumber(index.Indexed, models.Model):
    """A speaker."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=200, blank=True)
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+", verbose_name=_("photo"))

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("institution"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.SearchField("institution")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("speaker (narasumber)")
        verbose_name_plural = _("speakers (narasumber)")

    def __str__(self):
        return self.name


@register_snippet
class Istilah(index.Indexed, models.Model):
    """A glossary term: KDRT, TPPO, UPTD PPA, Puspaga..."""

    term = models.CharField(_("term"), max_length=100, unique=True)
    definition = models.TextField(_("definition"))

    panels = [FieldPanel("term"), FieldPanel("definition")]
    search_fields = [index.SearchField("term"), index.SearchField("definition")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term (istilah)")
        verbose_name_plural = _("glossary terms (istilah)")

    def __str__(self):
        return self.term


class SessionSpeaker(Orderable):
    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="session_speakers")
    speaker = models.ForeignKey(Narasumber, on_delete=models.CASCADE, related_name="+", verbose_name=_("speaker"))

    panels = [FieldPanel("speaker")]


class TaughtField(Orderable):
    """A sandbox field whose rule a session teaches: its feedback links here."""

    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="taught_fields")
    field = models.CharField(_("sandbox field"), max_length=60, choices=taught_field_choices)

    panels = [FieldPanel("field")]


class SessionDone(models.Model):
    """A trainee marked a session as done ("Tandai selesai")."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sessions_done")
    session = models.ForeignKey(SessionPage, on_delete=models.CASCADE, related_name="done_marks")
    done_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "session"], name="one_done_mark_per_session")]
        verbose_name = _("session done-mark")
