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
from rapidfuzz import fuzz

from . import vocab
from .derive import age_on
from .fields import FIELDS, SECTION_PATHS, Axis, FieldSpec, Kind, Section, section_fields
from .shape import ROOT_SECTIONS, Location, entry_rows, root_section, row_at, section_items

KOSONG, SALAH_PILIH, FORMAT = "kosong", "salah_pilih", "format"
DIGIT_TERTUKAR, TANGGAL_TERTUKAR, TANGGAL_BERGESER = "digit_tertukar", "tanggal_tertukar", "tanggal_bergeser"
DATA_TERTUKAR, TIDAK_PERLU, KURANG = "data_tertukar", "tidak_perlu", "kurang"
ERROR_TYPES = (KOSONG, SALAH_PILIH, FORMAT, DIGIT_TERTUKAR, TANGGAL_TERTUKAR, TANGGAL_BERGESER, DATA_TERTUKAR,
               TIDAK_PERLU, KURANG)

SHIFT_DAYS = 7  # a date within a week of the right one is "bergeser", not simply wrong
PERSON_PENALTY = 2.0
SERVICE_PENALTY = 1.0
NEAR_MISS_SHARE = 0.5
# A "Lainnya" detail is the trainee's own wording of what the document says: it earns a small
# weight of its own, is never critical, and is judged by token overlap, not letter by letter.
OTHER_DETAIL_WEIGHT = 0.5
OTHER_DETAIL_SAME = 80  # rapidfuzz token-set ratio from which two wordings say the same thing
OTHER_DETAIL_CLOSE = 50
AGE_TOLERANCE = 1  # years between a typed age and the age a birth date gives at the report date
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
    return spec.kind is Kind.CODE and value == vocab.NA


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


def compare(spec: FieldSpec, entered, expected, *, expected_empty: bool | None = None) -> Mark:
    """Points and error type for one field; for a "Lainnya" choice the code alone decides."""
    weight = spec.weight
    if expected_empty if expected_empty is not None else is_empty(spec, expected):
        return Mark(0) if is_empty(spec, entered) else Mark(-weight, TIDAK_PERLU)
    if is_empty(spec, entered):
        return Mark(0, KOSONG)
    if entered == expected:  # most fields of most entries are right
        return Mark(weight)
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
        return _multi(weight, entered, expected)
    return Mark(0, SALAH_PILIH)  # a code: the "Lainnya" detail is scored on its own row


def other_detail_mark(entered: str, expected: str, weight: float = OTHER_DETAIL_WEIGHT) -> Mark:
    """The "Lainnya" detail: "dunia maya" says what "Dunia maya (media sosial)" says."""
    got, want = normalize_text(entered), normalize_text(expected)
    if not got:
        return Mark(0, KOSONG)
    ratio = fuzz.token_set_ratio(got, want)
    if ratio >= OTHER_DETAIL_SAME:
        return Mark(weight)
    if ratio >= OTHER_DETAIL_CLOSE:
        return Mark(weight * NEAR_MISS_SHARE, FORMAT)
    return Mark(0, SALAH_PILIH)


# rows of the result


def _row(section: str, spec: FieldSpec, entered_row: dict, expected_row: dict, location: dict) -> dict:
    entered, expected = entered_row.get(spec.name), expected_row.get(spec.name)
    detail = ("", "")
    if spec.other_detail_name:
        detail = (entered_row.get(spec.other_detail_name, ""), expected_row.get(spec.other_detail_name, ""))
    empty = is_empty(spec, expected)
    mark = compare(spec, entered, expected, expected_empty=empty)
    return {
        "section": section, "field": spec.name, "location": location, "entered": entered, "expected": expected,
        "entered_detail": detail[0], "expected_detail": detail[1],
        "points": round(mark.points, 4), "max": 0 if empty else spec.weight,
        "error": mark.error, "critical": spec.critical,
    }


def _detail_row(section: str, spec: FieldSpec, entered_row: dict, expected_row: dict, location: dict) -> dict:
    """The row of a "Lainnya" detail the key holds; present whatever the entry chose, so rows line up."""
    entered, expected = entered_row.get(spec.other_detail_name) or "", expected_row.get(spec.other_detail_name)
    mark = other_detail_mark(entered, expected)
    return {
        "section": section, "field": spec.other_detail_name, "location": location, "entered": entered,
        "expected": expected, "entered_detail": "", "expected_detail": "",
        "points": round(mark.points, 4), "max": OTHER_DETAIL_WEIGHT, "error": mark.error, "critical": False,
    }


