"""The trainee's Daftar Kasus: list, view, start, edit and delete sandbox cases."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import review, selectors, services
from .wizard import run_start

PAGE_SIZE = 20


@login_required
def case_list(request):
    query = request.GET.get("q", "")[:100]
    entries = selectors.case_entries_for(owner=request.user, query=query)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(entry, review.entry_summary(entry.data)) for entry in page.object_list]
    return render(request, "exercises/case_list.html", {"page": page, "rows": rows, "query": query})


def _own_case(request, pk):
    entry = selectors.case_entry_for(owner=request.user, entry_id=pk)
    if entry is None:
        raise Http404
    return entry


@login_required
def case_detail(request, pk):
    entry = _own_case(request, pk)
    return render(request, "exercises/case_detail.html", {
        "case": entry,
        "blocks": review.entry_blocks(entry.data),
        "warnings": review.entry_warnings(entry.data),
    })


@login_required
def case_new(request):
    return run_start(request)


@login_required
def case_edit(request, pk):
    entry = _own_case(request, pk)
    return run_start(
        request, entry=entry.data, extra={"entry_id": entry.pk, "no_registrasi": entry.no_registrasi}, step="tinjau",
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_delete(request, pk):
    entry = _own_case(request, pk)
    if request.method == "POST":
        services.case_entry_delete(owner=request.user, entry_id=entry.pk)
        messages.success(request, _("Case %(number)s is deleted.") % {"number": entry.no_registrasi})
        return redirect("exercises:case_list")
    return render(request, "exercises/case_confirm_delete.html", {"case": entry})
