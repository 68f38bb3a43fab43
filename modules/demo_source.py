"""Reads the demo programme's data files (``fixtures/programme/``) into plain data for ``demo.py``.

The manifest ``programme.toml`` holds the programme, speakers, glossary, days and sessions; each
session's content is an HTML file with one block per top-level element (see the folder's README.md).
Pure: files in, dicts and lists out, no database.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings

PROGRAMME_DIR = Path(settings.BASE_DIR) / "fixtures" / "programme"

HEADING = re.compile(r"<(h2|h3)>(.*)</\1>")
CALLOUT = re.compile(r'<aside class="callout" data-kind="([^"]*)" data-title="([^"]*)">')
GLOSSARY = re.compile(r'<dl class="glossary" data-terms="([^"]*)"></dl>')
STEP = re.compile(r'<li data-title="([^"]*)">(.*)</li>')
EXERCISE = re.compile(r'<div class="exercise" data-slug="([^"]*)">(.*)</div>')


class DemoSourceError(ValueError):
    pass


def programme_source(folder: Path = PROGRAMME_DIR) -> dict:
    """The manifest with every session's ``body`` read into (block type, value) pairs."""
    with open(folder / "programme.toml", "rb") as handle:
        manifest = tomllib.load(handle)
    for day in manifest["days"]:
        for session in day["sessions"]:
            path = folder / session["body"]
            session["body"] = session_blocks(path.read_text(encoding="utf-8"), name=str(path))
    return manifest


def _lines_until(lines: Iterator[tuple[int, str]], closing: str, *, name: str) -> list[tuple[int, str]]:
    found = []
    for number, line in lines:
        if line == closing:
            return found
        found.append((number, line))
    raise DemoSourceError(f"{name}: {closing} is missing")


def session_blocks(text: str, *, name: str = "session") -> list[tuple[str, object]]:
    """A session file as StreamField-shaped (block type, value) pairs.

    Rich text spans lines only for readability: its lines are joined with nothing between them,
    so the stored HTML is exactly the text between the block's opening and closing lines.
    """
    blocks: list[tuple[str, object]] = []
    lines = iter(enumerate(text.splitlines(), 1))
    for number, line in lines:
        if not line.strip() or line.startswith("<!--"):
            continue
        if match := HEADING.fullmatch(line):
            blocks.append(("heading", {"text": html.unescape(match[2]), "level": match[1]}))
        elif line == '<section class="paragraph">':
            blocks.append(("paragraph", "".join(text for _, text in _lines_until(lines, "</section>", name=name))))
        elif match := CALLOUT.fullmatch(line):
            body = "".join(text for _, text in _lines_until(lines, "</aside>", name=name))
            blocks.append(("callout", {"kind": html.unescape(match[1]), "title": html.unescape(match[2]),
                                       "text": body}))
        elif match := GLOSSARY.fullmatch(line):
            blocks.append(("glossary", html.unescape(match[1]).split()))
        elif line == '<ol class="steps">':
            steps = []
            for step_number, step_line in _lines_until(lines, "</ol>", name=name):
                step = STEP.fullmatch(step_line)
                if step is None:
                    raise DemoSourceError(f"{name}:{step_number}: a step must be <li data-title=\"...\">text</li>")
                steps.append({"title": html.unescape(step[1]), "text": html.unescape(step[2])})
            blocks.append(("steps", steps))
        elif match := EXERCISE.fullmatch(line):
            blocks.append(("exercise", {"slug": html.unescape(match[1]), "intro": html.unescape(match[2])}))
        else:
            raise DemoSourceError(f"{name}:{number}: not the start of a block: {line[:60]}")
    return blocks
