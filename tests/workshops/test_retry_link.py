"""Every way into a case keeps a workshop's work in the workshop: "Coba lagi" on the result page and the
buttons of the exercise page start attempts linked to the participant (``workshops.links``), so the room,
completion, exports and the organiser's overview count the retries."""

import copy
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise
from tests.exercises.test_attempts import submit
from workshops import analysis, exports, room
from workshops.models import Participant, WorkshopAttempt
from workshops.selectors import completion_for, participant_attempts
from workshops.services import workshop_create

from .conftest import participant_make
from .test_join import registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def drill():
    """A practice exercise with two real generated cases (the wizard scores them)."""
    exercise = Exercise.objects.create(slug="latihan-ulang", title="Latihan Ulang", pass_mark=80)
    exercise_add_cases(exercise, cases_store(case_values(generate_case(seed=s, difficulty="dasar")) for s in (11, 12)))
    return exercise


def workshop_with(exercise, programme, facilitator, *, name="Lokakarya Cilegon", start=0, days=1):
    today = timezone.localdate() + dt.timedelta(days=start)
    return workshop_create(creator=facilitator, programme=programme, name=name, start_date=today,
                           end_date=today + dt.timedelta(days=days), required_exercises=[exercise])


@pytest.fixture
def cilegon(programme, facilitator, drill):
    return workshop_with(drill, programme, facilitator)


def run_of(response):
    assert response.status_code == 302 and "/latihan/isi/" in response.url, response
    return response.url.rstrip("/").split("/")[-2]


def wrong(case):
    entry = copy.deepcopy(case.answer_key)
    entry["korban"][0]["nama"] = "Nama Lain Sekali"
    return entry


def test_retries_from_the_result_page_stay_in_the_workshop(client, cilegon, drill, organiser):
    assert client.post(reverse("workshops:join", args=[cilegon.join_code]), registration()).status_code == 302
    participant = Participant.objects.get(workshop=cilegon)
    case = drill.exercise_cases.first().case
    run = run_of(client.post(reverse("workshops:case_start", args=[cilegon.pk, drill.slug, case.pk])))
    first = Attempt.objects.get(pk=submit(client, run, wrong(case)).url.rstrip("/").split("/")[-1])
    result = client.get(reverse("exercises:attempt_result", args=[first.pk])).content.decode()
    retry_url = reverse("exercises:case_start", args=[drill.slug, case.pk])
    assert f'action="{retry_url}"' in result and 'value="sebelumnya"' in result  # the "Coba lagi" buttons

    run = run_of(client.post(retry_url, {"mulai": "sebelumnya", "dari": str(first.pk)}))
    submit(client, run, case.answer_key)
    run = run_of(client.post(retry_url, {"mulai": "kosong"}))
    submit(client, run, wrong(case))

    attempts = list(Attempt.objects.filter(user=participant.user).order_by("pk"))
    assert len(attempts) == 3 and all(a.status == "submitted" for a in attempts)
    linked = set(WorkshopAttempt.objects.filter(participant=participant).values_list("attempt_id", flat=True))
    assert linked == {a.pk for a in attempts}  # both retries, not only the first attempt
    # ... and so every reader of the workshop sees them.
    assert {a.pk for a in participant_attempts(participant=participant)} == linked
    assert {row[-1] for row in exports.attempts_table(cilegon)[1]} == linked
    cells = {c["key"]: c for c in room.room_grid(workshop=cilegon)["rows"][0]["cells"]}
    assert cells[f"e{drill.pk}"]["attempt"] == attempts[-1].pk
    assert completion_for(workshop=cilegon)[participant.pk].exercises_passed == 0  # case 2 not done yet
    kinds = analysis.organiser_overview()["workshops"][0]["kinds"]
    assert kinds[0]["attempts"] == 3  # counted from the links alone


def test_the_exercise_pages_buttons_start_attempts_in_the_workshop(client, cilegon, drill):
    participant = participant_make(cilegon)
    client.force_login(participant.user)
    listing = client.get(reverse("exercises:exercise_list")).content.decode()  # Latihan, or a session's block
    assert reverse("exercises:exercise_detail", args=[drill.slug]) in listing
    second = drill.exercise_cases.order_by("sort_order")[1].case  # never opened from the workshop home
    detail = client.get(reverse("exercises:exercise_detail", args=[drill.slug])).content.decode()
    start_url = reverse("exercises:case_start", args=[drill.slug, second.pk])
    assert f'action="{start_url}"' in detail  # "Mulai"
    run = run_of(client.post(start_url))
    assert run_of(client.post(start_url)) == run  # "Lanjutkan" resumes the same attempt, one link
    submit(client, run, second.answer_key)
    run_of(client.post(start_url, {"mulai": "kosong"}))  # "Coba lagi" from the exercise page
    assert WorkshopAttempt.objects.filter(participant=participant).count() == 2
    assert Attempt.objects.filter(user=participant.user).count() == 2
    exercise_pass_cells = room.room_grid(workshop=cilegon)["rows"][0]["cells"]
    assert {c["key"]: c["state"] for c in exercise_pass_cells}[f"e{drill.pk}"] == room.TRIED


def test_practice_outside_a_live_workshop_stays_the_trainees_own(client, programme, facilitator, drill, trainee):
    from .conftest import exercise_make

    case = drill.exercise_cases.first().case
    client.force_login(trainee)
    run_of(client.post(reverse("exercises:case_start", args=[drill.slug, case.pk])))  # in no workshop at all
    other = workshop_with(exercise_make("latihan-lain"), programme, facilitator, name="Tanpa latihan ini")
    participant_make(other, trainee)
    over = workshop_with(drill, programme, facilitator, name="Sudah selesai", start=-5, days=2)
    participant_make(over, trainee)
    Attempt.objects.filter(user=trainee).update(status="submitted")
    run_of(client.post(reverse("exercises:case_start", args=[drill.slug, case.pk])))
    assert not WorkshopAttempt.objects.exists()  # not in that workshop's exercises; the other one is over


def test_the_workshop_home_wins_then_the_previous_attempt_then_the_newest_workshop(client, programme, facilitator,
                                                                                  drill, trainee):
    first_case, second_case = (link.case for link in drill.exercise_cases.order_by("sort_order"))
    older = workshop_with(drill, programme, facilitator, name="Lama", start=-1, days=3)
    newer = workshop_with(drill, programme, facilitator, name="Baru")
    in_older, in_newer = participant_make(older, trainee), participant_make(newer, trainee)
    client.force_login(trainee)
    start = reverse("exercises:case_start", args=[drill.slug, first_case.pk])
    run_of(client.post(reverse("workshops:case_start", args=[older.pk, drill.slug, first_case.pk])))
    Attempt.objects.filter(user=trainee).update(status="submitted")
    run_of(client.post(start, {"mulai": "kosong"}))  # a retry follows its case into the older workshop
    Attempt.objects.filter(user=trainee).update(status="submitted")
    run_of(client.post(reverse("exercises:case_start", args=[drill.slug, second_case.pk])))  # a new case: newest
    Attempt.objects.filter(user=trainee).update(status="submitted")
    run_of(client.post(reverse("workshops:case_start", args=[newer.pk, drill.slug, first_case.pk])))  # said so
    links = list(WorkshopAttempt.objects.order_by("attempt_id").values_list("participant_id", flat=True))
    assert links == [in_older.pk, in_older.pk, in_newer.pk, in_newer.pk]
