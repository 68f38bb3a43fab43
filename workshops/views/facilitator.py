"""The facilitator's pages: their workshops, the projector, participants, attendance, exports, certificates."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from exercises.feedback import feedback_view
from exercises.models import Attempt
from exercises.permissions import is_organiser
from modules.models import SessionPage

from .. import exports, selectors, services
from ..certificates import certificate_pdf, certificates_zip
from ..forms import WorkshopForm
from ..models import Attendance, CheckinWindow, Participant, Workshop
from ..permissions import (
    can_create_workshop,
    can_see_attempt,
    require_workshop,
    workshops_visible_to,
)
from ..qr import qr_svg

PAGE_SIZE = 50


def _workshop(request, pk) -> Workshop:
    workshop = get_object_or_404(Workshop.objects.select_related("programme", "pre_test", "post_test"), pk=pk)
    require_workshop(request.user, workshop)
    return workshop


@login_required
def workshop_list(request):
    if not can_create_workshop(request.user):
        raise PermissionDenied
    workshops = workshops_visible_to(request.user).select_related("programme").order_by("-start_date", "-pk")
    return render(request, "workshops/workshop_list.html", {"workshops": workshops,
                                                            "organiser": is_organiser(request.user)})


@login_required
def workshop_new(request):
    if not can_create_workshop(request.user):
        raise PermissionDenied
    form = WorkshopForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        workshop = services.workshop_create(
            creator=request.user, programme=data["programme"], name=data["name"], start_date=data["start_date"],
            end_date=data["end_date"], venue=data["venue"], organiser=data["organiser"],
            required_sessions=data["required_sessions"], required_exercises=data["required_exercises"],
            pre_test=data["pre_test"], post_test=data["post_test"], post_test_threshold=data["post_test_threshold"])
        workshop.facilitators.add(*data["facilitators"])
        if data["status"] != workshop.status:
            Workshop.objects.filter(pk=workshop.pk).update(status=data["status"])
        messages.success(request, _("Workshop created. Show its join code to the room."))
        return redirect("workshops:detail", pk=workshop.pk)
    return render(request, "workshops/workshop_form.html", {"form": form})


@login_required
def workshop_edit(request, pk):
    workshop = _workshop(request, pk)
    form = WorkshopForm(request.POST or None, instance=workshop)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Workshop saved."))
        return redirect("workshops:detail", pk=workshop.pk)
    return render(request, "workshops/workshop_form.html", {"form": form, "workshop": workshop})


@login_required
def workshop_detail(request, pk):
    workshop = _workshop(request, pk)
    query = request.GET.get("q", "")[:100]
    sort = request.GET.get("urut", "name")
    rows = selectors.participant_rows(workshop=workshop, query=query, sort=sort)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "workshops/workshop_detail.html", {
        "workshop": workshop, "page": page, "rows": page.object_list, "query": query, "sort": sort,
        "count": len(rows), "completed": sum(r["completion"].complete for r in rows),
        "join_url": request.build_absolute_uri(reverse("workshops:join", args=[workshop.join_code])),
        "summary": selectors.institution_summary(workshop=workshop, rows=rows) if not query else None,
    })


@login_required
def workshop_projector(request, pk):
    workshop = _workshop(request, pk)
    join_url = request.build_absolute_uri(reverse("workshops:join", args=[workshop.join_code]))
    return render(request, "workshops/projector.html", {
        "workshop": workshop, "join_url": join_url, "qr": qr_svg(join_url), "title": workshop.name,
        "code": workshop.join_code})


@login_required
def participant_detail(request, pk, participant_id):
    workshop = _workshop(request, pk)
    participant = get_object_or_404(Participant.objects.select_related("user"), pk=participant_id, workshop=workshop)
    completion = selectors.completion_for(workshop=workshop, participants=[participant])[participant.pk]
    schedule = selectors.workshop_schedule(workshop=workshop)
    attended = {a.session_id: a for a in participant.attendances.all()}
    return render(request, "workshops/participant_detail.html", {
        "workshop": workshop, "participant": participant, "completion": completion,
        "attempts": selectors.participant_attempts(participant=participant),
        "sessions": [(s, attended.get(s.session.pk)) for s in schedule],
    })


@login_required
def attempt_result(request, pk, attempt_id):
    workshop = _workshop(request, pk)
    attempt = get_object_or_404(Attempt.objects.select_related("case", "exercise"), pk=attempt_id,
                                user__participations__workshop=workshop)
    if not can_see_attempt(request.user, attempt) or attempt.status != Attempt.Status.SUBMITTED:
        raise Http404
    # can_see_attempt already said yes: a facilitator of the workshop sees the result, released or not.
    return render(request, "exercises/attempt_result.html", feedback_view(attempt, released=True))


def _session(workshop, session_id) -> SessionPage:
    session = SessionPage.objects.filter(pk=session_id).first()
    if session is None or not session.path.startswith(workshop.programme.path):
        raise Http404
    return session


@login_required
def attendance(request, pk):
    workshop = _workshop(request, pk)
    windows = {w.session_id: w for w in CheckinWindow.objects.filter(workshop=workshop)}
    counts: dict[int, int] = {}
    for session_id in Attendance.objects.filter(participant__workshop=workshop).values_list("session_id", flat=True):
        counts[session_id] = counts.get(session_id, 0) + 1
    sessions = [{"scheduled": s, "window": windows.get(s.session.pk), "present": counts.get(s.session.pk, 0)}
                for s in selectors.workshop_schedule(workshop=workshop)]
    return render(request, "workshops/attendance.html", {
        "workshop": workshop, "sessions": sessions, "total": workshop.participants.count()})


@login_required
def attendance_sheet(request, pk, session_id):
    """One session's daftar hadir: every participant, present or not; the facilitator ticks by hand."""
    workshop = _workshop(request, pk)
    session = _session(workshop, session_id)
    participants = list(workshop.participants.order_by("full_name", "pk"))
    if request.method == "POST":
        ticked = set(request.POST.getlist("hadir"))
        for participant in participants:
            services.attendance_mark(participant=participant, session=session,
                                     present=str(participant.pk) in ticked, by=request.user)
        messages.success(request, _("Attendance saved."))
        return redirect("workshops:attendance_sheet", pk=workshop.pk, session_id=session.pk)
    present = {a.participant_id: a for a in Attendance.objects.filter(participant__workshop=workshop, session=session)}
    window = CheckinWindow.objects.filter(workshop=workshop, session=session).first()
    checkin_url = request.build_absolute_uri(reverse("workshops:checkin_code", args=[window.code])) if window else ""
    day = next((s.day for s in selectors.workshop_schedule(workshop=workshop) if s.session.pk == session.pk), None)
    template = "workshops/attendance_print.html" if request.GET.get("cetak") else "workshops/attendance_sheet.html"
    return render(request, template, {
        "workshop": workshop, "session": session, "day": day, "window": window,
        "rows": [(p, present.get(p.pk)) for p in participants], "checkin_url": checkin_url,
        "qr": qr_svg(checkin_url) if window else "",
    })


