import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from exercises.casebank import BankError, bank_export, bank_import, exercise_add_cases
from exercises.entry import step_data_from_entry
from exercises.models import Case, Exercise, ExerciseCase
from tests.samples import sample_entry

from .wizard_helpers import post_step

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def run_manage(*args):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "training_site.settings.test", "SIMFONI_VAR_DIR": "/tmp/simfoni-cmd"}  # noqa: S108 - the child's scratch dir; its test DB lives in memory
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True, env=env)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--count", "0", "--difficulty", "dasar"], "--count must be between"),
        (["--count", "-3", "--difficulty", "dasar"], "--count must be between"),
        (["--count", "lima", "--difficulty", "dasar"], "invalid int value"),
        (["--count", "2", "--difficulty", "sulit"], "unknown --difficulty"),
        (["--count", "2", "--difficulty", "dasar", "--region", "99.99"], "unknown --region"),
        (["--count", "2", "--difficulty", "dasar", "--region", "36"], "unknown --region"),
        (["--difficulty", "dasar"], "required"),
    ],
)
def test_generate_cases_refuses_bad_input_with_one_line_and_status_2(args, fragment):
    result = run_manage("generate_cases", *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]


def test_generate_cases_stores_cases_once_and_adds_them_to_an_exercise():
    exercise = Exercise.objects.create(slug="uji", title="Uji")
    call_command("generate_cases", count=5, seed=10, difficulty="menengah", exercise="uji", verbosity=0)
    call_command("generate_cases", count=5, seed=10, difficulty="menengah", exercise="uji", verbosity=0)
    assert Case.objects.count() == 5
    assert ExerciseCase.objects.filter(exercise=exercise).count() == 5
    case = Case.objects.get(seed=12)
    assert case.generator_version and case.answer_key["korban"] and "Kota Cilegon" in case.document_text


def test_generate_cases_refuses_an_unknown_exercise():
    with pytest.raises(CommandError) as error:
        call_command("generate_cases", count=1, seed=1, difficulty="dasar", exercise="tidak-ada", verbosity=0)
    assert error.value.returncode == 2


def test_export_then_import_restores_the_bank(tmp_path):
    call_command("generate_cases", count=3, seed=1, difficulty="dasar", verbosity=0)
    exercise = Exercise.objects.create(slug="ekspor", title="Ekspor", mode="assessed", pass_mark=70)
    ExerciseCase.objects.create(exercise=exercise, case=Case.objects.order_by("pk").last())
    path = tmp_path / "bank.json"
    call_command("export_cases", output=str(path))
    before = json.loads(path.read_text())
    Case.objects.all().delete()
    Exercise.objects.all().delete()
    call_command("import_cases", str(path), verbosity=0)
    after = bank_export(Case.objects.order_by("pk"), Exercise.objects.order_by("slug"))
    assert after == before
    call_command("import_cases", str(path), verbosity=0)  # again: nothing doubles
    assert Case.objects.count() == 3 and ExerciseCase.objects.count() == 1


def test_import_refuses_an_invalid_key_and_stores_nothing(tmp_path):
    key = sample_entry()
    key["korban"][0]["nik"] = "12345"
    data = {"format": "simfoni-latih-case-bank", "version": 1, "exercises": [],
            "cases": [{"title": "Kasus rusak", "difficulty": "dasar", "document_title": "D", "document_text": "T",
                       "answer_key": key}]}
    with pytest.raises(BankError, match="step korban"):
        bank_import(data)
    assert Case.objects.count() == 0
    path = tmp_path / "rusak.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError) as error:
        call_command("import_cases", str(path))
    assert error.value.returncode == 2 and "16 digit" in str(error.value)


