"""The sentences every document kind shares: who the people are, what happened, what was done.

Each sentence is written through ``Doc.say`` so every fact it states is recorded as
evidence for its key value. Several shapes exist for each sentence, so no shape dominates
a set of documents; *dasar* states facts plainly, *menengah* and *mahir* leave some to infer.
"""

from __future__ import annotations

import datetime as dt

from .. import regions, vocab
from . import words
from .phrasing import MONTHS, date_figures
from .perpetrators import PerpetratorProse, first  # noqa: F401 (first is imported from here elsewhere)
from .scenarios import CaseTruth, Person
from .text import (
    Doc,
    slot,
    victim_key,
)


def day_words(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def village_word(code: str) -> str:
    """Kemendagri's fourth segment: 1xxx is a kelurahan, 2xxx a desa (3xxx a desa adat)."""
    return "Kelurahan" if code.split(".")[-1].startswith("1") else "Desa"


# A second victim is told with other words than the first, as a writer would.
NIK_AGAIN = ("Untuk {v}, NIK-nya {nik}.", "NIK {v} tercatat {nik}.", "{v} ber-NIK {nik}.",
             "Adapun NIK {v} adalah {nik}.", "Data KK mencatat NIK {v} {nik}.", "Nomor NIK {v}: {nik}.")
SAME_HOME = ("{v} tinggal serumah dengan {w}.", "Alamat {v} sama dengan {w}.", "{v} juga tinggal di rumah itu.",
             "Rumah {v} sama dengan rumah {w}.", "{v} tinggal bersama {w} di alamat yang sama.",
             "Seperti {w}, {v} tinggal di rumah tersebut.")
ADDRESS_AGAIN = ("Adapun {v} tinggal di ", "Sementara itu {v} beralamat di ", "{v} sendiri tinggal di ",
                 "Alamat {v}: ", "Untuk {v}, alamatnya ", "{v} menyewa kamar di ")


class Prose(PerpetratorProse):
    def __init__(self, case: CaseTruth, rng, doc: Doc):
        self.case, self.rng, self.doc = case, rng, doc
        self.level = case.difficulty
        self.city = regions.name(case.kabkota) or case.kabkota
        self._relations: dict[tuple[int, int], tuple[str, int]] = {}
        self._told: set[str] = set()  # the perpetrator introductions used so far

    def pick(self, options):
        return self.rng.choice(options)

    def date(self, day: dt.date, *keys: str):
        text = day_words(day) if self.level == "dasar" or self.rng.random() < 0.6 else date_figures(
            day, self.pick("-/."))
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
                              "Korban kami, {n}, {x}, {b}."))
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
                                     "Keluarga {v} tinggal di ", "Menurut KK, {v} tinggal di ")
                                    if not index else ADDRESS_AGAIN), v=v)
            self.address(person.street, person.region, (k("alamat"),), (k("wilayah"),))
            doc.write(".")
        self.schooling_or_work(person, index)
        if person.age >= 18:
            doc.say(" " + self.pick(("{v} {m}.", "Ia {m}.", "Statusnya {m}.", "Soal pernikahan, ia {m}.",
                                     "Menurut pengakuannya, ia {m}.")), v=v,
                    m=slot(self.pick(words.MARITAL[person.marital]), k("status_perkawinan")))
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
        jobs = words.OCCUPATION[person.occupation]
        if self.case.scenario == "workplace":
            jobs = words.WORKPLACE_JOB.get(self.case.incidents[index].place_words, jobs)
        job = slot(self.pick(jobs), k("pekerjaan"))
        if person.education != vocab.NA:
            edu = slot(self.pick(words.EDUCATION[person.education]), k("pendidikan"))
            doc.say(" " + self.pick(("{v} {e} dan {j}.", "Ia {e}; sekarang {j}.", "Sehari-hari {v} {j}; ia {e}.")),
                    v=v, e=edu, j=job)
        else:
            doc.say(" " + self.pick(("{v} {j}.", "Sehari-hari ia {j}.", "Saat ini ia {j}.")), v=v, j=job)
