from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from . import vocab


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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("case entry")
        verbose_name_plural = _("case entries")

    def __str__(self):
        return self.no_registrasi or f"#{self.pk}"
