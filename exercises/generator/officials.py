"""Who signs a referral and how: a doctor as "dr." (a specialist with his or her title), a police
officer with a rank and a role, a bidan with her diploma. Never "Bapak"/"Ibu" on a signature line.

A hospital's summary gives no private number for its doctor; a bidan or an investigator leaves an HP.
"""

from __future__ import annotations

from dataclasses import dataclass

# (rank, role): a penyidik is an officer (perwira), a penyidik pembantu a non-commissioned one (bintara).
POLICE = (("Ipda", "Penyidik Unit PPA"), ("Iptu", "Penyidik Unit PPA"), ("Bripka", "Penyidik Pembantu"),
          ("Aipda", "Penyidik Pembantu"), ("Aiptu", "Penyidik Pembantu"), ("Brigpol", "Penyidik Pembantu"))


@dataclass(frozen=True)
class Signer:
    body: str  # how the letter's first sentence names the one who handled the case: "penyidik kami"
    role: str  # the line above the name
    title: str  # "dr. {n}, Sp.OG", "Bripka {n}": {n} is the name
    number: str = ""  # "NRP 85061234" for an officer


def signer(case, rng) -> Signer:
    institution = case.referrer["institution"]
    sex = case.reporter.sex
    if institution == "polres":
        rank, role = rng.choice(POLICE)
        return Signer("penyidik" if role.startswith("Penyidik Unit") else "penyidik pembantu", role, rank + " {n}",
                      f"NRP {rng.randint(75, 99)}{rng.randint(10, 12):02d}{rng.randint(1000, 9999)}")
    if institution == "puskesmas" and sex == "P":
        return Signer("bidan", "Bidan Puskesmas", "{n}, A.Md.Keb.")
    if institution == "puskesmas":
        return Signer("dokter", "Dokter Puskesmas", "dr. {n}")
    if case.kind == "ringkasan_ppt":
        return examiner(case, rng)
    return Signer("dokter PPT", "Dokter PPT", "dr. {n}")


def examiner(case, rng) -> Signer:
    """The doctor who examined: a sexual-violence examination is an obstetrician's, a child's often a paediatrician's."""
    forms = {form for incident in case.incidents for form in incident.forms}
    if "SEKSUAL" in forms:
        return Signer(rng.choice(("dokter spesialis kebidanan", "dokter PPT", "tim PPT")), "Dokter pemeriksa,",
                      "dr. {n}, Sp.OG")
    if any(v.age < 18 for v in case.victims) and rng.random() < 0.5:
        return Signer(rng.choice(("dokter spesialis anak", "tim PPT")), "Dokter pemeriksa,", "dr. {n}, Sp.A")
    return Signer(rng.choice(("dokter jaga IGD", "dokter PPT", "tim PPT")), "Dokter pemeriksa,", "dr. {n}")
