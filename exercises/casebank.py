"""Writes for the case bank: storing generated cases, exercises, and the JSON export/import.

A bank file is plain JSON: every case with its document and answer key as snapshots, and
the exercises that group them. Importing checks every answer key with the sandbox's own
rules first and stores nothing when one fails.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from wagtail.search.backends import get_search_backends

from . import vocab
from .entry import validate_entry
from .models import Case, Exercise, ExerciseCase

BANK_FORMAT = "simfoni-latih-case-bank"
BANK_VERSION = 1
CASE_FIELDS = ("title", "difficulty", "source", "document_kind", "document_title", "document_text", "answer_key",
               "seed", "generator_version", "kabkota", "evidence")
EXERCISE_FIELDS = ("slug", "title", "description", "difficulty", "pass_mark", "time_limit_minutes", "mode",
                   "is_published")


class BankError(ValueError):
    """A bank file or request that cannot be stored; the message says which part and why."""


def case_values(generated) -> dict:
    return {
        "title": generated.title[:200], "difficulty": generated.difficulty, "source": Case.Source.GENERATED,
        "document_kind": generated.document.kind, "document_title": generated.document.title,
        "document_text": generated.document.text, "answer_key": generated.key, "seed": generated.seed,
        "generator_version": generated.version, "kabkota": generated.kabkota, "evidence": generated.evidence,
    }


def cases_store(values: Iterable[dict], *, batch_size: int = 500) -> list[Case]:
    """Stores cases, reusing a generated case that is already in the bank (same seed, version, level, region)."""
    stored: list[Case] = []
    batch: list[dict] = []

    def flush():
        stored.extend(_store_batch(batch))
        batch.clear()

    for value in values:
        batch.append(value)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return stored


def case_index_add(cases: list[Case]) -> None:
    """bulk_create skips Wagtail's save signal: without this, imported cases never show in the admin's search."""
    if cases:
        for backend in get_search_backends():
            backend.add_bulk(Case, cases)


def _identity(value: dict) -> tuple:
    if value.get("seed") is None:
        return ("custom", value["title"], value["document_text"])
    return (value["seed"], value["generator_version"], value["difficulty"], value["kabkota"])


def _store_batch(values: list[dict]) -> list[Case]:
    with transaction.atomic():
        seeds = [v["seed"] for v in values if v.get("seed") is not None]
        existing = {}
        for case in Case.objects.filter(seed__in=seeds):
            existing[(case.seed, case.generator_version, case.difficulty, case.kabkota)] = case
        for case in Case.objects.filter(seed__isnull=True, title__in=[v["title"] for v in values if v.get("seed") is None]):
            existing[("custom", case.title, case.document_text)] = case
        new = [Case(**{k: v for k, v in value.items() if k in CASE_FIELDS}, vocab_version=vocab.VERSION)
               for value in values if _identity(value) not in existing]
        Case.objects.bulk_create(new)  # SQLite >= 3.35 and PostgreSQL return the new ids
        case_index_add(new)
        lookup = {**existing, **{_identity({f: getattr(c, f) for f in CASE_FIELDS}): c for c in new}}
        return [lookup[_identity(value)] for value in values]


def exercise_add_cases(exercise: Exercise, cases: Iterable[Case]) -> int:
    """Appends cases to an exercise in order, skipping those it has already; returns how many were added."""
    have = set(ExerciseCase.objects.filter(exercise=exercise).values_list("case_id", flat=True))
    start = ExerciseCase.objects.filter(exercise=exercise).count()
    links = []
    for case in cases:
        if case.pk not in have:
            have.add(case.pk)
            links.append(ExerciseCase(exercise=exercise, case=case, sort_order=start + len(links)))
    ExerciseCase.objects.bulk_create(links)
    return len(links)


def bank_export(cases: Iterable[Case], exercises: Iterable[Exercise]) -> dict:
    cases = list(cases)
    index = {case.pk: i for i, case in enumerate(cases)}
    out_exercises = []
    for exercise in exercises:
        links = ExerciseCase.objects.filter(exercise=exercise).order_by("sort_order", "pk")
        out_exercises.append({
            **{f: getattr(exercise, f) for f in EXERCISE_FIELDS},
            "cases": [index[link.case_id] for link in links if link.case_id in index],
        })
    return {
        "format": BANK_FORMAT, "version": BANK_VERSION, "vocab_version": vocab.VERSION,
        "cases": [{f: getattr(case, f) for f in CASE_FIELDS} for case in cases],
        "exercises": out_exercises,
    }


def _check_case(position: int, value) -> dict:
    if not isinstance(value, dict):
        raise BankError(f"case {position}: not an object")
    missing = [f for f in ("title", "difficulty", "document_title", "document_text", "answer_key") if f not in value]
    if missing:
        raise BankError(f"case {position}: missing {', '.join(missing)}")
    if value["difficulty"] not in dict(Case._meta.get_field("difficulty").choices):
        raise BankError(f"case {position}: unknown difficulty {value['difficulty']!r}")
    if not isinstance(value["answer_key"], dict):
        raise BankError(f"case {position}: answer_key is not an object")
    if value["answer_key"]:
        errors = validate_entry(value["answer_key"])
        if errors:
            step, detail = next(iter(errors.items()))
            raise BankError(f"case {position} ({value['title'][:40]}): answer key fails the form at step {step}: "
                            f"{_first_message(detail)}")
    clean = {f: value.get(f) for f in CASE_FIELDS if f in value}
    clean.setdefault("source", Case.Source.CUSTOM if clean.get("seed") is None else Case.Source.GENERATED)
    clean.setdefault("document_kind", vocab.DOCUMENT_OTHER)
    clean.setdefault("kabkota", settings.SIMFONI_DEFAULT_REGION)
    clean.setdefault("generator_version", "")
    clean.setdefault("seed", None)
    text = value["document_text"] if isinstance(value["document_text"], str) else ""
    clean["evidence"] = _check_evidence(position, clean.get("evidence"), len(text))
    return clean


def _check_evidence(position: int, evidence, length: int) -> dict:
    """Spans as the generator writes them; a bank file from before version 3 has none."""
    if evidence in (None, {}):
        return {}
    ok = isinstance(evidence, dict) and all(
        isinstance(name, str) and isinstance(spans, list) and all(
            isinstance(span, list) and len(span) == 2 and all(isinstance(i, int) for i in span)
            and 0 <= span[0] < span[1] <= length for span in spans)
        for name, spans in evidence.items())
    if not ok:
        raise BankError(f"case {position}: evidence must map field names to [start, end] spans inside the document")
    return evidence


def _first_message(detail) -> str:
    while isinstance(detail, dict):
        key, detail = next(iter(detail.items()))
    if isinstance(detail, list) and detail:
        return str(detail[0])
    return str(detail)


def bank_import(data) -> tuple[int, int]:
    """Stores a bank file; returns (cases stored, exercises stored). Raises BankError and stores nothing on error."""
    if not isinstance(data, dict) or data.get("format") != BANK_FORMAT:
        raise BankError("not a SIMFONI Latih case bank file")
    if data.get("version") != BANK_VERSION:
        raise BankError(f"unsupported bank version {data.get('version')!r}")
    raw_cases, raw_exercises = data.get("cases", []), data.get("exercises", [])
    if not isinstance(raw_cases, list) or not isinstance(raw_exercises, list):
        raise BankError("cases and exercises must be lists")
    values = [_check_case(i, value) for i, value in enumerate(raw_cases)]
    with transaction.atomic():
        cases = cases_store(values)
        for position, raw in enumerate(raw_exercises):
            if not isinstance(raw, dict) or not raw.get("slug") or not raw.get("title"):
                raise BankError(f"exercise {position}: needs a slug and a title")
            fields = {f: raw[f] for f in EXERCISE_FIELDS if f in raw and f != "slug"}
            exercise, _ = Exercise.objects.update_or_create(slug=raw["slug"], defaults=fields)
            try:
                chosen = [cases[i] for i in raw.get("cases", [])]
            except (IndexError, TypeError) as error:
                raise BankError(f"exercise {position}: a case index is out of range") from error
            exercise_add_cases(exercise, chosen)
    return len(cases), len(raw_exercises)
