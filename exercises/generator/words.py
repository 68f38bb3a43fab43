"""How people tell what happened (generator version 3): acts, places, jobs and schooling in plain words.

Nothing here is a SIMFONI verdict: a document says "ditampar sampai pipinya lebam", and the
trainee decides that is Fisik. Psychological violence is told as threats that fit who made
them: a husband threatens divorce, a teacher a failed year, an employer the sack.
"""

from __future__ import annotations

import re

# (form, relation code) -> what the victim went through; None is any relation.
ACTS = {
    ("FISIK", None): ("dipukul di bagian kepala dan punggung", "ditampar sampai pipinya lebam",
                      "ditendang hingga jatuh", "dicubit dan didorong sampai terbentur tembok",
                      "dipukul dengan gagang sapu", "dijambak dan dipukul berkali-kali"),
    ("PSIKIS", "SUAMI_ISTRI"): ("dimaki-maki dan diancam akan diceraikan", "diancam akan diusir dari rumah",
                                "dibentak dan dilarang keluar rumah", "direndahkan di depan anak-anaknya"),
    ("PSIKIS", "ORANG_TUA"): ("dibentak-bentak sampai ketakutan", "dikatai anak tidak berguna",
                              "dimarahi dengan kata-kata kasar hampir setiap hari", "dikunci di kamar sebagai hukuman"),
    # No audience named ("di depan kelas"): the place may be the teachers' room.
    ("PSIKIS", "GURU"): ("dipermalukan dengan julukan yang merendahkan", "dibentak dan diancam tidak naik kelas",
                         "dikatai bodoh berulang kali"),
    ("PSIKIS", "MAJIKAN"): ("diancam akan dipecat", "dimaki di depan pekerja lain", "diancam gajinya tidak dibayar"),
    ("PSIKIS", "REKAN_KERJA"): ("diejek dan digosipkan di depan pekerja lain", "diancam supaya tidak melapor ke atasan"),
    ("PSIKIS", "PACAR_TEMAN"): ("diancam foto pribadinya akan disebarkan", "terus dipantau ponselnya dan dilarang bergaul",
                                "dimaki dan dihina dengan kata-kata kasar"),  # at his place, when nobody is there
    ("PSIKIS", "TETANGGA"): ("diancam supaya tidak bercerita kepada siapa pun", "ditakut-takuti agar tetap diam"),
    ("PSIKIS", "KELUARGA"): ("diancam supaya tidak memberi tahu orang tuanya", "ditakut-takuti agar tetap diam"),
    ("FISIK", "KELOMPOK"): ("dikeroyok hingga memar", "dipukuli beramai-ramai", "ditendang dan dipukul bergantian"),
    ("PSIKIS", "KELOMPOK"): ("diejek dan dikucilkan beramai-ramai", "diancam akan dikeroyok lagi kalau melapor",
                             "direkam lalu videonya disebar untuk diejek"),
    ("SEKSUAL", None): ("dicabuli", "diraba-raba di bagian tubuh yang pribadi", "dipaksa berhubungan badan",
                        "dilecehkan secara seksual"),
    ("EKSPLOITASI", None): ("dipekerjakan tanpa upah", "dipaksa bekerja dari subuh sampai malam tanpa dibayar",
                            "tidak digaji berbulan-bulan"),
    # Said after "di sana ia ...": what was done to her abroad, not how she left ("diberangkatkan" came first).
    ("TPPO", None): ("diserahkan kepada majikan lain tanpa persetujuannya", "dipekerjakan tidak sesuai yang dijanjikan",
                     "ditahan paspornya dan tidak boleh pulang"),
    ("PENELANTARAN", "ORANG_TUA"): ("dibiarkan tanpa makan dan tidak diurus", "sering ditinggal sendirian tanpa makanan",
                                    "tidak diurus ketika sakit"),
    ("PENELANTARAN", None): ("tidak diberi nafkah berbulan-bulan", "ditinggal tanpa uang belanja",
                             "dibiarkan tanpa makan dan tidak diurus"),
}


# A broom is at hand at home, not in a field or a classroom.
AT_HOME_ONLY = frozenset(("dipukul dengan gagang sapu",))


def acts(form: str, relation: str, *, at_home: bool = True) -> tuple[str, ...]:
    found = ACTS.get((form, relation)) or ACTS.get((form, None)) or ACTS[("PSIKIS", "TETANGGA")]
    return found if at_home else tuple(act for act in found if act not in AT_HOME_ONLY)


