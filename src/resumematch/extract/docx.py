"""DOCX text with python-docx: body, tables, text boxes, headers and footers.

Resume templates put contact details in page headers, skills in tables and sidebars
in text boxes; a reader that takes only body paragraphs loses them, which is the
classic ATS failure. Text is kept in document order, merged table cells once, and
each hiding place is reported as a parse warning so the applicant can fix it.

The zip container is inspected before python-docx opens it, so a zip bomb or a file
with thousands of parts is rejected from its directory alone.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from ..errors import CorruptFileError, FileTooLargeError, UnsupportedFormatError
from ..models import ParseWarning
from .limits import ExtractLimits

__all__ = ["extract_docx_text", "zip_kind"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WORD_MAIN = "wordprocessingml.document.main"

# Other zip-based formats people send instead of a .docx, by a part only they have.
_ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx)"),
    ("ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
    ("content.xml", "an OpenDocument file (.odt/.ods)"),
    ("META-INF/container.xml", "an EPUB e-book"),
)


def zip_kind(data: bytes, name: str) -> str:
    """``"docx"`` for a Word document, else a phrase naming what the zip file is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                content_types = archive.read("[Content_Types].xml")
                if _WORD_MAIN.encode() in content_types:
                    return "docx"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise CorruptFileError(
            f"{name} looks like a DOCX (zip) file but is damaged ({exc}); re-save it in Word."
        ) from exc
    for part, what in _ZIP_KINDS:
        if part in names:
            return what
    return "a ZIP archive"


def _check_container(data: bytes, name: str, limits: ExtractLimits) -> None:
    """Reject zip bombs and part floods before any XML is parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    if len(infos) > limits.max_zip_parts:
        raise FileTooLargeError(
            f"{name} holds {len(infos):,} parts, over the {limits.max_zip_parts:,} limit; "
            "a resume has a few dozen: the file is damaged or hostile."
        )
    unzipped = sum(info.file_size for info in infos)
    if unzipped > limits.max_unzipped_bytes:
        raise FileTooLargeError(
            f"{name} would unpack to {unzipped / 2**20:,.0f} MB, over the "
            f"{limits.max_unzipped_bytes / 2**20:,.0f} MB limit (a zip bomb?); it was not opened."
        )


def _open(data: bytes, name: str) -> DocxDocument:
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile) as exc:
        raise CorruptFileError(
            f"{name} is not a readable DOCX ({type(exc).__name__}: {exc}); "
            "open it in Word or LibreOffice and save it again as .docx."
        ) from exc
    except ValueError as exc:
        raise UnsupportedFormatError(
            f"{name} is not a Word document python-docx can read ({exc}); "
            "save it as a standard .docx (not Strict Open XML) or as PDF."
        ) from exc
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"{name} has malformed XML ({exc}); re-save it in Word.") from exc


def _text_boxes(paragraph: Paragraph) -> Iterator[str]:
    """Text of text boxes anchored in ``paragraph``, once (not the VML fallback copy)."""
    for box in paragraph._p.iter(f"{{{_W}}}txbxContent"):
        if any(ancestor.tag == f"{{{_MC}}}Fallback" for ancestor in box.iterancestors()):
            continue
        lines = ("".join(t.text or "" for t in p.iter(f"{{{_W}}}t")) for p in box.iter(f"{{{_W}}}p"))
        yield from (line for line in lines if line.strip())


class _Collector:
    """Walks the document once, in order, counting where text was hidden."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tables = 0
        self.text_boxes = 0

    def paragraph(self, paragraph: Paragraph) -> None:
        self.lines.append(paragraph.text)
        for box_line in _text_boxes(paragraph):
            self.text_boxes += 1
            self.lines.append(box_line)

    def table(self, table: Table) -> None:
        self.tables += 1
        for row in table.rows:
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell appears once per grid column
                    continue
                seen.add(id(cell._tc))
                self.cell(cell)

    def cell(self, cell: _Cell) -> None:
        for item in cell.iter_inner_content():
            if isinstance(item, Paragraph):
                self.paragraph(item)
            else:
                self.table(item)


def _header_footer_lines(document: DocxDocument) -> tuple[list[str], list[str]]:
    """Text of every distinct header and footer (default, first-page, even-page)."""
    headers: list[str] = []
    footers: list[str] = []
    for section in document.sections:
        for target, parts in (
            (headers, (section.header, section.first_page_header, section.even_page_header)),
            (footers, (section.footer, section.first_page_footer, section.even_page_footer)),
        ):
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                collector = _Collector()
                for item in part.iter_inner_content():
                    if isinstance(item, Paragraph):
                        collector.paragraph(item)
                    else:
                        collector.table(item)
                for line in collector.lines:
                    if line.strip() and line not in target:
                        target.append(line)
    return headers, footers


def extract_docx_text(
    data: bytes, name: str, limits: ExtractLimits
) -> tuple[list[str], list[ParseWarning]]:
    """The document as one page of text: headers, body in order, footers."""
    _check_container(data, name, limits)
    document = _open(data, name)
    body = _Collector()
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            body.paragraph(item)
        else:
            body.table(item)
    headers, footers = _header_footer_lines(document)
    text = "\n".join([*headers, *body.lines, *footers])
    return [text], _warnings(body, headers, footers)


def _warnings(body: _Collector, headers: list[str], footers: list[str]) -> list[ParseWarning]:
    warnings: list[ParseWarning] = []
    if headers or footers:
        warnings.append(
            ParseWarning(
                code="header_footer_text",
                message="Some text is in the page header or footer; many ATS ignore headers "
                "and footers, so put contact details and key facts in the body too.",
            )
        )
    if body.tables:
        warnings.append(
            ParseWarning(
                code="table_text",
                message=f"The document uses {body.tables} table(s); some ATS scramble or skip "
                "table text: a plain list is safer for skills and dates.",
            )
        )
    if body.text_boxes:
        warnings.append(
            ParseWarning(
                code="text_box",
                message="Some text is in text boxes; many ATS skip text boxes entirely: "
                "move that text into the body.",
            )
        )
    return warnings
