"""Back-fills field-result rows for attempts scored before they existed.

Results stored before then name a row's place with a string ("korban:1", "pelaku:0:korban:1",
"layanan+2"); this migration reads it once, stores the structured location the scorer now
writes (``{"victim": 1, "perpetrator": 0}``) and writes one ``FieldResult`` per result row.
It keeps its own copy of the row builder (``exercises.field_results`` at the time of
writing), so later changes to the live code never change what it does.
"""

from datetime import date

from django.db import migrations

BATCH = 500
_AXES = {"korban": "victim", "pelaku": "perpetrator", "layanan": "service"}


def legacy_location(where: str) -> dict:
    """"pelaku:0:korban:1" -> {"perpetrator": 0, "victim": 1}; "korban+2" (an extra person) -> {"victim": 2}."""
    parts = (where or "").replace("+", ":").split(":")
    location = {}
    for kind, index in zip(parts[::2], parts[1::2]):
        if kind in _AXES and index.isdigit():
            location[_AXES[kind]] = int(index)
    return location


def canonical_value(value) -> str:
    if value is None or value is False or value == "" or value == []:
        return ""
    if value is True:
        return "1"
    if isinstance(value, (list, tuple)):
        return ",".join(sorted(str(item) for item in value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def backfill(apps, schema_editor):
    Attempt = apps.get_model("exercises", "Attempt")
    FieldResult = apps.get_model("exercises", "FieldResult")
    done = set(FieldResult.objects.values_list("attempt_id", flat=True).distinct())
    attempts = Attempt.objects.filter(status="submitted", result__isnull=False).exclude(pk__in=done).order_by("pk")
    pending, changed = [], []
    for attempt in attempts.iterator(chunk_size=BATCH):
        rows = (attempt.result or {}).get("rows") or []
        touched = False
        for row in rows:
            if "location" not in row:
                row["location"] = legacy_location(row.pop("where", ""))
                touched = True
            location = row["location"]
            pending.append(FieldResult(
                attempt_id=attempt.pk, field=row["field"], section=row["section"],
                victim_index=location.get("victim"), perpetrator_index=location.get("perpetrator"),
                service_index=location.get("service"), error_type=row.get("error") or "", points=row["points"],
                max_points=row["max"], critical=bool(row.get("critical")), value=canonical_value(row.get("entered")),
            ))
        if touched:
            changed.append(attempt)
        if len(changed) >= BATCH or len(pending) >= BATCH * 60:
            _flush(Attempt, FieldResult, pending, changed)
    _flush(Attempt, FieldResult, pending, changed)


def _flush(Attempt, FieldResult, pending, changed):
    FieldResult.objects.bulk_create(pending, batch_size=2000)
    Attempt.objects.bulk_update(changed, ["result"], batch_size=BATCH)
    pending.clear()
    changed.clear()


def forget(apps, schema_editor):
    # The structured locations stay in the results: the scorer of this version reads only those.
    apps.get_model("exercises", "FieldResult").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0005_facilitator_group"),
    ]

    operations = [
        migrations.RunPython(backfill, forget),
    ]
