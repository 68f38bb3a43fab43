"""Loads the demo: accounts, the home page, the case bank and its exercises. Safe to run again."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from exercises.demo import demo_bank_load, facilitator_group_grant
from exercises.permissions import FACILITATOR_GROUP
from modules.demo import demo_programme_load, ensure_home_page
from workshops.demo import DEMO_CODE, demo_workshop_load

DEMO_PASSWORD = "latihan-simfoni"  # noqa: S105 - demo accounts on a training laptop, printed on purpose
DEMO_USERS = (
    # username, full name, role
    ("peserta", "Peserta Latihan", "trainee"),
    ("peserta2", "Peserta Kedua", "trainee"),
    ("fasilitator", "Fasilitator Latihan", "facilitator"),
    ("admin", "Admin Penyelenggara", "organiser"),
)


class Command(BaseCommand):
    help = "Create the demo accounts and content (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument("--password", default=None,
                            help="Password for the demo accounts, set on existing ones too (default: %s)." % DEMO_PASSWORD)
        parser.add_argument("--with-demo-accounts", action="store_true",
                            help="Create the accounts with the demo password even when DEBUG is off.")

    @transaction.atomic
    def handle(self, *args, password: str | None, with_demo_accounts: bool = False, **options):
        facilitators, _ = Group.objects.get_or_create(name=FACILITATOR_GROUP)
        facilitator_group_grant(facilitators)
        # A known password must never reach a server: with DEBUG off (production settings) the
        # demo password is used only when asked for by name.
        accounts = settings.DEBUG or with_demo_accounts or password not in (None, DEMO_PASSWORD)
        created_or_reset = demo_accounts_save(password or DEMO_PASSWORD, facilitators, reset=password is not None) \
            if accounts else set()
        home = ensure_home_page()
        cases, exercises = demo_bank_load()
        programme = demo_programme_load(home)
        # The demo workshop's thirty participants log in with the demo password too: accounts only.
        workshop = demo_workshop_load(programme=programme, password=password or DEMO_PASSWORD,
                                      facilitator=get_user_model().objects.get(username="fasilitator")) \
            if accounts else None
        self.stdout.write(self.style.SUCCESS(f"Demo data ready: {cases} practice cases in {exercises} exercises."))
        if not accounts:
            self.stdout.write("No demo accounts: DEBUG is off. Create the first organiser with `manage.py "
                              "createsuperuser`, or pass --with-demo-accounts on a training laptop.")
            return
        self.stdout.write("Demo logins (password: %s):" % (password or DEMO_PASSWORD))
        for username, _full_name, role in DEMO_USERS:
            kept = "" if username in created_or_reset else "  (existing account: password not changed)"
            self.stdout.write(f"  {username:<12} {role}{kept}")
        demo_workshop_report(self.stdout, workshop)


def demo_accounts_save(password: str, facilitators, *, reset: bool) -> set[str]:
    """Creates the demo accounts; an existing one gets the password only when it was given
    (``reset``). Returns the usernames whose password is now ``password``."""
    User = get_user_model()
    with_password = set()
    for username, full_name, role in DEMO_USERS:
        first, _, last = full_name.partition(" ")
        user, created = User.objects.get_or_create(username=username, defaults={"first_name": first, "last_name": last})
        if created or reset:
            user.set_password(password)
            with_password.add(username)
        user.is_staff = role in ("facilitator", "organiser")
        user.is_superuser = role == "organiser"
        user.save()
        if role == "facilitator":
            user.groups.add(facilitators)
    return with_password


def demo_workshop_report(stdout, workshop) -> None:
    state = "created" if workshop else "already there"
    stdout.write(f"Demo workshop ({state}): join code {DEMO_CODE} at /gabung/{DEMO_CODE}/, "
                 "30 participants (logins 081299000000 to 081299000029, same password); "
                 "the facilitator's page is /lokakarya/.")
