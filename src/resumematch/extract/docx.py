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
import re
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from lxml import etree

from ..errors import CorruptFileError, FileTooLargeError, UnsupportedFormatError
from ..models import ParseWarning
from .limits import MB, ExtractLimits

__all__ = ["extract_docx_text", "read_docx_pages", "zip_kind"]

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
    except Exception as exc:  # zipfile raises many types on damaged input (ValueError, ...)
        raise CorruptFileError(
            f"{name} looks like a DOCX (zip) file but is damaged ({exc}); re-save it in Word."
        ) from exc
    for part, what in _ZIP_KINDS:
        if part in names:
            return what
    return "a ZIP archive"


def _check_container(data: bytes, name: str, limits: ExtractLimits) -> None:
    """Reject zip bombs, part floods and DTDs before any XML is parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        _check_sizes(infos, name, limits)
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and _declares_dtd(archive, info):
                raise CorruptFileError(
                    f"{name}: part {info.filename} declares a DTD (<!DOCTYPE>/<!ENTITY>), which "
                    "Word never writes and entity-expansion attacks use; the file was not opened."
                )


_ROOT_START = re.compile(rb"<[A-Za-z_]")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_PROLOG_BYTES = 64 * 1024


def _declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True when the part's prolog (everything before its root element) has a DTD.

    Only the first 64 kB are decompressed: a prolog that long is itself hostile.
    """
    with archive.open(info) as stream:
        head = stream.read(_PROLOG_BYTES)
    root = _ROOT_START.search(head)
    prolog = head[: root.start()] if root else head
    return bool(_DTD.search(prolog)) or (root is None and len(head) == _PROLOG_BYTES)


def _check_sizes(infos: list[zipfile.ZipInfo], name: str, limits: ExtractLimits) -> None:
    if len(infos) > limits.max_zip_parts:
        raise FileTooLargeError(
            f"{name} holds {len(infos):,} parts, over the {limits.max_zip_parts:,} limit; "
            "a resume has a few dozen: the file is damaged or hostile."
        )
    unzipped = sum(info.file_size for info in infos)
    if unzipped > limits.max_unzipped_bytes:
        raise FileTooLargeError(
            f"{name} would unpack to {unzipped / MB:,.0f} MB, over the "
            f"{limits.max_unzipped_bytes / MB:,.0f} MB limit (a zip bomb?); it was not opened."
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


_P, _TBL, _SDT, _TXBX = (f"{{{_W}}}{tag}" for tag in ("p", "tbl", "sdt", "txbxContent"))
_FALLBACK = f"{{{_MC}}}Fallback"
_BREAKS = {"br", "cr"}
_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _inline_text(element: etree._Element) -> str:
    """Text of a paragraph: runs, hyperlinks, fields, content controls, soft breaks.

    Namespace-agnostic (``w:t`` by local name), so it also reads Strict OOXML; text
    boxes and the VML fallback copies of drawings are left to :func:`_text_boxes`.
    """
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        for child in node:
            tag = child.tag
            if tag in (_TXBX, _FALLBACK) or _local(tag) in {"txbxContent", "Fallback"}:
                continue
            local = _local(tag)
            if local == "t":
                parts.append(child.text or "")
            elif local == "tab":
                parts.append("\t")
            elif local in _BREAKS:
                parts.append("\n")
            elif local in {"delText", "instrText", "rPr", "pPr"}:
                continue
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _text_boxes(paragraph: etree._Element) -> Iterator[str]:
    """Text of text boxes anchored in ``paragraph``, once (not the VML fallback copy)."""
    for box in paragraph.iter(_TXBX):
        if any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors()):
            continue
        lines = (_inline_text(p) for p in box.iter(_P))
        yield from (line for line in lines if line.strip())


_MAX_COLUMNS = 64
"""Word's tables have at most 63 columns; a hostile ``gridSpan`` is not followed further."""


