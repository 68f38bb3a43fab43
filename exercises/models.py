from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PreviewableMixin
from wagtail.search import index

from . import vocab
from .review import entry_blocks


class CaseEntry(models.Model):
    """A case a trainee entered in the sandbox, as SIMFONI's Daftar Kasus lists it.

    ``data`` is the whole entry in the shape the step forms produce (codes, ISO dates,
    deepest region codes). ``run_token`` names the wizard run that last saved it, so a
    double click or a reload after saving never stores a second copy.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_entries")
    no_registrasi = models.CharField(_("registration number"), max_length=32, unique=True, null=True, blank=True)
    run_token = models.UUIDField(unique=True)
    data = models.JSONField(default=dict)
    vocab_version = models.CharField(max_length=20, default=vocab.VERSION)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("case entry")
        verbose_name_plural = _("case entries")

    def __str__(self):
        return self.no_registrasi or f"#{self.pk}"


class Difficulty(models.TextChoices):
    DASAR = vocab.DASAR, _("Basic (dasar)")
    MENENGAH = vocab.MENENGAH, _("Intermediate (menengah)")
    MAHIR = vocab.MAHIR, _("Advanced (mahir)")


class DocumentKind(models.TextChoices):
    CATATAN_PENGADUAN = vocab.CATATAN_PENGADUAN, "Catatan Pengaduan"
    SURAT_RUJUKAN = vocab.SURAT_RUJUKAN, "Surat Rujukan"
    TRANSKRIP_SAPA = vocab.TRANSKRIP_SAPA, "Transkrip Telepon SAPA 129"
    RINGKASAN_PPT = vocab.RINGKASAN_PPT, "Ringkasan Pemeriksaan PPT Rumah Sakit"
    PERCAKAPAN_WA = vocab.PERCAKAPAN_WA, "Percakapan WhatsApp SAPA 129"
    LAINNYA = vocab.DOCUMENT_OTHER, _("Other document")


def default_kabkota() -> str:
    """The region a case is set in unless it says otherwise (settings.SIMFONI_DEFAULT_REGION)."""
    return settings.SIMFONI_DEFAULT_REGION


def _same_words(edited: str, stored: str) -> bool:
    return edited.replace("\r\n", "\n").strip() == stored.replace("\r\n", "\n").strip()


class Case(PreviewableMixin, index.Indexed, models.Model):
    """A practice case: a source document and its answer key, both kept as snapshots.

    A generated case also keeps its seed and generator version, so it can be told apart
    from a regenerated one; a custom case is written by a facilitator, who enters its
    key through the sandbox form itself.
    """

    class Source(models.TextChoices):
        GENERATED = "generated", _("Generated")
        CUSTOM = "custom", _("Written by a facilitator")

    title = models.CharField(_("title"), max_length=200)
    difficulty = models.CharField(_("difficulty"), max_length=10, choices=Difficulty.choices, default=Difficulty.DASAR)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.CUSTOM)
    document_kind = models.CharField(_("document kind"), max_length=20, choices=DocumentKind.choices,
                                     default=DocumentKind.CATATAN_PENGADUAN)
    document_title = models.CharField(_("document title"), max_length=200)
    document_text = models.TextField(_("source document"), help_text=_(
        "The document the trainee reads: an intake note, a referral letter or a call transcript. "
        "Only fictitious people."))
    answer_key = models.JSONField(_("answer key"), default=dict, blank=True, editable=False)
    # Generated cases (version 3 on): evidence key ("korban|korban:0|nama") -> [[start, end], ...] in document_text.
    evidence = models.JSONField(_("evidence"), default=dict, blank=True, editable=False)
    key_run_token = models.UUIDField(null=True, blank=True, editable=False)
    seed = models.BigIntegerField(null=True, blank=True, editable=False)
    generator_version = models.CharField(max_length=20, blank=True, editable=False)
    kabkota = models.CharField(_("kab/kota"), max_length=5, default=default_kabkota, editable=False)
    vocab_version = models.CharField(max_length=20, default=vocab.VERSION, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   editable=False, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("difficulty"),
        FieldPanel("document_kind"),
        FieldPanel("document_title"),
        FieldPanel("document_text"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("document_text"), index.FilterField("difficulty")]

    class Meta:
        ordering = ["difficulty", "title", "pk"]
        verbose_name = _("practice case")
        verbose_name_plural = _("practice cases")
        constraints = [
            models.UniqueConstraint(
                fields=["seed", "generator_version", "difficulty", "kabkota"],
                condition=Q(seed__isnull=False), name="unique_generated_case",
            ),
        ]

    def __str__(self):
        return self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        case = super().from_db(db, field_names, values)
        case._remember_document()
        return case

    def _remember_document(self) -> None:
        loaded = self.__dict__
        # The evidence object itself, not a copy: new spans are assigned as a new dict, so "is" tells them apart.
        self._stored_document = (loaded.get("document_text"), loaded.get("evidence"))

    def save(self, *args, **kwargs):
        """Evidence spans point into document_text: a text edited without new spans drops its old ones.

        A facilitator who edits the document in the admin keeps the spans of the old text; the
        result page would then highlight the wrong sentence under "Lihat di dokumen". Spans set
        together with the new text (a generator or an import) are kept.
        """
        text, evidence = getattr(self, "_stored_document", (None, None))
        if text is not None and self.evidence and self.document_text != text and self.evidence is evidence:
            if _same_words(self.document_text, text):
                # A form posts "\r\n" and strips the last newline: that is no edit, and the spans still fit.
                self.document_text = text
            else:
                self.evidence = {}
                if kwargs.get("update_fields") is not None:
                    kwargs["update_fields"] = {*kwargs["update_fields"], "evidence"}
        super().save(*args, **kwargs)
        self._remember_document()

    def has_key(self) -> bool:
        return bool(self.answer_key)

    has_key.short_description = _("answer key")
    has_key.boolean = True

    def get_preview_template(self, request, mode_name):
        return "exercises/admin/case_preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "case": self,
                "blocks": entry_blocks(self.answer_key) if self.answer_key else []}


class Exercise(ClusterableModel):
    """A named set of cases with a difficulty, a pass mark, an optional time limit and a mode."""

    class Mode(models.TextChoices):
        PRACTICE = "practice", _("Practice: feedback at once, retries allowed")
        ASSESSED = "assessed", _("Assessed: one attempt per case, feedback released by the facilitator")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    difficulty = models.CharField(_("difficulty"), max_length=10, choices=Difficulty.choices, default=Difficulty.DASAR)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)])
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Optional. An attempt past the limit is still saved, but flagged."))
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.PRACTICE)
    is_published = models.BooleanField(_("visible to trainees"), default=True)
    feedback_released = models.BooleanField(
        _("feedback released"), default=False,
        help_text=_("Assessed mode, outside workshops: trainees see their scores and feedback only once this is "
                    "ticked. A workshop releases its own participants' feedback from its live room."))
    order = models.PositiveSmallIntegerField(
        _("place in the list"), default=0,
        help_text=_("Lower comes first. 0 places the exercise by its kind: pre-test, dasar, menengah, mahir, "
                    "post-test."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("order"), FieldPanel("difficulty"), FieldPanel("mode"), FieldPanel("pass_mark"),
                         FieldPanel("time_limit_minutes"), FieldPanel("is_published"),
                         FieldPanel("feedback_released")], heading=_("Rules")),
        InlinePanel("exercise_cases", label=_("Cases"), min_num=1),
    ]

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("exercise")
        verbose_name_plural = _("exercises")

    def __str__(self):
        return self.title

    @property
    def list_position(self) -> tuple[int, str]:
        """Where the trainee's list shows it: the facilitator's order, else by kind (``default_position``)."""
        return (self.order or default_position(slug=self.slug, title=self.title, difficulty=self.difficulty),
                self.title)


# The facilitator's usual order: a pre-test first, the levels, then the post-test.
_KIND_POSITION = {"pre": 10, vocab.DASAR: 20, vocab.MENENGAH: 30, vocab.MAHIR: 40, "post": 50}


def default_position(*, slug: str, title: str, difficulty: str) -> int:
    name = f"{slug} {title}".casefold().replace(" ", "-")
    for kind in ("pre", "post"):
        if f"{kind}-test" in name or f"{kind}test" in name:
            return _KIND_POSITION[kind]
    return _KIND_POSITION.get(difficulty, 35)


class ExerciseCase(Orderable):
    exercise = ParentalKey(Exercise, on_delete=models.CASCADE, related_name="exercise_cases")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+", verbose_name=_("case"))

    panels = [FieldPanel("case")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["exercise", "case"], name="unique_case_per_exercise")]


class Attempt(models.Model):
    """One trainee's try at one case of an exercise: the clock starts when the case is opened.

    The entry and its result are filled when the trainee saves. Later a workshop
    participant link joins this model (nullable), so nothing here has to change.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        SUBMITTED = "submitted", _("Saved")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="attempts")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attempts")
    run_token = models.UUIDField(unique=True)
    mode = models.CharField(max_length=10, choices=Exercise.Mode.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    started_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    time_limit_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    step_seconds = models.JSONField(default=dict, blank=True)
    corrections = models.PositiveIntegerField(default=0)
    entry = models.JSONField(null=True, blank=True)
    result = models.JSONField(null=True, blank=True)
    result_history = models.JSONField(default=list, blank=True)
    score = models.FloatField(null=True, blank=True)
    passed = models.BooleanField(null=True)
    # Where the trainee is now, for the room view: written on every step by a service.
    current_step = models.CharField(max_length=20, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["user", "exercise", "case"])]
        constraints = [
            # A double start opens the same attempt: the database, not a race, decides.
            models.UniqueConstraint(fields=["user", "exercise", "case"], condition=Q(status="open"),
                                    name="one_open_attempt_per_case"),
            models.UniqueConstraint(fields=["user", "exercise", "case"], condition=Q(mode="assessed"),
                                    name="one_assessed_attempt_per_case"),
        ]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")

    def __str__(self):
        return f"{self.user} · {self.case} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def seconds_taken(self) -> int | None:
        if self.submitted_at is None:
            return None
        return int((self.submitted_at - self.started_at).total_seconds())

    @property
    def over_time(self) -> bool:
        taken = self.seconds_taken
        return bool(self.time_limit_minutes and taken is not None and taken > self.time_limit_minutes * 60)


