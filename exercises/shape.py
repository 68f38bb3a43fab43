"""Walking an entry by its declared shape (``fields.SECTION_PATHS``): one iterator for every reader.

An entry (or an answer key, which has the same shape) is walked in the order the form shows
it: registrasi, pelapor, each victim, each perpetrator followed by its relationships, the
incident followed by its rows per victim, each service. Every row comes with a
``Location``: a small frozen value naming the section and the positions it sits at,
never a string to parse back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .fields import SECTION_PATHS, Axis, Section

# Plain strings, looked up once: the scorer builds a location for every row it scores.
_NAME = {axis: axis.value for axis in Axis}
AXIS_NAMES = tuple(_NAME.values())


@dataclass(frozen=True, slots=True)
class Location:
    """Where a row sits: its section and, as the section repeats, the victim, perpetrator or service position."""

    section: Section
    victim: int | None = None
    perpetrator: int | None = None
    service: int | None = None

    def index(self, axis: Axis) -> int | None:
        return getattr(self, _NAME[axis])

    def indices(self) -> dict[str, int]:
        """The positions that are set, as stored in a result row's ``location``."""
        return {name: value for name in AXIS_NAMES if (value := getattr(self, name)) is not None}

    @classmethod
    def from_row(cls, row: dict) -> Location:
        """The location of a scored row (``{"section": ..., "location": {...}}``)."""
        return cls(Section(row["section"]), **(row.get("location") or {}))


ROOT_SECTIONS: tuple[Section, ...] = tuple(s for s in Section if len(SECTION_PATHS[s]) == 1)
_CHILDREN: dict[Section, tuple[Section, ...]] = {
    parent: tuple(child for child in Section if SECTION_PATHS[child][:-1] == SECTION_PATHS[parent])
    for parent in Section
}
_ROOT_OF: dict[Section, Section] = {
    section: next(root for root in ROOT_SECTIONS if SECTION_PATHS[root][0] == SECTION_PATHS[section][0])
    for section in Section
}


def root_section(section: Section) -> Section:
    """The top-level section a section nests in (RELASI -> PELAKU), itself when top-level."""
    return _ROOT_OF[section]


def entry_rows(entry: dict) -> Iterator[tuple[Section, Location, dict]]:
    """Every row of an entry as (section, location, row), in the form's order.

    A section held once per case is always yielded (an empty dict when the entry lacks it);
    a repeated one yields one row per item present.
    """
    entry = entry if isinstance(entry, dict) else {}
    for section in ROOT_SECTIONS:
        yield from _walk(entry, section, {})


def _walk(container: dict, section: Section, indices: dict) -> Iterator[tuple[Section, Location, dict]]:
    step = SECTION_PATHS[section][-1]
    value = container.get(step.key)
    if step.per is None:
        items = ((None, value),)
    else:
        items = enumerate(value) if isinstance(value, list) else ()
    for index, row in items:
        row = row if isinstance(row, dict) else {}
        here = indices if index is None else {**indices, _NAME[step.per]: index}
        yield section, Location(section, **here), row
        for child in _CHILDREN[section]:
            yield from _walk(row, child, here)


def row_at(entry: dict, location: Location) -> dict:
    """The row of ``entry`` at ``location``; an empty dict when the entry has none there."""
    target = entry
    for step in SECTION_PATHS[location.section]:
        target = target.get(step.key) if isinstance(target, dict) else None
        if step.per is not None:
            index = location.index(step.per)
            target = target[index] if isinstance(target, list) and index is not None and 0 <= index < len(target) \
                else None
    return target if isinstance(target, dict) else {}


def section_items(entry: dict, section: Section) -> list[dict]:
    """The rows of a section repeated over one axis (victims, perpetrators, services, incident per victim)."""
    return [row for s, _, row in _walk_to(entry, section)]


def _walk_to(entry: dict, section: Section):
    root = root_section(section)
    for found, location, row in _walk(entry if isinstance(entry, dict) else {}, root, {}):
        if found is section:
            yield found, location, row