class _Collector:
    """Walks the document once, in order, counting where text was hidden."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tables = 0
        self.text_boxes = 0

    def blocks(self, container: etree._Element, parent: object) -> None:
        """Paragraphs and tables of a body, cell, header or content control, in order."""
        for child in container:
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                self.table(Table(child, parent))  # type: ignore[arg-type]
            elif child.tag == _SDT:  # a content control: its content is ordinary blocks
                for content in child.iterchildren(f"{{{_W}}}sdtContent"):
                    self.blocks(content, parent)

    def paragraph(self, paragraph: etree._Element) -> None:
        self.lines.append(_inline_text(paragraph))
        for box_line in _text_boxes(paragraph):
            self.text_boxes += 1
            self.lines.append(box_line)

    def table(self, table: Table) -> None:
        """Each row's cells in grid order, a merged cell once per row, as python-docx's
        ``row.cells`` gives them, in time linear in the table: ``row.cells`` finds the
        cell a vertical merge continues by walking up the rows from every continued cell
        (a 38 kB DOCX with a merged 300x20 table took 143 s). Here the cell each grid
        column continues is carried from the row above."""
        self.tables += 1
        above: dict[int, etree._Element] = {}
        for tr in table._tbl.tr_lst:
            offset = tr.grid_before
            roots: dict[int, etree._Element] = {}
            seen: set[int] = set()
            for tc in tr.tc_lst:
                span = max(1, tc.grid_span)
                root = above.get(offset, tc) if tc.vMerge == "continue" else tc
                for column in range(offset, offset + min(span, _MAX_COLUMNS)):
                    roots[column] = root
                offset += span
                if id(root) not in seen:  # a merged cell appears once per grid column
                    seen.add(id(root))
                    self.blocks(root, table)
            above = roots


def _header_footer_lines(document: DocxDocument) -> tuple[list[str], list[str]]:
    """Text of every distinct header and footer (default, first-page, even-page)."""
    headers: list[str] = []
    footers: list[str] = []
    # A set beside each list: "line not in list" made a 60,000-line header quadratic (18 s).
    seen: dict[int, set[str]] = {id(headers): set(), id(footers): set()}
    for section in document.sections:
        for target, parts in (
            (headers, (section.header, section.first_page_header, section.even_page_header)),
            (footers, (section.footer, section.first_page_footer, section.even_page_footer)),
        ):
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                collector = _Collector()
                collector.blocks(part._element, part)
                known = seen[id(target)]
                for line in collector.lines:
                    if line.strip() and line not in known:
                        known.add(line)
                        target.append(line)
    return headers, footers


def _note_lines(document: DocxDocument) -> list[str]:
    """Footnote and endnote text (not the separator notes Word adds to every file)."""
    lines: list[str] = []
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/footnotes", "/endnotes")):
            continue
        root = etree.fromstring(rel.target_part.blob, _SAFE_PARSER)
        for note in root:
            if _local(note.tag) not in {"footnote", "endnote"}:
                continue
            if note.get(f"{{{_W}}}type") in {"separator", "continuationSeparator", "continuationNotice"}:
                continue
            lines.extend(line for line in (_inline_text(p) for p in note.iter(_P)) if line.strip())
    return lines


def read_docx_pages(
    data: bytes, name: str, password: str | None, limits: ExtractLimits
) -> tuple[list[str], list[ParseWarning]]:
    """The page reader's signature (:mod:`.readers`); DOCX files take no password."""
    return extract_docx_text(data, name, limits)


def extract_docx_text(data: bytes, name: str, limits: ExtractLimits) -> tuple[list[str], list[ParseWarning]]:
    """The document as one page of text: headers, body in order, notes, footers."""
    _check_container(data, name, limits)
    try:
        document = _open(data, name)
    except (CorruptFileError, UnsupportedFormatError) as error:
        text = _fallback_text(data)
        if not text.strip():
            raise error
        return [text], [
            ParseWarning(
                code="docx_fallback",
                message="python-docx could not open this file (Strict Open XML or an unusual "
                "package), so only its body text was read directly; many ATS cannot read it at "
                "all: save it again as a standard Word document (.docx) or PDF.",
            )
        ]
    body = _Collector()
    body.blocks(document.element.body, document._body)
    notes = _note_lines(document)
    headers, footers = _header_footer_lines(document)
    text = "\n".join([*headers, *body.lines, *notes, *footers])
    warnings = _warnings(body, headers, footers)
    if notes:
        warnings.append(
            ParseWarning(
                code="footnote_text",
                message="Some text is in footnotes or endnotes; many ATS skip them: put that text in the body.",
            )
        )
    return [text], warnings


def _fallback_text(data: bytes) -> str:
    """The main part's paragraphs read straight from the XML, whatever the namespace.

    For packages python-docx rejects (Strict OOXML uses purl.oclc.org namespaces it
    does not know). The parser resolves no entities and fetches nothing.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        target = "word/document.xml"
        if "_rels/.rels" in archive.namelist():
            rels = etree.fromstring(archive.read("_rels/.rels"), _SAFE_PARSER)
            for rel in rels:
                if str(rel.get("Type", "")).endswith("/officeDocument"):
                    target = str(rel.get("Target", target)).lstrip("/")
        if target not in archive.namelist():
            return ""
        root = etree.fromstring(archive.read(target), _SAFE_PARSER)
    lines = []
    for element in root.iter():
        if _local(element.tag) == "p" and not any(_local(a.tag) == "p" for a in element.iterancestors()):
            lines.append(_inline_text(element))
            lines.extend(
                _inline_text(inner) for inner in element.iter() if inner is not element and _local(inner.tag) == "p"
            )
    return "\n".join(lines)


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
                message="Some text is in text boxes; many ATS skip text boxes entirely: move that text into the body.",
            )
        )
    return warnings
