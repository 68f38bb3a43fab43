"""The sentences every document kind shares: who the people are, what happened, what was done.

Each sentence is written through ``Doc.say`` so every fact it states is recorded as
evidence for its key value. Several shapes exist for each sentence, so no shape dominates
a set of documents; *dasar* states facts plainly, *menengah* and *mahir* leave some to infer.
"""

from __future__ import annotations

import functools

import datetime as dt

from .. import regions, vocab
from . import words
from .phrasing import MONTHS, date_figures
from .truth import UNKNOWN_NAME, CaseTruth, Person
from .words import list_words
from .text import (
    Doc,
    perp_key,
    relation_key,
    slot,
    victim_key,
)


def day_words(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def village_word(code: str) -> str:
    """Kemendagri's fourth segment: 1xxx is a kelurahan, 2xxx a desa (3xxx a desa adat)."""
    return "Kelurahan" if code.split(".")[-1].startswith("1") else "Desa"


def victim_age(person: Person) -> int:
    return person.age if person.age is not None else 99


def first(name: str) -> str:
    return name.split()[0]


SPOKEN_BY_VICTIM = (("dinikahinya", "saya nikahi"), ("dipanggilnya", "saya panggil"), ("ibunya", "ibu saya"),
                    ("ayahnya", "ayah saya"))
SPOKEN_PERPETRATOR = ("Pelakunya {n}, {r}", "Yang melakukan {n}, {r}", "Orangnya {n}, {r}", "Namanya {n}, {r}",
                      "Itu {n}, {r}", "Dia itu {n}, {r}")
WRITTEN_PERPETRATOR = ("Pelakunya {n}, {r}", "Yang melakukan adalah {n}, {r}", "Terlapor bernama {n}, {r}",
                       "Perbuatan itu dilakukan oleh {n}, {r}", "Orang yang dilaporkan ialah {n}, {r}",
                       "Terlapor, {n}, adalah {r}", "Menurut keterangan yang kami terima, pelakunya {n}, {r}")
# A second victim is told with other words than the first, as a writer would.
NIK_AGAIN = ("Untuk {v}, NIK-nya {nik}.", "NIK milik {v} adalah {nik}.", "{v} ber-NIK {nik}.",
             "Adapun NIK {v} adalah {nik}.", "Data KK mencatat NIK {v} {nik}.", "Nomor NIK {v}: {nik}.")
SAME_HOME = ("{v} tinggal serumah dengan {w}.", "Alamat {v} sama dengan {w}.", "{v} juga tinggal di rumah itu.",
             "Rumah {v} sama dengan rumah {w}.", "{v} tinggal bersama {w} di alamat yang sama.",
             "Seperti {w}, {v} tinggal di rumah tersebut.")
ADDRESS_AGAIN = ("Adapun {v} tinggal di ", "Sementara itu {v} beralamat di ", "{v} sendiri tinggal di ",
                 "Alamat {v}: ", "Untuk {v}, alamatnya ", "{v} menyewa kamar di ")


class Prose:
    def __init__(self, case: CaseTruth, rng, doc: Doc):
        self.case, self.rng, self.doc = case, rng, doc
        self.level = case.difficulty
        self.city = regions.name(case.kabkota) or case.kabkota
        self._relations: dict[tuple[int, int], tuple[str, int]] = {}
        self._said: set[str] = set()
        self.speaker_is_mother = False  # a wife who calls about herself and her child (set by the conversation)
        self._told: set[str] = set()  # the perpetrator introductions used so far

    def pick(self, options):
        """One of the options, not one this document has used already while others are left:
        a writer does not say "Ada. ..., eh bentar, iya betul." of both victims."""
        fresh = [option for option in options if option not in self._said]
        choice = self.rng.choice(fresh or options)
        self._said.add(choice)
        return choice

    def date(self, day: dt.date, *keys: str):
        text = day_words(day) if self.level == "dasar" or self.rng.random() < 0.6 else date_figures(
            day, self.rng.choice("-/."))
        return slot(text, *keys)

    # places

    def area(self, region: str) -> str:
        names = {regions.level(code): regions.name(code) for code in regions.ancestry(region)}
        parts = []
        if 4 in names:
            parts.append(f"{village_word(region)} {names[4]}")
        if 3 in names:
            parts.append(f"Kecamatan {names[3]}")
        parts.append(names.get(2, self.city))
        return ", ".join(parts)

    def address(self, street: str, region: str, street_keys=(), region_keys=()):
        """Writes "Jl. ... RT 01/RW 02, Desa X, Kecamatan Y, Kabupaten Z" with each part's evidence."""
        if street and region:
            self.doc.say("{s}, {r}", s=slot(street, *street_keys), r=slot(self.area(region), *region_keys))
        elif region:
            self.doc.say("{r}", r=slot(self.area(region), *region_keys))
        else:
            self.doc.say("{s}", s=slot(street, *street_keys))

    # people

    def sex_noun(self, person: Person) -> str:
        if person.age is not None and person.age < 18:
            return "anak perempuan" if person.sex == "P" else "anak laki-laki"
        return self.pick(("perempuan", "seorang perempuan")) if person.sex == "P" else self.pick(
            ("laki-laki", "seorang laki-laki"))

    def born(self, person: Person, index: int, *, bare: bool = True):
        """"berusia 9 tahun" or "lahir di Serang, 3 Mei 2015", as evidence for age or birth facts.

        ``bare``: "9 tahun" alone may do (after "adalah anak perempuan,"); not where a verb is wanted."""
        minor = [victim_key(index, "status_perkawinan")] if person.age < 18 else []  # a child is unmarried
        if person.birth_date is None:
            ages = ("berusia {} tahun", "umur {} tahun", "{} tahun") if bare else ("berusia {} tahun", "umurnya {} tahun")
            return slot(self.pick(ages).format(person.age),
                        victim_key(index, "usia"), *minor)
        when = day_words(person.birth_date) if self.level != "mahir" else self.pick(
            (day_words(person.birth_date), date_figures(person.birth_date, "-")))
        if person.birthplace:
            return slot(f"lahir di {person.birthplace}, {when}", victim_key(index, "tempat_lahir"),
                        victim_key(index, "tanggal_lahir"), *minor)
        return slot(f"lahir {when}", victim_key(index, "tanggal_lahir"), *minor)

    def victim(self, index: int) -> None:
        """Sentences about one victim: identity, home, schooling or work, status, faith, citizenship."""
        doc, person, k = self.doc, self.case.victims[index], (lambda f: victim_key(index, f))
        name = slot(person.name, k("nama"))
        sex = slot(self.sex_noun(person), k("jenis_kelamin"))
        template = self.pick(("{n} adalah {x}, {b}.", "Korban bernama {n}, {x}, {b}.",
                              "Yang mengalami kejadian ini {n}, {x}, {b}.", "{n} ({x}) {b}.",
                              "Korban kami, {n}, {x}, {b}.") if not index else (
                              "{n} adalah {x}, {b}.", "Korban kedua bernama {n}, {x}, {b}.", "{n} ({x}) {b}.",
                              "Korban berikutnya, {n}, {x}, {b}.", "Korban lainnya ialah {n}, {x}, {b}."))
        doc.say(template, n=name, x=sex, b=self.born(person, index, bare="(" not in template))
        v = first(person.name)
        if person.nik:
            doc.say(" " + self.pick(NIK_AGAIN if index else (
                "NIK-nya {nik}.", "Menurut kartu keluarga, NIK {v} {nik}.", "{v} punya NIK {nik}.",
                "Nomor induk kependudukannya {nik}.", "Dari KTP/KK yang dibawa, NIK-nya {nik}.",
                "Sesuai KK, NIK {v} {nik}.", "Ia terdaftar dengan NIK {nik}.")),
                    k("kewarganegaraan"), nik=slot(person.nik, k("nik")), v=v)
        elif person.citizenship == vocab.WNI:
            doc.say(" " + self.pick(("{v} WNI, tetapi kartu identitasnya belum dibawa.",
                                     "Ia warga negara Indonesia; dokumen kependudukannya menyusul.",
                                     "Kartu keluarga {v} belum dibawa, keluarganya warga asli sini.",
                                     "NIK {v} belum bisa dicatat karena KK tertinggal; ia WNI.",
                                     "Sebagai WNI, {v} akan melengkapi data kependudukannya kemudian.")),
                    k("kewarganegaraan"), v=v)
        else:
            doc.say(" " + self.pick(("{v} warga negara {c} yang sudah beberapa tahun tinggal di sini.",
                                     "Ia berkewarganegaraan {c}.", "{v} bukan WNI; paspornya dari {c}.",
                                     "{v} berasal dari {c} dan memegang izin tinggal.",
                                     "Paspor {v} dikeluarkan oleh {c}.")),
                    k("kewarganegaraan"), v=v, c=slot(person.country, k("negara")))
        home = self.case.victims[0]
        if index and (person.street, person.region) == (home.street, home.region):
            doc.say(" " + self.pick(SAME_HOME), k("alamat"), k("wilayah"), v=v, w=first(home.name))
            for field in ("alamat", "wilayah"):  # the first victim's address is the one written out
                for start, end in doc.spans.get(victim_key(0, field), []):
                    doc.mark(k(field), start, end)
        else:
            doc.say(" " + self.pick(("{v} tinggal di ", "Rumahnya di ", "Alamatnya ", "Sehari-hari ia tinggal di ",
                                     "Ia beralamat di ", "Tempat tinggal {v} di ", "{v} sekarang menetap di ",
                                     "Keluarga {v} tinggal di ") + (
                                     ("Menurut KK, {v} tinggal di ",) if person.nik else ())  # a KK that was read
                                    if not index else ADDRESS_AGAIN), v=v)
            self.address(person.street, person.region, (k("alamat"),), (k("wilayah"),))
            doc.write(".")
        self.schooling_or_work(person, index)
        if person.age >= 18:
            doc.say(" " + self.pick(("{v} {m}.", "Ia {m}.", "Statusnya {m}.", "Soal pernikahan, ia {m}.",
                                     "Menurut pengakuannya, ia {m}.")), v=v,
                    m=slot(self.pick(words.marital_words(person)), k("status_perkawinan")))
        if person.religion:
            doc.say(" " + self.pick(("Ia beragama {r}.", "Agamanya {r}.", "{v} beragama {r}.", "{v} pemeluk {r}.",
                                     "Keluarganya taat beragama {r}.")), v=v,
                    r=slot(words.RELIGION[person.religion], k("agama")))
        if person.disability:
            doc.say(" " + self.pick(("{v} {d}.", "Perlu diketahui, {v} {d}.", "Ia {d}.")), v=v,
                    d=slot(self.pick(words.DISABILITY[person.disability[0]]), k("disabilitas"),
                           k("jenis_disabilitas")))

    def schooling_or_work(self, person: Person, index: int) -> None:
        doc, k, v = self.doc, (lambda f: victim_key(index, f)), first(person.name)
        if person.age < 18:
            if person.education == "TIDAK_SEKOLAH":
                doc.say(" " + self.pick(("{v} {s}.", "Ia {s}.")), v=v, s=slot("belum sekolah", k("pendidikan")))
                return
            if person.grade is not None and self.level != "dasar" and self.rng.random() < 0.6:
                offset = {"SD": 0, "SLTP": 6, "SLTA": 9}[person.education]
                school = self.pick(words.SCHOOL_COUNTED).format(grade=person.grade + offset)
            else:
                school = self.pick(words.SCHOOL[person.education]).format(grade=person.grade)
            keys = [k("pendidikan")] + ([k("pekerjaan")] if person.occupation == "PELAJAR" else [])
            doc.say(" " + self.pick(("Saat ini {v} {s}.", "{v} sekarang {s}.", "Ia {s}.")), v=v, s=slot(school, *keys))
            return
        jobs = words.jobs_of(person, self.case.scenario == "workplace" and self.case.incidents[index].place_words)
        job = slot(self.pick(jobs), k("pekerjaan"))
        idle = person.occupation == "TIDAK_BEKERJA"  # "sehari-hari ia menganggur" says nothing a day holds
        if person.education != vocab.NA:
            edu = slot(self.pick(words.EDUCATION[person.education]), k("pendidikan"))
            doc.say(" " + self.pick(("{v} {e} dan {j}.", "Ia {e}; sekarang {j}.") + (
                () if idle else ("Sehari-hari {v} {j}; ia {e}.",))), v=v, e=edu, j=job)
        else:
            doc.say(" " + self.pick(("{v} {j}.", "Saat ini ia {j}.") + (() if idle else ("Sehari-hari ia {j}.",))),
                    v=v, j=job)

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
            victim = self.case.victims[v_index]
            if person.age is not None and victim.age is not None:  # no 27-year-old "kakek"
                options = tuple(o for o in options if words.fits_ages(o, person.age - victim.age)) or options
            if self.speaker_is_mother and v_index:  # her child's stepfather is not "suami ibu Dina" to her
                options = tuple(o for o in options if "ibu" not in o) or plain
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
                        j=slot(self.pick(words.jobs_of(person)), k("pekerjaan")))
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
