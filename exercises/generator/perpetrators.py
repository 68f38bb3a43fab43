"""Who did it: the perpetrators' sentences and their relationship to each victim.

A later perpetrator is introduced as another who took part; a relation names its victim and
is said once for all the victims it fits; a victim telling her own story says it plainly.
"""

from __future__ import annotations

import functools

from .. import vocab
from . import words
from .scenarios import UNKNOWN_NAME, Person
from .text import perp_key, relation_key, slot, victim_key
from .words import list_words


def victim_age(person: Person) -> int:
    return person.age if person.age is not None else 99


def first(name: str) -> str:
    return name.split()[0]


SPOKEN_PERPETRATOR = ("Pelakunya {n}, {r}", "Yang melakukan {n}, {r}", "Orangnya {n}, {r}", "Namanya {n}, {r}",
                      "Itu {n}, {r}", "Dia itu {n}, {r}")
WRITTEN_PERPETRATOR = ("Pelakunya {n}, {r}", "Yang melakukan adalah {n}, {r}", "Terlapor bernama {n}, {r}",
                       "Perbuatan itu dilakukan oleh {n}, {r}", "Orang yang dilaporkan ialah {n}, {r}",
                       "Terlapor, {n}, adalah {r}", "Menurut keterangan yang kami terima, pelakunya {n}, {r}")


