"""The backup round trip the README documents restores the same entries, attempts and results.

SQLite: ``dumpdata`` of the whole site, the database emptied, ``loaddata`` back. PostgreSQL:
``pg_dump -Fc`` and ``pg_restore`` into a second database, run only where the client tools
and a server are there (SIMFONI_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432).
"""

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Attempt, CaseEntry, Exercise, FieldResult
from exercises.services import attempt_start, attempt_submit, case_entry_save

ROOT = Path(__file__).resolve().parents[2]
# The exclusions are rebuilt by migrate (content types, permissions) or are not worth keeping.
DUMP_OPTIONS = ["--natural-foreign", "--exclude", "contenttypes", "--exclude",
                "auth.permission", "--exclude", "sessions", "--exclude", "wagtailsearch.indexentry"]


def trainee_work() -> None:
    user = get_user_model().objects.create_user(username="cadangan", password="pw-cadangan-1")
    cases = cases_store(case_values(generate_case(seed=s, difficulty="dasar")) for s in (5, 6))
    exercise = Exercise.objects.create(slug="latihan-cadangan", title="Latihan Cadangan")
    exercise_add_cases(exercise, cases)
    attempt = attempt_start(user=user, exercise=exercise, case=cases[0])
    attempt = attempt_submit(user=user, attempt_id=attempt.pk, run_token=attempt.run_token,
                             entry=cases[1].answer_key, step_seconds={"registrasi": 12.5}, corrections=2)
    FieldResult.objects.create(attempt=attempt, field="korban.nik", section="korban", victim_index=0,
                               error_type="salah", points=0, max_points=2, critical=True, value="3672")
    case_entry_save(owner=user, run_token=uuid.uuid4(), entry=cases[0].answer_key)


def snapshot() -> dict:
    """Everything a trainee's work consists of, keyed by natural values rather than ids alone."""
    return {
        "entries": sorted(json.dumps([e.owner.username, e.no_registrasi, str(e.run_token), e.data], sort_keys=True)
                          for e in CaseEntry.objects.select_related("owner")),
        "attempts": sorted(json.dumps([a.pk, a.user.username, a.case.title, a.status, str(a.run_token), a.entry,
                                       a.result, a.score, a.passed, a.step_seconds, a.corrections,
                                       # Django's JSON serializer keeps times to the millisecond.
                                       a.submitted_at.isoformat(timespec="milliseconds") if a.submitted_at else None],
                                      sort_keys=True)
                           for a in Attempt.objects.select_related("user", "case")),
        "field_results": sorted(json.dumps([r.attempt_id, r.field, r.error_type, r.points, r.critical, r.value])
                                for r in FieldResult.objects.all()),
        "password": list(get_user_model().objects.filter(username="cadangan").values_list("password", flat=True)),
    }


@pytest.mark.django_db(transaction=True)
def test_dumpdata_and_loaddata_restore_the_same_entries_attempts_and_results(tmp_path):
    trainee_work()
    before = snapshot()
    assert before["attempts"] and before["entries"] and before["field_results"]
    assert json.loads(before["attempts"][0])[6] is not None  # the result was scored before the backup
    backup = tmp_path / "cadangan.json"
    call_command("dumpdata", *DUMP_OPTIONS, "--output", str(backup), verbosity=0)
    call_command("flush", "--no-input", verbosity=0)
    assert not Attempt.objects.exists() and not CaseEntry.objects.exists()
    call_command("loaddata", str(backup), verbosity=0)
    assert snapshot() == before


def postgres_url() -> str | None:
    if not (shutil.which("pg_dump") and shutil.which("pg_restore") and shutil.which("psql")):
        return None
    url = os.environ.get("SIMFONI_TEST_PG_URL", "postgres://postgres@127.0.0.1:5432")
    probe = subprocess.run(["psql", f"{url}/postgres", "-Atc", "select 1"], capture_output=True, text=True,
                           check=False)
    return url if probe.returncode == 0 else None


def manage(env, *args, stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


PG_SNAPSHOT = """
import json
from tests.production.test_backup import snapshot
print("SNAPSHOT" + json.dumps(snapshot()))
"""
PG_WORK = "from tests.production.test_backup import trainee_work; trainee_work()"


def test_pg_dump_and_pg_restore_restore_the_same_entries_attempts_and_results(tmp_path):
    url = postgres_url()
    if url is None:
        pytest.skip("no PostgreSQL client tools or server here")
    source, copy = "simfoni_backup_src", "simfoni_backup_dst"
    # dropdb/createdb take the server from PG* variables; pass them from the URL.
    host_env = pg_env(url)
    for name in (source, copy):
        subprocess.run(["dropdb", "--if-exists", "--force", name], env=host_env, check=True, capture_output=True)
        subprocess.run(["createdb", name], env=host_env, check=True, capture_output=True)
    try:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "training_site.settings.dev",
               "SIMFONI_VAR_DIR": str(tmp_path), "DATABASE_URL": f"{url}/{source}"}
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "shell", "-c", PG_WORK)
        before = manage(env, "shell", "-c", PG_SNAPSHOT).split("SNAPSHOT", 1)[1]
        dump = tmp_path / "simfoni.dump"
        subprocess.run(["pg_dump", "-Fc", "--no-owner", "-f", str(dump), f"{url}/{source}"], check=True)
        subprocess.run(["pg_restore", "--no-owner", "-d", f"{url}/{copy}", str(dump)], check=True)
        after = manage({**env, "DATABASE_URL": f"{url}/{copy}"}, "shell", "-c", PG_SNAPSHOT).split("SNAPSHOT", 1)[1]
        assert json.loads(before)["attempts"] and json.loads(after) == json.loads(before)
    finally:
        for name in (source, copy):
            subprocess.run(["dropdb", "--if-exists", "--force", name], env=host_env, check=False, capture_output=True)


def pg_env(url: str) -> dict:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return {**os.environ, "PGHOST": parts.hostname or "127.0.0.1", "PGPORT": str(parts.port or 5432),
            "PGUSER": parts.username or "postgres"}
