"""PDF reading order: columns, sidebars, rotated pages, hyphenation, page numbers, warnings."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from conftest import FIXTURES, need
from makers import make_columns_pdf, make_pdf, make_rotated_pdf
from pdf_layouts import MAIN, SIDEBAR

from resumematch import extract
from resumematch.extract.quality import clean_page, repair_hyphenation

PROJECTS = ["PROJECTS", "resumematch", "A resume parser", "Open source"]


def _lines(document_text: str) -> list[str]:
    return [line for line in document_text.splitlines() if line.strip()]


def test_naive_reading_interleaves_the_columns_of_the_generated_file() -> None:
    """The premise: plain extract_text glues each sidebar line to a main-column line."""
    data = make_columns_pdf([SIDEBAR, MAIN], header=["Jane Doe"], widths=[55, 115])
    plain = pdfplumber.open(io.BytesIO(data)).pages[0].extract_text()
    assert "Python Senior Engineer, Acme Corp" in plain


@pytest.mark.parametrize("engine", ["pdfplumber"])
def test_two_columns_are_read_one_after_the_other(engine: str) -> None:
    data = make_columns_pdf([SIDEBAR, MAIN], header=["Jane Doe", "jane@example.com"], widths=[55, 115])
    document = extract(data, engine=engine)  # type: ignore[arg-type]
    assert _lines(document.text) == ["Jane Doe", "jane@example.com", *SIDEBAR, *MAIN]
    assert [w.code for w in document.warnings] == ["multi_column"]
    assert "2 columns" in document.warnings[0].message and document.warnings[0].page == 1
    kinds = [section.kind for section in document.sections]
    assert kinds == ["skills", "education", "experience"]
    assert document.section_of(document.text.index("Terraform")) == "skills"
    assert document.section_of(document.text.index("Wrote Go services")) == "experience"


def test_three_columns_including_a_short_one() -> None:
    data = make_columns_pdf([SIDEBAR, MAIN, PROJECTS], widths=[40, 80, 50])
    document = extract(data)
    assert _lines(document.text) == [*SIDEBAR, *MAIN, *PROJECTS]
    assert "3 columns" in document.warnings[0].message


def test_sidebar_on_the_right() -> None:
    data = make_columns_pdf([MAIN, SIDEBAR], header=["Jane Doe"], widths=[115, 55])
    assert _lines(extract(data).text) == ["Jane Doe", *MAIN, *SIDEBAR]


def test_single_column_pages_come_out_exactly_as_pdfplumber_reads_them() -> None:
    page = "Jane Doe\nSUMMARY\nEngineer    with    gaps\nSKILLS\nPython, SQL\n" * 3
    data = make_pdf([page])
    plain = pdfplumber.open(io.BytesIO(data)).pages[0].extract_text()
    document = extract(data)
    assert document.text == plain.strip("\n")
    assert "multi_column" not in {w.code for w in document.warnings}


@pytest.mark.parametrize("name", ["single-column", "modern-single-column"])
def test_single_column_templates_are_unchanged(name: str) -> None:
    path = need(FIXTURES / "resume-matcher" / "templates" / f"{name}.pdf")
    with pdfplumber.open(path) as pdf:
        plain = "\n\n".join((page.dedupe_chars().extract_text() or "").strip("\n") for page in pdf.pages)
    document = extract(path)
    assert "multi_column" not in {w.code for w in document.warnings}
    assert len(document.text) == pytest.approx(len(plain), rel=0.01)


def test_two_column_template_does_not_interleave() -> None:
    path = need(FIXTURES / "resume-matcher" / "templates" / "two-column.pdf")
    with pdfplumber.open(path) as pdf:
        plain = pdf.pages[0].extract_text()
    document = extract(path)
    assert "multi_column" in {w.code for w in document.warnings}
    # Every line of the faithful text is a line of one column: it appears inside
    # some naive line, never the other way round (a naive line mixing two columns).
    naive_lines = plain.splitlines()
    mixed = [line for line in naive_lines if line not in document.text]
    assert mixed, "the naive reading should mix columns on this layout"
    first_sidebar = document.text.index("SKILLS") if "SKILLS" in document.text else -1
    assert first_sidebar > document.text.index("EXPERIENCE")


@pytest.mark.parametrize("theme", ["Classic", "Harvard", "Moderncv", "Sb2nov"])
def test_rendercv_dates_margin_stays_on_the_entry_line(theme: str) -> None:
    """A margin of dates is not a column: each date stays on its entry's line."""
    path = need(FIXTURES / "template-resumes" / "rendercv" / f"John_Doe_{theme}Theme_CV.pdf")
    document = extract(path)
    assert "multi_column" not in {w.code for w in document.warnings}


