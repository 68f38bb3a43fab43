import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from training_site.settings.base import database_from_env

ROOT = Path(__file__).resolve().parents[1]


def test_default_database_is_sqlite_tuned_for_a_lan(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database_from_env(tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert config["OPTIONS"]["timeout"] >= 5
    assert config["CONN_MAX_AGE"] > 0  # persistent: no connect and PRAGMAs on every request


def test_postgres_url_uses_postgresql(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    config = database_from_env(tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "test"


@pytest.mark.django_db
def test_sqlite_connection_really_uses_wal():
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL run")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()[0]
    # The test database lives in memory, where SQLite reports "memory"; a file gets "wal".
    assert mode in {"wal", "memory"}


def test_language_time_zone_and_sessions():
    assert settings.LANGUAGE_CODE == "id"
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert [code for code, _name in settings.LANGUAGES] == ["id", "en"]
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


def _production(env):
    code = "import django; django.setup(); from django.conf import settings; print(settings.ALLOWED_HOSTS)"
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
        env={**clean, "DJANGO_SETTINGS_MODULE": "training_site.settings.production",
             "SIMFONI_VAR_DIR": str(ROOT / "var"), **env},
    )


def test_production_requires_secret_key_and_hosts_from_the_environment():
    assert "SECRET_KEY must be set" in _production({}).stderr
    assert "ALLOWED_HOSTS must be set" in _production({"SECRET_KEY": "x" * 50}).stderr
    ok = _production({"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "latih.example,127.0.0.1"})
    assert ok.returncode == 0 and "latih.example" in ok.stdout
