"""Wagtail's database search backend, behind a guard on the query text.

SQLite's FTS5 parser fails on an unbalanced double quote ("unterminated string") and PostgreSQL
refuses a NUL byte in a string: both were server errors from the site search and the admin's
search boxes. The text is cleaned once here, so every search in the site gets the same guard.
"""

from __future__ import annotations

import unicodedata

from modelsearch.backends.database import SearchBackend as database_backend_for_connection


def search_text_clean(query: str) -> str:
    """Drops double quotes and control characters (NUL included); the words themselves stay."""
    kept = (" " if ch == '"' or unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in query)
    return " ".join("".join(kept).split())


class QueryGuard:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if isinstance(query, str):
            query = search_text_clean(query)
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database_backend_for_connection(params)
    guarded = type(f"Guarded{type(backend).__name__}", (QueryGuard, type(backend)), {})
    return guarded(params)
