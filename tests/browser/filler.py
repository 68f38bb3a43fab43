"""A trainee's hands: types an entry into the sandbox wizard the way a person would."""

from playwright.sync_api import expect

from exercises.fields import Kind, Section, section_fields
from exercises.regions import ancestry

STEP_TITLES = ["Registrasi", "Pelapor", "Korban", "Pelaku", "Kejadian", "Layanan", "Tinjau"]


def open_case(page, live_server, exercise, title="Registrasi"):
    """From Latihan, opens the exercise's first case, as a trainee clicks it; lands on the step ``title``."""
    page.goto(f"{live_server.url}/latihan/")
    page.click(f"text={exercise.title}")
    page.click("table.table tbody tr:first-child button[type=submit]")
    expect(page.locator("h1")).to_have_text(title)


def next_step(page, title):
    page.click(".wizard-actions .btn-primary")
    expect(page.locator("h1")).to_have_text(title)


def fill_region(page, field_id, code):
    chain = ancestry(code) if code else []
    for level in range(4):
        select = f"#{field_id}_{level}"
        if level < len(chain):
            expect(page.locator(f"{select} option[value='{chain[level]}']")).to_be_attached()
            if page.locator(select).input_value() != chain[level]:
                page.select_option(select, chain[level])
        elif level == 0 and not chain:
            break  # no address in the document: the picker is left untouched (it preselects nothing)


def fill_section(page, section: Section, row: dict, prefix: str):
    """Fills one section's declared fields; ``prefix`` is the HTML name prefix ("korban-0-")."""
    for spec in section_fields(section):
        value = row.get(spec.name)
        field_id = f"id_{prefix}{spec.name}"
        kind = spec.kind
        if kind is Kind.BOOL:
            page.set_checked(f"#{field_id}", bool(value))
        elif kind is Kind.CODE:
            page.select_option(f"#{field_id}", value or "")
        elif kind is Kind.MULTICODE:
            for code in value or []:
                page.check(f"#{field_id} input[value='{code}']")
        elif kind is Kind.REGION:
            fill_region(page, field_id, value)
        elif kind is Kind.PHONE:
            page.fill(f"#{field_id}", ("0" + value[3:]) if value else "")
        elif kind is Kind.AGE:
            page.fill(f"#{field_id}", "" if value is None else str(value))
        elif value not in (None, ""):
            page.fill(f"#{field_id}", str(value))
        if spec.other_detail_name and row.get(spec.other_detail_name):
            page.fill(f"#id_{prefix}{spec.other_detail_name}", row[spec.other_detail_name])


def fill_entry(page, entry: dict, *, save: bool = True):
    """From the Registrasi step to the result: every step of the wizard, filled from an entry."""
    fill_section(page, Section.REGISTRASI, entry["registrasi"], "registrasi-")
    next_step(page, "Pelapor")
    pelapor = entry["pelapor"]
    if pelapor.get("pelapor_korban"):
        page.check("#id_pelapor-pelapor_korban")
    else:
        fill_section(page, Section.PELAPOR, pelapor, "pelapor-")
    next_step(page, "Korban")
    for index, victim in enumerate(entry["korban"]):
        if index:
            page.click("[data-formset-add=korban]")
        fill_section(page, Section.KORBAN, victim, f"korban-{index}-")
    next_step(page, "Pelaku")
    for index, person in enumerate(entry["pelaku"]):
        page.click("[data-formset-add=pelaku]")
        fill_section(page, Section.PELAKU, person, f"pelaku-{index}-")
        for victim_index, relation in enumerate(person["relasi"]):
            fill_section(page, Section.RELASI, relation, f"pelaku-{index}-v{victim_index}_")
    next_step(page, "Kejadian")
    kejadian = entry["kejadian"]
    fill_section(page, Section.KEJADIAN, kejadian, "kejadian-")
    for index, row in enumerate(kejadian["korban"]):
        fill_section(page, Section.KEJADIAN_KORBAN, row, f"kejadian-v{index}_")
    next_step(page, "Layanan")
    for index, service in enumerate(entry["layanan"]):
        page.click("[data-formset-add=layanan]")
        page.select_option(f"#id_layanan-{index}-korban", str(service["korban"]))
        fill_section(page, Section.LAYANAN, service, f"layanan-{index}-")
    next_step(page, "Tinjau")
    if save:
        page.click(".wizard-actions .btn-primary")