def score_rows(section: Section, entered_row: dict, expected_row: dict, *, location: Location | None = None) -> list[dict]:
    indices = location.indices() if location is not None else {}
    name = section.value
    rows = []
    for spec in _scored_fields(section):
        rows.append(_row(name, spec, entered_row, expected_row, indices))
        if spec.other_detail_name and expected_row.get(spec.other_detail_name):
            rows.append(_detail_row(name, spec, entered_row, expected_row, indices))
    return rows


def agreeing_age(birth: str | None, age, on: str | None) -> bool:
    """True when a typed age is the age the birth date gives at the report date, give or take a year."""
    if birth in (None, "") or age in (None, "") or not on:
        return False
    try:
        years = age_on(dt.date.fromisoformat(birth), dt.date.fromisoformat(on))
        return abs(years - int(age)) <= AGE_TOLERANCE
    except (TypeError, ValueError):
        return False


def _forgive_both_ages(rows: list[dict], entered_row: dict, expected_row: dict, on: str | None) -> None:
    """Birth date and age both entered: the one the key leaves empty is no error when the two agree.

    The key holds what the document states; a trainee who also reads the birth date off the NIK,
    or also notes the age, has entered nothing false. A birth date alone that gives the key's age
    answers the age too.
    """
    by_field = {row["field"]: row for row in rows}
    birth_row, age_row = by_field.get("tanggal_lahir"), by_field.get("usia")
    if birth_row is None or age_row is None:
        return
    birth, age = entered_row.get("tanggal_lahir"), entered_row.get("usia")
    if birth_row["error"] == TIDAK_PERLU and agreeing_age(birth, age if age is not None else expected_row.get("usia"), on):
        birth_row.update(points=0, error=None)
        if age is None and age_row["error"] == KOSONG:
            age_row.update(points=age_row["max"], error=None)
    elif age_row["error"] == TIDAK_PERLU and birth_row["error"] is None and agreeing_age(birth, age, on):
        age_row.update(points=0, error=None)


@lru_cache(maxsize=None)
def _scored_fields(section: Section) -> tuple[FieldSpec, ...]:
    return tuple(spec for spec in section_fields(section) if spec.scored)


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


# The one row that stands for a whole missing person or service (its relationships and incident rows too).
MISSING_FIELD = "__missing__"


def _missing_person(section: Section, expected_row: dict, location: Location, missing: dict,
                    in_entry: dict[str, dict[int, int]]) -> list[dict]:
    """Adds a key row whose person or service has no match to that person's one "kurang" row.

    The points at stake are the fields the key fills, as before; the feedback says once what is missing.
    """
    at_stake = [r for r in score_rows(section, {}, expected_row, location=location) if r["max"]]
    axis, index = _missing_axis(location, in_entry)
    found = missing.get((axis, index))
    if found is None:
        root = _ROOT_OF_AXIS[axis]
        shown = expected_row.get("nama") or expected_row.get("jenis") if section is root else None
        found = missing[(axis, index)] = {
            "section": root.value, "field": MISSING_FIELD, "location": {axis.value: index}, "entered": None,
            "expected": shown, "entered_detail": "", "expected_detail": "", "points": 0, "max": 0,
            "error": KURANG, "critical": False,
        }
        rows = [found]
    else:
        rows = []
    found["max"] = round(found["max"] + sum(r["max"] for r in at_stake), 4)
    found["critical"] = found["critical"] or any(r["critical"] for r in at_stake)
    return rows


# The row that stands for a whole extra person or service; its location is its place in the entry.
EXTRA_FIELD = "__person__"
EXTRA_PENALTY = {Section.KORBAN: PERSON_PENALTY, Section.PELAKU: PERSON_PENALTY, Section.LAYANAN: SERVICE_PENALTY}
_SWAPPABLE = (Section.KORBAN, Section.KEJADIAN_KORBAN)


def _extra_person(location: Location, entered_row: dict) -> dict:
    section = location.section.value
    shown = entered_row.get("nama") or entered_row.get("jenis") or f"{section}+{location.index(_AXIS[location.section])}"
    return {"section": section, "field": EXTRA_FIELD, "location": location.indices(), "entered": shown,
            "expected": None, "entered_detail": "", "expected_detail": "", "points": -EXTRA_PENALTY[location.section],
            "max": 0, "error": TIDAK_PERLU, "critical": False}


