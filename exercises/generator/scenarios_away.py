"""Scenarios away from home: at school, with a boyfriend, at work, a group of schoolmates, trafficking.

Each scenario returns (victims, perpetrators, relations, incidents) for ``CaseBuilder``.
"""

from __future__ import annotations

from .. import vocab
from . import calendar, words
from .truth import Relation


class AwayScenarios:
    def school(self, on):
        on = calendar.previous_school_day(on)  # school is shut on Sundays, holidays and in the long breaks
        self.school_day = on
        pupil = self.person(sex=self.rng.choice("LPP"), age=self.rng.randint(7, 17), on=on, victim=True)
        teacher = self.person(sex=self.rng.choice("LLP"), age=self.rng.randint(26, 55), on=on)
        teacher.occupation = "PNS_TNI_POLRI" if self.rng.random() < 0.5 else "SWASTA_BURUH"
        pool = ("FISIK", "PSIKIS", "SEKSUAL") if pupil.sex == "P" and teacher.sex == "L" else ("FISIK", "PSIKIS")
        forms = self.pick_forms(pool)
        return [pupil], [teacher], [[self.relation("GURU", teacher)]], [self.incident("SEKOLAH", forms, False, "GURU")]

    def dating(self, on):
        victim = self.person(sex="P", age=self.rng.randint(16, 24), on=on, victim=True)
        victim.marital = "BELUM_KAWIN"
        if victim.occupation == "IRT":
            victim.occupation = "SWASTA_BURUH"
        partner = self.person(sex="L", age=victim.age + self.rng.randint(0, 5), on=on)
        forms = self.pick_forms(("FISIK", "PSIKIS", "SEKSUAL"))
        place = self.rng.choice(("FASILITAS_UMUM", "RUMAH_TANGGA"))
        return ([victim], [partner], [[self.relation("PACAR_TEMAN", partner)]],
                [self.incident(place, forms, False, "PACAR_TEMAN")])

    def workplace(self, on):
        count = 2 if self.difficulty == "mahir" else 1
        code = self.rng.choice(("MAJIKAN", "REKAN_KERJA"))
        boss = self.person(sex="L", age=self.rng.randint(28, 60), on=on)
        boss.occupation = "PEDAGANG_TANI_NELAYAN" if code == "MAJIKAN" else "SWASTA_BURUH"
        pool = ("PSIKIS", "SEKSUAL", "EKSPLOITASI") if code == "MAJIKAN" else ("PSIKIS", "SEKSUAL")
        victims, relations, incidents = [], [[]], []
        for _ in range(count):
            worker = self.person(sex="P", age=self.rng.randint(19, 45), on=on, victim=True)
            worker.occupation = "SWASTA_BURUH"
            victims.append(worker)
            relations[0].append(self.relation(code, boss))
            incidents.append(self.incident("TEMPAT_KERJA", self.pick_forms(pool), False, code))
        if self.difficulty == "mahir" and code == "REKAN_KERJA" and self.rng.random() < 0.4:
            # An industrial estate employs foreign workers: a plausible WNA victim.
            self.make_foreign(victims[0], ("Filipina", "Vietnam", "Tiongkok", "Korea Selatan"))
        return victims, [boss], relations, incidents

    def group(self, on):
        """A pupil beaten and mocked by schoolmates after school: group violence, where an unknown joiner is plausible."""
        pupil = self.person(sex=self.rng.choice("LLP"), age=self.rng.randint(12, 17), on=on, victim=True)
        count = self.rng.randint(2, 3)
        perpetrators, relations = [], []
        for _ in range(count):
            # Schoolmates are at the pupil's school: a pupil in SD has no 14-year-old "teman sekolah".
            top = {"SD": 12, "SLTP": 15}.get(pupil.education, 17)
            mate = self.person(sex="L", age=min(top, pupil.age + self.rng.randint(0, 2)), on=on)
            perpetrators.append(mate)
            relations.append([self.relation("PACAR_TEMAN", mate)])
        if self.difficulty == "mahir" and count == 2 and self.rng.random() < 0.6:
            person, relation = self.unknown_accomplice()
            perpetrators.append(person)
            relations.append([relation])
        forms = ["FISIK"] + (["PSIKIS"] if self.rng.random() < 0.6 else [])
        return [pupil], perpetrators, relations, [self.incident("FASILITAS_UMUM", forms, False, "KELOMPOK")]

    def trafficking(self, on):
        count = 2 if self.difficulty == "mahir" and self.rng.random() < 0.5 else 1
        recruiter = self.person(sex=self.rng.choice("LP"), age=self.rng.randint(30, 55), on=on)
        recruiter.occupation = self.rng.choice(("PEDAGANG_TANI_NELAYAN", "BEKERJA_LAINNYA"))  # not a civil servant
        detail = self.rng.choice(words.RECRUITER)
        victims, incidents = [], []
        for _ in range(count):
            worker = self.person(sex="P", age=self.rng.randint(19, 30), on=on, victim=True)
            worker.occupation = self.rng.choice(("TIDAK_BEKERJA", "BEKERJA_LAINNYA", "SWASTA_BURUH"))
            victims.append(worker)
            incidents.append(self.incident("TEMPAT_KERJA", ["TPPO", "EKSPLOITASI"], False))
        perpetrators = [recruiter]
        relations = [[Relation(code=vocab.LAINNYA, words=detail, detail=detail.capitalize()) for _ in victims]]
        if self.difficulty == "mahir" and (count == 1 or self.rng.random() < 0.5):
            person, relation = self.unknown_accomplice()  # the agent abroad: a network has one
            perpetrators.append(person)
            relations.append([relation for _ in victims])
        return victims, perpetrators, relations, incidents
