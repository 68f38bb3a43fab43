"""Feedback release per workshop: the table, and today's releases carried over.

Before this, releasing in one room set ``Exercise.feedback_released`` for everyone. Every workshop
already using a released exercise keeps seeing it released: one ``FeedbackRelease`` per such
(workshop, exercise). "Using" is what the workshop counts as its exercises (pre-test, post-test,
required exercises, the exercise blocks of its programme's sessions) plus any exercise its
participants already have linked attempts on. The global switch stays as it was, for attempts
in no workshop.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _programme_exercise_ids(SessionPage, programme_path: str) -> set[int]:
    found = set()
    for session in SessionPage.objects.filter(path__startswith=programme_path):
        for block in session.body.raw_data:
            if block["type"] == "exercise" and block["value"].get("exercise"):
                found.add(block["value"]["exercise"])
    return found


def releases_carry_over(apps, schema_editor):
    Exercise = apps.get_model("exercises", "Exercise")
    Workshop = apps.get_model("workshops", "Workshop")
    WorkshopAttempt = apps.get_model("workshops", "WorkshopAttempt")
    FeedbackRelease = apps.get_model("workshops", "FeedbackRelease")
    SessionPage = apps.get_model("modules", "SessionPage")
    released = set(Exercise.objects.filter(feedback_released=True).values_list("pk", flat=True))
    if not released:
        return
    rows = []
    for workshop in Workshop.objects.select_related("programme"):
        using = {workshop.pre_test_id, workshop.post_test_id}
        using |= set(workshop.required_exercises.values_list("pk", flat=True))
        using |= set(WorkshopAttempt.objects.filter(participant__workshop=workshop)
                     .values_list("attempt__exercise_id", flat=True))
        using |= _programme_exercise_ids(SessionPage, workshop.programme.path)
        rows += [FeedbackRelease(workshop=workshop, exercise_id=pk) for pk in sorted(using & released)]
    FeedbackRelease.objects.bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):

    dependencies = [
        ("exercises", "0010_feedback_released_outside_workshops"),
        ("modules", "0003_g8c_taughtfield_choices_callable"),
        ("workshops", "0001_w9_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="FeedbackRelease",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("released_at", models.DateTimeField(auto_now_add=True)),
                ("exercise", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+",
                                               to="exercises.exercise")),
                ("released_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                                                  related_name="+", to=settings.AUTH_USER_MODEL)),
                ("workshop", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                               related_name="feedback_releases", to="workshops.workshop")),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("workshop", "exercise"),
                                                        name="one_release_per_exercise")],
            },
        ),
        migrations.RunPython(releases_carry_over, migrations.RunPython.noop),
    ]
