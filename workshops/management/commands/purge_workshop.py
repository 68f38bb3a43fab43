"""manage.py purge_workshop CODE [--yes]: anonymises a finished workshop's personal data, keeps its statistics."""

from __future__ import annotations

from exercises.management.base import StrictCommand
from workshops.codes import code_clean
from workshops.models import Workshop
from workshops.services import workshop_purge


class Command(StrictCommand):
    help = ("Anonymise a workshop's personal data (names, phones, emails, institution names, positions); "
            "scores, field results, attendance and institution types stay.")

    def add_arguments(self, parser):
        parser.add_argument("code", help="The workshop's join code.")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, code: str, yes: bool, **options):
        workshop = Workshop.objects.filter(join_code=code_clean(code)).first()
        if workshop is None:
            self.fail(f"no workshop has the join code {code!r}")
        if workshop.purged_at:
            self.fail(f"workshop {workshop.join_code} was already purged on {workshop.purged_at:%Y-%m-%d}")
        count = workshop.participants.count()
        if not yes:
            answer = input(f"Anonymise the personal data of {count} participants of '{workshop.name}' "
                           f"({workshop.join_code})? This cannot be undone. Type 'ya' to continue: ")
            if answer.strip().lower() not in ("ya", "y", "yes"):
                self.stdout.write("Nothing changed.")
                return
        counts = workshop_purge(workshop=workshop)
        self.stdout.write(self.style.SUCCESS(
            f"Workshop {workshop.join_code} purged: {counts['participants']} participants anonymised "
            f"(names, phones, emails, institution names, positions), {counts['accounts']} accounts anonymised "
            f"and locked, {counts['certificates']} certificates withdrawn. Scores, field results, attendance "
            f"and institution types kept; the workshop is closed."))
