"""PDF engines side by side: pdfplumber (layout-aware) vs pypdfium2 (fast).

For every PDF in ``examples/`` and ``../shared/fixtures/`` (those that extract at
all), in the same run: milliseconds per page for each engine, end-to-end
``find_terms`` time for one-page resumes, and whether both engines give the same set
of vocabulary terms (issue 7 goal: the same set for at least 99% of files; the fast
engine's end-to-end cost for a one-page resume under 3 ms). The vocabulary for a file
is the software-engineer one for the software resumes and job posts in
``resume-matcher/`` and ``template-resumes/`` when shipped, else the default one.

Run: ``python benchmarks/pdf_engines.py``
"""

from __future__ import annotations

import logging
from pathlib import Path

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


def main() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    rows = []
    same = compared = 0
    one_page_fast: list[float] = []
    one_page_slow: list[float] = []
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
        if slow_doc.pages == 1:
            one_page_fast.append(
                median_seconds(
                    lambda path=path, vocab=vocab: resumematch.find_terms(path, vocab=vocab, engine="pypdfium2"),
                    repeat=5,
                )
            )
            one_page_slow.append(
                median_seconds(
                    lambda path=path, vocab=vocab: resumematch.find_terms(path, vocab=vocab, engine="pdfplumber"),
                    repeat=3,
                )
            )
        rows.append(
            (
                path.name[:48],
                slow_doc.pages,
                slow * 1000 / slow_doc.pages,
                fast * 1000 / slow_doc.pages,
                slow / fast,
                "yes" if slow_terms == fast_terms else "NO",
            )
        )
    print("Milliseconds per page by engine (median), and whether both give the same terms\n")
    print(table(["file", "pages", "pdfplumber", "pypdfium2", "speed-up x", "same terms"], rows))
    if compared:
        print(f"\nsame set of terms: {same}/{compared} files = {100 * same / compared:.1f}% (goal >= 99%)")
    for name, diff in differences:
        print(f"  differs: {name}: {', '.join(diff)}")
    if one_page_fast:
        one_page_fast.sort()
        one_page_slow.sort()
        fast_median = one_page_fast[len(one_page_fast) // 2] * 1000
        slow_median = one_page_slow[len(one_page_slow) // 2] * 1000
        print(
            f"one-page PDFs, end-to-end find_terms: pypdfium2 {fast_median:.1f} ms, "
            f"pdfplumber {slow_median:.1f} ms (median of {len(one_page_fast)} files; goal < 3 ms)"
        )


if __name__ == "__main__":
    main()
