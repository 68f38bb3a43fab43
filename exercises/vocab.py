"""Every SIMFONI-PPA code list, in one versioned module.

Stored entries and answer keys hold the stable codes; labels are for display only.
The labels are SIMFONI's own terms and stay in Indonesian in every language, so a
trainee learns the words the real system shows. Sources and confidence tags are in
``shared/docs/simfoni-form.md``; when a better source appears, change this file and
bump ``VERSION``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

VERSION = "2026.12-1"

# Codes that code outside this module tests for by name: never spell them as literals elsewhere.
OTHER = LAINNYA = "LAINNYA"  # "Lainnya": needs its free-text detail
NA = "NA"  # not applicable / not known: scored as empty
DIRI_SENDIRI = "DIRI_SENDIRI"  # the reporter is the victim
SEX_UNKNOWN = "TIDAK_DIKETAHUI"  # a perpetrator nobody saw well enough: a real answer, not an empty one
WNI, WNA = "WNI", "WNA"
ANAK, DEWASA = "ANAK", "DEWASA"
UPTD_PPA = "UPTD_PPA"
# Case levels and source-document kinds: the generator and the models' choices both read these.
DASAR, MENENGAH, MAHIR = "dasar", "menengah", "mahir"
DIFFICULTIES = (DASAR, MENENGAH, MAHIR)
CATATAN_PENGADUAN, SURAT_RUJUKAN, TRANSKRIP_SAPA = "catatan_pengaduan", "surat_rujukan", "transkrip_sapa"
RINGKASAN_PPT, PERCAKAPAN_WA = "ringkasan_ppt", "percakapan_wa"
DOCUMENT_KINDS = (CATATAN_PENGADUAN, SURAT_RUJUKAN, TRANSKRIP_SAPA, RINGKASAN_PPT, PERCAKAPAN_WA)
DOCUMENT_OTHER = "lainnya"  # a custom case's document of another kind
# Age groups (kelompok umur) by their upper age, the last one open-ended.
UMUR_0_5, UMUR_6_12, UMUR_13_17, UMUR_18_24 = "0-5", "6-12", "13-17", "18-24"
UMUR_25_44, UMUR_45_59, UMUR_60_PLUS = "25-44", "45-59", "60+"
AGE_GROUP_LIMITS = ((5, UMUR_0_5), (12, UMUR_6_12), (17, UMUR_13_17), (24, UMUR_18_24), (44, UMUR_25_44),
                    (59, UMUR_45_59))


@dataclass(frozen=True)
class CodeList:
    name: str
    items: tuple[tuple[str, str], ...]

    # Cached: the scorer asks these for every field of every attempt.
    @cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(code for code, _ in self.items)

    @cached_property
    def has_other(self) -> bool:
        return OTHER in self.codes

    def label(self, code: str | None) -> str:
        for item_code, label in self.items:
            if item_code == code:
                return label
        return code or ""

    def choices(self) -> list[tuple[str, str]]:
        return list(self.items)


def _list(name: str, *items: tuple[str, str]) -> CodeList:
    return CodeList(name=name, items=tuple(items))


UNIT_LAYANAN = _list(
    "unit_layanan",
    (UPTD_PPA, "UPTD PPA"),
    ("P2TP2A", "P2TP2A"),
    ("PPT_PKT_RS", "PPT/PKT Rumah Sakit"),
    ("UPPA_POLRES", "UPPA Polres"),
    ("RPSA_RPTC", "RPSA/RPTC"),
    ("LBH", "LBH"),
    ("WCC", "WCC"),
    (OTHER, "Lainnya"),
)

KANAL_PENGADUAN = _list(
    "kanal_pengaduan",
    ("DATANG_LANGSUNG", "Datang Langsung"),
    ("SAPA129_TELEPON", "SAPA 129 Telepon"),
    ("SAPA129_WHATSAPP", "SAPA 129 WhatsApp"),
    ("SAPA129_DARING", "SAPA 129 Formulir Daring"),
    ("SP4N_LAPOR", "SP4N-LAPOR!"),
    ("SURAT", "Surat"),
    ("RUJUKAN", "Rujukan Lembaga Lain"),
    ("PENJANGKAUAN", "Penjangkauan / Laporan Media"),
)

JENIS_KELAMIN = _list(
    "jenis_kelamin",
    ("L", "Laki-laki"),
    ("P", "Perempuan"),
)

# A perpetrator's sex can be unknown (an unknown accomplice, an anonymous online account).
JENIS_KELAMIN_PELAKU = _list(
    "jenis_kelamin_pelaku",
    *JENIS_KELAMIN.items,
    (SEX_UNKNOWN, "Tidak diketahui"),
)

HUBUNGAN_PELAPOR = _list(
    "hubungan_pelapor",
    (DIRI_SENDIRI, "Diri Sendiri"),
    ("ORANG_TUA", "Orang Tua"),
    ("KELUARGA", "Keluarga/Saudara"),
    ("SUAMI_ISTRI", "Suami/Istri"),
    ("TETANGGA", "Tetangga"),
    ("GURU_SEKOLAH", "Guru/Sekolah"),
    ("NAKES", "Tenaga Kesehatan"),
    ("APARAT", "Aparat/Pemerintah"),
    (OTHER, "Lainnya"),
)

PENDIDIKAN = _list(
    "pendidikan",
    ("TIDAK_SEKOLAH", "Tidak/Belum Sekolah"),
    ("PAUD_TK", "PAUD/TK"),
    ("SD", "SD"),
    ("SLTP", "SLTP"),
    ("SLTA", "SLTA"),
    ("PT", "Perguruan Tinggi"),
    (NA, "NA"),
)

PEKERJAAN = _list(
    "pekerjaan",
    ("PELAJAR", "Pelajar"),
    ("IRT", "Ibu Rumah Tangga"),
    ("TIDAK_BEKERJA", "Tidak Bekerja"),
    ("SWASTA_BURUH", "Swasta/Buruh"),
    ("PNS_TNI_POLRI", "PNS/TNI/Polri"),
    ("PEDAGANG_TANI_NELAYAN", "Pedagang/Tani/Nelayan"),
    ("BEKERJA_LAINNYA", "Bekerja (lainnya)"),
    (NA, "NA"),
)

STATUS_PERKAWINAN = _list(
    "status_perkawinan",
    ("BELUM_KAWIN", "Belum Kawin"),
    ("KAWIN", "Kawin"),
    ("CERAI_HIDUP", "Cerai Hidup"),
    ("CERAI_MATI", "Cerai Mati"),
)

AGAMA = _list(
    "agama",
    ("ISLAM", "Islam"),
    ("KRISTEN", "Kristen"),
    ("KATOLIK", "Katolik"),
    ("HINDU", "Hindu"),
    ("BUDDHA", "Buddha"),
    ("KHONGHUCU", "Khonghucu"),
    ("KEPERCAYAAN", "Kepercayaan"),
)

KEWARGANEGARAAN = _list(
    "kewarganegaraan",
    (WNI, "WNI"),
    (WNA, "WNA"),
)

JENIS_DISABILITAS = _list(
    "jenis_disabilitas",
    ("FISIK", "Fisik"),
    ("INTELEKTUAL", "Intelektual"),
    ("MENTAL", "Mental"),
    ("SENSORIK", "Sensorik (netra/rungu/wicara)"),
    ("GANDA", "Ganda"),
)

HUBUNGAN_PELAKU = _list(
    "hubungan_pelaku",
    ("ORANG_TUA", "Orang Tua"),
    ("KELUARGA", "Keluarga/Saudara"),
    ("SUAMI_ISTRI", "Suami/Istri"),
    ("PACAR_TEMAN", "Pacar/Teman"),
    ("GURU", "Guru"),
    ("MAJIKAN", "Majikan"),
    ("REKAN_KERJA", "Rekan Kerja"),
    ("TETANGGA", "Tetangga"),
    (OTHER, "Lainnya"),
    (NA, "NA"),
)

TEMPAT_KEJADIAN = _list(
    "tempat_kejadian",
    ("RUMAH_TANGGA", "Rumah Tangga"),
    ("TEMPAT_KERJA", "Tempat Kerja"),
    ("SEKOLAH", "Sekolah"),
    ("FASILITAS_UMUM", "Fasilitas Umum"),
    ("LEMBAGA_PENDIDIKAN_KILAT", "Lembaga Pendidikan Kilat"),
    (OTHER, "Lainnya"),
)

BENTUK_KEKERASAN = _list(
    "bentuk_kekerasan",
    ("FISIK", "Fisik"),
    ("PSIKIS", "Psikis"),
    ("SEKSUAL", "Seksual"),
    ("EKSPLOITASI", "Eksploitasi"),
    ("TPPO", "Trafficking (TPPO)"),
    ("PENELANTARAN", "Penelantaran"),
    (OTHER, "Lainnya"),
)

JENIS_LAYANAN = _list(
    "jenis_layanan",
    ("PENGADUAN", "Pengaduan"),
    ("KESEHATAN", "Kesehatan"),
    ("BANTUAN_HUKUM", "Bantuan Hukum"),
    ("PENEGAKAN_HUKUM", "Penegakan Hukum"),
    ("REHABILITASI_SOSIAL", "Rehabilitasi Sosial"),
    ("REINTEGRASI_SOSIAL", "Reintegrasi Sosial"),
    ("PEMULANGAN", "Pemulangan"),
    ("PENDAMPINGAN_TOKOH_AGAMA", "Pendampingan Tokoh Agama"),
)

# Derived lists: never typed by the trainee, computed from dates (see ``derive.py``).
KELOMPOK_UMUR = _list(
    "kelompok_umur",
    *((group, group) for _, group in AGE_GROUP_LIMITS),
    (UMUR_60_PLUS, UMUR_60_PLUS),
)

STATUS_USIA = _list(
    "status_usia",
    (ANAK, "Anak"),
    (DEWASA, "Dewasa"),
)

# Relationships that make a case KDRT (domestic violence) in SIMFONI's statistics.
KDRT_RELATIONSHIPS = frozenset({"SUAMI_ISTRI", "ORANG_TUA", "KELUARGA"})

ALL_LISTS: dict[str, CodeList] = {
    code_list.name: code_list
    for code_list in (
        UNIT_LAYANAN,
        KANAL_PENGADUAN,
        JENIS_KELAMIN,
        JENIS_KELAMIN_PELAKU,
        HUBUNGAN_PELAPOR,
        PENDIDIKAN,
        PEKERJAAN,
        STATUS_PERKAWINAN,
        AGAMA,
        KEWARGANEGARAAN,
        JENIS_DISABILITAS,
        HUBUNGAN_PELAKU,
        TEMPAT_KEJADIAN,
        BENTUK_KEKERASAN,
        JENIS_LAYANAN,
        KELOMPOK_UMUR,
        STATUS_USIA,
    )
}
