"""Evidence spans: stored with a generated case, kept through the bank file, and shown as "Lihat di dokumen"."""

import copy
import json

import pytest

from exercises.casebank import (
    BankError,
    bank_export,
    bank_import,
    case_values,
    cases_store,
    exercise_add_cases,
)
from exercises.evidence import evidence_spans, sentence_around
from exercises.generator import generate_case
from exercises.models import Case, Exercise
from tests.samples import sample_entry

from .test_attempts import start, submit

pytestmark = pytest.mark.django_db


def test_sentence_around_widens_a_span_to_its_sentence_or_line():
    text = "Kronologi\nPada 3 Mei, Dewi dipukul. Ia takut pulang.\nTindak lanjut"
    start = text.index("Dewi")
    left, right = sentence_around(text, start, start + 4)
    assert text[left:right] == "Pada 3 Mei, Dewi dipukul."


@pytest.mark.django_db(databases=[])
def test_evidence_spans_name_the_sentence_or_nothing():
    text = "Nama korban Dewi. Alamat di Cilegon."
    evidence = {"korban|korban:0|nama": [[12, 16]]}
    assert evidence_spans(evidence, text, section="korban", location={"victim": 0}, field="nama") == "0-17"
    assert evidence_spans(evidence, text, section="korban", location={"victim": 0}, field="nik") == ""
    assert evidence_spans({}, text, section="korban", location={"victim": 0}, field="nama") == ""
    # The document was edited after generation: the spans no longer fit, so no link at all.
    assert evidence_spans({"korban|korban:0|nama": [[12, 999]]}, text, section="korban", location={"victim": 0},
                          field="nama") == ""


def test_a_generated_case_keeps_its_evidence_through_export_and_import():
    stored = cases_store([case_values(generate_case(seed=4, difficulty="mahir"))])[0]
    assert stored.evidence and stored.evidence == generate_case(seed=4, difficulty="mahir").evidence
    data = json.loads(json.dumps(bank_export([stored], [])))
    assert data["cases"][0]["evidence"] == stored.evidence
    Case.objects.all().delete()
    bank_import(data)
    assert Case.objects.get().evidence == stored.evidence


def test_a_bank_file_without_evidence_imports_and_bad_evidence_is_refused():
    value = {"title": "Kasus lama", "difficulty": "dasar", "document_title": "D", "document_text": "Teks pendek.",
             "answer_key": sample_entry()}
    bank_import({"format": "simfoni-latih-case-bank", "version": 1, "exercises": [], "cases": [value]})
    assert Case.objects.get().evidence == {}
    Case.objects.all().delete()
    for bad in ({"korban|korban:0|nama": [[0, 500]]}, {"korban|korban:0|nama": "0-4"}, ["x"]):
        with pytest.raises(BankError, match="evidence"):
            bank_import({"format": "simfoni-latih-case-bank", "version": 1, "exercises": [],
                         "cases": [{**value, "evidence": bad}]})
    assert Case.objects.count() == 0


def test_editing_the_document_text_drops_its_stale_evidence():
    case = cases_store([case_values(generate_case(seed=4, difficulty="mahir"))])[0]
    case.title = "Judul baru"
    case.save()
    assert Case.objects.get().evidence  # a change that leaves the text alone keeps the spans
    case = Case.objects.get()
    case.document_text = "Baris baru di awal.\n" + case.document_text
    case.save()
    assert Case.objects.get().evidence == {}
    fresh = generate_case(seed=5, difficulty="mahir")  # new text with its own spans: kept
    case = Case.objects.get()
    case.document_text, case.evidence = fresh.document.text, fresh.evidence
    case.save(update_fields=["document_text", "evidence"])
    assert Case.objects.get().evidence == fresh.evidence


def test_a_facilitator_editing_a_document_in_the_admin_loses_the_old_highlights(admin_client):
    client = admin_client
    case = cases_store([case_values(generate_case(seed=4, difficulty="mahir"))])[0]
    form = {"title": case.title, "difficulty": case.difficulty, "document_kind": case.document_kind,
            "document_title": case.document_title, "document_text": case.document_text.replace("\n", "\r\n")}
    assert client.post(f"/cms/snippets/exercises/case/edit/{case.pk}/", form).status_code == 302
    stored = Case.objects.get()  # saved unchanged, as a browser posts it ("\r\n"): the text and spans stay
    assert (stored.document_text, stored.evidence) == (case.document_text, case.evidence)
    edited = {**form, "document_text": "Kalimat tambahan.\r\n" + form["document_text"]}
    assert client.post(f"/cms/snippets/exercises/case/edit/{case.pk}/", edited).status_code == 302
    assert Case.objects.get().evidence == {}


@pytest.fixture
def exercise():
    cases = cases_store(case_values(generate_case(seed=s, difficulty="menengah")) for s in (3, 4))
    exercise = Exercise.objects.create(slug="latihan-bukti", title="Latihan Bukti", pass_mark=80)
    exercise_add_cases(exercise, cases)
    return exercise


def test_a_wrong_field_links_to_the_sentence_that_gives_the_answer(trainee_client, exercise):
    case = exercise.exercise_cases.order_by("sort_order").first().case
    run, _ = start(trainee_client, exercise, case)
    entry = copy.deepcopy(case.answer_key)
    entry["korban"][0]["nama"] = "Nama Yang Salah"
    page = trainee_client.get(submit(trainee_client, run, entry).url).content.decode()
    assert "Lihat di dokumen" in page and "js/evidence.js" in page
    start_, end = (int(n) for n in page.split('data-evidence="')[1].split('"')[0].split(",")[0].split("-"))
    assert case.answer_key["korban"][0]["nama"].split()[0] in case.document_text[start_:end]
    assert f'aria-controls="doc-text-{case.pk}"' in page and f'id="doc-text-{case.pk}"' in page
    assert "<script>" not in page.split("</head>")[1]  # no inline script: a CSP is coming


def test_a_case_without_evidence_has_no_link(trainee_client, exercise):
    case = exercise.exercise_cases.order_by("sort_order").first().case
    Case.objects.filter(pk=case.pk).update(evidence={})
    run, _ = start(trainee_client, exercise, case)
    entry = copy.deepcopy(case.answer_key)
    entry["korban"][0]["nama"] = "Nama Yang Salah"
    page = trainee_client.get(submit(trainee_client, run, entry).url).content.decode()
    assert "salah pilih" in page or "format" in page
    assert "Lihat di dokumen" not in page


@pytest.mark.django_db(databases=[])
@pytest.mark.parametrize("difficulty", ["dasar", "menengah", "mahir"])
def test_every_missed_key_value_of_a_scored_entry_finds_its_evidence(difficulty):
    # The scorer's structured locations and the generator's stored keys must name the same rows.
    from exercises.evidence import evidence_name, where_of
    from exercises.scoring import score_entry

    for seed in range(12):
        case = generate_case(seed=seed, difficulty=difficulty)
        result = score_entry({}, case.key, pass_mark=80)
        missed = [row for row in result["rows"] if row["error"] and not row["field"].startswith("__")]
        assert missed
        names = {evidence_name(row["section"], where_of(row.get("location")), row["field"]) for row in missed}
        assert names - set(case.evidence) == set(), seed
