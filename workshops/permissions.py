"""Who may see which workshop: checked here, in one place.

Trainees see their own data only; a facilitator the workshops they facilitate; an organiser
(staff outside the Fasilitator group, or a superuser) every workshop.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from exercises.permissions import can_see_result, is_facilitator, is_organiser

from .models import Participant, Workshop


def can_create_workshop(user) -> bool:
    return is_facilitator(user)


def workshops_visible_to(user):
    if is_organiser(user):
        return Workshop.objects.all()
    if not user.is_authenticated:
        return Workshop.objects.none()
    return Workshop.objects.filter(facilitators=user)


def can_manage_workshop(user, workshop) -> bool:
    if not user.is_authenticated:
        return False
    return is_organiser(user) or workshop.facilitators.filter(pk=user.pk).exists()


def require_workshop(user, workshop) -> None:
    if not can_manage_workshop(user, workshop):
        raise PermissionDenied


def can_see_attempt(user, attempt) -> bool:
    """The sandbox's own rule, plus: a workshop's facilitators see its participants' results."""
    if can_see_result(user, attempt) or is_organiser(user):
        return True
    if not user.is_authenticated:
        return False
    return Participant.objects.filter(user_id=attempt.user_id, workshop__facilitators=user).exists()
