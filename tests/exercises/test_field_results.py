"""Field results as rows: the pure builder, the submit and re-score that write them, and the back-fill."""

import copy
import importlib
import random
import uuid

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone

from exercises import scoring
from exercises.field_results import canonical_value, field_result_rows
from exercises.fields import Kind, section_fields
from exercises.generator import DIFFICULTIES, generate_case
from exercises.models import Attempt, Case, Exercise, ExerciseCase, FieldResult
from exercises.services import attempt_submit, attempts_rescore
from exercises.shape import entry_rows
from tests.samples import sample_entry

backfill_migration = importlib.import_module("exercises.migrations.0006_g8a_backfill_field_results")


def mutated(key: dict, rng: random.Random) -> dict:
    """A trainee's entry: the key with a few values changed, and sometimes a person or service missing or extra."""
    entry = copy.deepcopy(key)
    rows = [(section, row) for section, _, row in entry_rows(entry)]
    for _ in range(rng.randint(0, 6)):
        section, row = rng.choice(rows)
        spec = rng.choice([s for s in section_fields(section) if s.scored])
        row[spec.name] = {Kind.MULTICODE: [], Kind.BOOL: not row.get(spec.name), Kind.AGE: 3}.get(spec.kind, "salah")
    roll = rng.random()
    if roll < 0.15 and len(entry["korban"]) > 1:
        del entry["korban"][0]
    elif roll < 0.3:
        entry["pelaku"].append({**copy.deepcopy(entry["pelaku"][0] if entry["pelaku"] else {}), "nama": "Orang Lain"})
    elif roll < 0.45:
        entry["layanan"] = entry["layanan"][1:]
    return entry


def as_table(rows):
    return sorted((r["field"], r["section"], r["victim_index"], r["perpetrator_index"], r["service_index"],
                   r["error_type"], r["points"], r["max_points"], r["critical"], r["value"]) for r in rows)


def expected_table(result):
    """What the result JSON says, read independently of the builder."""
    return sorted((r["field"], r["section"], r["location"].get("victim"), r["location"].get("perpetrator"),
                   r["location"].get("service"), r["error"] or "", r["points"], r["max"], r["critical"],
                   canonical_value(r["entered"])) for r in result["rows"])


def test_one_row_per_result_row_with_its_structured_location():
    key = sample_entry()
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][1]["tempat"] = "SEKOLAH"
    entry["pelaku"].append({**entry["pelaku"][0], "nama": "Orang Lain", "usia": 20})
    result = scoring.score_entry(entry, key)
    rows = field_result_rows(result)
    assert len(rows) == len(result["rows"])
    wrong = [r for r in rows if r["error_type"]]
    assert {(r["section"], r["field"], r["victim_index"], r["perpetrator_index"], r["error_type"]) for r in wrong} == {
        ("kejadian_korban", "tempat", 1, None, scoring.SALAH_PILIH),
        ("pelaku", scoring.EXTRA_FIELD, None, 1, scoring.TIDAK_PERLU),
    }
    extra = next(r for r in wrong if r["field"] == scoring.EXTRA_FIELD)
    assert extra["points"] < 0 and extra["value"] == "Orang Lain"
    assert any(r["error_type"] == "" and r["max_points"] > 0 for r in rows)  # right fields are rows too


@pytest.mark.parametrize(("value", "text"), [
    (None, ""), (False, ""), ([], ""), (True, "1"), (["SEKSUAL", "FISIK"], "FISIK,SEKSUAL"), (0, "0"),
    ("2024-03-10", "2024-03-10"), ("36.72.01.1001", "36.72.01.1001"), ("  Rina ", "Rina"),
])
def test_canonical_value(value, text):
    assert canonical_value(value) == text


@pytest.fixture
def exercise(db):
    return Exercise.objects.create(slug="baris", title="Baris", pass_mark=80)


def open_attempt(user, exercise, key, index):
    case = Case.objects.create(title=f"Kasus {index}", document_title="Catatan", document_text="-", answer_key=key,
                               difficulty=DIFFICULTIES[index % 3])
    ExerciseCase.objects.create(exercise=exercise, case=case, sort_order=index)
    return Attempt.objects.create(user=user, exercise=exercise, case=case, run_token=uuid.uuid4(), mode="practice",
                                  started_at=timezone.now())


