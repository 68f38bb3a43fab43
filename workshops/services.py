"""Writes for workshops. Views call these; each refusal carries the Indonesian message to show."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from lokal import parse_phone

from exercises.services import AttemptRefused, attempt_start

from .codes import code_clean, code_new
from .models import (
    JOIN_CODE_LENGTH,
    Attendance,
    Certificate,
    CheckinWindow,
    Participant,
    Workshop,
)
from .selectors import completion_for


class WorkshopRefused(Exception):
    """A join, check-in or certificate the rules do not allow; the message says why."""


def phone_normalise(raw: str) -> str:
    """+62… for any way an Indonesian number is written; a WorkshopRefused says what is wrong."""
    info = parse_phone((raw or "").strip())
    if not info.valid or not info.e164:
        raise WorkshopRefused(_("Enter a valid Indonesian phone number, for example 0812 3456 7890."))
    return info.e164


def workshop_create(*, creator, programme, name: str, start_date, end_date, venue: str = "",
                    organiser: str = "", **settings) -> Workshop:
    """A new workshop with a fresh join code; its creator is its first facilitator."""
    for _try in range(20):
        try:
            with transaction.atomic():
                workshop = Workshop.objects.create(
                    programme=programme, name=name, start_date=start_date, end_date=end_date, venue=venue,
                    organiser=organiser, created_by=creator, join_code=code_new(JOIN_CODE_LENGTH),
                    post_test_threshold=settings.get("post_test_threshold", 70),
                    pre_test=settings.get("pre_test"), post_test=settings.get("post_test"))
                break
        except IntegrityError:
            continue
    else:  # pragma: no cover - 32^6 codes
        raise WorkshopRefused(_("No free join code was found; try again."))
    workshop.facilitators.add(creator)
    workshop.required_sessions.set(settings.get("required_sessions") or [])
    workshop.required_exercises.set(settings.get("required_exercises") or [])
    return workshop


def workshop_by_code(raw_code: str) -> Workshop:
    """The open workshop with this join code; a wrong, closed or past one is refused."""
    code = code_clean(raw_code)
    workshop = Workshop.objects.filter(join_code=code).select_related("programme").first() if code else None
    if workshop is None:
        raise WorkshopRefused(_("This join code is not known. Check it on the projector and try again."))
    if workshop.status != Workshop.Status.OPEN or workshop.end_date < timezone.localdate() or workshop.purged_at:
        raise WorkshopRefused(_("This workshop is over: its join code no longer works."))
    return workshop


def participant_join(*, workshop: Workshop, user, full_name: str, institution_type: str, institution_name: str,
                     position: str, phone: str, email: str = "") -> Participant:
    """Registers an account in a workshop; one account joins any number of workshops, each once."""
    phone = phone_normalise(phone)
    if Participant.objects.filter(workshop=workshop, user=user).exists():
        raise WorkshopRefused(_("You have already joined this workshop."))
    if Participant.objects.filter(workshop=workshop, phone=phone).exists():
        raise WorkshopRefused(_("This phone number is already registered in this workshop."))
    try:
        with transaction.atomic():
            return Participant.objects.create(
                workshop=workshop, user=user, full_name=full_name.strip(), institution_type=institution_type,
                institution_name=institution_name.strip(), position=position.strip(), phone=phone, email=email.strip())
    except IntegrityError:
        raise WorkshopRefused(_("This phone number is already registered in this workshop.")) from None


def account_register_and_join(*, workshop: Workshop, password: str, full_name: str, phone: str, **details):
    """A new account (its username is the phone number, 08…) and its participation, both or neither."""
    e164 = phone_normalise(phone)
    username = "0" + e164[3:]
    User = get_user_model()
    if Participant.objects.filter(workshop=workshop, phone=e164).exists():
        raise WorkshopRefused(_("This phone number is already registered in this workshop."))
    if User.objects.filter(username=username).exists():
        raise WorkshopRefused(_("An account with this phone number exists already: log in first, then join."))
    first, _sep, last = full_name.strip().partition(" ")
    with transaction.atomic():
        user = User.objects.create_user(username=username, password=password, first_name=first[:150],
                                        last_name=last[:150], email=details.get("email", ""))
        participant = participant_join(workshop=workshop, user=user, full_name=full_name, phone=e164, **details)
    return user, participant


def checkin_open(*, workshop: Workshop, session, minutes: int = 30) -> CheckinWindow:
    """Opens (or re-opens) a session's check-in from now for ``minutes``, keeping its code."""
    now = timezone.now()
    window = CheckinWindow.objects.filter(workshop=workshop, session=session).first()
    if window is None:
        window = CheckinWindow(workshop=workshop, session=session, code=code_new(JOIN_CODE_LENGTH))
    window.opens_at, window.closes_at = now, now + timedelta(minutes=minutes)
    window.save()
    return window