class PerpetratorProse:
    """Mixed into ``Prose``: needs its ``case``, ``rng``, ``doc``, ``level``, ``pick`` and ``address``."""

    def relation_template(self, p_index: int, v_index: int, *, speaker_is_victim: bool = False) -> tuple[str, int]:
        """(template with {v} and {years}, years): one way per pair, so an "ibu tiri" never turns "ibu kandung".

        ``speaker_is_victim``: her own words are plain ("suami saya"), never "laki-laki yang dinikahinya"."""
        person = self.case.perpetrators[p_index]
        relation = self.case.relations[p_index][v_index]
        if relation.code == vocab.LAINNYA:
            return relation.words, 0
        plain = words.RELATION_GROUP if self.case.scenario == "group" else words.RELATION[(relation.code, person.sex)]
        chosen = self._relations.get((p_index, v_index))
        if chosen is not None and (not speaker_is_victim or chosen[0] in plain):
            return chosen
        # A parent of two children is mostly said the same way of both: "ayah tiri Gina dan Shania".
        same = [self._relations[(p_index, v)] for v in range(v_index)
                if (p_index, v) in self._relations and self.case.relations[p_index][v].code == relation.code]
        if same and self.rng.random() < 0.6 and (not speaker_is_victim or same[0][0] in plain):
            chosen = same[0]
        else:
            options = plain
            if victim_age(self.case.victims[v_index]) >= 18 and self.case.scenario != "group":
                options = [o for o in plain if "kelas" not in o]  # an adult's boyfriend is no "kakak kelas"
            implied = words.RELATION_IMPLIED.get((relation.code, person.sex))
            if self.case.scenario == "spouse" and relation.code == "ORANG_TUA":
                implied = None  # her child's father is not "suami ibu Sakura" when the mother is named beside
            if self.level == "mahir" and implied and not speaker_is_victim and self.rng.random() < 0.5:
                options = implied
            template = self.pick(options)
            # Married "15 tahun lalu" only if both were adults then.
            most = max(1, min(victim_age(self.case.victims[v_index]), victim_age(person)) - 19)
            chosen = (template, self.rng.randint(min(3, most), min(15, most)) if "{years}" in template else 0)
        self._relations[(p_index, v_index)] = chosen
        return chosen

    def relation_words(self, p_index: int, v_index: int, *, speaker_is_victim: bool = False) -> str:
        template, years = self.relation_template(p_index, v_index, speaker_is_victim=speaker_is_victim)
        victim = "saya" if speaker_is_victim else first(self.case.victims[v_index].name)
        return template.format(v=victim, years=years)

    def perpetrator(self, index: int, *, speaker_is_victim: bool = False, spoken: bool = False) -> None:
        """Who did it; ``spoken``: as a caller says it, in the first person when she is the victim."""
        doc, case, person = self.doc, self.case, self.case.perpetrators[index]
        k = functools.partial(perp_key, index)
        if person.name == UNKNOWN_NAME:
            victims = [v for v, _ in enumerate(case.victims)]
            knew = "saya" if speaker_is_victim else list_words(first(v.name) for v in case.victims)
            doc.say(self.pick(("Ada satu orang lagi, {x}, yang tidak dikenal {k}; {n}.",
                               "Seorang {x} lain ikut terlibat, tetapi {n}.")), k=knew,
                    x=slot("laki-laki" if person.sex == "L" else "perempuan", k("jenis_kelamin")),
                    n=slot("namanya tidak diketahui", k("nama"), *(relation_key(index, v) for v in victims)))
            return
        adult = person.age is None or person.age >= 18
        titled = person.age is None or person.age >= 30  # "Pak"/"Bu" for an older adult, not a young man
        title = ("Pak" if person.sex == "L" else "Bu") if titled else ""
        name = slot(f"{title} {person.name}".strip(), k("nama"), *([k("jenis_kelamin")] if titled else []))
        # One phrase per way of saying it: "pemilik usaha tempat Violet dan Ellis bekerja", not the phrase twice.
        grouped: dict[tuple[str, int], tuple[list[int], list[str]]] = {}
        for v_index, relation in enumerate(case.relations[index]):
            keys = [relation_key(index, v_index)]
            if relation.code == vocab.LAINNYA:
                keys.append(relation_key(index, v_index, "hubungan_lainnya"))
            if relation.code in ("ORANG_TUA", "SUAMI_ISTRI", "KELUARGA"):
                keys.append(k("jenis_kelamin"))
            # A victim telling her own story says plainly "ayah tiri Adikara", as she says "suami saya".
            chosen = self.relation_template(index, v_index, speaker_is_victim=speaker_is_victim)
            victims_, keys_ = grouped.setdefault(chosen, ([], []))
            victims_.append(v_index)
            keys_.extend(keys)
        relation_parts = []
        for (template_, years), (v_indexes, keys) in grouped.items():
            whom = list_words("saya" if speaker_is_victim and not v else first(case.victims[v].name) for v in v_indexes)
            relation_parts.append(slot(template_.format(v=whom, years=years), *keys))
        # Three schoolmates are not all "Luthfi itu bareng ...": each later one is told another way.
        template = self.pick([t for t in self._introductions(index, spoken) if t not in self._told] or
                             self._introductions(index, spoken))
        self._told.add(template)
        rel_template = " dan ".join(f"{{r{i}}}" for i in range(len(relation_parts)))
        slots = {f"r{i}": part for i, part in enumerate(relation_parts)}
        doc.say(template.replace("{r}", rel_template), n=name, **slots)
        if not adult:
            doc.say(", {x}", x=slot("anak laki-laki" if person.sex == "L" else "anak perempuan", k("jenis_kelamin")))
        elif not titled:
            doc.say(", {x}", x=slot("laki-laki" if person.sex == "L" else "perempuan", k("jenis_kelamin")))
        if person.age is not None:
            doc.say(self.pick((", umurnya sekitar {a} tahun", " ({a} tahun)", ", usia kira-kira {a} tahun")),
                    a=slot(str(person.age), k("usia")))
        doc.write(".")
        if person.occupation:
            teacher = any(r.code == "GURU" for r in case.relations[index])
            jobs = words.TEACHER_JOB.get(person.occupation) if teacher else None
            if jobs:
                doc.say(" " + self.pick(("Dia {j}.", "Setahu saya dia {j}.") if spoken else (
                    "Ia {j}.", "Statusnya {j}.", f"{first(person.name)} adalah {{j}}.")),
                        j=slot(self.pick(jobs), k("pekerjaan")))
            else:
                doc.say(" " + self.pick(("Dia {j}.", "Setahu saya dia {j}.", "Sehari-hari dia {j}.") if spoken else (
                    "Sehari-hari ia {j}.", "Ia {j}.", "Setahu kami, ia {j}." if case.referrer else "Setahu pelapor, ia {j}." if case.reporter else
                    f"Menurut {first(case.victims[0].name)}, ia {{j}}.",
                    f"{first(person.name)} {{j}}.")),
                        j=slot(self.pick(words.OCCUPATION[person.occupation]), k("pekerjaan")))
        if person.region:
            victim = case.victims[0]
            if person.street and person.street == victim.street:
                whom = "saya" if speaker_is_victim else first(victim.name) if spoken or len(case.victims) > 1 else "korban"
                doc.say(" " + self.pick(("Dia {s}.", "Sampai sekarang dia {s}.", "Dia masih {s}.") if spoken else (
                    "Ia {s}.", "Sampai sekarang ia {s}.", "Ia masih {s}.", "{n} {s}.")),
                        n=first(person.name), s=slot(self.pick((f"tinggal serumah dengan {whom}", f"serumah dengan {whom}",
                                                                f"satu rumah dengan {whom}")), k("alamat"), k("wilayah")))
                self._mark_same_address(index)
            else:
                doc.write(" " + self.pick(("Dia tinggal di ", "Rumahnya di ", "Rumah dia di ") if spoken else (
                    "Ia tinggal di ", "Rumahnya di ", f"{first(person.name)} tinggal di ", "Alamat terlapor ",
                    "Terlapor beralamat di ")))
                self.address(person.street, person.region, (k("alamat"),), (k("wilayah"),))
                doc.write(".")

    def _introductions(self, index: int, spoken: bool) -> tuple[str, ...]:
        """The first perpetrator is introduced as the one who did it; each later one as another who took part."""
        if index == 0:
            return SPOKEN_PERPETRATOR if spoken else WRITTEN_PERPETRATOR
        lead = first(self.case.perpetrators[0].name)
        if spoken:
            return ("Satu lagi {n}, {r}", "Ada lagi, {n}, {r}", "Terus ada {n}, {r}", "Yang satunya {n}, {r}",
                    f"{lead} itu bareng {{n}}, {{r}}", "Sama {n} juga, {r}")
        return ("Pelaku lainnya, {n}, adalah {r}", f"{lead} melakukannya bersama {{n}}, {{r}}",
                "Ikut terlibat pula {n}, {r}", f"Selain {lead}, pelakunya juga {{n}}, {{r}}",
                "Pelaku berikutnya ialah {n}, {r}", "Yang juga ikut melakukan adalah {n}, {r}")

    def _mark_same_address(self, index: int) -> None:
        # "serumah dengan korban": the victim's address sentence is the evidence too.
        for key in ("alamat", "wilayah"):
            for start, end in self.doc.spans.get(victim_key(0, key), []):
                self.doc.mark(perp_key(index, key), start, end)
