"""The entry's declared shape and its one iterator, on generated cases of every level."""

import dataclasses

import pytest

from exercises.fields import SECTION_PATHS, Repeat, Section, section_repeat
from exercises.generator import DIFFICULTIES, generate_case
from exercises.shape import Location, entry_rows, row_at, section_items
from tests.samples import sample_entry


def test_each_section_declares_what_it_repeats_over():
    assert {s: section_repeat(s) for s in Section} == {
        Section.REGISTRASI: Repeat.CASE, Section.PELAPOR: Repeat.CASE, Section.KORBAN: Repeat.VICTIM,
        Section.PELAKU: Repeat.PERPETRATOR, Section.RELASI: Repeat.PAIR, Section.KEJADIAN: Repeat.CASE,
        Section.KEJADIAN_KORBAN: Repeat.VICTIM, Section.LAYANAN: Repeat.SERVICE,
    }
    assert [step.key for step in SECTION_PATHS[Section.RELASI]] == ["pelaku", "relasi"]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("seed", range(15))
def test_entry_rows_visits_every_row_of_a_generated_key_once(difficulty, seed):
    key = generate_case(seed=seed, difficulty=difficulty).key
    items = list(entry_rows(key))
    victims, perpetrators, services = len(key["korban"]), len(key["pelaku"]), len(key["layanan"])
    expected = {
        Location(Section.REGISTRASI), Location(Section.PELAPOR), Location(Section.KEJADIAN),
        *(Location(Section.KORBAN, victim=v) for v in range(victims)),
        *(Location(Section.KEJADIAN_KORBAN, victim=v) for v in range(victims)),
        *(Location(Section.PELAKU, perpetrator=p) for p in range(perpetrators)),
        *(Location(Section.RELASI, perpetrator=p, victim=v) for p in range(perpetrators) for v in range(victims)),
        *(Location(Section.LAYANAN, service=s) for s in range(services)),
    }
    locations = [location for _, location, _ in items]
    assert len(locations) == len(set(locations)) and set(locations) == expected
    for section, location, row in items:
        assert section is location.section
        assert row is row_at(key, location)  # the very dict, found again from the location alone
    # the form's order: each perpetrator is followed by its relationships, the incident by its rows per victim
    sections = [section for section, _, _ in items]
    assert sections[:2] == [Section.REGISTRASI, Section.PELAPOR]
    for index, section in enumerate(sections):
        if section is Section.RELASI:
            assert sections[index - 1] in (Section.PELAKU, Section.RELASI)
        if section is Section.KEJADIAN_KORBAN:
            assert sections[index - 1] in (Section.KEJADIAN, Section.KEJADIAN_KORBAN)
    assert section_items(key, Section.KEJADIAN_KORBAN) == key["kejadian"]["korban"]


def test_a_location_is_a_frozen_value_not_a_string():
    location = Location(Section.RELASI, victim=1, perpetrator=0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        location.victim = 2
    assert location.indices() == {"victim": 1, "perpetrator": 0}
    assert Location.from_row({"section": "relasi", "location": {"victim": 1, "perpetrator": 0}}) == location
    assert {location: "pair"}[Location(Section.RELASI, perpetrator=0, victim=1)] == "pair"


def test_missing_or_malformed_parts_yield_empty_rows_not_errors():
    assert [(s, row) for s, _, row in entry_rows({})] == [
        (Section.REGISTRASI, {}), (Section.PELAPOR, {}), (Section.KEJADIAN, {})]
    entry = sample_entry()
    entry["pelaku"][0]["relasi"] = None
    assert Section.RELASI not in {s for s, location, _ in entry_rows(entry) if location.perpetrator == 0}
    assert row_at(entry, Location(Section.KORBAN, victim=9)) == {}
