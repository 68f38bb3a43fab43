"""A hospital PPT's examination findings (visum et repertum style, no graphic detail).

The findings follow the acts: a slap that bruised the cheek is found as a bruise on the cheek,
not as grazes on the elbow; a psychological state is noted only where there was psychological
or sexual harm; a sexual-violence examination is recorded in the visum for the investigator.
The patient is the subject ("Gina tampak cemas"); "Pada Gina ditemukan ..." only before a noun.
"""

from __future__ import annotations

import re

from . import words
from .prose import first

PHYSICAL = ("Pada pemeriksaan luar {v} ditemukan {f}.", "Pada tubuh {v} terdapat {f}.", "Pada {v} ditemukan {f}.",
            "Dari pemeriksaan, pada {v} tampak {f}.", "Pemeriksaan {v} menemukan {f}.")
PHYSICAL_TAIL = ("", "; tidak ada patah tulang", "; pasien sadar penuh", "; luka sudah dirawat")
MIND = ("tampak cemas, mengaku sulit tidur, dan menangis saat ditanya", "banyak diam dan tampak ketakutan",
        "menjawab dengan suara pelan dan sering menunduk", "tampak gelisah dan menghindari kontak mata",
        "mudah terkejut dan minta ditemani pendamping")
MIND_SENTENCE = ("{V} {p}.", "Saat diperiksa, {v} {p}.", "Selama wawancara, {v} {p}.", "Sepanjang pemeriksaan {v} {p}.")
VISUM = ("Pemeriksaan khusus atas {v} dilakukan oleh dokter spesialis kebidanan dengan pendamping; temuannya dicatat "
         "lengkap dalam visum et repertum untuk penyidik.",
         "Atas persetujuan {v} dan pendamping, dilakukan pemeriksaan khusus; hasilnya dituangkan dalam visum et "
         "repertum.",
         "Untuk {v} dibuatkan visum et repertum atas permintaan penyidik; rinciannya tidak dicantumkan di sini.")
NEGLECT = ("berat badan di bawah normal untuk usianya dan kebersihan badan yang kurang",
           "tanda kurang gizi; kulit dan rambutnya kurang terawat", "badan kurus dan lemah",
           "berat badan kurang dan luka lama yang tidak diobati", "kulit kering dan tanda kurang gizi")
NEGLECT_SENTENCE = ("Pada {v} ditemukan {f}.", "Pemeriksaan {v} menemukan {f}.", "Pada pemeriksaan luar {v} ditemukan {f}.")
# Neglect leaves a mark on the body only when food or care was withheld, not when money for the household was.
STARVED = re.compile(r"makan|tidak diurus")
NOTHING = ("Pada {v} tidak ditemukan luka baru; keadaan umum baik.", "{V} tidak menunjukkan luka baru.")


def findings(incident, name: str, rng, pick=None) -> str:
    """One victim's findings as sentences, each from what she went through.

    ``pick`` chooses a sentence's wording (the writer's, which avoids saying the same sentence of
    two victims in one record); the findings themselves are drawn from ``rng``."""
    pick = pick or rng.choice
    v, out = first(name), []
    forms = dict(zip(incident.forms, incident.form_words, strict=True))
    if "FISIK" in forms:
        found = words.FINDING.get(forms["FISIK"], words.NO_FINDING)
        out.append(pick(PHYSICAL).format(v=v, f=found + rng.choice(PHYSICAL_TAIL)))
    if "PENELANTARAN" in forms and STARVED.search(forms["PENELANTARAN"]):  # no body finding for unpaid upkeep
        out.append(pick(NEGLECT_SENTENCE).format(v=v, f=rng.choice(NEGLECT)))
    if "SEKSUAL" in forms:
        out.append(pick(VISUM).format(v=v))
    if {"PSIKIS", "SEKSUAL"} & set(forms):
        out.append(pick(MIND_SENTENCE).format(v=v, V=v, p=rng.choice(MIND)))
    if not out:
        out.append(pick(NOTHING).format(v=v, V=v))
    return " ".join(out)
