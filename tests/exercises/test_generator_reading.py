"""What a case worker noticed reading generated documents (issue 11, second reading), over 1,000 seeds per level.

Each check runs on the generated documents and on a deliberately broken case, so none can pass
vacuously: forms of address follow the counsellor's sex and age, questions fit their answers, an
afterthought names whom it is about, siblings' second names agree, foreign victims carry foreign
names, lists of acts read as Indonesian, and acts, places and schoolmates fit the scenario.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import replace

import pytest

from exercises import vocab
from exercises.generator import DIFFICULTIES, words
from exercises.generator.conversation import address_word
from exercises.generator.provider import FIRST_NAMES
from tests.exercises.test_generator_documents import (
    CONVERSATIONS,
    SPEAKER,
    all_cases,
    body,
    caller_turns,
)


def with_text(case, text: str):
    broken = copy.copy(case)
    object.__setattr__(broken, "document", replace(case.document, text=text))
    return broken


def with_truth(case):
    broken = copy.copy(case)
    object.__setattr__(broken, "truth", copy.deepcopy(case.truth))
    return broken


def talks(difficulty: str):
    return [c for c in all_cases(difficulty) if c.document.kind in CONVERSATIONS]


# 1. the counsellor is a person: a name that fits her sex, and callers address her by sex and age

BARE_ADDRESS = re.compile(r"\b(Bu|Pak|Mbak|Mas)\b(?! [A-Z])")  # "Pak Budi" is someone else


def counsellor_address_problems(case) -> list[str]:
    officer = case.truth.officer
    out = [] if officer.name.split()[0] in FIRST_NAMES[officer.sex] else [f"{officer.name!r} is not a {officer.sex} name"]
    wanted = address_word(officer.sex, officer.age)
    for turn in caller_turns(case):
        out += [f"{found} for {wanted}: {turn}" for found in BARE_ADDRESS.findall(SPEAKER.sub("", turn))
                if found != wanted]
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_callers_address_the_counsellor_by_her_sex_and_age(difficulty):
    batch = talks(difficulty)
    assert {c.seed: counsellor_address_problems(c) for c in batch if counsellor_address_problems(c)} == {}
    assert {address_word(c.truth.officer.sex, c.truth.officer.age) for c in batch} == {"Bu", "Pak", "Mbak", "Mas"}


def test_counsellor_check_notices_a_wrong_address_and_a_name_of_the_other_sex():
    case = next(c for c in talks("mahir") if c.truth.officer.sex == "P")
    wrong = "Pak" if address_word("P", case.truth.officer.age) != "Pak" else "Mas"
    assert counsellor_address_problems(with_text(case, case.document.text + f"Penelepon: Maaf {wrong}, saya lupa.\n"))
    broken = with_truth(case)
    broken.truth.officer.name = "Umaya"  # Faker's id_ID lists it among the men
    broken.truth.officer.sex = "L"
    assert counsellor_address_problems(broken)


# 2. a question asks for what its answer gives: an age to "umurnya berapa?", a date to "lahirnya kapan?"

ASKS_AGE = re.compile(r"\b(umur|usia|berapa tahun)", re.IGNORECASE)
ASKS_BIRTH = re.compile(r"\b(lahir|kelahiran)", re.IGNORECASE)
GIVES_BIRTH = re.compile(r"\blahir\b.*\b(\d{4})\b")
GIVES_AGE = re.compile(r"\b\d{1,2} (tahun|tauhn|thn)\b")


def question_mismatches(case) -> list[str]:
    lines = [SPEAKER.sub("", line) if SPEAKER.match(line) else None for line in case.document.text.splitlines()]
    raw = case.document.text.splitlines()
    out = []
    for i, line in enumerate(raw[:-1]):
        counsellor = line.startswith("Konselor: ") or "] SAPA 129: " in line
        if not counsellor or lines[i + 1] is None or raw[i + 1].startswith("Konselor: ") or "] SAPA 129: " in raw[i + 1]:
            continue
        question, answer = lines[i], lines[i + 1]
        if ASKS_BIRTH.search(question) and not GIVES_BIRTH.search(answer):
            out.append(f"{question!r} answered {answer!r}")
        elif ASKS_AGE.search(question) and not ASKS_BIRTH.search(question) and not GIVES_AGE.search(answer):
            out.append(f"{question!r} answered {answer!r}")
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_age_questions_get_ages_and_birth_questions_get_dates(difficulty):
    batch = talks(difficulty)
    assert {c.seed: question_mismatches(c) for c in batch if question_mismatches(c)} == {}
    asked = Counter(bool(ASKS_BIRTH.search(line)) for c in batch for line in c.document.text.splitlines()
                    if ASKS_AGE.search(line) or ASKS_BIRTH.search(line))
    assert asked[True] > 50 and asked[False] > 50  # both kinds of question were checked


def test_question_check_notices_a_birth_date_asked_and_an_age_given():
    case = talks("dasar")[0]
    text = case.document.text + "Konselor: Kelahiran kapan?\nPenelepon: Dia 43 tahun.\n"
    assert question_mismatches(with_text(case, text)) != []
    text = case.document.text + "Konselor: Umurnya berapa?\nPenelepon: Dia lahir 3 Mei 2011.\n"
    assert question_mismatches(with_text(case, text)) != []


# 3. an afterthought names whom it is about: "saya tinggal serumah dengan Ilyas", never "bareng dia"

DANGLING = re.compile(r"^(?:Oh iya, )?(?:saya|kami|sy)\b[^.]*\b(?:sama|bareng|dengan) dia\.?$", re.IGNORECASE)


def dangling_lines(case) -> list[str]:
    return [turn for turn in caller_turns(case) if DANGLING.match(SPEAKER.sub("", turn))]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_afterthoughts_say_whom_they_are_about(difficulty):
    batch = talks(difficulty)
    assert {c.seed: dangling_lines(c) for c in batch if dangling_lines(c)} == {}
    assert sum("serumah dengan" in t or "satu rumah sama" in t or "serumah sama" in t
               for c in batch for t in caller_turns(c)) > 20


def test_afterthought_check_notices_a_dangling_dia():
    case = talks("menengah")[0]
    assert dangling_lines(with_text(case, case.document.text + "Penelepon: Oh iya, saya tinggal bareng dia.\n"))


# 4. siblings (and a father's children) with second names share them; across the sexes there is none

def family_pairs(case):
    """(name, sex, name, sex) of people the case makes one family's children (or father and child)."""
    truth, pairs = case.truth, []
    victims = truth.victims
    if truth.scenario == "parent":
        parent = truth.perpetrators[0]
        pairs += [(v.name, v.sex, victims[0].name, victims[0].sex) for v in victims[1:]]
        if parent.sex == "L":
            pairs += [(v.name, v.sex, parent.name, parent.sex) for v in victims[:1]]
    if truth.scenario == "spouse" and len(victims) > 1:
        husband = truth.perpetrators[0]
        pairs.append((victims[1].name, victims[1].sex, husband.name, husband.sex))
    if truth.reporter is not None and truth.reporter_words == "kakak":
        pairs.append((truth.reporter.name, truth.reporter.sex, victims[0].name, victims[0].sex))
    return pairs


