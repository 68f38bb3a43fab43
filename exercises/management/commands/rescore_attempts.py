"""Scores saved attempts again, after weights or the scorer change; old results stay in history."""

from __future__ import annotations

from tqdm import tqdm

from exercises.management.base import StrictCommand
from exercises.models import Attempt, Exercise
from exercises.services import attempts_rescore


class Command(StrictCommand):
    help = "Re-score saved attempts (all, or one exercise's). Each attempt keeps its old result in its history."

    def add_arguments(self, parser):
        parser.add_argument("--exercise", help="Only the attempts of the exercise with this slug.")

    def handle(self, *args, exercise, **options):
        attempts = Attempt.objects.filter(status=Attempt.Status.SUBMITTED)
        if exercise:
            if not Exercise.objects.filter(slug=exercise).exists():
                self.fail(f"no exercise with slug {exercise!r}")
            attempts = attempts.filter(exercise__slug=exercise)
        total = attempts.count()
        with tqdm(total=total, desc="Re-scoring", unit="attempt", disable=options["verbosity"] == 0) as bar:
            done = attempts_rescore(attempts, progress=bar.update)
        self.stdout.write(self.style.SUCCESS(f"Re-scored {done} attempts."))
