"""The trainee's side: joining with a code, their own home, checking in, opening cases, the certificate."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from exercises.models import Case, Exercise
from exercises.views.practice import attempt_run_open

from .. import selectors, services
from ..certificates import certificate_pdf
from ..forms import CodeForm, ParticipantForm, RegisterForm
from ..permissions import workshops_visible_to
from ..throttle import client_key, join_blocked, join_failed

TOO_MANY = gettext_lazy("Too many join attempts from this address. Wait a minute and try again.")


def join_start(request):
    """Type the code shown in the room."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if join_blocked(key=client_key(request)):
            form.add_error("code", str(TOO_MANY))
        else:
            try:
                workshop = services.workshop_by_code(form.cleaned_data["code"])
            except services.WorkshopRefused as refusal:
                join_failed(key=client_key(request))
                form.add_error("code", str(refusal))
            else:
                return redirect("workshops:join", code=workshop.join_code)
    return render(request, "workshops/join_start.html", {"form": form}, status=400 if form.errors else 200)


def join(request, code):
    """Registers in the workshop: a new account for a visitor, the same account for someone logged in."""
    if join_blocked(key=client_key(request)):
        return render(request, "workshops/join_start.html", {"form": CodeForm(), "refusal": str(TOO_MANY)}, status=429)
    try:
        workshop = services.workshop_by_code(code)
    except services.WorkshopRefused as refusal:
        join_failed(key=client_key(request))
        return render(request, "workshops/join_start.html", {"form": CodeForm(), "refusal": str(refusal)}, status=404)
    if request.user.is_authenticated and workshop.participants.filter(user=request.user).exists():
        return redirect("workshops:home_workshop", workshop_id=workshop.pk)
    form_class = ParticipantForm if request.user.is_authenticated else RegisterForm
    initial = {"full_name": request.user.get_full_name(), "email": request.user.email} \
        if request.user.is_authenticated else None
    last = request.user.participations.order_by("-joined_at").first() if request.user.is_authenticated else None
    if last is not None:
        initial.update({"institution_type": last.institution_type, "institution_name": last.institution_name,
                        "position": last.position, "phone": "0" + last.phone[3:] if last.phone.startswith("+62") else ""})
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            try:
                if request.user.is_authenticated:
                    services.participant_join(workshop=workshop, user=request.user, **form.details())
                else:
                    user, _participant = services.account_register_and_join(
                        workshop=workshop, password=form.cleaned_data["password1"], **form.details())
                    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            except services.WorkshopRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, _("Welcome to %(name)s.") % {"name": workshop.name})
                return redirect("workshops:home_workshop", workshop_id=workshop.pk)
    return render(request, "workshops/join.html", {"workshop": workshop, "form": form},
                  status=400 if form.errors else 200)


@login_required
def home(request, workshop_id=None):
    """Where a trainee lands after logging in: their workshop, or the way to join one or to practise."""
    participant = selectors.participation_for(user=request.user, workshop_id=workshop_id)
    if participant is None:
        if workshop_id is not None:
            raise Http404
        return render(request, "workshops/home_empty.html", {
            "form": CodeForm(), "facilitated": workshops_visible_to(request.user).order_by("-start_date")[:5]})
    context = selectors.trainee_home(participant=participant)
    context["facilitated"] = workshops_visible_to(request.user).order_by("-start_date")[:5]
    return render(request, "workshops/home.html", context)


@login_required
def checkin(request, code=None):
    form = CodeForm(request.POST or None, initial={"code": code} if code else None)
    if request.method == "POST" and form.is_valid():
        try:
            attendance = services.checkin(user=request.user, raw_code=form.cleaned_data["code"])
        except services.WorkshopRefused as refusal:
            form.add_error("code", str(refusal))
        else:
            messages.success(request, _("You are checked in for %(session)s.") % {"session": attendance.session.title})
            return redirect("workshops:home_workshop", workshop_id=attendance.participant.workshop_id)
    return render(request, "workshops/checkin.html", {"form": form, "code": code},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def case_start(request, workshop_id, slug, case_id):
    """Opens a case from the workshop home, so the attempt is linked to the participant."""
    participant = selectors.participation_for(user=request.user, workshop_id=workshop_id)
    if participant is None:
        raise Http404
    exercise = get_object_or_404(Exercise, slug=slug, is_published=True)
    case = get_object_or_404(Case, pk=case_id)
    try:
        attempt = services.workshop_attempt_start(participant=participant, exercise=exercise, case=case)
    except services.WorkshopRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("workshops:home_workshop", workshop_id=workshop_id)
    return attempt_run_open(request, attempt)


@login_required
def certificate(request, workshop_id):
    participant = selectors.participation_for(user=request.user, workshop_id=workshop_id)
    if participant is None:
        raise Http404
    if selectors.post_test_hidden(participant=participant):
        messages.error(request, _("The certificate is issued once the workshop's completion rules are met."))
        return redirect("workshops:home_workshop", workshop_id=workshop_id)
    try:
        issued = services.certificate_issue(participant=participant)
    except services.WorkshopRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("workshops:home_workshop", workshop_id=workshop_id)
    completion = selectors.completion_for(workshop=participant.workshop, participants=[participant])[participant.pk]
    verify_url = request.build_absolute_uri(reverse("workshops:verify", args=[issued.code]))
    response = HttpResponse(certificate_pdf(certificate=issued, completion=completion, verify_url=verify_url),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sertifikat-{issued.code}.pdf"'
    return response