def checkin_close(*, workshop: Workshop, session) -> None:
    CheckinWindow.objects.filter(workshop=workshop, session=session).update(closes_at=timezone.now())


def checkin(*, user, raw_code: str) -> Attendance:
    """A participant checks in with a session's code while its window is open; twice is once."""
    code = code_clean(raw_code)
    window = CheckinWindow.objects.filter(code=code).select_related("workshop", "session").first() if code else None
    if window is None:
        raise WorkshopRefused(_("This check-in code is not known."))
    participant = Participant.objects.filter(workshop=window.workshop, user=user).first()
    if participant is None:
        raise WorkshopRefused(_("You are not a participant of this workshop."))
    now = timezone.now()
    if not window.opens_at <= now <= window.closes_at:
        raise WorkshopRefused(_("Check-in for this session is closed. Ask the facilitator to mark you present."))
    attendance, _created = Attendance.objects.get_or_create(
        participant=participant, session=window.session,
        defaults={"method": Attendance.Method.CODE, "checked_in_at": now})
    return attendance


def attendance_mark(*, participant: Participant, session, present: bool, by) -> None:
    """A facilitator marks a participant present (or takes it back)."""
    if present:
        Attendance.objects.get_or_create(participant=participant, session=session, defaults={
            "method": Attendance.Method.MANUAL, "checked_in_at": timezone.now(), "marked_by": by})
    else:
        Attendance.objects.filter(participant=participant, session=session).delete()


def workshop_attempt_start(*, participant: Participant, exercise, case):
    """Opens a case inside the workshop: the sandbox's own start, which links the attempt to this
    participant through ``links.attempt_link`` (an attempt already linked keeps its link)."""
    try:
        return attempt_start(user=participant.user, exercise=exercise, case=case,
                             context={"participant": participant})
    except AttemptRefused as refusal:
        raise WorkshopRefused(str(refusal)) from None


CERTIFICATE_CODE_LENGTH = 12


def certificate_issue(*, participant: Participant) -> Certificate:
    """The participant's certificate (issued once); refused until the workshop's completion rules are met."""
    existing = Certificate.objects.filter(participant=participant).first()
    if existing is not None:
        return existing
    completion = completion_for(workshop=participant.workshop, participants=[participant])[participant.pk]
    if not completion.complete:
        raise WorkshopRefused(_("The certificate is issued once the workshop's completion rules are met."))
    for _try in range(20):
        try:
            with transaction.atomic():
                return Certificate.objects.create(participant=participant, code=code_new(CERTIFICATE_CODE_LENGTH))
        except IntegrityError:
            existing = Certificate.objects.filter(participant=participant).first()
            if existing is not None:
                return existing
    raise WorkshopRefused(_("No free certificate code was found; try again."))  # pragma: no cover


def workshop_purge(*, workshop: Workshop) -> dict[str, int]:
    """Anonymises a workshop's personal data; scores, field results, attendance and institution types stay.

    Accounts that belong to no other workshop lose their name, email and login (the username
    becomes an opaque one and the password unusable).
    """
    counts = {"participants": 0, "accounts": 0, "certificates": 0}
    with transaction.atomic():
        participants = list(workshop.participants.select_related("user"))
        for index, participant in enumerate(participants, start=1):
            participant.full_name = f"Peserta {index:03d}"
            participant.institution_name = ""
            participant.position = ""
            participant.phone = f"anon-{participant.pk}"
            participant.email = ""
            participant.save(update_fields=["full_name", "institution_name", "position", "phone", "email"])
            counts["participants"] += 1
            user = participant.user
            if not user.is_staff and not user.participations.exclude(workshop=workshop).exists():
                user.username = f"anon-{user.pk}"
                user.first_name, user.last_name, user.email = "Peserta", f"{index:03d}", ""
                user.set_unusable_password()
                user.save()
                counts["accounts"] += 1
        counts["certificates"], _detail = Certificate.objects.filter(participant__workshop=workshop).delete()
        workshop.purged_at = timezone.now()
        workshop.status = Workshop.Status.CLOSED
        workshop.save(update_fields=["purged_at", "status"])
    return counts
