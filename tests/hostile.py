"""Generate hostile documents for the tests and benchmarks (nothing stored, nothing downloaded).

Each maker returns the bytes of a small file that makes a parser loop, inflate or
grow without the limits of :mod:`resumematch.extract.sandbox`.
"""

from __future__ import annotations

import io
import struct
import zlib

__all__ = ["flate_bomb_pdf", "merged_table_docx", "pdf_with_objects", "self_drawing_form_pdf", "self_reference_pdf"]


def pdf_with_objects(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file made of ``objects`` (numbered from 1), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def self_reference_pdf() -> bytes:
    """A page tree whose page count is an object that refers to itself (a few hundred
    bytes; pdfminer resolves it for ever)."""
    return pdf_with_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 3 0 R >>",
            b"3 0 R",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            b"/Resources << /Font << /F1 6 0 R >> >> >>",
            _stream(b"BT /F1 12 Tf 72 720 Td (Registered Nurse) Tj ET"),
            _FONT,
        ]
    )


def self_drawing_form_pdf() -> bytes:
    """A page that draws a form XObject which draws itself (and its text) again."""
    form = b"BT /F1 12 Tf 72 720 Td (Registered Nurse) Tj ET q 0.5 0 0 0.5 0 0 cm /Fm0 Do Q /Fm0 Do"
    return pdf_with_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 6 0 R >> /XObject << /Fm0 5 0 R >> >> >>",
            _stream(b"/Fm0 Do"),
            _stream(
                form,
                b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                b"/Resources << /Font << /F1 6 0 R >> /XObject << /Fm0 5 0 R >> >>",
            ),
            _FONT,
        ]
    )


def _deflate_repeated(first: bytes, block: bytes, times: int) -> bytes:
    """A zlib stream of ``first`` then ``block`` ``times`` times, compressed once: after a
    full flush the compressor starts afresh, so every copy of the block compresses to
    the same bytes, and only the checksum has to read them all."""
    compressor = zlib.compressobj(9)
    head = compressor.compress(first) + compressor.flush(zlib.Z_FULL_FLUSH)
    body = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(first)
    for _ in range(times):
        checksum = zlib.adler32(block, checksum)
    return head + body * times + b"\x03\x00" + struct.pack(">I", checksum)  # an empty last block


def flate_bomb_pdf(inflated_mb: int = 1024) -> bytes:
    """A one-page PDF whose content stream inflates ~1,000-fold to ``inflated_mb`` MB of
    drawing operators (a 1 MB file for 1 GB)."""
    content = _deflate_repeated(
        b"BT /F1 12 Tf 72 720 Td (Registered Nurse) Tj ET\n", b"0 0 m\n" * (1024 * 1024 // 6), inflated_mb
    )
    return pdf_with_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content, b"/Filter /FlateDecode"),
            _FONT,
        ]
    )


def merged_table_docx(rows: int = 300, columns: int = 20) -> bytes:
    """A DOCX whose one table has ``rows`` x ``columns`` cells, every column merged
    vertically from top to bottom (python-docx walks each merge from every cell)."""
    import zipfile

    from makers import make_docx

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    first = "".join(
        f'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Skill {c}</w:t></w:r></w:p></w:tc>'
        for c in range(columns)
    )
    rest = "".join("<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" for _ in range(columns))
    grid = "".join('<w:gridCol w:w="400"/>' for _ in range(columns))
    table = f"<w:tbl><w:tblGrid>{grid}</w:tblGrid><w:tr>{first}</w:tr>" + f"<w:tr>{rest}</w:tr>" * (rows - 1)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>'
        f"<w:p><w:r><w:t>Registered Nurse</w:t></w:r></w:p>{table}</w:tbl><w:p/></w:body></w:document>"
    ).encode()
    source = zipfile.ZipFile(io.BytesIO(make_docx(["Registered Nurse"])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = document if info.filename == "word/document.xml" else source.read(info)
            archive.writestr(info.filename, data)
    return buffer.getvalue()