@pytest.mark.parametrize("angle", [90, -90])
def test_rotated_text_reads_in_lines(angle: float) -> None:
    lines = ["Senior Software Engineer with Python", "and Kubernetes experience", "Certified Kubernetes Administrator"]
    document = extract(make_rotated_pdf(lines, angle=angle))
    assert _lines(document.text) == lines


def test_rotated_fixture_reads_rows_and_sentences() -> None:
    path = need(FIXTURES / "robustness" / "pdf" / "pdfplumber__nics-background-checks-2015-11-rotated.pdf")
    text = extract(path).text
    assert "These statistics represent the number of firearm background checks" in text
    assert "NICS Firearm Background Checks" in text
    assert "Arkansas" in text  # pdfplumber's de-duplication used to drop a letter here


def test_line_end_hyphenation_is_repaired() -> None:
    assert repair_hyphenation("coordi-\nnation of care") == "coordination of care"
    assert repair_hyphenation("Kuber-\nnetes clusters") == "Kubernetes clusters"
    assert repair_hyphenation("a full-\ntime role") == "a full-time role"
    assert repair_hyphenation("2019-\n2021") == "2019-\n2021"
    assert repair_hyphenation("SKILLS -\nPython") == "SKILLS -\nPython"
    assert repair_hyphenation("Co-\nFounder") == "Co-\nFounder"  # next line starts a capital


def test_hyphenation_in_a_real_pdf() -> None:
    document = extract(make_pdf(["Led patient care coordi-\nnation across 3 clinics\n- Python and SQL"]))
    assert "Led patient care coordination across 3 clinics" in document.text
    assert "- Python and SQL" in document.text.splitlines()  # a bullet still starts its line


def test_cid_noise_is_removed_and_reported() -> None:
    text, garbled = clean_page("(cid:12)(cid:13)(cid:14) " * 10 + "Python")
    assert "(cid:" not in text and text.strip().endswith("Python")
    assert garbled
    text, garbled = clean_page("Python, SQL and Kubernetes (cid:3)")
    assert text == "Python, SQL and Kubernetes " and not garbled


def test_symbol_font_bullets_become_bullets() -> None:
    text, garbled = clean_page("\uf0b7 Python\n\uf0b7 SQL")
    assert text == "• Python\n• SQL" and not garbled


def test_page_numbers_of_mentions_survive_columns() -> None:
    data = make_pdf(["Jane Doe\nSUMMARY\nEngineer", "SKILLS\nPython"])
    document = extract(data)
    assert document.page_of(document.text.index("Python")) == 2
    assert document.page_starts[1] == document.text.index("SKILLS")


def test_long_document_warning() -> None:
    document = extract(make_pdf([f"Page {n}\nPython and SQL" for n in range(6)]))
    warning = next(w for w in document.warnings if w.code == "long_document")
    assert "6 page(s)" in warning.message and "first page" in warning.message
    assert "long_document" not in {w.code for w in extract(make_pdf(["short"])).warnings}
    assert "long_document" in {w.code for w in extract(("word " * 1600).encode()).warnings}
