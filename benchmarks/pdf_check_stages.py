"""Where a warm PDF ``check`` goes: CPU time per stage (issue #23 item 1).

Each stage of an in-process ``check(pdf, job=profile)`` is wrapped with a CPU-time
counter (``time.process_time``: on a shared machine wall time measures the other
processes), the files are checked once to warm up, then ``--rounds`` times, and the
table gives each stage's milliseconds per file. Stages nest: the indented rows are
parts of the row above them, and what a row holds besides its parts is its own work.

The wrappers cost about a microsecond a call, so the stages add up to a little more
than an unwrapped ``check``; compare rows within one run.

Run: ``python benchmarks/pdf_check_stages.py`` (the example resume, one real resume and
the 50 real resumes of ``../shared/fixtures/real-world/resumes/``).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from _common import EXAMPLES, FIXTURES, table

import resumematch
from resumematch.extract import ExtractLimits

_SPENT: dict[str, float] = {}

# (module, attribute, row): the rows in the order a check runs them, indented by nesting.
_STAGES = [
    ("resumematch.api", "find_terms", "extract + matching (find_terms)"),
    ("resumematch.extract.pdfium", "extract_pdfium_pages", "  PDFium engine, all pages"),
    ("resumematch.extract.pdfium", "_open", "    open the document"),
    ("resumematch.extract.pdfium", "read_page", "    read_page (after PDFium's page and text page)"),
    ("resumematch.extract.pdfium", "read_char_arrays", "      characters (read_char_arrays)"),
    ("resumematch.extract.pdfium_arrays", "_page_text", "        the page's text, one call"),
    ("resumematch.extract.pdfium_arrays", "objects_and_origins", "        text object + origin, 2 calls a glyph"),
    ("resumematch.extract.pdfium_arrays", "_runs", "        each run: matrix, size, font (3 calls a run)"),
    ("resumematch.extract.pdfium_arrays", "run_calls", "          of which the matrix and size calls"),
    ("resumematch.extract.pdfium_arrays", "_Glyphs", "        boxes: advance widths, descents"),
    ("resumematch.extract.pdfium_arrays", "_with_spaces", "        spaces, ligatures, false gaps"),
    ("resumematch.extract.pdfium", "without_fake_bold", "      fake bold"),
    ("resumematch.extract.pdfium", "upright_word_arrays", "      words"),
    ("resumematch.extract.pdfium", "upright_page_text", "      reading order"),
    ("resumematch.extract.layout_arrays", "_find_gutter", "        the gutter scan"),
    ("resumematch.extract", "clean_page", "  clean_page"),
    ("resumematch.extract", "normalize_text", "  normalize_text"),
    ("resumematch.api", "find_mentions", "  matching (find_mentions)"),
    ("resumematch.api", "score_resume", "scoring (score_resume)"),
]


def _counted(row: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def counted(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            _SPENT[row] = _SPENT.get(row, 0.0) + time.process_time() - start

    return counted


def _wrap_stages() -> None:
    for module_name, attribute, row in _STAGES:
        module = importlib.import_module(module_name)
        setattr(module, attribute, _counted(row, getattr(module, attribute)))
    # PDFium's page and text page: pypdfium2's methods, wrapped on the classes.
    pdfium.PdfDocument.__getitem__ = _counted("    PDFium: load the page", pdfium.PdfDocument.__getitem__)
    pdfium.PdfPage.get_textpage = _counted("    PDFium: the text page", pdfium.PdfPage.get_textpage)


def profile(files: list[Path], rounds: int) -> list[tuple[str, float]]:
    """Milliseconds of CPU per file for the whole check and each stage."""
    job = (EXAMPLES / "jobs" / "clinical-coordinator.txt").read_text("utf-8")
    vocabulary = resumematch.default_vocabulary()
    job_profile = resumematch.analyze(job, vocab=vocabulary)
    limits = ExtractLimits(isolate=False)
    for path in files:
        resumematch.check(str(path), job=job_profile, vocab=vocabulary, limits=limits)
    _SPENT.clear()
    start = time.process_time()
    for _ in range(rounds):
        for path in files:
            resumematch.check(str(path), job=job_profile, vocab=vocabulary, limits=limits)
    count = rounds * len(files)
    order = ["extract + matching (find_terms)", "  PDFium engine, all pages", "    open the document"]
    order += ["    PDFium: load the page", "    PDFium: the text page"]
    order += [row for _, _, row in _STAGES if row not in order]
    rows = [("whole check, in-process", 1000 * (time.process_time() - start) / count)]
    return rows + [(row, 1000 * _SPENT.get(row, 0.0) / count) for row in order]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="checks of the 50 real resumes (x20 for one file)")
    args = parser.parse_args()
    real = sorted((FIXTURES / "real-world" / "resumes").rglob("*.pdf"))
    cases = [
        ("strong-fit-rn.pdf", [EXAMPLES / "resumes" / "strong-fit-rn.pdf"], 20 * args.rounds),
        ("healthcare-36861863.pdf", [p for p in real if p.name == "healthcare-36861863.pdf"], 20 * args.rounds),
        (f"{len(real)} real resumes", real, args.rounds),
    ]
    _wrap_stages()
    columns = [profile(files, rounds) for _, files, rounds in cases]
    rows = [[row, *(f"{column[i][1]:.2f}" for column in columns)] for i, (row, _) in enumerate(columns[0])]
    print(f"CPU ms a file (load average {os.getloadavg()[0]:.1f})")
    print(table(["stage", *(name for name, _, _ in cases)], rows))


if __name__ == "__main__":
    main()
