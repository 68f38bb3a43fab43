"""Generates practice cases into the bank: documents and answer keys from seeds."""

from __future__ import annotations

from django.conf import settings
from tqdm import tqdm

from exercises import generator, regions
from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.management.base import StrictCommand
from exercises.models import Exercise

MAX_COUNT = 100_000


class Command(StrictCommand):
    help = "Generate COUNT synthetic cases from seeds SEED, SEED+1, ... at one difficulty."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True, help="How many cases (1 to 100000).")
        parser.add_argument("--seed", type=int, default=1, help="The first seed (0 or more).")
        parser.add_argument("--difficulty", required=True, help="dasar, menengah or mahir.")
        parser.add_argument("--exercise", help="Add the cases to the exercise with this slug.")
        parser.add_argument("--region", help="Kemendagri kab/kota code for addresses (default: the site's).")

    def handle(self, *args, count, seed, difficulty, exercise, region, **options):
        if not 1 <= count <= MAX_COUNT:
            self.fail(f"--count must be between 1 and {MAX_COUNT}, not {count}")
        if seed < 0:
            self.fail(f"--seed must be 0 or more, not {seed}")
        if difficulty not in generator.DIFFICULTIES:
            self.fail(f"unknown --difficulty {difficulty!r}: choose {', '.join(generator.DIFFICULTIES)}")
        if region is not None and not (regions.is_valid(region) and regions.level(region) == 2):
            self.fail(f"unknown --region {region!r}: give a kab/kota code such as {settings.SIMFONI_DEFAULT_REGION}")
        target = None
        if exercise:
            target = Exercise.objects.filter(slug=exercise).first()
            if target is None:
                self.fail(f"no exercise with slug {exercise!r}")
        cases = generator.iter_cases(count=count, seed=seed, difficulty=difficulty, kabkota=region)
        progress = tqdm(cases, total=count, desc="Generating", unit="case", disable=options["verbosity"] == 0)
        stored = cases_store(case_values(case) for case in progress)
        added = exercise_add_cases(target, stored) if target else 0
        self.stdout.write(self.style.SUCCESS(
            f"{len(stored)} cases in the bank ({difficulty}, seeds {seed}-{seed + count - 1})"
            + (f"; {added} added to {target.slug}" if target else "")))
