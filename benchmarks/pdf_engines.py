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

Run: ``python benchmarks/pdf_engines.py``
"""

from __future__ import annotations

import logging
import statistics
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


if __name__ == "__main__":
    main()
