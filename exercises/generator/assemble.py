"""Puts a whole case together: scenario, dates, reporter, place, services and distractors."""

from __future__ import annotations

import datetime as dt

from .. import regions
from . import phrasing
from .scenarios import DOCUMENT_KINDS, CaseBuilder, CaseTruth, Person, Service, short_city

KANAL = {"catatan_pengaduan": "DATANG_LANGSUNG", "surat_rujukan": "RUJUKAN", "transkrip_sapa": "SAPA129_TELEPON"}


def build_case(fake, *, seed: int, difficulty: str, kabkota: str) -> CaseTruth:
    builder = CaseBuilder(fake, seed=seed, difficulty=difficulty, kabkota=kabkota)
    rng = builder.rng
    kind = rng.choice(DOCUMENT_KINDS)
    lapor, kejadian = builder.dates()
    scenario = rng.choice(CaseBuilder.SCENARIOS[difficulty])
    victims, perpetrators, relations, incidents = getattr(builder, scenario)(kejadian)
    if difficulty == "mahir":
        builder.apply_mahir_twists(victims, perpetrators, relations)
    case = CaseTruth(
        seed=seed, difficulty=difficulty, kind=kind, kabkota=kabkota, tanggal_lapor=lapor,
        tanggal_kejadian=kejadian, kanal=KANAL[kind], victims=victims, perpetrators=perpetrators,
        relations=relations, incidents=incidents, officer=builder.name(rng.choice("LP")),
    )
    _place(builder, case, scenario)
    _reporter(builder, case)
    _services(builder, case)
    _limit_perpetrator_facts(builder, case)
    if difficulty == "mahir":
        _distractors(builder, case)
    return case


def _place(builder, case: CaseTruth, scenario: str) -> None:
    if scenario == "trafficking":
        case.abroad_country = builder.rng.choice(("Malaysia", "Arab Saudi", "Kamboja"))
        return
    home = case.victims[0].region
    at_home = all(i.place == "RUMAH_TANGGA" for i in case.incidents)
    case.incident_region = home if at_home else builder.fake.kelurahan(case.kabkota)


def _reporter(builder, case: CaseTruth) -> None:
    rng, fake, first = builder.rng, builder.fake, case.victims[0]
    if case.kind == "surat_rujukan":
        institution = rng.choice(("puskesmas", "rsud", "polres"))
        relation = "APARAT" if institution == "polres" else "NAKES"
        sex = rng.choice("LP")
        officer = Person(name=builder.name(sex), sex=sex, age=None, phone=fake.mobile_e164())
        case.referrer = {
            "institution": institution,
            "number": rng.randint(10, 899),
            "letter_date": case.tanggal_lapor - dt.timedelta(days=rng.randrange(0, 4)),
        }
        if case.referrer["letter_date"] < case.tanggal_kejadian:
            case.referrer["letter_date"] = case.tanggal_kejadian
        case.reporter, case.reporter_relation = officer, relation
        case.reporter.street = _institution_name(case, builder)
        return
    self_report = (first.age or 0) >= 18 and rng.random() < 0.7
    if self_report:
        case.reporter = None
        return
    parent_is_perpetrator = any(r.code == "ORANG_TUA" for row in case.relations for r in row)
    if (first.age or 0) < 18 and not parent_is_perpetrator:
        relation, sex = "ORANG_TUA", "P"
    else:
        relation, sex = rng.choice((("KELUARGA", "P"), ("TETANGGA", "P"), ("KELUARGA", "L")))
    reporter = builder.person(sex=sex, age=max((first.age or 20) + rng.randint(18, 30), 25), on=case.tanggal_lapor,
                              home=first.region)
    reporter.phone = fake.mobile_e164() if case.kind == "transkrip_sapa" or rng.random() < 0.8 else ""
    if relation in ("ORANG_TUA", "KELUARGA") and rng.random() < 0.8:
        reporter.street = first.street
    if case.kind == "transkrip_sapa" and rng.random() < 0.5:
        reporter.street, reporter.region = "", ""  # a caller often gives no address
    case.reporter, case.reporter_relation = reporter, relation
    case.reporter_words = {"ORANG_TUA": "ibu kandung korban", "KELUARGA": "kerabat korban",
                           "TETANGGA": "tetangga korban"}[relation]


