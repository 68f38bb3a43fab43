from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def cache_table_create(using="default", **kwargs):
    """The database cache's table, made by every ``migrate`` so no deployment forgets it
    (``createcachetable`` does nothing for a Redis cache, and nothing when the table exists)."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class ExercisesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "exercises"
    verbose_name = _("Case-entry sandbox")

    def ready(self):
        post_migrate.connect(cache_table_create, sender=self, dispatch_uid="simfoni_cache_table")
