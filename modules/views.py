"""Trainee actions on the learning site: mark a session as done, and search."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .models import SessionPage
from .selectors import session_standing
from .services import session_done_set

SEARCH_PAGE_SIZE = 10


@login_required
@require_POST
def session_done(request, page_id):
    """"Tandai selesai": marks (or unmarks) a session; htmx swaps the panel in place."""
    session = get_object_or_404(SessionPage.objects.live(), pk=page_id)
    session_done_set(user=request.user, session=session, done=request.POST.get("done") != "0")
    if request.htmx:
        context = {"page": session, **session_standing(user=request.user, session=session)}
        return render(request, "modules/includes/session_done_panel.html", context)
    return redirect(session.url)


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.live().public().specific().search(query) if query else Page.objects.none()
    page = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "modules/search.html", {"query": query, "page": page})
