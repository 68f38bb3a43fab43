"""Indonesian words for dates, relationships, forms of violence and schooling.

Each list offers several ways to say the same fact; the generator picks one with its
seeded RNG, so phrasing varies from case to case but never between runs of one seed.
"""

from __future__ import annotations

import datetime as dt

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")


def date_words(day: dt.date, *, weekday: bool = True) -> str:
    """"Selasa, 12 Maret 2024"."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{DAYS[day.weekday()]}, {text}" if weekday else text


def date_figures(day: dt.date, sep: str = "-") -> str:
    """"12-03-2024" or "12/03/2024"."""
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def say_date(rng, day: dt.date) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return date_words(day)
    if choice == 1:
        return date_words(day, weekday=False)
    return date_figures(day, "-" if choice == 2 else "/")


# Relationship of a perpetrator to a victim: SIMFONI code -> ways people say it, by perpetrator sex.
RELATION_WORDS = {
    ("ORANG_TUA", "L"): ("ayah kandungnya", "ayah tirinya", "bapaknya"),
    ("ORANG_TUA", "P"): ("ibu kandungnya", "ibu tirinya"),
    ("KELUARGA", "L"): ("pamannya", "kakak sepupu ayahnya"),
    ("KELUARGA", "P"): ("bibinya", "kakak sepupu ibunya"),
    ("SUAMI_ISTRI", "L"): ("suaminya", "suami sahnya"),
    ("SUAMI_ISTRI", "P"): ("istrinya",),
    ("PACAR_TEMAN", "L"): ("pacarnya", "teman dekatnya", "kekasihnya"),
    ("PACAR_TEMAN", "P"): ("teman sekolahnya", "temannya"),
    ("GURU", "L"): ("guru di sekolahnya", "wali kelasnya", "guru olahraganya"),
    ("GURU", "P"): ("guru di sekolahnya", "wali kelasnya"),
    ("MAJIKAN", "L"): ("majikannya", "pemilik usaha tempatnya bekerja"),
    ("MAJIKAN", "P"): ("majikannya", "pemilik rumah tempatnya bekerja"),
    ("REKAN_KERJA", "L"): ("rekan kerjanya", "teman sekantornya"),
    ("REKAN_KERJA", "P"): ("rekan kerjanya",),
    ("TETANGGA", "L"): ("tetangganya", "tetangga sebelah rumah", "tetangga satu RT"),
    ("TETANGGA", "P"): ("tetangganya", "tetangga sebelah rumah"),
    ("NA", "L"): ("seorang laki-laki yang tidak dikenal korban",),
    ("NA", "P"): ("seorang perempuan yang tidak dikenal korban",),
}

# What was done, in words: a fact a careful reader classifies as the SIMFONI form.
FORM_WORDS = {
    "FISIK": ("dipukul dan ditendang", "ditampar hingga memar", "dianiaya secara fisik", "dipukul dengan sapu"),
    "PSIKIS": ("dimaki dan diancam", "dihina dan diancam akan diusir", "diintimidasi terus-menerus"),
    "SEKSUAL": ("dicabuli", "mengalami pelecehan seksual", "dipaksa melakukan hubungan seksual"),
    "EKSPLOITASI": ("dipekerjakan tanpa upah", "dipaksa bekerja dan hasilnya diambil"),
    "TPPO": ("dijanjikan pekerjaan lalu dijual ke pihak lain", "direkrut dengan janji palsu dan dipindahkan tanpa persetujuan"),
    "PENELANTARAN": ("tidak diberi nafkah", "ditelantarkan dan tidak diurus", "dibiarkan tanpa makan dan perawatan"),
}
FORM_NAMES = {
    "FISIK": "fisik", "PSIKIS": "psikis", "SEKSUAL": "seksual", "EKSPLOITASI": "eksploitasi",
    "TPPO": "perdagangan orang (TPPO)", "PENELANTARAN": "penelantaran",
}

PLACE_WORDS = {
    "RUMAH_TANGGA": ("di rumah", "di rumah mereka", "di rumah kontrakan keluarga"),
    "TEMPAT_KERJA": ("di tempat kerja", "di kantor tempatnya bekerja", "di gudang tempatnya bekerja"),
    "SEKOLAH": ("di sekolah", "di ruang kelas", "di lingkungan sekolah"),
    "FASILITAS_UMUM": ("di taman kota", "di terminal", "di jalan dekat pasar", "di pantai umum"),
}
PLACE_NAMES = {
    "RUMAH_TANGGA": "rumah tangga", "TEMPAT_KERJA": "tempat kerja", "SEKOLAH": "sekolah",
    "FASILITAS_UMUM": "fasilitas umum",
}

SCHOOL_WORDS = {
    "PAUD_TK": ("masih di TK", "bersekolah di PAUD"),
    "SD": ("kelas {grade} SD", "duduk di bangku SD kelas {grade}"),
    "SLTP": ("kelas {grade} SMP", "{pupil} kelas {grade} SMP"),
    "SLTA": ("kelas {grade} SMA", "kelas {grade} SMK"),
}
PUPIL = {"L": "siswa", "P": "siswi"}
EDUCATION_NAMES = {
    "TIDAK_SEKOLAH": "tidak sekolah", "PAUD_TK": "PAUD/TK", "SD": "tamat SD", "SLTP": "tamat SMP",
    "SLTA": "tamat SMA", "PT": "lulusan perguruan tinggi",
}
OCCUPATION_NAMES = {
    "PELAJAR": "pelajar", "IRT": "ibu rumah tangga", "TIDAK_BEKERJA": "tidak bekerja",
    "SWASTA_BURUH": "karyawan swasta", "PNS_TNI_POLRI": "PNS", "PEDAGANG_TANI_NELAYAN": "pedagang",
    "BEKERJA_LAINNYA": "pekerja lepas",
}
MARITAL_NAMES = {"BELUM_KAWIN": "belum menikah", "KAWIN": "menikah", "CERAI_HIDUP": "cerai hidup",
                 "CERAI_MATI": "janda karena suaminya meninggal"}
RELIGION_NAMES = {"ISLAM": "Islam", "KRISTEN": "Kristen", "KATOLIK": "Katolik", "HINDU": "Hindu",
                  "BUDDHA": "Buddha", "KHONGHUCU": "Khonghucu"}
DISABILITY_WORDS = {
    "FISIK": "penyandang disabilitas fisik (menggunakan kursi roda)",
    "INTELEKTUAL": "penyandang disabilitas intelektual",
    "MENTAL": "penyandang disabilitas mental",
    "SENSORIK": "penyandang tunarungu",
}
SERVICE_NAMES = {
    "PENGADUAN": "pengaduan", "KESEHATAN": "layanan kesehatan", "BANTUAN_HUKUM": "bantuan hukum",
    "PENEGAKAN_HUKUM": "penegakan hukum", "REHABILITASI_SOSIAL": "rehabilitasi sosial",
    "REINTEGRASI_SOSIAL": "reintegrasi sosial", "PEMULANGAN": "pemulangan",
    "PENDAMPINGAN_TOKOH_AGAMA": "pendampingan tokoh agama",
}
REPORTER_WORDS = {
    "ORANG_TUA": "orang tua korban", "KELUARGA": "keluarga korban", "TETANGGA": "tetangga korban",
    "GURU_SEKOLAH": "guru di sekolah korban", "NAKES": "tenaga kesehatan", "APARAT": "petugas kepolisian",
}
SEX_WORDS = {"L": "laki-laki", "P": "perempuan"}


def honorific(sex: str, age: int) -> str:
    if age < 18:
        return "Anak"
    return "Bapak" if sex == "L" else "Ibu"


def phone_words(rng, e164: str) -> str:
    national = "0" + e164[3:]
    style = rng.randrange(3)
    if style == 0:
        return f"{national[:4]}-{national[4:8]}-{national[8:]}"
    if style == 1:
        return national
    return f"+62 {e164[3:6]}-{e164[6:10]}-{e164[10:]}"