@pytest.mark.parametrize("content", ["{not json", json.dumps({"format": "other"}), json.dumps([1, 2])])
def test_import_refuses_files_that_are_not_banks(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_text(content)
    with pytest.raises(CommandError) as error:
        call_command("import_cases", str(path))
    assert error.value.returncode == 2


def test_seed_demo_loads_sixty_cases_in_five_exercises():
    call_command("seed_demo", verbosity=0)
    assert Case.objects.count() >= 60
    assert set(Case.objects.values_list("difficulty", flat=True)) == {"dasar", "menengah", "mahir"}
    assert Exercise.objects.filter(mode="assessed").count() == 2
    assert all(case.answer_key for case in Case.objects.all())


@pytest.fixture
def facilitator(django_user_model):
    call_command("seed_demo", with_demo_accounts=True, verbosity=0)
    return django_user_model.objects.get(username="fasilitator")


def test_facilitator_writes_a_custom_case_and_enters_its_key_through_the_form(client, facilitator):
    client.force_login(facilitator)
    case = Case.objects.create(title="Kasus lokal", document_title="Catatan", document_text="Isi dokumen lokal")
    start = client.get(reverse("exercises:bank_case_key", args=[case.pk]))
    run = start.url.rstrip("/").split("/")[-2]
    page = client.get(start.url).content.decode()
    assert "Isi dokumen lokal" in page  # the document stands beside the form
    data = step_data_from_entry(sample_entry())
    broken = dict(data["korban"])
    broken["korban-0-nik"] = ["36720152031000AB"]
    response = post_step(client, run, "registrasi", data["registrasi"])
    post_step(client, run, "pelapor", data["pelapor"])
    response = post_step(client, run, "korban", broken)
    assert response.status_code == 200 and "hanya berisi angka" in response.content.decode()
    from exercises.entry import STEP_NAMES

    for step in STEP_NAMES[2:]:
        response = post_step(client, run, step, data[step])
    saved = response  # the review POST saves and leads to the bank page
    case.refresh_from_db()
    assert case.answer_key == sample_entry()
    assert saved.url == reverse("exercises:bank_case", args=[case.pk])
    assert "Rina Lestari" in client.get(saved.url).content.decode()


def test_trainees_cannot_open_the_bank(client, trainee):
    case = Case.objects.create(title="K", document_title="D", document_text="T")
    client.force_login(trainee)
    assert client.get(reverse("exercises:bank_case", args=[case.pk])).status_code == 403
    assert client.get(reverse("exercises:bank_case_key", args=[case.pk])).status_code == 403


def test_wagtail_admin_lists_and_previews_cases(client, facilitator):
    client.force_login(facilitator)
    listing = client.get("/cms/snippets/exercises/case/")
    assert listing.status_code == 200 and "Kunci jawaban dan dokumen" in listing.content.decode()
    case = Case.objects.first()
    edit = client.get(f"/cms/snippets/exercises/case/edit/{case.pk}/")
    assert edit.status_code == 200
    preview = client.post(f"/cms/snippets/exercises/case/preview/{case.pk}/", {
        "title": case.title, "difficulty": case.difficulty, "document_kind": case.document_kind,
        "document_title": case.document_title, "document_text": case.document_text})
    assert preview.status_code == 200
    shown = client.get(f"/cms/snippets/exercises/case/preview/{case.pk}/")
    body = shown.content.decode()
    assert case.document_text.splitlines()[0] in body and "Kunci jawaban" in body


def test_printable_document_page(client, trainee):
    case = Case.objects.create(title="K", document_title="Surat Rujukan", document_text="Isi surat")
    exercise_add_cases(Exercise.objects.create(slug="cetak", title="Cetak"), [case])  # trainees read it through one
    client.force_login(trainee)
    page = client.get(reverse("exercises:case_print", args=[case.pk])).content.decode()
    assert "Isi surat" in page and "DATA LATIHAN" in page and "data-print" in page


@pytest.mark.django_db(databases=[])
def test_the_shipped_demo_bank_is_what_the_generator_gives():
    from exercises.demo import DEMO_BANK
    from exercises.demo_bank import demo_bank

    with open(DEMO_BANK, encoding="utf-8") as handle:
        shipped = json.load(handle)
    assert len(shipped["cases"]) >= 60 and len(shipped["exercises"]) == 5
    assert shipped == json.loads(json.dumps(demo_bank()))
