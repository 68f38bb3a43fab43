"""Django's own admin site: superusers only."""

from django.contrib import admin


class SuperuserAdminSite(admin.AdminSite):
    """Staff flags mark facilitators too, who work in Wagtail's admin; this admin is the superuser's."""

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser
