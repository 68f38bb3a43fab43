"""Puts a whole case together: scenario, dates, reporter, place, services and distractors."""

from __future__ import annotations

import datetime as dt

from .. import regions, vocab
from . import calendar, words
from .scenarios import CaseBuilder
from .truth import DOCUMENT_KINDS, UNKNOWN_NAME, CaseTruth, Person, Service, short_city

KANAL = {"catatan_pengaduan": "DATANG_LANGSUNG", "surat_rujukan": "RUJUKAN", "transkrip_sapa": "SAPA129_TELEPON",
         "ringkasan_ppt": "RUJUKAN", "percakapan_wa": "SAPA129_WHATSAPP"}
# Kinds that reach the office on paper or in person: dated on a working day.
OFFICE_HOURS_KINDS = ("catatan_pengaduan", "surat_rujukan", "ringkasan_ppt")


def build_case(fake, *, seed: int, difficulty: str, kabkota: str) -> CaseTruth:
    builder = CaseBuilder(fake, seed=seed, difficulty=difficulty, kabkota=kabkota)
    rng = builder.rng
    kind = rng.choice(DOCUMENT_KINDS)
    lapor, kejadian = builder.dates()
    if kind in OFFICE_HOURS_KINDS:
        lapor = calendar.next_working_day(lapor)
    if kind == "ringkasan_ppt":  # a hospital sees the injury within days, not weeks
        kejadian = lapor - dt.timedelta(days=rng.randrange(0, 4))
    scenario = rng.choice(CaseBuilder.SCENARIOS[difficulty])
    if scenario == "trafficking":
        # She left months ago; the family reports when the wages never come or she cannot come home.
        kejadian = lapor - dt.timedelta(days=rng.randrange(60, 366))
    if kind == "ringkasan_ppt" and scenario in ("trafficking",):
        kind = "catatan_pengaduan"  # a hospital sees the hurt, not a recruitment abroad
    victims, perpetrators, relations, incidents = getattr(builder, scenario)(kejadian)
    kejadian = builder.school_day or kejadian
    if kind == "ringkasan_ppt" and not any({"FISIK", "SEKSUAL"} & set(i.forms) for i in incidents):
        incidents[0].forms = sorted(set(incidents[0].forms) | {"FISIK"})
        at_home = incidents[0].place == "RUMAH_TANGGA"
        incidents[0].form_words = [builder.rng.choice(_acts(f, relations, at_home)) for f in incidents[0].forms]
    for sibling in victims[1:]:
        if sibling.street == victims[0].street and sibling.religion and victims[0].religion:
            sibling.religion = victims[0].religion  # one household, one faith
    if difficulty == "mahir":
        builder.apply_mahir_twists(victims, perpetrators, relations, scenario)
    sex = rng.choice("LP")
    officer = Person(name=builder.name(sex), sex=sex, age=rng.randint(24, 55))
    case = CaseTruth(
        seed=seed, difficulty=difficulty, kind=kind, kabkota=kabkota, tanggal_lapor=lapor,
        tanggal_kejadian=kejadian, kanal=KANAL[kind], victims=victims, perpetrators=perpetrators,
        relations=relations, incidents=incidents, officer=officer, scenario=scenario,
    )
    _place(builder, case, scenario)
    _reporter(builder, case)
    _services(builder, case)
    _limit_perpetrator_facts(builder, case)
    if difficulty == "mahir":
        _distractors(builder, case)
        shift = rng.choice((-9, -3, 3, 9))
        wrong = kejadian + dt.timedelta(days=shift)
        # The date first given wrongly is still one before the document: no one misdates a past event to later.
        written = min(case.tanggal_lapor, case.referrer.get("letter_date", case.tanggal_lapor))
        if wrong.day <= 12 and wrong != kejadian and wrong < written:
            case.wrong_date = wrong
        else:
            case.wrong_date = kejadian - dt.timedelta(days=1)
    return case


def _acts(form: str, relations, at_home: bool) -> tuple[str, ...]:
    return words.acts(form, relations[0][0].code, at_home=at_home)


def _place(builder, case: CaseTruth, scenario: str) -> None:
    if scenario == "trafficking":
        case.abroad_country = builder.rng.choice(("Malaysia", "Arab Saudi", "Kamboja"))
        return
    home = case.victims[0].region
    at_home = all(i.place == "RUMAH_TANGGA" for i in case.incidents)
    case.incident_region = home if at_home else builder.fake.kelurahan(case.kabkota)


