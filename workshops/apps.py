from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "workshops"
    verbose_name = _("Workshops")

    def ready(self):
        # The sandbox announces every attempt it starts; this app links those made for a workshop.
        from exercises.permissions import release_scope_register
        from exercises.signals import attempt_started

        from .links import attempt_link
        from .release import WORKSHOP_RELEASE

        attempt_started.connect(attempt_link, dispatch_uid="workshops_attempt_link")
        # An attempt made in a workshop shows its assessed result when that workshop releases it.
        release_scope_register(WORKSHOP_RELEASE)
