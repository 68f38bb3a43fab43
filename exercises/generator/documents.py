"""Indonesian source documents rendered from a case: what an officer actually receives.

Three kinds: Catatan Pengaduan (the UPTD PPA intake note), Surat Rujukan (a referral
letter from a Puskesmas, the RSUD or the Polres) and Transkrip Telepon SAPA 129 (a
hotline call). At *dasar* and *menengah* facts are stated in labelled lines; at *mahir*
they are told in prose and some are only implied (a school grade, a relationship).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import regions
from . import phrasing
from .phrasing import date_words, say_date
from .scenarios import CaseTruth, Person

TITLES = {
    "catatan_pengaduan": "Catatan Pengaduan",
    "surat_rujukan": "Surat Rujukan",
    "transkrip_sapa": "Transkrip Telepon SAPA 129",
}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_POSSESSIVE = re.compile(r"(\w+)nya\b")


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    text: str
    narrative: str


class Writer:
    def __init__(self, case: CaseTruth, rng):
        self.case, self.rng = case, rng
        self.city = regions.name(case.kabkota) or case.kabkota
        self.labelled = case.explicit

    # small pieces

    def date(self, day) -> str:
        return say_date(self.rng, day) if self.rng.random() < 0.5 else date_words(day)

    def address(self, street: str, region: str) -> str:
        if not region:
            return street
        names = {regions.level(code): regions.name(code) for code in regions.ancestry(region)}
        parts = [street] if street else []
        if 4 in names:
            parts.append(f"Kelurahan {names[4]}")
        if 3 in names:
            parts.append(f"Kecamatan {names[3]}")
        parts.append(names.get(2, self.city))
        return ", ".join(parts)

    def school(self, person: Person) -> str:
        if person.education == "TIDAK_SEKOLAH":
            return "belum sekolah"
        if person.education == "PAUD_TK":
            return self.rng.choice(phrasing.SCHOOL_WORDS["PAUD_TK"])
        if person.grade is None:
            return phrasing.EDUCATION_NAMES.get(person.education, "")
        if not self.labelled:
            offset = {"SD": 0, "SLTP": 6, "SLTA": 9}[person.education]
            return f"kelas {person.grade + offset}"
        return self.rng.choice(phrasing.SCHOOL_WORDS[person.education]).format(
            grade=person.grade, pupil=phrasing.PUPIL[person.sex])

    def birth(self, person: Person) -> str:
        if person.birth_date is None:
            return f"{person.age} tahun"
        when = self.date(person.birth_date)
        return f"{person.birthplace}, {when}" if person.birthplace else when

    def relation_to(self, words: str, victim: Person) -> str:
        first = victim.name.split()[0]
        return _POSSESSIVE.sub(rf"\1 {first}", words, count=1) if "tidak dikenal" not in words else words

    # people

    def victim_lines(self, person: Person) -> list[str]:
        lines = [f"Nama: {person.name}"]
        if person.nik:
            lines.append(f"NIK: {person.nik}")
        lines.append(f"Jenis kelamin: {phrasing.SEX_WORDS[person.sex].capitalize()}")
        if person.birth_date is None:
            lines.append(f"Usia: {person.age} tahun")
        else:
            label = "Tempat, tanggal lahir" if person.birthplace else "Tanggal lahir"
            lines.append(f"{label}: {self.birth(person)}")
        if person.age < 18:
            lines.append(f"Sekolah: {self.school(person)}")
        elif person.education != "NA":
            lines.append(f"Pendidikan terakhir: {phrasing.EDUCATION_NAMES[person.education]}")
        if person.occupation not in ("NA", "PELAJAR"):
            lines.append(f"Pekerjaan: {phrasing.OCCUPATION_NAMES[person.occupation]}")
        lines.append(f"Status perkawinan: {phrasing.MARITAL_NAMES[person.marital]}")
        if person.religion:
            lines.append(f"Agama: {phrasing.RELIGION_NAMES[person.religion]}")
        lines.append("Kewarganegaraan: " + (f"WNA ({person.country})" if person.citizenship == "WNA" else "WNI"))
        if person.disability:
            lines.append("Disabilitas: " + ", ".join(phrasing.DISABILITY_WORDS[d] for d in person.disability))
        lines.append(f"Alamat: {self.address(person.street, person.region)}")
        return lines

    def victim_prose(self, person: Person) -> str:
        sex = "anak perempuan" if person.sex == "P" and person.age < 18 else (
            "anak laki-laki" if person.age < 18 else phrasing.SEX_WORDS[person.sex])
        text = f"{person.name}, {sex}"
        if person.birth_date is None:
            text += f", berusia {person.age} tahun"
        else:
            text += f", lahir di {person.birthplace} pada {self.date(person.birth_date)}" if person.birthplace else (
                f", lahir {self.date(person.birth_date)}")
        if person.nik:
            text += f" (NIK {person.nik})"
        text += f", tinggal di {self.address(person.street, person.region)}."
        if person.age < 18:
            school = self.school(person)
            text += " Ia belum sekolah." if school == "belum sekolah" else f" Saat ini ia {school}."
        else:
            if person.education != "NA":
                text += f" Pendidikan terakhirnya {phrasing.EDUCATION_NAMES[person.education]}"
                text += f" dan sehari-hari {phrasing.OCCUPATION_NAMES[person.occupation]}." if person.occupation != "NA" else "."
            elif person.occupation != "NA":
                text += f" Sehari-hari ia {phrasing.OCCUPATION_NAMES[person.occupation]}."
            text += f" Status perkawinannya {phrasing.MARITAL_NAMES[person.marital]}."
        if person.religion:
            text += f" Beragama {phrasing.RELIGION_NAMES[person.religion]}."
        if person.citizenship == "WNA":
            text += f" Ia warga negara {person.country} yang tinggal di Indonesia."
        if person.disability:
            text += f" Ia {phrasing.DISABILITY_WORDS[person.disability[0]]}."
        return text

    def perpetrator_lines(self, index: int) -> list[str]:
        case, person = self.case, self.case.perpetrators[index]
        lines = [f"Nama: {person.name}", f"Jenis kelamin: {phrasing.SEX_WORDS[person.sex].capitalize()}"]
        if person.age is not None:
            lines.append(f"Usia: {person.age} tahun")
        if person.occupation:
            lines.append(f"Pekerjaan: {phrasing.OCCUPATION_NAMES[person.occupation]}")
        if person.region:
            lines.append(f"Alamat: {self.address(person.street, person.region)}")
        for victim, relation in zip(case.victims, case.relations[index], strict=True):
            lines.append(f"Hubungan dengan korban {victim.name}: {self.relation_to(relation.words, victim)}")
        return lines

    def perpetrator_prose(self, index: int) -> str:
        case, person = self.case, self.case.perpetrators[index]
        if person.name == "Tidak diketahui":
            text = f"Pelaku lain adalah {case.relations[index][0].words}; namanya tidak diketahui"
        else:
            relations = " dan ".join(self.relation_to(r.words, v) for v, r in zip(case.victims, case.relations[index], strict=True))
            text = f"Terlapor bernama {person.name}, {relations}"
            if person.age is not None:
                text += f", berusia sekitar {person.age} tahun"
            if person.occupation:
                text += f", bekerja sebagai {phrasing.OCCUPATION_NAMES[person.occupation]}"
            if person.region:
                where = "serumah dengan korban" if person.street and person.street == case.victims[0].street else (
                    f"tinggal di {self.address(person.street, person.region)}")
                text += f", {where}"
        return text + "."

    # what happened

    def incident(self) -> str:
        """The story, phrased once per case (every document kind quotes the same words)."""
        if getattr(self, "_incident", None) is None:
            self._incident = self._tell_incident()
        return self._incident

    def _tell_incident(self) -> str:
        case = self.case
        when = self.date(case.tanggal_kejadian)
        sentences = []
        for victim, incident in zip(case.victims, case.incidents, strict=True):
            doers = [p for p, row in zip(case.perpetrators, case.relations, strict=True) if row]
            who = " bersama ".join("seorang pelaku tak dikenal" if p.name == "Tidak diketahui" else p.name for p in doers)
            where = incident.place_words
            if case.abroad_country:
                where = f"di {case.abroad_country}, tempat korban dipekerjakan"
            elif case.incident_region and case.incident_region != victim.region:
                where += f" di {self.address('', case.incident_region)}"
            sentences.append(f"Pada {when}, {where}, {victim.name} {' dan '.join(incident.form_words)} oleh {who}.")
        return " ".join(sentences + case.distractors)

    def explicit_facts(self) -> list[str]:
        case = self.case
        lines = [f"Tanggal kejadian: {date_words(case.tanggal_kejadian)}"]
        if case.abroad_country:
            lines.append(f"Lokasi kejadian: luar negeri ({case.abroad_country})")
        else:
            lines.append(f"Lokasi kejadian: {self.address('', case.incident_region)}")
        for victim, incident in zip(case.victims, case.incidents, strict=True):
            forms = ", ".join(phrasing.FORM_NAMES[f] for f in incident.forms)
            lines.append(f"Korban {victim.name}: tempat kejadian {phrasing.PLACE_NAMES[incident.place]}; "
                         f"bentuk kekerasan {forms}" + ("; termasuk KDRT" if incident.kdrt else "; bukan KDRT"))
        return lines

    def services(self) -> list[str]:
        case = self.case
        lines = []
        for service in case.services:
            victim = case.victims[service.victim]
            line = (f"- {date_words(service.day, weekday=False)}: {phrasing.SERVICE_NAMES[service.kind]} "
                    f"untuk {victim.name} oleh {service.provider}")
            if service.referral:
                line += f", dirujuk ke {service.referral}"
            lines.append(line + ".")
        return lines

    def reporter_lines(self) -> list[str]:
        case, reporter = self.case, self.case.reporter
        if reporter is None:
            return ["Pelapor adalah korban sendiri."]
        title = "Bapak" if reporter.sex == "L" else "Ibu"
        lines = [f"Nama: {title} {reporter.name}"]
        if case.reporter_words:
            lines.append(f"Hubungan dengan korban: {case.reporter_words}")
        if reporter.phone:
            lines.append(f"No. HP: {phrasing.phone_words(self.rng, reporter.phone)}")
        if reporter.region:
            same = reporter.street and reporter.street == case.victims[0].street
            lines.append("Alamat: sama dengan alamat korban" if same and not self.labelled else
                         f"Alamat: {self.address(reporter.street, reporter.region)}")
        return lines

    def people_section(self) -> list[str]:
        case, out = self.case, []
        for index, victim in enumerate(case.victims):
            heading = "Identitas korban" if len(case.victims) == 1 else f"Identitas korban {index + 1}"
            out += [heading, *(self.victim_lines(victim) if self.labelled else [self.victim_prose(victim)]), ""]
        for index in range(len(case.perpetrators)):
            heading = "Identitas terlapor" if len(case.perpetrators) == 1 else f"Identitas terlapor {index + 1}"
            out += [heading, *(self.perpetrator_lines(index) if self.labelled else [self.perpetrator_prose(index)]), ""]
        return out

    # the three kinds

    def catatan_pengaduan(self) -> list[str]:
        case = self.case
        lapor = case.tanggal_lapor
        out = [f"CATATAN PENGADUAN – UPTD PPA {self.city.upper()}",
               f"Nomor: {self.rng.randint(10, 480):03d}/CP/UPTD-PPA/{ROMAN[lapor.month - 1]}/{lapor.year}", "",
               f"Hari/tanggal pengaduan: {date_words(lapor)}",
               "Cara pengaduan: datang langsung ke kantor UPTD PPA",
               f"Petugas penerima: {case.officer}", "", "Identitas pelapor", *self.reporter_lines(), ""]
        out += self.people_section()
        out += ["Kronologi", self.incident(), ""]
        if self.labelled:
            out += ["Ringkasan kejadian", *self.explicit_facts(), ""]
        return out + ["Tindak lanjut", *self.services()]

    def surat_rujukan(self) -> list[str]:
        case, ref, officer = self.case, self.case.referrer, self.case.reporter
        institution = officer.street
        title = "Bapak" if officer.sex == "L" else "Ibu"
        count = "seorang korban" if len(case.victims) == 1 else f"{len(case.victims)} orang korban"
        out = [f"PEMERINTAH {self.city.upper()}" if ref["institution"] != "polres" else "KEPOLISIAN NEGARA REPUBLIK INDONESIA",
               institution.upper(), "",
               f"Nomor: {ref['number']}/RJK/{ROMAN[ref['letter_date'].month - 1]}/{ref['letter_date'].year}",
               "Perihal: Rujukan kasus kekerasan", "", f"Kepada Yth. Kepala UPTD PPA {self.city}", "di tempat", "",
               f"Dengan hormat, bersama ini kami merujuk {count} untuk mendapatkan pendampingan:", ""]
        out += self.people_section()
        out += ["Keterangan kejadian:", self.incident(), ""]
        if self.labelled:
            out += [*self.explicit_facts(), ""]
        out += ["Demikian surat rujukan ini kami sampaikan. Atas kerja samanya kami ucapkan terima kasih.", "",
                f"{self.city.replace('Kota ', '')}, {date_words(ref['letter_date'], weekday=False)}",
                f"Petugas perujuk: {title} {officer.name}", f"No. HP: {phrasing.phone_words(self.rng, officer.phone)}",
                "", "— Catatan penerimaan UPTD PPA —",
                f"Surat diterima dan dicatat sebagai pengaduan pada {date_words(case.tanggal_lapor)}.",
                "Layanan:", *self.services()]
        return out

    def transkrip_sapa(self) -> list[str]:
        case, reporter = self.case, self.case.reporter
        hour_of_day = self.rng.randint(7, 22)
        hour = f"{hour_of_day:02d}.{self.rng.randint(0, 59):02d}"
        greeting = "selamat pagi" if hour_of_day < 11 else "selamat siang" if hour_of_day < 15 else (
            "selamat sore" if hour_of_day < 18 else "selamat malam")
        caller = reporter.name if reporter else case.victims[0].name
        phone = reporter.phone if reporter else ""
        out = ["TRANSKRIP TELEPON SAPA 129", f"Tanggal panggilan: {date_words(case.tanggal_lapor)}, pukul {hour} WIB"]
        if phone:
            out.append(f"Nomor penelepon: {phrasing.phone_words(self.rng, phone)}")
        out += [f"Konselor: {case.officer}", "",
                f"Konselor: SAPA 129, {greeting}. Ada yang bisa kami bantu?"]
        if reporter is None:
            out.append(f"Penelepon: Saya {caller}, saya sendiri yang mengalami kekerasan, Bu.")
        else:
            title = "Bapak" if reporter.sex == "L" else "Ibu"
            out.append(f"Penelepon: Saya {title} {caller}, {case.reporter_words}. Saya mau melaporkan kekerasan.")
            if reporter.region:
                out.append(f"Penelepon: Saya tinggal di {self.address(reporter.street, reporter.region)}.")
        out += ["Konselor: Baik. Boleh diceritakan apa yang terjadi?", f"Penelepon: {self.incident()}", ""]
        out.append("Konselor: Saya catat data korban dan terlapor, ya.")
        out += [f"Penelepon: {line}" for line in self.people_section() if line]
        if self.labelled:
            out += ["Konselor: Saya ulangi ringkasannya.", *[f"Konselor: {line}." for line in self.explicit_facts()]]
        out += ["Konselor: Terima kasih. Laporan ini kami teruskan ke UPTD PPA untuk ditindaklanjuti.", "",
                "Catatan tindak lanjut:", *self.services()]
        return out


def render(case: CaseTruth, rng) -> Document:
    writer = Writer(case, rng)
    lines = getattr(writer, case.kind)()
    return Document(kind=case.kind, title=TITLES[case.kind], text="\n".join(lines).strip() + "\n",
                    narrative=writer.incident())
