"""The demo bank shipped in fixtures/case_bank.json: which seeds, which exercises.

``manage.py build_demo_bank`` writes the file from this plan; ``seed_demo`` imports it.
The file is a snapshot, so a later generator version never changes the shipped cases.
"""

from __future__ import annotations

from . import generator, vocab
from .casebank import BANK_FORMAT, BANK_VERSION, CASE_FIELDS, case_values

PLAN = {"dasar": 24, "menengah": 20, "mahir": 16}  # seeds 1..N of each level: 60 cases
EXERCISES = (
    # slug, title, description, difficulty, pass mark, minutes, mode, cases as (level, seed)
    ("latihan-dasar", "Latihan Dasar: satu korban, satu pelaku",
     "Kasus dengan fakta yang dinyatakan jelas: satu korban dan satu pelaku. Cocok untuk latihan pertama.",
     "dasar", 80, None, "practice", [("dasar", s) for s in range(1, 11)]),
    ("latihan-menengah", "Latihan Menengah: korban anak dan layanan",
     "Korban anak, beberapa bentuk kekerasan, dan layanan yang diberikan.",
     "menengah", 80, None, "practice", [("menengah", s) for s in range(1, 11)]),
    ("latihan-mahir", "Latihan Mahir: banyak pihak dan fakta tersirat",
     "Dua korban atau pelaku atau lebih, fakta yang tersirat, detail pengecoh, WNA atau penyandang disabilitas.",
     "mahir", 75, 30, "practice", [("mahir", s) for s in range(1, 9)]),
    ("pre-test", "Pre-test Hari 2", "Satu kali percobaan per kasus. Nilai dan umpan balik dibuka oleh fasilitator.",
     "menengah", 70, 20, "assessed", [("dasar", 21), ("menengah", 11), ("mahir", 9)]),
    ("post-test", "Post-test Hari 2", "Satu kali percobaan per kasus. Nilai dan umpan balik dibuka oleh fasilitator.",
     "menengah", 70, 20, "assessed", [("dasar", 22), ("menengah", 12), ("mahir", 10)]),
)


def demo_bank() -> dict:
    """The demo bank file's content, built from the plan (no database needed)."""
    cases, index = [], {}
    for level, count in PLAN.items():
        for seed in range(1, count + 1):
            index[(level, seed)] = len(cases)
            values = case_values(generator.generate_case(seed=seed, difficulty=level))
            cases.append({field: values[field] for field in CASE_FIELDS})
    exercises = [
        {"slug": slug, "title": title, "description": description, "difficulty": level, "pass_mark": mark,
         "time_limit_minutes": minutes, "mode": mode, "is_published": True, "cases": [index[c] for c in chosen]}
        for slug, title, description, level, mark, minutes, mode, chosen in EXERCISES
    ]
    return {"format": BANK_FORMAT, "version": BANK_VERSION, "vocab_version": vocab.VERSION,
            "cases": cases, "exercises": exercises}
