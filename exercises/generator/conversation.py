"""SAPA 129 conversations: a phone call transcript and a WhatsApp chat.

The caller speaks in the first person, hesitates and corrects herself; the counsellor asks.
Forms of address follow sex and age (Bu, Pak, Mbak, Mas, Dik). In a chat the user writes
with the usual abbreviations and the odd typo, which touch only the words around the facts.
"""

from __future__ import annotations

import functools
import re

from .. import vocab
from . import story, words
from .phrasing import phone_words
from .questions import ANSWER_ADDRESS, ANSWER_ADDRESS_AGAIN, ANSWER_ADDRESS_SELF, ASK, ASK_AGAIN, HESITATIONS, PRONOUN, address_word
from .prose import day_words, first
from .text import case_key, reporter_key, slot, victim_key

ABBREVIATIONS = {"saya": "sy", "yang": "yg", "tidak": "tdk", "sudah": "udh", "bisa": "bs", "dengan": "dgn",
                 "tanggal": "tgl", "juga": "jg", "karena": "krn", "sama": "sm", "nggak": "gak", "aja": "aj",
                 "terima kasih": "makasih", "bagaimana": "gmn", "sekarang": "skrg", "kalau": "klo"}
_WORD = re.compile(r"\b[a-z]{5,}\b")  # typos only in lower-case words, never a name
_ABBREVIABLE = re.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")\b")


def chat_style(rng):
    def style(text: str) -> str:
        text = _ABBREVIABLE.sub(lambda m: ABBREVIATIONS[m.group(1)] if rng.random() < 0.7 else m.group(1), text)
        words_ = _WORD.findall(text)
        if words_ and rng.random() < 0.3:
            word = rng.choice(words_)
            i = rng.randrange(1, len(word) - 2)
            text = text.replace(word, word[:i] + word[i + 1] + word[i] + word[i + 2:], 1)
        return text.lower() if rng.random() < 0.3 else text
    return style


