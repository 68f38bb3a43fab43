from django.contrib.admin.apps import AdminConfig


class SuperuserAdminConfig(AdminConfig):
    """Django's admin, on a site that only superusers may enter (facilitators use Wagtail's admin)."""

    default_site = "training_site.admin_site.SuperuserAdminSite"

    def ready(self):
        super().ready()
        from .tag_admin import tag_admin_replace

        tag_admin_replace()
