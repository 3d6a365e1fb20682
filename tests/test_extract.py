"""Extraction on real files: generated PDFs/DOCX, encodings, and ../shared/fixtures."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import FIXTURES, need
from makers import make_docx, make_image_pdf, make_pdf

from resumematch import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    ExtractionError,
    ExtractLimits,
    FileTooLargeError,
    InputError,
    NoTextLayerError,
    ResumeMatchError,
    UnsupportedFormatError,
    extract,
    extract_text,
)

RESUME_PAGES = [
    "Jane Doe\nSUMMARY\nRegistered Nurse with six years of bedside care.\nEXPERIENCE\nCharge Nurse",
    "EDUCATION\nBachelor of Science in Nursing\nCERTIFICATIONS\nBLS, ACLS",
]


@pytest.mark.parametrize("engine", ["pdfplumber", "pypdfium2"])
def test_pdf_pages_sections_and_offsets(engine: str) -> None:
    document = extract(make_pdf(RESUME_PAGES), engine=engine)  # type: ignore[arg-type]
    assert document.format == "pdf"
    assert document.pages == 2
    assert "Registered Nurse with six years of bedside care." in document.text
    second_page = document.text.index("Bachelor of Science")
    assert document.page_of(second_page) == 2
    assert document.page_of(document.text.index("Charge Nurse")) == 1
    kinds = [section.kind for section in document.sections]
    assert kinds == ["summary", "experience", "education", "certifications"]
    assert document.section_of(document.text.index("ACLS")) == "certifications"


def test_pdf_from_path_file_object_and_bytes_agree(tmp_path: Path) -> None:
    data = make_pdf(RESUME_PAGES)
    path = tmp_path / "resume.pdf"
    path.write_bytes(data)
    from_path = extract(path)
    with path.open("rb") as handle:
        from_handle = extract(handle)
    assert from_path.text == from_handle.text == extract(data).text
    assert from_path.source == str(path)


def test_format_is_sniffed_from_content_not_suffix(tmp_path: Path) -> None:
    disguised = tmp_path / "resume.docx"
    disguised.write_bytes(make_pdf(["Phlebotomy"]))
    assert extract(disguised).format == "pdf"


def test_docx_includes_headers_footers_and_tables_in_order() -> None:
    data = make_docx(
        ["SUMMARY", "Charge RN on a cardiac unit.", "SKILLS"],
        header="Jane Doe | jane@example.com | 555-0100",
        footer="References available on request",
        table=[["BLS", "ACLS"], ["Epic EHR", "HIPAA"]],
    )
    document = extract(data)
    assert document.format == "docx"
    lines = document.text.splitlines()
    assert lines[0] == "Jane Doe | jane@example.com | 555-0100"
    assert lines.index("Charge RN on a cardiac unit.") < lines.index("BLS") < lines.index("HIPAA")
    assert lines[-1] == "References available on request"
    codes = {warning.code for warning in document.warnings}
    assert codes == {"header_footer_text", "table_text"}


def test_docx_merged_cells_are_read_once() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "Medical terminology"
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract(buffer.getvalue()).text.count("Medical terminology") == 1


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""), ("cp1252", b"")],
)
def test_text_encodings(encoding: str, prefix: bytes) -> None:
    text = "Résumé - Registered Nurse, café-trained, BLS"
    document = extract(prefix + text.encode(encoding))
    assert document.format == "text"
    assert document.text == text


def test_normalisation_of_spaces_dashes_ligatures_and_mojibake() -> None:
    document = extract_text("Certi\ufb01ed\u00a0nurse \u2013 BLS\r\nSoft\u00adware caf\u00c3\u00a9")
    assert document.text == "Certified nurse - BLS\nSoftware café"


@pytest.mark.parametrize("other_line", ["plain ASCII line", "bullet • line"])
def test_mojibake_repair_is_per_line_and_control_characters_go_everywhere(other_line: str) -> None:
    # ftfy repairs only lines with non-ASCII characters (or "&", "<", ESC); the ASCII
    # ones lose their control characters either way, so a line's result does not
    # depend on the rest of the document.
    text = f"cloud\x02native and adip\x02iscing\n{other_line}\nDon\u00e2\u20ac\u2122t &amp; stop"
    lines = extract_text(text).text.split("\n")
    assert lines[0] == "cloudnative and adipiscing"
    assert lines[2] == "Don't & stop"
    assert extract_text("adip\x02iscing\x1b").text == "adipiscing"  # all-ASCII text too
    assert extract_text("a\t\x00\tb").text == "a b"  # controls go before spaces are collapsed


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• Led a team – 5 nurses … “on time”", '• Led a team - 5 nurses ... "on time"'),  # left to NFKC and the maps
        ("Coordinated care â€” daily", "Coordinated care - daily"),  # mojibake: non-ASCII side by side
        ("caf\u00c3\u00a9 • menu", "café • menu"),  # a Latin-1 letter among bullets still goes to ftfy
        ("voilÃ  la carte • x", "voilà  la carte • x"),  # "Ã" whose second byte became a space
    ],
)
def test_only_lines_ftfy_may_change_go_to_ftfy(line: str, expected: str) -> None:
    assert extract_text(f"Summary\n{line}\nEnd").text == f"Summary\n{expected}\nEnd"
    # A repair that adds a line break (an HTML entity) falls back to the whole text.
    assert extract_text("caf\u00c3\u00a9&#10;bar\nnext").text == "café\nbar\nnext"


@pytest.mark.parametrize(
    ("payload", "error", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, UnsupportedFormatError, ".doc"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, UnsupportedFormatError, "OCR"),
        (b"{\\rtf1\\ansi Hello}", UnsupportedFormatError, "RTF"),
        (bytes(range(256)) * 4, UnsupportedFormatError, "binary"),
        (b"%PDF-1.7\n garbage without objects", CorruptFileError, "re-"),
        (b"PK\x03\x04 not really a zip", CorruptFileError, "damaged"),
    ],
)
def test_unreadable_inputs_raise_library_errors(payload: bytes, error: type, words: str) -> None:
    with pytest.raises(error) as caught:
        extract(payload)
    assert words in str(caught.value)


def test_other_zip_formats_are_named() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormatError, match="Excel"):
        extract(buffer.getvalue())


def test_missing_file_directory_and_empty_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        extract(tmp_path / "nope.pdf")
    with pytest.raises(InputError, match="directory"):
        extract(tmp_path)
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(EmptyDocumentError, match="0 bytes"):
        extract(tmp_path / "empty.pdf")
    with pytest.raises(EmptyDocumentError):
        extract(b"   \n\n  ")
    with pytest.raises(InputError, match="text mode"):
        extract(io.StringIO("text"))  # type: ignore[arg-type]


def test_image_only_pdf_says_ocr_is_needed() -> None:
    with pytest.raises(NoTextLayerError, match="OCR"):
        extract(make_image_pdf())


def test_limits_are_enforced() -> None:
    data = make_pdf(["one", "two", "three"])
    with pytest.raises(FileTooLargeError, match="pages"):
        extract(data, limits=ExtractLimits(max_pages=2))
    with pytest.raises(FileTooLargeError, match="MB"):
        extract(data, limits=ExtractLimits(max_bytes=100))
    with pytest.raises(FileTooLargeError, match="characters"):
        extract(b"x" * 500, limits=ExtractLimits(max_chars=100))


def test_docx_zip_bomb_is_rejected_from_its_directory() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "wordprocessingml.document.main")
        archive.writestr("word/document.xml", b"\x00" * (50 * 2**20))
    assert len(buffer.getvalue()) < 200_000
    with pytest.raises(FileTooLargeError, match="zip bomb"):
        extract(buffer.getvalue(), limits=ExtractLimits(max_unzipped_bytes=10 * 2**20))


def test_unknown_engine_is_an_input_error() -> None:
    with pytest.raises(InputError, match="engine"):
        extract(make_pdf(["x"]), engine="tesseract")  # type: ignore[arg-type]


# --- real-world files from ../shared/fixtures --------------------------------------

ROBUSTNESS = FIXTURES / "robustness"
EXPECTED_ERRORS = {
    "pdfplumber__empty.pdf": EmptyDocumentError,
    "pdfminer__encryption_aes-256-r6.pdf": EncryptedFileError,
    "pdfminer__encryption_rc4-40.pdf": EncryptedFileError,
    "pdfplumber__password-example.pdf": EncryptedFileError,
    "pypdf-samples__libreoffice-writer-password.pdf": EncryptedFileError,
    "pypdf-samples__grayscale-image.pdf": NoTextLayerError,
    "pdfminer__contrib_pdf-with-jbig2.pdf": NoTextLayerError,
}


def _robustness_files() -> list[Path]:
    if not ROBUSTNESS.exists():
        return []
    return sorted(p for p in ROBUSTNESS.glob("*/*") if p.suffix in {".pdf", ".docx"})


@pytest.mark.slow
@pytest.mark.parametrize("path", _robustness_files(), ids=lambda p: p.name)
@pytest.mark.parametrize("engine", ["pdfplumber", "pypdfium2"])
def test_every_robustness_fixture_extracts_or_raises_a_library_error(path: Path, engine: str) -> None:
    try:
        document = extract(path, engine=engine, limits=ExtractLimits(timeout_seconds=20))  # type: ignore[arg-type]
    except ResumeMatchError as error:
        assert isinstance(error, ExtractionError | InputError)
        assert str(path.name) in str(error) or "<" in str(error)
        expected = EXPECTED_ERRORS.get(path.name)
        if expected is not None:
            assert isinstance(error, expected)
        return
    assert path.name not in EXPECTED_ERRORS, f"{path.name} should have failed"
    assert document.text.strip()


FEWER_CHARACTERS_BY_DESIGN = {
    "pdf/pdfplumber__issue-71-duplicate-chars.pdf": "overprinted 'fake bold' copies are removed on purpose",
}


def _characterized_with_text() -> list[dict[str, object]]:
    path = ROBUSTNESS / "characterization.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [
        row
        for row in rows
        if isinstance(row.get("pdfminer_chars") or row.get("body_chars"), int)
        and (row.get("pdfminer_chars") or row.get("body_chars") or 0) > 0
        and row.get("encrypted") is not True
    ]


COMPARED_ON_VISIBLE_CHARACTERS = {
    "pdf/pdfplumber__nics-background-checks-2015-11-rotated.pdf",
    "pdf/pdfminer__contrib_issue-449-vertical.pdf",
    "pdf/pdfminer__simple1.pdf",
}
"""pdfminer prints vertical text one character per line, and keeps a letter-spaced word's
spaces ('l o W o r l d', which resumematch rejoins: ``extract/letter_noise.py``); both inflate its
count, so these files are compared on non-space characters, measured with pdfminer in the test."""


def _params() -> list[object]:
    return list(_characterized_with_text())


@pytest.mark.slow
@pytest.mark.parametrize("row", _params(), ids=lambda row: str(row["file"]))
def test_text_that_reference_tools_find_is_not_lost(row: dict[str, object]) -> None:
    """Where pdfminer.six or python-docx found text, we find as much, and say where it hid."""
    name = str(row["file"])
    if name in FEWER_CHARACTERS_BY_DESIGN:
        pytest.skip(FEWER_CHARACTERS_BY_DESIGN[name])
    document = extract(ROBUSTNESS / name)
    reference = int(row.get("pdfminer_chars") or row.get("body_chars") or 0)  # type: ignore[call-overload]
    if name in COMPARED_ON_VISIBLE_CHARACTERS:
        from pdfminer.high_level import extract_text as pdfminer_text

        visible = len("".join(document.text.split()))
        assert visible >= len("".join(pdfminer_text(ROBUSTNESS / name).split()))
    else:
        assert len(document.text) >= 0.8 * reference, (len(document.text), reference)
    codes = {warning.code for warning in document.warnings}
    if row.get("hdr_chars"):
        assert "header_footer_text" in codes
    if row.get("tables"):
        assert "table_text" in codes
    if row.get("txbx"):
        assert "text_box" in codes


def test_encrypted_fixture_opens_with_its_password() -> None:
    path = need(ROBUSTNESS / "pdf" / "pdfplumber__password-example.pdf")
    with pytest.raises(EncryptedFileError, match="password="):
        extract(path)
    document = extract(path, password="test")
    assert document.text.strip()


@pytest.mark.parametrize("name", ["single-column", "two-column", "modern-single-column", "modern-two-column"])
def test_resume_matcher_templates_extract(name: str) -> None:
    path = need(FIXTURES / "resume-matcher" / "templates" / f"{name}.pdf")
    document = extract(path)
    assert len(document.text) > 1000
    assert "experience" in {section.kind for section in document.sections}