def _reporter(builder, case: CaseTruth) -> None:
    rng, fake, first = builder.rng, builder.fake, case.victims[0]
    if case.kind in ("surat_rujukan", "ringkasan_ppt"):
        institution = "rsud" if case.kind == "ringkasan_ppt" else rng.choice(("puskesmas", "rsud", "polres"))
        relation = "APARAT" if institution == "polres" else "NAKES"
        sex = rng.choice("LP")
        # A doctor signs with the hospital's name, not a private number; a bidan or an investigator leaves an HP.
        officer = Person(name=builder.name(sex), sex=sex, age=None,
                         phone="" if case.kind == "ringkasan_ppt" else fake.mobile_e164())
        letter = calendar.previous_working_day(case.tanggal_lapor - dt.timedelta(days=rng.randrange(0, 4)))
        if letter < case.tanggal_kejadian or case.kind == "ringkasan_ppt":
            letter = case.tanggal_lapor  # a PPT examines and reports to the UPTD PPA the same day
        case.referrer = {"institution": institution, "number": rng.randint(10, 899), "letter_date": letter}
        case.reporter, case.reporter_relation = officer, relation
        case.reporter.street = _institution_name(case, builder)
        return
    # A trafficked worker is still abroad when her family reports it: she cannot walk in herself.
    # A deaf victim writes to SAPA 129 herself, but someone else rings for her.
    deaf_on_the_phone = case.kind == "transkrip_sapa" and "SENSORIK" in first.disability
    self_report = (first.age or 0) >= 18 and rng.random() < 0.7 and not case.abroad_country and not deaf_on_the_phone
    if self_report:
        case.reporter = None
        return
    parent_is_perpetrator = any(r.code == "ORANG_TUA" for row in case.relations for r in row)
    if (first.age or 0) < 18 and not parent_is_perpetrator:
        relation, sex = "ORANG_TUA", "P"
    else:
        relation, sex = rng.choice((("KELUARGA", "P"), ("TETANGGA", "P"), ("KELUARGA", "L"), ("TETANGGA", "L")))
    words_ = _reporter_words(relation, sex, rng)
    if relation == "ORANG_TUA":
        age = max((first.age or 20) + rng.randint(18, 30), 25)
    elif words_ == "kakak":  # an older sibling is a few years older, not a generation
        age = max((first.age or 20) + rng.randint(3, 12), 19)
    else:
        age = max(rng.randint(25, 60), (first.age or 0) + 15 if words_ in ("bibi", "paman") else 25)
    reporter = builder.person(sex=sex, age=age, on=case.tanggal_lapor, home=first.region)
    if words_ == "kakak":
        reporter.name = builder.sibling_name(reporter.name, sex, first)
    reporter.phone = fake.mobile_e164() if case.kind != "catatan_pengaduan" or rng.random() < 0.8 else ""
    if relation == "ORANG_TUA" or relation == "KELUARGA" and rng.random() < 0.8:
        reporter.street = first.street  # a child lives with the parent who reports
    if case.kind in ("transkrip_sapa", "percakapan_wa") and rng.random() < 0.5:
        reporter.street, reporter.region = "", ""  # a caller often gives no address
    case.reporter, case.reporter_relation = reporter, relation
    case.reporter_words = words_
    if relation == "TETANGGA":
        for victim in case.victims:  # a neighbour knows her age, not her birthday or the number on her KK
            victim.nik, victim.birthplace, victim.birth_date = "", "", None


def _reporter_words(relation: str, sex: str, rng) -> str:
    if relation == "ORANG_TUA":
        return "ibu"
    if relation == "KELUARGA":
        return rng.choice(("bibi", "kakak")) if sex == "P" else rng.choice(("paman", "kakak"))
    return "tetangga"


def _institution_name(case: CaseTruth, builder) -> str:
    city = builder.city_name
    kecamatan = builder.fake.random_element([name for _, name in regions.children(case.kabkota)])
    return {"puskesmas": f"Puskesmas {kecamatan}", "rsud": f"RSUD {short_city(city)}",
            "polres": f"Unit PPA Polres {short_city(city)}"}[case.referrer["institution"]]


