"""Writes for the sandbox. Views call these; they never write models themselves."""

from __future__ import annotations

import uuid

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import vocab
from .field_results import COLUMNS, field_result_tuples
from .models import Attempt, Case, CaseEntry, Exercise, ExerciseCase, FieldResult
from .scoring import score_entry
from .signals import attempt_started


def registration_number(*, pk: int, tanggal_lapor: str | None) -> str:
    """LTH-<year of report>-<six digits>: LTH marks a training number, never a real SIMFONI one."""
    year = (tanggal_lapor or "")[:4] or "0000"
    return f"LTH-{year}-{pk:06d}"


def case_entry_save(*, owner, run_token: uuid.UUID, entry: dict, entry_id: int | None = None) -> CaseEntry:
    """Stores a finished wizard run once: a repeated or concurrent save of the same run returns the first."""
    try:
        with transaction.atomic():
            saved = CaseEntry.objects.filter(run_token=run_token, owner=owner).first()
            if saved is not None:
                return saved
            if entry_id is not None:
                case = CaseEntry.objects.select_for_update().get(pk=entry_id, owner=owner)
                case.data, case.run_token, case.vocab_version = entry, run_token, vocab.VERSION
                case.save(update_fields=["data", "run_token", "vocab_version", "updated_at"])
                return case
            case = CaseEntry.objects.create(owner=owner, run_token=run_token, data=entry)
            case.no_registrasi = registration_number(
                pk=case.pk, tanggal_lapor=entry.get("registrasi", {}).get("tanggal_lapor"))
            case.save(update_fields=["no_registrasi"])
            return case
    except IntegrityError:
        # Another request saved this run a moment earlier: that copy is the one.
        return CaseEntry.objects.get(run_token=run_token, owner=owner)


def case_entry_delete(*, owner, entry_id: int) -> None:
    CaseEntry.objects.filter(pk=entry_id, owner=owner).delete()


def case_key_save(*, case_id: int, run_token: uuid.UUID, entry: dict) -> Case:
    """Stores the answer key a facilitator entered through the sandbox form (once per run)."""
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case_id)
        if case.key_run_token != run_token:
            case.answer_key, case.key_run_token, case.vocab_version = entry, run_token, vocab.VERSION
            case.save(update_fields=["answer_key", "key_run_token", "vocab_version", "updated_at"])
        return case


class AttemptRefused(Exception):
    """A start or a save that the rules of the exercise do not allow; the message says why."""


def attempt_start(*, user, exercise: Exercise, case: Case, context: dict | None = None) -> Attempt:
    """Opens a case of an exercise: resumes the open attempt, or starts the clock on a new one.

    Two starts at once (a double click, two tabs) open the same attempt: the constraints on
    open and on assessed attempts make the second insert fail, and the first one is returned.
    ``signals.attempt_started`` is sent in the same transaction with ``context`` (opaque here),
    so a listener's link (a workshop's) is written with the attempt or not at all.
    """
    if not ExerciseCase.objects.filter(exercise=exercise, case=case).exists():
        raise AttemptRefused(_("This case is not part of the exercise."))
    if not case.answer_key:
        raise AttemptRefused(_("This case has no answer key yet."))
    try:
        with transaction.atomic():
            return _attempt_open_or_create(user=user, exercise=exercise, case=case, context=context)
    except IntegrityError:
        # Another request opened it a moment earlier: that attempt is the one.
        with transaction.atomic():
            return _attempt_open_or_create(user=user, exercise=exercise, case=case, context=context)


def _attempt_open_or_create(*, user, exercise: Exercise, case: Case, context: dict | None) -> Attempt:
    attempts = Attempt.objects.select_for_update().filter(user=user, exercise=exercise, case=case)
    attempt = attempts.filter(status=Attempt.Status.OPEN).first()
    created = attempt is None
    if created:
        if exercise.mode == Exercise.Mode.ASSESSED and attempts.exists():
            raise AttemptRefused(_("An assessed case can be attempted only once."))
        attempt = Attempt.objects.create(
            user=user, exercise=exercise, case=case, run_token=uuid.uuid4(), mode=exercise.mode,
            started_at=timezone.now(), time_limit_minutes=exercise.time_limit_minutes,
        )
    attempt_started.send(sender=Attempt, attempt=attempt, created=created, context=context or {})
    return attempt


def attempt_touch(*, attempt_id: int, step: str) -> int:
    """Records where the trainee is in an open attempt (for the room view): one UPDATE, no read."""
    return Attempt.objects.filter(pk=attempt_id, status=Attempt.Status.OPEN).update(
        current_step=step, last_seen_at=timezone.now())


