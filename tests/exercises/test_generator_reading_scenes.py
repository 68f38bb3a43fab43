"""What a case worker noticed reading generated documents (issue 11, second reading): the scenes.

Over 1,000 seeds per level, each check also run on a deliberately broken case: lists of acts read
as Indonesian, acts, places and people fit the scenario, relationship words fit the ages, and no
stock phrase is said twice in one document. (Conversations: test_generator_reading.py.)
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from exercises import vocab
from exercises.generator import DIFFICULTIES, words
from tests.exercises.test_generator_documents import SPEAKER, all_cases, body
from tests.exercises.test_generator_reading import failures, talks, with_text, with_truth

# 5. lists of acts read as Indonesian; no place said twice; no "Ia kakinya ..."

UNGRAMMATICAL = re.compile(
    r"\bdan di\w+\b(?:(?!\bserta\b)[^,.;:?!])*\bdan di\w+"  # "dipukul dan ditendang dan dimaki" rather than "A, B, dan C"
    r"|\b(?:di sekolah|di tempat kerja|tempat \w+ bekerja) di (?:halaman|ruang|area|gudang|sekolah|tempat)\b"
    r"|\b[Ii]a kakinya\b|\bSekolah saya\b"
    r"|\bberamai-ramai\b[^.]*\bberamai-ramai\b")  # a crowd said twice in one sentence


def ungrammatical(case) -> list[str]:
    return [match.group(0) for match in UNGRAMMATICAL.finditer(case.document.text)]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_no_chained_dan_double_place_or_dangling_subject(difficulty):
    batch = all_cases(difficulty)
    assert failures(batch, ungrammatical) == {}


@pytest.mark.parametrize("sentence", ["Dewi dipukul dan ditendang dan dimaki.",
                                      "Dina dicabuli oleh guru Dina di sekolah di halaman sekolah.",
                                      "Ia kakinya lumpuh sejak kecil.",
                                      "Yahya dipukuli beramai-ramai serta diejek dan dikucilkan beramai-ramai."])
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
    if re.search(r"ada masalah di rumah", case.document.text) and any(i.place != "RUMAH_TANGGA" for i in truth.incidents):
        out.append("'ada masalah di rumah' about what happened elsewhere")
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
    assert failures(batch, scenario_problems) == {}


@pytest.mark.parametrize("breakage", ["crowd", "home", "broom", "foreign", "schoolmate", "sibling", "grandfather",
                                      "trouble at home"])
def test_scenario_check_notices_a_misfit(breakage):
    scenario = {"crowd": "dating", "home": "dating", "broom": "school", "foreign": "spouse", "schoolmate": "group",
                "sibling": "spouse", "grandfather": "sexual_abuse", "trouble at home": "workplace"}
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
    elif breakage == "trouble at home":
        broken = with_text(broken, case.document.text + "Penelepon: Pak, saya mau minta tolong, ada masalah di rumah.\n")
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
    assert failures(batch, repeated_phrases) == {}


def test_repetition_check_notices_a_phrase_said_twice():
    case = talks("mahir")[0]
    line = "Penelepon: Ada. 3672024803808032, eh bentar, iya betul.\n"
    assert repeated_phrases(with_text(case, case.document.text + line + line.replace("80", "81")))