# What an examining doctor finds after each physical act: the finding follows the act's body part.
FINDING = {
    "dipukul di bagian kepala dan punggung": "memar di kepala bagian belakang dan di punggung",
    "ditampar sampai pipinya lebam": "lebam kebiruan di pipi",
    "ditendang hingga jatuh": "memar di paha dan luka lecet di lutut akibat jatuh",
    "dicubit dan didorong sampai terbentur tembok": "bekas cubitan di lengan dan bengkak di dahi",
    "dipukul dengan gagang sapu": "memar memanjang di lengan atas dan punggung",
    "dijambak dan dipukul berkali-kali": "nyeri tekan di kulit kepala dan memar di kedua lengan",
    "dikeroyok hingga memar": "memar di wajah, lengan, dan punggung",
    "dipukuli beramai-ramai": "memar di pelipis dan punggung serta luka lecet di siku",
    "ditendang dan dipukul bergantian": "memar di perut dan punggung",
}
NO_FINDING = "keluhan nyeri tanpa luka yang tampak"
NEGLECT_FINDING = ("berat badan kurang untuk usianya dan tampak kurang terawat",
                   "tampak lemah, kurus, dan kebersihan badannya kurang")
# Acts that go on over weeks, not on one day: never "pada hari yang sama" as another victim's.
HABITUAL = re.compile(r"\bsering\b|setiap hari|berbulan-bulan|\bterus\b|tanpa uang belanja|tanpa upah|tanpa dibayar")


def list_words(items) -> str:
    """"a", "a dan b", "a, b, serta c": acts that hold a "dan" of their own are joined with commas."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    if len(items) == 2 and not any(" dan " in item for item in items):
        return f"{items[0]} dan {items[1]}"
    return ", ".join(items[:-1]) + ", serta " + items[-1]


PLACES = {
    "RUMAH_TANGGA": ("di rumah", "di rumah mereka", "di dalam kamar", "di dapur rumah"),
    "TEMPAT_KERJA": ("di tempat kerja", "di gudang tempatnya bekerja", "di ruang belakang toko tempatnya bekerja",
                     "di area pabrik"),
    "SEKOLAH": ("di sekolah", "di ruang kelas", "di ruang guru", "di halaman sekolah"),
    "FASILITAS_UMUM": ("di lapangan dekat pasar", "di terminal", "di taman kota", "di pos ronda dekat jalan raya"),
}

# A neighbour's abuse "di rumah" happens in his house, not "di rumah mereka"; nor does a boyfriend share hers.
NEIGHBOUR_HOME = ("di rumah pelaku", "di rumah tetangga itu", "di teras rumah pelaku", "di dalam rumah pelaku")
# Nor does a boyfriend share "rumah mereka" with her: it happens at his place.
PARTNER_HOME = ("di rumah pelaku", "di kamar kos pelaku", "di rumah pelaku saat sepi")
# A relative who lives elsewhere comes to the child's home or has her over: not "rumah mereka".
RELATIVE_HOME = ("di rumah", "di dalam kamar", "di dapur rumah", "di rumah neneknya")

SCHOOL = {
    "PAUD_TK": ("masih TK", "masih di PAUD", "sekolah di TK dekat rumah"),
    "SD": ("kelas {grade} SD", "duduk di kelas {grade} SD", "masih SD, kelas {grade}"),
    "SLTP": ("kelas {grade} SMP", "kelas {grade} MTs", "sekolah di SMP, kelas {grade}"),
    "SLTA": ("kelas {grade} SMA", "kelas {grade} SMK", "kelas {grade} Madrasah Aliyah"),
}
# At menengah and mahir the grade is counted from the first year of SD: "kelas 8" is SMP.
SCHOOL_COUNTED = ("kelas {grade}", "duduk di kelas {grade}")
EDUCATION = {"TIDAK_SEKOLAH": ("tidak pernah sekolah",), "SD": ("hanya tamat SD", "lulusan SD"),
             "SLTP": ("tamat SMP", "lulusan SMP"), "SLTA": ("tamat SMA", "lulusan SMK", "tamat SMA"),
             "PT": ("lulusan D3", "sarjana", "tamat kuliah S1")}
# A job is said as what someone does; "tidak bekerja" is never "bekerja sebagai".
OCCUPATION = {
    "IRT": ("mengurus rumah tangga", "sehari-hari di rumah mengurus anak"),
    "TIDAK_BEKERJA": ("sedang tidak bekerja", "menganggur sejak beberapa bulan", "belum bekerja"),
    "SWASTA_BURUH": ("bekerja sebagai buruh pabrik", "menjadi karyawan minimarket", "bekerja di pabrik kimia",
                     "bekerja sebagai karyawan swasta"),
    "PNS_TNI_POLRI": ("bekerja sebagai PNS di kantor kecamatan", "menjadi pegawai negeri di dinas"),
    "PEDAGANG_TANI_NELAYAN": ("berjualan sayur di pasar", "bekerja sebagai nelayan", "membuka warung di rumah"),
    "BEKERJA_LAINNYA": ("menjadi pengemudi ojek daring", "bekerja sebagai tukang jahit", "bekerja serabutan"),
}
MEN_ONLY_JOBS = ("bekerja sebagai nelayan",)  # the boats are men's: a fisherman's wife sells the catch


def jobs_of(person, workplace_words: str | None = None) -> tuple[str, ...]:
    """How a document says someone's job: a hurt worker's job is her workplace; a woman is no fisherman."""
    if workplace_words in WORKPLACE_JOB:
        return WORKPLACE_JOB[workplace_words]
    return tuple(job for job in OCCUPATION[person.occupation] if person.sex == "L" or job not in MEN_ONLY_JOBS)


# The same jobs as an intake form's "Pekerjaan" line writes them.
OCCUPATION_NOUN = {"IRT": "ibu rumah tangga", "TIDAK_BEKERJA": "tidak bekerja", "SWASTA_BURUH": "karyawan swasta",
                   "PNS_TNI_POLRI": "PNS", "PEDAGANG_TANI_NELAYAN": "pedagang", "BEKERJA_LAINNYA": "pekerja lepas"}
# A woman's words; a man's follow from them (marital_words). The first is neutral: an intake form's "Status" line.
MARITAL = {"BELUM_KAWIN": ("belum menikah", "masih lajang"), "KAWIN": ("sudah menikah", "bersuami", "sudah berkeluarga"),
           "CERAI_HIDUP": ("sudah bercerai", "berpisah resmi dengan suaminya"),
           "CERAI_MATI": ("janda, suaminya sudah meninggal",)}
_HUSBAND_TO_WIFE = (("bersuami", "beristri"), ("janda,", "duda,"), ("suaminya", "istrinya"))


def marital_words(person, *, first_person: bool = False) -> tuple[str, ...]:
    """How someone's marital status is said: a man has a wife, and a caller says "suami saya" of her own husband."""
    found = MARITAL[person.marital]
    if person.sex == "L":
        for woman, man in _HUSBAND_TO_WIFE:
            found = tuple(w.replace(woman, man) for w in found)
    if first_person:
        found = tuple(w.replace("suaminya", "suami saya").replace("istrinya", "istri saya") for w in found)
    return found
