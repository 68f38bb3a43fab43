"""Workshop fixtures: a small programme, a cheap exercise (attempts are written as rows, not scored)."""

import datetime as dt
import uuid

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, Site

from exercises.models import Attempt, Case, Exercise, ExerciseCase, FieldResult
from exercises.permissions import FACILITATOR_GROUP
from modules.models import DayPage, HomePage, ProgrammePage, SessionPage
from workshops.models import Participant
from workshops.services import workshop_create

PASSWORD = "pw-Latihan-2024"


@pytest.fixture
def programme(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="SIMFONI Latih", slug="beranda-uji"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    programme = home.add_child(instance=ProgrammePage(
        title="Pelatihan SIMFONI", slug="pelatihan", organiser="DP3AP2KB Kota Cilegon",
        start_date=dt.date(2023, 9, 20), end_date=dt.date(2023, 9, 21)))
    for number, date in ((1, dt.date(2023, 9, 20)), (2, dt.date(2023, 9, 21))):
        day = programme.add_child(instance=DayPage(title=f"Hari {number}", slug=f"hari-{number}", date=date))
        for hour, title in ((8, f"Sesi {number}A"), (10, f"Sesi {number}B")):
            day.add_child(instance=SessionPage(title=title, start_time=dt.time(hour), end_time=dt.time(hour, 50)))
    return programme


@pytest.fixture
def sessions(programme):
    return list(SessionPage.objects.descendant_of(programme).order_by("path"))


def exercise_make(slug, *, mode="practice", cases=2):
    exercise = Exercise.objects.create(slug=slug, title=slug.replace("-", " ").title(), mode=mode, pass_mark=80)
    for index in range(cases):
        case = Case.objects.create(title=f"{slug} kasus {index + 1}", document_title="Catatan",
                                   document_text="Fiktif.", answer_key={"registrasi": {}})
        ExerciseCase.objects.create(exercise=exercise, case=case, sort_order=index)
    return exercise


@pytest.fixture
def practice():
    return exercise_make("praktik-uji")


@pytest.fixture
def pre_test():
    return exercise_make("pre-test-uji", mode="assessed", cases=1)


@pytest.fixture
def post_test():
    return exercise_make("post-test-uji", mode="assessed", cases=1)


@pytest.fixture
def facilitator(django_user_model):
    user = django_user_model.objects.create_user(username="fasil", password=PASSWORD, first_name="Fasil", is_staff=True)
    group, _ = Group.objects.get_or_create(name=FACILITATOR_GROUP)
    user.groups.add(group)
    return user


@pytest.fixture
def other_facilitator(django_user_model):
    user = django_user_model.objects.create_user(username="fasil2", password=PASSWORD, is_staff=True)
    group, _ = Group.objects.get_or_create(name=FACILITATOR_GROUP)
    user.groups.add(group)
    return user


@pytest.fixture
def organiser(django_user_model):
    return django_user_model.objects.create_user(username="org", password=PASSWORD, is_staff=True, is_superuser=True)


@pytest.fixture
def workshop(programme, sessions, facilitator, practice, pre_test, post_test):
    today = timezone.localdate()
    return workshop_create(
        creator=facilitator, programme=programme, name="Lokakarya Cilegon", start_date=today,
        end_date=today + dt.timedelta(days=1), venue="Aula", organiser="DP3AP2KB",
        required_sessions=sessions[:2], required_exercises=[practice], pre_test=pre_test, post_test=post_test,
        post_test_threshold=70)


_phone = iter(range(10_000_000, 99_999_999))


def participant_make(workshop, user=None, *, name="Siti Aminah", kind="puskesmas", django_user_model=None):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    number = next(_phone)
    if user is None:
        user = User.objects.create_user(username=f"08120{number}", password=PASSWORD, first_name=name)
    return Participant.objects.create(workshop=workshop, user=user, full_name=name, institution_type=kind,
                                      institution_name="Puskesmas Cilegon", position="Bidan",
                                      phone=f"+628120{number}")


def attempt_make(user, exercise, case=None, *, score=100.0, passed=True, status="submitted", fields=()):
    case = case or exercise.exercise_cases.first().case
    now = timezone.now()
    attempt = Attempt.objects.create(
        user=user, exercise=exercise, case=case, run_token=uuid.uuid4(), mode=exercise.mode, status=status,
        started_at=now - dt.timedelta(minutes=10), submitted_at=now if status == "submitted" else None,
        score=score if status == "submitted" else None, passed=passed if status == "submitted" else None)
    field_results_add(attempt, fields)
    return attempt


def field_results_add(attempt, fields):
    """Rows as the scorer will write them (g8a's builder replaces this at merge)."""
    FieldResult.objects.bulk_create([
        FieldResult(attempt=attempt, field=name, section=name.split(".")[0], error_type=error,
                    points=0 if error else 1, max_points=1, critical=name.endswith("bentuk"), value=value)
        for name, error, value in fields])


def exercise_pass(user, exercise):
    for link in exercise.exercise_cases.all():
        attempt_make(user, exercise, link.case)
