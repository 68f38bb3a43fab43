"""Generated documents read as a case worker expects (issue 11, the lead's reading notes).

Each check runs over the same 1,000 seeds per level as test_generator_documents.py (cached, so
cheap after the first) and is proven against a deliberately broken document: a hand-made text,
or a phrase table put back the way it was before.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

import pytest

from exercises.generator import DIFFICULTIES, generate_case, words
from tests.exercises.test_generator_documents import all_cases


def broken(case, text: str, evidence=None, **truth_changes):
    """A copy of ``case`` whose document reads ``text`` (and whose truth has ``truth_changes``)."""
    out = copy.copy(case)
    object.__setattr__(out, "document", replace(case.document, text=text, evidence=evidence or case.document.evidence))
    if truth_changes:
        truth = copy.deepcopy(case.truth)
        for name, value in truth_changes.items():
            setattr(truth, name, value)
        object.__setattr__(out, "truth", truth)
    return out


def first_cases(difficulty, want, count=1):
    found = [c for c in all_cases(difficulty) if want(c)]
    assert len(found) >= count
    return found[:count] if count > 1 else found[0]


# 1-2. who signs: a doctor as "dr.", an officer with rank and role; no "Bapak/Ibu", no doctor's HP

RANK = re.compile(r"^(?:Ipda|Iptu|Bripka|Aipda|Aiptu|Brigpol) \S")


def signature_problems(case) -> list[str]:
    kind, text = case.document.kind, case.document.text
    if kind not in ("surat_rujukan", "ringkasan_ppt"):
        return []
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line in ("Hormat kami,", "Dokter pemeriksa,"))
    block = lines[start + 1:lines.index("— Catatan penerimaan UPTD PPA —")]
    out = [f"signed {line!r}" for line in block if re.match(r"(?:Bapak|Ibu|Pak|Bu) ", line)]
    name = next((line for line in block if case.truth.reporter.name in line), "")
    if kind == "ringkasan_ppt" or case.truth.referrer["institution"] == "rsud":
        if not name.startswith("dr. "):
            out.append(f"a hospital doctor signs {name!r}")
    if kind == "ringkasan_ppt":
        if any(line.startswith("HP ") for line in block):
            out.append("a doctor's private HP")
        sexual = any("SEKSUAL" in i.forms for i in case.truth.incidents)
        if sexual and not name.endswith(", Sp.OG"):
            out.append(f"a sexual-violence examination signed {name!r}")
    if case.truth.referrer["institution"] == "polres":
        if not RANK.match(name) or not any("Penyidik" in line for line in block):
            out.append(f"an officer signs {name!r} without rank or role")
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_referrals_are_signed_as_officials_sign(difficulty):
    batch = [c for c in all_cases(difficulty) if c.document.kind in ("surat_rujukan", "ringkasan_ppt")]
    assert {c.seed: signature_problems(c) for c in batch if signature_problems(c)} == {}
    assert any(c.truth.referrer["institution"] == "polres" for c in batch)


def test_signature_check_notices_a_lady_doctor_with_a_phone_and_a_plain_officer():
    ppt = first_cases("menengah", lambda c: c.document.kind == "ringkasan_ppt"
                      and any("SEKSUAL" in i.forms for i in c.truth.incidents))
    name = ppt.truth.reporter.name
    text = re.sub(rf"^dr\. {re.escape(name)}.*$", f"Ibu {name}\nHP 0812-3456-7890", ppt.document.text, flags=re.M)
    assert len(signature_problems(broken(ppt, text))) == 4
    police = first_cases("dasar", lambda c: c.document.kind == "surat_rujukan"
                         and c.truth.referrer["institution"] == "polres")
    text = re.sub(rf"^\w+ {re.escape(police.truth.reporter.name)}$", f"Bapak {police.truth.reporter.name}",
                  police.document.text, flags=re.M)
    assert len(signature_problems(broken(police, text))) == 2


# 1. the findings follow the acts, with the patient as the subject

# Where a physical act leaves its mark; the finding must be found there.
ACT_MARKS = {"pipi": r"pipi", "kepala": r"kepala", "punggung": r"punggung", "jatuh": r"lutut|paha|siku",
             "tembok": r"dahi|kepala", "dijambak": r"kepala", "sapu": r"memar"}
INJURY = re.compile(r"memar|lebam|lecet|bengkak|cubitan")
MIND = re.compile(r"cemas|ketakutan|gelisah|\bdiam\b|menunduk|terkejut")
PATIENT_AS_OBJECT = re.compile(r"\b[Pp]ada (?:pemeriksaan (?:luar )?|tubuh )?[A-Z]\w+,? (?!ditemukan|terdapat|tampak|tidak ditemukan)"
                               r"|\b[Pp]ada [A-Z]\w+,? tampak (?:cemas|gelisah|ketakutan|kurus|lemah|takut)|"
                               r"[Pp]ada \w+,? banyak diam")


def finding_problems(case) -> list[str]:
    if case.document.kind != "ringkasan_ppt":
        return []
    text = case.document.text
    section = text.split("Hasil pemeriksaan\n", 1)[1].split("\n\n", 1)[0].splitlines()
    out = [f"patient not the subject: {line!r}" for line in section if PATIENT_AS_OBJECT.search(line)]
    for line, incident in zip(section, case.truth.incidents, strict=True):
        acts = dict(zip(incident.forms, incident.form_words, strict=True))
        if "FISIK" in acts:
            for word, where in ACT_MARKS.items():
                if word in acts["FISIK"] and not re.search(where, line):
                    out.append(f"{acts['FISIK']!r} examined as {line!r}")
        elif INJURY.search(line):
            out.append(f"injuries found without a physical act: {line!r}")
        neglect = acts.get("PENELANTARAN", "")
        if re.search(r"gizi|kurus|berat badan", line) and not re.search(r"makan|tidak diurus", neglect):
            out.append(f"a body finding for {neglect or 'no neglect'!r}: {line!r}")
        if bool(MIND.search(line)) != bool({"PSIKIS", "SEKSUAL"} & set(acts)):
            out.append(f"state of mind noted against the acts {sorted(acts)}: {line!r}")
        if ("visum" in line) != ("SEKSUAL" in acts):
            out.append(f"visum against the acts {sorted(acts)}")
    return out


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_examination_findings_follow_the_acts(difficulty):
    batch = [c for c in all_cases(difficulty) if c.document.kind == "ringkasan_ppt"]
    assert len(batch) > 120
    assert {c.seed: finding_problems(c) for c in batch if finding_problems(c)} == {}


def test_finding_check_notices_a_slap_examined_as_grazes_and_a_patient_as_object(monkeypatch):
    case = first_cases("dasar", lambda c: c.document.kind == "ringkasan_ppt"
                       and c.truth.incidents[0].form_words == ["ditampar sampai pipinya lebam"])
    assert finding_problems(case) == []
    line = case.document.text.split("Hasil pemeriksaan\n", 1)[1].split("\n", 1)[0]
    old = (f"Pada {case.truth.victims[0].name.split()[0]} tampak cemas; terdapat luka lecet di siku dan memar di "
           "punggung; berat badan kurang.")
    assert len(finding_problems(broken(case, case.document.text.replace(line, old)))) == 4
    # The phrase table put back: one finding for every act.
    monkeypatch.setattr(words, "FINDING", {}, raising=True)
    monkeypatch.setattr(words, "NO_FINDING", "luka lecet di siku dan memar di punggung")
    regenerated = generate_case(seed=case.seed, difficulty="dasar")
    assert finding_problems(regenerated) != []


# 1-2. "(anak laki-laki) 16 tahun." has no verb; "ia menikah" is "sudah menikah"

VERBLESS = re.compile(r"\) \d+ tahun\.|\b(?:[Ii]a|[Ss]aya|[Dd]ia) menikah\.")


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_ages_and_marriage_are_said_with_a_verb(difficulty):
    found = {c.seed: VERBLESS.findall(c.document.text) for c in all_cases(difficulty)}
    assert {seed: f for seed, f in found.items() if f} == {}


def test_verbless_check_notices_a_bare_age():
    case = all_cases("dasar")[0]
    text = case.document.text + "\nGangsa Firgantoro (anak laki-laki) 16 tahun. Menurut pengakuannya, ia menikah.\n"
    assert len(VERBLESS.findall(text)) == 2
