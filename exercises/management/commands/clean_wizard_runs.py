"""Deletes wizard runs that were never saved and have not been touched for a while."""

from __future__ import annotations

import datetime as dt

from exercises.management.base import StrictCommand
from exercises.wizard_storage import runs_clean

DEFAULT_DAYS = 14
MAX_DAYS = 3650


class Command(StrictCommand):
    help = (f"Delete wizard runs never saved and untouched for more than DAYS days (default {DEFAULT_DAYS}). "
            "Saved runs are kept: they lead a reload of the save page to what was saved.")

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, default=DEFAULT_DAYS, metavar="DAYS",
                            help=f"Age in days since the run was last used (1 to {MAX_DAYS}).")

    def handle(self, *args, older_than, **options):
        if not 1 <= older_than <= MAX_DAYS:
            self.fail(f"--older-than must be between 1 and {MAX_DAYS} days, not {older_than}")
        deleted = runs_clean(older_than=dt.timedelta(days=older_than))
        self.stdout.write(self.style.SUCCESS(
            f"Deleted {deleted} unsaved wizard runs untouched for more than {older_than} days."))
