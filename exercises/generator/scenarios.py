"""Coherent synthetic cases: who was hurt, by whom, where, how, and what was done.

A case is built as "truth" whose facts are already limited to what its document will
say: an undisclosed fact is simply absent (empty), so the document renderer and the
answer key read one object and can never disagree.

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

import datetime as dt
from dataclasses import dataclass, field

from .. import derive, regions, vocab
from . import calendar, words

DIFFICULTIES = ("dasar", "menengah", "mahir")


def short_city(name: str) -> str:
    """"Kota Cilegon" -> "Cilegon", "Kabupaten Serang" -> "Serang"."""
    for prefix in ("Kota Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name
DOCUMENT_KINDS = ("catatan_pengaduan", "surat_rujukan", "transkrip_sapa", "ringkasan_ppt", "percakapan_wa")
UNKNOWN_NAME = "Tidak diketahui"
FIRST_REPORT = dt.date(2023, 1, 2)
LAST_REPORT = dt.date(2025, 12, 20)
KOTA_INSTITUTIONS = ("UPTD PPA", "RSUD", "Puskesmas", "Unit PPA Polres")


@dataclass
class Person:
    name: str
    sex: str
    age: int | None  # None: unknown (a perpetrator the victim did not know)
    birth_date: dt.date | None = None  # None: the document gives only the age
    nik: str = ""
    birthplace: str = ""
    street: str = ""
    region: str = ""
    education: str = ""
    grade: int | None = None
    occupation: str = ""
    marital: str = ""
    religion: str = ""
    citizenship: str = vocab.WNI
    country: str = ""
    disability: list[str] = field(default_factory=list)
    phone: str = ""


@dataclass
class Relation:
    code: str
    words: str
    detail: str = ""


@dataclass
class VictimIncident:
    place: str
    place_words: str
    forms: list[str]
    form_words: list[str]
    kdrt: bool


@dataclass
class Service:
    victim: int
    kind: str
    day: dt.date
    provider: str
    referral: str = ""


@dataclass
class CaseTruth:
    seed: int
    difficulty: str
    kind: str
    kabkota: str
    tanggal_lapor: dt.date
    tanggal_kejadian: dt.date
    kanal: str
    victims: list[Person]
    perpetrators: list[Person]
    relations: list[list[Relation]]  # [perpetrator][victim]
    incidents: list[VictimIncident]
    incident_region: str = ""
    abroad_country: str = ""
    reporter: Person | None = None  # None: the first victim reports for herself
    reporter_relation: str = vocab.DIRI_SENDIRI
    reporter_words: str = ""
    services: list[Service] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    spoken_distractors: list[str] = field(default_factory=list)  # the same details as a caller says them
    officer: str = ""
    officer_sex: str = "P"
    referrer: dict = field(default_factory=dict)
    wrong_date: dt.date | None = None  # mahir: a date first given wrongly, corrected later in the text
    scenario: str = ""

    @property
    def explicit(self) -> bool:
        return self.difficulty != "mahir"


class CaseBuilder:
    """Builds one case from a seeded Faker (``fake``) whose ``random`` drives every choice."""

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

    def birthplace(self) -> str:
        """A kab/kota of the same province, as most people are born near where they live."""
        places = [short_city(name) for _, name in regions.children(self.province)]
        return self.rng.choice(places) if places else short_city(self.city_name)

    # people

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
        options = words.HOME_OF.get(relation, words.PLACES[place]) if place == "RUMAH_TANGGA" else words.PLACES[place]
        place_words = self.place_words.setdefault(place, rng.choice(options))
        return VictimIncident(
            place=place, place_words=place_words, forms=sorted(forms),
            form_words=[rng.choice(words.acts(f, relation)) for f in sorted(forms)], kdrt=kdrt,
        )

    def pick_forms(self, pool: tuple[str, ...], *, at_least: int = 1) -> list[str]:
        most = 1 if self.difficulty == "dasar" else min(len(pool), 3)
        count = self.rng.randint(max(1, at_least if self.difficulty != "dasar" else 1), max(most, 1))
        return self.rng.sample(pool, min(count, len(pool)))

    # scenarios: each returns (victims, perpetrators, relations, incidents)

    def spouse(self, on):
        wife_age = self.rng.randint(23, 50)
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
            child = self.person(sex=self.rng.choice("LP"), age=self.rng.randint(6, min(15, wife_age - 17)), on=on,
                                home=wife.region, victim=True)
            child.street = wife.street
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

    def school(self, on):
        on = calendar.previous_working_day(on)  # school is shut on Sundays and holidays
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
            mate = self.person(sex="L", age=min(17, pupil.age + self.rng.randint(0, 2)), on=on)
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
        # Foreign workers and wives came with schooling; their faith is the one common at home, or unsaid.
        if person.education in ("SD", "SLTP", vocab.NA):
            person.education = self.rng.choice(("SLTA", "PT"))
        person.religion = {"Filipina": "KATOLIK", "Vietnam": "BUDDHA", "Thailand": "BUDDHA"}.get(person.country, "")

    def apply_mahir_twists(self, victims, perpetrators, relations) -> None:
        """A mahir case with no foreign victim may have a victim with a disability."""
        if all(v.citizenship == vocab.WNI for v in victims) and self.rng.random() < 0.5:
            victim = self.rng.choice(victims)
            victim.disability = [self.rng.choice(("FISIK", "INTELEKTUAL", "SENSORIK"))]
            if victim.disability == ["INTELEKTUAL"] and victim.age >= 18 and victim.education in ("SLTA", "PT"):
                victim.education = "SLTP"  # schooling that fits an intellectual disability
