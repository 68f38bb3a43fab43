"""Where in a case's document a key value is stated: the "Lihat di dokumen" link of the result page.

A generated case (version 3 on) stores, for each key value, the spans of its document that
state it, keyed as the scorer names its rows. The link highlights the whole sentence around
each span. Custom cases, older generated cases and spans that no longer fit the text (a
document edited after generation) simply give no link.
"""

from __future__ import annotations


def evidence_name(section: str, where: str, field: str) -> str:
    return f"{section}|{where}|{field}"


# The stored spans are keyed by text (JSON keys must be strings); a scored row's structured
# location maps onto that key in one place, in the generator's order: perpetrator, victim, service.
_WHERE_PARTS = (("perpetrator", "pelaku"), ("victim", "korban"), ("service", "layanan"))


def where_of(location: dict | None) -> str:
    location = location or {}
    return ":".join(f"{word}:{location[axis]}" for axis, word in _WHERE_PARTS if location.get(axis) is not None)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Widens a span to its sentence or line, so the reader sees the whole statement."""
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    return left, max(right, end)


def evidence_spans(evidence: dict | None, text: str, *, section: str, location: dict | None, field: str) -> str:
    """"12-40,88-120": the sentences that give this row's answer, or "" when the case has none."""
    spans = (evidence or {}).get(evidence_name(section, where_of(location), field)) or []
    out = []
    for span in spans:
        if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(text)):
            return ""  # the document changed since the spans were recorded
        left, right = sentence_around(text, span[0], span[1])
        if (left, right) not in out:
            out.append((left, right))
    return ",".join(f"{left}-{right}" for left, right in sorted(out))
