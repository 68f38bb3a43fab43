"""Generator version 3 documents read like the real thing (issue 11), over 1,000 seeds per level.

Pure tests, no database. Each rule is checked on the generated documents and then on a
deliberately broken document or case, so no check can pass vacuously:
1. prose and conversation, never the form: no SIMFONI term as a verdict, no "Label: value"
   lines outside the kind's fixed frame, callers speak for themselves and are addressed as
   their sex and age call for, and no sentence shape dominates;
2. coherent scenarios; 3. working days, holidays, villages and signatures.
(Rule 4, evidence for every key value, is in test_generator.py.)
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import replace

import pytest

from exercises import regions, vocab
from exercises.generator import DIFFICULTIES, words
from exercises.generator.assemble import OFFICE_HOURS_KINDS
from exercises.generator.calendar import is_working_day
from exercises.generator.questions import address_word
from exercises.generator.prose import village_word
from exercises.generator.truth import UNKNOWN_NAME
from tests.exercises.test_generator import cases

SEEDS = 1000  # per level, the figure
CONVERSATIONS = ("transkrip_sapa", "percakapan_wa")


def all_cases(difficulty: str):
    return cases(difficulty, 0, SEEDS)


def body(document) -> str:
    """The document without its fixed frame (header, form labels, sign-off), line breaks kept."""
    chars = list(document.text)
    for start, end in document.fixed:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


SPEAKER = re.compile(r"^(?:\[\d\d\.\d\d\] [^:]{1,40}|Konselor|Penelepon): ")


# 1a. no SIMFONI coding term as a verdict

VERDICTS = re.compile(
    r"bentuk kekerasan|tempat kejadian|\bKDRT\b|kekerasan dalam rumah tangga|kelompok umur|jenis layanan|"
    r"kekerasan (?:fisik|psikis|seksual)|\beksploitasi\b|penelantaran|\bTPPO\b|perdagangan orang|fasilitas umum|"
    r"layanan kesehatan|rehabilitasi sosial|reintegrasi sosial|penegakan hukum|bantuan hukum|tokoh agama|"
    r"status usia|\bpelapor adalah korban\b", re.IGNORECASE)


def verdicts(text: str) -> list[str]:
    return VERDICTS.findall(text)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_no_document_names_a_simfoni_code_as_a_verdict(difficulty):
    found = {case.seed: verdicts(case.document.text) for case in all_cases(difficulty)}
    assert {seed: terms for seed, terms in found.items() if terms} == {}


def test_verdict_check_notices_a_coded_summary():
    case = all_cases("dasar")[0]
    assert verdicts(case.document.text + "\nKorban: bentuk kekerasan psikis; termasuk KDRT.") != []


# 1b. facts in sentences: no "Label: value" lines outside the fixed frame

LABEL_LINE = re.compile(r"^[A-Z][A-Za-z/. ]{1,25}: \S")


def label_lines(document) -> list[str]:
    out = []
    for line in body(document).splitlines():
        line = line.strip()
        spoken = SPEAKER.sub("", line)
        if LABEL_LINE.match(spoken):
            out.append(line)
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_facts_are_in_sentences_not_labelled_lines(difficulty):
    """Only a dasar note, letter or summary has an identity block, and it belongs to the frame."""
    found = {case.seed: label_lines(case.document) for case in all_cases(difficulty)}
    assert {seed: lines for seed, lines in found.items() if lines} == {}
    blocks = sum("Nama: " in case.document.text for case in all_cases(difficulty))
    assert (blocks > 0) == (difficulty == "dasar")


def test_label_check_notices_a_form_dump():
    case = next(c for c in all_cases("menengah") if c.document.kind == "transkrip_sapa")
    broken = replace(case.document, text=case.document.text + "Penelepon: Nama: Dewi\nNIK: 3672010101017001\n")
    assert len(label_lines(broken)) == 2


# 1c. conversations: the caller speaks for herself and is addressed as her sex and age call for

def caller_turns(case) -> list[str]:
    lines = [line for line in case.document.text.splitlines() if SPEAKER.match(line)]
    counsellor = ("Konselor: ", "SAPA 129: ")
    return [line for line in lines if not any(line.startswith(c) or f"] {c}" in line for c in counsellor)]


def counsellor_turns(case) -> list[str]:
    return [line for line in case.document.text.splitlines()
            if line.startswith("Konselor: ") or "] SAPA 129: " in line]


def third_person_self(case) -> list[str]:
    """A caller who is the victim never speaks of herself as "korban" or by her name after giving it."""
    if case.truth.reporter is not None:
        return []
    name = case.truth.victims[0].name.split()[0]
    turns = [SPEAKER.sub("", turn) for turn in caller_turns(case)]
    named = [t for t in turns if re.search(rf"\b{re.escape(name)}\b", t)]
    return [t for t in turns if re.search(r"\bkorban\b|\bpelapor\b", t, re.IGNORECASE)] + named[1:]


ADDRESSES = re.compile(r"\b(Bu|Pak|Mbak|Mas|Dik|Ibu|Bapak|Adik)\b")
FULL = {"Ibu": "Bu", "Bapak": "Pak", "Adik": "Dik"}


def wrong_addresses(case) -> set[str]:
    caller = case.truth.reporter or case.truth.victims[0]
    wanted = address_word(caller.sex, caller.age if caller.age is not None else 40)
    found = {FULL.get(m, m) for turn in counsellor_turns(case) for m in ADDRESSES.findall(SPEAKER.sub("", turn))}
    return found - {wanted}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_callers_speak_in_the_first_person_and_are_addressed_rightly(difficulty):
    talks = [c for c in all_cases(difficulty) if c.document.kind in CONVERSATIONS]
    assert len(talks) > 250
    assert {c.seed: third_person_self(c) for c in talks if third_person_self(c)} == {}
    assert {c.seed: wrong_addresses(c) for c in talks if wrong_addresses(c)} == {}
    if difficulty != "menengah":
        assert any(c.truth.reporter is None for c in talks)  # self-reports were checked


def test_conversation_checks_notice_third_person_and_wrong_address():
    talk = next(c for c in all_cases("dasar") if c.document.kind == "transkrip_sapa" and c.truth.reporter is None)
    name = talk.truth.victims[0].name.split()[0]
    broken = copy.copy(talk)
    object.__setattr__(broken, "document", replace(talk.document, text=talk.document.text + f"Penelepon: Jadi {name} "
                                                   "itu korban, Bu.\n"))
    assert third_person_self(broken) != []
    caller = talk.truth.victims[0]
    other = "Pak" if address_word(caller.sex, caller.age) != "Pak" else "Bu"
    object.__setattr__(broken, "document", replace(talk.document, text=talk.document.text + f"Konselor: Baik, {other}.\n"))
    assert wrong_addresses(broken) == {other}


def test_chats_use_abbreviations_and_calls_come_any_day_and_hour():
    chats = [c for d in DIFFICULTIES for c in all_cases(d) if c.document.kind == "percakapan_wa"]
    calls = [c for d in DIFFICULTIES for c in all_cases(d) if c.document.kind == "transkrip_sapa"]
    assert sum(bool(re.search(r"\b(sy|yg|tdk|udh|gak|tgl|sm)\b", c.document.text)) for c in chats) > len(chats) / 2
    hours = Counter(int(re.search(r"pukul (\d\d)\.", c.document.text).group(1)) for c in calls)
    assert set(range(24)) <= set(hours)
    weekdays = Counter(dt.date.fromisoformat(c.key["registrasi"]["tanggal_lapor"]).weekday() for c in calls + chats)
    assert weekdays[5] and weekdays[6]


# 1d. variety: no sentence shape in more than a fifth of the documents of one kind and level

def shapes(case) -> set[str]:
    """The document's sentences with names, numbers and places masked; frame and short interjections left out."""
    text, truth = body(case.document), case.truth
    people = [*truth.victims, *truth.perpetrators, *([truth.reporter] if truth.reporter else [])]
    masks = {truth.officer.name, *truth.officer.name.split()}
    for person in people:
        masks |= {person.name, *person.name.split(), person.street, person.birthplace, person.country}
    for code in [p.region for p in people] + [truth.incident_region, truth.kabkota]:
        for part in regions.ancestry(code or ""):
            masks |= {regions.name(part) or "", *(regions.name(part) or "").split()}
    masks.discard("")
    for mask in sorted(masks, key=len, reverse=True):
        text = text.replace(mask, "<X>")
    text = re.sub(r"\d+", "#", text)
    out = set()
    for sentence in re.split(r"(?<=[.?!])\s+|\n", text):
        sentence = SPEAKER.sub("", re.sub(r"\s+", " ", sentence).strip())
        sentence = re.sub(r"^\[#\.#\] <X>: |^SAPA #: ", "", sentence)
        if len(sentence.split()) >= 3:
            out.add(sentence)
    return out


