"""PDF engines side by side: pypdfium2 (the default: PDFium with layout analysis),
pdfplumber (the same analysis on pdfminer) and pdfium-raw (PDFium's content order).

For every PDF in ``examples/`` and ``../shared/fixtures/`` (those that extract at
all), in the same run: milliseconds per page for each engine, and whether both
engines give the same set of vocabulary terms (issue 7 goal: the same set for at least
99% of files). Then, for every one-page PDF, the end-to-end ``find_terms`` time with
each engine beside the floor, plain pypdfium2 (open the file, read the page's text,
nothing else), so what resumematch adds is seen apart from what PDFium itself costs
(goal: the fast engine end to end under 3 ms for a one-page resume). The vocabulary for a file
is the software-engineer one for the software resumes and job posts in
``resume-matcher/`` and ``template-resumes/`` when shipped, else the default one.

``--pages``: only the page reader, in one process, on the first page of each real resume in
``../shared/fixtures/real-world/`` (issue #23 item 1): the default engine's array path
(``pdfium_arrays.py`` + ``word_arrays.py`` + the banded gutter scan) against its
per-character reference (``read_chars`` + ``duplicate_indices`` + ``extract_words`` + the
big-integer gutter scan, the engine before), and PDFium's own text (``get_text_range``),
taken in turns; wall and CPU time, and each path's stages.

Run: ``python benchmarks/pdf_engines.py [--pages]``
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from _common import EXAMPLES, FIXTURES, median_seconds, table

import resumematch
from resumematch import ResumeMatchError


def _pdfs() -> list[Path]:
    roots = [EXAMPLES, FIXTURES]
    return sorted(p for root in roots if root.exists() for p in root.rglob("*.pdf"))


def _vocab_for(path: Path) -> str:
    software = "software-engineer" in resumematch.shipped_vocabularies()
    if software and ("resume-matcher" in path.parts or "template-resumes" in path.parts):
        return "software-engineer"
    return "clinical-coordinator"


def _is_resume(path: Path) -> bool:
    return "resumes" in path.parts or "templates" in path.parts or "template-resumes" in path.parts


def plain_pypdfium2(path: Path) -> str:
    """The floor: PDFium's text of every page, with no checks, normalisation or matching."""
    document = pdfium.PdfDocument(path)
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def main() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    rows = []
    same = compared = 0
    one_page: list[tuple[str, bool, float, float, float]] = []  # name, resume?, floor, fast, slow
    differences = []
    for path in _pdfs():
        vocab = resumematch.load_vocabulary(_vocab_for(path))
        try:
            slow_doc = resumematch.extract(path, engine="pdfplumber")
            fast_doc = resumematch.extract(path, engine="pypdfium2")
        except ResumeMatchError:
            continue
        slow_terms = {m.term_id for m in resumematch.find_terms(slow_doc, vocab=vocab)[1]}
        fast_terms = {m.term_id for m in resumematch.find_terms(fast_doc, vocab=vocab)[1]}
        compared += 1
        if slow_terms == fast_terms:
            same += 1
        else:
            differences.append((path.name, sorted(slow_terms ^ fast_terms)))
        repeat = 3 if slow_doc.pages <= 3 else 1
        slow = median_seconds(lambda path=path: resumematch.extract(path, engine="pdfplumber"), repeat=repeat)
        fast = median_seconds(lambda path=path: resumematch.extract(path, engine="pypdfium2"), repeat=repeat)
        plain = median_seconds(lambda path=path: resumematch.extract(path, engine="pdfium-raw"), repeat=repeat)
        if slow_doc.pages == 1:
            floor = median_seconds(lambda path=path: plain_pypdfium2(path), repeat=7)
            fast_end = median_seconds(
                lambda path=path, vocab=vocab: resumematch.find_terms(path, vocab=vocab, engine="pypdfium2"), repeat=7
            )
            slow_end = median_seconds(
                lambda path=path, vocab=vocab: resumematch.find_terms(path, vocab=vocab, engine="pdfplumber"), repeat=3
            )
            one_page.append((path.name[:48], _is_resume(path), floor * 1000, fast_end * 1000, slow_end * 1000))
        rows.append(
            (
                path.name[:48],
                slow_doc.pages,
                slow * 1000 / slow_doc.pages,
                fast * 1000 / slow_doc.pages,
                plain * 1000 / slow_doc.pages,
                slow / fast,
                "yes" if slow_terms == fast_terms else "NO",
            )
        )
    print("Milliseconds per page by engine (median), and whether both give the same terms\n")
    print(table(["file", "pages", "pdfplumber", "pypdfium2", "pdfium-raw", "speed-up x", "same terms"], rows))
    if compared:
        print(f"\nsame set of terms: {same}/{compared} files = {100 * same / compared:.1f}% (goal >= 99%)")
    for name, diff in differences:
        print(f"  differs: {name}: {', '.join(diff)}")
    if not one_page:
        return
    print("\nOne-page PDFs, end-to-end find_terms (ms, median of 7; pdfplumber of 3)\n")
    print(
        table(
            ["file", "resume", "plain pypdfium2", "find_terms pypdfium2", "added", "find_terms pdfplumber"],
            [(n, "yes" if r else "no", floor, fast, fast - floor, slow) for n, r, floor, fast, slow in one_page],
        )
    )
    for label, rows_of in (("one-page resumes", [o for o in one_page if o[1]]), ("all one-page PDFs", one_page)):
        if rows_of:
            floor, fast, added, slow = (
                statistics.median(values)
                for values in zip(*[(o[2], o[3], o[3] - o[2], o[4]) for o in rows_of], strict=True)
            )
            print(
                f"{label} ({len(rows_of)}): find_terms pypdfium2 {fast:.1f} ms (goal < 3 ms), of which plain "
                f"pypdfium2 {floor:.1f} ms and resumematch {added:.1f} ms; pdfplumber {slow:.1f} ms"
            )