class FieldResult(models.Model):
    """One scored field of one saved attempt, as a row: the room view, heat map and exports read these.

    The location is structured (victim, perpetrator and service positions in the answer key,
    or for an extra person or service its position in the trainee's entry), never a string to
    parse back. Rows are built by ``field_results.field_result_rows`` from the result JSON. ``value`` is the entered value in canonical text,
    so the agreement between trainees on one case is one grouped query.
    """

    # No index of its own: the (attempt, field) index below serves every lookup by attempt, and
    # one index less is a tenth off writing the half million rows of a full re-score.
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="field_results", db_index=False)
    field = models.CharField(max_length=60)
    section = models.CharField(max_length=20)
    victim_index = models.PositiveSmallIntegerField(null=True, blank=True)
    perpetrator_index = models.PositiveSmallIntegerField(null=True, blank=True)
    service_index = models.PositiveSmallIntegerField(null=True, blank=True)
    error_type = models.CharField(max_length=24, blank=True)
    points = models.FloatField(default=0)
    max_points = models.FloatField(default=0)
    critical = models.BooleanField(default=False)
    value = models.TextField(blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["attempt", "field"], name="fieldresult_attempt_field"),
        ]
        verbose_name = _("field result")
        verbose_name_plural = _("field results")

    def __str__(self):
        return f"{self.attempt_id} · {self.field} · {self.error_type or 'benar'}"


class WizardRun(models.Model):
    """One pass through the wizard, kept in the database and owned by its user.

    The formtools storage (``exercises.wizard_storage.RunStorage``) reads and writes ``data``,
    so a run survives logout, another browser and any number of other runs; a run whose
    token belongs to someone else is never read nor written.
    """

    token = models.UUIDField(unique=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="wizard_runs")
    purpose = models.CharField(max_length=20, blank=True)
    current_step = models.CharField(max_length=20, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    saved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["saved_at", "updated_at"], name="wizardrun_cleanup")]
        verbose_name = _("wizard run")
        verbose_name_plural = _("wizard runs")

    def __str__(self):
        return f"{self.token} · {self.owner_id} · {self.current_step}"
