"""Codes tested for by name live in vocab.py (and the default region in settings), never as literals elsewhere."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LITERALS = re.compile(r"""(["'])(LAINNYA|NA|36\.72)\1""")
# vocab.py defines them; settings hold the default region; the generator's prose modules are
# rewritten separately and will use vocab's names.
EXCLUDED = {
    "exercises/vocab.py", "exercises/generator/documents.py", "exercises/generator/phrasing.py",
    "exercises/generator/scenarios.py",
}
EXCLUDED_DIRS = ("tests/", "training_site/settings/", ".venv/", "var/", "node_modules/")


def sources():
    for path in sorted(ROOT.rglob("*")):
        relative = path.relative_to(ROOT).as_posix()
        if path.suffix not in (".py", ".html") or relative in EXCLUDED or relative.startswith(EXCLUDED_DIRS):
            continue
        if "/migrations/" in relative:
            continue
        yield relative, path.read_text(encoding="utf-8")


def test_no_code_literals_outside_vocab_and_settings():
    found = [f"{relative}:{text[:match.start()].count(chr(10)) + 1}: {match.group(0)}"
             for relative, text in sources() for match in LITERALS.finditer(text)]
    assert found == []


def test_the_grep_sees_a_literal_when_there_is_one():
    assert LITERALS.search('if value == "LAINNYA":') and LITERALS.search("region = '36.72'")
    assert not LITERALS.search('vocab.NA') and not LITERALS.search('"36.72.01"') and not LITERALS.search('"NAMA"')
    assert any(relative == "exercises/scoring.py" for relative, _ in sources())


def test_model_choices_and_the_generator_read_the_same_codes():
    from exercises import vocab
    from exercises.generator import DIFFICULTIES, DOCUMENT_KINDS
    from exercises.models import Difficulty, DocumentKind

    assert tuple(Difficulty.values) == vocab.DIFFICULTIES == tuple(DIFFICULTIES)
    assert tuple(DocumentKind.values) == (*vocab.DOCUMENT_KINDS, vocab.DOCUMENT_OTHER)
    assert set(DOCUMENT_KINDS) == set(vocab.DOCUMENT_KINDS)