def attempt_submit(*, user, attempt_id: int, run_token: uuid.UUID, entry: dict,
                   step_seconds: dict | None = None, corrections: int = 0) -> Attempt:
    """Saves a trainee's entry for an open attempt once, and scores it against the case's key."""
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().select_related("case", "exercise").get(
            pk=attempt_id, user=user, run_token=run_token)
        if attempt.status == Attempt.Status.SUBMITTED:
            return attempt
        attempt.entry = entry
        attempt.submitted_at = timezone.now()
        attempt.status = Attempt.Status.SUBMITTED
        attempt.step_seconds = step_seconds or {}
        attempt.corrections = corrections
        _attempt_score(attempt)
        attempt.save()
        field_results_replace({attempt.pk: attempt.result})
        return attempt


def _attempt_score(attempt: Attempt) -> None:
    result = score_entry(attempt.entry, attempt.case.answer_key, pass_mark=attempt.exercise.pass_mark)
    result["scored_at"] = timezone.now().isoformat()
    attempt.result, attempt.score, attempt.passed = result, result["percent"], result["passed"]


def field_results_replace(results: dict[int, dict]) -> int:
    """Writes the field-result rows of these attempts' results (attempt id -> result), replacing any they had.

    One DELETE and one prepared INSERT for the whole batch: at 10,000 attempts there are about
    half a million rows, which model instances would make several times slower to write.
    """
    FieldResult.objects.filter(attempt_id__in=list(results)).delete()
    params = [(pk, *values) for pk, result in results.items() for values in field_result_tuples(result)]
    if params:
        quote = connection.ops.quote_name
        names = ", ".join(quote(FieldResult._meta.get_field(c).column) for c in ("attempt", *COLUMNS))
        marks = ", ".join(["%s"] * (len(COLUMNS) + 1))
        # Only quoted column names and placeholders are formatted in; every value goes as a parameter.
        sql = f"INSERT INTO {quote(FieldResult._meta.db_table)} ({names}) VALUES ({marks})"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.executemany(sql, params)
    return len(params)


RESCORE_BATCH = 500


def attempts_rescore(attempts, *, progress=None) -> int:
    """Scores stored attempts again (after weights change); each keeps a summary of its old result.

    Their field-result rows are rewritten in the same transaction as each batch of results.

    Keys and pass marks are read once per case and exercise, not once per attempt, and the
    new results are written with one prepared UPDATE per batch: at 10,000 attempts the
    JSON decoding and the writes, not the scoring, are what cost time.
    """
    attempts = attempts.filter(status=Attempt.Status.SUBMITTED)
    keys = dict(Case.objects.filter(pk__in=attempts.values("case_id")).values_list("pk", "answer_key"))
    marks = dict(Exercise.objects.filter(pk__in=attempts.values("exercise_id")).values_list("pk", "pass_mark"))
    now = timezone.now().isoformat()
    rows, done = [], 0
    fields = attempts.model._meta
    columns = [fields.get_field(name) for name in ("result", "result_history", "score", "passed")]
    rows_of = attempts.order_by("pk").values_list("pk", "case_id", "exercise_id", "entry", "result", "result_history")
    for pk, case_id, exercise_id, entry, old, history in rows_of.iterator(chunk_size=RESCORE_BATCH):
        if old:
            history = [*(history or []), {
                "percent": old.get("percent"), "passed": old.get("passed"), "errors": old.get("errors"),
                "critical_errors": old.get("critical_errors"), "scored_at": old.get("scored_at"), "replaced_at": now,
            }]
        result = score_entry(entry, keys[case_id], pass_mark=marks[exercise_id])
        result["scored_at"] = now
        rows.append((pk, (result, history or [], result["percent"], result["passed"])))
        if len(rows) >= RESCORE_BATCH:
            done += _rescore_write(rows, columns, progress)
    if rows:
        done += _rescore_write(rows, columns, progress)
    return done


def _rescore_write(rows: list, columns, progress) -> int:
    table = Attempt._meta.db_table
    quote = connection.ops.quote_name
    sets = ", ".join(f"{quote(c.column)} = %s" for c in columns)
    # Only quoted column names are formatted in; every value goes as a parameter.
    sql = f"UPDATE {quote(table)} SET {sets} WHERE {quote('id')} = %s"  # noqa: S608
    params = [[c.get_db_prep_save(v, connection) for c, v in zip(columns, values, strict=True)] + [pk] for pk, values in rows]
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.executemany(sql, params)
        field_results_replace({pk: values[0] for pk, values in rows})
    if progress is not None:
        progress(len(rows))
    count = len(rows)
    rows.clear()
    return count
