"""Field-level scoring of an entry against an answer key: pure functions over plain data.

Weights and critical flags come from the field declaration. Persons are matched to the
key's persons by the best overall assignment, so entry order never matters; the
relationships, per-victim incident fields and services are scored through that matching.

Points: a field whose key holds a value is worth its weight. A field the key leaves empty
is worth nothing, but filling it costs its weight ("tidak perlu"), as does an extra person
or service. The percentage is max(0, earned - penalties) / total, so an empty entry scores
0 and every further error lowers the score or leaves it at 0.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from lokal import normalize_phone

from .fields import FIELDS, FieldSpec, Kind, Section, section_fields

KOSONG, SALAH_PILIH, FORMAT = "kosong", "salah_pilih", "format"
DIGIT_TERTUKAR, TANGGAL_TERTUKAR, TANGGAL_BERGESER = "digit_tertukar", "tanggal_tertukar", "tanggal_bergeser"
DATA_TERTUKAR, TIDAK_PERLU, KURANG = "data_tertukar", "tidak_perlu", "kurang"
ERROR_TYPES = (KOSONG, SALAH_PILIH, FORMAT, DIGIT_TERTUKAR, TANGGAL_TERTUKAR, TANGGAL_BERGESER, DATA_TERTUKAR,
               TIDAK_PERLU, KURANG)

SHIFT_DAYS = 7  # a date within a week of the right one is "bergeser", not simply wrong
PERSON_PENALTY = 2.0
SERVICE_PENALTY = 1.0
NEAR_MISS_SHARE = 0.5
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


@dataclass
class Mark:
    points: float
    error: str | None = None


# comparisons, one field at a time


def normalize_text(value) -> str:
    """Case, spacing, punctuation and accents do not matter in names and free text."""
    text = str(value or "")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion or substitution."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def is_transposition(a: str, b: str) -> bool:
    """True when b is a with two adjacent characters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def is_empty(spec: FieldSpec, value) -> bool:
    if value is None or value is False or value == "" or value == []:
        return True  # an age of 0 is a value: a baby
    return spec.kind is Kind.CODE and value == "NA"


def _text(weight, entered, expected) -> Mark:
    a, b = normalize_text(entered), normalize_text(expected)
    if a == b:
        return Mark(weight)
    if len(b) >= 4 and (within_one_edit(a, b) or (len(a) >= 4 and (a in b or b in a))):
        return Mark(weight * NEAR_MISS_SHARE, FORMAT)
    return Mark(0, SALAH_PILIH)


def _date(weight, entered, expected) -> Mark:
    if entered == expected:
        return Mark(weight)
    try:
        got, want = dt.date.fromisoformat(entered), dt.date.fromisoformat(expected)
    except (TypeError, ValueError):
        return Mark(0, FORMAT)
    if (got.year, got.month, got.day) == (want.year, want.day, want.month):
        return Mark(0, TANGGAL_TERTUKAR)
    if abs((got - want).days) <= SHIFT_DAYS:
        return Mark(0, TANGGAL_BERGESER)
    return Mark(0, SALAH_PILIH)


def _nik(weight, entered, expected) -> Mark:
    if entered == expected:
        return Mark(weight)
    if not (str(entered).isdigit() and len(str(entered)) == 16):
        return Mark(0, FORMAT)
    return Mark(0, DIGIT_TERTUKAR if is_transposition(str(entered), str(expected)) else SALAH_PILIH)


def _region(weight, entered, expected) -> Mark:
    if entered == expected:
        return Mark(weight)
    got, want = str(entered).split("."), str(expected).split(".")
    common = 0
    for x, y in zip(got, want, strict=False):  # regions of different depths
        if x != y:
            break
        common += 1
    return Mark(weight * common / (len(want) + 1), SALAH_PILIH)


def _multi(weight, entered, expected) -> Mark:
    got, want = set(entered or []), set(expected or [])
    if got == want:
        return Mark(weight)
    return Mark(weight * len(got & want) / len(got | want), SALAH_PILIH)


def compare(spec: FieldSpec, entered, expected, *, detail=("", ""), expected_empty: bool | None = None) -> Mark:
    """Points and error type for one field. ``detail`` is the (entered, expected) "Lainnya" text."""
    weight = spec.weight
    if expected_empty if expected_empty is not None else is_empty(spec, expected):
        return Mark(0) if is_empty(spec, entered) else Mark(-weight, TIDAK_PERLU)
    if is_empty(spec, entered):
        return Mark(0, KOSONG)
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        return _text(weight, entered, expected)
    if kind is Kind.DATE:
        return _date(weight, entered, expected)
    if kind is Kind.NIK:
        return _nik(weight, entered, expected)
    if kind is Kind.PHONE:
        got, want = normalize_phone(str(entered)), normalize_phone(str(expected))
        return Mark(weight) if got == want else Mark(0, FORMAT if got is None else SALAH_PILIH)
    if kind is Kind.REGION:
        return _region(weight, entered, expected)
    if kind is Kind.MULTICODE:
        mark = _multi(weight, entered, expected)
    elif entered == expected:
        mark = Mark(weight)
    else:
        return Mark(0, SALAH_PILIH)
    if spec.other_detail_name and "LAINNYA" in (expected if isinstance(expected, list) else [expected]):
        if normalize_text(detail[0]) != normalize_text(detail[1]) and mark.points > 0:
            return Mark(mark.points * NEAR_MISS_SHARE, mark.error or FORMAT)
    return mark


