"""A scored attempt as field-result rows: pure, so the submit, the re-score and the back-fill agree.

Each row of a scoring result (``scoring.score_entry``) becomes one ``FieldResult`` row:
correct fields too (error type ""), "kurang" rows for a missing person or service and one
"tidak perlu" row per extra one. Locations are the result's structured ones: positions in
the answer key, or for an extra person or service its position in the trainee's entry.
"""

from __future__ import annotations

from datetime import date

from .shape import AXIS_NAMES

# The columns of ``FieldResult`` besides its attempt, in the order the writers insert them.
COLUMNS = ("field", "section", "victim_index", "perpetrator_index", "service_index", "error_type", "points",
           "max_points", "critical", "value")
_INDEX_COLUMNS = tuple(f"{name}_index" for name in AXIS_NAMES)
if COLUMNS[2:5] != _INDEX_COLUMNS:  # field_result_tuples relies on this order
    raise ImportError("FieldResult COLUMNS and the location axes disagree")


def canonical_value(value) -> str:
    """An entered value as comparable text: codes joined by "," (sorted), ISO dates, "1" for a ticked box."""
    if value is None or value is False or value == "" or value == []:
        return ""
    if value is True:
        return "1"
    if isinstance(value, (list, tuple)):
        return ",".join(sorted(str(item) for item in value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def field_result_rows(result: dict | None) -> list[dict]:
    """One dict per scored row of a result, keyed by ``COLUMNS``."""
    rows = []
    for row in (result or {}).get("rows", ()):
        location = row.get("location") or {}
        values = {"field": row["field"], "section": row["section"]}
        for name, column in zip(AXIS_NAMES, _INDEX_COLUMNS, strict=True):
            values[column] = location.get(name)
        values.update(error_type=row.get("error") or "", points=row["points"], max_points=row["max"],
                      critical=bool(row.get("critical")), value=canonical_value(row.get("entered")))
        rows.append(values)
    return rows


def field_result_tuples(result: dict | None) -> list[tuple]:
    """The same rows as tuples in ``COLUMNS`` order, for a prepared bulk INSERT (built directly: the
    re-score writes half a million of them)."""
    out = []
    for row in (result or {}).get("rows", ()):
        location = row.get("location") or {}
        out.append((row["field"], row["section"], location.get("victim"), location.get("perpetrator"),
                    location.get("service"), row.get("error") or "", row["points"], row["max"],
                    bool(row.get("critical")), canonical_value(row.get("entered"))))
    return out
