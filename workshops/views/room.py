"""The facilitator's live room (grid, now, stuck), the heat map, the improvement report, and the organiser's
overview. The grid partial is what htmx fetches every few seconds; it never reloads the page."""

from __future__ import annotations

from django.contrib import messages
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods

from exercises.permissions import is_organiser

from .. import analysis, release, room
from ..selectors import workshop_exercises
from .facilitator import _workshop


def _grid_context(request, workshop) -> dict:
    minutes = room.stuck_minutes_from(request.GET.get("macet", room.STUCK_MINUTES))
    # Links are built from one reversed prefix each: a {% url %} per cell costs more than the queries.
    return {"workshop": workshop, **room.room_grid(workshop=workshop, stuck_minutes=minutes),
            "participant_prefix": reverse("workshops:participant", args=[workshop.pk, 1])[:-2],
            "result_prefix": reverse("workshops:attempt_result", args=[workshop.pk, 1])[:-2]}


@login_required
def room_view(request, pk):
    workshop = _workshop(request, pk)
    # The heat map's top rows sit under the grid; drawn on page load only, not on every 5 s refresh.
    heat = analysis.heatmap(workshop=workshop, limit=5)
    return render(request, "workshops/room.html", {**_grid_context(request, workshop), "heat": heat,
                                                   "released_ids": release.released_exercise_ids(workshop=workshop)})


def room_grid(request, pk):
    """The partial: the same grid, nothing around it (htmx swaps it in place every five seconds).

    A session that expired while the room was on screen sends the whole page to log in, rather than
    letting htmx swap the login form into the grid.
    """
    if not request.user.is_authenticated:
        room_url = reverse("workshops:room", args=[pk])
        if request.htmx:
            response = HttpResponse(status=204)
            response["HX-Redirect"] = f"{resolve_url(settings.LOGIN_URL)}?{urlencode({'next': room_url})}"
            return response
        return redirect_to_login(request.get_full_path())
    workshop = _workshop(request, pk)
    return render(request, "workshops/_room_grid.html", _grid_context(request, workshop))


HIDE = "sembunyikan"


@login_required
@require_http_methods(["GET", "POST"])
def release_view(request, pk, exercise_id):
    """Releases an assessed exercise's feedback in this workshop (trainees see keys and scores at once),
    or hides it again; both ask first. Other workshops and practice outside workshops never change."""
    workshop = _workshop(request, pk)
    exercise = release.assessed_exercise(workshop=workshop, exercise_id=exercise_id)
    if exercise is None:
        raise Http404
    released = exercise.pk in release.released_exercise_ids(workshop=workshop)
    if request.method == "POST":
        if request.POST.get("konfirmasi") != "ya":
            messages.error(request, _("Tick the confirmation to continue."))
            return redirect("workshops:release", pk=workshop.pk, exercise_id=exercise.pk)
        if request.POST.get("aksi") == HIDE:
            release.feedback_hide(workshop=workshop, exercise_id=exercise.pk)
            messages.success(request, _("Feedback for “%(title)s” is hidden again in this workshop.")
                             % {"title": exercise.title})
        else:
            release.feedback_release(workshop=workshop, exercise_id=exercise.pk, by=request.user)
            messages.success(request, _("Feedback for “%(title)s” is released: participants of this workshop "
                                        "now see their results.") % {"title": exercise.title})
        return redirect("workshops:room", pk=workshop.pk)
    return render(request, "workshops/release_confirm.html", {"workshop": workshop, "exercise": exercise,
                                                              "released": released, "hide": HIDE})


@login_required
def heatmap_view(request, pk):
    workshop = _workshop(request, pk)
    exercises = workshop_exercises(workshop=workshop)
    chosen = request.GET.get("latihan", "")
    picked = next((e for e in exercises if str(e.pk) == chosen), None)
    ids = [picked.pk] if picked else [e.pk for e in exercises]
    return render(request, "workshops/heatmap.html", {
        "workshop": workshop, "exercises": exercises, "picked": picked,
        **analysis.heatmap(workshop=workshop, exercise_ids=ids)})


@login_required
def improvement_view(request, pk):
    workshop = _workshop(request, pk)
    return render(request, "workshops/improvement.html", {"workshop": workshop,
                                                          **analysis.improvement(workshop=workshop)})


@login_required
def overview(request):
    if not is_organiser(request.user):
        raise PermissionDenied
    return render(request, "workshops/overview.html", analysis.organiser_overview())
