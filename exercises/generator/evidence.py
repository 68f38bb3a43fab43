"""Which key values need evidence, and which of them a document's evidence leaves unsupported.

A key value needs evidence when it is a fact the trainee must read: not empty, not False,
and not NA (NA is what a form records when the document is silent). Keys are named as the
scorer names its rows (``text.ev``), so a result row finds its spans directly.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import vocab
from .text import case_key, ev, service_key

UNSTATED = (None, "", [], False, vocab.NA)


def needed(key: dict) -> Iterator[tuple[str, object]]:
    """(evidence key, value) for every key value a document must state or imply."""
    for section in ("registrasi", "pelapor"):
        for field, value in (key.get(section) or {}).items():
            yield ev(section, "", field), value
    for index, victim in enumerate(key.get("korban") or []):
        for field, value in victim.items():
            yield ev("korban", f"korban:{index}", field), value
    for index, perp in enumerate(key.get("pelaku") or []):
        for field, value in perp.items():
            if field != "relasi":
                yield ev("pelaku", f"pelaku:{index}", field), value
        for v_index, relation in enumerate(perp.get("relasi") or []):
            for field, value in relation.items():
                yield ev("relasi", f"pelaku:{index}:korban:{v_index}", field), value
    kejadian = key.get("kejadian") or {}
    for field, value in kejadian.items():
        if field != "korban":
            yield case_key("kejadian", field), value
    for index, row in enumerate(kejadian.get("korban") or []):
        for field, value in row.items():
            yield ev("kejadian_korban", f"korban:{index}", field), value
    for index, row in enumerate(key.get("layanan") or []):
        for field, value in row.items():
            yield service_key(index, field), value


def missing(key: dict, evidence: dict, text: str) -> list[str]:
    """The evidence keys of stated values without a valid span in ``text``."""
    out = []
    for name, value in needed(key):
        if any(value == unstated and type(value) is type(unstated) for unstated in UNSTATED):
            continue
        spans = evidence.get(name) or []
        if not any(0 <= start < end <= len(text) and text[start:end].strip() for start, end in spans):
            out.append(name)
    return out

