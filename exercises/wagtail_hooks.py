"""Wagtail admin for the case bank: practice cases and exercises, grouped under one menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Case, Exercise


class CaseViewSet(SnippetViewSet):
    model = Case
    icon = "doc-full"
    menu_label = _("Practice cases")
    list_display = ["title", "difficulty", "document_kind", "source",
                    BooleanColumn("has_key", label=_("Answer key")), "updated_at"]
    list_filter = ["difficulty", "document_kind", "source"]
    # No ``search_fields`` here: Case is indexed, and naming fields makes Wagtail's SQLite backend
    # filter FTS columns by model field name ("no such column: document_text", a 500 as soon as
    # one case is in the index). Without it the search runs over Case.search_fields.
    list_per_page = 30
    ordering = ["difficulty", "title"]


class ExerciseViewSet(SnippetViewSet):
    model = Exercise
    icon = "tasks"
    menu_label = _("Exercises")
    list_display = ["title", "difficulty", "mode", "pass_mark", "time_limit_minutes", "is_published"]
    list_filter = ["difficulty", "mode", "is_published"]
    search_fields = ["title"]


class CaseBankGroup(SnippetViewSetGroup):
    menu_label = _("Case bank")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (CaseViewSet, ExerciseViewSet)


register_snippet(CaseBankGroup)


@hooks.register("register_snippet_listing_buttons")
def case_key_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Case) and user.has_perm("exercises.change_case"):
        yield MenuItem(_("Answer key and document"), reverse("exercises:bank_case", args=[snippet.pk]),
                       icon_name="view", priority=15)
        yield MenuItem(_("Enter the answer key in the sandbox form"), reverse("exercises:bank_case_key", args=[snippet.pk]),
                       icon_name="edit", priority=16)
