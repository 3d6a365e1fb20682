"""Generate real PDF and DOCX files for the tests (no mocks: real files, real parsers)."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from fpdf import FPDF


def make_pdf(pages: Sequence[str]) -> bytes:
    """A text PDF with one page per item; lines are split on newlines."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in pages:
        pdf.add_page()
        for line in page.splitlines():
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_image_pdf() -> bytes:
    """A PDF whose only page is a picture: no text layer at all."""
    pdf = FPDF()
    pdf.add_page()
    png = _tiny_png()
    pdf.image(io.BytesIO(png), x=10, y=10, w=50)
    return bytes(pdf.output())


def _tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def make_docx(
    paragraphs: Sequence[str],
    *,
    header: str | None = None,
    footer: str | None = None,
    table: Sequence[Sequence[str]] = (),
) -> bytes:
    """A DOCX with body paragraphs, optionally a header, a footer and a table after them."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_columns_pdf(
    columns: Sequence[Sequence[str]],
    *,
    header: Sequence[str] = (),
    widths: Sequence[float] = (),
    gutter: float = 10,
) -> bytes:
    """One page: full-width ``header`` lines, then ``columns`` side by side, top-aligned.

    Lines of neighbouring columns share baselines, which is what makes a naive
    left-to-right reader interleave them.
    """
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for line in header:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    usable = pdf.w - pdf.l_margin - pdf.r_margin - gutter * (len(columns) - 1)
    sizes = list(widths) or [usable / len(columns)] * len(columns)
    x = pdf.l_margin
    for width, lines in zip(sizes, columns, strict=True):
        pdf.set_xy(x, top)
        for line in lines:
            pdf.set_x(x)
            pdf.cell(width, 5, line, new_x="LEFT", new_y="NEXT")
        x += width + gutter
    return bytes(pdf.output())


def make_rotated_pdf(lines: Sequence[str], *, angle: float = 90) -> bytes:
    """A page whose text runs vertically (the whole block turned by ``angle`` degrees)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    with pdf.rotation(angle=angle, x=100, y=150):
        pdf.set_xy(40, 150)
        for line in lines:
            pdf.set_x(40)
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
