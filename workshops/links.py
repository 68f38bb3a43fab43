"""Which workshop a new attempt belongs to: the listener of ``exercises.signals.attempt_started``.

The sandbox starts every attempt (the workshop home, Latihan, the exercise page, "Coba lagi" on
a result) and knows nothing of workshops; this listener writes the ``WorkshopAttempt`` link in
the same transaction. What a facilitator expects, in this order:

1. Opened from a workshop home: that workshop (the caller says so in ``context``).
2. A retry of a case the trainee already worked on inside a workshop: the same participation.
   "Coba lagi" on the result page continues the work the facilitator is watching; it must not
   drop out of the room, the exports and the certificate because it went through Latihan.
3. Otherwise, the trainee's participation in a workshop that includes the exercise (its
   programme's sessions, required exercises, pre- or post-test): someone who joined a workshop
   and practises its exercises from the exercise page is doing the workshop's work. With several,
   the newest workshop wins, as on the trainee's own home (``selectors.participation_for``).

Only a live workshop takes attempts: not purged and not yet over. Practice months after the
last day is the trainee's own, and must not change a finished workshop's exports or report.
An attempt already linked keeps its link (a resumed attempt is never moved nor linked twice).
"""

from __future__ import annotations

from django.utils import timezone

from .models import Participant, WorkshopAttempt
from .selectors import workshop_exercises


def live_participations(*, user_id: int):
    return (Participant.objects.filter(user_id=user_id, workshop__purged_at__isnull=True,
                                       workshop__end_date__gte=timezone.localdate())
            .select_related("workshop", "workshop__programme", "workshop__pre_test", "workshop__post_test"))


def participant_for_attempt(attempt) -> Participant | None:
    """The participation a new attempt belongs to by rules 2 and 3 above, or None (practice on one's own)."""
    live = live_participations(user_id=attempt.user_id)
    previous = (WorkshopAttempt.objects.filter(
        attempt__user_id=attempt.user_id, attempt__exercise_id=attempt.exercise_id, attempt__case_id=attempt.case_id,
        participant__in=live.values("pk")).exclude(attempt_id=attempt.pk)
        .order_by("-attempt__started_at", "-attempt_id").values_list("participant_id", flat=True).first())
    if previous is not None:
        return Participant.objects.get(pk=previous)
    for participant in live.order_by("-workshop__start_date", "-joined_at"):
        if any(e.pk == attempt.exercise_id for e in workshop_exercises(workshop=participant.workshop)):
            return participant
    return None


def attempt_link(sender, *, attempt, created: bool, context: dict, **kwargs) -> None:
    """Links the attempt to its participation (the rules above); an attempt already linked stays as it is."""
    if not created and WorkshopAttempt.objects.filter(attempt=attempt).exists():
        return
    participant = context.get("participant") or participant_for_attempt(attempt)
    if participant is not None:
        WorkshopAttempt.objects.get_or_create(attempt=attempt, defaults={"participant": participant})
