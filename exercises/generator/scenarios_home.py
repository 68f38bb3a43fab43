"""Scenarios close to home: a husband, a parent, or a neighbour or relative who abuses a girl.

Each scenario returns (victims, perpetrators, relations, incidents) for ``CaseBuilder``.
"""

from __future__ import annotations


class HomeScenarios:
    def spouse(self, on):
        wife_age = self.rng.randint(25 if self.difficulty == "mahir" else 23, 50)  # mahir: a mother of 19 or more
        wife = self.person(sex="P", age=wife_age, on=on, victim=True)
        wife.marital = "KAWIN"
        husband = self.person(sex="L", age=wife_age + self.rng.randint(0, 10), on=on, home=wife.region)
        husband.marital, husband.street = "KAWIN", wife.street
        victims, relations = [wife], [[self.relation("SUAMI_ISTRI", husband)]]
        incidents = [self.incident("RUMAH_TANGGA", self.pick_forms(("FISIK", "PSIKIS", "PENELANTARAN"), at_least=2),
                                   True, "SUAMI_ISTRI")]
        if self.difficulty == "mahir":
            if self.rng.random() < 0.25:
                self.make_foreign(wife, ("Filipina", "Vietnam", "Thailand"))
            child = self.person(sex=self.rng.choice("LP"), age=self.rng.randint(6, min(15, wife_age - 19)), on=on,
                                home=wife.region, victim=True)
            child.street = wife.street
            child.name = self.sibling_name(child.name, child.sex, husband)  # the father's second name, if any
            victims.append(child)
            relations[0].append(self.relation("ORANG_TUA", husband))
            incidents.append(self.incident("RUMAH_TANGGA", self.pick_forms(("FISIK", "PSIKIS")), True, "ORANG_TUA"))
        return victims, [husband], relations, incidents

    def parent(self, on):
        count = 2 if self.difficulty == "mahir" else 1
        ages = sorted((self.rng.randint(4, 16) for _ in range(count)), reverse=True)
        parent_sex = self.rng.choice("LLP")
        parent = self.person(sex=parent_sex, age=ages[0] + self.rng.randint(20, 32), on=on)
        victims, relations, incidents = [], [[]], []
        for age in ages:
            child = self.person(sex=self.rng.choice("LPP"), age=age, on=on, home=parent.region, victim=True)
            child.street = parent.street
            if victims:
                child.name = self.sibling_name(child.name, child.sex, victims[0])
            elif parent.sex == "L":
                child.name = self.sibling_name(child.name, child.sex, parent)  # a father's second name, if any
            victims.append(child)
            relations[0].append(self.relation("ORANG_TUA", parent))
            incidents.append(self.incident("RUMAH_TANGGA", self.pick_forms(("FISIK", "PSIKIS", "PENELANTARAN")),
                                           True, "ORANG_TUA"))
        return victims, [parent], relations, incidents

    def sexual_abuse(self, on):
        code = self.rng.choice(("TETANGGA", "KELUARGA", "TETANGGA"))
        girl = self.person(sex="P", age=self.rng.randint(6, 16), on=on, victim=True)
        perpetrators = [self.person(sex="L", age=self.rng.randint(22, 60), on=on, home=girl.region)]
        relations = [[self.relation(code, perpetrators[0])]]
        forms = ["SEKSUAL"] + (["PSIKIS"] if self.difficulty != "dasar" else [])
        place = "RUMAH_TANGGA" if code == "KELUARGA" or self.rng.random() < 0.6 else "FASILITAS_UMUM"
        return [girl], perpetrators, relations, [self.incident(place, forms, code == "KELUARGA", code)]
