"""Posting analysis on real job postings, against a recruiter's reading written by hand.

The postings are the 30 of ``../shared/fixtures/real-world/postings/`` (NHS text, US job
boards in Markdown with front matter); the gold analyses are
``benchmarks/data/real-world/postings/*.json`` (title, and each requirement statement with
its kind, years and degree level; rules in that folder's README). It prints, over all
postings:

* title exact: the analysed title equals the posting's title (case and spacing aside);
* requirement recall and precision, statement by statement: a gold statement is found
  when one analysed requirement covers most of its words and is mostly made of them
  (word overlap at least ``OVERLAP`` of the shorter of the two, and the analysed one at
  most four times as long, plus eight words); an analysed requirement is
  correct when it is the match of some gold statement;
* kind accuracy (required / preferred) and years accuracy over the matched pairs;

with, in the same run, a baseline that calls every non-heading line a required statement
and the first line the title (what a naive parser of these formats does).

Run: python benchmarks/posting_analysis.py [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _common import FIXTURES

from resumematch import ResumeMatchError, analyze

GOLD = Path(__file__).resolve().parent / "data" / "real-world" / "postings"
POSTINGS = FIXTURES / "real-world" / "postings"
OVERLAP = 0.6
WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Statement:
    """One requirement statement, gold or analysed."""

    text: str
    kind: str
    years: float | None = None


@dataclass(frozen=True)
class Analysis:
    title: str | None
    statements: tuple[Statement, ...]


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def overlap(gold: str, got: str) -> float:
    """Shared words over the shorter statement's; 0 when the analysed statement is far
    longer than the gold one (a whole section read as one requirement finds nothing)."""
    wa, wb = set(words(gold)), set(words(got))
    if not wa or not wb or len(wb) > 4 * len(wa) + 8:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def same_title(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and words(a) == words(b)


def load_gold(path: Path) -> Analysis:
    raw = json.loads(path.read_text("utf-8"))
    return Analysis(
        raw["title"],
        tuple(Statement(r["text"], r["kind"], r.get("years")) for r in raw["requirements"]),
    )


def resumematch_system(path: Path) -> Analysis:
    try:
        profile = analyze(path)
    except ResumeMatchError:
        return Analysis(None, ())
    return Analysis(profile.title, tuple(Statement(r.text, r.kind, r.years) for r in profile.requirements))


def lines_system(path: Path) -> Analysis:
    lines = [line.strip(" -*•\t") for line in path.read_text("utf-8", errors="replace").splitlines()]
    lines = [line for line in lines if line]
    title = lines[0] if lines else None
    return Analysis(title, tuple(Statement(line, "required") for line in lines[1:] if len(words(line)) > 3))


@dataclass
class Scores:
    titles: int = 0
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    pairs: int = 0
    kind_right: int = 0
    years_pairs: int = 0
    years_right: int = 0


def evaluate(gold: Analysis, got: Analysis, scores: Scores) -> tuple[list[str], list[str], list[str], list[str]]:
    """Add one posting to ``scores``; return its missed, spurious, wrong-kind and wrong-years statements."""
    scores.titles += same_title(gold.title, got.title)
    scores.gold += len(gold.statements)
    scores.predicted += len(got.statements)
    matched: set[int] = set()
    missed: list[str] = []
    wrong_kind: list[str] = []
    wrong_years: list[str] = []
    for statement in gold.statements:
        best = max(
            range(len(got.statements)), key=lambda i: overlap(statement.text, got.statements[i].text), default=None
        )
        if best is None or overlap(statement.text, got.statements[best].text) < OVERLAP:
            missed.append(statement.text)
            continue
        scores.found += 1
        matched.add(best)
        scores.pairs += 1
        if got.statements[best].kind == statement.kind:
            scores.kind_right += 1
        else:
            wrong_kind.append(f"{statement.text} (gold {statement.kind})")
        if statement.years is not None:
            scores.years_pairs += 1
            if got.statements[best].years == statement.years:
                scores.years_right += 1
            else:
                wrong_years.append(f"{statement.text} (gold {statement.years}, got {got.statements[best].years})")
    spurious = [s.text for i, s in enumerate(got.statements) if i not in matched]
    # A predicted statement may cover two gold ones; one that matches none is spurious.
    scores.correct += len(matched)
    return missed, spurious, wrong_kind, wrong_years


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list missed, spurious and wrong-kind statements")
    args = parser.parse_args()
    if not POSTINGS.is_dir():
        print(f"skipped: {POSTINGS} is absent (the shared fixtures are not checked out beside the project)")
        return 0
    golds = sorted(GOLD.glob("*.json"))
    if not golds:
        print(f"skipped: no gold analyses in {GOLD}")
        return 0
    systems: dict[str, Callable[[Path], Analysis]] = {
        "resumematch": resumematch_system,
        "every line (baseline)": lines_system,
    }
    print(f"{len(golds)} real postings, {sum(len(load_gold(p).statements) for p in golds)} gold requirements\n")
    print(
        f"{'':24}{'title':>7}{'recall':>8}{'precision':>11}{'kind':>7}{'years':>7}   found / gold, correct / analysed"
    )
    for name, system in systems.items():
        scores = Scores()
        errors = []
        for gold_path in golds:
            posting = POSTINGS / json.loads(gold_path.read_text("utf-8"))["file"]
            gold = load_gold(gold_path)
            got = system(posting)
            errors.append((posting.name, gold.title, got.title, *evaluate(gold, got, scores)))
        print(
            f"{name:24}{scores.titles / len(golds):>7.2f}{scores.found / max(scores.gold, 1):>8.2f}"
            f"{scores.correct / max(scores.predicted, 1):>11.2f}{scores.kind_right / max(scores.pairs, 1):>7.2f}"
            f"{scores.years_right / max(scores.years_pairs, 1):>7.2f}"
            f"   {scores.found} / {scores.gold}, {scores.correct} / {scores.predicted}"
        )
        if args.show_errors and name == "resumematch":
            for posting_name, gold_title, got_title, missed, spurious, wrong_kind, wrong_years in errors:
                print(f"\n{posting_name}")
                if not same_title(gold_title, got_title):
                    print(f"  title: {got_title!r}, gold {gold_title!r}")
                for label, items in (
                    ("missed", missed),
                    ("spurious", spurious),
                    ("wrong kind", wrong_kind),
                    ("years", wrong_years),
                ):
                    for item in items:
                        print(f"  {label}: {item[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