def _services(builder, case: CaseTruth) -> None:
    rng, city, lapor = builder.rng, builder.city_name, case.tanggal_lapor
    uptd = f"UPTD PPA {city}"
    hospital = f"RSUD {short_city(city)}"
    for index, incident in enumerate(case.incidents):
        case.services.append(Service(index, "PENGADUAN", lapor, uptd))
        if case.difficulty == "dasar" and case.kind != "ringkasan_ppt":
            continue
        forms = set(incident.forms)
        if forms & {"FISIK", "SEKSUAL"}:
            day = lapor if case.kind == "ringkasan_ppt" else lapor + dt.timedelta(days=rng.randrange(0, 3))
            case.services.append(Service(index, "KESEHATAN", day, hospital, ""))
        if case.difficulty == "dasar":
            continue
        if "SEKSUAL" in forms and rng.random() < 0.75:
            case.services.append(Service(index, "PENEGAKAN_HUKUM", lapor + dt.timedelta(days=rng.randrange(1, 8)),
                                         uptd, f"Unit PPA Polres {short_city(city)}"))
        if "PSIKIS" in forms and rng.random() < 0.5:
            case.services.append(Service(index, "REHABILITASI_SOSIAL", lapor + dt.timedelta(days=rng.randrange(2, 10)),
                                         f"psikolog {uptd}"))
        if "TPPO" in forms:
            # Indonesian migrant workers come home through BP3MI; the victims here are always WNI.
            case.services.append(Service(index, "PEMULANGAN", lapor + dt.timedelta(days=rng.randrange(1, 6)),
                                         f"BP3MI {regions.name(case.kabkota.split('.')[0]) or ''}".strip(), uptd))
        if incident.kdrt and case.relations[0][index].code == "SUAMI_ISTRI" and rng.random() < 0.5:
            case.services.append(Service(index, "BANTUAN_HUKUM", lapor + dt.timedelta(days=rng.randrange(3, 10)),
                                         f"Posbakum Pengadilan Agama {short_city(city)}"))
    case.services.sort(key=lambda s: (s.day, s.victim, s.kind))


