"""Reads a case bank JSON file; every answer key is checked with the sandbox's rules first."""

from __future__ import annotations

import json

from exercises.casebank import BankError, bank_import
from exercises.management.base import StrictCommand


class Command(StrictCommand):
    help = "Import a case bank JSON file (as written by export_cases). Stores nothing if any case is invalid."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The JSON file.")

    def handle(self, *args, path, **options):
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except OSError as error:
            self.fail(f"cannot read {path}: {error.strerror}")
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            self.fail(f"{path} is not valid JSON: {error}")
        try:
            cases, exercises = bank_import(data)
        except BankError as error:
            self.fail(f"{path}: {error}")
        self.stdout.write(self.style.SUCCESS(f"Imported {cases} cases and {exercises} exercises from {path}"))
