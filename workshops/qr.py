"""QR codes as inline SVG (no script, no file) and as PNG bytes for the certificate."""

import io

import segno


def qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(scale=8, border=2, dark="#0b2740")


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()