def family_name_problems(case) -> list[str]:
    out = []
    for name, sex, other, other_sex in family_pairs(case):
        mine, theirs = name.split()[1:], other.split()[1:]
        if mine and theirs and (sex != other_sex or mine != theirs):
            out.append(f"{name} ({sex}) and {other} ({other_sex})")
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_one_familys_second_names_agree(difficulty):
    batch = all_cases(difficulty)
    assert {c.seed: family_name_problems(c) for c in batch if family_name_problems(c)} == {}
    assert sum(bool(family_pairs(c)) for c in batch) > 50


def test_family_name_check_notices_siblings_with_different_second_names():
    case = next(c for c in all_cases("mahir") if c.truth.scenario == "parent")
    broken = with_truth(case)
    first, second = broken.truth.victims[:2]
    first.name, second.name, second.sex = f"{first.name.split()[0]} Hutagalung", "Rudi Nainggolan", first.sex
    assert family_name_problems(broken)


# 5. lists of acts read as Indonesian; no place said twice; no "Ia kakinya ..."

UNGRAMMATICAL = re.compile(
    r"\bdan di\w+\b(?:(?!\bserta\b)[^,.;:?!])*\bdan di\w+"  # "dipukul dan ditendang dan dimaki" rather than "A, B, dan C"
    r"|\b(?:di sekolah|di tempat kerja|tempat \w+ bekerja) di (?:halaman|ruang|area|gudang|sekolah|tempat)\b"
    r"|\b[Ii]a kakinya\b|\bSekolah saya\b")


