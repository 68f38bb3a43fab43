"""taggit's tag admin in Django's admin, without its server errors."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from taggit.admin import TagAdmin
from taggit.forms import MergeTagsForm
from taggit.models import Tag, TaggedItem


def selected_tag_ids(raw: str) -> list[int]:
    """The tag ids taggit keeps in the session as "1,2,3": only whole numbers of existing tags."""
    wanted = {int(part) for part in raw.split(",") if part.strip().isdigit() and len(part.strip()) < 19}
    return list(Tag.objects.filter(pk__in=wanted).values_list("pk", flat=True))


class SafeTagAdmin(TagAdmin):
    """taggit's "merge tags" form answered 500 when opened without a selection or with a stale one."""

    def merge_tags_view(self, request):
        changelist = "admin:taggit_tag_changelist"
        tag_ids = selected_tag_ids(request.session.get("selected_tag_ids", ""))
        if not tag_ids:
            messages.error(request, _("Select the tags to merge in the list first."))
            return redirect(changelist)
        if request.method != "POST":
            return super().merge_tags_view(request)
        form = MergeTagsForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Enter the name of the tag to merge into."))
            return redirect("admin:taggit_tag_merge_tags")
        with transaction.atomic():
            target, _created = Tag.objects.get_or_create(name=form.cleaned_data["new_tag_name"])
            for item in TaggedItem.objects.filter(tag_id__in=tag_ids).exclude(tag=target):
                duplicate = TaggedItem.objects.filter(
                    tag=target, content_type_id=item.content_type_id, object_id=item.object_id).exists()
                if duplicate:
                    item.delete()
                else:
                    item.tag = target
                    item.save(update_fields=["tag"])
        request.session.pop("selected_tag_ids", None)
        messages.success(request, _("The tags are merged."))
        return redirect(changelist)


def tag_admin_replace() -> None:
    if admin.site.is_registered(Tag):
        admin.site.unregister(Tag)
    admin.site.register(Tag, SafeTagAdmin)
