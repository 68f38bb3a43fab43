"""Workshop runs: participants, attendance, the link from attempts, certificates, join throttling.

Completion is never stored: ``selectors.completion_for`` derives it from attendance,
done-marks and attempts. Attempts stay in ``exercises``; the link to a participant lives
here (``WorkshopAttempt``), so ``exercises`` never imports this app.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from exercises.models import Attempt, Exercise
from modules.models import ProgrammePage, SessionPage

# Codes are read aloud and typed from a projector: no 0/O nor 1/I to confuse.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 6


class InstitutionType(models.TextChoices):
    OPD = "opd", "OPD"
    PUSKESMAS = "puskesmas", "Puskesmas"
    RUMAH_SAKIT = "rumah_sakit", "Rumah Sakit"
    UPTD_PPA = "uptd_ppa", "UPTD PPA"
    KEPOLISIAN = "kepolisian", "Kepolisian"
    PERGURUAN_TINGGI = "perguruan_tinggi", "Perguruan Tinggi/Mahasiswa"
    LSM = "lsm", "LSM"
    LAINNYA = "lainnya", "Lainnya"


class Workshop(models.Model):
    """One run of a programme: given days, a venue, facilitators and a join code."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open: participants may join")
        CLOSED = "closed", _("Closed: no one may join")

    programme = models.ForeignKey(ProgrammePage, on_delete=models.PROTECT, related_name="workshops",
                                  verbose_name=_("programme"))
    name = models.CharField(_("name"), max_length=200)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    facilitators = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="facilitated_workshops",
                                          blank=True, verbose_name=_("facilitators"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    join_code = models.CharField(_("join code"), max_length=12, unique=True)
    required_sessions = models.ManyToManyField(SessionPage, blank=True, related_name="+",
                                               verbose_name=_("required sessions"))
    required_exercises = models.ManyToManyField(Exercise, blank=True, related_name="+",
                                                verbose_name=_("required exercises"))
    pre_test = models.ForeignKey(Exercise, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                                 verbose_name=_("pre-test"))
    post_test = models.ForeignKey(Exercise, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                                  verbose_name=_("post-test"))
    post_test_threshold = models.PositiveSmallIntegerField(
        _("post-test threshold (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)])
    purged_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "-pk"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self):
        return self.name

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The workshop cannot end before it starts.")})


class Participant(models.Model):
    """A person registered in one workshop; one account may be a participant of many."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations")
    full_name = models.CharField(_("full name"), max_length=150)
    institution_type = models.CharField(_("institution type"), max_length=20, choices=InstitutionType.choices)
    institution_name = models.CharField(_("institution name"), max_length=200)
    position = models.CharField(_("position"), max_length=150)
    phone = models.CharField(_("phone"), max_length=20, help_text=_("Stored as +62…"))
    email = models.EmailField(_("email"), blank=True)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["full_name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "user"], name="one_participation_per_workshop"),
            models.UniqueConstraint(fields=["workshop", "phone"], name="unique_phone_per_workshop"),
        ]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return self.full_name


class CheckinWindow(models.Model):
    """A session's check-in, opened by a facilitator: a code (and its QR) valid between two moments."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="checkin_windows")
    session = models.ForeignKey(SessionPage, on_delete=models.CASCADE, related_name="+")
    code = models.CharField(max_length=12, unique=True)
    opens_at = models.DateTimeField()
    closes_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workshop", "session"], name="one_checkin_per_session")]


class Attendance(models.Model):
    """A participant was present at a session: checked in with the code, or marked by a facilitator."""

    class Method(models.TextChoices):
        CODE = "code", _("Checked in")
        MANUAL = "manual", _("Marked by a facilitator")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="attendances")
    session = models.ForeignKey(SessionPage, on_delete=models.CASCADE, related_name="+")
    method = models.CharField(max_length=10, choices=Method.choices)
    checked_in_at = models.DateTimeField()
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["participant", "session"], name="one_attendance_per_session")]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")


class WorkshopAttempt(models.Model):
    """An attempt made inside a workshop (started from the trainee's workshop home).

    Kept on this side, not as an FK on ``exercises.Attempt``, so ``exercises`` never knows
    workshops exist; the room view joins through ``attempt__workshop_link``.
    """

    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="workshop_link")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="attempt_links")


class FeedbackRelease(models.Model):
    """A workshop released an assessed exercise's feedback: its participants' attempts linked to it
    (``WorkshopAttempt``) show their results. Per workshop, so a release in one room never opens
    another workshop's post-test; attempts in no workshop follow ``Exercise.feedback_released``
    (the admin's switch). ``exercises.permissions.result_visible_q`` reads it through the scope
    this app registers (``release.py``); deleting the row hides the results again."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="feedback_releases")
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="+")
    released_at = models.DateTimeField(auto_now_add=True)
    released_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workshop", "exercise"], name="one_release_per_exercise")]


class Certificate(models.Model):
    """Issued once per participant who completed; the code is what the public page verifies."""

    participant = models.OneToOneField(Participant, on_delete=models.CASCADE, related_name="certificate")
    code = models.CharField(max_length=20, unique=True)
    issued_at = models.DateTimeField(auto_now_add=True)


class JoinThrottle(models.Model):
    """Join attempts per client address per minute, in the database so every app server shares it."""

    key = models.CharField(max_length=64)
    window = models.DateTimeField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "window"], name="one_throttle_row_per_window")]