RELIGION = {"ISLAM": "Islam", "KRISTEN": "Kristen", "KATOLIK": "Katolik", "HINDU": "Hindu", "BUDDHA": "Buddha",
            "KHONGHUCU": "Khonghucu"}
DISABILITY = {"FISIK": ("memakai kursi roda", "lumpuh kedua kakinya sejak kecil"),
              "INTELEKTUAL": ("mengalami disabilitas intelektual", "lambat memahami dan perlu dibimbing"),
              "SENSORIK": ("tidak bisa mendengar", "tunarungu dan berkomunikasi dengan isyarat")}

# Relationship words by (code, sex of perpetrator); {v} is the victim's first name.
RELATION = {
    ("ORANG_TUA", "L"): ("ayah kandung {v}", "bapak {v}", "ayah tiri {v}"),
    ("ORANG_TUA", "P"): ("ibu kandung {v}", "ibu tiri {v}"),
    ("KELUARGA", "L"): ("paman {v}", "kakak sepupu {v}", "kakek {v}"),
    ("KELUARGA", "P"): ("bibi {v}", "kakak sepupu {v}"),
    ("SUAMI_ISTRI", "L"): ("suami {v}", "suami sah {v}"),
    ("SUAMI_ISTRI", "P"): ("istri {v}",),
    ("PACAR_TEMAN", "L"): ("pacar {v}", "teman dekat {v}", "kakak kelas {v}"),
    ("PACAR_TEMAN", "P"): ("teman sekolah {v}", "teman {v}"),
    # Said before the place ("oleh guru Dina di halaman sekolah"): no place of their own in the words.
    ("GURU", "L"): ("guru {v}", "wali kelas {v}", "guru olahraga {v}"),
    ("GURU", "P"): ("guru {v}", "wali kelas {v}"),
    ("MAJIKAN", "L"): ("majikan {v}", "bos {v}", "pemilik usaha yang mempekerjakan {v}"),
    ("MAJIKAN", "P"): ("majikan {v}", "pemilik usaha yang mempekerjakan {v}"),
    # Not "mandor": a foreman is above her, and a shop has none.
    ("REKAN_KERJA", "L"): ("rekan kerja {v}", "teman satu shift {v}", "teman sekerja {v}"),
    ("REKAN_KERJA", "P"): ("rekan kerja {v}",),
    ("TETANGGA", "L"): ("tetangga {v}", "tetangga sebelah rumah {v}", "tetangga satu RT dengan {v}"),
    ("TETANGGA", "P"): ("tetangga {v}",),
}
# Relationship words that say an age: a grandfather is a generation and more older, a cousin is not.
RELATION_AGE_GAP = {"kakek {v}": (35, 99), "kakak sepupu {v}": (1, 15)}


