"""Indonesian source documents (generator version 3): what an officer actually receives.

Five kinds: Catatan Pengaduan (the UPTD PPA intake note), Surat Rujukan (a letter from a
Puskesmas, the RSUD or the Polres), Ringkasan Pemeriksaan PPT (a hospital's summary, visum
style, no graphic detail), Transkrip Telepon SAPA 129 and Percakapan WhatsApp SAPA 129.
Documents are prose and conversation; only a *dasar* note or letter keeps an identity block
with the office's own labels. Every fact is written with the key value it supports.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import vocab
from . import conversation, examination, officials, story, words
from .phrasing import phone_words
from .prose import Prose, day_words, first
from .truth import CaseTruth, short_city
from .text import Doc, case_key, reporter_key, slot, victim_key

TITLES = {
    "catatan_pengaduan": "Catatan Pengaduan",
    "surat_rujukan": "Surat Rujukan",
    "transkrip_sapa": "Transkrip Telepon SAPA 129",
    "ringkasan_ppt": "Ringkasan Pemeriksaan PPT Rumah Sakit",
    "percakapan_wa": "Percakapan WhatsApp SAPA 129",
}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    text: str
    narrative: str
    evidence: dict = field(default_factory=dict)
    fixed: tuple = ()  # spans of the kind's fixed frame (header, form labels, sign-off)


class Writer:
    def __init__(self, case: CaseTruth, rng):
        self.case, self.rng, self.doc = case, rng, Doc()
        self.prose = Prose(case, rng, self.doc)
        self.city = self.prose.city
        self.uptd = f"UPTD PPA {self.city}"
        self.fixed: list[tuple[int, int]] = []
        self.narrative = (0, 0)

    def frame(self, template: str = "", *keys, **slots) -> None:
        """A line of the kind's fixed frame: excluded from the variety rule."""
        self.fixed.append(self.doc.line(template, *keys, **slots))

    def pick(self, options):
        return self.prose.pick(options)  # no stock phrase twice in one document

    # identity block (dasar only) with the office's own labels

    def identity_block(self, index: int) -> None:
        person, k = self.case.victims[index], (lambda f: victim_key(index, f))
        self.frame("Nama: {n}", n=slot(person.name, k("nama")))
        if person.nik:
            self.frame("NIK: {x}", k("kewarganegaraan"), x=slot(person.nik, k("nik")))
        self.frame("Jenis kelamin: {x}", x=slot("Perempuan" if person.sex == "P" else "Laki-laki", k("jenis_kelamin")))
        minor = [k("status_perkawinan")] if person.age < 18 else []
        if person.birth_date is None:
            self.frame("Umur: {x} tahun", x=slot(str(person.age), k("usia"), *minor))
        else:
            when = slot(day_words(person.birth_date), k("tanggal_lahir"), *minor)
            if person.birthplace:
                self.frame("Tempat/tgl. lahir: {p}, {d}", p=slot(person.birthplace, k("tempat_lahir")), d=when)
            else:
                self.frame("Tanggal lahir: {d}", d=when)
        start = self.doc.write("Alamat: ")[0]
        self.prose.address(person.street, person.region, (k("alamat"),), (k("wilayah"),))
        self.fixed.append((start, self.doc.write("\n")[1]))
        if person.age < 18:
            school = "belum sekolah" if person.education == "TIDAK_SEKOLAH" else self.pick(
                words.SCHOOL[person.education]).format(grade=person.grade)
            keys = [k("pendidikan")] + ([k("pekerjaan")] if person.occupation == "PELAJAR" else [])
            self.frame("Sekolah: {x}", x=slot(school, *keys))
        else:
            if person.education != vocab.NA:
                self.frame("Pendidikan: {x}", x=slot(words.EDUCATION[person.education][0], k("pendidikan")))
            self.frame("Pekerjaan: {x}", x=slot(words.OCCUPATION_NOUN[person.occupation], k("pekerjaan")))
            self.frame("Status: {x}", x=slot(words.MARITAL[person.marital][0], k("status_perkawinan")))
        if person.religion:
            self.frame("Agama: {x}", x=slot(words.RELIGION[person.religion], k("agama")))
        if person.citizenship == vocab.WNI:
            self.frame("Kewarganegaraan: {x}", x=slot("Indonesia", k("kewarganegaraan")))
        else:
            self.frame("Kewarganegaraan: {x}", x=slot(person.country, k("kewarganegaraan"), k("negara")))
        if person.disability:
            self.frame("Keterangan: {x}", x=slot(words.DISABILITY[person.disability[0]][0], k("disabilitas"),
                                                  k("jenis_disabilitas")))

    def people(self) -> None:
        for index in range(len(self.case.victims)):
            if self.case.difficulty == "dasar":
                self.frame("Identitas korban" if len(self.case.victims) == 1 else f"Identitas korban {index + 1}")
                self.identity_block(index)
            else:
                self.prose.victim(index)
                self.doc.write("\n")
            self.doc.write("\n")
        for index in range(len(self.case.perpetrators)):
            self.prose.perpetrator(index)
            self.doc.write("\n")
        self.doc.write("\n")

    def reporter_same_home(self) -> None:
        case = self.case
        reporter = case.reporter
        if reporter and reporter.street and reporter.street == case.victims[0].street:
            for key in ("alamat", "wilayah"):
                for start, end in self.doc.spans.get(victim_key(0, key), []):
                    self.doc.mark(reporter_key(key), start, end)

    def incident_at_home(self) -> None:
        # "di rumah": the victim's address names the village where it happened.
        case, key = self.case, case_key("kejadian", "wilayah")
        if case.incident_region and case.incident_region == case.victims[0].region and key not in self.doc.spans:
            for start, end in self.doc.spans.get(victim_key(0, "wilayah"), []):
                self.doc.mark(key, start, end)

    def reporter(self, *, kanal_words: str) -> None:
        case, doc, reporter = self.case, self.doc, self.case.reporter
        kanal = case_key("registrasi", "kanal_pengaduan")
        if reporter is None:
            doc.say(self.pick(("{v} {k} dan menceritakan sendiri apa yang dialaminya.",
                               "Yang melapor adalah korban sendiri, {v}, yang {k}.",
                               "{v} {k}; ia melapor untuk dirinya sendiri.")),
                    reporter_key("pelapor_korban"), reporter_key("hubungan"),
                    v=first(case.victims[0].name), k=slot(kanal_words, kanal))
            doc.write("\n\n")
            return
        title = "Bapak" if reporter.sex == "L" else "Ibu"
        relation = reporter_key("hubungan")
        doc.say(self.pick(("Pengaduan disampaikan oleh {t} {n}, {r} {v}, yang {k}.",
                           "{t} {n} {k}. Ia {r} {v}.", "Yang melapor {t} {n}, {r} {v}; ia {k}.",
                           "{t} {n}, {r} {v}, {k} untuk melapor.", "Pelapor, {t} {n}, {k}; ia {r} {v}.",
                           "Sebagai {r} {v}, {t} {n} {k}.")),
                t=slot(title, reporter_key("jenis_kelamin")), n=slot(reporter.name, reporter_key("nama")),
                r=slot(case.reporter_words, relation), v=first(case.victims[0].name), k=slot(kanal_words, kanal))
        if reporter.phone:
            doc.say(" " + self.pick(("Nomor HP-nya {p}.", "Ia bisa dihubungi di {p}.", "Nomor teleponnya {p}.",
                                     "Kontak pelapor {p}.", "HP pelapor yang aktif {p}.")),
                    p=slot(phone_words(self.rng, reporter.phone), reporter_key("no_hp")))
        if reporter.region:
            if reporter.street and reporter.street == case.victims[0].street:
                whom = "korban" if len(case.victims) == 1 else first(case.victims[0].name)  # which one, of two
                doc.say(" {s}.", s=slot(self.pick((f"Ia tinggal serumah dengan {whom}", f"Rumahnya sama dengan {whom}",
                                                   f"Alamatnya sama dengan {whom}", f"Pelapor serumah dengan {whom}",
                                                   f"Pelapor tinggal bersama {whom}",
                                                   f"Pelapor dan {whom} tinggal di rumah yang sama")),
                                        reporter_key("alamat"), reporter_key("wilayah")))
            else:
                doc.write(" " + self.pick(("Ia tinggal di ", "Rumah pelapor di ", "Pelapor beralamat di ",
                                           "Pelapor sendiri tinggal di ")))
                self.prose.address(reporter.street, reporter.region, (reporter_key("alamat"),),
                                   (reporter_key("wilayah"),))
                doc.write(".")
        doc.write("\n\n")

    def chronology(self, heading: str) -> None:
        self.frame(heading)
        self.narrative = story.incident(self.prose)
        self.doc.write("\n\n")

    def follow_up(self, heading: str) -> None:
        self.frame(heading)
        story.services(self.prose, office=self.uptd)
        self.doc.write("\n")

    # the kinds

    def catatan_pengaduan(self) -> None:
        case, lapor = self.case, self.case.tanggal_lapor
        self.frame("CATATAN PENGADUAN")
        self.frame("{u} {c}", u=slot("UPTD PPA", case_key("registrasi", "unit_layanan")), c=self.city.upper())
        self.frame(f"Nomor: {self.rng.randint(10, 480):03d}/CP/UPTD-PPA/{ROMAN[lapor.month - 1]}/{lapor.year}")
        self.frame("Tanggal: {d}", d=slot(day_words(lapor), case_key("registrasi", "tanggal_lapor")))
        self.frame(f"Petugas: {case.officer.name}")
        self.frame()
        self.reporter(kanal_words=self.pick(("datang langsung ke kantor kami", "datang ke kantor UPTD PPA",
                                             "datang sendiri ke kantor")))
        self.people()
        self.chronology("Kronologi")
        self.follow_up("Tindak lanjut")
        self.frame()
        self.frame("Petugas penerima,")
        self.frame(case.officer.name)

    def letter_head(self, institution: str, kind_line: str) -> None:
        ref = self.case.referrer
        letter = ref["letter_date"]
        self.frame(f"PEMERINTAH {self.city.upper()}" if ref["institution"] != "polres" else
                   "KEPOLISIAN NEGARA REPUBLIK INDONESIA")
        self.frame("{i}", i=slot(institution.upper(), reporter_key("alamat")))
        self.frame(f"Nomor: {ref['number']}/{kind_line}/{ROMAN[letter.month - 1]}/{letter.year}")
        self.frame()
        self.frame("Kepada Yth. Kepala {u} {c}", u=slot("UPTD PPA", case_key("registrasi", "unit_layanan")),
                   c=self.city)
        self.frame("di tempat")
        self.frame()

    def signature(self) -> None:
        """Signed as the official signs: "dr. X, Sp.OG" or "Bripka X" under the role, never "Ibu X"."""
        case, reporter, ref, signer = self.case, self.case.reporter, self.case.referrer, self.signer
        self.frame()
        self.frame(f"{short_city(self.city)}, {day_words(ref['letter_date'])}")
        self.frame("Hormat kami," if signer.role != "Dokter pemeriksa," else signer.role)
        if signer.role != "Dokter pemeriksa,":
            self.frame(signer.role)
        self.frame("{n}", n=slot(signer.title.format(n=reporter.name), reporter_key("nama"),
                                 reporter_key("jenis_kelamin")))  # the name tells the sex, as on any letter
        if signer.number:
            self.frame(signer.number)
        if reporter.phone:
            self.frame("HP {p}", p=slot(phone_words(self.rng, reporter.phone), reporter_key("no_hp")))
        self.frame()
        self.frame("— Catatan penerimaan UPTD PPA —")
        self.frame("Diterima dan dicatat sebagai pengaduan pada {d}.",
                   d=slot(day_words(case.tanggal_lapor), case_key("registrasi", "tanggal_lapor")))

    def surat_rujukan(self) -> None:
        case = self.case
        institution = case.reporter.street
        self.letter_head(institution, "RJK")
        count = "seorang korban" if len(case.victims) == 1 else f"{len(case.victims)} orang korban"
        self.signer = officials.signer(case, self.rng)
        role = self.signer.body
        self.doc.say(self.pick(("Dengan hormat, bersama ini {w} kami {r} {c} untuk mendapatkan pendampingan.",
                                "Dengan hormat, kami ({w}) {r} {c} yang kami tangani agar mendapat pendampingan.",
                                "Dengan hormat, {c} yang ditangani {w} kami, kami {r} ke UPTD PPA untuk pendampingan.",
                                "Dengan hormat, melalui surat ini {w} kami {r} {c} untuk ditindaklanjuti.",
                                "Dengan hormat, kami {r} {c}; kasus ini ditangani {w} kami.",
                                "Dengan hormat, sesuai pemeriksaan {w} kami, kami {r} {c} kepada Bapak/Ibu.")),
                     case_key("registrasi", "kanal_pengaduan"), reporter_key("hubungan"),
                     r=slot("merujuk", case_key("registrasi", "kanal_pengaduan")), c=count, w=role)
        self.doc.write("\n\n")
        self.people()
        self.chronology("Keterangan kejadian")
        self.frame("Demikian surat rujukan ini kami sampaikan. Atas kerja samanya kami ucapkan terima kasih.")
        self.signature()
        self.follow_up("Tindak lanjut UPTD PPA")

    def ringkasan_ppt(self) -> None:
        case = self.case
        self.letter_head(case.reporter.street, "PPT-RS")
        self.frame("RINGKASAN PEMERIKSAAN PASIEN – PUSAT PELAYANAN TERPADU (PPT)")
        self.frame(f"No. rekam medis: {self.rng.randint(100000, 999999)}")
        self.frame()
        self.signer = officials.signer(case, self.rng)
        self.doc.say(self.pick(("Pasien berikut diperiksa {w} dan kami rujuk untuk pendampingan lanjutan.",
                                "Ringkasan ini kami kirim sebagai rujukan atas pasien yang diperiksa {w}.",
                                "Setelah diperiksa {w}, pasien kami rujuk ke UPTD PPA.",
                                "Kami merujuk pasien yang hari ini ditangani {w}.",
                                "Pasien yang ditangani {w} kami rujuk untuk pendampingan.",
                                "Bersama ini {w} merujuk pasien untuk pendampingan UPTD PPA.")),
                     reporter_key("hubungan"), case_key("registrasi", "kanal_pengaduan"), w=self.signer.body)
        self.doc.write("\n\n")
        self.people()
        self.chronology("Anamnesis (keterangan pasien/pengantar)")
        self.frame("Hasil pemeriksaan")
        for victim, incident in zip(case.victims, case.incidents, strict=True):
            self.doc.write(examination.findings(incident, victim.name, self.rng, self.pick) + "\n")
        self.signature()
        self.follow_up("Tindak lanjut UPTD PPA")

    def transkrip_sapa(self) -> None:
        conversation.call(self)

    def percakapan_wa(self) -> None:
        conversation.chat(self)


def render(case: CaseTruth, rng) -> Document:
    writer = Writer(case, rng)
    getattr(writer, case.kind)()
    writer.reporter_same_home()
    writer.incident_at_home()
    text = writer.doc.text
    start, end = writer.narrative
    return Document(kind=case.kind, title=TITLES[case.kind], text=text, narrative=text[start:end],
                    evidence=writer.doc.spans, fixed=tuple(writer.fixed))
