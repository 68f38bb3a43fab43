"""What happened and what the office did, told as acts (the trainee names the form and the service)."""

from __future__ import annotations

import datetime as dt
import re

from . import calendar, words
from .prose import Prose, day_words, first
from .truth import UNKNOWN_NAME
from .text import case_key, incident_key, service_key, slot, victim_key


def slip(day: dt.date, rng, *, before: dt.date) -> dt.date:
    """The date a caller says first by mistake: digits swapped (21 for 12) or a day off, never after ``before``."""
    digits = f"{day.day:02d}"
    swapped = int(digits[::-1])
    if digits[0] != digits[1] and 1 <= swapped <= 28 and digits[0] != "0" and day.replace(day=swapped) < before:
        return day.replace(day=swapped)
    later = day + dt.timedelta(days=1)
    return later if later < before and rng.random() < 0.5 else day - dt.timedelta(days=1)


def incident(prose: Prose, *, speaker_victim: bool = False, spoken: bool = False) -> tuple[int, int]:
    """The chronology; returns its span (the key's kronologi). ``spoken``: a caller corrects herself as she goes."""
    doc, case, rng = prose.doc, prose.case, prose.rng
    start = doc.length
    date_keys = [case_key("kejadian", "tanggal_kejadian")]
    relative = calendar.relative_to_holiday(case.tanggal_kejadian) if case.difficulty == "mahir" else None
    wrong = case.wrong_date
    if spoken and not relative and (wrong or rng.random() < 0.4):
        wrong = slip(case.tanggal_kejadian, rng, before=case.tanggal_lapor)
        said = f"{day_words(wrong)}, eh, bukan tanggal {wrong.day}, tanggal {day_words(case.tanggal_kejadian)}"
        when, wrong = (said, date_keys), None  # corrected on the spot
    elif relative:
        when = (relative, date_keys)
    elif wrong:
        when = (day_words(wrong), [])
    else:
        when = None
    locked_in = any(" di kamar" in act for inc in case.incidents for act in inc.form_words)
    for v_index, (victim, inc) in enumerate(zip(case.victims, case.incidents, strict=True)):
        doers = [p for p, row in enumerate(case.relations) if row]
        who = []
        for p in doers:
            person = case.perpetrators[p]
            if person.name == UNKNOWN_NAME:
                who.append(("seorang yang tidak dikenal", []))
            elif len(doers) == 1 and speaker_victim and v_index and case.relations[p][0].code == "SUAMI_ISTRI":
                who.append((rng.choice(("suami saya", "bapaknya", "ayahnya")), []))  # her husband, the child's father
            elif len(doers) == 1 and not v_index and rng.random() < 0.5 and "tempat" not in prose.relation_template(
                    p, 0, speaker_is_victim=speaker_victim)[0]:  # not "oleh mandor tempat Eli bekerja di gudang"
                who.append((prose.relation_words(p, v_index, speaker_is_victim=speaker_victim and not v_index), []))
            else:
                who.append((first(person.name), []))
        place_keys = [incident_key(v_index, "tempat")] + ([incident_key(v_index, "kdrt")] if inc.kdrt else [])
        place = inc.place_words
        habit = any(words.HABITUAL.search(act) for act in inc.form_words)
        if inc.place_words in words.PARTNER_HOME and not (speaker_victim and v_index == 0):
            place = _MINE.sub(rf"\1 {first(victim.name)}", place)  # "di teras rumah Icha", not whose "rumahnya"
        if (locked_in or habit) and inc.place == "RUMAH_TANGGA":
            place = "di rumah"  # "dikunci di kamar" is not "di dapur rumah", nor a daily scolding "di teras"
        if case.abroad_country:
            place = f"di {case.abroad_country}"
            place_keys += [case_key("kejadian", "luar_negeri"), case_key("kejadian", "negara")]
        acts = words.list_words(inc.form_words)
        if speaker_victim or spoken and _lives_with_victim(case):  # her own home is "rumah kami", not "rumah mereka"
            place = place.replace("rumah mereka", "rumah kami")
        if speaker_victim and v_index == 0:  # "gajinya ditahan" in her own words is "gaji saya ditahan"
            acts, place = _MINE.sub(r"\1 saya", acts), _MINE.sub(r"\1 saya", place)
        if speaker_victim and victim.street == case.victims[0].street:  # the speaker's own home
            place = place.replace("rumah mereka", "rumah kami")
        subject = "saya" if speaker_victim and v_index == 0 else first(victim.name)
        date_text = when[0] if when else (day_words(case.tanggal_kejadian) if v_index == 0 else None)
        date_slot_keys = when[1] if when else date_keys
        names = [w for w, _ in who]
        doers_text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " dan " + names[-1]
        slots = {"v": slot(subject, victim_key(v_index, "nama")), "a": slot(acts, incident_key(v_index, "bentuk")),
                     "p": slot(doers_text, *( [incident_key(v_index, "kdrt")] if inc.kdrt else [])),
                     "w": slot(place, *place_keys)}
        if case.abroad_country:
            # Recruited at home, exploited abroad: the country is where it happened.
            slots["w"] = slot(case.abroad_country, *place_keys)
            slots["a"] = slot(acts, incident_key(v_index, "bentuk"), incident_key(v_index, "tempat"))
        if case.abroad_country and v_index == 0:
            slots["d"] = slot(date_text, *date_slot_keys)
            template = prose.pick(("Pada {d}, {v} diberangkatkan ke {w} oleh {p}; di sana ia {a}.",
                                   "{v} berangkat ke {w} pada {d} lewat {p}. Di sana ia {a}.",
                                   "Sejak {d}, {v} berada di {w} setelah direkrut {p}; ia {a}.",
                                   "{v} dibawa {p} ke {w} pada {d}, lalu {a}." if spoken else
                                   "Menurut keluarga, {v} dibawa {p} ke {w} pada {d}, lalu {a}."))
        elif case.abroad_country:
            template = prose.pick(("{v} ikut berangkat bersama rombongan itu dan juga {a}.",
                                   "Di {w} pula {v} {a}.", "{v}, yang direkrut bersamaan, {a}."))
        elif date_text and v_index == 0 and habit:  # a habit is not one day's: "yang terakhir pada ..."
            slots["d"] = slot(date_text, *date_slot_keys)
            on = "" if relative else "pada "
            template = prose.pick((f"Selama ini {{v}} {{a}} oleh {{p}} {{w}}; yang terakhir terjadi {on}{{d}}.",
                                   f"{{V}} {{a}} oleh {{p}} {{w}}; kejadian terakhir {on}{{d}}.",
                                   "Hingga {d}, {v} masih {a} oleh {p} {w}."))
        elif date_text and v_index == 0 and relative:
            slots["d"] = slot(date_text, *date_slot_keys)
            template = prose.pick(("Kejadiannya {d}, {w}: {v} {a} oleh {p}.", "{D}, {w}, {v} {a}; pelakunya {p}.",
                                   "Peristiwanya terjadi {d} {w}. {V} {a} oleh {p}."))
        elif date_text and v_index == 0:
            slots["d"] = slot(date_text, *date_slot_keys)
            template = prose.pick(("Pada {d}, {w}, {v} {a} oleh {p}.", "Kejadiannya {d} {w}: {v} {a} oleh {p}.",
                                   "Tanggal {d}, {v} {a} oleh {p} {w}.", "Peristiwanya terjadi {d} {w}. {V} {a} oleh {p}.",
                                   "{D}, {w}, {v} {a}; pelakunya {p}."))
        elif habit:  # going on for weeks, not that day
            template = prose.pick(("{V} pun {a} oleh {p} {w}.", "Selama ini {v} juga {a} oleh {p} {w}.",
                                   "Begitu pula {v}: ia {a} oleh {p} {w}."))
        else:
            template = prose.pick(("Pada hari yang sama {w}, {v} juga {a} oleh {p}.",
                                   "Di waktu itu juga, {v} {a} oleh {p} {w}.", "{V} pun {a} oleh {p} {w}."))
        if "{V}" in template:
            slots["v"] = slot(subject[0].upper() + subject[1:], victim_key(v_index, "nama"))
        if template.startswith("{D}"):
            slots["d"] = slot(date_text[0].upper() + date_text[1:], *date_slot_keys)
        template = template.replace("{V}", "{v}").replace("{D}", "{d}")
        doc.say(("" if v_index == 0 else " ") + _cap(template), **slots)
        if case.incident_region and not case.abroad_country and v_index == 0:
            if case.incident_region == victim.region and inc.place == "RUMAH_TANGGA":
                for s, e in doc.spans.get(victim_key(0, "wilayah"), []):
                    doc.mark(case_key("kejadian", "wilayah"), s, e)
            else:
                doc.say(" " + prose.pick(("Lokasinya di {r}.", "Tempat itu masuk wilayah {r}.", "Lokasi itu di {r}.",
                                          "Lokasi kejadian berada di {r}.", "Tempatnya termasuk {r}.",
                                          "Alamat tempat itu: {r}.")),
                        r=slot(prose.area(case.incident_region), case_key("kejadian", "wilayah")))
    if wrong and not relative:
        doc.say(" " + prose.pick(("Catatan: setelah dicek ulang, kejadian itu bukan tanggal {x}, melainkan {d}.",
                                  "Ralat: tanggal yang benar {d}, bukan {x} seperti disebut di awal.",
                                  "Belakangan {who} meralat: kejadiannya {d}, bukan {x}.")),
                who="korban" if case.reporter is None else "keluarga" if case.referrer else "pelapor",
                x=day_words(wrong), d=slot(day_words(case.tanggal_kejadian), *date_keys))
    # A caller tells the side details in her own words ("Ini bukan yang pertama kali"); the victim herself does not.
    for extra in (case.spoken_distractors if spoken else case.distractors) if not speaker_victim else ():
        doc.write(" " + extra)
    end = doc.length
    doc.mark(case_key("kejadian", "kronologi"), start, end)
    return start, end


