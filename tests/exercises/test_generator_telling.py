"""How the story is told (issue 11, the lead's reading notes): who did it, to whom, in whose words, when.

Over the cached 1,000 seeds per level; each check is proven against a broken document.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from exercises.generator import DIFFICULTIES, generate_case, prose, words
from exercises.generator.phrasing import MONTHS
from exercises.generator.truth import UNKNOWN_NAME
from exercises.generator.text import incident_key, perp_key, relation_key
from tests.exercises.test_generator_documents import CONVERSATIONS, SPEAKER, all_cases, body, caller_turns
from tests.exercises.test_generator_referrals import broken, first_cases


def sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return SPEAKER.sub("", text[start:min(ends) if ends else len(text)])


# 3. a later perpetrator is introduced as another who took part, never as "the" perpetrator again

TOOK_PART = re.compile(r"\b(?:lainnya|bersama|bareng|ikut|juga|lagi|selain|satunya|berikutnya|terus ada)\b",
                       re.IGNORECASE)
AS_THE_ONE = re.compile(r"^(?:Pelakunya|Yang melakukan|Terlapor|Dia itu|Itu|Namanya|Orangnya)\b", re.IGNORECASE)


def introduction_problems(case) -> list[str]:
    text, out = case.document.text, []
    for index, person in enumerate(case.truth.perpetrators[1:], start=1):
        if person.name == UNKNOWN_NAME:
            continue
        start = case.document.evidence[perp_key(index, "nama")][0][0]
        said = sentence_at(text, start)
        chat = case.document.kind == "percakapan_wa"  # abbreviations and typos: "jg", "sautnya"
        if not (chat or TOOK_PART.search(said)) or AS_THE_ONE.match(said):
            out.append(said)
    return out


@pytest.mark.parametrize("difficulty", ["menengah", "mahir"])
def test_each_later_perpetrator_is_introduced_as_one_who_took_part(difficulty):
    batch = [c for c in all_cases(difficulty) if len(c.truth.perpetrators) > 1]
    assert len(batch) > 100
    assert {c.seed: introduction_problems(c) for c in batch if introduction_problems(c)} == {}


def test_introduction_check_notices_two_perpetrators_each_said_to_be_the_one(monkeypatch):
    case = first_cases("menengah", lambda c: c.truth.scenario == "group" and c.document.kind == "surat_rujukan")
    assert introduction_problems(case) == []
    # The intros put back: every perpetrator introduced as the first one was.
    monkeypatch.setattr(prose.Prose, "_introductions", lambda self, index, spoken: prose.WRITTEN_PERPETRATOR)
    assert introduction_problems(generate_case(seed=case.seed, difficulty="menengah")) != []


# 4. with several victims each relation names its victim, and one phrase serves all it fits

def relation_problems(case) -> list[str]:
    truth, text, out = case.truth, case.document.text, []
    if len(truth.victims) < 2:
        return []
    names = [v.name.split()[0] for v in truth.victims]
    for p in range(len(truth.perpetrators)):
        said = {text[a:b] for v in range(len(names)) for a, b in case.document.evidence.get(relation_key(p, v), [])}
        said = {s for s in said if len(s) < 80 and "tidak diketahui" not in s}
        masked = {re.sub("|".join([*names, "saya"]), "<V>", s) for s in said}
        out += [f"whose? {s!r}" for s in masked if re.search(r"\b\w+nya\b", s)]
        if len(masked) < len(said):
            out.append(f"one relation said twice: {sorted(said)}")
    return out


@pytest.mark.parametrize("difficulty", ["mahir"])
def test_relations_with_several_victims_name_each_victim_once(difficulty):
    batch = [c for c in all_cases(difficulty) if len(c.truth.victims) > 1]
    assert len(batch) > 200
    assert {c.seed: relation_problems(c) for c in batch if relation_problems(c)} == {}
    text = "\n".join(c.document.text for c in batch)
    assert re.search(r"pemilik usaha tempat \w+ dan \w+ bekerja|(?:ayah|ibu) (?:tiri|kandung) \w+ dan \w+", text)


def test_relation_check_notices_a_whose_and_a_phrase_said_twice():
    case = first_cases("mahir", lambda c: len(c.truth.victims) == 2 and c.truth.scenario == "workplace")
    a, b = (v.name.split()[0] for v in case.truth.victims)
    base = len(case.document.text)
    text = case.document.text + f"\nsuami ibunya; pemilik usaha tempat {a} bekerja; pemilik usaha tempat {b} bekerja\n"

    def span(said):
        start = text.index(said, base)
        return [start, start + len(said)]

    evidence = {**case.document.evidence, relation_key(0, 0): [span("suami ibunya"), span(f"tempat {a} bekerja")],
                relation_key(0, 1): [span(f"tempat {b} bekerja")]}
    assert len(relation_problems(broken(case, text, evidence=evidence))) == 2


# 5. a caller speaks in her own words: the victim of herself and her husband, a relative of the family

NOT_HER_OWN_WORDS = re.compile(r"dinikahinya|dipanggilnya|\b(?:ayah|bapak|ibu)(?: kandung| tiri)? saya\b|"
                               r"yang dinikahi saya|dipanggil bapak oleh saya|\bkorban\b|Keluarga mengaku|"
                               r"[Mm]enurut keluarga|Kata keluarga", re.IGNORECASE)
THEIR_HOME = re.compile(r"rumah mereka")  # said by one who lives there: "rumah kami"
OUR_FAMILY = re.compile(r"\bKami sempat\b|ke kami\b")  # said by a neighbour, who is no family


def own_words_problems(case) -> list[str]:
    if case.document.kind not in CONVERSATIONS:
        return []
    turns = [SPEAKER.sub("", turn) for turn in caller_turns(case)]
    reporter, victim = case.truth.reporter, case.truth.victims[0]
    home = reporter is None or reporter.street == victim.street
    family = reporter is None or case.truth.reporter_relation in ("ORANG_TUA", "KELUARGA")
    return [t for t in turns if NOT_HER_OWN_WORDS.search(t) or home and THEIR_HOME.search(t)
            or not family and OUR_FAMILY.search(t)]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_callers_tell_of_themselves_and_their_family_in_their_own_words(difficulty):
    batch = [c for c in all_cases(difficulty) if c.document.kind in CONVERSATIONS]
    assert {c.seed: own_words_problems(c) for c in batch if own_words_problems(c)} == {}


def test_own_words_check_notices_a_written_phrase_in_a_callers_mouth():
    case = first_cases("mahir", lambda c: c.document.kind == "transkrip_sapa" and c.truth.reporter is None)
    text = case.document.text + ("Penelepon: Itu Pak Purwa, laki-laki yang dinikahinya 10 tahun lalu.\n"
                                 "Penelepon: Adikara dikunci di kamar oleh ayah kandung saya.\n"
                                 "Penelepon: Keluarga mengaku ini bukan kali pertama.\n"
                                 "Penelepon: Saya dipukul di rumah mereka.\n")
    assert len(own_words_problems(broken(case, text))) == 4


# 6. acts listed with commas; a habit is no "same day"; one place, and one that fits the acts

HABIT = re.compile(r"\bsering\b|setiap hari|berbulan-bulan|\bterus\b")
SAME_DAY = re.compile(r"Pada hari yang sama|Di waktu itu juga|^(?:Pada |Tanggal |Kejadiannya |Peristiwanya terjadi )?"
                      r"\d{1,2} \w+ \d{4}")
TWO_PLACES = re.compile(r"\b(?:di (?:sekolah|tempat kerja|rumah)|tempat \w+ bekerja),? di (?:ruang|gudang|area|dapur|"
                        r"dalam|halaman|teras|tempat kerja)")


def telling_problems(case) -> list[str]:
    text, out = body(case.document), []
    for v, incident in enumerate(case.truth.incidents):
        acts = incident.form_words
        inner = sum(a.count(" dan ") for a in acts)
        joins = 1 if len(acts) == 2 and not inner else 0
        for a, b in case.document.evidence.get(incident_key(v, "bentuk"), []):
            said = case.document.text[a:b]
            if acts[0] in said and said.count(" dan ") > inner + joins:
                out.append(f"acts joined by 'dan': {said!r}")
    for sentence in re.split(r"(?<=\.) |\n", text):
        if SAME_DAY.search(sentence) and HABIT.search(sentence) and not case.truth.abroad_country:  # abroad: the
            # date is the departure, and "di sana ia tidak digaji berbulan-bulan" what followed
            out.append(f"a habit on one day: {sentence!r}")
        if "di kamar" in sentence and re.search(r"di dapur|di teras", sentence, re.IGNORECASE):
            out.append(f"locked in a room in the kitchen: {sentence!r}")
    out += [f"two places: {m.group(0)!r}" for m in TWO_PLACES.finditer(text)]
    ages = {v.name.split()[0]: v.age for v in case.truth.victims}
    out += [f"married as a child: {m.group(0)!r}" for m in re.finditer(r"dinikahi (\w+) (\d+) tahun lalu", text)
            if ages.get(m.group(1), 99) - int(m.group(2)) < 18]
    adults = [v.name.split()[0] for v in case.truth.victims if v.age >= 18]
    out += [f"an adult's schoolmate: {m.group(0)!r}" for name in adults
            for m in re.finditer(rf"kakak kelas {name}\b", text)]
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_acts_are_listed_and_fit_the_day_and_the_place(difficulty):
    batch = all_cases(difficulty)
    assert {c.seed: telling_problems(c) for c in batch if telling_problems(c)} == {}


def test_telling_check_notices_a_chain_of_dan_a_habit_on_the_day_and_two_places(monkeypatch):
    case = first_cases("mahir", lambda c: len(c.truth.victims) > 1 and c.document.kind == "catatan_pengaduan"
                       and not c.truth.abroad_country and c.truth.victims[0].age >= 18)
    text = case.document.text + ("\nPada hari yang sama di rumah, Puput juga sering ditinggal sendirian oleh Ajimat. "
                                 "Maya dikatai bodoh oleh guru Maya di sekolah di ruang kelas. "
                                 "Di dapur rumah, Adikara dikunci di kamar sebagai hukuman. "
                                 "Eli diejek oleh mandor tempat Eli bekerja di gudang tempatnya bekerja. "
                                 f"Hendra, kakak kelas {case.truth.victims[0].name.split()[0]}. "
                                 "Tanggal 13 Februari 2023, Mulya dimarahi hampir setiap hari oleh Kamal. "
                                 f"Legawa, laki-laki yang dinikahi {case.truth.victims[0].name.split()[0]} "
                                 f"{case.truth.victims[0].age - 10} tahun lalu.\n")
    assert len(telling_problems(broken(case, text))) == 7
    monkeypatch.setattr(words, "list_words", lambda items: " dan ".join(items))
    chained = [generate_case(seed=c.seed, difficulty="mahir") for c in all_cases("mahir")[:200]
               if sum(len(i.form_words) for i in c.truth.incidents[:1]) >= 3]
    assert any(telling_problems(c) for c in chained)


# 7. a corrected date: both dates before the document; with two victims, name the one meant

DATE = r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})"
CORRECTED = re.compile(rf"bukan (?:tanggal )?{DATE}|{DATE}, eh, bukan tanggal")
AMBIGUOUS = re.compile(r"\b(?:teman(?: dekat)?|adik|kakak|dikenal|serumah dengan|sama dengan) korban\b|"
                       r"\b[Kk]orban (?:sulit|sempat|baru|menyebut|bisa)\b")


def as_date(groups) -> dt.date:
    day, month, year = (g for g in groups if g)
    return dt.date(int(year), MONTHS.index(month) + 1, int(day))


def date_and_victim_problems(case) -> list[str]:
    truth, text, out = case.truth, case.document.text, []
    written = min(truth.tanggal_lapor, truth.referrer.get("letter_date", truth.tanggal_lapor))
    for match in CORRECTED.finditer(text):
        if as_date(match.groups()) >= written:
            out.append(f"first said {match.group(0)!r}, on or after the document of {written}")
    if truth.tanggal_kejadian > written:
        out.append("the corrected date is after the document")
    if len(truth.victims) > 1:
        out += [f"which victim? {m.group(0)!r}" for m in AMBIGUOUS.finditer(body(case.document))]
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_corrected_dates_come_before_the_document_and_victims_are_named(difficulty):
    batch = all_cases(difficulty)
    assert {c.seed: date_and_victim_problems(c) for c in batch if date_and_victim_problems(c)} == {}
    if difficulty == "mahir":
        assert sum(bool(CORRECTED.search(c.document.text)) for c in batch) > 300


def test_date_check_notices_a_first_date_after_the_letter_and_an_unnamed_victim():
    case = first_cases("mahir", lambda c: len(c.truth.victims) > 1 and c.document.kind == "surat_rujukan")
    later = case.truth.referrer["letter_date"] + dt.timedelta(days=2)
    text = case.document.text + (f"\nCatatan: setelah dicek ulang, kejadian itu bukan tanggal {later.day} "
                                 f"{MONTHS[later.month - 1]} {later.year}. Sejak kejadian itu korban sulit tidur.\n")
    assert len(date_and_victim_problems(broken(case, text))) == 2