def fits_ages(option: str, gap: int) -> bool:
    low, high = RELATION_AGE_GAP.get(option, (-99, 99))
    return low <= gap <= high


# A worker's job as the place she works at tells it (a factory hand, a shop assistant).
WORKPLACE_JOB = {"di gudang tempatnya bekerja": ("bekerja di gudang", "menjadi pekerja gudang"),
                 "di ruang belakang toko tempatnya bekerja": ("menjadi pelayan toko", "bekerja di toko"),
                 "di area pabrik": ("bekerja sebagai buruh pabrik", "bekerja di pabrik kimia"),
                 "di tempat kerja": ("bekerja sebagai karyawan swasta", "menjadi karyawan kontrak")}
# Schoolmates in a group: never "pacar", which the dating scenario uses.
RELATION_GROUP = ("teman sekolah {v}", "kakak kelas {v}", "teman sekelas {v}", "teman satu sekolah {v}")
# A teacher's job is said as a teacher's.
TEACHER_JOB = {"PNS_TNI_POLRI": ("guru PNS", "guru ASN di sekolah negeri"),
               "SWASTA_BURUH": ("guru honorer", "guru di yayasan swasta")}
# Implied relationships for mahir: the reader works out that a mother's husband is a parent.
# Each names the victim, so with two victims it is clear whose mother is meant. Third person
# only: a victim speaking of her own husband says "suami saya" (see RELATION).
RELATION_IMPLIED = {
    ("ORANG_TUA", "L"): ("suami ibu {v}", "laki-laki yang sejak kecil {v} panggil bapak"),
    ("KELUARGA", "L"): ("adik dari ibu {v}", "kakak dari ayah {v}"),
    ("KELUARGA", "P"): ("adik perempuan ayah {v}",),
    ("SUAMI_ISTRI", "L"): ("laki-laki yang dinikahi {v} {years} tahun lalu",),
}
RECRUITER = ("calo tenaga kerja", "sponsor", "perekrut")
# A foreign wife or worker carries a name from home, written given name first as she registers it here
# (the documents call people by their first word).
FOREIGN_NAMES = {
    "Filipina": ("Maricel Santos", "Jocelyn Reyes", "Rowena Bautista", "Lorna Dela Cruz", "Analyn Garcia"),
    "Vietnam": ("Hoa Nguyen", "Lan Tran", "Thuy Pham", "Mai Le", "Huong Vu"),
    "Thailand": ("Siriporn Chaiyaporn", "Kanokwan Srisuk", "Nittaya Boonmee", "Pranee Thongdee"),
    "Tiongkok": ("Li Na Wang", "Xiaomei Chen", "Jing Liu", "Yan Zhao"),
    "Korea Selatan": ("Minji Kim", "Soyeon Park", "Jiyoung Lee", "Eunji Choi"),
}

# What the office did, told as acts (the trainee names the service).
SERVICE_ACTS = {
    "KESEHATAN": ("diantar ke {provider} untuk diperiksa", "diperiksa dokter di {provider}",
                  "mendapat perawatan di {provider}"),
    "PENEGAKAN_HUKUM": ("didampingi petugas {provider} membuat laporan polisi di {referral}",
                        "diantar petugas {provider} melapor ke {referral}"),
    "REHABILITASI_SOSIAL": ("mulai konseling dengan {provider}", "mendapat pendampingan psikologis dari {provider}"),
    "PEMULANGAN": ("dipulangkan dengan bantuan {provider} lalu diserahkan ke {referral}",
                   "dijemput dan diantar pulang oleh {provider}, kemudian diserahkan ke {referral}"),
    "BANTUAN_HUKUM": ("berkonsultasi soal perceraian dan hak asuh di {provider}",
                      "mendapat pendampingan pengacara dari {provider}"),
}