class Talk:
    def __init__(self, writer, *, chat: bool):
        self.w, self.doc, self.rng, self.case = writer, writer.doc, writer.rng, writer.case
        self.chat = chat
        self.style = chat_style(self.rng) if chat else None
        self.minute = self.rng.randrange(0, 24 * 60)
        caller = self.case.reporter or self.case.victims[0]
        self.self_report = self.case.reporter is None
        self.w.prose.speaker_is_mother = self.self_report and self.case.scenario == "spouse"
        self.caller_name = caller.name
        self.caller_address = address_word(caller.sex, caller.age if caller.age is not None else 40)
        self.caller_pronoun = PRONOUN.get(self.caller_address, self.caller_address)
        counsellor = self.case.officer
        self.counsellor_address = address_word(counsellor.sex, counsellor.age)
        # A mother or a sister knows the child's birthday; a neighbour or an aunt says "setahu saya".
        self.knows_well = self.self_report or self.case.reporter_relation == "ORANG_TUA" or \
            self.case.reporter_words == "kakak"
        self._turn_open = False  # on the phone, what the caller says before the next question is one turn

    def _prefix(self, counsellor: bool) -> str:
        who = ("SAPA 129" if counsellor else first(self.caller_name)) if self.chat else (
            "Konselor" if counsellor else "Penelepon")
        if not self.chat:
            return f"{who}: "
        self.minute += self.rng.randint(0, 2)
        return f"[{self.minute // 60 % 24:02d}.{self.minute % 60:02d}] {who}: "

    def _caller_speaks(self) -> None:
        if self._turn_open:
            self.doc.write(" ")
            self._turn_open = False
        else:
            self.doc.write(self._prefix(False))

    def _caller_pauses(self) -> None:
        """A chat message ends here; a phone turn ends only when the counsellor speaks."""
        if self.chat:
            self.doc.write("\n")
        else:
            self._turn_open = True

    def _turn_text(self) -> str:
        """What the caller has said since her turn began (the turn is still open)."""
        text = self.doc.text
        return text[text.rfind("\n") + 1:]

    def _close_turn(self) -> None:
        if self._turn_open:
            self.doc.write("\n")
            self._turn_open = False

    def k(self, template: str, *keys, fixed: bool = False, **slots) -> None:
        slots.setdefault("ap", self.caller_pronoun)  # "nama Ibu": the address as a pronoun is said in full
        self._close_turn()
        start = self.doc.write(self._prefix(True))[0]
        self.doc.say(template, *keys, **slots)
        end = self.doc.write("\n")[1]
        if fixed:  # the hotline's scripted greeting and closing: the kind's fixed frame
            self.w.fixed.append((start, end))

    def ask(self, topic: str, again: str = "", adult: bool = False, **slots) -> None:
        """A question; about a second victim (``again``: her first name) it is asked in other words."""
        if again:
            self.k(self.pick(ASK_AGAIN[topic]), v=again, **slots)
        else:  # an adult victim is nobody's "anak" to the counsellor
            self.k(self.pick([q for q in ASK[topic] if not (adult and "anak" in q.lower())]), **slots)

    def p(self, template: str, *keys, end: bool = True, **slots) -> None:
        if self._turn_open:  # going on with her answer: one "oh iya" and one "Bu" a turn
            if template.startswith("Oh iya, ") and "Oh iya" in self._turn_text():
                template = "Satu lagi, " + template[len("Oh iya, "):]
            template = template.replace(", {c}", "")
        self._caller_speaks()
        self.doc.style = self.style
        self.doc.say(template, *keys, **slots)
        self.doc.style = None
        if end:
            self._caller_pauses()

    def pick(self, options):
        return self.w.prose.pick(options)

    def run(self) -> None:
        case, w = self.case, self.w
        hour = self.minute // 60
        greeting = ("selamat malam" if hour < 4 else "selamat pagi" if hour < 11 else "selamat siang" if hour < 15 else
                    "selamat sore" if hour < 18 else "selamat malam")
        kanal = case_key("registrasi", "kanal_pengaduan")
        lapor = case_key("registrasi", "tanggal_lapor")
        if self.chat:
            w.frame("{k}", k=slot("PERCAKAPAN WHATSAPP SAPA 129", kanal))
            w.frame("{d}", d=slot(day_words(case.tanggal_lapor), lapor))
        else:
            w.frame("{k}", k=slot("TRANSKRIP TELEPON SAPA 129", kanal))
            w.frame("Tanggal panggilan: {d}, pukul {h:02d}.{m:02d} WIB", d=slot(day_words(case.tanggal_lapor), lapor),
                    h=hour, m=self.minute % 60)
            w.frame(f"Konselor: {case.officer.name}")
        w.frame()
        self.k(self.pick(("SAPA 129, {g}, dengan {o}. Ada yang bisa dibantu?",
                          "Halo, SAPA 129, {g}. Saya {o}, ada yang bisa kami bantu?")),
               g=greeting, o=first(case.officer.name), fixed=True)
        self.p(self.pick(HESITATIONS) + self.pick(("Halo, {c}. Saya mau cerita, mau lapor.",
                                                   "{c}, saya bingung harus ke mana, makanya hubungi ke sini.",
                                                   "Maaf {c}, ini bisa buat lapor kekerasan ya?",
                                                   "Selamat {t}, {c}. Saya dapat nomor ini dari tetangga.",
                                                   "{c}, saya mau minta tolong, ada masalah {h}.",
                                                   "Iya {c}, saya mau lapor sesuatu, tapi takut.",
                                                   "{c}, ini layanan pengaduan, kan?", "Saya perlu bantuan, {c}.",
                                                   "Permisi {c}, saya mau tanya-tanya dulu.")),
               c=self.counsellor_address, t=greeting.split()[-1],
               h="di rumah" if all(i.place == "RUMAH_TANGGA" for i in case.incidents) else "yang mau saya ceritakan")
        sex_key = reporter_key("jenis_kelamin") if not self.self_report else victim_key(0, "jenis_kelamin")
        self.k(self.pick(("Bisa, {a}. Boleh tahu dengan siapa saya bicara?", "Iya, {a}, silakan. Namanya siapa?",
                          "Boleh, {a}. Dengan siapa ini?", "Tenang saja, {a}, di sini aman. Boleh kenalan dulu?",
                          "Silakan, {a}. Saya catat dulu namanya, ya.", "Baik {a}, kami bantu. Siapa nama {ap}?",
                          "Iya {a}, tidak apa-apa. Dengan {ap} siapa?", "Kami dengarkan, {a}. Namanya siapa dulu?",
                          "Bisa sekali, {a}. Boleh tahu nama {ap}?")),
               a=slot(self.caller_address, sex_key))
        if self.self_report:
            self.p(self.pick(("Saya {n}. Yang ngalamin saya sendiri, {c}.", "Nama saya {n}, {c}. Ini soal saya sendiri.",
                              "{n}, {c}. Saya sendiri korbannya.", ("Panggil saja saya... eh, nama lengkap {n}. "
                              "Ini tentang saya sendiri."), "Saya {n}, {c}, saya yang mengalami.",
                              "Nama saya {n}. Saya mau lapor soal diri saya sendiri.")),
                   reporter_key("pelapor_korban"), reporter_key("hubungan"),
                   n=slot(self.caller_name, victim_key(0, "nama")), c=self.counsellor_address)
        else:
            reporter = case.reporter
            self.p(self.pick(("Saya {n}, {c}. Saya {r} dari {v}.", "Nama saya {n}, saya ini {r}nya {v}.",
                              "{n}, {c}. Saya {r}nya {v}, yang mau saya laporkan.",
                              "Saya {n}. {v} itu... saya {r}nya.", "Nama saya {n}, {r} dari {v}.",
                              "Saya {n}, {c}, {r}nya si {v}.")),
                   n=slot(reporter.name, reporter_key("nama")), c=self.counsellor_address,
                   r=slot(case.reporter_words, reporter_key("hubungan")), v=first(case.victims[0].name))
            self.ask("phone", a=self.caller_address)
            self.p(self.pick(("Yang ini aja, {h}.", "Ini, {h}. Eh, iya betul.", "{h}, {c}.", "Catat ya, {h}.",
                              "Nomor saya {h}.", "Boleh, {h}, aktif terus.")),
                   h=slot(phone_words(self.rng, reporter.phone), reporter_key("no_hp")), c=self.counsellor_address)
            if reporter.region:
                if reporter.street and reporter.street == case.victims[0].street:
                    # Said right after the phone number: "dia" would have no antecedent, so the victim is named.
                    self.p(self.pick(("Saya {s}.", "Oh iya, saya {s}.", "Saya juga {s}.")), s=slot(
                        self.pick(("serumah sama {v}", "tinggal satu rumah sama {v}", "tinggal serumah dengan {v}"))
                        .format(v=first(case.victims[0].name)), reporter_key("alamat"), reporter_key("wilayah")))
                else:
                    self.p(self.pick(("Rumah saya di ", "Saya tinggal di ", "Saya di ", "Alamat saya ")), end=False)
                    w.prose.address(reporter.street, reporter.region, (reporter_key("alamat"),),
                                    (reporter_key("wilayah"),))
                    self.doc.write(".")
                    self._caller_pauses()
        self.ask("story", a=self.caller_address)
        self._caller_speaks()
        self.doc.style = self.style
        self.doc.write(self.pick(HESITATIONS))
        w.narrative = story.incident(w.prose, speaker_victim=self.self_report, spoken=True)
        self.doc.style = None
        self._caller_pauses()
        for index in range(len(case.victims)):
            self.victim(index)
        for index in range(len(case.perpetrators)):
            self.ask("who" if index == 0 else "other", a=self.caller_address)
            self._caller_speaks()
            self.doc.style = self.style
            w.prose.perpetrator(index, speaker_is_victim=self.self_report, spoken=True)
            self.doc.style = None
            self._caller_pauses()
        self.k(self.pick(("Terima kasih sudah berani cerita. Laporan ini kami teruskan ke {u} untuk ditindaklanjuti.",
                          "Baik, {a}. Kami teruskan ke {u}, nanti petugas menghubungi.",
                          "Laporan {ap} kami sampaikan ke {u}; petugas akan menghubungi.")),
               u=slot(w.uptd, case_key("registrasi", "unit_layanan")), a=self.caller_address, fixed=True)
        self.p(self.pick(("Iya, terima kasih, {c}.", "Makasih banyak, {c}.", "Iya {c}, saya tunggu.",
                         "Baik, {c}, saya tunggu kabarnya.", "Terima kasih sudah mendengarkan, {c}.")),
               c=self.counsellor_address)
        self._close_turn()
        w.frame()
        w.follow_up("Catatan tindak lanjut UPTD PPA")

    def victim(self, index: int) -> None:
        case, prose, person = self.case, self.w.prose, self.case.victims[index]
        me = self.self_report and index == 0
        k = functools.partial(victim_key, index)
        they = "saya" if me else "dia"
        if not me:
            self.ask("victim" if index == 0 else "another", adult=person.age >= 18, a=self.caller_address)
            self.p(self.pick(("{n}, {x}.", "Namanya {n}. Dia {x}.", "{n}, {c}, {x}.", "Nama lengkapnya {n}, {x}.",
                              "{n}. Dia {x}, {c}.", "Itu, {n}, {x}.")), n=slot(person.name, k("nama")),
                   c=self.counsellor_address,
                   x=slot(prose.sex_noun(person), k("jenis_kelamin")))
        by_birth = person.birth_date is not None  # the answer will be a date: the question asks for one
        if me:
            self.k(self.pick(("{Ap} lahir kapan?", "Tanggal lahir {ap}?", "Maaf, {ap} lahir tanggal berapa?")
                             if by_birth else ("Umur {ap} berapa?", "Maaf, usia {ap} berapa?", "{Ap} umur berapa?")),
                   ap=self.caller_pronoun, Ap=self.caller_pronoun)
        else:
            self.ask("birth" if by_birth else "age", again=first(person.name) if index else "", a=self.caller_address)
        unsure = () if self.knows_well else ("Kalau nggak salah {b}.", "Setahu saya {b}.", "Yang saya tahu, dia {b}.")
        self.p(self.pick(("Saya {b}.", "Saya {b}, {c}.", "Oh, saya {b}.") if me else (
            "Dia {b}.", "Dia itu {b}.", "Orangnya {b}.") + unsure if person.age >= 18 else (
            "Dia {b}.", "Anak itu {b}.", "Anaknya {b}.", "Dia itu {b}.", "Dia {b}, {c}.") + unsure),
            b=prose.born(person, index), c=self.counsellor_address)
        self.ask("nik", again=first(person.name) if index else "", a=self.caller_address)  # answered even without one
        if person.nik:
            self.p(self.pick(("Ada, sebentar... {n}.", "Ini, {n}.", "Ada. {n}, eh bentar, iya betul.",
                              "Saya lihat KK dulu ya... {n}.", "{n}, {c}.", "Ada, {n}.", "Sebentar saya foto KK-nya... {n}.",
                              "Ini saya bacakan ya... {n}.", "Ada {c}, {n}.")),
                   k("kewarganegaraan"), n=slot(person.nik, k("nik")), c=self.counsellor_address)
        elif person.citizenship == vocab.WNI:
            card = "KTP" if person.age >= 17 else "KK"  # a child has no KTP
            self.p(self.pick(("Kalau NIK saya nggak tahu, {c}. Tapi {t} {x}.", "Wah, NIK-nya saya nggak pegang, {c}. "
                              "Yang jelas {t} {x}.") if self.case.reporter_relation == "TETANGGA" else (
                              f"{card}-nya nggak kebawa, tapi {{t}} {{x}} kok.", "Kartunya lagi nggak ada, {t} {x}.",
                              "NIK-nya saya lupa, {c}, pokoknya {t} {x}.")), t=they, c=self.counsellor_address,
                   x=slot(self.pick(("WNI", "orang Indonesia", "warga sini")), k("kewarganegaraan")))
        else:
            self.p("{T} bukan WNI, {c}, {t} dari {n}.", k("kewarganegaraan"), T=they.capitalize(), t=they,
                   c=self.counsellor_address, n=slot(person.country, k("negara")))
        self.ask("address", again=first(person.name) if index else "", a=self.caller_address)
        home = case.victims[0]
        if index and (person.street, person.region) == (home.street, home.region):
            self.p(self.pick(("Sama, {c}, serumah.", "Iya, satu rumah.", "Sama dengan {w}.", "Serumah, {c}.",
                              "Tinggal bareng {w}.", "Sama alamatnya.")), k("alamat"), k("wilayah"),
                   c=self.counsellor_address, w="saya" if self.self_report else first(home.name))
            for field in ("alamat", "wilayah"):
                for start, end in self.doc.spans.get(victim_key(0, field), []):
                    self.doc.mark(k(field), start, end)
        else:
            self.p(self.pick(ANSWER_ADDRESS_AGAIN if index else ANSWER_ADDRESS_SELF if me else ANSWER_ADDRESS),
                   end=False, v=first(person.name))
            prose.address(person.street, person.region, (k("alamat"),), (k("wilayah"),))
            self.doc.write(".")
            self._caller_pauses()
        if person.age < 18:
            school = "belum sekolah" if person.education == "TIDAK_SEKOLAH" else self.pick(
                words.SCHOOL[person.education]).format(grade=person.grade)
            keys = [k("pendidikan")] + ([k("pekerjaan")] if person.occupation == "PELAJAR" else [])
            self.p(self.pick(("Dia {s}.", "Anaknya {s}.", "Sekarang {s}.", "Oh iya, dia {s}, {c}.")), s=slot(school, *keys),
                   c=self.counsellor_address)
        else:
            self.ask("job", again=first(person.name) if index else "", a=self.caller_address)
            jobs = words.jobs_of(person, case.scenario == "workplace" and case.incidents[index].place_words)
            self.p("{t} {j}.", t=they.capitalize(), j=slot(self.pick(jobs), k("pekerjaan")))
            if person.education != vocab.NA:
                self.p(self.pick(("Kalau sekolah, saya {e}.", "Saya {e}.") if me else ("Kalau sekolah, dia {e}.",
                                                                                     "Dia {e}.")),
                       e=slot(self.pick(words.EDUCATION[person.education]), k("pendidikan")))
            self.p("{t} {m}.", t=they.capitalize(),
                   m=slot(self.pick(words.marital_words(person, first_person=me)), k("status_perkawinan")))
        if person.religion:
            self.p(self.pick(("Agama saya {r}.", "Kalau agama, saya {r}.", "Saya {r}, {c}.") if me else (
                "Agamanya {r}.", "Kalau agama, {r}.", "Agamanya {r}, {c}.")), c=self.counsellor_address,
                   r=slot(words.RELIGION[person.religion], k("agama")))
        if person.disability:
            self.p("Oh iya, {t} {d}.", t=they, d=slot(self.pick(words.DISABILITY[person.disability[0]]),
                                                     k("disabilitas"), k("jenis_disabilitas")))


def call(writer) -> None:
    Talk(writer, chat=False).run()


def chat(writer) -> None:
    Talk(writer, chat=True).run()
