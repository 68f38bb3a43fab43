"""An entry laid out for reading: the Tinjau step, the case page and (later) feedback.

Pure functions over the entry JSON; labels and display rules come from the field
declaration, derived ages from ``derive.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from lokal import parse_phone

from . import derive, regions, vocab
from .fields import SECTION_TITLES, FieldSpec, Kind, Section, section_fields
from .forms.declared import parse_date
from .forms.steps import STEP_OF_SECTION
from .shape import entry_rows, section_items

EMPTY = "—"


@dataclass
class Row:
    label: str
    value: str
    derived: bool = False


@dataclass
class Block:
    title: str
    step: str
    rows: list[Row] = field(default_factory=list)


def display_value(spec: FieldSpec, value, detail: str = "") -> str:
    """How a stored value reads on screen."""
    if value in (None, "", []):
        return EMPTY
    kind = spec.kind
    if kind is Kind.CODE:
        label = spec.vocab.label(value)
        return f"{label}: {detail}" if value == vocab.OTHER and detail else label
    if kind is Kind.MULTICODE:
        return ", ".join(f"{spec.vocab.label(code)}: {detail}" if code == vocab.OTHER and detail
                         else spec.vocab.label(code) for code in value)
    if kind is Kind.DATE:
        parsed = parse_date(value)
        return date_format(parsed, "j F Y") if parsed else str(value)
    if kind is Kind.BOOL:
        return "Ya" if value else "Tidak"
    if kind is Kind.AGE:
        return f"{value} tahun"
    if kind is Kind.REGION:
        return regions.full_name(value)
    if kind is Kind.PHONE:
        return parse_phone(value).national or value
    return str(value)


def section_rows(section: Section, stored: dict) -> list[Row]:
    return [
        Row(spec.label, display_value(spec, stored.get(spec.name), stored.get(spec.other_detail_name or "", "")))
        for spec in section_fields(section)
    ]


def incident_date(entry: dict):
    kejadian, registrasi = entry.get("kejadian", {}), entry.get("registrasi", {})
    return parse_date(kejadian.get("tanggal_kejadian")) or parse_date(registrasi.get("tanggal_lapor"))


def victim_derived(victim: dict, on) -> dict | None:
    return derive.derived(birth_date=parse_date(victim.get("tanggal_lahir")), age=victim.get("usia"), on=on)


def derived_rows(victim: dict, on) -> list[Row]:
    values = victim_derived(victim, on)
    if values is None:
        return [Row(_("Age at the incident"), EMPTY, derived=True)]
    return [
        Row(_("Age at the incident"), f"{values['usia']} tahun", derived=True),
        Row("Kelompok Umur", values["kelompok_umur"], derived=True),
        Row("Status Usia", vocab.STATUS_USIA.label(values["status_usia"]), derived=True),
    ]


def victim_name(entry: dict, index: int) -> str:
    """The victim's name as entered, or "Korban N" while it is still empty."""
    victims = section_items(entry, Section.KORBAN)
    name = victims[index].get("nama") if 0 <= index < len(victims) else ""
    return name or _("Victim %(number)d") % {"number": index + 1}


def victim_label(entry: dict, index: int) -> str:
    """"1 · Rina Lestari": the number keeps two victims with one name apart."""
    return f"{index + 1} · {victim_name(entry, index)}"


def entry_blocks(entry: dict) -> list[Block]:
    """The whole entry as titled blocks, each naming the wizard step that edits it."""
    on = incident_date(entry)
    blocks: list[Block] = []
    services: list[Row] = []
    for section, location, stored in entry_rows(entry):
        if section is Section.PELAPOR and stored.get("pelapor_korban"):
            rows = [Row("Pelapor adalah korban sendiri", "Ya"), Row("Nama Pelapor", victim_name(entry, 0))]
            blocks.append(Block(SECTION_TITLES[section], STEP_OF_SECTION[section], rows))
        elif section is Section.KORBAN:
            blocks.append(Block(
                f"{SECTION_TITLES[section]} {victim_label(entry, location.victim)}", STEP_OF_SECTION[section],
                section_rows(section, stored) + derived_rows(stored, on),
            ))
        elif section is Section.PELAKU:
            blocks.append(Block(f"{SECTION_TITLES[section]} {location.perpetrator + 1}", STEP_OF_SECTION[section],
                                section_rows(section, stored)))
        elif section is Section.RELASI:  # inside the perpetrator's block, one line per victim
            spec = section_fields(section)[0]
            blocks[-1].rows.append(Row(
                f"Hubungan dengan korban {victim_label(entry, location.victim)}",
                display_value(spec, stored.get(spec.name), stored.get(spec.other_detail_name, "")),
            ))
        elif section is Section.KEJADIAN_KORBAN:  # inside the incident's block
            blocks[-1].rows += [Row(f"{r.label} – {victim_label(entry, location.victim)}", r.value)
                                for r in section_rows(section, stored)]
        elif section is Section.LAYANAN:
            victim_index = stored.get("korban")
            who = victim_label(entry, victim_index) if isinstance(victim_index, int) else EMPTY
            values = [r.value for r in section_rows(section, stored)]
            services.append(Row(who, " · ".join(v for v in values if v != EMPTY)))
        else:
            blocks.append(Block(SECTION_TITLES[section], STEP_OF_SECTION[section], section_rows(section, stored)))
    blocks.append(Block(SECTION_TITLES[Section.LAYANAN], STEP_OF_SECTION[Section.LAYANAN],
                        services or [Row(_("Services"), EMPTY)]))
    return blocks


def entry_warnings(entry: dict) -> list[str]:
    """Warnings that never block saving: SIMFONI's mandate is women and children."""
    on = incident_date(entry)
    warnings = []
    for index, victim in enumerate(section_items(entry, Section.KORBAN)):
        values = victim_derived(victim, on)
        if victim.get("jenis_kelamin") == "L" and values and values["status_usia"] == vocab.DEWASA:
            warnings.append(_(
                "Victim %(name)s is an adult man. SIMFONI-PPA records violence against women and "
                "children: check the entry. It can still be saved."
            ) % {"name": victim_label(entry, index)})
    if not section_items(entry, Section.LAYANAN):
        warnings.append(_("No service is entered. SIMFONI records every service a victim receives, at least "
                          "the complaint itself: check the document. The case can still be saved."))
    return warnings


def entry_summary(entry: dict) -> dict:
    """The few facts the Daftar Kasus shows per row."""
    victims = section_items(entry, Section.KORBAN)
    forms_of_violence = sorted({code for row in section_items(entry, Section.KEJADIAN_KORBAN)
                                for code in row.get("bentuk", [])})
    return {
        "tanggal_lapor": parse_date(entry.get("registrasi", {}).get("tanggal_lapor")),
        "korban_utama": victims[0].get("nama", "") if victims else "",
        "jumlah_korban": len(victims),
        "jumlah_pelaku": len(section_items(entry, Section.PELAKU)),
        "bentuk": [vocab.BENTUK_KEKERASAN.label(code) for code in forms_of_violence],
    }
