"""Headers: the Content-Security-Policy on every page, and a clean `check --deploy` (finding 7)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_check_deploy_with_production_settings_and_https_prints_no_warning(tmp_path):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, capture_output=True, text=True,
        env={**clean, "DJANGO_SETTINGS_MODULE": "training_site.settings.production", "SIMFONI_HTTPS": "1",
             "SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "latih.example.go.id",
             "SIMFONI_VAR_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr + result.stdout and "no issues" in result.stdout


@pytest.mark.django_db
def test_pages_carry_a_self_only_policy(client):
    policy = client.get("/masuk/")["Content-Security-Policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
                      "object-src 'none'", "frame-ancestors 'self'"):
        assert directive in policy
    assert "unsafe-inline" not in policy


@pytest.mark.django_db
def test_only_wagtails_admin_allows_its_inline_scripts(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("o", "o@contoh.id", "pw-o-1"))
    policy = client.get("/cms/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy and "style-src 'self';" in policy + ";"
    assert "unsafe-inline" not in client.get("/latihan/")["Content-Security-Policy"]


def test_no_template_has_inline_script_style_or_handler():
    import re

    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", text) or re.search(
                r"<style|\sstyle=|\son[a-z]+=", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
