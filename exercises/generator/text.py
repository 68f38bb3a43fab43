"""A document written piece by piece, remembering which characters state which key value.

Evidence keys name a scoring row exactly as ``scoring.score_entry`` does:
``"<section>|<where>|<field>"``, e.g. ``"korban|korban:0|nama"`` or
``"relasi|pelaku:1|korban:0|hubungan"`` (where ``pelaku:1:korban:0``). So the feedback page
can find the sentence behind any wrong field without knowing how the document was built.
"""

from __future__ import annotations

from functools import lru_cache
from string import Formatter

_FORMATTER = Formatter()


@lru_cache(maxsize=4096)
def _parse(template: str) -> tuple:
    return tuple(_FORMATTER.parse(template))


def ev(section: str, where: str, field: str) -> str:
    return f"{section}|{where}|{field}"


def victim_key(index: int, field: str) -> str:
    return ev("korban", f"korban:{index}", field)


def incident_key(index: int, field: str) -> str:
    return ev("kejadian_korban", f"korban:{index}", field)


def perp_key(index: int, field: str) -> str:
    return ev("pelaku", f"pelaku:{index}", field)


def relation_key(perp: int, victim: int, field: str = "hubungan") -> str:
    return ev("relasi", f"pelaku:{perp}:korban:{victim}", field)


def reporter_key(field: str) -> str:
    return ev("pelapor", "", field)


def case_key(section: str, field: str) -> str:
    return ev(section, "", field)


def service_key(index: int, field: str) -> str:
    return ev("layanan", f"layanan:{index}", field)


class Slot(tuple):
    """A piece of text and the evidence keys it supports: ``Slot(("Dewi", ["korban|korban:0|nama"]))``."""


def slot(text: str, *keys: str) -> Slot:
    return Slot((text, keys))


class Doc:
    """Appends text; ``say`` fills a ``str.format`` template whose slots may carry evidence keys."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.spans: dict[str, list[list[int]]] = {}
        self.style = None  # a chat writer's abbreviations and typos, applied to template words only

    def mark(self, key: str, start: int, end: int) -> None:
        if end > start:
            spans = self.spans.setdefault(key, [])
            if [start, end] not in spans:
                spans.append([start, end])

    def write(self, text: str, *keys: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length = end = start + len(text)
        for key in keys:
            self.mark(key, start, end)
        return start, end

    def say(self, template: str, *sentence_keys: str, **slots) -> tuple[int, int]:
        """Writes the template; a slot's keys get the slot's span, ``sentence_keys`` the whole sentence's."""
        # Written out rather than through ``write``: this runs tens of times per document.
        start = pos = self.length
        parts, spans, style = self.parts, self.spans, self.style
        for literal, name, spec, _conv in _parse(template):
            if literal:
                if style:
                    literal = style(literal)
                parts.append(literal)
                pos += len(literal)
            if name is None:
                continue
            value = slots[name]
            if type(value) is Slot:
                text, keys = value
                if spec:
                    text = format(text, spec)
                end = pos + len(text)
                for key in keys:
                    spans.setdefault(key, []).append([pos, end])
            else:
                text = format(value, spec) if spec else str(value)
                end = pos + len(text)
            parts.append(text)
            pos = end
        self.length = pos
        for key in sentence_keys:
            self.mark(key, start, pos)
        return start, pos

    def line(self, template: str = "", *sentence_keys: str, **slots) -> tuple[int, int]:
        span = self.say(template, *sentence_keys, **slots) if template else (self.length, self.length)
        self.write("\n")
        return span

    @property
    def text(self) -> str:
        return "".join(self.parts)
