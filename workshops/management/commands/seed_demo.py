"""Loads the demo: accounts, the home page, the case bank and its exercises. Safe to run again."""

from __future__ import annotations

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
        parser.add_argument("--password", default=DEMO_PASSWORD, help="Password for the demo accounts.")

    @transaction.atomic
    def handle(self, *args, password: str, **options):
        facilitators, _ = Group.objects.get_or_create(name=FACILITATOR_GROUP)
        facilitator_group_grant(facilitators)
        User = get_user_model()
        for username, full_name, role in DEMO_USERS:
            first, _, last = full_name.partition(" ")
            user, created = User.objects.get_or_create(
                username=username, defaults={"first_name": first, "last_name": last})
            if created:
                user.set_password(password)
            user.is_staff = role in ("facilitator", "organiser")
            user.is_superuser = role == "organiser"
            user.save()
            if role == "facilitator":
                user.groups.add(facilitators)
        home = ensure_home_page()
        cases, exercises = demo_bank_load()
        programme = demo_programme_load(home)
        workshop = demo_workshop_load(programme=programme, facilitator=User.objects.get(username="fasilitator"),
                                      password=password)
        self.stdout.write(self.style.SUCCESS(f"Demo data ready: {cases} practice cases in {exercises} exercises."))
        self.stdout.write("Demo logins (password: %s):" % password)
        for username, _full_name, role in DEMO_USERS:
            self.stdout.write(f"  {username:<12} {role}")
        state = "created" if workshop else "already there"
        self.stdout.write(f"Demo workshop ({state}): join code {DEMO_CODE} at /gabung/{DEMO_CODE}/, "
                          "30 participants (logins 081299000000 to 081299000029, same password); "
                          "the facilitator's page is /lokakarya/.")
