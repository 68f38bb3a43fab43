"""The schema ships with its migrations, and the roles it needs come from them, not from seed_demo."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from exercises.fields import FIELDS
from exercises.permissions import FACILITATOR_GROUP, FACILITATOR_PERMISSIONS
from modules.models import TaughtField


@pytest.mark.django_db
def test_no_model_change_lacks_its_migration():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exc:  # --check exits 1 when a migration would be written
        pytest.fail(f"missing migrations:\n{out.getvalue()}  (exit {exc.code})")


@pytest.mark.django_db
def test_a_freshly_migrated_database_has_the_facilitator_role_without_seed_demo():
    # The test database is built by the migrations alone; seed_demo never ran here.
    group = Group.objects.get(name=FACILITATOR_GROUP)
    granted = set(group.permissions.values_list("content_type__app_label", "codename"))
    # Wagtail's own migrations may add its choose permissions to every group; ours must all be there.
    assert set(FACILITATOR_PERMISSIONS) <= granted


def test_taught_field_choices_follow_the_field_declaration_without_a_migration():
    field = TaughtField._meta.get_field("field")
    assert callable(field.deconstruct()[3]["choices"])  # the migration stores the callable, not today's list
    keys = {key for key, _label in field.choices}
    assert keys == {f"{spec.section.value}.{spec.name}" for spec in FIELDS}