def dominant_shapes(batch) -> dict[str, list[tuple[str, int, int]]]:
    counts, totals = defaultdict(Counter), Counter()
    for case in batch:
        totals[case.document.kind] += 1
        counts[case.document.kind].update(shapes(case))
    return {kind: [(shape, n, totals[kind]) for shape, n in counter.items() if n > totals[kind] / 5]
            for kind, counter in counts.items() if any(n > totals[kind] / 5 for n in counter.values())}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_no_sentence_shape_dominates_a_kind(difficulty):
    assert dominant_shapes(all_cases(difficulty)) == {}


def test_variety_check_notices_a_repeated_sentence():
    batch = []
    for case in all_cases("mahir")[:200]:
        broken = copy.copy(case)
        text = case.document.text + "Korban tampak tenang selama wawancara dan menjawab dengan jelas.\n"
        object.__setattr__(broken, "document", replace(case.document, text=text))
        batch.append(broken)
    assert dominant_shapes(batch) != {}


# 2. coherent scenarios

# An act done "in front of" someone needs somebody there: not a quiet house, a rented room or the teachers' room.
AUDIENCE = re.compile(r"di depan (?:teman|kelas|anak|pekerja|pembeli)")
SECLUDED = ("saat sepi", "kamar kos", "di ruang guru")


