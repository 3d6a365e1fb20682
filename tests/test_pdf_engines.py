"""The PDFium engine (the default) against pdfplumber on generated layouts.

Each generated file (tests/pdf_layouts.py: columns, a sidebar, fake bold, hyphenated
line ends, rotated text, two pages) is read by both engines, which must find the same
terms, the same sections in the same order and the same warnings; where pdfplumber's
text is the reference (upright pages) the text itself must be the same.
"""

from __future__ import annotations

import pytest
from pdf_layouts import MAIN, SIDEBAR, generated_pdfs

from resumematch import extract, find_terms
from resumematch.extract import DEFAULT_PDF_ENGINE, PDF_ENGINES

LAYOUTS = generated_pdfs()
VOCABULARIES = ("software-engineer", "clinical-coordinator")


def _facts(data: bytes, engine: str) -> tuple[str, list[tuple[str, str]], list[str], dict[str, set[str]]]:
    document = extract(data, engine=engine)  # type: ignore[arg-type]
    terms = {vocab: {m.term_id for m in find_terms(document, vocab=vocab)[1]} for vocab in VOCABULARIES}
    return (
        document.text,
        [(s.kind, s.heading) for s in document.sections],
        [w.code for w in document.warnings],
        terms,
    )


def test_the_default_engine_is_pdfium_and_the_others_are_kept() -> None:
    assert DEFAULT_PDF_ENGINE == "pypdfium2"
    assert set(PDF_ENGINES) == {"pypdfium2", "pdfplumber", "pdfium-raw"}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_pdfium_finds_what_pdfplumber_finds(name: str) -> None:
    text, sections, warnings, terms = _facts(LAYOUTS[name], "pypdfium2")
    ref_text, ref_sections, ref_warnings, ref_terms = _facts(LAYOUTS[name], "pdfplumber")
    assert terms == ref_terms
    assert sections == ref_sections
    assert warnings == ref_warnings
    assert any(terms.values())
    if not name.startswith("rotated"):
        assert text == ref_text


def test_two_columns_are_read_column_by_column() -> None:
    document = extract(LAYOUTS["two-columns"])
    lines = [line for line in document.text.splitlines() if line.strip()]
    assert lines == ["Jane Doe", "jane@example.com", *SIDEBAR, *MAIN]
    assert [w.code for w in document.warnings] == ["multi_column"]


def test_fake_bold_copies_are_dropped() -> None:
    text = extract(LAYOUTS["fake-bold"]).text
    assert "Kubernetes" in text and "KKuu" not in text and "Kubernetes" in text.split("\n")[-1]


def test_hyphenated_line_ends_are_joined() -> None:
    text = extract(LAYOUTS["hyphenated"]).text
    assert "coordinator" in text and "experience" in text and "Kubernetes" in text
    assert "full-time" in text  # a real compound keeps its hyphen


@pytest.mark.parametrize("name", ["rotated-90", "rotated-270"])
def test_rotated_text_reads_as_lines(name: str) -> None:
    lines = [line for line in extract(LAYOUTS[name]).text.splitlines() if line.strip()]
    assert lines[:2] == ["SKILLS", "Python and Kubernetes"]


def test_the_raw_engine_keeps_pdfiums_content_order() -> None:
    document = extract(LAYOUTS["two-columns"], engine="pdfium-raw")
    assert "Python" in document.text
    assert "multi_column" not in {w.code for w in document.warnings}
