"""Writes the case bank (or some exercises with their cases) as JSON."""

from __future__ import annotations

import json
import sys

from exercises.casebank import bank_export
from exercises.management.base import StrictCommand
from exercises.models import Case, Exercise, ExerciseCase


class Command(StrictCommand):
    help = "Export the case bank as JSON (to a file or standard output)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")
        parser.add_argument("--exercise", action="append", default=[], help="Only this exercise (repeatable).")

    def handle(self, *args, output, exercise, **options):
        if exercise:
            exercises = list(Exercise.objects.filter(slug__in=exercise))
            unknown = set(exercise) - {e.slug for e in exercises}
            if unknown:
                self.fail(f"no exercise with slug {', '.join(sorted(unknown))}")
            case_ids = ExerciseCase.objects.filter(exercise__in=exercises).values_list("case_id", flat=True)
            cases = Case.objects.filter(pk__in=case_ids).order_by("pk")
        else:
            exercises, cases = list(Exercise.objects.order_by("slug")), Case.objects.order_by("pk")
        data = json.dumps(bank_export(cases, exercises), ensure_ascii=False, indent=1)
        if output:
            try:
                with open(output, "w", encoding="utf-8") as handle:
                    handle.write(data + "\n")
            except OSError as error:
                self.fail(f"cannot write {output}: {error.strerror}")
            self.stderr.write(f"Wrote {output}")
        else:
            sys.stdout.write(data + "\n")
