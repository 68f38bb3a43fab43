"""Workshop exports: each table is a header and rows of plain values; CSV and XLSX are two ways to write them.

In XLSX numbers stay numbers and dates stay dates (local time, as the room saw them): ``xlsx.py``.
Field results are their own export: at 500 participants they are hundreds of thousands of rows.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from django.db.models import Q
from django.utils import timezone

from exercises.models import Attempt, FieldResult

from .models import Attendance, InstitutionType
from .selectors import (
    institution_summary,
    participant_rows,
    workshop_exercises,
    workshop_schedule,
)
from .xlsx import workbook_bytes

INSTITUTIONS = dict(InstitutionType.choices)
KINDS = ("peserta", "kehadiran", "percobaan", "hasil-kolom", "kelulusan", "institusi")
WORKBOOK_KINDS = ("peserta", "kehadiran", "percobaan", "kelulusan", "institusi")


def _local(moment: datetime | None):
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


def participants_table(workshop) -> tuple[list, list]:
    header = ["Nama", "Jenis institusi", "Nama institusi", "Jabatan", "Telepon", "Email", "Bergabung"]
    rows = [[p.full_name, INSTITUTIONS.get(p.institution_type, p.institution_type), p.institution_name,
             p.position, p.phone, p.email, _local(p.joined_at)]
            for p in workshop.participants.order_by("full_name", "pk")]
    return header, rows


def attendance_table(workshop) -> tuple[list, list]:
    header = ["Nama", "Jenis institusi", "Nama institusi", "Sesi", "Tanggal sesi", "Waktu hadir", "Cara"]
    dates = {s.session.pk: (s.session.title, s.day) for s in workshop_schedule(workshop=workshop)}
    methods = dict(Attendance.Method.choices)
    rows = []
    attendances = (Attendance.objects.filter(participant__workshop=workshop)
                   .values_list("participant__full_name", "participant__institution_type",
                                "participant__institution_name", "session_id", "checked_in_at", "method")
                   .order_by("participant__full_name", "checked_in_at"))
    for name, kind, institution, session_id, at, method in attendances:
        title, day = dates.get(session_id, ("?", None))
        rows.append([name, INSTITUTIONS.get(kind, kind), institution, title, day, _local(at), str(methods[method])])
    return header, rows


def _workshop_attempts(workshop):
    exercises = [e.pk for e in workshop_exercises(workshop=workshop)]
    users = workshop.participants.values("user_id")
    return Attempt.objects.filter(user_id__in=users).filter(
        Q(workshop_link__participant__workshop=workshop) | Q(exercise_id__in=exercises))


def attempts_table(workshop) -> tuple[list, list]:
    header = ["Nama", "Jenis institusi", "Latihan", "Kasus", "Mode", "Status", "Mulai", "Disimpan",
              "Skor (%)", "Lulus", "ID percobaan"]
    people = {p.user_id: (p.full_name, INSTITUTIONS.get(p.institution_type, p.institution_type))
              for p in workshop.participants.all()}
    rows = []
    for (user_id, exercise, case, mode, status, started, submitted, score, passed, pk) in _workshop_attempts(
            workshop).values_list("user_id", "exercise__title", "case__title", "mode", "status", "started_at",
                                  "submitted_at", "score", "passed", "pk").order_by("user_id", "started_at"):
        name, kind = people[user_id]
        rows.append([name, kind, exercise, case, mode, status, _local(started), _local(submitted),
                     score, passed, pk])
    return header, rows


def field_results_table(workshop) -> tuple[list, list]:
    header = ["ID percobaan", "Nama", "Jenis institusi", "Latihan", "Bagian", "Kolom", "Korban ke-", "Pelaku ke-",
              "Layanan ke-", "Jenis kesalahan", "Poin", "Poin maksimal", "Kritis", "Nilai diisi"]
    people = {p.user_id: (p.full_name, INSTITUTIONS.get(p.institution_type, p.institution_type))
              for p in workshop.participants.all()}
    results = FieldResult.objects.filter(attempt__in=_workshop_attempts(workshop)).values_list(
        "attempt_id", "attempt__user_id", "attempt__exercise__title", "section", "field", "victim_index",
        "perpetrator_index", "service_index", "error_type", "points", "max_points", "critical", "value",
    ).order_by("attempt_id", "pk")
    rows = []
    for attempt_id, user_id, exercise, *rest in results.iterator(chunk_size=2000):
        name, kind = people[user_id]
        rows.append([attempt_id, name, kind, exercise, *rest])
    return header, rows


def completion_table(workshop) -> tuple[list, list]:
    header = ["Nama", "Jenis institusi", "Nama institusi", "Sesi wajib dipenuhi", "Sesi wajib",
              "Latihan wajib lulus", "Latihan wajib", "Pre-test (%)", "Post-test (%)", "Selesai"]
    rows = []
    for row in participant_rows(workshop=workshop):
        p, c = row["participant"], row["completion"]
        rows.append([p.full_name, INSTITUTIONS.get(p.institution_type, p.institution_type), p.institution_name,
                     c.sessions_met, c.sessions_required, c.exercises_passed, c.exercises_required,
                     row["pre"], row["post"], c.complete])
    return header, rows


def institutions_table(workshop) -> tuple[list, list]:
    header = ["Jenis institusi", "Peserta", "Selesai", "Rata-rata pre-test (%)", "Rata-rata post-test (%)"]
    rows = [[s["label"], s["participants"], s["completed"], s["pre_mean"], s["post_mean"]]
            for s in institution_summary(workshop=workshop)]
    return header, rows


TABLES = {
    "peserta": ("Peserta", participants_table),
    "kehadiran": ("Kehadiran", attendance_table),
    "percobaan": ("Percobaan", attempts_table),
    "hasil-kolom": ("Hasil per kolom", field_results_table),
    "kelulusan": ("Kelulusan", completion_table),
    "institusi": ("Ringkasan institusi", institutions_table),
}


def to_csv(header: list, rows: list) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else ("ya" if v is True else "tidak" if v is False else v) for v in row])
    return buffer.getvalue()


def to_xlsx(sheets: list[tuple[str, list, list]]) -> bytes:
    """One sheet per table (see ``xlsx.py`` for why not openpyxl's writer)."""
    return workbook_bytes(sheets)


def workbook_for(workshop, kinds=WORKBOOK_KINDS) -> bytes:
    sheets = []
    for kind in kinds:
        title, build = TABLES[kind]
        header, rows = build(workshop)
        sheets.append((title, header, rows))
    return to_xlsx(sheets)