def _stages_of(path: Path, *, arrays: bool) -> dict[str, float]:
    """One read of the first page, each stage's wall seconds (PDFium's open and text page apart)."""
    from resumematch.extract import gutters, layout
    from resumematch.extract import pdfium as engine
    from resumematch.extract.pdfium_arrays import read_char_arrays
    from resumematch.extract.pdfium_chars import read_chars
    from resumematch.extract.word_arrays import upright_words, without_fake_bold
    from resumematch.extract.words import extract_words, plain_text

    clock = time.perf_counter
    started = clock()
    document = pdfium.PdfDocument(path)
    page = document[0]
    textpage = page.get_textpage()
    opened = clock()
    if arrays:
        chars = read_char_arrays(page, textpage)
        assert chars is not None, f"{path.name}: not an array-path page"
        width, height = chars.width, chars.height
        read = clock()
        chars = without_fake_bold(chars)
        deduplicated = clock()
        words = upright_words(chars, x_tolerance_ratio=layout.X_TOLERANCE_RATIO)
    else:
        char_list, width, height = read_chars(page, textpage)
        read = clock()
        char_list = engine._without_fake_bold(char_list)
        deduplicated = clock()
        words = extract_words(char_list, x_tolerance_ratio=layout.X_TOLERANCE_RATIO)
    cut = clock()
    scan = layout._candidate_runs
    if not arrays:
        layout._candidate_runs = gutters.candidate_runs_plain  # the gutter scan before, too
    try:
        layout.page_text(words, width, height, lambda: plain_text(words))
    finally:
        layout._candidate_runs = scan
    ordered = clock()
    textpage.close()
    page.close()
    document.close()
    return {
        "open + text page": opened - started,
        "characters": read - opened,
        "fake bold": deduplicated - read,
        "words": cut - deduplicated,
        "reading order": ordered - cut,
    }


def _raw_text(path: Path) -> None:
    document = pdfium.PdfDocument(path)
    page = document[0]
    textpage = page.get_textpage()
    textpage.get_text_range()
    textpage.close()
    page.close()
    document.close()


def page_readers(repeat: int = 5) -> None:
    """The page reader's paths side by side on the real resumes' first pages (``--pages``)."""
    from resumematch.extract.pdfium_arrays import read_char_arrays

    root = FIXTURES / "real-world" / "resumes"
    paths = []
    for path in sorted(root.rglob("*.pdf")):  # first pages that take the array path (all, today)
        page = pdfium.PdfDocument(path)[0]
        if read_char_arrays(page, page.get_textpage()) is not None:
            paths.append(path)
    if not paths:
        print(f"no PDFs under {root}")
        return
    contenders: list[tuple[str, Callable[[Path], object]]] = [
        ("arrays (default)", lambda p: _stages_of(p, arrays=True)),
        ("per character (before)", lambda p: _stages_of(p, arrays=False)),
        ("PDFium text only", _raw_text),
    ]
    wall: dict[str, list[float]] = {name: [] for name, _ in contenders}
    cpu: dict[str, list[float]] = {name: [] for name, _ in contenders}
    stages: dict[str, dict[str, list[float]]] = {name: {} for name, _ in contenders[:2]}
    for _ in range(repeat):
        for path in paths:
            for name, read in contenders:  # in turns: every contender meets the same load
                wall_start, cpu_start = time.perf_counter(), time.process_time()
                split = read(path)
                wall[name].append(time.perf_counter() - wall_start)
                cpu[name].append(time.process_time() - cpu_start)
                if isinstance(split, dict):
                    for stage, seconds in split.items():
                        stages[name].setdefault(stage, []).append(seconds)
    load = open("/proc/loadavg").read().split()[0] if Path("/proc/loadavg").exists() else "?"  # noqa: SIM115
    print(
        f"Page reader on the first page of {len(paths)} real resumes, {repeat} rounds in turns "
        f"(ms per page, median over files and rounds; load average {load})\n"
    )
    base = statistics.median(wall[contenders[0][0]])
    print(
        table(
            ["path", "wall ms", "CPU ms", "wall vs arrays"],
            [
                (
                    name,
                    statistics.median(wall[name]) * 1000,
                    statistics.median(cpu[name]) * 1000,
                    f"{statistics.median(wall[name]) / base:.2f}x",
                )
                for name, _ in contenders
            ],
        )
    )
    print("\nStages (wall ms, median)\n")
    names = list(stages[contenders[0][0]])
    print(
        table(
            ["stage", *stages],
            [(stage, *(statistics.median(stages[path][stage]) * 1000 for path in stages)) for stage in names],
        )
    )


if __name__ == "__main__":
    if "--pages" in sys.argv[1:]:
        page_readers()
    else:
        main()
