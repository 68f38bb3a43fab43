"""What a case worker noticed reading generated conversations and families (issue 11, second reading).

Each check runs on the generated documents and on a deliberately broken case, so none can pass
vacuously: forms of address follow the counsellor's sex and age, questions fit their answers, an
afterthought names whom it is about, siblings' second names agree, and a calling victim speaks of
her own people in the first person. (The scenes: test_generator_reading_scenes.py.)
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import replace

import pytest

from exercises.generator import DIFFICULTIES
from exercises.generator.questions import address_word
from exercises.generator.provider import FIRST_NAMES
from tests.exercises.test_generator_documents import (
    CONVERSATIONS,
    SPEAKER,
    all_cases,
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


def failures(batch, check) -> dict:
    """Seed -> what ``check`` found, for the cases where it found something."""
    return {case.seed: found for case in batch if (found := check(case))}


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
    assert failures(batch, counsellor_address_problems) == {}
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
    assert failures(batch, question_mismatches) == {}
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
    assert failures(batch, dangling_lines) == {}
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
    assert failures(batch, family_name_problems) == {}
    assert sum(bool(family_pairs(c)) for c in batch) > 50


def test_family_name_check_notices_siblings_with_different_second_names():
    case = next(c for c in all_cases("mahir") if c.truth.scenario == "parent")
    broken = with_truth(case)
    first, second = broken.truth.victims[:2]
    first.name, second.name, second.sex = f"{first.name.split()[0]} Hutagalung", "Rudi Nainggolan", first.sex
    assert family_name_problems(broken)


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
            # "Qori ... oleh pemilik usaha yang mempekerjakan saya" is about Qori's employer; but "Okto dipukul
            # oleh suami saya" is right: a wife calling about her child names her own husband so.
            for name in others:
                if re.search(rf"\b{name}\b[^.]*\boleh\b[^.]*\b(?:mempekerjakan|majikan|bos|mandor) saya\b", sentence):
                    out.append(sentence)
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_a_calling_victim_speaks_in_the_first_person_of_her_own_people(difficulty):
    batch = [c for c in talks(difficulty) if c.truth.reporter is None]
    assert failures(batch, first_person_slips) == {}


def test_first_person_check_notices_a_slip():
    case = next(c for c in talks("mahir") if c.truth.reporter is None and len(c.truth.victims) > 1)
    other = case.truth.victims[1].name.split()[0]
    text = case.document.text + f"Penelepon: {other} pun dimaki oleh pemilik usaha yang mempekerjakan saya.\n"
    assert first_person_slips(with_text(case, text))
    assert first_person_slips(with_text(case, case.document.text + "Penelepon: Oleh laki-laki yang dinikahinya.\n"))
