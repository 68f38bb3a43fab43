"""Links from a sandbox field to the lesson that teaches its rule.

The learning site (``modules``) knows the lessons; this app must not import it, so the
site registers a resolver here when it loads. Without one, feedback simply has no links.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

_resolver: Callable[[Iterable[str]], dict[str, str]] | None = None


def register_lesson_resolver(resolver: Callable[[Iterable[str]], dict[str, str]]) -> None:
    global _resolver
    _resolver = resolver


def lesson_links(field_keys: Iterable[str]) -> dict[str, str]:
    """{"korban.nik": url} for the given "section.field" keys that some lesson teaches."""
    keys = set(field_keys)
    return _resolver(keys) if _resolver and keys else {}
