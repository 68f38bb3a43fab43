"""Synthetic SIMFONI practice cases: an answer key and an Indonesian source document from one seed.

``generate_case(seed=..., difficulty=...)`` is deterministic for a given seed and
``GENERATOR_VERSION`` (and the pinned Faker): the same seed gives the same key and the
same document, byte for byte. A stored case keeps its seed, version, key and document,
so a later generator never rewrites history.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from faker import Faker

from .. import regions
from .assemble import build_case
from .documents import Document, render
from .keys import answer_key
from .provider import SimfoniProvider
from .truth import DIFFICULTIES, DOCUMENT_KINDS, CaseTruth

GENERATOR_VERSION = "3"

__all__ = ["DIFFICULTIES", "DOCUMENT_KINDS", "GENERATOR_VERSION", "GeneratedCase", "generate_case", "iter_cases"]


@dataclass(frozen=True)
class GeneratedCase:
    seed: int
    difficulty: str
    kabkota: str
    version: str
    key: dict
    document: Document
    truth: CaseTruth

    @property
    def evidence(self) -> dict:
        """Key value -> spans of the document text that state it (see ``text.ev`` for the key format)."""
        return self.document.evidence

    @property
    def title(self) -> str:
        victim = self.truth.victims[0].name
        more = f" dkk. ({len(self.truth.victims)} korban)" if len(self.truth.victims) > 1 else ""
        return f"{self.document.title}: {victim}{more}"


_FAKERS: dict[str, Faker] = {}


def _faker() -> Faker:
    # One Faker per process, reseeded per case: building a Faker costs far more than a case.
    fake = _FAKERS.get("id_ID")
    if fake is None:
        fake = Faker("id_ID")
        fake.add_provider(SimfoniProvider)
        _FAKERS["id_ID"] = fake
    return fake


def check_kabkota(kabkota: str) -> str:
    if not (regions.is_valid(kabkota) and regions.level(kabkota) == 2):
        raise ValueError(f"unknown kab/kota code: {kabkota}")
    return kabkota


def generate_case(*, seed: int, difficulty: str, kabkota: str | None = None) -> GeneratedCase:
    if difficulty not in DIFFICULTIES:
        raise ValueError(f"unknown difficulty: {difficulty}")
    kabkota = check_kabkota(kabkota or settings.SIMFONI_DEFAULT_REGION)
    fake = _faker()
    fake.seed_instance(f"{GENERATOR_VERSION}:{difficulty}:{kabkota}:{seed}")
    truth = build_case(fake, seed=seed, difficulty=difficulty, kabkota=kabkota)
    document = render(truth, fake.random)
    return GeneratedCase(seed=seed, difficulty=difficulty, kabkota=kabkota, version=GENERATOR_VERSION,
                         key=answer_key(truth, narrative=document.narrative), document=document, truth=truth)


def iter_cases(*, count: int, seed: int, difficulty: str, kabkota: str | None = None) -> Iterator[GeneratedCase]:
    """Cases for seeds seed, seed+1, ... one at a time, so memory stays flat however many."""
    for offset in range(count):
        yield generate_case(seed=seed + offset, difficulty=difficulty, kabkota=kabkota)
