"""Generated PDFs that exercise the reading-order analysis, for the engine comparisons.

``tests/test_pdf_engines.py`` and ``benchmarks/pdf_faithfulness.py`` read each with the
PDFium and the pdfplumber engines and compare what they find; the PDFium array tests read
every page of these and of the shipped PDFs (``pdf_sources``, ``pdf_pages``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF
from makers import make_columns_pdf, make_pdf, make_rotated_pdf

SIDEBAR = ["SKILLS", "Python", "Kubernetes", "PostgreSQL", "Terraform", "EDUCATION", "BS Computer Science"]
MAIN = [
    "EXPERIENCE",
    "Senior Engineer, Acme Corp",
    "Built data pipelines in Spark",
    "Led migration to AWS",
    "Engineer, Beta Inc",
    "Maintained CI/CD with Jenkins",
    "Wrote Go services",
]
HYPHENATED = (
    "Jane Doe\nSUMMARY\nClinical research coordi-\nnator with Epic and REDCap experi-\nence\n"
    "EXPERIENCE\nRegistered Nurse, full-\ntime at Mercy\nSKILLS\nBLS, ACLS, Kuber-\nnetes"
)


def make_fake_bold_pdf(lines: list[str], *, copies: int = 3, offset: float = 0.25) -> bytes:
    """Each line drawn ``copies`` times a fraction of a point apart: "fake bold"."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    y = 20.0
    for line in lines:
        for copy in range(copies):
            pdf.text(20 + copy * offset * 0.3528, y, line)  # points to millimetres
        y += 7
    return bytes(pdf.output())


def generated_pdfs() -> dict[str, bytes]:
    """Every generated layout, by a name that says what it tests."""
    return {
        "single-column": make_pdf(["Jane Doe\nSUMMARY\nEngineer    with    gaps\nSKILLS\nPython, SQL\n" * 3]),
        "two-columns": make_columns_pdf([SIDEBAR, MAIN], header=["Jane Doe", "jane@example.com"], widths=[55, 115]),
        "three-columns": make_columns_pdf(
            [SIDEBAR, MAIN, ["PROJECTS", "resumematch", "A parser"]], widths=[40, 80, 50]
        ),
        "sidebar-right": make_columns_pdf([MAIN, SIDEBAR], header=["Jane Doe"], widths=[115, 55]),
        "fake-bold": make_fake_bold_pdf(["EXPERIENCE", *MAIN[1:], "SKILLS", "Python, Kubernetes, Terraform"]),
        "hyphenated": make_pdf([HYPHENATED]),
        "rotated-90": make_rotated_pdf(["SKILLS", "Python and Kubernetes", "EXPERIENCE", "Arkansas Terraform"]),
        "rotated-270": make_rotated_pdf(["SKILLS", "Python and Kubernetes", "EXPERIENCE", "Arkansas"], angle=270),
        "two-pages": make_pdf(["Jane Doe\nEXPERIENCE\nNurse at Mercy", "EDUCATION\nBSN, 2019\nSKILLS\nBLS, ACLS"]),
    }


def pdf_sources(*roots: Path) -> dict[str, bytes | Path]:
    """The generated layouts and every PDF under ``roots`` that exist, by name."""
    sources: dict[str, bytes | Path] = dict(generated_pdfs())
    for root in roots:
        if root.exists():
            sources.update({str(path.relative_to(root)): path for path in sorted(root.rglob("*.pdf"))})
    return sources


def pdf_pages(source: bytes | Path, limit: int | None = None) -> Iterator[tuple[pdfium.PdfPage, pdfium.PdfTextPage]]:
    """A PDF's pages (the first ``limit``) with their text pages; none for a file PDFium cannot
    open (encrypted or unreadable: the engine hands these on before reading characters)."""
    try:
        document = pdfium.PdfDocument(source)
    except pdfium.PdfiumError:
        return
    try:
        for index in range(len(document) if limit is None else min(len(document), limit)):
            page = document[index]
            yield page, page.get_textpage()
    finally:
        document.close()
