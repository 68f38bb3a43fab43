"""The facilitator role is data: a production install without ``seed_demo`` has it too."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Fasilitator"  # permissions.FACILITATOR_GROUP at the time of writing; migrations keep their own copy
PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    *((("exercises", f"{action}_{model}") for model in ("case", "exercise") for action in ("add", "change", "delete", "view"))),
)


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations ran; make them now so the group can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0004_groundwork"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