@login_required
@require_POST
def checkin_toggle(request, pk, session_id):
    workshop = _workshop(request, pk)
    session = _session(workshop, session_id)
    if request.POST.get("aksi") == "tutup":
        services.checkin_close(workshop=workshop, session=session)
        messages.info(request, _("Check-in closed."))
    else:
        try:
            minutes = max(5, min(240, int(request.POST.get("menit", 30))))
        except (TypeError, ValueError):
            minutes = 30
        services.checkin_open(workshop=workshop, session=session, minutes=minutes)
        messages.success(request, _("Check-in is open."))
    return redirect("workshops:attendance_sheet", pk=workshop.pk, session_id=session.pk)


CONTENT_TYPES = {"csv": "text/csv; charset=utf-8",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@login_required
def export(request, pk, kind, fmt):
    workshop = _workshop(request, pk)
    if fmt not in CONTENT_TYPES or (kind not in exports.TABLES and kind != "semua") or (kind == "semua" and fmt != "xlsx"):
        raise Http404
    if kind == "semua":
        content = exports.workbook_for(workshop)
    else:
        title, build = exports.TABLES[kind]
        header, rows = build(workshop)
        content = exports.to_csv(header, rows).encode("utf-8-sig") if fmt == "csv" else exports.to_xlsx(
            [(title, header, rows)])
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="lokakarya-{workshop.join_code}-{kind}.{fmt}"'
    return response


@login_required
def certificates_bulk(request, pk):
    workshop = _workshop(request, pk)
    participants = list(workshop.participants.order_by("full_name", "pk"))
    completion = selectors.completion_for(workshop=workshop, participants=participants)
    files = []
    for participant in participants:
        if not completion[participant.pk].complete:
            continue
        certificate = services.certificate_issue(participant=participant)
        verify_url = request.build_absolute_uri(reverse("workshops:verify", args=[certificate.code]))
        pdf = certificate_pdf(certificate=certificate, completion=completion[participant.pk], verify_url=verify_url)
        files.append((f"sertifikat-{participant.pk:05d}-{certificate.code}.pdf", pdf))
    if not files:
        messages.error(request, _("No participant has completed the workshop yet: there is no certificate to issue."))
        return redirect("workshops:detail", pk=workshop.pk)
    response = HttpResponse(certificates_zip(files), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="sertifikat-{workshop.join_code}.zip"'
    return response
