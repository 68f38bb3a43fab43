"""The answer key: a case's truth in exactly the shape and codes the sandbox form stores."""

from __future__ import annotations

from functools import cache

from .. import vocab
from ..fields import Kind, Section, section_fields
from .truth import CaseTruth, Person


def blank(section: Section) -> dict:
    """Every field of a section at the value an untouched form stores."""
    return {name: list(value) if isinstance(value, list) else value for name, value in _blank(section).items()}


@cache
def _blank(section: Section) -> dict:
    empty = {Kind.MULTICODE: [], Kind.DATE: None, Kind.BOOL: False, Kind.AGE: None}
    out = {}
    for spec in section_fields(section):
        out[spec.name] = list(empty[spec.kind]) if spec.kind is Kind.MULTICODE else empty.get(spec.kind, "")
        if spec.other_detail_name:
            out[spec.other_detail_name] = ""
    return out


def _victim(person: Person) -> dict:
    row = blank(Section.KORBAN)
    row.update(
        nik=person.nik, nama=person.name, jenis_kelamin=person.sex, tempat_lahir=person.birthplace,
        tanggal_lahir=person.birth_date.isoformat() if person.birth_date else None,
        usia=None if person.birth_date else person.age, alamat=person.street, wilayah=person.region,
        pendidikan=person.education or vocab.NA, pekerjaan=person.occupation or vocab.NA,
        status_perkawinan=person.marital, agama=person.religion, kewarganegaraan=person.citizenship,
        negara=person.country, disabilitas=bool(person.disability), jenis_disabilitas=sorted(person.disability),
    )
    return row


def _perpetrator(case: CaseTruth, index: int) -> dict:
    person = case.perpetrators[index]
    row = blank(Section.PELAKU)
    row.update(nama=person.name, jenis_kelamin=person.sex, usia=person.age, pekerjaan=person.occupation,
               alamat=person.street, wilayah=person.region)
    row["relasi"] = [{"hubungan": r.code, "hubungan_lainnya": r.detail} for r in case.relations[index]]
    return row


def _reporter(case: CaseTruth) -> dict:
    row = blank(Section.PELAPOR)
    reporter = case.reporter
    if reporter is None:
        row.update(pelapor_korban=True, hubungan=vocab.DIRI_SENDIRI)
        return row
    row.update(nama=reporter.name, jenis_kelamin=reporter.sex, no_hp=reporter.phone,
               hubungan=case.reporter_relation)
    if reporter.region:
        row.update(alamat=reporter.street, wilayah=reporter.region)
    elif case.kind in ("surat_rujukan", "ringkasan_ppt"):
        row.update(alamat=reporter.street)  # the referring institution
    return row


def answer_key(case: CaseTruth, *, narrative: str) -> dict:
    registrasi = blank(Section.REGISTRASI)
    registrasi.update(unit_layanan=vocab.UPTD_PPA, tanggal_lapor=case.tanggal_lapor.isoformat(),
                      kanal_pengaduan=case.kanal)
    kejadian = blank(Section.KEJADIAN)
    kejadian.update(tanggal_kejadian=case.tanggal_kejadian.isoformat(), luar_negeri=bool(case.abroad_country),
                    negara=case.abroad_country, wilayah=case.incident_region, kronologi=narrative[:5000])
    kejadian["korban"] = []
    for incident in case.incidents:
        row = blank(Section.KEJADIAN_KORBAN)
        row.update(tempat=incident.place, bentuk=sorted(incident.forms), kdrt=incident.kdrt)
        kejadian["korban"].append(row)
    return {
        "registrasi": registrasi,
        "pelapor": _reporter(case),
        "korban": [_victim(v) for v in case.victims],
        "pelaku": [_perpetrator(case, i) for i in range(len(case.perpetrators))],
        "kejadian": kejadian,
        "layanan": [
            {"korban": s.victim, "jenis": s.kind, "tanggal": s.day.isoformat(), "lembaga": s.provider,
             "rujukan": s.referral}
            for s in case.services
        ],
    }