def ungrammatical(case) -> list[str]:
    return [match.group(0) for match in UNGRAMMATICAL.finditer(case.document.text)]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_no_chained_dan_double_place_or_dangling_subject(difficulty):
    batch = all_cases(difficulty)
    assert {c.seed: ungrammatical(c) for c in batch if ungrammatical(c)} == {}


@pytest.mark.parametrize("sentence", ["Dewi dipukul dan ditendang dan dimaki.",
                                      "Dina dicabuli oleh guru Dina di sekolah di halaman sekolah.",
                                      "Ia kakinya lumpuh sejak kecil."])
def test_grammar_check_notices_a_broken_sentence(sentence):
    case = all_cases("dasar")[0]
    assert ungrammatical(with_text(case, case.document.text + sentence))


# 6. the scenario's people and acts fit: crowds need several doers, "rumah mereka" a shared home,
#    a broom a home, a foreign victim a foreign name, a schoolmate the pupil's school

GROUP_ACTS = re.compile(r"beramai-ramai|bergantian|dikeroyok")
SCHOOL_TOP = {"SD": 12, "SLTP": 15, "SLTA": 17}


def scenario_problems(case) -> list[str]:
    truth, out = case.truth, []
    for v, incident in enumerate(truth.incidents):
        doers = [p for p, row in enumerate(truth.relations) if row[v].code]
        if any(GROUP_ACTS.search(act) for act in incident.form_words) and len(doers) < 2:
            out.append(f"a crowd's act by one person: {incident.form_words}")
        shares_home = any(p.street and p.street == truth.victims[v].street for p in truth.perpetrators)
        if incident.place_words == "di rumah mereka" and not shares_home:
            out.append("'di rumah mereka' with a perpetrator who lives elsewhere")
        if incident.place != "RUMAH_TANGGA" and set(incident.form_words) & words.AT_HOME_ONLY:
            out.append(f"{incident.form_words} {incident.place_words}")
    for victim in truth.victims:
        if victim.citizenship == vocab.WNA and victim.name not in words.FOREIGN_NAMES[victim.country]:
            out.append(f"{victim.name} from {victim.country}")
    for p in truth.perpetrators:
        for victim in truth.victims:
            for option in words.RELATION_AGE_GAP:
                said = option.format(v=victim.name.split()[0])
                if p.age is not None and said in case.document.text and not words.fits_ages(option, p.age - victim.age):
                    out.append(f"{said}, {p.age} to her {victim.age}")
    if truth.victims[0].citizenship == vocab.WNA and any("adik korban" in d for d in truth.distractors):
        out.append("a foreign wife's sibling in the next room")
    if truth.scenario == "group":
        pupil = truth.victims[0]
        top = SCHOOL_TOP.get(pupil.education, 17)
        out += [f"{mate.name} ({mate.age}) at a {pupil.education} pupil's school" for mate in truth.perpetrators
                if mate.age is not None and mate.age > top]
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_acts_places_and_people_fit_the_scenario(difficulty):
    batch = all_cases(difficulty)
    assert {c.seed: scenario_problems(c) for c in batch if scenario_problems(c)} == {}


