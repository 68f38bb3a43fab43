"""Target: re-scoring 10,000 stored attempts takes at most 10 s on SQLite, database writes included."""

import time
import uuid

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise, FieldResult
from exercises.services import attempts_rescore

COUNT = 10_000


def run():
    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create(username="bench")
    cases = cases_store(case_values(generate_case(seed=s, difficulty=d)) for s in range(20)
                        for d in ("dasar", "menengah", "mahir"))
    exercise = Exercise.objects.create(slug="bench", title="Bench")
    exercise_add_cases(exercise, cases)
    now = timezone.now()
    with transaction.atomic():
        Attempt.objects.bulk_create(
            [Attempt(user=user, exercise=exercise, case=cases[i % len(cases)], run_token=uuid.uuid4(),
                     mode="practice", status="submitted", started_at=now, submitted_at=now,
                     entry=cases[(i * 7) % len(cases)].answer_key) for i in range(COUNT)],
            batch_size=1000)
    started, cpu = time.perf_counter(), time.process_time()
    done = attempts_rescore(Attempt.objects.all())
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    field_rows = FieldResult.objects.count()
    if done != COUNT or Attempt.objects.filter(result__isnull=False).count() != COUNT or field_rows <= COUNT * 20:
        raise SystemExit(f"rescore: {done} of {COUNT} attempts re-scored, {field_rows} field-result rows")
    # CPU time beside wall time: on a shared machine the wall clock also counts other processes.
    print(f"rescore: {done} attempts re-scored and written ({field_rows} field-result rows) in {seconds:.2f} s "
          f"({cpu:.2f} s CPU in this process) on {connection.vendor} (target <= 10 s)")
