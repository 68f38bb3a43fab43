"""The demo programme of SIMFONI Latih: a two-day training on recording cases in SIMFONI-PPA.

Modelled on the training DP3AP2KB Kota Cilegon held on 20-21 September 2023 for OPD
staff, Puskesmas, hospitals and police units. Every speaker is fictitious and every case
the trainees practise on is synthetic. Plain data only: ``demo.py`` turns it into pages.
"""

PROGRAMME = {
    "title": "Pelatihan Sistem Pendataan Kasus Kekerasan terhadap Perempuan dan Anak melalui SIMFONI-PPA",
    "slug": "pelatihan-simfoni-ppa-cilegon-2023",
    "organiser": (
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana "
        "(DP3AP2KB) Kota Cilegon"
    ),
    "audience": (
        "Petugas pencatat dan pengelola data kasus dari perangkat daerah (OPD), Puskesmas, rumah sakit, dan "
        "Unit PPA kepolisian di Kota Cilegon. Pelatihan ini cocok bagi petugas yang baru ditugasi mengisi "
        "SIMFONI-PPA maupun yang sudah lama mengisinya dan ingin merapikan kualitas datanya."
    ),
    "objectives": [
        (
            "Menjelaskan pokok-pokok UU PKDRT, UU Perlindungan Anak, dan UU TPKS serta akibatnya bagi "
            "pencatatan kasus, termasuk batas usia anak."
        ),
        (
            "Menggolongkan bentuk kekerasan yang dialami setiap korban menurut kategori SIMFONI-PPA dan "
            "membedakannya dari klasifikasi satu jenis ala GBVIMS."
        ),
        "Menguraikan alur layanan UPTD PPA dan peran Puspaga, dari pengaduan sampai pendampingan dan rujukan.",
        (
            "Mengisi formulir kasus SIMFONI-PPA secara lengkap dan benar, dari Registrasi sampai Layanan, "
            "dengan kasus latihan fiktif."
        ),
        (
            "Mengenali dan mencegah kesalahan data yang paling sering terjadi, termasuk kasus ganda antarunit, "
            "demi satu data kekerasan Kota Cilegon."
        ),
    ],
    "start_date": "2023-09-20",
    "end_date": "2023-09-21",
    "venue": "Aula DP3AP2KB Kota Cilegon",
    "intro": (
        "<p>Setiap kasus kekerasan terhadap perempuan dan anak yang ditangani di Kota Cilegon semestinya "
        "tercatat satu kali, lengkap, dan benar di SIMFONI-PPA. Dari catatan itulah pemerintah daerah menyusun "
        "program pencegahan, merencanakan anggaran layanan, dan melaporkan kinerja perlindungan ke provinsi "
        "dan pusat. Data yang bolong, tercatat ganda, atau salah golong memberi gambaran yang keliru tentang "
        "apa yang sebenarnya dialami warga kita.</p>"
        "<p>Pelatihan dua hari ini disusun untuk menjawab kebutuhan tersebut. Hari pertama membahas konsep: "
        "dasar hukum, bentuk-bentuk kekerasan, alur layanan UPTD PPA dan Puspaga, serta cara kerja SIMFONI-PPA "
        "dalam kerangka Satu Data Kekerasan. Hari kedua sepenuhnya praktik: Bapak/Ibu mengisi kasus latihan di "
        "formulir tiruan (<i>sandbox</i>) SIMFONI-PPA langkah demi langkah, lalu langsung melihat skor dan "
        "umpan balik untuk setiap isian.</p>"
        "<p>Seluruh kasus latihan dalam pelatihan ini <b>fiktif</b>: nama, NIK, alamat, dan kronologinya "
        "dibuat khusus untuk berlatih. Data korban yang sebenarnya tidak pernah dimasukkan ke sandbox ini, "
        "baik sebagai contoh, bahan diskusi, maupun sekadar untuk mencoba.</p>"
    ),
    "what_to_bring": (
        "<ul>"
        "<li>Laptop atau tablet dengan peramban (<i>browser</i>) terbaru, misalnya Chrome atau Firefox, dengan "
        "baterai terisi penuh beserta pengisi dayanya.</li>"
        "<li>Ponsel untuk memindai kode QR dan memasukkan kode bergabung yang ditampilkan di ruangan.</li>"
        "<li>Surat tugas dari instansi masing-masing, untuk daftar hadir dan sertifikat.</li>"
        "<li>Alat tulis untuk mencatat pertanyaan selama sesi materi dan praktik.</li>"
        "<li><b>Jangan</b> membawa formulir pengaduan, fotokopi berkas, atau catatan kasus yang sebenarnya "
        "dari unit Bapak/Ibu. Semua latihan memakai kasus fiktif, dan data korban asli tidak boleh dibuka di "
        "ruang pelatihan.</li>"
        "</ul>"
    ),
}

# Every speaker is an invented person; only the kinds of posts and institutions are real.
SPEAKERS = {
    "sekdis": {
        "name": "Drs. H. Wawan Setiadi Kurnia, M.Si.",
        "role": "Sekretaris Dinas",
        "institution": "DP3AP2KB Kota Cilegon",
    },
    "kabid-pppa": {
        "name": "Hj. Lilis Suryani Maulida, S.Sos., M.Si.",
        "role": "Kepala Bidang PPPA",
        "institution": "DP3AP2KB Kota Cilegon",
    },
    "psikolog-uptd": {
        "name": "Anindita Larasati, M.Psi., Psikolog",
        "role": "Psikolog Klinis",
        "institution": "UPTD PPA Kota Cilegon",
    },
    "konselor-puspaga": {
        "name": "Maya Puspitasari, S.Psi.",
        "role": "Konselor Keluarga",
        "institution": "Puspaga Kota Cilegon",
    },
    "kanit-ppa": {
        "name": "Iptu Ratna Mulyasari, S.H.",
        "role": "Kanit PPA Satreskrim",
        "institution": "Polres Cilegon",
    },
    "operator-prov": {
        "name": "Fajar Nugroho Pratama, S.Kom.",
        "role": "Operator SIMFONI-PPA Provinsi Banten",
        "institution": "DP3AKKB Provinsi Banten",
    },
}

GLOSSARY = {
    "kdrt": {
        "term": "KDRT",
        "definition": (
            "Kekerasan dalam rumah tangga: kekerasan fisik, psikis, seksual, atau penelantaran terhadap orang "
            "dalam lingkup rumah tangga, yaitu suami atau istri, anak, anggota keluarga yang tinggal bersama, "
            "dan pekerja rumah tangga yang menetap. Diatur dalam UU 23/2004; di SIMFONI-PPA dicatat per korban "
            "sebagai isian Ya/Tidak."
        ),
    },
    "tppo": {
        "term": "TPPO",
        "definition": (
            "Tindak Pidana Perdagangan Orang (UU 21/2007): merekrut, mengangkut, menampung, mengirim, "
            "memindahkan, atau menerima seseorang dengan cara seperti ancaman, penipuan, atau jeratan utang, "
            "dengan tujuan mengeksploitasinya. Di SIMFONI-PPA tercantum sebagai bentuk kekerasan Trafficking "
            "(TPPO)."
        ),
    },
    "uptd-ppa": {
        "term": "UPTD PPA",
        "definition": (
            "Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak: unit pemerintah daerah yang "
            "melayani perempuan dan anak korban kekerasan. Menurut Permen PPPA 2/2022 fungsinya meliputi "
            "pengaduan masyarakat, penjangkauan korban, pengelolaan kasus, penampungan sementara, mediasi, dan "
            "pendampingan korban."
        ),
    },
    "puspaga": {
        "term": "Puspaga",
        "definition": (
            "Pusat Pembelajaran Keluarga: layanan pencegahan bagi keluarga berupa konseling, edukasi "
            "pengasuhan, dan konsultasi masalah keluarga. Puspaga tidak menangani kasus kekerasan, tetapi "
            "merujuknya ke UPTD PPA bila menemukannya."
        ),
    },
    "simfoni-ppa": {
        "term": "SIMFONI-PPA",
        "definition": (
            "Sistem Informasi Online Perlindungan Perempuan dan Anak milik Kementerian PPPA, tempat unit "
            "layanan mencatat kasus kekerasan terhadap perempuan dan anak secara by name by address. Rekapnya "
            "menjadi sumber data kekerasan di tingkat kabupaten/kota, provinsi, dan nasional."
        ),
    },
    "p2tp2a": {
        "term": "P2TP2A",
        "definition": (
            "Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak: wadah layanan terpadu bagi perempuan dan "
            "anak korban kekerasan yang dibentuk pemerintah daerah bersama masyarakat. Di banyak daerah "
            "fungsinya sudah beralih ke UPTD PPA, tetapi P2TP2A masih menjadi salah satu pilihan Unit Layanan "
            "di SIMFONI-PPA."
        ),
    },
    "sapa-129": {
        "term": "SAPA 129",
        "definition": (
            "Sahabat Perempuan dan Anak: layanan pengaduan Kementerian PPPA melalui telepon 129 dan WhatsApp "
            "08111-129-129. Laporan yang masuk ditindaklanjuti bersama UPTD PPA di daerah tempat korban berada."
        ),
    },
    "tpks": {
        "term": "TPKS",
        "definition": (
            "Tindak Pidana Kekerasan Seksual menurut UU 12/2022, antara lain pelecehan seksual fisik dan "
            "nonfisik, pemaksaan perkawinan, eksploitasi seksual, kekerasan seksual berbasis elektronik, dan "
            "perkosaan. Perkaranya tidak boleh diselesaikan di luar pengadilan, kecuali pelakunya anak."
        ),
    },
    "nik": {
        "term": "NIK",
        "definition": (
            "Nomor Induk Kependudukan: 16 digit berisi kode provinsi, kabupaten/kota, dan kecamatan tempat NIK "
            "diterbitkan, tanggal lahir (hari ditambah 40 untuk perempuan), dan nomor urut. Dikosongkan bila "
            "korban tidak memilikinya atau nomornya tidak diketahui."
        ),
    },
    "satu-data": {
        "term": "Satu Data Kekerasan",
        "definition": (
            "Prinsip bahwa setiap kasus kekerasan dicatat satu kali, dengan definisi dan kode yang sama, dalam "
            "satu sistem, sehingga data semua unit layanan di satu daerah dapat dijumlahkan tanpa kasus ganda. "
            "Ini penerapan Satu Data Indonesia (Perpres 39/2019) pada data kekerasan."
        ),
    },
    "visum": {
        "term": "Visum et Repertum",
        "definition": (
            "Keterangan tertulis dokter tentang hasil pemeriksaan medis terhadap korban, dibuat atas "
            "permintaan tertulis penyidik dan dipakai sebagai alat bukti. Pemeriksaannya sebaiknya dilakukan "
            "secepat mungkin setelah kejadian."
        ),
    },
    "penjangkauan": {
        "term": "Penjangkauan",
        "definition": (
            "Layanan UPTD PPA yang mendatangi korban di tempatnya berada, misalnya setelah laporan warga atau "
            "pemberitaan media, untuk memastikan keselamatan dan kebutuhannya. Laporan yang bermula dari "
            "kegiatan ini dicatat dengan Kanal Pengaduan Penjangkauan / Laporan Media."
        ),
    },
    "kelompok-umur": {
        "term": "Kelompok Umur",
        "definition": (
            "Golongan usia korban dalam rekap SIMFONI-PPA: 0-5, 6-12, 13-17, 18-24, 25-44, 45-59, dan 60+ "
            "tahun. Dihitung dari usia korban pada tanggal kejadian, tidak diketik."
        ),
    },
    "status-usia": {
        "term": "Status Usia",
        "definition": (
            "Anak bila korban belum berusia 18 tahun pada tanggal kejadian, Dewasa bila sudah 18 tahun atau "
            "lebih. Dihitung otomatis oleh sistem."
        ),
    },
    "anak": {
        "term": "Anak",
        "definition": (
            "Seseorang yang belum berusia 18 tahun, termasuk yang masih dalam kandungan (UU 35/2014). Status "
            "perkawinan tidak mengubahnya: istri berusia 16 tahun tetap anak."
        ),
    },
    "bentuk-kekerasan": {
        "term": "Bentuk Kekerasan",
        "definition": (
            "Jenis perbuatan kekerasan yang dialami korban: Fisik, Psikis, Seksual, Eksploitasi, Trafficking "
            "(TPPO), Penelantaran, atau Lainnya. Dicatat per korban dan boleh lebih dari satu."
        ),
    },
    "eksploitasi": {
        "term": "Eksploitasi",
        "definition": (
            "Memanfaatkan korban demi keuntungan orang lain, secara ekonomi maupun seksual, misalnya menyuruh "
            "anak mengemis atau mempekerjakan seseorang tanpa upah yang layak. Di SIMFONI-PPA merupakan bentuk "
            "kekerasan tersendiri, terpisah dari TPPO."
        ),
    },
    "penelantaran": {
        "term": "Penelantaran",
        "definition": (
            "Tidak memberi penghidupan, perawatan, atau pemeliharaan kepada orang yang menjadi tanggungannya, "
            "termasuk membuat seseorang bergantung secara ekonomi dengan melarangnya bekerja."
        ),
    },
    "rujukan": {
        "term": "Rujukan",
        "definition": (
            "Pengiriman korban dari satu lembaga ke lembaga lain untuk layanan yang tidak tersedia di lembaga "
            "pertama, misalnya dari Puskesmas ke UPTD PPA atau dari UPTD PPA ke Unit PPA Polres. Dicatat pada "
            "kolom Rujukan ke di baris layanan."
        ),
    },
    "mediasi": {
        "term": "Mediasi",
        "definition": (
            "Salah satu fungsi UPTD PPA: mempertemukan para pihak dengan penengah untuk menyelesaikan "
            "persoalan seperti hak asuh atau nafkah anak, bila korban menghendaki dan aman baginya. Mediasi "
            "tidak dipakai untuk menyelesaikan tindak pidana kekerasan seksual."
        ),
    },
    "gbvims": {
        "term": "GBVIMS",
        "definition": (
            "Gender-Based Violence Information Management System, sistem pengelolaan data kekerasan berbasis "
            "gender yang dipakai lembaga kemanusiaan. Setiap insiden digolongkan ke tepat satu dari enam jenis "
            "inti melalui urutan pertanyaan yang tetap."
        ),
    },
    "pelapor": {
        "term": "Pelapor",
        "definition": (
            "Orang yang menyampaikan laporan kasus ke unit layanan: korban sendiri, keluarga, tetangga, tenaga "
            "kesehatan, aparat, atau orang lain. Pelapor yang tidak mau disebut namanya dicatat sebagai Anonim."
        ),
    },
}

