"""What a SAPA 129 counsellor asks, how callers answer, and how each side addresses the other.

Several ways to say each question and answer, so no shape dominates the transcripts; forms of
address follow sex and age (Bu, Pak, Mbak, Mas, Dik), for the caller and the counsellor alike.
"""

from __future__ import annotations

# The counsellor's questions: several ways each, so no question shape dominates the transcripts.
ASK = {
    "address": ("Alamatnya di mana?", "Tinggalnya di mana, {a}?", "Rumahnya di daerah mana?", "Boleh alamat lengkapnya?",
                "Sekarang tinggal di mana?", "Alamat rumahnya, {a}?", "Domisilinya di mana, {a}?",
                "Rumahnya di mana, {a}? Lengkap dengan RT/RW.", "Boleh saya catat alamatnya, {a}?"),
    "nik": ("Ada NIK-nya?", "Punya nomor NIK, {a}?", "NIK-nya ada, {a}?", "Kalau NIK, ada?", "Boleh saya catat NIK-nya?",
            "KTP atau KK-nya ada? Saya perlu NIK.", "Nomor induk kependudukannya ada?"),
    "phone": ("Nomor yang bisa kami hubungi, {a}?", "Boleh minta nomor HP, {a}?", "Nomor HP {ap} berapa?",
              "Kalau kami mau telepon balik, ke nomor berapa?", "Nomor ini bisa dihubungi, {a}?",
              "Boleh catat nomor WA atau HP-nya?", "Nomor aktifnya berapa, {a}?", "Kontak {ap} yang bisa dihubungi?"),
    "victim": ("Korbannya siapa namanya?", "Nama lengkap korbannya siapa, {a}?", "Yang mengalami siapa namanya?",
               "Boleh nama lengkap anaknya?", "Siapa nama korbannya, {a}?", "Namanya siapa, yang jadi korban?",
               "Korbannya siapa, {a}? Nama lengkap ya.", "Anaknya namanya siapa, {a}?", "Tolong sebut nama korbannya."),
    "another": ("Lalu yang satu lagi?", "Terus yang satunya, {a}?", "Korban yang lain siapa?", "Yang kedua namanya?",
                "Ada lagi yang jadi korban?", "Satu lagi siapa namanya, {a}?"),
    "story": ("Baik. Bisa diceritakan apa yang terjadi?", "Iya. Coba ceritakan pelan-pelan, {a}.",
              "Apa yang terjadi, {a}?", "Boleh diceritakan kejadiannya?", "Ceritakan saja, {a}, kami dengarkan.",
              "Kejadiannya seperti apa?", "Silakan cerita, {a}, pelan-pelan saja.", "Ada kejadian apa, {a}?",
              "Bisa ceritakan dari awal?"),
    "who": ("Yang melakukan itu siapa, {a}?", "Boleh tahu pelakunya?", "Orangnya siapa, {a}?",
            "Pelakunya siapa?", "Siapa yang berbuat begitu, {a}?", "Boleh sebut siapa orangnya?",
            "Yang menyakiti siapa, {a}?", "Pelakunya kenal, {a}?", "Orang itu siapanya, {a}?"),
    "other": ("Ada orang lain lagi?", "Selain dia, ada lagi?", "Ada yang ikut-ikutan juga, {a}?",
              "Siapa lagi?", "Yang lain siapa?", "Masih ada orang lain, {a}?", "Lalu siapa lagi, {a}?"),
    # Asked as the caller will answer: an age to "umurnya berapa?", a birth date to "lahirnya kapan?".
    "age": ("Umurnya berapa?", "Usianya?", "Umur berapa sekarang?", "Usianya berapa, {a}?", "Umurnya sudah berapa, {a}?",
            "Umurnya kira-kira?"),
    "birth": ("Lahirnya kapan, {a}?", "Kelahiran kapan?", "Tahu tanggal lahirnya?", "Tanggal lahirnya, {a}?",
              "Lahir tanggal berapa?", "Tanggal lahirnya ingat, {a}?"),
    "job": ("Kerjanya apa?", "Sehari-hari kegiatannya apa?", "Pekerjaannya apa, {a}?", "Kesehariannya ngapain?",
            "Kerja di mana?", "Sekarang kerja, {a}?"),
}
ASK_AGAIN = {
    "address": ("Kalau {v}, tinggalnya di mana?", "{v} tinggal di mana, {a}?", "Alamat {v} sama?",
                "Terus {v} rumahnya di mana?", "{v} serumah juga?", "Untuk {v}, alamatnya?"),
    "nik": ("NIK {v} ada?", "Kalau {v}, ada NIK-nya?", "Punya NIK juga si {v}?", "{v} sudah ada NIK?",
            "Untuk {v}, NIK-nya berapa?", "NIK-nya {v}, {a}?"),
    "age": ("{v} umurnya berapa?", "Kalau {v}, usianya?", "Umur {v} berapa, {a}?", "Berapa tahun {v} sekarang?",
            "Usia {v}?"),
    "birth": ("{v} lahir kapan?", "Kalau {v}, lahirnya kapan?", "Tanggal lahir {v}, {a}?", "{v} lahir tanggal berapa?",
              "Tahu tanggal lahir {v}?"),
    "job": ("{v} kerjanya apa?", "Kalau {v}, kerja di mana?", "{v} sehari-hari ngapain?", "Pekerjaan {v} apa?",
            "{v} kerja juga?", "Kegiatan {v} sehari-hari apa, {a}?"),
}
ANSWER_ADDRESS = ("Di ", "Rumahnya di ", "Tinggalnya di ", "Alamatnya ", "Sekarang di ", "Oh, di ",
                  "Alamat lengkapnya ", "Itu di ", "Tinggal di ", "Di daerah ")
ANSWER_ADDRESS_SELF = ("Di ", "Rumah saya di ", "Saya tinggal di ", "Alamat saya ", "Sekarang di ", "Oh, di ",
                       "Alamat lengkapnya ", "Saya di ", "Tinggal di ", "Di daerah ")
ANSWER_ADDRESS_AGAIN = ("Kalau {v}, di ", "{v} di ", "{v} tinggal di ", "Dia di ", "Rumah {v} di ", "Dia ngekos di ")
HESITATIONS = ("Eh... ", "Anu... ", "Jadi begini. ", "Hmm... ", "Itu... ", "Gimana ya... ")

PRONOUN = {"Bu": "Ibu", "Pak": "Bapak", "Dik": "Adik"}


def address_word(sex: str, age: int | None) -> str:
    if age is not None and age < 18:
        return "Dik"
    if age is not None and age < 30:
        return "Mbak" if sex == "P" else "Mas"
    return "Bu" if sex == "P" else "Pak"