def _institution_name(case: CaseTruth, builder) -> str:
    city = builder.city_name
    kecamatan = builder.fake.random_element([name for _, name in regions.children(case.kabkota)])
    return {"puskesmas": f"Puskesmas {kecamatan}", "rsud": f"RSUD {city}",
            "polres": f"Unit PPA Polres {short_city(city)}"}[case.referrer["institution"]]


def _services(builder, case: CaseTruth) -> None:
    rng, city, lapor = builder.rng, builder.city_name, case.tanggal_lapor
    uptd = f"UPTD PPA {city}"
    for index, incident in enumerate(case.incidents):
        case.services.append(Service(index, "PENGADUAN", lapor, uptd))
        if case.difficulty == "dasar":
            continue
        forms = set(incident.forms)
        if forms & {"FISIK", "SEKSUAL"}:
            case.services.append(Service(index, "KESEHATAN", lapor + dt.timedelta(days=rng.randrange(0, 3)),
                                         f"RSUD {city}", ""))
        if "SEKSUAL" in forms and rng.random() < 0.75:
            case.services.append(Service(index, "PENEGAKAN_HUKUM", lapor + dt.timedelta(days=rng.randrange(1, 8)),
                                         uptd, f"Unit PPA Polres {short_city(city)}"))
        if "PSIKIS" in forms and rng.random() < 0.5:
            case.services.append(Service(index, "REHABILITASI_SOSIAL", lapor + dt.timedelta(days=rng.randrange(2, 10)),
                                         f"Psikolog {uptd}"))
        if "TPPO" in forms:
            case.services.append(Service(index, "PEMULANGAN", lapor + dt.timedelta(days=rng.randrange(1, 6)),
                                         f"BP3MI {regions.name(case.kabkota.split('.')[0]) or ''}".strip(), uptd))
        if incident.kdrt and rng.random() < 0.4:
            case.services.append(Service(index, "BANTUAN_HUKUM", lapor + dt.timedelta(days=rng.randrange(3, 10)),
                                         f"Pos Bantuan Hukum {city}"))
    case.services.sort(key=lambda s: (s.day, s.victim, s.kind))


def _distractors(builder, case: CaseTruth) -> None:
    rng = builder.rng
    between = case.tanggal_kejadian + dt.timedelta(days=(case.tanggal_lapor - case.tanggal_kejadian).days // 2)
    options = [
        f"Adik korban, {builder.name(rng.choice('LP'))}, ikut melihat kejadian itu tetapi tidak mengalami kekerasan.",
        f"Korban baru berani bercerita kepada kakaknya pada {phrasing.date_words(between)}.",
        f"Seorang tetangga, {builder.name('P')}, membantu mengantar korban dan meminta namanya tidak dicatat.",
        "Menurut keluarga, kejadian serupa pernah terjadi sekitar setahun sebelumnya tetapi tidak dilaporkan.",
    ]
    case.distractors = rng.sample(options, 2)


def _limit_perpetrator_facts(builder, case: CaseTruth) -> None:
    """A document rarely knows much of a perpetrator: keep only what it will say."""
    first = case.victims[0]
    for person, row in zip(case.perpetrators, case.relations, strict=True):
        person.nik = person.education = person.religion = person.birthplace = ""
        person.birth_date = None
        if builder.rng.random() < 0.5:
            person.occupation = ""
        codes = {relation.code for relation in row}
        if codes & {"SUAMI_ISTRI", "ORANG_TUA"}:
            person.street, person.region = first.street, first.region
        elif "TETANGGA" in codes:
            person.region = first.region
        else:
            person.street, person.region = "", ""
        if person.name == "Tidak diketahui":
            person.occupation = person.marital = ""