@pytest.mark.django_db
def test_rows_written_with_200_generated_attempts_equal_their_result_json(exercise):
    user = get_user_model().objects.create(username="peserta")
    rng = random.Random(8)
    attempts = []
    for index in range(200):
        key = generate_case(seed=index, difficulty=DIFFICULTIES[index % 3]).key
        attempt = open_attempt(user, exercise, key, index)
        attempts.append(attempt_submit(user=user, attempt_id=attempt.pk, run_token=attempt.run_token,
                                       entry=mutated(key, rng)))
    stored = {}
    for row in FieldResult.objects.values():
        stored.setdefault(row["attempt_id"], []).append(row)
    kinds = set()
    for attempt in attempts:
        assert as_table(stored[attempt.pk]) == expected_table(attempt.result)
        kinds |= {r["error_type"] for r in stored[attempt.pk]}
    assert {"", scoring.KURANG, scoring.TIDAK_PERLU, scoring.SALAH_PILIH} <= kinds  # the mutations were seen

    # a repeated submit writes nothing twice; a re-score replaces the rows with the new result's
    again = attempts[0]
    attempt_submit(user=user, attempt_id=again.pk, run_token=again.run_token, entry={})
    assert FieldResult.objects.filter(attempt=again).count() == len(again.result["rows"])
    case = again.case
    case.answer_key = copy.deepcopy(case.answer_key)
    case.answer_key["registrasi"]["kanal_pengaduan"] = "SURAT"
    case.save()
    assert attempts_rescore(Attempt.objects.filter(pk__in=[a.pk for a in attempts[:5]])) == 5
    again.refresh_from_db()
    assert as_table(FieldResult.objects.filter(attempt=again).values()) == expected_table(again.result)
    assert FieldResult.objects.filter(attempt=again, field="kanal_pengaduan").get().error_type == scoring.SALAH_PILIH
    assert FieldResult.objects.count() == sum(len(a.result["rows"]) for a in Attempt.objects.all())


@pytest.mark.parametrize(("where", "location"), [
    ("", {}), ("korban:1", {"victim": 1}), ("korban+2", {"victim": 2}), ("pelaku:0", {"perpetrator": 0}),
    ("pelaku:0:korban:1", {"perpetrator": 0, "victim": 1}), ("pelaku+3", {"perpetrator": 3}),
    ("layanan:4", {"service": 4}), ("layanan+0", {"service": 0}),
])
def test_the_backfill_reads_the_old_location_strings(where, location):
    assert backfill_migration.legacy_location(where) == location


@pytest.mark.django_db
def test_the_backfill_writes_rows_for_attempts_scored_with_old_locations(exercise):
    user = get_user_model().objects.create(username="lama")
    key = sample_entry()
    entry = copy.deepcopy(key)
    entry["kejadian"]["korban"][0]["bentuk"] = ["PENELANTARAN"]
    attempt = open_attempt(user, exercise, key, 0)
    result = scoring.score_entry(entry, key)
    old_style = copy.deepcopy(result)
    for row in old_style["rows"]:  # as this version's scorer wrote them before
        loc = row.pop("location")
        where = {(): ""}.get(tuple(loc), None)
        if where is None:
            where = ":".join(f"{ {'victim': 'korban', 'perpetrator': 'pelaku', 'service': 'layanan'}[k]}:{v}"
                             for k, v in sorted(loc.items(), key=lambda item: item[0] != "perpetrator"))
        row["where"] = where
    Attempt.objects.filter(pk=attempt.pk).update(status="submitted", entry=entry, result=old_style)
    backfill_migration.backfill(apps, None)
    attempt.refresh_from_db()
    assert attempt.result["rows"] == result["rows"]  # the structured locations, exactly as the scorer writes them
    assert as_table(FieldResult.objects.filter(attempt=attempt).values()) == expected_table(result)
    backfill_migration.backfill(apps, None)  # running it again adds nothing
    assert FieldResult.objects.filter(attempt=attempt).count() == len(result["rows"])
