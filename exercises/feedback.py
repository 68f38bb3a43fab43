"""The feedback page's content: a scored attempt as readable tables, wrong fields first.

Values are displayed through the field declaration (labels, code lists, dates in words),
and every field carries its help text, which explains the rule it tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from . import vocab
from .fields import SECTION_TITLES, Section
from .forms.steps import STEP_TITLES
from .evidence import evidence_spans
from .lessons import lesson_links
from .models import Attempt
from .review import EMPTY, display_value, victim_label
from .scoring import (DATA_TERTUKAR, DETAIL_INDEX, DIGIT_TERTUKAR, EXTRA_FIELD, FIELD_INDEX, FORMAT, KOSONG, KURANG,
                      MISSING_FIELD, SALAH_PILIH,
                      TANGGAL_BERGESER, TANGGAL_TERTUKAR, TIDAK_PERLU)
from .shape import Location

ERROR_LABELS = {
    KOSONG: _("missing (kosong)"),
    SALAH_PILIH: _("wrong option or value (salah pilih)"),
    FORMAT: _("format or spelling (format)"),
    DIGIT_TERTUKAR: _("transposed digits (digit tertukar)"),
    TANGGAL_TERTUKAR: _("day and month swapped (tanggal tertukar)"),
    TANGGAL_BERGESER: _("date shifted by a few days (tanggal bergeser)"),
    DATA_TERTUKAR: _("swapped between victims (data tertukar antar korban)"),
    TIDAK_PERLU: _("not needed (tidak perlu)"),
    KURANG: _("missing person or row (kurang)"),
}
SECTION_ORDER = [s.value for s in Section]
MISSING_LABELS = {
    Section.KORBAN.value: _("A victim is missing"),
    Section.PELAKU.value: _("A perpetrator is missing"),
    Section.LAYANAN.value: _("A service is missing"),
}
# Why a row is wrong, per kind of mistake; %(label)s is the field.
WHY = {
    KOSONG: _("The document gives %(label)s: fill it in."),
    SALAH_PILIH: _("The document gives another value for %(label)s."),
    FORMAT: _("Nearly right: check the spelling or the format against the document."),
    DIGIT_TERTUKAR: _("Two neighbouring digits are swapped: compare the number digit by digit."),
    TANGGAL_TERTUKAR: _("Day and month are swapped: the document's dates are day-month-year."),
    TANGGAL_BERGESER: _("The date is a few days off: check which date the document means (report, incident or "
                        "service)."),
    DATA_TERTUKAR: _("This value belongs to another victim in the document."),
    TIDAK_PERLU: _("The document does not mention %(label)s: leave it empty."),
    KURANG: _("The document names this person or service, but your entry has no match for it: add it with "
              "its data."),
}
WHY_EXTRA = _("The document does not mention this person or service: enter only those it names.")


def why(row: dict, label: str) -> str:
    """The rule a wrong row broke, said plainly; "tidak perlu" says what the document does not mention."""
    if row["field"] == EXTRA_FIELD:
        return str(WHY_EXTRA)
    text = WHY.get(row["error"])
    return str(text) % {"label": label} if text else ""


@dataclass
class FeedbackRow:
    label: str
    entered: str
    expected: str
    points: float
    max: float
    error: str | None
    error_label: str
    critical: bool
    help_text: str
    lesson_url: str = ""
    evidence: str = ""  # "start-end,..." of the sentences in the document that give the answer
    why: str = ""  # the rule this row broke, in one sentence


@dataclass
class FeedbackSection:
    title: str
    rows: list[FeedbackRow] = field(default_factory=list)

    @property
    def wrong(self):
        return [r for r in self.rows if r.error]

    @property
    def right(self):
        return [r for r in self.rows if not r.error]


def location_title(row: dict, key: dict) -> str:
    """The heading a scored row is grouped under: "Data Korban 2 · Dewi", a relationship, or extra entries."""
    location = Location.from_row(row)
    section = location.section
    if row["field"] == EXTRA_FIELD:
        return str(_("Extra entries")) + f" ({section.value})"
    if location.victim is not None and section in (Section.KORBAN, Section.KEJADIAN_KORBAN):
        return f"{SECTION_TITLES[Section.KORBAN]} {victim_label(key, location.victim)}"
    if section is Section.RELASI:
        return (f"{SECTION_TITLES[Section.RELASI]}: pelaku {location.perpetrator + 1} – "
                f"korban {victim_label(key, location.victim)}")
    if section is Section.PELAKU:
        return f"{SECTION_TITLES[Section.PELAKU]} {location.perpetrator + 1}"
    if section is Section.LAYANAN:
        return f"{SECTION_TITLES[Section.LAYANAN]} {location.service + 1}"
    return SECTION_TITLES[section]


def feedback_sections(result: dict, key: dict, *, evidence: dict | None = None, text: str = "") -> list[FeedbackSection]:
    sections: dict[str, FeedbackSection] = {}
    lessons = lesson_links(f"{r['section']}.{r['field']}" for r in result.get("rows", []) if r["error"])
    for row in result.get("rows", []):
        title = location_title(row, key)
        section = sections.setdefault(title, FeedbackSection(title))
        spec = FIELD_INDEX.get((row["section"], row["field"]))
        detail_of = DETAIL_INDEX.get((row["section"], row["field"]))
        if detail_of is not None:  # the words after a "Lainnya" choice
            label = str(_("%(label)s: other, namely") % {"label": detail_of.label})
            entered, expected = str(row["entered"] or EMPTY), str(row["expected"] or EMPTY)
            help_text = str(_("The words after “Lainnya” are compared loosely: say what the document says, "
                              "in your own words."))
        elif row["field"] == MISSING_FIELD:  # a whole person or service the entry lacks: one row
            expected = str(row["expected"] or EMPTY)
            if row["section"] == Section.LAYANAN.value and row["expected"]:
                expected = vocab.JENIS_LAYANAN.label(row["expected"])
            label, entered, help_text = str(MISSING_LABELS[row["section"]]), EMPTY, ""
        elif spec is None:  # an extra person or service row
            entered = str(row["entered"])
            if row["section"] == Section.LAYANAN.value:
                entered = vocab.JENIS_LAYANAN.label(entered)
            label, expected, help_text = str(_("Extra person or row")), EMPTY, ""
        else:
            label, help_text = spec.label, str(spec.help_text)
            entered = display_value(spec, row["entered"], row.get("entered_detail", ""))
            expected = display_value(spec, row["expected"], row.get("expected_detail", ""))
        section.rows.append(FeedbackRow(
            label=label, entered=entered, expected=expected, points=row["points"], max=row["max"],
            error=row["error"], error_label=str(ERROR_LABELS.get(row["error"], "")) if row["error"] else "",
            critical=row["critical"], help_text=help_text, why=why(row, label) if row["error"] else "",
            lesson_url=lessons.get(f"{row['section']}.{row['field']}", "") if row["error"] else "",
            evidence=evidence_spans(evidence, text, section=row["section"], location=row.get("location"),
                                    field=row["field"]) if row["error"] and evidence else "",
        ))
    ordered = sorted(sections.values(), key=lambda s: 0 if s.wrong else 1)
    return ordered


def feedback_view(attempt: Attempt, *, released: bool) -> dict:
    """Everything the result page shows; nothing of the key unless ``released`` (permissions.can_see_result)."""
    context = {
        "attempt": attempt, "released": released, "case": attempt.case, "exercise": attempt.exercise,
        "step_times": [(STEP_TITLES[step], attempt.step_seconds[step]) for step in STEP_TITLES
                       if step in (attempt.step_seconds or {})],
    }
    if attempt.result and released:
        context["result"] = attempt.result
        context["sections"] = feedback_sections(attempt.result, attempt.case.answer_key,
                                                evidence=attempt.case.evidence, text=attempt.case.document_text)
        context["error_labels"] = ERROR_LABELS
    return context