def _lives_with_victim(case) -> bool:
    return bool(case.reporter and case.reporter.street and case.reporter.street == case.victims[0].street)


def _cap(template: str) -> str:
    return template[0].upper() + template[1:] if template and template[0] != "{" else template


def services(prose: Prose, *, office: str) -> None:
    """What was done, as acts with dates; the complaint itself names the office that took it."""
    doc, case = prose.doc, prose.case
    intake = [(i, s) for i, s in enumerate(case.services) if s.kind == "PENGADUAN"]
    names = []
    for index, _service in intake:
        names.append(service_key(index, "korban"))
    keys_jenis = [service_key(i, "jenis") for i, _ in intake]
    keys_date = [service_key(i, "tanggal") for i, _ in intake]
    keys_lembaga = [service_key(i, "lembaga") for i, _ in intake]
    names_ = [first(v.name) for v in case.victims]
    victims = names_[0] if len(names_) == 1 else ", ".join(names_[:-1]) + " dan " + names_[-1]
    passive = prose.rng.random() < 0.6
    doc.say(prose.pick(("Pengaduan untuk {v} {j} di {o} pada {d}.", "Pada {d}, pengaduan {v} {j} oleh {o}.",
                        "Tanggal {d} pengaduan atas nama {v} {j} di {o}.")) if passive else prose.pick(
                ("{o} {j} pengaduan atas nama {v} pada {d}.", "Pada {d}, {o} {j} pengaduan untuk {v}.")),
            v=_slot(victims, *names),
            j=_slot(prose.pick(("diterima", "dicatat", "diterima dan dicatat") if passive else ("menerima", "mencatat")),
                    *keys_jenis),
            o=_slot(office, *keys_lembaga), d=prose.date(case.tanggal_lapor, *keys_date))
    for index, service in enumerate(case.services):
        if service.kind == "PENGADUAN":
            continue
        act = prose.pick(words.SERVICE_ACTS[service.kind])
        victim = case.victims[service.victim]
        provider, referral = service.provider, service.referral
        slots = {"v": _slot(first(victim.name), service_key(index, "korban")),
                 "d": prose.date(service.day, service_key(index, "tanggal"))}
        template = prose.pick(("Pada {d}, {v} {act}.", "{v} {act} pada {d}.", "Tanggal {d} {v} {act}."))
        act_template = act.replace("{provider}", "{pv}").replace("{referral}", "{rf}")
        slots["pv"] = _slot(provider, service_key(index, "lembaga"))
        slots["rf"] = _slot(referral, service_key(index, "rujukan"))
        start = doc.length
        doc.say(" " + _cap(template.replace("{act}", act_template)), **slots)
        doc.mark(service_key(index, "jenis"), start + 1, doc.length)
        if referral and "{rf}" not in act_template:
            doc.say(" Selanjutnya dirujuk ke {rf}.", rf=_slot(referral, service_key(index, "rujukan")))


_slot = slot
_MINE = re.compile(r"\b(\w+)nya\b")
