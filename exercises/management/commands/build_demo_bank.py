"""Writes fixtures/case_bank.json, the demo bank that seed_demo loads (60 cases, 5 exercises)."""

import json

from exercises.demo import DEMO_BANK
from exercises.demo_bank import demo_bank
from exercises.management.base import StrictCommand


class Command(StrictCommand):
    help = "Regenerate the shipped demo case bank from exercises/demo_bank.py."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(DEMO_BANK), help="Where to write it.")

    def handle(self, *args, output, **options):
        data = demo_bank()
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        except OSError as error:
            self.fail(f"cannot write {output}: {error.strerror}")
        self.stdout.write(f"Wrote {len(data['cases'])} cases and {len(data['exercises'])} exercises to {output}")