DAYS = [
    {
        "title": "Hari 1",
        "slug": "hari-1",
        "date": "2023-09-20",
        "intro": (
            "<p>Hari pertama membangun pemahaman bersama: apa yang dilindungi undang-undang, bagaimana "
            "mengenali dan menggolongkan bentuk kekerasan, ke mana korban dilayani dan dirujuk, dan mengapa "
            "setiap kasus harus tercatat satu kali di SIMFONI-PPA. Materi hari ini menjadi bekal untuk praktik "
            "pengisian formulir di hari kedua.</p>"
        ),
        "sessions": [
            {
                "title": "Pembukaan",
                "slug": "pembukaan",
                "start": "08:00",
                "end": "08:45",
                "type": "seremonial",
                "speakers": ["sekdis", "kabid-pppa"],
                "objectives": ["Memahami latar belakang, tujuan, dan tata tertib pelatihan."],
                "teaches": [],
                "body": [
                    ("heading", {"text": "Selamat datang", "level": "h2"}),
                    ("paragraph", (
                        "<p>Pelatihan dibuka oleh Sekretaris DP3AP2KB Kota Cilegon, didahului laporan panitia "
                        "oleh Kepala Bidang PPPA. Peserta datang dari perangkat daerah, Puskesmas, rumah "
                        "sakit, dan Unit PPA Polres Cilegon: lembaga-lembaga yang setiap hari bertemu korban "
                        "dan sekaligus menjadi sumber data kekerasan kota ini.</p>"
                        "<p>Panitia menitipkan tiga harapan untuk dua hari ke depan:</p>"
                        "<ul>"
                        "<li>setiap unit layanan memandang pencatatan kasus sebagai bagian dari melindungi "
                        "korban, bukan sekadar tugas administrasi;</li>"
                        "<li>setiap kasus tercatat satu kali, lengkap, dan konsisten antarunit;</li>"
                        "<li>peserta pulang dengan keterampilan mengisi SIMFONI-PPA yang langsung dapat "
                        "dipakai di unitnya.</li>"
                        "</ul>"
                    )),
                    ("callout", {
                        "kind": "info",
                        "title": "Tata tertib singkat",
                        "text": (
                            "<p>Aktifkan mode senyap ponsel selama sesi materi, dan isi daftar hadir di setiap "
                            "sesi melalui situs ini. Pengalaman dari kasus nyata di unit Bapak/Ibu boleh "
                            "dibagikan dalam diskusi, tetapi <b>tanpa</b> menyebut nama, alamat, sekolah, atau "
                            "ciri lain yang dapat mengenali korban.</p>"
                        ),
                    }),
                ],
            },
            {
                "title": (
                    "Kebijakan perlindungan perempuan dan anak: UU PKDRT, UU Perlindungan Anak, dan UU TPKS"
                ),
                "slug": "kebijakan-perlindungan-perempuan-dan-anak",
                "start": "08:45",
                "end": "10:15",
                "type": "materi",
                "speakers": ["kabid-pppa", "kanit-ppa"],
                "objectives": [
                    (
                        "Menjelaskan pokok-pokok UU 23/2004 tentang PKDRT, UU 35/2014 tentang Perlindungan "
                        "Anak, dan UU 12/2022 tentang TPKS dengan bahasa sendiri."
                    ),
                    "Menentukan apakah korban berstatus anak berdasarkan usianya pada tanggal kejadian.",
                    "Mengaitkan ketentuan undang-undang dengan isian formulir SIMFONI-PPA.",
                ],
                "teaches": ["korban.tanggal_lahir", "korban.usia"],
                "body": [
                    ("heading", {"text": "Mengapa pencatat data perlu memahami undang-undang", "level": "h2"}),
                    ("paragraph", (
                        "<p>Petugas pencatat bukan penyidik dan tidak bertugas menentukan pasal. Namun, "
                        "istilah dalam formulir SIMFONI-PPA, seperti KDRT, anak, kekerasan seksual, dan TPPO, "
                        "berasal dari undang-undang. Pemahaman dasar membantu kita memilih isian yang tepat "
                        "dan menjelaskan hak-hak korban dengan benar. Ringkasan berikut ditulis dengan bahasa "
                        "sederhana; untuk keperluan hukum, selalu rujuk naskah resmi undang-undangnya.</p>"
                    )),
                    ("glossary", ["kdrt", "anak", "tpks"]),
                    ("heading", {
                        "text": "UU 23/2004 tentang Penghapusan Kekerasan dalam Rumah Tangga",
                        "level": "h2",
                    }),
                    ("paragraph", (
                        "<p>Undang-undang ini menegaskan bahwa kekerasan di dalam rumah tangga adalah "
                        "pelanggaran hak asasi dan tindak pidana, bukan urusan pribadi keluarga. Lingkup rumah "
                        "tangga tidak hanya suami, istri, dan anak, tetapi juga orang yang bertalian keluarga "
                        "karena darah, perkawinan, persusuan, pengasuhan, atau perwalian dan tinggal menetap "
                        "di rumah itu, serta pekerja rumah tangga yang tinggal di dalamnya.</p>"
                        "<p>Ada empat bentuk KDRT yang diatur:</p>"
                        "<ul>"
                        "<li><b>kekerasan fisik</b>, yang menimbulkan rasa sakit, jatuh sakit, atau luka "
                        "berat;</li>"
                        "<li><b>kekerasan psikis</b>, yang menimbulkan ketakutan, hilangnya rasa percaya diri, "
                        "rasa tidak berdaya, atau penderitaan psikis berat;</li>"
                        "<li><b>kekerasan seksual</b>, termasuk memaksa hubungan seksual terhadap orang yang "
                        "menetap dalam rumah tangga;</li>"
                        "<li><b>penelantaran rumah tangga</b>, yaitu tidak menafkahi, merawat, atau memelihara "
                        "orang yang menjadi tanggungannya, termasuk melarang seseorang bekerja sehingga ia "
                        "bergantung secara ekonomi.</li>"
                        "</ul>"
                        "<p>Kepolisian wajib memberikan perlindungan sementara dalam 1 x 24 jam sejak menerima "
                        "laporan, dan korban dapat memohon perintah perlindungan ke pengadilan. Perlu diingat "
                        "pula bahwa sebagian tindak pidana KDRT antara suami dan istri, misalnya kekerasan "
                        "fisik atau psikis yang tidak menghalangi kegiatan sehari-hari, serta kekerasan "
                        "seksual, merupakan <b>delik aduan</b>: proses pidananya hanya berjalan bila korban "
                        "mengadu.</p>"
                    )),
                    ("callout", {
                        "kind": "info",
                        "title": "Apa artinya bagi pencatatan",
                        "text": (
                            "<p>Keputusan korban untuk menempuh atau tidak menempuh jalur pidana tidak "
                            "mengubah kewajiban mencatat. Kasus KDRT yang tidak dilaporkan ke polisi tetap "
                            "dicatat di SIMFONI-PPA sebagai kasus yang dilayani unit Bapak/Ibu.</p>"
                        ),
                    }),
                    ("heading", {"text": "UU 35/2014 tentang Perlindungan Anak", "level": "h2"}),
                    ("paragraph", (
                        "<p>UU 35/2014 mengubah UU 23/2002 tentang Perlindungan Anak (dan kemudian diubah lagi "
                        "dengan UU 17/2016). Ketentuan terpenting bagi pencatat adalah definisinya: <b>anak "
                        "adalah seseorang yang belum berusia 18 tahun</b>, termasuk yang masih dalam "
                        "kandungan. Status perkawinan tidak mengubah hal ini; istri berusia 16 tahun tetap "
                        "dicatat sebagai anak.</p>"
                        "<p>Undang-undang ini melarang setiap orang melakukan kekerasan terhadap anak, "
                        "persetubuhan dan perbuatan cabul terhadap anak, serta eksploitasi ekonomi dan seksual "
                        "terhadap anak (antara lain Pasal 76C, 76D, 76E, dan 76I). Anak korban kekerasan, "
                        "kejahatan seksual, eksploitasi, dan perdagangan orang berhak atas perlindungan "
                        "khusus, termasuk penanganan yang cepat, pendampingan psikososial, dan bantuan "
                        "hukum.</p>"
                    )),
                    ("heading", {"text": "Usia dihitung pada tanggal kejadian", "level": "h3"}),
                    ("paragraph", (
                        "<p>Di SIMFONI-PPA, Status Usia (Anak atau Dewasa) dan Kelompok Umur <b>tidak "
                        "diketik</b>. Sistem menghitungnya dari tanggal lahir atau usia korban pada <b>tanggal "
                        "kejadian</b>, bukan pada tanggal lapor. Remaja yang mengalami kekerasan seksual pada "
                        "usia 17 tahun lalu baru berani melapor setelah berulang tahun ke-18 tetap tercatat "
                        "sebagai anak korban.</p>"
                    )),
                    ("steps", [
                        {
                            "title": "Cari tanggal lahir di dokumen sumber",
                            "text": (
                                "Periksa catatan pengaduan, surat rujukan, atau salinan KTP, KK, dan akta "
                                "kelahiran. Bila tanggal lahir ada, isikan di kolom Tanggal Lahir dan biarkan "
                                "kolom Usia kosong."
                            ),
                        },
                        {
                            "title": "Bila tanggal lahir tidak diketahui, isi Usia",
                            "text": (
                                "Isi Usia (tahun) dengan umur korban saat kejadian menurut keterangan korban, "
                                "keluarga, atau dokumen. Jangan mengarang tanggal lahir, misalnya 1 Januari "
                                "tahun tertentu."
                            ),
                        },
                        {
                            "title": "Periksa hasil hitungan sistem",
                            "text": (
                                "Setelah Tanggal Kejadian diisi, sandbox menampilkan Usia, Kelompok Umur, dan "
                                "Status Usia. Pastikan hasilnya masuk akal dibandingkan cerita kasus."
                            ),
                        },
                        {
                            "title": "Hati-hati di sekitar ulang tahun ke-18",
                            "text": (
                                "Hitung dengan tanggal kejadian, bukan tanggal lapor. Sehari sebelum ulang "
                                "tahunnya yang ke-18, korban masih anak."
                            ),
                        },
                    ]),
                    ("heading", {"text": "UU 12/2022 tentang Tindak Pidana Kekerasan Seksual", "level": "h2"}),
                    ("paragraph", (
                        "<p>UU TPKS memperluas pengakuan atas bentuk-bentuk kekerasan seksual dan menegaskan "
                        "hak korban atas penanganan, pelindungan, dan pemulihan. Pasal 4 ayat (1) menyebut "
                        "sembilan jenis TPKS: pelecehan seksual nonfisik, pelecehan seksual fisik, pemaksaan "
                        "kontrasepsi, pemaksaan sterilisasi, pemaksaan perkawinan, penyiksaan seksual, "
                        "eksploitasi seksual, perbudakan seksual, dan kekerasan seksual berbasis elektronik. "
                        "Ayat (2) menambahkan perbuatan lain yang juga tergolong kekerasan seksual, antara "
                        "lain perkosaan, perbuatan cabul, persetubuhan terhadap anak, pemaksaan pelacuran, "
                        "kekerasan seksual dalam lingkup rumah tangga, dan perdagangan orang untuk eksploitasi "
                        "seksual.</p>"
                        "<p>Tiga hal dari UU TPKS yang paling sering ditanyakan petugas layanan:</p>"
                        "<ul>"
                        "<li>perkara TPKS <b>tidak dapat diselesaikan di luar pengadilan</b>, kecuali bila "
                        "pelakunya anak; “perdamaian” atau menikahkan korban dengan pelaku bukanlah "
                        "penyelesaian;</li>"
                        "<li>keterangan saksi dan/atau korban, disertai satu alat bukti sah lainnya, sudah "
                        "cukup untuk membuktikan kesalahan terdakwa;</li>"
                        "<li>korban berhak atas restitusi dan layanan pemulihan, dan UPTD PPA berperan "
                        "mendampinginya sejak pelaporan.</li>"
                        "</ul>"
                    )),
                    ("callout", {
                        "kind": "warning",
                        "title": "Bukan tugas pencatat menentukan pasal",
                        "text": (
                            "<p>Bentuk kekerasan di SIMFONI-PPA dipilih menurut apa yang dialami korban "
                            "sebagaimana tergambar dalam dokumen sumber, bukan menurut pasal yang kelak "
                            "dikenakan penyidik. Kasus yang belum dilaporkan ke polisi, atau yang "
                            "penyidikannya dihentikan, tetap dicatat.</p>"
                        ),
                    }),
                    ("heading", {"text": "Sekilas UU 21/2007 tentang TPPO", "level": "h2"}),
                    ("paragraph", (
                        "<p>Perdagangan orang memiliki tiga unsur: <b>proses</b> (merekrut, mengangkut, "
                        "menampung, mengirim, memindahkan, atau menerima seseorang), <b>cara</b> (ancaman, "
                        "kekerasan, penculikan, penipuan, penyalahgunaan posisi rentan, jeratan utang, atau "
                        "memberi bayaran kepada orang yang menguasai korban), dan <b>tujuan</b> eksploitasi. "
                        "Tawaran kerja ke luar negeri melalui calo atau media sosial patut diwaspadai sebagai "
                        "kemungkinan TPPO. Cara mencatat TPPO dibahas pada sesi berikutnya.</p>"
                    )),
                    ("glossary", ["tppo", "status-usia"]),
                ],
            },
            {
                "title": "Bentuk-bentuk kekerasan dan cara mengklasifikasikannya",
                "slug": "bentuk-kekerasan-dan-klasifikasi",
                "start": "10:30",
                "end": "12:00",
                "type": "materi",
                "speakers": ["psikolog-uptd", "kanit-ppa"],
                "objectives": [
                    "Mengenali tujuh pilihan Bentuk Kekerasan di SIMFONI-PPA beserta contohnya.",
                    (
                        "Mencatat semua bentuk kekerasan yang dialami setiap korban, termasuk Eksploitasi dan "
                        "TPPO."
                    ),
                    (
                        "Membandingkan pencatatan banyak bentuk di SIMFONI-PPA dengan klasifikasi satu jenis "
                        "menurut urutan keputusan GBVIMS."
                    ),
                    "Menentukan kapan isian KDRT bernilai Ya.",
                ],
                "teaches": ["kejadian_korban.bentuk", "kejadian_korban.kdrt"],
                "body": [
                    ("heading", {"text": "Tujuh pilihan Bentuk Kekerasan di SIMFONI-PPA", "level": "h2"}),
                    ("paragraph", (
                        "<p>Di formulir SIMFONI-PPA, bentuk kekerasan dicatat <b>per korban</b> dan boleh "
                        "lebih dari satu. Pilihannya:</p>"
                        "<ul>"
                        "<li><b>Fisik</b>: memukul, menendang, menampar, mencekik, melukai dengan benda, "
                        "menyiram air panas.</li>"
                        "<li><b>Psikis</b>: mengancam, menghina, mengintimidasi, mengekang, merundung, "
                        "mengancam menyebarkan foto pribadi.</li>"
                        "<li><b>Seksual</b>: perkosaan, persetubuhan terhadap anak, pencabulan, pelecehan "
                        "seksual fisik maupun nonfisik, kekerasan seksual berbasis elektronik.</li>"
                        "<li><b>Eksploitasi</b>: memanfaatkan korban demi keuntungan orang lain, secara "
                        "ekonomi atau seksual.</li>"
                        "<li><b>Trafficking (TPPO)</b>: perdagangan orang, dengan unsur proses, cara, dan "
                        "tujuan eksploitasi.</li>"
                        "<li><b>Penelantaran</b>: tidak memberi nafkah, perawatan, pengasuhan, atau pendidikan "
                        "kepada orang yang menjadi tanggungannya.</li>"
                        "<li><b>Lainnya</b>: bentuk yang sungguh-sungguh tidak tercakup pilihan di atas; wajib "
                        "diberi keterangan.</li>"
                        "</ul>"
                    )),
                    ("glossary", ["bentuk-kekerasan", "eksploitasi", "penelantaran"]),
                    ("heading", {"text": "Catat semua bentuk yang dialami", "level": "h3"}),
                    ("paragraph", (
                        "<p>Kekerasan jarang datang sendirian. Istri yang dipukul suaminya sering juga diancam "
                        "dan direndahkan; anak yang dicabuli tetangganya sering diancam agar tutup mulut. "
                        "Karena SIMFONI-PPA menghitung bentuk kekerasan per korban, satu korban boleh tercatat "
                        "dengan Fisik dan Psikis sekaligus. Akibatnya, jumlah bentuk kekerasan dalam rekap "
                        "biasanya lebih besar daripada jumlah korban, dan memang begitulah seharusnya.</p>"
                        "<p>Pegangannya: centang setiap bentuk yang <b>tergambar dalam dokumen sumber</b>, "
                        "jangan menebak. Bila kronologi hanya menyebut pemukulan tanpa ancaman atau hinaan, "
                        "cukup centang Fisik. Rasa takut atau trauma sesudahnya adalah <i>dampak</i>; yang "
                        "dicatat sebagai bentuk kekerasan adalah <i>perbuatan</i> pelaku.</p>"
                    )),
                    ("heading", {"text": "Pembanding: GBVIMS memilih satu jenis per insiden", "level": "h2"}),
                    ("paragraph", (
                        "<p>Banyak lembaga kemanusiaan memakai GBVIMS (<i>Gender-Based Violence Information "
                        "Management System</i>). GBVIMS memberi setiap insiden tepat <b>satu</b> jenis "
                        "kekerasan melalui urutan pertanyaan yang tetap. Pertanyaan diajukan dari atas dan "
                        "berhenti pada jawaban “ya” yang pertama:</p>"
                        "<ol>"
                        "<li><b>Perkosaan</b> (<i>rape</i>): apakah terjadi penetrasi, sekecil apa pun?</li>"
                        "<li><b>Serangan seksual</b> (<i>sexual assault</i>): apakah ada kontak seksual yang "
                        "tidak dikehendaki tanpa penetrasi, termasuk percobaan perkosaan?</li>"
                        "<li><b>Serangan fisik</b> (<i>physical assault</i>)?</li>"
                        "<li><b>Perkawinan paksa</b> (<i>forced marriage</i>), termasuk perkawinan anak?</li>"
                        "<li><b>Penghalangan sumber daya, kesempatan, atau layanan</b> (<i>denial of "
                        "resources</i>)?</li>"
                        "<li><b>Kekerasan psikologis/emosional</b> (<i>psychological/emotional abuse</i>)?</li>"
                        "<li>Bila semuanya “tidak”: <b>bukan kekerasan berbasis gender</b> "
                        "(<i>non-GBV</i>).</li>"
                        "</ol>"
                        "<p>Bila korban berusia di bawah 18 tahun dan jenisnya perkosaan atau serangan "
                        "seksual, GBVIMS menambahkan penanda <b>kekerasan seksual terhadap anak</b> (<i>child "
                        "sexual abuse</i>).</p>"
                    )),
                    ("glossary", ["gbvims"]),
                    ("heading", {"text": "Contoh: satu kasus, dua cara mencatat", "level": "h3"}),
                    ("paragraph", (
                        "<p>Kasus fiktif: seorang remaja perempuan berusia 15 tahun dipaksa berhubungan "
                        "seksual oleh ayah tirinya yang tinggal serumah, dipukul ketika menolak, lalu diancam "
                        "akan diusir bila bercerita.</p>"
                        "<ul>"
                        "<li><b>Menurut GBVIMS</b>, pertanyaan pertama sudah dijawab “ya”, sehingga jenisnya "
                        "<b>Perkosaan</b> dengan penanda kekerasan seksual terhadap anak. Pemukulan dan "
                        "ancaman tidak muncul sebagai jenis tersendiri.</li>"
                        "<li><b>Menurut SIMFONI-PPA</b>, Bentuk Kekerasan-nya <b>Seksual, Fisik, dan "
                        "Psikis</b>; KDRT <b>Ya</b>, karena pelaku adalah orang tua (tiri) korban; Status Usia "
                        "Anak dihitung otomatis dari tanggal lahirnya.</li>"
                        "</ul>"
                    )),
                    ("callout", {
                        "kind": "info",
                        "title": "Mengapa keduanya berbeda?",
                        "text": (
                            "<p>GBVIMS dirancang untuk menghitung insiden di situasi kemanusiaan tanpa "
                            "hitungan ganda, sehingga setiap insiden hanya mendapat satu jenis, yang paling "
                            "berat. SIMFONI-PPA dirancang untuk merencanakan layanan dan kebijakan, sehingga "
                            "setiap bentuk yang dialami korban perlu terlihat. Jangan membawa kebiasaan “pilih "
                            "satu yang paling berat” ke SIMFONI-PPA.</p>"
                        ),
                    }),
                    ("heading", {"text": "Eksploitasi dan TPPO adalah bentuk tersendiri", "level": "h2"}),
                    ("paragraph", (
                        "<p>GBVIMS tidak menjadikan perdagangan orang atau eksploitasi sebagai jenis "
                        "tersendiri; perbuatan di dalamnya digolongkan ke salah satu dari enam jenis inti. "
                        "SIMFONI-PPA justru mencatat <b>Eksploitasi</b> dan <b>Trafficking (TPPO)</b> sebagai "
                        "bentuk tersendiri, karena keduanya ditangani dengan undang-undang, layanan, dan "
                        "jejaring yang berbeda, misalnya pemulangan korban dari luar negeri.</p>"
                        "<ul>"
                        "<li>Pilih <b>TPPO</b> bila ada unsur proses, cara, dan tujuan eksploitasi, misalnya "
                        "perempuan yang direkrut calo dengan janji kerja di luar negeri, lalu dokumennya "
                        "ditahan dan gajinya tidak dibayar. Korban TPPO biasanya juga dieksploitasi: centang "
                        "<b>Eksploitasi</b> pula bila dokumen menggambarkannya, dan centang juga kekerasan "
                        "lain yang dialaminya selama itu.</li>"
                        "<li>Pilih <b>Eksploitasi</b> saja bila korban dimanfaatkan demi keuntungan orang lain "
                        "tanpa unsur perdagangan orang, misalnya anak yang disuruh kerabatnya mengemis di "
                        "persimpangan jalan.</li>"
                        "</ul>"
                    )),
                    ("glossary", ["tppo"]),
                    ("heading", {"text": "Kapan KDRT bernilai Ya", "level": "h2"}),
                    ("paragraph", (
                        "<p>Isian KDRT juga dicatat per korban dan dihitung tersendiri dalam rekap. Isi "
                        "<b>Ya</b> bila pelaku berada dalam lingkup rumah tangga korban menurut UU 23/2004. "
                        "Dalam praktik, ini berarti hubungan pelaku dengan korban adalah <b>Suami/Istri</b>, "
                        "<b>Orang Tua</b>, atau <b>Keluarga/Saudara</b>. Kekerasan oleh pacar, guru, tetangga, "
                        "rekan kerja, atau orang tak dikenal bukan KDRT. Satu pengecualian yang perlu diingat: "
                        "pekerja rumah tangga yang tinggal menetap di rumah majikannya termasuk lingkup rumah "
                        "tangga. Bila dokumen sumber menyatakan dengan tegas bahwa kasus itu KDRT atau bukan "
                        "KDRT, ikuti dokumennya.</p>"
                    )),
                    ("callout", {
                        "kind": "warning",
                        "title": "Satu kasus, korban berbeda, isian berbeda",
                        "text": (
                            "<p>Dalam satu kasus, dua korban bisa memiliki bentuk kekerasan dan nilai KDRT "
                            "yang berbeda. Ibu yang dipukul suaminya dan anak yang diancam ayahnya sama-sama "
                            "KDRT, tetapi bentuk kekerasan si anak mungkin hanya Psikis. Isi bagian per korban "
                            "satu per satu.</p>"
                        ),
                    }),
                ],
            },
            {
                "title": "Alur layanan UPTD PPA dan Puspaga",
                "slug": "alur-layanan-uptd-ppa-dan-puspaga",
                "start": "13:00",
                "end": "14:30",
                "type": "materi",
                "speakers": ["psikolog-uptd", "konselor-puspaga"],
                "objectives": [
                    "Menjelaskan enam fungsi layanan UPTD PPA menurut Permen PPPA 2/2022.",
                    "Membedakan peran UPTD PPA dan Puspaga serta kapan merujuk dari yang satu ke yang lain.",
                    (
                        "Memilih Kanal Pengaduan, Jenis Layanan, dan Rujukan yang sesuai dengan perjalanan "
                        "korban."
                    ),
                ],
                "teaches": ["registrasi.kanal_pengaduan", "layanan.jenis", "layanan.rujukan"],
                "body": [
                    ("heading", {"text": "Banyak pintu, satu pengelola kasus", "level": "h2"}),
                    ("paragraph", (
                        "<p>Korban kekerasan di Kota Cilegon dapat datang melalui banyak pintu: Puskesmas, IGD "
                        "rumah sakit, Unit PPA Polres, sekolah, kelurahan, atau langsung ke UPTD PPA. Pintu "
                        "mana pun yang diketuknya, korban berhak atas layanan yang sama baiknya, dan ia tidak "
                        "semestinya menceritakan pengalamannya berulang kali kepada setiap petugas. Di sinilah "
                        "UPTD PPA berperan sebagai pengelola kasus yang menyatukan layanan dari berbagai "
                        "lembaga.</p>"
                    )),
                    ("glossary", ["uptd-ppa", "p2tp2a", "sapa-129"]),
                    ("heading", {"text": "Enam fungsi layanan UPTD PPA", "level": "h2"}),
                    ("paragraph", (
                        "<p>Permen PPPA Nomor 2 Tahun 2022 tentang Standar Layanan Perlindungan Perempuan dan "
                        "Anak menetapkan enam fungsi layanan UPTD PPA. Ringkasnya:</p>"
                        "<ol>"
                        "<li><b>Pengaduan masyarakat</b>: menerima laporan dari korban, keluarga, atau siapa "
                        "pun yang mengetahui kekerasan, baik yang datang langsung, melalui SAPA 129, surat, "
                        "maupun rujukan lembaga lain. Petugas melakukan asesmen awal untuk menilai kebutuhan "
                        "dan tingkat bahaya.</li>"
                        "<li><b>Penjangkauan korban</b>: petugas mendatangi korban yang tidak dapat atau belum "
                        "berani datang sendiri, terutama bila ia perlu segera diselamatkan.</li>"
                        "<li><b>Pengelolaan kasus</b>: manajer kasus menyusun rencana intervensi bersama "
                        "korban, mengoordinasikan layanan kesehatan, hukum, psikologis, dan sosial, memantau "
                        "kemajuannya, lalu menutup kasus bila tujuannya tercapai.</li>"
                        "<li><b>Penampungan sementara</b>: rumah aman bagi korban yang tidak aman pulang ke "
                        "rumahnya, untuk waktu terbatas dan dengan lokasi yang dirahasiakan.</li>"
                        "<li><b>Mediasi</b>: mempertemukan para pihak untuk menyelesaikan persoalan seperti "
                        "hak asuh atau nafkah anak, bila korban menghendakinya dan aman baginya.</li>"
                        "<li><b>Pendampingan korban</b>: mendampingi korban saat pemeriksaan kesehatan, "
                        "pemeriksaan di kepolisian, dan persidangan, termasuk pendampingan psikologis dan "
                        "sosial.</li>"
                        "</ol>"
                    )),
                    ("glossary", ["penjangkauan", "mediasi", "visum"]),
                    ("callout", {
                        "kind": "warning",
                        "title": "Mediasi bukan jalan pintas",
                        "text": (
                            "<p>Perkara kekerasan seksual tidak dapat diselesaikan di luar pengadilan, kecuali "
                            "pelakunya anak, dan mediasi tidak boleh dipakai untuk “mendamaikan” korban dengan "
                            "pelaku kekerasan berat. Mediasi hanya dilakukan atas kehendak korban, setelah "
                            "penilaian keamanan, dan untuk persoalan seperti hak asuh atau nafkah, bukan untuk "
                            "menghapus tindak pidananya.</p>"
                        ),
                    }),
                    ("heading", {"text": "Puspaga: mencegah sebelum terjadi", "level": "h2"}),
                    ("paragraph", (
                        "<p>Pusat Pembelajaran Keluarga (Puspaga) bukan unit penanganan kasus. Puspaga adalah "
                        "tempat keluarga belajar dan berkonsultasi tentang pengasuhan anak, komunikasi "
                        "suami-istri, persiapan pranikah, dan masalah remaja, melalui konseling, kelas "
                        "pengasuhan, dan penyuluhan. Karena sifatnya mencegah, Puspaga sering menjadi tempat "
                        "pertama sebuah keluarga bercerita tentang konflik yang belum, atau ternyata sudah, "
                        "menjadi kekerasan.</p>"
                        "<ul>"
                        "<li>Bila dalam konsultasi terungkap adanya kekerasan, konselor Puspaga merujuk korban "
                        "ke UPTD PPA, dan kasusnya dicatat di SIMFONI-PPA oleh unit yang menerima dan "
                        "menanganinya.</li>"
                        "<li>Sebaliknya, UPTD PPA dapat merujuk keluarga korban ke Puspaga untuk penguatan "
                        "pengasuhan setelah kasusnya tertangani.</li>"
                        "</ul>"
                    )),
                    ("glossary", ["puspaga"]),
                    ("heading", {"text": "Dari perjalanan korban ke isian formulir", "level": "h2"}),
                    ("paragraph", (
                        "<p>Setiap tahap layanan meninggalkan jejak di formulir SIMFONI-PPA:</p>"
                        "<ul>"
                        "<li><b>Kanal Pengaduan</b> menjawab pertanyaan “bagaimana laporan ini sampai ke unit "
                        "kita”: Datang Langsung, SAPA 129 (Telepon, WhatsApp, atau Formulir Daring), "
                        "SP4N-LAPOR!, Surat, Rujukan Lembaga Lain, atau Penjangkauan / Laporan Media. Kasus "
                        "yang dikirim Puskesmas dengan surat rujukan dicatat sebagai <b>Rujukan Lembaga "
                        "Lain</b>, bukan Surat.</li>"
                        "<li><b>Jenis Layanan</b> dicatat satu baris untuk setiap layanan yang diterima setiap "
                        "korban. Dua korban yang sama-sama diperiksa di rumah sakit berarti dua baris "
                        "Kesehatan.</li>"
                        "<li><b>Rujukan ke</b> diisi bila layanan itu berujung pada pengiriman korban ke "
                        "lembaga lain, misalnya pendampingan pelaporan ke Unit PPA Polres. Bila tidak ada "
                        "rujukan, kolom ini dibiarkan kosong.</li>"
                        "</ul>"
                    )),
                    ("heading", {"text": "Membedakan jenis layanan yang mirip", "level": "h3"}),
                    ("paragraph", (
                        "<ul>"
                        "<li><b>Pengaduan</b>: penerimaan laporan dan asesmen awal, biasanya pada tanggal "
                        "lapor.</li>"
                        "<li><b>Kesehatan</b>: pemeriksaan, pengobatan, dan perawatan medis di Puskesmas atau "
                        "rumah sakit, termasuk pemeriksaan untuk keperluan visum.</li>"
                        "<li><b>Penegakan Hukum</b>: proses di kepolisian, kejaksaan, dan pengadilan, mulai "
                        "dari laporan polisi.</li>"
                        "<li><b>Bantuan Hukum</b>: nasihat dan pendampingan oleh advokat atau paralegal, "
                        "misalnya dari LBH atau pos bantuan hukum, termasuk untuk gugatan cerai atau hak "
                        "asuh.</li>"
                        "<li><b>Rehabilitasi Sosial</b>: pemulihan psikologis dan sosial, misalnya konseling "
                        "oleh psikolog.</li>"
                        "<li><b>Reintegrasi Sosial</b>: mengembalikan korban ke keluarga, sekolah, atau "
                        "masyarakat setelah pemulihan.</li>"
                        "<li><b>Pemulangan</b>: memulangkan korban ke daerah asal atau dari luar negeri, lazim "
                        "pada kasus TPPO dan pekerja migran.</li>"
                        "<li><b>Pendampingan Tokoh Agama</b>: dukungan rohani oleh tokoh agama sesuai "
                        "keyakinan korban.</li>"
                        "</ul>"
                    )),
                    ("glossary", ["rujukan"]),
                    ("callout", {
                        "kind": "info",
                        "title": "Layanan dimulai sejak kasus dilaporkan",
                        "text": (
                            "<p>Dalam satu catatan kasus, setiap layanan bertanggal sama dengan atau sesudah "
                            "Tanggal Lapor. Sandbox menolak tanggal layanan yang lebih awal, karena layanan "
                            "yang dicatat adalah layanan yang diberikan setelah kasus diterima.</p>"
                        ),
                    }),
                ],
            },
            {
                "title": "Pengenalan SIMFONI-PPA dan Satu Data Kekerasan",
                "slug": "pengenalan-simfoni-ppa-dan-satu-data",
                "start": "14:45",
                "end": "16:00",
                "type": "materi",
                "speakers": ["operator-prov", "kabid-pppa"],
                "objectives": [
                    "Menjelaskan fungsi SIMFONI-PPA dan unit layanan yang mencatat di dalamnya.",
                    "Menguraikan susunan formulir kasus dari Registrasi sampai Layanan.",
                    "Menjelaskan prinsip Satu Data Kekerasan dan akibat kasus ganda.",
                    "Menjaga kerahasiaan data korban dalam pekerjaan sehari-hari.",
                ],
                "teaches": ["registrasi.unit_layanan"],
                "body": [
                    ("heading", {"text": "Apa itu SIMFONI-PPA", "level": "h2"}),
                    ("paragraph", (
                        "<p>SIMFONI-PPA (Sistem Informasi Online Perlindungan Perempuan dan Anak) adalah "
                        "sistem pencatatan dan pelaporan kasus kekerasan terhadap perempuan dan anak milik "
                        "Kementerian PPPA. Sistem berbasis web ini dipakai unit layanan di seluruh Indonesia "
                        "dan mencatat kasus secara <i>by name by address</i>: setiap korban tercatat dengan "
                        "identitas dan alamatnya, bukan hanya sebagai angka rekap.</p>"
                        "<p>Dari catatan itu SIMFONI-PPA menyusun rekap yang dapat dilihat kabupaten/kota, "
                        "provinsi, dan pusat: jumlah kasus dan korban menurut jenis kelamin, kelompok umur, "
                        "bentuk kekerasan, tempat kejadian, hubungan pelaku dengan korban, dan layanan yang "
                        "diberikan. Rekap inilah yang dipakai untuk merencanakan program, menyusun anggaran, "
                        "dan menjawab pertanyaan pimpinan maupun masyarakat.</p>"
                    )),
                    ("glossary", ["simfoni-ppa", "satu-data"]),
                    ("heading", {"text": "Siapa yang mencatat", "level": "h2"}),
                    ("paragraph", (
                        "<p>Kasus dicatat oleh <b>unit layanan yang menerima dan menangani kasus</b>. Di "
                        "formulir, unit itu dipilih pada kolom Unit Layanan:</p>"
                        "<ul>"
                        "<li>UPTD PPA dan P2TP2A;</li>"
                        "<li>PPT/PKT Rumah Sakit (pusat pelayanan terpadu atau pusat krisis terpadu di rumah "
                        "sakit);</li>"
                        "<li>UPPA Polres (unit pelayanan perempuan dan anak di kepolisian);</li>"
                        "<li>RPSA/RPTC (rumah perlindungan sosial anak dan rumah perlindungan trauma "
                        "center);</li>"
                        "<li>LBH dan WCC (<i>women's crisis centre</i>);</li>"
                        "<li>Lainnya, dengan keterangan nama unitnya, bila unit Bapak/Ibu tidak termasuk "
                        "pilihan di atas.</li>"
                        "</ul>"
                        "<p>Pilih unit yang menerima laporan dan mencatat kasus itu, bukan lembaga yang kelak "
                        "menjadi tujuan rujukan.</p>"
                    )),
                    ("heading", {"text": "Susunan formulir kasus", "level": "h2"}),
                    ("paragraph", (
                        "<p>Formulir kasus diisi berurutan, dan sandbox pelatihan menirunya dengan langkah "
                        "yang sama:</p>"
                        "<ol>"
                        "<li><b>Registrasi / Pengaduan</b>: unit layanan, tanggal lapor, dan kanal pengaduan; "
                        "nomor registrasi dibuat oleh sistem.</li>"
                        "<li><b>Data Pelapor</b>: siapa yang melapor, yang bisa saja korban sendiri.</li>"
                        "<li><b>Data Korban</b>: satu kasus dapat memiliki beberapa korban.</li>"
                        "<li><b>Data Pelaku / Terlapor</b>: tidak ada, satu, atau beberapa pelaku, beserta "
                        "hubungannya dengan setiap korban.</li>"
                        "<li><b>Data Kejadian</b>: tanggal dan lokasi kejadian serta kronologi, lalu tempat "
                        "kejadian, bentuk kekerasan, dan KDRT untuk setiap korban.</li>"
                        "<li><b>Layanan</b>: satu baris untuk setiap layanan yang diterima setiap korban.</li>"
                        "</ol>"
                        "<p>Setelah itu halaman <b>Tinjau</b> menampilkan seluruh isian untuk diperiksa "
                        "sebelum <b>Simpan</b>.</p>"
                    )),
                    ("callout", {
                        "kind": "info",
                        "title": "Kasus, korban, pelaku, dan bentuk dihitung terpisah",
                        "text": (
                            "<p>Satu kasus bisa memiliki dua korban dan tiga pelaku, dan satu korban bisa "
                            "mengalami tiga bentuk kekerasan. Karena itu jumlah korban dalam rekap tidak sama "
                            "dengan jumlah kasus, dan jumlah bentuk kekerasan biasanya lebih besar daripada "
                            "jumlah korban. Saat membaca data, selalu tanyakan: yang dihitung ini kasus, "
                            "korban, pelaku, atau bentuk kekerasan?</p>"
                        ),
                    }),
                    ("heading", {"text": "Satu Data Kekerasan", "level": "h2"}),
                    ("paragraph", (
                        "<p>Perpres 39/2019 tentang Satu Data Indonesia meminta data pemerintah memakai "
                        "standar yang sama, memiliki metadata, dapat dibagipakaikan, dan bersumber dari "
                        "produsen data yang jelas. Untuk kekerasan terhadap perempuan dan anak, semangatnya "
                        "sederhana: <b>satu kasus dicatat satu kali, dengan definisi yang sama, di satu "
                        "sistem</b>. Bagi Kota Cilegon sistem itu adalah SIMFONI-PPA, dan DP3AP2KB menjadi "
                        "produsen data kekerasan di tingkat kota.</p>"
                        "<p>Ancaman terbesar bagi satu data adalah <b>kasus ganda</b>. Seorang anak korban "
                        "kekerasan seksual bisa diperiksa di Puskesmas, menjalani visum di rumah sakit, "
                        "melapor ke Unit PPA Polres, lalu didampingi UPTD PPA. Bila keempat unit mencatatnya "
                        "sebagai kasus baru, Kota Cilegon seolah-olah memiliki empat kasus. Sebaliknya, bila "
                        "setiap unit mengira unit lain sudah mencatat, kasus itu bisa tidak tercatat sama "
                        "sekali.</p>"
                        "<p>Karena itu, sebelum membuat kasus baru, periksa dulu apakah korban sudah tercatat, "
                        "misalnya dengan NIK atau nama dan tanggal lahirnya. Bila sudah, layanan dari unit "
                        "Bapak/Ibu ditambahkan pada kasus yang ada, sesuai hak akses dan kesepakatan "
                        "koordinasi di tingkat kota.</p>"
                    )),
                    ("heading", {"text": "Peran setiap tingkat", "level": "h3"}),
                    ("paragraph", (
                        "<ul>"
                        "<li><b>Unit layanan</b>: mencatat kasus secepatnya setelah diterima, dan "
                        "memperbaruinya setiap ada layanan baru.</li>"
                        "<li><b>DP3AP2KB Kota Cilegon</b>: memverifikasi catatan, menemukan kasus ganda, dan "
                        "memakai rekapnya untuk perencanaan.</li>"
                        "<li><b>Provinsi Banten</b>: memantau kelengkapan dan kualitas data kabupaten/kota "
                        "serta memberi pendampingan teknis.</li>"
                        "<li><b>Kementerian PPPA</b>: mengelola sistem, menetapkan kategori, dan menerbitkan "
                        "data nasional.</li>"
                        "</ul>"
                    )),
                    ("callout", {
                        "kind": "warning",
                        "title": "Kerahasiaan data korban",
                        "text": (
                            "<p>Data di SIMFONI-PPA adalah data pribadi yang sangat sensitif; UU 27/2022 "
                            "tentang Pelindungan Data Pribadi menggolongkan data kesehatan dan data anak "
                            "sebagai data pribadi yang bersifat spesifik. Jangan meminjamkan akun, jangan "
                            "menyimpan tangkapan layar atau hasil unduhan di ponsel pribadi, dan jangan "
                            "mengirim data korban melalui grup percakapan.</p>"
                            "<p>Sandbox pelatihan hanya untuk kasus fiktif. Jangan pernah mengetikkan data "
                            "korban yang sebenarnya ke dalamnya, meskipun hanya untuk mencoba.</p>"
                        ),
                    }),
                ],
            },
        ],
    },
    {
        "title": "Hari 2",
        "slug": "hari-2",
        "date": "2023-09-21",
        "intro": (
            "<p>Hari kedua adalah hari praktik. Setelah pre-test, Bapak/Ibu mengisi kasus latihan di sandbox "
            "SIMFONI-PPA dari tingkat dasar sampai mahir, membahas kesalahan yang paling sering muncul, lalu "
            "menutup hari dengan post-test. Semua kasus latihan fiktif; pastikan laptop Bapak/Ibu terisi "
            "baterainya.</p>"
        ),
        "sessions": [
            {
                "title": "Pre-test",
                "slug": "pre-test",
                "start": "08:00",
                "end": "09:00",
                "type": "pretest",
                "speakers": ["operator-prov"],
                "objectives": [
                    "Mengukur kemampuan awal peserta dalam mengisi formulir kasus SIMFONI-PPA.",
                    "Memberi fasilitator gambaran isian yang perlu mendapat perhatian selama praktik.",
                ],
                "teaches": [],
                "body": [
                    ("heading", {"text": "Tentang pre-test", "level": "h2"}),
                    ("paragraph", (
                        "<p>Pre-test terdiri atas tiga kasus fiktif tingkat menengah. Baca dokumen sumber "
                        "setiap kasus, yang dapat berupa catatan pengaduan, surat rujukan, atau transkrip "
                        "panggilan SAPA 129, lalu isikan ke formulir sandbox sampai langkah Simpan.</p>"
                        "<ul>"
                        "<li>Setiap kasus hanya dapat dikerjakan satu kali.</li>"
                        "<li>Perhatikan batas waktu yang ditampilkan di halaman latihan.</li>"
                        "<li>Nilai dan umpan balik dibuka oleh fasilitator setelah seluruh peserta selesai, "
                        "lalu dibahas pada sesi kualitas data.</li>"
                        "</ul>"
                    )),
                    ("callout", {
                        "kind": "info",
                        "title": "Kerjakan sendiri, tanpa cemas",
                        "text": (
                            "<p>Pre-test bukan untuk memeringkat peserta. Tujuannya mengetahui titik awal, "
                            "sehingga kemajuan Bapak/Ibu terlihat pada post-test sore nanti. Kerjakan sendiri "
                            "tanpa bertanya kepada rekan, agar hasilnya sungguh menggambarkan kemampuan "
                            "awal.</p>"
                        ),
                    }),
                    ("exercise", {
                        "slug": "pre-test",
                        "intro": (
                            "Tiga kasus fiktif tingkat menengah, satu kali percobaan per kasus. Nilai dan "
                            "umpan balik dibuka oleh fasilitator."
                        ),
                    }),
                ],
            },
            {
                "title": "Praktik: Registrasi, Pelapor, dan Korban",
                "slug": "praktik-registrasi-pelapor-korban",
                "start": "09:00",
                "end": "10:30",
                "type": "praktik",
                "speakers": ["operator-prov", "kabid-pppa"],
                "objectives": [
                    (
                        "Membaca dokumen sumber dan menandai fakta yang diperlukan untuk Registrasi, Pelapor, "
                        "dan Korban."
                    ),
                    "Mengisi langkah Registrasi, Pelapor, dan Korban di sandbox sesuai aturan SIMFONI-PPA.",
                    "Menerapkan aturan tanggal lahir atau usia, kewarganegaraan WNA, dan disabilitas.",
                    "Membaca skor dan umpan balik per isian, lalu memperbaiki kesalahan.",
                ],
                "teaches": [
                    "registrasi.tanggal_lapor",
                    "pelapor.pelapor_korban",
                    "pelapor.nama",
                    "pelapor.jenis_kelamin",
                    "pelapor.no_hp",
                    "pelapor.alamat",
                    "pelapor.wilayah",
                    "pelapor.hubungan",
                    "korban.nama",
                    "korban.jenis_kelamin",
                    "korban.tempat_lahir",
                    "korban.alamat",
                    "korban.wilayah",
                    "korban.pendidikan",
                    "korban.pekerjaan",
                    "korban.status_perkawinan",
                    "korban.agama",
                    "korban.kewarganegaraan",
                    "korban.negara",
                    "korban.disabilitas",
                    "korban.jenis_disabilitas",
                ],
                "body": [
                    ("heading", {"text": "Sebelum mulai", "level": "h2"}),
                    ("paragraph", (
                        "<p>Sesi ini berfokus pada tiga langkah pertama formulir. Setiap kasus latihan dibuka "
                        "bersama dokumen sumbernya: catatan pengaduan, surat rujukan dari Puskesmas, RSUD, "
                        "atau Polres, atau transkrip panggilan SAPA 129. Baca seluruh dokumen lebih dulu, baru "
                        "mulai mengisi. Tandai tanggal-tanggal yang disebut, siapa yang melapor, dan siapa "
                        "saja korbannya.</p>"
                        "<p>Agar kasus dapat disimpan, langkah Pelaku, Kejadian, dan Layanan juga perlu diisi. "
                        "Ikuti dokumen sebisanya; aturan lengkapnya dibahas pada sesi praktik berikutnya.</p>"
                    )),
                    ("callout", {
                        "kind": "warning",
                        "title": "Hanya data fiktif",
                        "text": (
                            "<p>Semua nama, NIK, alamat, dan nomor telepon dalam kasus latihan dibuat oleh "
                            "sistem dan tidak merujuk pada orang sungguhan. Jangan mengetikkan data korban "
                            "yang sebenarnya ke sandbox, termasuk untuk “mencoba” kasus yang sedang ditangani "
                            "unit Bapak/Ibu.</p>"
                        ),
                    }),
                    ("heading", {"text": "Langkah 1: Registrasi", "level": "h2"}),
                    ("steps", [
                        {
                            "title": "Pilih Unit Layanan",
                            "text": (
                                "Pilih unit yang menerima dan mencatat kasus menurut dokumen, misalnya UPTD "
                                "PPA. Bila memilih Lainnya, tuliskan nama unitnya."
                            ),
                        },
                        {
                            "title": "Isi Tanggal Lapor",
                            "text": (
                                "Tanggal kasus diterima unit: tanggal pada catatan pengaduan, tanggal surat "
                                "rujukan diterima (bukan tanggal surat dibuat), atau tanggal panggilan SAPA "
                                "129. Bukan tanggal kejadian, dan tidak boleh melewati hari ini."
                            ),
                        },
                        {
                            "title": "Pilih Kanal Pengaduan",
                            "text": (
                                "Cara laporan sampai ke unit: Datang Langsung, SAPA 129 (Telepon, WhatsApp, "
                                "Formulir Daring), SP4N-LAPOR!, Surat, Rujukan Lembaga Lain, atau Penjangkauan "
                                "/ Laporan Media."
                            ),
                        },
                        {
                            "title": "Lanjut",
                            "text": "Nomor registrasi dibuat oleh sistem dan tidak perlu diisi. Klik Lanjut.",
                        },
                    ]),
                    ("heading", {"text": "Langkah 2: Pelapor", "level": "h2"}),
                    ("paragraph", (
                        "<p>Pelapor adalah orang yang menyampaikan laporan, dan tidak selalu korban sendiri. "
                        "Orang yang sekadar mengantar atau membantu korban belum tentu pelapornya; lihat siapa "
                        "yang disebut dokumen sebagai pelapor atau penelepon.</p>"
                    )),
                    ("glossary", ["pelapor"]),
                    ("steps", [
                        {
                            "title": "Korban melapor sendiri?",
                            "text": (
                                "Bila ya, centang “Pelapor adalah korban sendiri”. Data pelapor diambil dari "
                                "korban pertama, kolom lainnya disembunyikan, dan Hubungan dengan Korban "
                                "menjadi Diri Sendiri."
                            ),
                        },
                        {
                            "title": "Isi identitas pelapor",
                            "text": (
                                "Bila pelapor bukan korban, isi Nama Pelapor (tulis Anonim bila ia tidak mau "
                                "disebut namanya), Jenis Kelamin, No. HP, Alamat, dan Wilayah sejauh disebut "
                                "dokumen. Kolom yang tidak disebut dibiarkan kosong."
                            ),
                        },
                        {
                            "title": "Tulis nomor HP dengan format Indonesia",
                            "text": "Contohnya 0812-3456-7890 atau +62 812 3456 7890.",
                        },
                        {
                            "title": "Pilih Hubungan dengan Korban",
                            "text": (
                                "Misalnya Orang Tua, Keluarga/Saudara, atau Tetangga. Petugas Puskesmas atau "
                                "rumah sakit yang mengirim surat rujukan adalah Tenaga Kesehatan; penyidik "
                                "Unit PPA adalah Aparat/Pemerintah."
                            ),
                        },
                    ]),
                    ("heading", {"text": "Langkah 3: Korban", "level": "h2"}),
                    ("paragraph", (
                        "<p>Isi satu formulir untuk setiap korban, dan klik <b>Tambah korban</b> bila "
                        "korbannya lebih dari satu. Orang yang hanya menyaksikan kejadian, misalnya adik yang "
                        "melihat tetapi tidak mengalami kekerasan, <b>bukan</b> korban dan tidak dicatat di "
                        "sini.</p>"
                    )),
                    ("steps", [
                        {
                            "title": "NIK",
                            "text": (
                                "Salin 16 digit NIK bila tercantum di dokumen; sandbox memeriksa kecocokannya "
                                "dengan jenis kelamin dan tanggal lahir. Kosongkan bila korban tidak punya NIK "
                                "atau nomornya tidak diketahui."
                            ),
                        },
                        {
                            "title": "Nama, jenis kelamin, dan tempat lahir",
                            "text": (
                                "Tulis nama lengkap seperti di dokumen. Jenis kelamin adalah isian kritis: "
                                "kesalahannya langsung mengubah rekap."
                            ),
                        },
                        {
                            "title": "Tanggal lahir atau usia",
                            "text": (
                                "Isi Tanggal Lahir bila diketahui. Bila tidak, isi Usia (tahun) pada saat "
                                "kejadian. Jangan menebak tanggal lahir dari usia."
                            ),
                        },
                        {
                            "title": "Alamat dan Wilayah Domisili",
                            "text": (
                                "Tempat korban tinggal sekarang, dengan Provinsi, Kab/Kota, Kecamatan, dan "
                                "Kel/Desa. Wilayah ini tidak harus sama dengan kode wilayah di NIK."
                            ),
                        },
                        {
                            "title": "Pendidikan, pekerjaan, status perkawinan, agama",
                            "text": (
                                "Pilih sesuai dokumen. Anak yang belum bersekolah: Tidak/Belum Sekolah. Bila "
                                "pendidikan atau pekerjaan tidak disebut, pilih NA."
                            ),
                        },
                        {
                            "title": "Kewarganegaraan",
                            "text": (
                                "WNI atau WNA. Untuk WNA, kolom Negara wajib diisi, dan NIK biasanya kosong."
                            ),
                        },
                        {
                            "title": "Disabilitas",
                            "text": (
                                "Bila korban penyandang disabilitas, pilih Ya lalu centang minimal satu jenis: "
                                "Fisik, Intelektual, Mental, Sensorik (netra/rungu/wicara), atau Ganda. Bila "
                                "Tidak, jangan centang jenis apa pun."
                            ),
                        },
                        {
                            "title": "Periksa hasil hitungan",
                            "text": (
                                "Usia, Kelompok Umur, dan Status Usia tidak diketik. Sandbox menghitungnya "
                                "setelah Tanggal Kejadian diisi; periksa kembali di halaman Tinjau."
                            ),
                        },
                    ]),
                    ("callout", {
                        "kind": "info",
                        "title": "Korban laki-laki dewasa",
                        "text": (
                            "<p>SIMFONI-PPA mencatat kekerasan terhadap perempuan dan anak. Bila Bapak/Ibu "
                            "memasukkan korban laki-laki berusia 18 tahun ke atas, sandbox menampilkan "
                            "peringatan, bukan larangan, agar isian diperiksa kembali. Korban anak laki-laki "
                            "dicatat seperti biasa.</p>"
                        ),
                    }),
                    ("heading", {"text": "Membaca hasil", "level": "h2"}),
                    ("paragraph", (
                        "<p>Setelah Simpan, sandbox menampilkan skor dan tabel umpan balik: isian Bapak/Ibu, "
                        "isian yang diharapkan, jenis kesalahannya, serta aturan yang berlaku beserta tautan "
                        "ke materinya. Isian kritis, seperti jenis kelamin dan tanggal lahir korban, berbobot "
                        "lebih besar karena kesalahannya langsung mengubah rekap. Ulangi kasus yang sama "
                        "sampai tidak ada lagi kesalahan pada isian kritis, lalu lanjutkan ke kasus "
                        "berikutnya.</p>"
                    )),
                    ("exercise", {
                        "slug": "latihan-dasar",
                        "intro": (
                            "Sepuluh kasus fiktif dengan fakta yang dinyatakan jelas: satu korban dan satu "
                            "pelaku. Kerjakan sampai Simpan dan ulangi bila perlu; nilai lulusnya 80."
                        ),
                    }),
                ],
            },
            {
                "title": "Praktik: Pelaku, Kejadian, dan Layanan",
                "slug": "praktik-pelaku-kejadian-layanan",
                "start": "10:45",
                "end": "12:15",
                "type": "praktik",
                "speakers": ["operator-prov", "psikolog-uptd"],
                "objectives": [
                    (
                        "Mencatat pelaku, termasuk pelaku yang tidak dikenal, beserta hubungannya dengan "
                        "setiap korban."
                    ),
                    (
                        "Mengisi tanggal dan lokasi kejadian serta tempat, bentuk kekerasan, dan KDRT untuk "
                        "setiap korban."
                    ),
                    (
                        "Mencatat layanan satu baris per layanan per korban, dengan tanggal dan lembaga yang "
                        "benar."
                    ),
                    (
                        "Menangani kasus dengan banyak korban atau pelaku, kejadian di luar negeri, dan detail "
                        "pengecoh."
                    ),
                ],
                "teaches": [
                    "pelaku.nik",
                    "pelaku.nama",
                    "pelaku.jenis_kelamin",
                    "pelaku.usia",
                    "pelaku.pendidikan",
                    "pelaku.pekerjaan",
                    "pelaku.alamat",
                    "pelaku.wilayah",
                    "kejadian.luar_negeri",
                    "kejadian.negara",
                    "kejadian.wilayah",
                    "kejadian.kronologi",
                    "layanan.tanggal",
                    "layanan.lembaga",
                ],
                "body": [
                    ("heading", {"text": "Langkah 4: Pelaku / Terlapor", "level": "h2"}),
                    ("paragraph", (
                        "<p>Sebuah kasus boleh tidak memiliki pelaku yang tercatat, boleh juga memiliki "
                        "beberapa pelaku. Dokumen sumber jarang tahu banyak tentang pelaku, jadi isi hanya "
                        "yang disebutkan dan jangan melengkapi dengan dugaan.</p>"
                    )),
                    ("steps", [
                        {
                            "title": "Tambah pelaku",
                            "text": (
                                "Klik Tambah pelaku untuk setiap orang yang disebut melakukan kekerasan. Bila "
                                "identitasnya tidak diketahui, tulis Tidak diketahui di kolom Nama. Jenis "
                                "Kelamin tetap wajib diisi; biasanya dokumen menyebutnya, misalnya “seorang "
                                "laki-laki yang tidak dikenal korban”."
                            ),
                        },
                        {
                            "title": "Identitas pelaku",
                            "text": (
                                "NIK pelaku biasanya tidak diketahui; kosongkan kecuali dokumen menyebutnya. "
                                "Isi Usia, Pendidikan, Pekerjaan, Alamat, dan Wilayah hanya bila disebutkan."
                            ),
                        },
                        {
                            "title": "Hubungan dengan setiap korban",
                            "text": (
                                "Di bawah data pelaku muncul satu kolom Hubungan dengan Korban untuk setiap "
                                "korban. Pilih hubungannya dengan korban itu. Pelaku yang tidak dikenal "
                                "korban: NA. Bila memilih Lainnya, tulis keterangannya, misalnya Calo tenaga "
                                "kerja."
                            ),
                        },
                    ]),
                    ("heading", {"text": "Langkah 5: Kejadian", "level": "h2"}),
                    ("paragraph", (
                        "<p>Bagian atas langkah ini berlaku untuk seluruh kasus: tanggal, lokasi, dan "
                        "kronologi. Bagian bawahnya diisi untuk setiap korban: tempat kejadian, bentuk "
                        "kekerasan, dan KDRT.</p>"
                    )),
                    ("steps", [
                        {
                            "title": "Tanggal Kejadian",
                            "text": (
                                "Tanggal kekerasan terjadi, bukan tanggal lapor. Tanggal ini tidak boleh "
                                "sebelum tanggal lahir korban dan tidak boleh sesudah Tanggal Lapor. Bedakan "
                                "juga dari tanggal korban pertama kali bercerita kepada keluarga."
                            ),
                        },
                        {
                            "title": "Lokasi Kejadian",
                            "text": (
                                "Pilih wilayah tempat kekerasan terjadi, minimal sampai Kab/Kota dan sebaiknya "
                                "sampai Kel/Desa. Bila terjadi di luar negeri, centang Kejadian di Luar Negeri "
                                "dan isi Negara Kejadian; wilayah tidak perlu diisi."
                            ),
                        },
                        {
                            "title": "Kronologi",
                            "text": (
                                "Tulis ringkas dengan kata-kata sendiri: siapa berbuat apa, kapan, dan di "
                                "mana. Kronologi tidak dinilai, tetapi sangat membantu petugas lain yang "
                                "membaca kasus ini. Hindari detail yang tidak perlu atau yang menyudutkan "
                                "korban."
                            ),
                        },
                        {
                            "title": "Tempat Kejadian per korban",
                            "text": (
                                "Pilih tepat satu tempat untuk setiap korban: Rumah Tangga, Tempat Kerja, "
                                "Sekolah, Fasilitas Umum, Lembaga Pendidikan Kilat, atau Lainnya dengan "
                                "keterangan."
                            ),
                        },
                        {
                            "title": "Bentuk Kekerasan dan KDRT per korban",
                            "text": (
                                "Centang semua bentuk yang dialami korban itu, lalu tentukan KDRT Ya atau "
                                "Tidak. Dua korban dalam satu kasus bisa berbeda isiannya."
                            ),
                        },
                    ]),
                    ("heading", {"text": "Langkah 6: Layanan", "level": "h2"}),
                    ("steps", [
                        {
                            "title": "Satu baris per layanan per korban",
                            "text": (
                                "Klik Tambah layanan, pilih korbannya, lalu pilih Jenis Layanan. Bila dua "
                                "korban sama-sama mendapat konseling, buat dua baris."
                            ),
                        },
                        {
                            "title": "Tanggal Layanan",
                            "text": (
                                "Tanggal layanan diberikan, tidak boleh lebih awal dari Tanggal Lapor. Layanan "
                                "Pengaduan biasanya bertanggal sama dengan Tanggal Lapor."
                            ),
                        },
                        {
                            "title": "Lembaga Pemberi Layanan",
                            "text": (
                                "Nama lembaga yang memberikan layanan itu, misalnya RSUD Kota Cilegon atau "
                                "UPTD PPA Kota Cilegon."
                            ),
                        },
                        {
                            "title": "Rujukan ke",
                            "text": (
                                "Isi bila layanan itu berupa pengiriman korban ke lembaga lain, misalnya Unit "
                                "PPA Polres Cilegon; kosongkan bila tidak ada rujukan."
                            ),
                        },
                    ]),
                    ("heading", {"text": "Langkah 7 dan 8: Tinjau dan Simpan", "level": "h2"}),
                    ("steps", [
                        {
                            "title": "Tinjau",
                            "text": (
                                "Halaman Tinjau menampilkan seluruh isian, termasuk Usia, Kelompok Umur, dan "
                                "Status Usia yang dihitung dari tanggal lahir dan tanggal kejadian. Cocokkan "
                                "sekali lagi dengan dokumen sumber, dan gunakan Kembali untuk memperbaiki "
                                "langkah sebelumnya."
                            ),
                        },
                        {
                            "title": "Simpan dan baca umpan balik",
                            "text": (
                                "Setelah Simpan, perhatikan isian yang salah, jenis kesalahannya, dan "
                                "aturannya. Ulangi kasus bila perlu."
                            ),
                        },
                    ]),
                    ("callout", {
                        "kind": "warning",
                        "title": "Waspadai detail pengecoh",
                        "text": (
                            "<p>Kasus tingkat mahir sengaja memuat informasi yang tampak penting tetapi tidak "
                            "mengubah isian: saksi yang tidak mengalami kekerasan, tanggal korban pertama kali "
                            "bercerita kepada kakaknya, kejadian serupa di masa lalu yang tidak pernah "
                            "dilaporkan, atau orang yang membantu tetapi bukan pelapor. Untuk setiap fakta, "
                            "tanyakan: apakah fakta ini mengubah sesuatu di formulir?</p>"
                        ),
                    }),
                    ("heading", {"text": "Kasus dengan banyak pihak", "level": "h3"}),
                    ("paragraph", (
                        "<p>Pada kasus mahir, satu pelaku bisa menyakiti dua korban, atau satu korban disakiti "
                        "dua pelaku. Urutan yang membantu: catat semua korban lebih dulu, lalu semua pelaku, "
                        "dan baru isi hubungan untuk setiap pasangan. Korban WNA dicatat dengan negaranya; "
                        "korban penyandang disabilitas dengan jenis disabilitasnya. Perhatikan pula kasus "
                        "pekerja migran yang mengalami kekerasan di luar negeri: lokasi kejadiannya adalah "
                        "negara tujuan, sedangkan Tempat Kejadian-nya biasanya Tempat Kerja.</p>"
                    )),
                    ("exercise", {
                        "slug": "latihan-menengah",
                        "intro": (
                            "Sepuluh kasus fiktif dengan korban anak, beberapa bentuk kekerasan, dan layanan "
                            "yang diberikan. Nilai lulusnya 80."
                        ),
                    }),
                    ("exercise", {
                        "slug": "latihan-mahir",
                        "intro": (
                            "Delapan kasus fiktif dengan dua korban atau lebih, fakta tersirat, detail "
                            "pengecoh, serta korban WNA atau penyandang disabilitas. Setiap percobaan dibatasi "
                            "30 menit; nilai lulusnya 75."
                        ),
                    }),
                ],
            },
            {
                "title": "Kualitas data: kesalahan yang sering terjadi",
                "slug": "kualitas-data-kesalahan-umum",
                "start": "13:00",
                "end": "14:15",
                "type": "diskusi",
                "speakers": ["operator-prov", "kanit-ppa"],
                "objectives": [
                    "Mengenali kesalahan pengisian yang paling sering muncul dan akibatnya pada rekap.",
                    "Memeriksa NIK, tanggal, dan usia korban dengan aturan yang benar.",
                    (
                        "Mencatat tempat kejadian, bentuk kekerasan, pilihan Lainnya, dan hubungan pelaku per "
                        "korban secara konsisten."
                    ),
                    "Menyepakati langkah mencegah kasus ganda antarunit di Kota Cilegon.",
                ],
                "teaches": [
                    "korban.nik",
                    "kejadian.tanggal_kejadian",
                    "kejadian_korban.tempat",
                    "relasi.hubungan",
                ],
                "body": [
                    ("heading", {"text": "Bahan diskusi", "level": "h2"}),
                    ("paragraph", (
                        "<p>Sesi ini bertolak dari peta kesalahan pre-test dan praktik pagi tadi. Fasilitator "
                        "menampilkan isian yang paling sering salah di ruangan ini, lalu kita telusuri "
                        "sebabnya bersama. Di bawah ini sembilan kesalahan yang paling sering ditemui beserta "
                        "cara menghindarinya.</p>"
                    )),
                    ("heading", {"text": "1. Tanggal kejadian tertukar dengan tanggal lapor", "level": "h3"}),
                    ("paragraph", (
                        "<p>Tanggal Lapor adalah hari kasus diterima unit; Tanggal Kejadian adalah hari "
                        "kekerasan terjadi. Jaraknya bisa berhari-hari bahkan berbulan-bulan, terutama pada "
                        "kekerasan seksual terhadap anak yang baru terungkap belakangan. Urutannya selalu: "
                        "<b>tanggal lahir ≤ tanggal kejadian ≤ tanggal lapor ≤ tanggal layanan</b>. Rekap "
                        "SIMFONI-PPA dihitung menurut tanggal lapor, sedangkan usia korban dihitung pada "
                        "tanggal kejadian, sehingga kesalahan ini merusak dua hal sekaligus.</p>"
                    )),
                    ("heading", {"text": "2. NIK perempuan tanpa tambahan 40", "level": "h3"}),
                    ("paragraph", (
                        "<p>Enam digit pertama NIK adalah kode provinsi, kabupaten/kota, dan kecamatan; enam "
                        "digit berikutnya tanggal lahir dalam urutan hari, bulan, dan dua digit tahun; empat "
                        "digit terakhir nomor urut. Untuk perempuan, angka hari lahir ditambah 40. Contoh "
                        "fiktif: perempuan yang lahir 7 Maret 2009 memiliki digit ke-7 sampai ke-12 "
                        "<b>470309</b>, sedangkan laki-laki dengan tanggal lahir yang sama <b>070309</b>. Bila "
                        "sandbox menyatakan NIK tidak cocok dengan jenis kelamin, periksa dulu jenis "
                        "kelaminnya, baru NIK-nya; keduanya bisa salah ketik.</p>"
                    )),
                    ("heading", {"text": "3. Kode wilayah NIK dianggap alamat sekarang", "level": "h3"}),
                    ("paragraph", (
                        "<p>Kode wilayah di awal NIK menunjukkan tempat NIK pertama kali diterbitkan, bukan "
                        "tempat tinggal korban saat ini. Korban yang NIK-nya berawalan 3604 (kode Kabupaten "
                        "Serang) tetapi kini tinggal di Citangkil tetap dicatat dengan Wilayah Domisili Kota "
                        "Cilegon. Jangan mengubah alamat agar cocok dengan NIK, dan jangan mengubah NIK agar "
                        "cocok dengan alamat.</p>"
                    )),
                    ("glossary", ["nik"]),
                    ("heading", {"text": "4. Usia diketik, bukan dihitung", "level": "h3"}),
                    ("paragraph", (
                        "<p>Kelompok Umur dan Status Usia dihitung sistem dari tanggal lahir pada tanggal "
                        "kejadian. Kesalahan yang sering terjadi: mengisi Usia padahal tanggal lahir "
                        "diketahui, mengisi usia saat melapor, atau mengarang tanggal lahir “1 Januari” dari "
                        "usia. Bila tanggal lahir ada, isi tanggal lahir; bila tidak, isi usia saat "
                        "kejadian.</p>"
                    )),
                    ("glossary", ["kelompok-umur"]),
                    ("heading", {
                        "text": "5. Lebih dari satu tempat kejadian untuk satu korban",
                        "level": "h3",
                    }),
                    ("paragraph", (
                        "<p>Setiap korban memiliki tepat <b>satu</b> Tempat Kejadian, yaitu tempat kekerasan "
                        "itu terjadi, bukan tempat kasus dilaporkan atau tempat korban diperiksa. Kekerasan "
                        "oleh suami di rumah: Rumah Tangga; oleh guru di sekolah: Sekolah; oleh majikan di "
                        "toko tempatnya bekerja: Tempat Kerja. Bila dokumen menyebut beberapa tempat, pilih "
                        "tempat kejadian utama yang disebut dokumen.</p>"
                    )),
                    ("heading", {"text": "6. Hanya satu bentuk kekerasan", "level": "h3"}),
                    ("paragraph", (
                        "<p>Berbeda dengan tempat kejadian, bentuk kekerasan justru boleh lebih dari satu. "
                        "Memilih hanya bentuk “yang paling berat”, seperti kebiasaan GBVIMS, membuat kekerasan "
                        "psikis dan penelantaran tidak terlihat dalam rekap kota.</p>"
                    )),
                    ("heading", {"text": "7. Lainnya tanpa keterangan", "level": "h3"}),
                    ("paragraph", (
                        "<p>Pilihan Lainnya, baik pada unit layanan, hubungan pelapor, hubungan pelaku, tempat "
                        "kejadian, maupun bentuk kekerasan, wajib disertai keterangan. Lainnya tanpa "
                        "keterangan tidak dapat dianalisis, dan sering kali isiannya sebenarnya cocok dengan "
                        "salah satu pilihan yang tersedia. Sebelum memilih Lainnya, baca sekali lagi seluruh "
                        "pilihan.</p>"
                    )),
                    ("heading", {
                        "text": "8. Hubungan pelaku dicatat sekali untuk seluruh kasus",
                        "level": "h3",
                    }),
                    ("paragraph", (
                        "<p>Hubungan dicatat untuk setiap <b>pasangan</b> pelaku dan korban. Seorang ayah yang "
                        "memukul istri dan anaknya adalah Suami/Istri bagi korban pertama dan Orang Tua bagi "
                        "korban kedua. Pelaku yang tidak dikenal korban dicatat dengan hubungan NA, bukan "
                        "Lainnya.</p>"
                    )),
                    ("heading", {"text": "9. Kasus ganda antarunit", "level": "h3"}),
                    ("paragraph", (
                        "<p>Korban yang dirujuk dari Puskesmas ke UPTD PPA lalu ke Unit PPA Polres bisa "
                        "tercatat tiga kali bila setiap unit membuat kasus baru. Kasus ganda juga mudah lolos "
                        "ketika nama korban ditulis berbeda-beda (dengan atau tanpa gelar, nama panggilan, "
                        "atau ejaan lain), sehingga pencarian dengan nama saja tidak menemukannya. NIK yang "
                        "benar dan tanggal lahir yang lengkap adalah alat terbaik untuk mengenali korban yang "
                        "sama.</p>"
                    )),
                    ("glossary", ["satu-data", "rujukan"]),
                    ("callout", {
                        "kind": "info",
                        "title": "Pertanyaan diskusi",
                        "text": (
                            "<ul>"
                            "<li>Di unit Bapak/Ibu, siapa yang mencatat kasus rujukan: unit pengirim atau unit "
                            "penerima?</li>"
                            "<li>Bagaimana memastikan korban belum tercatat sebelum membuat kasus baru?</li>"
                            "<li>Apa yang dapat disepakati dalam rapat koordinasi data antarunit di Kota "
                            "Cilegon untuk membersihkan kasus ganda setiap bulan?</li>"
                            "</ul>"
                        ),
                    }),
                    ("heading", {"text": "Daftar periksa sebelum Simpan", "level": "h2"}),
                    ("steps", [
                        {
                            "title": "Cocokkan tanggal",
                            "text": (
                                "Tanggal lahir, tanggal kejadian, tanggal lapor, dan tanggal layanan berurutan "
                                "dan masing-masing diambil dari kalimat dokumen yang tepat."
                            ),
                        },
                        {
                            "title": "Cocokkan NIK",
                            "text": (
                                "NIK 16 digit, hari lahirnya ditambah 40 bila korban perempuan, dan tanggal "
                                "lahirnya sama dengan isian Tanggal Lahir."
                            ),
                        },
                        {
                            "title": "Periksa setiap korban",
                            "text": (
                                "Setiap korban punya satu tempat kejadian, semua bentuk kekerasan yang "
                                "dialaminya, dan nilai KDRT."
                            ),
                        },
                        {
                            "title": "Periksa setiap pasangan",
                            "text": "Setiap pasangan pelaku dan korban punya hubungannya sendiri.",
                        },
                        {
                            "title": "Periksa Lainnya dan pilihan bersyarat",
                            "text": (
                                "Setiap Lainnya berketerangan, setiap WNA bernegara, dan setiap Disabilitas Ya "
                                "memiliki jenisnya."
                            ),
                        },
                    ]),
                    ("callout", {
                        "kind": "warning",
                        "title": "Contoh dari kasus nyata tanpa identitas",
                        "text": (
                            "<p>Dalam diskusi, ceritakan pola kesalahan dari unit Bapak/Ibu tanpa menyebut "
                            "nama, alamat, sekolah, atau ciri yang dapat mengenali korban. Yang kita bahas "
                            "adalah cara mencatat, bukan siapa korbannya.</p>"
                        ),
                    }),
                ],
            },
            {
                "title": "Post-test dan evaluasi",
                "slug": "post-test-dan-evaluasi",
                "start": "14:30",
                "end": "15:40",
                "type": "posttest",
                "speakers": ["operator-prov", "kabid-pppa"],
                "objectives": [
                    "Mengukur kemampuan peserta setelah pelatihan dan membandingkannya dengan pre-test.",
                    "Memberi masukan bagi penyelenggaraan pelatihan berikutnya.",
                ],
                "teaches": [],
                "body": [
                    ("heading", {"text": "Post-test", "level": "h2"}),
                    ("paragraph", (
                        "<p>Post-test disusun setara dengan pre-test: tiga kasus fiktif tingkat menengah, satu "
                        "kali percobaan per kasus, dengan batas waktu yang ditampilkan di halaman latihan. "
                        "Kasusnya berbeda dari pre-test, tetapi menguji keterampilan yang sama, sehingga "
                        "kemajuan Bapak/Ibu dapat dibandingkan. Nilai dan umpan balik dibuka oleh fasilitator "
                        "setelah seluruh peserta selesai.</p>"
                    )),
                    ("exercise", {
                        "slug": "post-test",
                        "intro": (
                            "Tiga kasus fiktif tingkat menengah, satu kali percobaan per kasus. Nilai dan "
                            "umpan balik dibuka oleh fasilitator."
                        ),
                    }),
                    ("heading", {"text": "Evaluasi pelatihan", "level": "h2"}),
                    ("paragraph", (
                        "<p>Setelah post-test, mohon isi lembar evaluasi yang dibagikan panitia. Kami ingin "
                        "mengetahui materi mana yang paling berguna, bagian formulir mana yang masih "
                        "membingungkan, dan dukungan apa yang Bapak/Ibu perlukan saat kembali mencatat kasus "
                        "di unit masing-masing.</p>"
                    )),
                    ("callout", {
                        "kind": "info",
                        "title": "Sebelum menekan Simpan",
                        "text": (
                            "<p>Pakai daftar periksa dari sesi kualitas data: urutan tanggal, NIK, isian "
                            "setiap korban, hubungan setiap pasangan pelaku dan korban, serta keterangan untuk "
                            "setiap pilihan Lainnya.</p>"
                        ),
                    }),
                ],
            },
            {
                "title": "Penutupan",
                "slug": "penutupan",
                "start": "15:40",
                "end": "16:00",
                "type": "seremonial",
                "speakers": ["kabid-pppa"],
                "objectives": ["Merangkum hasil pelatihan dan menyepakati tindak lanjut."],
                "teaches": [],
                "body": [
                    ("heading", {"text": "Rangkuman dan tindak lanjut", "level": "h2"}),
                    ("paragraph", (
                        "<p>Kepala Bidang PPPA merangkum pelajaran dua hari ini: mencatat adalah bagian dari "
                        "melindungi; setiap korban dicatat dengan semua bentuk kekerasan yang dialaminya; usia "
                        "dihitung pada tanggal kejadian; dan setiap kasus dicatat satu kali untuk satu data "
                        "kekerasan Kota Cilegon.</p>"
                        "<p>Tindak lanjut yang disepakati:</p>"
                        "<ul>"
                        "<li>setiap unit menunjuk petugas pencatat SIMFONI-PPA dan petugas cadangannya;</li>"
                        "<li>DP3AP2KB Kota Cilegon mengadakan rapat koordinasi data secara berkala untuk "
                        "mencocokkan kasus rujukan dan membersihkan kasus ganda;</li>"
                        "<li>peserta yang sudah memenuhi ketentuan kelulusan dapat mengunduh sertifikat dari "
                        "situs ini.</li>"
                        "</ul>"
                        "<p>Terima kasih atas kesungguhan Bapak/Ibu selama dua hari ini.</p>"
                    )),
                    ("callout", {
                        "kind": "info",
                        "title": "Terus berlatih, tetap dengan kasus fiktif",
                        "text": (
                            "<p>Sandbox SIMFONI Latih tetap terbuka untuk berlatih setelah pelatihan. Gunakan "
                            "kasus latihan yang tersedia, dan ingatlah bahwa data korban yang sebenarnya hanya "
                            "dicatat di SIMFONI-PPA, tidak pernah di sandbox ini.</p>"
                        ),
                    }),
                ],
            },
        ],
    },
]
