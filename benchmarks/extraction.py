"""Extraction speed and memory: resumematch's readers against plain pdfplumber.

Prints pages/second and peak traced memory (tracemalloc) per reader, each the median
of several runs over the same files, with plain ``pdfplumber.open(...).pages[i]
.extract_text()`` measured in the same run as the baseline. Files: the resume PDFs
in ../shared/fixtures (rendercv themes, resume-matcher layouts, deedy) when present,
else generated ones; DOCX files are generated.

    python benchmarks/extraction.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import logging
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pdfplumber

from resumematch import ExtractLimits, extract

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT.parent / "shared" / "fixtures"
sys.path.insert(0, str(ROOT / "tests"))  # the test file makers, for generated inputs
from makers import make_columns_pdf, make_docx, make_pdf  # noqa: E402

LIMITS = ExtractLimits(timeout_seconds=120)


def _pdfs() -> list[bytes]:
    paths = sorted((FIXTURES / "template-resumes").glob("*/*.pdf")) + sorted(
        (FIXTURES / "resume-matcher" / "templates").glob("*.pdf")
    )
    if paths:
        return [path.read_bytes() for path in paths]
    lines = "\n".join(f"Built service {n} in Python and Go on AWS" for n in range(40))
    return [make_pdf([lines, lines]), make_columns_pdf([["SKILLS", "Python"] * 10, ["EXPERIENCE", "Engineer"] * 10])]


def _docxs() -> list[bytes]:
    paragraphs = [f"Led project {n}: Kubernetes, Terraform and PostgreSQL on GCP." for n in range(120)]
    return [
        make_docx(paragraphs, header="Jane Doe", footer="jane@example.com", table=[["Python", "SQL"]] * 10)
        for _ in range(10)
    ]


def _plain_pdfplumber(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def _reader(engine: str) -> Callable[[bytes], int]:
    def read(data: bytes) -> int:
        return extract(data, engine=engine, limits=LIMITS).pages  # type: ignore[arg-type]

    return read


def _measure(read: Callable[[bytes], int], files: list[bytes], runs: int) -> tuple[float, float]:
    """(median pages per second, peak MB of the first run's largest file)."""
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        pages = sum(read(data) for data in files)
        rates.append(pages / (time.perf_counter() - start))
    tracemalloc.start()
    read(max(files, key=len))
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(rates), peak


def main() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # odd fonts are news for tests, noise here
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pdfs, docxs = _pdfs(), _docxs()
    extract(pdfs[0])  # warm imports (ftfy, spaCy lemma table) outside the timings
    rows = [
        ("pdf", "plain pdfplumber extract_text (baseline)", _plain_pdfplumber, pdfs),
        ("pdf", "resumematch pdfplumber (columns, dedupe)", _reader("pdfplumber"), pdfs),
        ("pdf", "resumematch pypdfium2", _reader("pypdfium2"), pdfs),
        ("docx", "resumematch docx", _reader("pdfplumber"), docxs),
    ]
    results = {}
    print(f"{len(pdfs)} PDF files, {len(docxs)} DOCX files, median of {args.runs} runs\n")
    print(f"{'format':6} {'reader':44} {'pages/s':>9} {'peak MB':>8} {'vs baseline':>12}")
    for kind, label, read, files in rows:
        rate, peak = _measure(read, files, args.runs)
        results[label] = rate
        baseline = results[rows[0][1]]
        ratio = f"{baseline / rate:.2f}x time" if kind == "pdf" else "-"
        print(f"{kind:6} {label:44} {rate:9.1f} {peak:8.1f} {ratio:>12}")
    print("\npeak MB is Python-heap memory (tracemalloc): PDFium's C allocations are not counted.")


if __name__ == "__main__":
    main()