def _distractors(builder, case: CaseTruth) -> None:
    """Details a careful reader must not code: people who saw, helped or heard, and an old incident.

    Each is written for a report and said for a call (a caller says "Ini bukan yang pertama kali", not
    "Keluarga mengaku ..."), and names the victim, so with two victims it is clear whose friend is meant."""
    rng = builder.rng
    v = case.victims[0].name.split()[0]
    friend, chief, trader = builder.name("P"), builder.name("L").split()[0], builder.name("L")
    options = [
        rng.choice(((f"{friend}, teman {v}, yang pertama kali mendengar cerita ini dan menyarankan melapor.",
                     f"Yang pertama dengar ceritanya {friend}, temannya {v}; dia yang menyuruh lapor."),
                    (f"Yang menyarankan melapor adalah {friend}, teman dekat {v}.",
                     f"Yang nyuruh lapor itu {friend}, teman dekatnya {v}."),
                    (f"{v} sempat bercerita dulu kepada temannya, {friend}.",
                     f"{v} sempat cerita dulu ke temannya, {friend}."))),
        rng.choice((("Menurut keluarga, kejadian serupa pernah terjadi kira-kira setahun sebelumnya tetapi tidak dilaporkan.",
                     "Kira-kira setahun lalu pernah juga begitu, tapi nggak dilaporkan."),
                    ("Kata keluarga, hal seperti ini bukan yang pertama, hanya dulu tidak dilaporkan.",
                     "Ini bukan yang pertama kali, cuma dulu nggak dilaporkan."),
                    ("Sebelumnya pernah terjadi juga, tetapi waktu itu keluarga memilih diam.",
                     "Sebelumnya pernah juga, tapi waktu itu semua memilih diam."),
                    ("Tahun lalu kejadian serupa sempat terjadi, tetapi tidak ada yang melapor.",
                     "Tahun lalu juga pernah, tapi nggak ada yang lapor."),
                    ("Keluarga mengaku ini bukan kali pertama.", "Ini bukan yang pertama kali, sudah pernah juga."))),
        rng.choice(((f"Ketua RT setempat, Pak {chief}, sudah mengetahui kejadian ini.",
                     f"Pak RT, Pak {chief}, sudah tahu kejadiannya."),
                    (f"Pak {chief}, ketua RT, sudah diberi tahu.", f"Pak {chief}, ketua RT, sudah dikasih tahu."),
                    (f"Ketua RT, Pak {chief}, ikut mendampingi sebentar.",
                     f"Pak {chief}, ketua RT, sempat ikut mendampingi."))),
    ]
    if not case.abroad_country:
        # What the days after looked like fits the victim: a pupil misses school, an adult stays home.
        stayed_away = ((f"{v} sempat tidak masuk sekolah beberapa hari sesudahnya.",
                        f"{v} sempat nggak masuk sekolah beberapa hari.") if case.victims[0].age < 18
                       else (f"{v} sempat tidak mau keluar rumah beberapa hari sesudahnya.",
                             f"{v} sempat nggak mau keluar rumah beberapa hari."))
        options.append(rng.choice((stayed_away,
                                   (f"Sejak kejadian itu {v} sulit tidur dan jarang keluar rumah.",
                                    f"Sejak itu {v} susah tidur, jarang keluar rumah."),
                                   (f"Beberapa hari kemudian {v} baru berani bercerita.",
                                    f"{v} baru berani cerita beberapa hari kemudian."))))
    else:
        options.append(rng.choice(((f"Keluarga sempat mengirim uang kepada perekrut agar {v} bisa pulang.",
                                    f"Keluarga sempat kirim uang ke perekrutnya supaya {v} bisa pulang."),
                                   (f"{v} sempat mengirim pesan suara kepada keluarga lewat ponsel temannya.",
                                    f"{v} sempat kirim pesan suara ke keluarga lewat HP temannya."))))
    # A foreign wife's brother or sister is at home abroad, not in the next room.
    if all(i.place == "RUMAH_TANGGA" for i in case.incidents) and case.victims[0].citizenship == vocab.WNI:
        sex = rng.choice("LP")
        sibling = builder.sibling_name(builder.name(sex), sex, case.victims[0])
        # A witness is old enough to tell what she saw: a young child's sibling who saw it is an older one.
        elder = "kakak" if case.victims[0].age < 10 else "adik"
        options.append(rng.choice(((f"{elder.capitalize()} {v}, {sibling}, ada di rumah waktu itu dan ikut melihat "
                                    "tetapi tidak disakiti.",
                                    f"{elder.capitalize()}nya, {sibling}, ada di rumah waktu itu, ikut lihat, "
                                    "tapi nggak diapa-apain."),
                                   (f"{sibling}, {elder} {v}, melihat dari kamar sebelah.",
                                    f"{sibling}, {elder}nya, lihat dari kamar sebelah."))))
    elif not case.abroad_country and all(i.place == "FASILITAS_UMUM" for i in case.incidents):
        # Only in a public place could a passer-by have seen it; behind a workplace's or a school's
        # walls a witness would be someone who belongs there, and the scenario does not name one.
        options.append(rng.choice(((f"Seorang pedagang di dekat lokasi, {trader}, melihat kejadian itu dari jauh.",
                                    f"Ada pedagang di dekat situ, {trader}, yang lihat dari jauh."),
                                   (f"{trader}, yang berjualan di dekat situ, sempat melihat.",
                                    f"{trader}, yang jualan di dekat situ, sempat lihat."))))
    chosen = rng.sample(options, 2)
    case.distractors = [written for written, _ in chosen]
    case.spoken_distractors = [said for _, said in chosen]


def _limit_perpetrator_facts(builder, case: CaseTruth) -> None:
    """A document rarely knows much of a perpetrator: keep only what it will say."""
    first = case.victims[0]
    for person, row in zip(case.perpetrators, case.relations, strict=True):
        person.nik = person.education = person.religion = person.birthplace = ""
        person.birth_date = None
        # A boss's or co-worker's own job is the workplace itself: not told apart.
        if builder.rng.random() < 0.5 or person.occupation in (vocab.NA, "PELAJAR", "TIDAK_BEKERJA") or \
                case.scenario == "workplace":
            person.occupation = ""
        codes = {relation.code for relation in row}
        if codes & {"SUAMI_ISTRI", "ORANG_TUA"}:
            person.street, person.region = first.street, first.region
        elif "TETANGGA" in codes:
            person.region = first.region
        else:
            person.street, person.region = "", ""
        if person.name == UNKNOWN_NAME:
            person.occupation = person.marital = ""
