"""What a case worker noticed reading 60 generated documents in the browser (issue 11, third reading).

Each check runs over 1,000 seeds per level and on a deliberately broken case, so none passes
vacuously: a trafficked worker left months before her family reports, a phone caller's answers
are one turn until the counsellor speaks again, a mother knows her child's birthday, a child has
no KTP, a neighbour knows the victim's age but not her NIK, a school is open on the day a teacher
hurts a pupil, a foreigner has no KK, and a second victim is introduced as another one.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from exercises import vocab
from exercises.generator import DIFFICULTIES
from exercises.generator.calendar import in_school_break, is_working_day
from exercises.generator.prose import first
from exercises.generator.text import perp_key, victim_key
from tests.exercises.test_generator_documents import all_cases, caller_turns
from tests.exercises.test_generator_reading import failures, talks, with_text, with_truth


def scenario_cases(scenario: str):
    return [c for level in DIFFICULTIES for c in all_cases(level) if c.truth.scenario == scenario]


# 1. "berangkat ke Malaysia pada 27 Maret ... dipekerjakan tanpa upah", reported on 28 March: she left months ago

def trafficking_too_soon(case) -> list[str]:
    gap = (case.truth.tanggal_lapor - case.truth.tanggal_kejadian).days
    return [f"left {gap} days before the report"] if gap < 60 else []


def test_a_trafficked_worker_left_months_before_her_family_reports():
    batch = scenario_cases("trafficking")
    assert len(batch) > 50
    assert failures(batch, trafficking_too_soon) == {}
    broken = with_truth(batch[0])
    broken.truth.tanggal_kejadian = broken.truth.tanggal_lapor - dt.timedelta(days=2)
    assert trafficking_too_soon(broken)


# 2. "Penelepon: Saya lulusan SMK." / "Penelepon: Saya bersuami." / "Penelepon: Agama saya Hindu.": one turn

def split_turns(case) -> list[str]:
    lines = [line for line in case.document.text.splitlines() if line.startswith(("Konselor: ", "Penelepon: "))]
    return [line for before, line in zip(lines, lines[1:], strict=False)
            if before.startswith("Penelepon: ") and line.startswith("Penelepon: ")]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_a_phone_caller_says_her_answers_in_one_turn(difficulty):
    batch = [c for c in talks(difficulty) if c.document.kind == "transkrip_sapa"]
    assert failures(batch, split_turns) == {}
    # A chat is written message by message: several in a row are usual there.
    chats = [c for c in talks(difficulty) if c.document.kind == "percakapan_wa"]
    assert any(re.search(r"\] (?!SAPA 129)[^:\n]+: .*\n\[[^]]+\] (?!SAPA 129)", c.document.text) for c in chats)
    case = batch[0]
    assert split_turns(with_text(case, case.document.text + "Penelepon: Saya bersuami.\nPenelepon: Agama saya Hindu.\n"))


# 3. a mother answering "Setahu saya lahir 2 Juli 2009" about her own daughter

UNSURE_OF_BIRTH = re.compile(r"(?:setahu (?:saya|sy)|kalau (?:nggak|gak) salah|yang (?:saya|sy) tahu),? (?:dia )?"
                             r"(?:lahir|umur|berusia)", re.IGNORECASE)


def family_unsure_of_birth(case) -> list[str]:
    truth = case.truth
    if truth.reporter is not None and truth.reporter_relation != "ORANG_TUA" and truth.reporter_words != "kakak":
        return []
    return [turn for turn in caller_turns(case) if UNSURE_OF_BIRTH.search(turn)]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_a_mother_or_sister_knows_the_birthday(difficulty):
    batch = talks(difficulty)
    assert failures(batch, family_unsure_of_birth) == {}
    # Others still may be unsure: the check is not vacuous because the phrase never occurs.
    assert any(UNSURE_OF_BIRTH.search(turn) for c in batch for turn in caller_turns(c))
    mother = next(c for c in batch if c.truth.reporter_relation == "ORANG_TUA" and c.document.kind == "transkrip_sapa")
    assert family_unsure_of_birth(with_text(mother, mother.document.text + "Penelepon: Setahu saya lahir 2 Juli 2009.\n"))


# 4. "KTP-nya nggak kebawa" about a nine-year-old

def child_with_ktp(case) -> list[str]:
    if all(victim.age >= 17 for victim in case.truth.victims):
        return []
    return [turn for turn in caller_turns(case) if re.search(r"\bktp\b", turn, re.IGNORECASE)]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_nobody_mentions_a_childs_ktp(difficulty):
    batch = talks(difficulty)
    assert failures(batch, child_with_ktp) == {}
    case = next(c for c in batch if all(v.age < 17 for v in c.truth.victims) and c.document.kind == "transkrip_sapa")
    assert child_with_ktp(with_text(case, case.document.text + "Penelepon: KTP-nya nggak kebawa.\n"))


# 5. a neighbour reading out the victim's NIK and birthday

def neighbour_knows_numbers(case) -> list[str]:
    if case.truth.reporter_relation != "TETANGGA":
        return []
    return [f"{v.name}: NIK {v.nik!r}, born {v.birth_date}" for v in case.truth.victims if v.nik or v.birth_date]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_a_neighbour_knows_the_age_not_the_nik_or_birthday(difficulty):
    batch = [c for c in all_cases(difficulty) if c.truth.reporter_relation == "TETANGGA"]
    assert len(batch) > 20
    assert failures(batch, neighbour_knows_numbers) == {}
    assert all(v["usia"] and not v["nik"] and not v["tanggal_lahir"] for c in batch for v in c.key["korban"])
    broken = with_truth(batch[0])
    broken.truth.victims[0].nik = "3672014911917384"
    assert neighbour_knows_numbers(broken)


# 6. a teacher hurting a pupil "di halaman sekolah" on 3 January, in the school holidays

@pytest.mark.parametrize(("day", "closed"), [
    (dt.date(2025, 1, 3), True), (dt.date(2024, 12, 23), True), (dt.date(2025, 7, 1), True),
    (dt.date(2024, 4, 15), True),  # a week after lebaran 2024 (10 April)
    (dt.date(2025, 7, 14), False), (dt.date(2024, 9, 10), False), (dt.date(2025, 1, 8), False)])
def test_school_breaks(day, closed):
    assert in_school_break(day) is closed


def school_shut(case) -> list[str]:
    day = case.truth.tanggal_kejadian
    return [f"at school on {day}"] if not is_working_day(day) or in_school_break(day) else []


def test_a_teacher_hurts_a_pupil_on_a_school_day():
    batch = scenario_cases("school")
    assert len(batch) > 100
    assert failures(batch, school_shut) == {}
    broken = with_truth(batch[0])
    broken.truth.tanggal_kejadian = dt.date(2025, 1, 3)
    assert school_shut(broken)


# 7. "Menurut KK, Jiyoung tinggal di ..." about a Korean worker

def foreigner_on_a_kk(case) -> list[str]:
    return [f"Menurut KK, {first(v.name)}" for v in case.truth.victims
            if v.citizenship != vocab.WNI and f"Menurut KK, {first(v.name)}" in case.document.text]


def test_a_foreigner_is_not_on_a_kartu_keluarga():
    batch = [c for c in all_cases("mahir") if any(v.citizenship != vocab.WNI for v in c.truth.victims)]
    assert len(batch) > 20
    assert failures(batch, foreigner_on_a_kk) == {}
    case = batch[0]
    foreigner = next(v for v in case.truth.victims if v.citizenship != vocab.WNI)
    assert foreigner_on_a_kk(with_text(case, case.document.text + f"Menurut KK, {first(foreigner.name)} tinggal di X."))


# 8. "Yang mengalami kejadian ini Puput" after Putri was introduced as the victim

def second_victim_as_the_only_one(case) -> list[str]:
    return [victim.name for victim in case.truth.victims[1:]
            if f"Yang mengalami kejadian ini {victim.name}" in case.document.text]


def test_a_second_victim_is_introduced_as_another_one():
    batch = [c for c in all_cases("mahir") if len(c.truth.victims) > 1]
    assert failures(batch, second_victim_as_the_only_one) == {}
    case = batch[0]
    second = case.truth.victims[1].name
    assert second_victim_as_the_only_one(with_text(case, case.document.text + f"Yang mengalami kejadian ini {second}."))


# 9. smaller things read in the same sitting: each phrase a case worker would stop at

def stumbles(case) -> list[str]:
    truth, text, out = case.truth, case.document.text, []
    jobs = [victim_key(i, "pekerjaan") for i, v in enumerate(truth.victims) if v.sex == "P"] + [
        perp_key(i, "pekerjaan") for i, p in enumerate(truth.perpetrators) if p.sex == "P"]
    out += [f"a woman {text[a:b]!r}" for key in jobs for a, b in case.evidence.get(key, []) if "nelayan" in text[a:b]]
    out += [f"{v.name}: a KK that was not brought" for v in truth.victims
            if not v.nik and f"Menurut KK, {first(v.name)}" in text]
    out += [turn for turn in text.splitlines() if turn.count("Oh iya") > 1]
    out += re.findall(r"Sehari-hari (?:ia|\w+) (?:sedang tidak bekerja|menganggur|belum bekerja)", text)
    out += re.findall(r"Statusnya guru berstatus", text)
    out += [f"{v.name}: a civil servant with an intellectual disability" for v in truth.victims
            if "INTELEKTUAL" in v.disability and v.occupation == "PNS_TNI_POLRI"]
    if truth.abroad_country:
        out += [f"{v.name} cannot walk, sent to work abroad" for v in truth.victims if "FISIK" in v.disability]
    if truth.victims[0].age < 10:
        out += re.findall(r"\badik(?:nya| \w+),? [^.]*(?:melihat|lihat)", text, re.IGNORECASE)
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_none_of_the_small_stumbles(difficulty):
    assert failures(all_cases(difficulty), stumbles) == {}


@pytest.mark.parametrize("added", ["Penelepon: Sama. Oh iya, dia kelas 2 SD. Oh iya, dia lumpuh.\n",
                                   "Sehari-hari ia menganggur sejak beberapa bulan.",
                                   "Statusnya guru berstatus PNS."])
def test_the_stumble_check_notices_a_broken_sentence(added):
    case = all_cases("mahir")[0]
    assert stumbles(with_text(case, case.document.text + added))


def test_the_stumble_check_notices_broken_people():
    woman = next(c for c in all_cases("dasar") if c.truth.victims[0].sex == "P" and c.evidence.get(victim_key(0, "pekerjaan")))
    start, end = woman.evidence[victim_key(0, "pekerjaan")][0]
    assert stumbles(with_text(woman, woman.document.text[:start] + "nelayan".ljust(end - start)[:end - start]
                              + woman.document.text[end:]))
    civil_servant = with_truth(all_cases("mahir")[0])
    civil_servant.truth.victims[0].disability, civil_servant.truth.victims[0].occupation = ["INTELEKTUAL"], "PNS_TNI_POLRI"
    assert stumbles(civil_servant)
    trafficked = with_truth(scenario_cases("trafficking")[0])
    trafficked.truth.victims[0].disability = ["FISIK"]
    assert stumbles(trafficked)
    young = next(c for c in all_cases("mahir") if c.truth.victims[0].age < 10)
    assert stumbles(with_text(young, young.document.text + "Adiknya, Dewi, lihat dari kamar sebelah."))


def self_report_says_rumahnya(case) -> list[str]:
    if case.truth.reporter is not None:
        return []
    return [turn for turn in caller_turns(case) if re.search(r": (?:Rumahnya|Tinggalnya|Alamatnya) di ", turn)]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_a_calling_victim_gives_her_own_address(difficulty):
    batch = talks(difficulty)
    assert failures(batch, self_report_says_rumahnya) == {}
    case = next(c for level in DIFFICULTIES for c in talks(level) if c.truth.reporter is None)
    assert self_report_says_rumahnya(with_text(case, case.document.text + "Penelepon: Rumahnya di Jl. Mawar.\n"))


def hearing_problems(case) -> list[str]:
    """A deaf victim does not ring the hotline herself; a mother was 19 or older when her child was born."""
    truth, out = case.truth, []
    if case.document.kind == "transkrip_sapa" and truth.reporter is None and "SENSORIK" in truth.victims[0].disability:
        out.append("a deaf caller on the phone")
    if truth.scenario == "spouse" and len(truth.victims) > 1 and truth.victims[0].age - truth.victims[1].age < 19:
        out.append(f"a mother of {truth.victims[0].age} with a child of {truth.victims[1].age}")
    turns = [line for line in case.document.text.splitlines() if line.startswith("Penelepon: ")]
    out += [turn for turn in turns if len(re.findall(r", (?:Bu|Pak|Mbak|Mas|Dik)\b", turn)) > 1]
    return out


def test_a_deaf_victim_does_not_phone_and_a_mother_is_grown():
    batch = all_cases("mahir")
    assert failures(batch, hearing_problems) == {}
    call = next(c for c in batch if c.document.kind == "transkrip_sapa" and c.truth.reporter is None)
    broken = with_truth(call)
    broken.truth.victims[0].disability = ["SENSORIK"]
    assert hearing_problems(broken)
    family = with_truth(next(c for c in batch if c.truth.scenario == "spouse" and len(c.truth.victims) > 1))
    family.truth.victims[0].age = family.truth.victims[1].age + 17
    assert hearing_problems(family)
    assert hearing_problems(with_text(call, call.document.text + "Penelepon: Dia kelas 2, Bu. Agamanya Islam, Bu.\n"))
