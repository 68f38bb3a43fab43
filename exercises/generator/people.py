"""People, places of incidents and forms of violence for one case, from a seeded Faker.

``PeopleBuilder`` holds what the scenarios share: names no one else in the case has, ages
with fitting schooling, work and marital status, and a victim's identity papers.
"""

from __future__ import annotations

import datetime as dt

from .. import derive, regions, vocab
from . import words
from .truth import FIRST_REPORT, LAST_REPORT, Person, Relation, VictimIncident, short_city


class PeopleBuilder:
    """The people of one case from a seeded Faker (``fake``) whose ``random`` drives every choice."""

    def __init__(self, fake, *, seed: int, difficulty: str, kabkota: str):
        self.fake, self.rng = fake, fake.random
        self.seed, self.difficulty, self.kabkota = seed, difficulty, kabkota
        self.city_name = regions.name(kabkota) or kabkota
        self.province = kabkota.split(".")[0]
        self.used_first_names: set[str] = set()
        self.place_words: dict[str, str] = {}
        self.school_day: dt.date | None = None

    def name(self, sex: str) -> str:
        """A name whose first word no one else in the case has: documents often use first names only."""
        for _ in range(20):
            name = self.fake.person_name(sex)
            if name.split()[0] not in self.used_first_names:
                break
        self.used_first_names.add(name.split()[0])
        return name

    @staticmethod
    def sibling_name(name: str, sex: str, other: Person) -> str:
        """``name`` for a brother or sister (or a father's child) of ``other``: a second name, where both
        have one, is shared.

        Many Indonesians have one name and most second names are personal, not a family's; but two
        siblings who both carry a second name read as one family's ("Rina Hutagalung", "Dewi
        Hutagalung"). A sister never takes "Saputra" nor a brother "Wulandari": across the sexes the
        second name is dropped instead.
        """
        mine, theirs = name.split(), other.name.split()
        if len(mine) < 2 or len(theirs) < 2:
            return name
        return " ".join([mine[0], *theirs[1:]]) if sex == other.sex else mine[0]

    def birthplace(self) -> str:
        """A kab/kota of the same province, as most people are born near where they live."""
        places = [short_city(name) for _, name in regions.children(self.province)]
        return self.rng.choice(places) if places else short_city(self.city_name)

    def dates(self):
        span = (LAST_REPORT - FIRST_REPORT).days
        lapor = FIRST_REPORT + dt.timedelta(days=self.rng.randrange(span))
        kejadian = lapor - dt.timedelta(days=self.rng.randrange(0, 46))
        return lapor, kejadian

    def person(self, *, sex: str, age: int, on: dt.date, home: str | None = None, victim: bool = False) -> Person:
        fake, rng = self.fake, self.rng
        birth = on - dt.timedelta(days=365 * age + rng.randrange(0, 360))
        age = derive.age_on(birth, on)
        region = home or fake.kelurahan(self.kabkota)
        person = Person(name=self.name(sex), sex=sex, age=age, birth_date=birth, region=region,
                        street=fake.home_street())
        if age < 18:
            person.education, person.grade = fake.school_level(age)
            person.occupation = "PELAJAR" if age >= 7 else vocab.NA
            person.marital = "BELUM_KAWIN"
        else:
            married = age >= 22 and rng.random() < 0.7
            person.marital = "KAWIN" if married else rng.choice(("BELUM_KAWIN", "CERAI_HIDUP"))
            person.education = fake.adult_education()
            person.occupation = fake.adult_occupation(sex, married)
        if victim:
            district = ".".join(region.split(".")[:3])
            if rng.random() < 0.15 and age >= 17:
                # Moved here from elsewhere in the province: the NIK keeps where it was issued.
                district = fake.random_element([c for k, _ in regions.children(self.kabkota[:2])
                                                for c, _ in regions.children(k)[:2]])
            if age >= 18 and rng.random() < 0.3:
                person.education = vocab.NA  # the document does not say
            if age >= 17 or rng.random() < 0.6:
                person.nik = fake.simfoni_nik(district=district, birth_date=birth, sex=sex)
            if rng.random() < 0.6:
                person.birthplace = self.birthplace()
            if rng.random() < 0.5:
                person.religion = fake.religion()
            if self.difficulty == "mahir" or rng.random() < 0.35:
                person.birth_date = birth if rng.random() < 0.7 else None
            if person.birth_date is None:
                person.birthplace = ""  # a document that gives only the age rarely names the birthplace
        return person

    def relation(self, code: str, perpetrator: Person, *, pick_first: bool = False) -> Relation:
        return Relation(code=code, words="")

    def incident(self, place: str, forms: list[str], kdrt: bool, relation: str = "") -> VictimIncident:
        rng = self.rng
        # Victims hurt at the same kind of place in one case were hurt at the same place.
        away = {"TETANGGA": words.NEIGHBOUR_HOME, "PACAR_TEMAN": words.PARTNER_HOME, "KELUARGA": words.RELATIVE_HOME}
        options = away.get(relation, words.PLACES[place]) if place == "RUMAH_TANGGA" else words.PLACES[place]
        place_words = self.place_words.setdefault(place, rng.choice(options))
        acts: list[str] = []
        for form in sorted(forms):
            found = words.acts(form, relation, at_home=place == "RUMAH_TANGGA")
            # "dipukuli beramai-ramai serta diejek … beramai-ramai": a crowd is said once a sentence.
            if any("beramai-ramai" in act for act in acts):
                found = tuple(act for act in found if "beramai-ramai" not in act) or found
            acts.append(rng.choice(found))
        return VictimIncident(place=place, place_words=place_words, forms=sorted(forms), form_words=acts, kdrt=kdrt)

    def pick_forms(self, pool: tuple[str, ...], *, at_least: int = 1) -> list[str]:
        most = 1 if self.difficulty == "dasar" else min(len(pool), 3)
        count = self.rng.randint(max(1, at_least if self.difficulty != "dasar" else 1), max(most, 1))
        return self.rng.sample(pool, min(count, len(pool)))
