"""The "Locked accounts" page in Wagtail's admin: facilitators and organisers lift a lock at once."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import LogoutView
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .lockout import locked_accounts, lockout_clear
from .permissions import can_unlock_accounts


class LockedAccountsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "accounts/locked_accounts.html"
    page_title = gettext_lazy("Locked accounts")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not can_unlock_accounts(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "locks": locked_accounts()}

    def post(self, request):
        username = request.POST.get("username", "")[:150]
        if lockout_clear(username=username):
            messages.success(request, _("%(username)s can log in again.") % {"username": username})
        else:
            messages.error(request, _("%(username)s is not locked.") % {"username": username})
        return redirect("accounts_locked")


class SiteLogoutView(LogoutView):
    """Logging out lands on the home page and says so (shared workshop PCs: the next person sees it)."""

    next_page = "/"

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, _("You are logged out. Thank you for practising."))
        return response