def incoherences(case) -> list[str]:
    truth, out = case.truth, []
    for person in truth.perpetrators:
        if person.name == UNKNOWN_NAME and truth.scenario not in ("trafficking", "group"):
            out.append(f"unknown accomplice in a {truth.scenario} case")
    for v, victim in enumerate(truth.victims):
        services = {s.kind for s in truth.services if s.victim == v}
        if victim.citizenship == vocab.WNA:
            if truth.scenario not in ("spouse", "workplace"):
                out.append(f"WNA victim in a {truth.scenario} case")
            if "PEMULANGAN" in services:
                out.append("WNA victim sent home by BP3MI")
        age = victim.age
        if age < 7 and victim.occupation != vocab.NA or 7 <= age < 18 and victim.occupation != "PELAJAR":
            out.append(f"child of {age} with occupation {victim.occupation}")
        if age >= 18 and victim.occupation == "PELAJAR" or victim.occupation == "IRT" and victim.sex != "P":
            out.append(f"adult {victim.sex} with occupation {victim.occupation}")
        codes = {row[v].code for row in truth.relations} | ({"KELOMPOK"} if truth.scenario == "group" else set())
        incident = truth.incidents[v]
        for form, act in zip(incident.forms, incident.form_words, strict=True):
            fitting = {a for code in codes | {None} for a in words.ACTS.get((form, code), ())}
            if not fitting:
                fitting = set(words.acts(form, ""))
            if act not in fitting:
                out.append(f"{act!r} does not fit {sorted(c for c in codes if c)}")
            if AUDIENCE.search(act) and any(place in incident.place_words for place in SECLUDED):
                out.append(f"{act!r} with nobody there, {incident.place_words!r}")
    if re.search(r"bekerja sebagai (?:tidak|sedang tidak|belum|menganggur)", case.document.text):
        out.append("bekerja sebagai tidak bekerja")
    home = all(i.place == "RUMAH_TANGGA" for i in truth.incidents)
    if any(re.search(r"\badik\b", d, re.IGNORECASE) and "melihat" in d for d in truth.distractors) and not home:
        out.append("a sibling witnessed what happened away from home")
    public = all(i.place == "FASILITAS_UMUM" for i in truth.incidents)
    if any("pedagang" in d or "berjualan" in d for d in truth.distractors) and not public:
        out.append("a passer-by witnessed what happened behind closed doors")
    if any("tidak masuk sekolah" in d for d in truth.distractors) and truth.victims[0].age >= 18:
        out.append("an adult victim missed school")
    if "kartu keluarga yang sama" in case.document.text:
        out.append("a shared family card claimed for people not shown to be family")
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_scenarios_are_coherent(difficulty):
    batch = all_cases(difficulty)
    assert {c.seed: incoherences(c) for c in batch if incoherences(c)} == {}
    if difficulty == "mahir":
        assert any(v.citizenship == vocab.WNA for c in batch for v in c.truth.victims)
        assert any(p.name == UNKNOWN_NAME for c in batch for p in c.truth.perpetrators)


@pytest.mark.parametrize("breakage", ["accomplice", "wna", "threat", "job", "witness", "passer-by", "school", "audience"])
def test_coherence_check_notices_an_implausible_twist(breakage):
    case = next(c for c in all_cases("mahir") if c.truth.scenario == "spouse" and c.truth.incidents[0].place
                == "RUMAH_TANGGA" and c.truth.victims[0].citizenship == vocab.WNI)
    broken = copy.copy(case)
    truth = copy.deepcopy(case.truth)
    object.__setattr__(broken, "truth", truth)
    if breakage == "accomplice":
        truth.perpetrators.append(replace(truth.perpetrators[0], name=UNKNOWN_NAME))
    elif breakage == "wna":
        truth.scenario = "parent"
        truth.victims[0].citizenship = vocab.WNA
    elif breakage == "threat":
        truth.incidents[0].forms, truth.incidents[0].form_words = ["PSIKIS"], ["dibentak dan diancam tidak naik kelas"]
    elif breakage == "job":
        truth.victims[-1].occupation = "IRT"
        truth.victims[-1].sex = "L"
    elif breakage == "passer-by":
        truth.distractors = ["Gaduh, yang berjualan di dekat situ, sempat melihat."]
    elif breakage == "school":
        truth.victims[0].age = 35
        truth.distractors = ["Korban sempat tidak masuk sekolah beberapa hari sesudahnya."]
    elif breakage == "audience":  # an act that fits a husband, at a place where nobody else is
        truth.incidents[0].forms, truth.incidents[0].form_words = ["PSIKIS"], ["direndahkan di depan anak-anaknya"]
        truth.incidents[0].place_words = "di rumah pelaku saat sepi"
    else:
        truth.incidents[0].place = "SEKOLAH"
        truth.distractors = ["Adik korban, Dewi, ikut melihat tetapi tidak disakiti."]
    assert incoherences(broken) != []


