"""Two requests start the same case at the same moment, for real, on PostgreSQL (SQLite serialises writers)."""

import threading

import pytest
from django.db import connection, connections

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise
from exercises.services import attempt_start

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"),
]


def test_two_concurrent_starts_open_one_attempt(monkeypatch, trainee):
    case = cases_store([case_values(generate_case(seed=5, difficulty="dasar"))])[0]
    exercise = Exercise.objects.create(slug="serentak", title="Serentak")
    exercise_add_cases(exercise, [case])
    # Both requests have looked for an open attempt and found none before either inserts.
    both_looked = threading.Barrier(2, timeout=10)
    real_create = Attempt.objects.create
    inserts = []

    def create(**values):
        inserts.append(1)
        if len(inserts) <= 2:
            both_looked.wait()
        return real_create(**values)

    monkeypatch.setattr(Attempt.objects, "create", create)
    opened, errors = [], []

    def start():
        try:
            opened.append(attempt_start(user=trainee, exercise=exercise, case=case).pk)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors, errors
    assert len(inserts) == 2 and len(set(opened)) == 1
    assert Attempt.objects.filter(user=trainee).count() == 1
