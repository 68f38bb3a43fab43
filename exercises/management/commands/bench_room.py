"""Benchmark-only accounts and counts for the load harness (``python -m benchmarks load``).

``bench_room prepare --trainees N --out plan.json`` replaces the accounts named ``bench-*``
with N fresh trainees (one shared password hash, made once, so 1,000 accounts take a
second) and writes the plan the harness follows: who opens which case of which practice
exercise, and each step's POST data built from that case's answer key.
``bench_room count`` prints, as JSON, what the database holds for those accounts afterwards:
the attempts stored, the submitted ones, and any duplicates.
"""

from __future__ import annotations

import json

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Count

from exercises.entry import STEP_NAMES, step_data_from_entry, validate_entry
from exercises.management.base import StrictCommand
from exercises.models import Attempt, Exercise, ExerciseCase

PREFIX = "bench-"


class Command(StrictCommand):
    help = "Benchmark accounts and plan (prepare), or what they stored (count). Never on a real site."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=("prepare", "count"))
        parser.add_argument("--trainees", type=int, default=100)
        parser.add_argument("--password", default="bench-latihan-2026")
        parser.add_argument("--out", default="-")
        parser.add_argument("--old-hashes", action="store_true",
                            help="store PBKDF2 hashes, as accounts made before Argon2id have (first login upgrades)")

    def handle(self, *args, action, trainees, password, out, old_hashes=False, **options):
        if action == "count":
            self.stdout.write(json.dumps(bench_counts()))
            return
        if not 1 <= trainees <= 20_000:
            self.fail("--trainees harus antara 1 dan 20000.")
        if not practice_cases():
            self.fail("tidak ada kasus latihan dengan kunci yang sah (jalankan seed_demo dulu).")
        plan = bench_prepare(trainees=trainees, password=password, old_hashes=old_hashes)
        text = json.dumps(plan)
        if out == "-":
            self.stdout.write(text)
        else:
            with open(out, "w", encoding="utf-8") as handle:
                handle.write(text)


def practice_cases() -> list[tuple[str, int, dict]]:
    """(exercise slug, case id, key) of every published practice case whose key passes today's rules."""
    pairs = []
    rows = ExerciseCase.objects.filter(
        exercise__is_published=True, exercise__mode=Exercise.Mode.PRACTICE,
    ).select_related("exercise", "case").order_by("exercise__slug", "sort_order")
    for row in rows:
        if row.case.answer_key and not validate_entry(row.case.answer_key):
            pairs.append((row.exercise.slug, row.case_id, row.case.answer_key))
    return pairs


@transaction.atomic
def bench_prepare(*, trainees: int, password: str, old_hashes: bool = False) -> dict:
    User = get_user_model()
    User.objects.filter(username__startswith=PREFIX).delete()
    encoded = make_password(password, hasher="pbkdf2_sha256" if old_hashes else "default")
    User.objects.bulk_create(
        [User(username=f"{PREFIX}{i:05d}", first_name="Bench", last_name=str(i), password=encoded)
         for i in range(trainees)], batch_size=500)
    cases = practice_cases()
    return {
        "password": password,
        "steps": list(STEP_NAMES),
        "cases": {str(case_id): step_data_from_entry(key) for _slug, case_id, key in cases},
        "trainees": [
            {"username": f"{PREFIX}{i:05d}", "exercise": cases[i % len(cases)][0], "case": cases[i % len(cases)][1]}
            for i in range(trainees)
        ],
        "session_page": session_page_url(),
    }


def session_page_url() -> str | None:
    from modules.models import SessionPage

    page = SessionPage.objects.live().order_by("path").first()
    return page.get_url() if page else None


def bench_counts() -> dict:
    attempts = Attempt.objects.filter(user__username__startswith=PREFIX)
    per_case = (attempts.filter(status=Attempt.Status.SUBMITTED).values("user_id", "case_id")
                .annotate(n=Count("id")).filter(n__gt=1))
    return {
        "attempts": attempts.count(),
        "submitted": attempts.filter(status=Attempt.Status.SUBMITTED).count(),
        "open": attempts.filter(status=Attempt.Status.OPEN).count(),
        "scored": attempts.filter(result__isnull=False).count(),
        "duplicates": sum(row["n"] - 1 for row in per_case),
    }
