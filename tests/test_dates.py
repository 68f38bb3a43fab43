""""Today" is the training's local date (Asia/Jakarta), never the server clock's date."""

import datetime as dt
import re
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.utils import timezone

from exercises.forms.steps import RegistrasiForm

ROOT = Path(settings.BASE_DIR)
NAIVE_TODAY = re.compile(r"\bdate\.today\(|\bdatetime\.now\(|\bdatetime\.today\(|\btimezone\.now\(\)\.date\(")


def test_no_code_reads_the_server_date():
    offenders = []
    for folder in ("exercises", "modules", "workshops", "training_site", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if NAIVE_TODAY.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_a_form_without_context_takes_today_in_jakarta_not_in_utc():
    # 20:00 UTC on 31 December is already 03:00 on 1 January in Jakarta.
    late_utc = dt.datetime(2025, 12, 31, 20, 0, tzinfo=dt.UTC)
    assert settings.TIME_ZONE == "Asia/Jakarta"
    with mock.patch.object(timezone, "now", return_value=late_utc):
        form = RegistrasiForm()
    assert form.context.today == dt.date(2026, 1, 1)