_ROOT_POSITION = {section: ROOT_SECTIONS.index(root_section(section)) for section in Section}
_AXIS = {Section.KORBAN: Axis.VICTIM, Section.PELAKU: Axis.PERPETRATOR, Section.LAYANAN: Axis.SERVICE}
_ROOT_OF_AXIS = {axis: section for section, axis in _AXIS.items()}


def score_entry(entry: dict, key: dict, *, pass_mark: float = 80) -> dict:
    """The full result of an entry against a key: percent, passed, and one row per field.

    Each key row is compared with the entry's row at the matched location; a key row whose
    victim, perpetrator or service has no match is "kurang", an unmatched entry person "tidak perlu".
    """
    entry, key = entry or {}, key or {}
    key_items = list(entry_rows(key))
    entered = {s: section_items(entry, s) for s in (Section.KORBAN, Section.PELAKU, Section.LAYANAN)}
    expected = {s: section_items(key, s) for s in (*_AXIS, Section.KEJADIAN_KORBAN)}
    victim_match = match_people(Section.KORBAN, entered[Section.KORBAN], expected[Section.KORBAN])
    matches = {  # entered index -> key index, per axis
        Axis.VICTIM: victim_match,
        Axis.PERPETRATOR: match_people(Section.PELAKU, entered[Section.PELAKU], expected[Section.PELAKU]),
        Axis.SERVICE: _match_services(entered[Section.LAYANAN], expected[Section.LAYANAN], victim_match),
    }
    in_entry = {axis.value: {k: e for e, k in match.items()} for axis, match in matches.items()}

    report_date = (key.get("registrasi") or {}).get("tanggal_lapor")
    missing: dict[tuple[Axis, int], dict] = {}  # (axis, key index) -> its one "kurang" row
    rows: list[dict] = []
    flushed = 0
    for section, location, key_row in key_items:
        position = _ROOT_POSITION[section]
        while flushed < position:  # the extras of each earlier section follow its rows
            rows += _extras(ROOT_SECTIONS[flushed], entered, matches)
            flushed += 1
        entry_location = _entry_location(location, in_entry)
        if entry_location is None:
            rows += _missing_person(section, key_row, location, missing, in_entry)
            continue
        entered_row = row_at(entry, entry_location)
        scored = score_rows(section, entered_row, key_row, location=location)
        if section is Section.KORBAN:
            _forgive_both_ages(scored, entered_row, key_row, report_date)
        if section in _SWAPPABLE:
            _mark_swaps(scored, expected[section])
        rows += scored
    for root in ROOT_SECTIONS[flushed:]:
        rows += _extras(root, entered, matches)
    return summarize(rows, pass_mark=pass_mark)


def _missing_axis(location: Location, in_entry: dict[str, dict[int, int]]) -> tuple[Axis, int]:
    """The unmatched person or service a key row belongs to: the first unmatched axis of its path."""
    for step in SECTION_PATHS[location.section]:
        if step.per is not None and location.index(step.per) not in in_entry[step.per.value]:
            return step.per, location.index(step.per)
    raise ValueError(f"{location.section}: every person on it is matched")


def _entry_location(location: Location, in_entry: dict[str, dict[int, int]]) -> Location | None:
    """The entry's location matched to a key location, or None when a person or service on it is missing."""
    indices = location.indices()
    if not indices:
        return location
    for name, index in indices.items():
        indices[name] = in_entry[name].get(index)
        if indices[name] is None:
            return None
    return Location(location.section, **indices)


def _extras(root: Section, entered: dict, matches: dict[Axis, dict[int, int]]) -> list[dict]:
    axis = _AXIS.get(root)
    if axis is None:
        return []
    return [_extra_person(Location(root, **{axis.value: index}), row)
            for index, row in enumerate(entered[root]) if index not in matches[axis]]


def _match_services(entered: list[dict], expected: list[dict], victim_match: dict[int, int]) -> dict[int, int]:
    """Entered service index -> key service index: services pair up by (matched victim, kind)."""
    found: dict[int, int] = {}
    for k_index, k_row in enumerate(expected):
        for e_index, e_row in enumerate(entered):
            if e_index in found or e_row.get("jenis") != k_row.get("jenis"):
                continue
            if victim_match.get(e_row.get("korban")) == k_row.get("korban"):
                found[e_index] = k_index
                break
    return found


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
# A "Lainnya" detail row, by its own field name, to the field whose choice it details.
DETAIL_INDEX = {(spec.section.value, spec.other_detail_name): spec for spec in FIELDS if spec.other_detail_name}
