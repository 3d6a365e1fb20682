"""Is the PDFium engine faithful to pdfplumber? (issue #23, item 1)

For every PDF under ``../shared/fixtures/`` (recursive), ``examples/`` and the PDFs the
tests generate (``tests/pdf_layouts.py``: columns, sidebars, fake bold, hyphenation,
rotated text), in the same run: extract with ``"pypdfium2"`` (the default) and with
``"pdfplumber"``, and compare

* the set of vocabulary terms found (``find_terms``; the software-engineer vocabulary for
  the software resumes, as in ``pdf_engines.py``),
* the section headings in order,
* the parse warnings (codes),
* the text itself (reported, not required: a different space or line break is allowed),

then print every difference. Files that neither engine can read (the robustness set's
broken files) are counted apart; a file only one engine reads is a difference.

Run: ``python benchmarks/pdf_faithfulness.py [--text]`` (``--text`` prints a diff of the
text of each file whose text differs).
"""

from __future__ import annotations

import difflib
import logging
import sys
from pathlib import Path

from _common import EXAMPLES, FIXTURES, ROOT, table

import resumematch
from resumematch import ResumeMatchError
from resumematch.extract import ExtractLimits

sys.path.insert(0, str(ROOT / "tests"))
from pdf_layouts import generated_pdfs

LIMITS = ExtractLimits(timeout_seconds=30)


def _vocab_for(name: str) -> str:
    software = "software-engineer" in resumematch.shipped_vocabularies()
    if software and ("resume-matcher" in name or "template-resumes" in name or name.startswith("generated")):
        return "software-engineer"
    return "clinical-coordinator"


def _read(source: Path | bytes, engine: str) -> resumematch.Document | str:
    try:
        return resumematch.extract(source, engine=engine, limits=LIMITS)  # type: ignore[arg-type]
    except ResumeMatchError as exc:
        return type(exc).__name__


def _facts(document: resumematch.Document | str, vocab: object) -> tuple[set[str], list[str], list[str]]:
    if isinstance(document, str):
        return set(), [], [document]
    terms = {m.term_id for m in resumematch.find_terms(document, vocab=vocab)[1]}
    return terms, [s.heading for s in document.sections], sorted(w.code for w in document.warnings)


def main() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    show_text = "--text" in sys.argv
    sources: list[tuple[str, Path | bytes]] = [
        (str(p.relative_to(root.parent)), p)
        for root in (FIXTURES, EXAMPLES)
        if root.exists()
        for p in sorted(root.rglob("*.pdf"))
    ]
    sources += [(f"generated/{name}", data) for name, data in generated_pdfs().items()]
    vocabularies = {name: resumematch.load_vocabulary(name) for name in {_vocab_for(n) for n, _ in sources}}
    rows = []
    counts = {
        "files": 0,
        "unreadable by both": 0,
        "same terms": 0,
        "same sections": 0,
        "same warnings": 0,
        "same text": 0,
    }
    differences: list[str] = []
    for name, source in sources:
        new, old = _read(source, "pypdfium2"), _read(source, "pdfplumber")
        counts["files"] += 1
        if isinstance(new, str) and isinstance(old, str):
            counts["unreadable by both"] += 1
            continue
        vocab = vocabularies[_vocab_for(name)]
        new_terms, new_sections, new_warnings = _facts(new, vocab)
        old_terms, old_sections, old_warnings = _facts(old, vocab)
        same_text = not isinstance(new, str) and not isinstance(old, str) and new.text == old.text
        verdicts = (new_terms == old_terms, new_sections == old_sections, new_warnings == old_warnings, same_text)
        for key, same in zip(("same terms", "same sections", "same warnings", "same text"), verdicts, strict=True):
            counts[key] += same
        if not all(verdicts[:3]):
            parts = []
            if new_terms != old_terms:
                only_old, only_new = sorted(old_terms - new_terms), sorted(new_terms - old_terms)
                parts.append(f"terms only pdfplumber {only_old}, only pdfium {only_new}")
            if new_sections != old_sections:
                parts.append(f"sections pdfplumber {old_sections} vs pdfium {new_sections}")
            if new_warnings != old_warnings:
                parts.append(f"warnings pdfplumber {old_warnings} vs pdfium {new_warnings}")
            differences.append(f"{name}: " + "; ".join(parts))
            print(f"differs: {differences[-1]}", flush=True)  # as it goes: a full run takes minutes
        if not same_text and show_text and not isinstance(new, str) and not isinstance(old, str):
            diff = difflib.unified_diff(
                old.text.splitlines(), new.text.splitlines(), "pdfplumber", "pypdfium2", lineterm="", n=0
            )
            print(f"--- text of {name}\n" + "\n".join(list(diff)[:40]))
        rows.append((name[-60:], *("yes" if v else "NO" for v in verdicts)))
    print(table(["file", "terms", "sections", "warnings", "text"], rows))
    readable = counts["files"] - counts["unreadable by both"]
    unreadable = counts["unreadable by both"]
    print(f"\n{counts['files']} PDFs, {unreadable} unreadable by both engines; of the {readable} others:")
    for key in ("same terms", "same sections", "same warnings", "same text"):
        print(f"  {key}: {counts[key]}/{readable}")
    print(f"\n{len(differences)} files differ in terms, sections or warnings" + (":" if differences else "."))
    for line in differences:
        print("  " + line)


if __name__ == "__main__":
    main()
