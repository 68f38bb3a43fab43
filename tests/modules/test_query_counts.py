"""Pages whose query count does not grow: measured on the seeded demo with many trainees' attempts."""

import datetime as dt
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from exercises.models import Attempt, Exercise, ExerciseCase
from modules.models import DayPage, Istilah, Narasumber, ProgrammePage, SessionPage, SessionSpeaker

pytestmark = pytest.mark.django_db


def add_trainees_with_attempts(count: int, *, prefix: str, users=()) -> None:
    """``count`` new trainees (and ``users``), each with a saved attempt on every case of every exercise."""
    User = get_user_model()
    users = [*users, *User.objects.bulk_create([User(username=f"{prefix}{i}") for i in range(count)])]
    links = list(ExerciseCase.objects.select_related("exercise"))
    now = timezone.now()
    Attempt.objects.bulk_create([
        Attempt(user=user, exercise=link.exercise, case_id=link.case_id, run_token=uuid.uuid4(),
                mode=link.exercise.mode, status=Attempt.Status.SUBMITTED, started_at=now, submitted_at=now,
                score=80 if (user.pk + link.case_id) % 3 else 40, passed=bool((user.pk + link.case_id) % 3))
        for user in users for link in links
    ], batch_size=2000)


@pytest.fixture
def demo(client):
    call_command("seed_demo", with_demo_accounts=True, verbosity=0)
    add_trainees_with_attempts(200, prefix="lain")
    assert client.login(username="peserta", password="latihan-simfoni")
    return client


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def urls() -> dict[str, str]:
    return {
        "programme": ProgrammePage.objects.get().url,
        # Speakers, glossary terms and an exercise block: every kind of thing a session page fetches.
        "session": SessionPage.objects.get(slug="praktik-registrasi-pelapor-korban").url,
        "exercise list": reverse("exercises:exercise_list"),
    }


# Measured on the seeded demo; before this change the programme and session pages ran 33 and 41
# queries, growing with every session, glossary block and exercise block.
# The database cache (shared by every app server) adds one read per Wagtail page: its site root paths.
# A list holding an assessed exercise reads which of the trainee's results are not released yet: one query more
# (exercises.permissions.hidden_results), the same for any number of trainees or workshops.
EXPECTED = {"programme": 22, "session": 30, "exercise list": 8}


def test_pages_run_a_fixed_number_of_queries_however_many_trainees_attempted(demo):
    add_trainees_with_attempts(0, prefix="", users=[get_user_model().objects.get(username="peserta")])
    for name, url in urls().items():
        demo.get(url)  # warm: the first request after login also writes the session
        assert count_queries(demo, url) == EXPECTED[name], name
    add_trainees_with_attempts(200, prefix="lagi")
    for name, url in urls().items():
        assert count_queries(demo, url) == EXPECTED[name], f"{name} grew with more trainees"


def test_more_sessions_and_blocks_add_no_queries(demo):
    """A session with more exercise and glossary blocks and speakers: neither its page nor the
    programme page runs more queries (all glossary terms come in one query, all standings in three)."""
    day = DayPage.objects.order_by("path").first()
    exercises = list(Exercise.objects.order_by("pk")[:3])
    terms = list(Istilah.objects.order_by("pk")[:4])
    session = SessionPage(
        title="Sesi tambahan", slug="sesi-tambahan", start_time=dt.time(16), end_time=dt.time(17),
        session_type="materi", body=[
            *({"type": "glossary", "value": [term.pk]} for term in terms),
            *({"type": "exercise", "value": {"exercise": exercise.pk, "intro": ""}} for exercise in exercises),
        ])
    session.session_speakers = [SessionSpeaker(speaker=speaker) for speaker in Narasumber.objects.all()[:3]]
    day.add_child(instance=session)
    programme_url = urls()["programme"]
    demo.get(programme_url)
    assert count_queries(demo, programme_url) == EXPECTED["programme"]
    demo.get(session.url)
    assert count_queries(demo, session.url) == EXPECTED["session"]
