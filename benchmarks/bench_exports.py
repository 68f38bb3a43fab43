"""Target: the workshop XLSX (participants, attendance, attempts, completion, summary) for 500 participants
with 20 attempts each in at most 5 s, printed beside a reference: a bare write-only workbook of the same
number of cells, so the figure can be read on a slower or faster machine."""

import datetime as dt
import io
import time
import uuid

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from openpyxl import Workbook

from exercises.models import Attempt, Case, Exercise, ExerciseCase
from modules.demo import ensure_home_page
from modules.models import DayPage, ProgrammePage, SessionPage
from workshops.exports import workbook_for
from workshops.models import Attendance, Participant, Workshop

PARTICIPANTS, ATTEMPTS_EACH = 500, 20


def _setup() -> Workshop:
    call_command("migrate", verbosity=0)
    home = ensure_home_page()
    programme = home.add_child(instance=ProgrammePage(title="Bench", slug="bench", organiser="Bench",
                                                      start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 1, 2)))
    sessions = []
    for number in (1, 2):
        day = programme.add_child(instance=DayPage(title=f"Hari {number}", slug=f"h{number}",
                                                   date=dt.date(2024, 1, number)))
        for hour in (8, 10):
            sessions.append(day.add_child(instance=SessionPage(title=f"S{number}-{hour}", start_time=dt.time(hour),
                                                               end_time=dt.time(hour, 50))))
    exercises = []
    for slug in ("bench-a", "bench-b"):
        exercise = Exercise.objects.create(slug=slug, title=slug)
        for index in range(10):
            case = Case.objects.create(title=f"{slug}-{index}", document_title="d", document_text="d",
                                       answer_key={"registrasi": {}})
            ExerciseCase.objects.create(exercise=exercise, case=case, sort_order=index)
        exercises.append(exercise)
    today = timezone.localdate()
    workshop = Workshop.objects.create(programme=programme, name="Bench", start_date=today, end_date=today,
                                       join_code="BENCH2", pre_test=exercises[0], post_test=exercises[1])
    workshop.required_sessions.set(sessions[:2])
    workshop.required_exercises.set(exercises[:1])
    links = list(ExerciseCase.objects.select_related("exercise"))
    now = timezone.now()
    User = get_user_model()
    with transaction.atomic():
        users = User.objects.bulk_create([User(username=f"u{i}") for i in range(PARTICIPANTS)])
        participants = Participant.objects.bulk_create([Participant(
            workshop=workshop, user=u, full_name=f"Peserta {i}", institution_type="opd", institution_name="OPD",
            position="Staf", phone=f"+62812{i:08d}") for i, u in enumerate(users)])
        Attendance.objects.bulk_create([Attendance(participant=p, session=s, method="code", checked_in_at=now)
                                        for p in participants for s in sessions])
        Attempt.objects.bulk_create([Attempt(
            user=u, exercise=link.exercise, case_id=link.case_id, run_token=uuid.uuid4(), mode="practice",
            status="submitted", started_at=now, submitted_at=now, score=float((i * 7 + j) % 100),
            passed=(i + j) % 3 != 0) for i, u in enumerate(users) for j, link in enumerate(links[:ATTEMPTS_EACH])],
            batch_size=2000)
    return workshop


def _reference(rows: int, columns: int) -> float:
    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("ref")
    for row in range(rows):
        sheet.append([row] * columns)
    book.save(io.BytesIO())
    return time.perf_counter() - started


def run():
    workshop = _setup()
    started = time.perf_counter()
    content = workbook_for(workshop)
    seconds = time.perf_counter() - started
    cells = PARTICIPANTS * (7 + 4 * 7 + ATTEMPTS_EACH * 11 + 10)
    reference = _reference(cells // 10, 10)
    print(f"exports: XLSX of {PARTICIPANTS} participants x {ATTEMPTS_EACH} attempts ({len(content) // 1024} KB, "
          f"~{cells:,} cells) in {seconds:.2f} s on {connection.vendor} (target <= 5 s); "
          f"reference: a bare workbook of the same cells in {reference:.2f} s")