# 3. calendar and places

WEEKDAYS = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b")
KAB_SIGNATURE = re.compile(r"^(?:Kabupaten|Kota) [^,\n]+, \d{1,2} \w+ \d{4}$", re.MULTILINE)


def calendar_problems(case) -> list[str]:
    out, text = [], case.document.text
    lapor = dt.date.fromisoformat(case.key["registrasi"]["tanggal_lapor"])
    if case.document.kind in OFFICE_HOURS_KINDS and not is_working_day(lapor):
        out.append(f"{case.document.kind} dated {lapor}, not a working day")
    letter = case.truth.referrer.get("letter_date")
    if letter and not is_working_day(letter):
        out.append(f"letter dated {letter}, not a working day")
    if WEEKDAYS.search(text):
        out.append(f"a weekday is written: {WEEKDAYS.search(text).group(0)}")
    if KAB_SIGNATURE.search(text):
        out.append(f"signed {KAB_SIGNATURE.search(text).group(0)!r}")
    return out


def village_problems(case) -> list[str]:
    out, text = [], case.document.text
    truth = case.truth
    codes = {p.region for p in [*truth.victims, *truth.perpetrators, truth.reporter] if p and p.region}
    for code in codes | ({truth.incident_region} if truth.incident_region else set()):
        word, other = village_word(code), {"Kelurahan": "Desa", "Desa": "Kelurahan"}[village_word(code)]
        name = regions.name(code)
        if f"{word} {name}" not in text or f"{other} {name}," in text:
            out.append(f"{code} {name} is a {word.lower()}")
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_office_documents_on_working_days_and_no_weekdays_written(difficulty):
    batch = all_cases(difficulty)
    assert {c.seed: calendar_problems(c) for c in batch if calendar_problems(c)} == {}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_villages_are_kelurahan_or_desa_as_coded_and_letters_sign_with_the_place_name(difficulty):
    batch = cases(difficulty, 0, 300, "36.03")  # Kabupaten Tangerang: desa and kelurahan both
    assert {c.seed: village_problems(c) for c in batch if village_problems(c)} == {}
    assert {c.seed: calendar_problems(c) for c in batch if calendar_problems(c)} == {}
    text = "\n".join(c.document.text for c in batch)
    assert "Desa " in text and "Kelurahan " in text
    assert re.search(r"^Tangerang, \d{1,2} \w+ \d{4}$", text, re.MULTILINE)


def test_calendar_and_village_checks_notice_a_broken_document():
    case = next(c for c in cases("dasar", 0, 300, "36.03") if c.document.kind == "catatan_pengaduan"
                and village_word(c.truth.victims[0].region) == "Desa")
    assert calendar_problems(case) == [] and village_problems(case) == []
    key = copy.deepcopy(case.key)
    key["registrasi"]["tanggal_lapor"] = "2024-12-25"
    assert calendar_problems(type("Broken", (), {"key": key, "document": case.document, "truth": case.truth})())
    text = case.document.text.replace("Desa ", "Kelurahan ") + "\nKabupaten Tangerang, 3 Mei 2024\n"
    text += "Tanggal lahir: Jumat, 26 Desember 2008\n"
    broken = type("Broken", (), {"key": case.key, "document": replace(case.document, text=text), "truth": case.truth})()
    assert len(calendar_problems(broken)) == 2
    assert village_problems(broken) != []


def test_the_rules_are_reached():
    """Every kind at every level, WNA and disabled victims, relative dates and corrections in mahir."""
    for difficulty in DIFFICULTIES:
        kinds = Counter(c.document.kind for c in all_cases(difficulty))
        assert len(kinds) == 5 and min(kinds.values()) > 120, (difficulty, kinds)
    mahir = all_cases("mahir")
    assert sum("sebelum" in c.document.narrative or "sesudah" in c.document.narrative for c in mahir) > 50
    assert sum(bool(re.search(r"bukan (tanggal )?\d", c.document.text)) for c in mahir) > 200
    assert any(v.disability for c in mahir for v in c.truth.victims)
