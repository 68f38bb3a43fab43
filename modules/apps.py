from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModulesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "modules"
    verbose_name = _("Learning site")

    def ready(self):
        from exercises.lessons import register_lesson_resolver

        from .selectors import lessons_for_fields

        register_lesson_resolver(lessons_for_fields)
