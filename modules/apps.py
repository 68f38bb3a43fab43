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
        self.outline_signals_connect()

    def outline_signals_connect(self):
        """The progress box's cached outline is forgotten whenever what it summarises changes."""
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .models import DayPage, SessionPage

        def forget(**kwargs):
            from .selectors import programme_outline_forget

            programme_outline_forget()

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget, dispatch_uid=f"outline-forget-{id(signal)}", weak=False)
        for model in (SessionPage, DayPage):
            post_delete.connect(forget, sender=model, dispatch_uid=f"outline-forget-{model.__name__}", weak=False)