# rows of the result


def _row(section: str, spec: FieldSpec, entered_row: dict, expected_row: dict, *, where: str = "") -> dict:
    entered, expected = entered_row.get(spec.name), expected_row.get(spec.name)
    detail = ("", "")
    if spec.other_detail_name:
        detail = (entered_row.get(spec.other_detail_name, ""), expected_row.get(spec.other_detail_name, ""))
    empty = is_empty(spec, expected)
    mark = compare(spec, entered, expected, detail=detail, expected_empty=empty)
    return {
        "section": section, "field": spec.name, "where": where, "entered": entered, "expected": expected,
        "entered_detail": detail[0], "expected_detail": detail[1],
        "points": round(mark.points, 4), "max": 0 if empty else spec.weight,
        "error": mark.error, "critical": spec.critical,
    }


def score_rows(section: Section, entered_row: dict, expected_row: dict, *, where: str = "") -> list[dict]:
    return [_row(section.value, spec, entered_row, expected_row, where=where)
            for spec in section_fields(section) if spec.scored]


# Who a person is: what matching compares, so a wrong school or address never re-pairs people.
IDENTITY_FIELDS = {
    Section.KORBAN: ("nama", "jenis_kelamin", "nik", "tanggal_lahir", "usia"),
    Section.PELAKU: ("nama", "jenis_kelamin", "nik", "usia"),
}


def _identity_points(section: Section, entered_row: dict, expected_row: dict) -> float:
    return sum(compare(spec, entered_row.get(spec.name), expected_row.get(spec.name)).points
               for spec in _identity_specs(section))


@lru_cache(maxsize=None)
def _identity_specs(section: Section) -> tuple[FieldSpec, ...]:
    return tuple(spec for spec in section_fields(section) if spec.name in IDENTITY_FIELDS[section])


def best_matching(scores: list[list[float]]) -> dict[int, int]:
    """The assignment of entered rows (i) to key rows (j) with the highest total, by DP over subsets."""
    n_entered = len(scores)
    n_key = len(scores[0]) if scores else 0
    best: dict[int, tuple[float, tuple]] = {0: (0.0, ())}
    for i in range(n_entered):
        nxt: dict[int, tuple[float, tuple]] = {}
        for used, (total, pairs) in best.items():
            options = [(total, pairs, used)]  # row i left unmatched
            options += [(total + scores[i][j], pairs + ((i, j),), used | (1 << j))
                        for j in range(n_key) if not used & (1 << j)]
            for value, chosen, mask in options:
                if mask not in nxt or value > nxt[mask][0]:
                    nxt[mask] = (value, chosen)
        best = nxt
    _, pairs = max(best.values(), key=lambda item: item[0]) if best else (0, ())
    return dict(pairs)


def match_people(section: Section, entered: list[dict], expected: list[dict]) -> dict[int, int]:
    """Entered person index -> key person index. Every key person is matched when there are enough entries."""
    scores = [[_identity_points(section, e, k) + 1000 for k in expected] for e in entered]
    return best_matching(scores)


def _mark_swaps(rows: list[dict], key_rows: list[dict]) -> None:
    """A wrong per-person value that is right for another key person was swapped between victims."""
    for row in rows:
        if row["error"] not in (SALAH_PILIH, KOSONG) or row["entered"] in (None, "", [], False):
            continue
        others = [k.get(row["field"]) for k in key_rows]
        if row["entered"] in others and row["entered"] != row["expected"]:
            row["error"] = DATA_TERTUKAR


def _missing_person(section: Section, expected_row: dict, where: str) -> list[dict]:
    rows = score_rows(section, {}, expected_row, where=where)
    for row in rows:
        if row["max"]:
            row["error"] = KURANG
    return rows


def _extra_person(section: str, where: str, penalty: float, entered_row: dict) -> dict:
    shown = entered_row.get("nama") or entered_row.get("jenis") or where
    return {"section": section, "field": "__person__", "where": where, "entered": shown, "expected": None,
            "entered_detail": "", "expected_detail": "", "points": -penalty, "max": 0, "error": TIDAK_PERLU,
            "critical": False}