@pytest.mark.parametrize("breakage", ["crowd", "home", "broom", "foreign", "schoolmate", "sibling", "grandfather"])
def test_scenario_check_notices_a_misfit(breakage):
    scenario = {"crowd": "dating", "home": "dating", "broom": "school", "foreign": "spouse", "schoolmate": "group",
                "sibling": "spouse", "grandfather": "sexual_abuse"}
    case = next(c for c in all_cases("mahir" if breakage in ("foreign", "schoolmate", "sibling") else "dasar")
                if c.truth.scenario == scenario[breakage])
    broken = with_truth(case)
    if breakage == "grandfather":
        girl = case.truth.victims[0]
        broken.truth.perpetrators[0].age = girl.age + 16
        broken = with_text(broken, case.document.text + f"Pelakunya kakek {girl.name.split()[0]}.")
    truth = broken.truth
    if breakage == "crowd":
        truth.incidents[0].form_words = ["diejek dan dikucilkan beramai-ramai"]
    elif breakage == "home":
        truth.incidents[0].place, truth.incidents[0].place_words = "RUMAH_TANGGA", "di rumah mereka"
    elif breakage == "broom":
        truth.incidents[0].form_words = ["dipukul dengan gagang sapu"]
    elif breakage == "foreign":
        truth.victims[0].citizenship, truth.victims[0].country = vocab.WNA, "Korea Selatan"
        truth.victims[0].name = "Sadina Kuswandari"
    elif breakage == "grandfather":
        pass
    elif breakage == "schoolmate":
        truth.victims[0].education, truth.perpetrators[0].age = "SD", 14
    else:
        truth.victims[0].citizenship, truth.victims[0].country, truth.victims[0].name = vocab.WNA, "Thailand", "Nittaya"
        truth.distractors = ["Mila Boonmee, adik korban, melihat dari kamar sebelah."]
    assert scenario_problems(broken) != []


# 7. no stock phrase twice in one document ("Ada. …, eh bentar, iya betul." of both victims)

def repeated_phrases(case) -> list[str]:
    truth = case.truth
    names = {part for p in [*truth.victims, *truth.perpetrators, truth.reporter] if p for part in p.name.split()}
    counts = Counter()
    for sentence in re.split(r"(?<=[.?!])\s+|\n", body(case.document)):
        sentence = SPEAKER.sub("", sentence.strip())
        for name in sorted(names, key=len, reverse=True):
            sentence = sentence.replace(name, "<X>")
        sentence = re.sub(r"\d+", "#", sentence)
        # Four words besides names: "Dewi, Bu." and "Dia anak perempuan." (of two victims) are no stock phrase.
        if len([w for w in sentence.split() if "<X>" not in w]) >= 4 and \
                not re.search(r"RT #|No\.$|Kelurahan|Desa|Kecamatan", sentence):
            counts[sentence] += 1
    return [sentence for sentence, n in counts.items() if n > 1]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_no_stock_phrase_twice_in_one_document(difficulty):
    batch = all_cases(difficulty)
    assert {c.seed: repeated_phrases(c) for c in batch if repeated_phrases(c)} == {}


def test_repetition_check_notices_a_phrase_said_twice():
    case = talks("mahir")[0]
    line = "Penelepon: Ada. 3672024803808032, eh bentar, iya betul.\n"
    assert repeated_phrases(with_text(case, case.document.text + line + line.replace("80", "81")))


# 8. a victim who calls speaks of her own husband and employer in the first person, and of the others' in theirs

def first_person_slips(case) -> list[str]:
    truth = case.truth
    if truth.reporter is not None:
        return []
    out = []
    others = [v.name.split()[0] for v in truth.victims[1:]]
    for turn in caller_turns(case):
        spoken = SPEAKER.sub("", turn)
        out += re.findall(r"\b(?:dinikahinya|suami ibunya)\b", spoken)
        for sentence in re.split(r"(?<=[.?!])\s+", spoken):
            for name in others:  # "Qori ... oleh pemilik usaha yang mempekerjakan saya" is about Qori's employer
                if re.search(rf"\b{name}\b[^.]*\boleh\b[^.]*\b(?:mempekerjakan|majikan|bos|mandor|suami) saya\b", sentence):
                    out.append(sentence)
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_a_calling_victim_speaks_in_the_first_person_of_her_own_people(difficulty):
    batch = [c for c in talks(difficulty) if c.truth.reporter is None]
    assert {c.seed: first_person_slips(c) for c in batch if first_person_slips(c)} == {}


def test_first_person_check_notices_a_slip():
    case = next(c for c in talks("mahir") if c.truth.reporter is None and len(c.truth.victims) > 1)
    other = case.truth.victims[1].name.split()[0]
    text = case.document.text + f"Penelepon: {other} pun dimaki oleh pemilik usaha yang mempekerjakan saya.\n"
    assert first_person_slips(with_text(case, text))
    assert first_person_slips(with_text(case, case.document.text + "Penelepon: Oleh laki-laki yang dinikahinya.\n"))
