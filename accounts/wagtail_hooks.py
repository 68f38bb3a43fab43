from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .permissions import can_unlock_accounts
from .views import LockedAccountsView


@hooks.register("register_admin_urls")
def locked_accounts_urls():
    return [path("akun-terkunci/", LockedAccountsView.as_view(), name="accounts_locked")]


class LockedAccountsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_unlock_accounts(request.user)


@hooks.register("register_admin_menu_item")
def locked_accounts_menu_item():
    return LockedAccountsMenuItem(_("Locked accounts"), reverse("accounts_locked"), icon_name="lock", order=900)
