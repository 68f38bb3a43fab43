"""Hand-written entries in the exact shape the sandbox stores (codes, ISO dates)."""

import copy

TWO_VICTIMS_ONE_PERPETRATOR = {
    "registrasi": {
        "unit_layanan": "UPTD_PPA", "unit_layanan_lainnya": "",
        "tanggal_lapor": "2024-03-14", "kanal_pengaduan": "DATANG_LANGSUNG",
    },
    "pelapor": {
        "pelapor_korban": False, "nama": "Siti Aminah", "jenis_kelamin": "P",
        "no_hp": "+6281234567890", "alamat": "Jl. Mawar No. 5", "wilayah": "36.72.01.1001",
        "hubungan": "ORANG_TUA", "hubungan_lainnya": "",
    },
    "korban": [
        {
            "nik": "3672015203100007", "nama": "Rina Lestari", "jenis_kelamin": "P",
            "tempat_lahir": "Cilegon", "tanggal_lahir": "2010-03-12", "usia": None,
            "alamat": "Jl. Mawar No. 5", "wilayah": "36.72.01.1001", "pendidikan": "SLTP",
            "pekerjaan": "PELAJAR", "status_perkawinan": "BELUM_KAWIN", "agama": "ISLAM",
            "kewarganegaraan": "WNI", "negara": "", "disabilitas": False, "jenis_disabilitas": [],
        },
        {
            "nik": "", "nama": "Dewi Lestari", "jenis_kelamin": "P",
            "tempat_lahir": "", "tanggal_lahir": None, "usia": 8,
            "alamat": "Jl. Mawar No. 5", "wilayah": "36.72.01.1001", "pendidikan": "SD",
            "pekerjaan": "PELAJAR", "status_perkawinan": "BELUM_KAWIN", "agama": "ISLAM",
            "kewarganegaraan": "WNI", "negara": "", "disabilitas": True, "jenis_disabilitas": ["INTELEKTUAL"],
        },
    ],
    "pelaku": [
        {
            "nik": "", "nama": "Bambang", "jenis_kelamin": "L", "usia": 41, "pendidikan": "SLTA",
            "pekerjaan": "SWASTA_BURUH", "alamat": "Jl. Mawar No. 5", "wilayah": "36.72.01",
            "relasi": [
                {"hubungan": "ORANG_TUA", "hubungan_lainnya": ""},
                {"hubungan": "LAINNYA", "hubungan_lainnya": "Pacar ibu korban"},
            ],
        },
    ],
    "kejadian": {
        "tanggal_kejadian": "2024-03-10", "luar_negeri": False, "negara": "",
        "wilayah": "36.72.01.1001", "kronologi": "Korban mengalami kekerasan di rumah.",
        "korban": [
            {"tempat": "RUMAH_TANGGA", "tempat_lainnya": "", "bentuk": ["FISIK", "PSIKIS"],
             "bentuk_lainnya": "", "kdrt": True},
            {"tempat": "RUMAH_TANGGA", "tempat_lainnya": "", "bentuk": ["PENELANTARAN"],
             "bentuk_lainnya": "", "kdrt": True},
        ],
    },
    "layanan": [
        {"korban": 0, "jenis": "PENGADUAN", "tanggal": "2024-03-14", "lembaga": "UPTD PPA Kota Cilegon", "rujukan": ""},
        {"korban": 0, "jenis": "KESEHATAN", "tanggal": "2024-03-15", "lembaga": "RSUD Cilegon", "rujukan": "Puskesmas Cibeber"},
        {"korban": 1, "jenis": "PENGADUAN", "tanggal": "2024-03-14", "lembaga": "UPTD PPA Kota Cilegon", "rujukan": ""},
    ],
}


def sample_entry():
    return copy.deepcopy(TWO_VICTIMS_ONE_PERPETRATOR)
