"""The certificate as a PDF (fpdf2, built-in fonts only: no file to fetch) and the bulk ZIP."""

from __future__ import annotations

import io
import zipfile

from django.utils import formats
from fpdf import FPDF

from .qr import qr_png


def _text(value) -> str:
    # The built-in PDF fonts are Latin-1; a name with other letters must still print, never fail.
    return str(value).encode("latin-1", "replace").decode("latin-1")


def certificate_pdf(*, certificate, completion, verify_url: str) -> bytes:
    participant = certificate.participant
    workshop = participant.workshop
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_draw_color(11, 39, 64)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 277, 190)
    pdf.set_font("Helvetica", "B", 30)
    pdf.set_y(28)
    pdf.cell(0, 14, "SERTIFIKAT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(0, 8, _text("diberikan kepada"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 16, _text(participant.full_name), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(0, 8, _text(f"{participant.position}, {participant.institution_name}"), align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    dates = formats.date_format(workshop.start_date, "j F Y")
    if workshop.end_date != workshop.start_date:
        dates += " - " + formats.date_format(workshop.end_date, "j F Y")
    pdf.multi_cell(0, 7, _text(f"telah menyelesaikan {workshop.name}\n{workshop.venue} · {dates}".replace("·", "-")),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    shown = [f"Latihan wajib lulus: {completion.exercises_passed} dari {completion.exercises_required}"]
    if completion.post_threshold is not None:
        shown.append(f"Nilai post-test: {completion.post_score or 0:.0f}% (batas {completion.post_threshold}%)")
    shown.append(f"Sesi wajib dihadiri: {completion.sessions_met} dari {completion.sessions_required}")
    pdf.multi_cell(0, 7, _text("\n".join(shown)), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.image(io.BytesIO(qr_png(verify_url)), x=235, y=150, w=40)
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(20, 176)
    pdf.multi_cell(200, 5, _text(f"Kode verifikasi: {certificate.code}\nPeriksa keaslian: {verify_url}\n"
                                 "SIMFONI Latih - pelatihan dengan data fiktif."))
    return bytes(pdf.output())


def certificates_zip(files: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files:
            archive.writestr(name, content)
    return buffer.getvalue()