def score_entry(entry: dict, key: dict, *, pass_mark: float = 80) -> dict:
    """The full result of an entry against a key: percent, passed, and one row per field."""
    entry, key = entry or {}, key or {}
    rows: list[dict] = []
    rows += score_rows(Section.REGISTRASI, entry.get("registrasi", {}), key.get("registrasi", {}))
    rows += score_rows(Section.PELAPOR, entry.get("pelapor", {}), key.get("pelapor", {}))

    e_victims, k_victims = entry.get("korban", []) or [], key.get("korban", []) or []
    victim_match = match_people(Section.KORBAN, e_victims, k_victims)
    victim_of_key = {k: e for e, k in victim_match.items()}
    e_kej, k_kej = entry.get("kejadian", {}) or {}, key.get("kejadian", {}) or {}
    e_per_victim, k_per_victim = e_kej.get("korban", []) or [], k_kej.get("korban", []) or []
    for k_index, k_victim in enumerate(k_victims):
        where = f"korban:{k_index}"
        e_index = victim_of_key.get(k_index)
        if e_index is None:
            rows += _missing_person(Section.KORBAN, k_victim, where)
            rows += _missing_person(Section.KEJADIAN_KORBAN, _at(k_per_victim, k_index), where)
            continue
        victim_rows = score_rows(Section.KORBAN, e_victims[e_index], k_victim, where=where)
        incident_rows = score_rows(Section.KEJADIAN_KORBAN, _at(e_per_victim, e_index), _at(k_per_victim, k_index),
                                   where=where)
        _mark_swaps(victim_rows, k_victims)
        _mark_swaps(incident_rows, k_per_victim)
        rows += victim_rows + incident_rows
    for e_index in range(len(e_victims)):
        if e_index not in victim_match:
            rows.append(_extra_person("korban", f"korban+{e_index}", PERSON_PENALTY, e_victims[e_index]))

    e_perps, k_perps = entry.get("pelaku", []) or [], key.get("pelaku", []) or []
    perp_match = match_people(Section.PELAKU, e_perps, k_perps)
    perp_of_key = {k: e for e, k in perp_match.items()}
    for k_index, k_perp in enumerate(k_perps):
        where = f"pelaku:{k_index}"
        e_index = perp_of_key.get(k_index)
        k_relations = k_perp.get("relasi", []) or []
        if e_index is None:
            rows += _missing_person(Section.PELAKU, k_perp, where)
            for v_index, relation in enumerate(k_relations):
                rows += _missing_person(Section.RELASI, relation, f"{where}:korban:{v_index}")
            continue
        e_perp = e_perps[e_index]
        rows += score_rows(Section.PELAKU, e_perp, k_perp, where=where)
        e_relations = e_perp.get("relasi", []) or []
        for v_index, relation in enumerate(k_relations):
            e_victim = victim_of_key.get(v_index)
            pair = f"{where}:korban:{v_index}"
            if e_victim is None:  # the victim is missing, so is her relationship
                rows += _missing_person(Section.RELASI, relation, pair)
            else:
                rows += score_rows(Section.RELASI, _at(e_relations, e_victim), relation, where=pair)
    for e_index in range(len(e_perps)):
        if e_index not in perp_match:
            rows.append(_extra_person("pelaku", f"pelaku+{e_index}", PERSON_PENALTY, e_perps[e_index]))

    rows += score_rows(Section.KEJADIAN, e_kej, k_kej)
    rows += _score_services(entry.get("layanan", []) or [], key.get("layanan", []) or [], victim_match)
    return summarize(rows, pass_mark=pass_mark)


def _at(items: list, index) -> dict:
    return items[index] if isinstance(index, int) and 0 <= index < len(items) else {}


def _score_services(entered: list[dict], expected: list[dict], victim_match: dict[int, int]) -> list[dict]:
    """Services pair up by (matched victim, kind); the date, provider and referral are then compared."""
    rows, used = [], set()
    for k_index, k_row in enumerate(expected):
        where = f"layanan:{k_index}"
        found = None
        for e_index, e_row in enumerate(entered):
            if e_index in used or e_row.get("jenis") != k_row.get("jenis"):
                continue
            if victim_match.get(e_row.get("korban")) == k_row.get("korban"):
                found = e_index
                break
        if found is None:
            rows += _missing_person(Section.LAYANAN, k_row, where)
            continue
        used.add(found)
        rows += score_rows(Section.LAYANAN, entered[found], k_row, where=where)
    for e_index in range(len(entered)):
        if e_index not in used:
            rows.append(_extra_person("layanan", f"layanan+{e_index}", SERVICE_PENALTY, entered[e_index]))
    return rows


def summarize(rows: list[dict], *, pass_mark: float) -> dict:
    earned = sum(r["points"] for r in rows if r["points"] > 0)
    penalty = -sum(r["points"] for r in rows if r["points"] < 0)
    total = sum(r["max"] for r in rows)
    percent = round(100 * max(0.0, earned - penalty) / total, 1) if total else 0.0
    critical = sum(1 for r in rows if r["critical"] and r["error"])
    return {
        "percent": percent, "passed": percent >= pass_mark and critical == 0, "pass_mark": pass_mark,
        "earned": round(earned, 4), "penalty": round(penalty, 4), "total": total, "critical_errors": critical,
        "errors": sum(1 for r in rows if r["error"]), "rows": rows,
    }


FIELD_INDEX = {(spec.section.value, spec.name): spec for spec in FIELDS}
