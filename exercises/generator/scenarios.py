"""Coherent synthetic cases: who was hurt, by whom, where, how, and what was done.

``CaseBuilder`` draws people (people.py) into one scenario (scenarios_home.py,
scenarios_away.py) chosen by difficulty, and gives a mahir case its twists.

Coherence rules (checked by tests over many seeds):
- a child victim is a pupil whose school level fits her age (or not yet at school);
- a parent is at least 15 years older than the child;
- Suami/Istri means two adults and KDRT; Orang Tua and Keluarga/Saudara mean KDRT;
- a teacher (Guru) hurts a pupil at Sekolah;
- services fit the forms: Seksual and Fisik bring Kesehatan, Seksual often Penegakan Hukum,
  TPPO brings Pemulangan;
- tanggal lahir <= tanggal kejadian <= tanggal lapor <= every service date;
- 1 to 3 victims, 0 to 3 perpetrators, one or more forms per victim.
"""

from __future__ import annotations

from .. import vocab
from . import words
from .people import PeopleBuilder
from .scenarios_away import AwayScenarios
from .scenarios_home import HomeScenarios
from .truth import UNKNOWN_NAME, Person, Relation


class CaseBuilder(PeopleBuilder, HomeScenarios, AwayScenarios):
    """Builds one case from a seeded Faker (``fake``) whose ``random`` drives every choice."""

    SCENARIOS = {
        "dasar": ("spouse", "parent", "sexual_abuse", "school", "dating", "workplace"),
        "menengah": ("parent", "sexual_abuse", "school", "group"),  # menengah is about child victims
        "mahir": ("spouse", "parent", "trafficking", "workplace", "group"),
    }

    # twists for "mahir"

    def unknown_accomplice(self) -> tuple[Person, Relation]:
        return Person(name=UNKNOWN_NAME, sex="L", age=None), Relation(code=vocab.NA, words="")

    def make_foreign(self, person: Person, countries: tuple[str, ...]) -> None:
        person.citizenship, person.country = vocab.WNA, self.rng.choice(countries)
        person.nik, person.birthplace = "", ""
        # "Sadina Kuswandari" with a Korean passport reads as a mistake: she gets a name from home.
        names = [n for n in words.FOREIGN_NAMES[person.country] if n.split()[0] not in self.used_first_names]
        person.name = self.rng.choice(names)
        self.used_first_names.add(person.name.split()[0])
        # Foreign workers and wives came with schooling; their faith is the one common at home, or unsaid.
        if person.education in ("SD", "SLTP", vocab.NA):
            person.education = self.rng.choice(("SLTA", "PT"))
        person.religion = {"Filipina": "KATOLIK", "Vietnam": "BUDDHA", "Thailand": "BUDDHA"}.get(person.country, "")

    def apply_mahir_twists(self, victims, perpetrators, relations, scenario: str = "") -> None:
        """A mahir case with no foreign victim may have a victim with a disability."""
        if all(v.citizenship == vocab.WNI for v in victims) and self.rng.random() < 0.5:
            victim = self.rng.choice(victims)
            # Recruiters sent abroad to work dawn to dusk: not someone who cannot walk.
            kinds = ("INTELEKTUAL", "SENSORIK") if scenario == "trafficking" else ("FISIK", "INTELEKTUAL", "SENSORIK")
            victim.disability = [self.rng.choice(kinds)]
            if victim.disability == ["INTELEKTUAL"] and victim.age >= 18 and victim.education in ("SLTA", "PT"):
                victim.education = "SLTP"  # schooling that fits an intellectual disability
            if victim.disability == ["INTELEKTUAL"] and victim.occupation == "PNS_TNI_POLRI":
                victim.occupation = "BEKERJA_LAINNYA"  # a civil-service post takes a test she would not sit
