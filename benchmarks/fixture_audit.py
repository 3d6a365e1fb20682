"""Re-check the audit of resumes outside the development set (issue 18, held-out robustness).

``benchmarks/data/audit/fixture-audit.csv`` holds what a careful reading of the resumes
in ``../shared/fixtures`` (except ``real-world/``) and ``examples/resumes`` found wrong
with the default vocabulary's mentions: each row a document, a term, a snippet of the
text (``where``), a verdict (``false_hit``: a mention there must not be affirmed;
``miss``: an affirmed mention there is expected) and the class of error. This script
runs ``find_terms`` over each document and prints, per class, how many rows are still
wrong, then every row still wrong.

Run: python benchmarks/fixture_audit.py
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from _common import EXAMPLES, SHARED, table

from resumematch import Mention, find_terms

AUDIT = Path(__file__).resolve().parent / "data" / "audit" / "fixture-audit.csv"
_SPACE = re.compile(r"\s+")


def resolve(doc: str) -> Path:
    """A row's document: ``fixtures/...`` under ../shared, ``examples/...`` in the project."""
    if doc.startswith("examples/"):
        return EXAMPLES / doc.removeprefix("examples/")
    return SHARED / doc


def occurrences(text: str, snippet: str) -> list[tuple[int, int]]:
    """Where ``snippet`` occurs in ``text``, any run of whitespace matching any other, case-insensitively."""
    words = [re.escape(word) for word in _SPACE.split(snippet.strip())]
    pattern = re.compile(r"\s+".join(words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def affirmed_at(mentions: tuple[Mention, ...], term: str, spans: list[tuple[int, int]]) -> bool:
    """Whether an affirmed mention of ``term`` overlaps one of ``spans``."""
    return any(
        m.term_id == term and m.status == "affirmed" and any(m.start < end and start < m.end for start, end in spans)
        for m in mentions
    )


def main() -> None:
    with AUDIT.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found: dict[str, tuple[str, tuple[Mention, ...]]] = {}
    wrong: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    left = []
    for row in rows:
        if row["doc"] not in found:
            document, mentions = find_terms(resolve(row["doc"]))
            found[row["doc"]] = (document.text, mentions)
        text, mentions = found[row["doc"]]
        spans = occurrences(text, row["where"])
        if not spans:
            raise SystemExit(f"{row['doc']}: {row['where']!r} is not in the text")
        held = affirmed_at(mentions, row["term"], spans)
        key = (row["class"], row["verdict"])
        total[key] += 1
        if held == (row["verdict"] == "false_hit"):
            wrong[key] += 1
            left.append((row["verdict"], row["class"], row["doc"], row["term"], row["where"]))
    print(f"{len(rows)} audited rows over {len(found)} documents ({AUDIT.name})\n")
    print(table(["class", "verdict", "still wrong", "rows"], [[c, v, wrong[(c, v)], total[(c, v)]] for c, v in total]))
    hits = sum(n for (_, v), n in wrong.items() if v == "false_hit")
    misses = sum(n for (_, v), n in wrong.items() if v == "miss")
    print(
        f"\nfalse hits left {hits}/{sum(n for (_, v), n in total.items() if v == 'false_hit')}, "
        f"misses left {misses}/{sum(n for (_, v), n in total.items() if v == 'miss')}"
    )
    for row in left:
        print("  " + " | ".join(row))


if __name__ == "__main__":
    main()
