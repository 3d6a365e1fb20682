"""Accuracy and ranking pooled over groups of labelled sets, so that a rule is judged on sets it was not written from.

Fourteen sessions of rules lifted the sets they were written from and moved unseen sets by
almost nothing (``benchmarks/README.md``, "Fifteenth session: validation groups"). The
labelled sets are therefore kept in three groups:

* ``devel``: the dev set and the probe sets whose documents, labels and errors may be read
  while writing rules;
* ``valid``: sets whose pooled figures may be read while writing rules, never their
  documents, labels or errors; a change is kept only if it holds or lifts them;
* ``clean``: sets nobody reads or runs until a session's end reading (``--clean``), the
  estimate of the held-out set.

A group's figures are pooled over its sets (micro-averaged for resumes: every expected term
counts once; averaged over postings for ranking), beside each set's own.

Usage::

    python benchmarks/probe_groups.py resumes [--errors] [--clean] GROUP_OR_SET...
    python benchmarks/probe_groups.py postings [--per-posting] [--clean] GROUP_OR_SET...

A GROUP_OR_SET is ``devel``, ``valid``, ``clean``, or a comma-separated list of set names
(``dev`` for the development set; a probe folder's name, e.g. ``fresh9`` or ``postings12``).
``--errors`` lists the misses and false hits of each resume, of ``devel`` sets only.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import accuracy
import ranking
from _common import ROOT

from resumematch import Vocabulary, default_vocabulary, extract

PROBES = ROOT / "benchmarks" / "data" / "probe"
VALID = frozenset({*(f"fresh{n}" for n in range(17, 40)), *(f"postings{n}" for n in range(18, 39))})
CLEAN = frozenset({*(f"fresh{n}" for n in range(40, 43)), *(f"postings{n}" for n in range(39, 41))})


def probe_sets(postings: bool) -> list[str]:
    """The probe folders holding resumes (or postings), in the order they were written."""
    names = [p.name for p in PROBES.iterdir() if p.is_dir() and not p.name.startswith("grades")]
    chosen = [n for n in names if n.startswith("postings") == postings]
    return sorted(chosen, key=lambda n: (n.rstrip("0123456789"), int(n[len(n.rstrip("0123456789")) :] or 1)))


def group_sets(group: str, postings: bool, *, clean: bool) -> list[str]:
    """The sets a command-line GROUP_OR_SET names; clean sets only with ``clean``."""
    every = probe_sets(postings)
    if group == "devel":
        names = ["dev", *(n for n in every if n not in VALID and n not in CLEAN)]
    elif group in ("valid", "clean"):
        names = [n for n in every if n in (VALID if group == "valid" else CLEAN)]
    else:
        names = group.split(",")
    refused = [n for n in names if n in CLEAN and not clean]
    if refused:
        raise SystemExit(f"refused: {', '.join(refused)} are clean sets, read only at a session's end (--clean)")
    return names


@dataclass
class Pooled:
    """Counts of one group of resume sets."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    negated: int = 0
    negated_held: int = 0
    traps: int = 0
    trap_hits: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)

    def add(self, tally: accuracy.Tally) -> None:
        self.tp += sum(tally.tp.values())
        self.fp += sum(tally.fp.values())
        self.fn += sum(tally.fn.values())
        self.negated += tally.negated
        self.negated_held += tally.negated_held
        self.traps += tally.traps
        self.trap_hits += tally.trap_hits
        for kind in set(tally.tp) | set(tally.fp) | set(tally.fn):
            row = self.by_kind.setdefault(kind, [0, 0, 0])
            row[0] += tally.tp[kind]
            row[1] += tally.fp[kind]
            row[2] += tally.fn[kind]

    def line(self) -> str:
        recall = accuracy.ratio(self.tp, self.tp + self.fn)
        precision = accuracy.ratio(self.tp, self.tp + self.fp)
        return (
            f"recall {recall:.4f} precision {precision:.4f} negated held {self.negated_held}/{self.negated} "
            f"traps {self.trap_hits}/{self.traps} (tp {self.tp} fp {self.fp} fn {self.fn})"
        )

    def kinds(self) -> str:
        return "; ".join(
            f"{kind} {accuracy.ratio(tp, tp + fn):.3f}/{accuracy.ratio(tp, tp + fp):.3f}"
            for kind, (tp, fp, fn) in sorted(self.by_kind.items())
        )


def resume_labels(name: str, vocab: Vocabulary) -> list[accuracy.Labels]:
    if name == "dev":
        return accuracy.load_labels(vocab)
    return accuracy.load_labels(vocab, PROBES / name, PROBES / name)


def report_resumes(groups: list[str], *, errors: bool, clean: bool) -> None:
    vocab = default_vocabulary()
    system = accuracy.resumematch_system(vocab)
    for group in groups:
        names = group_sets(group, postings=False, clean=clean)
        if errors and any(n in VALID or n in CLEAN for n in names):
            raise SystemExit("--errors lists devel sets only: a valid or clean set's errors are never read")
        pooled = Pooled()
        for name in names:
            labels = resume_labels(name, vocab)
            documents = {label.stem: extract(label.path) for label in labels}
            tally, found = accuracy.evaluate(labels, documents, system, vocab)
            pooled.add(tally)
            one = Pooled()
            one.add(tally)
            print(f"  {name:10} {one.line()}")
            for stem, (misses, false_hits) in sorted(found.items()) if errors else ():
                if misses or false_hits:
                    print(f"    {name}/{stem}\n      missed: {sorted(misses)}\n      false:  {sorted(false_hits)}")
        print(f"{group}: {pooled.line()}\n  by kind (recall/precision): {pooled.kinds()}")


def posting_folders(name: str) -> tuple[Path, Path]:
    """A posting set's postings and grades folders."""
    if name == "dev":
        return ranking.REAL_WORLD / "postings", ranking.GRADES
    number = name.removeprefix("postings")
    return PROBES / name, PROBES / f"grades{number}"


def report_postings(groups: list[str], *, per_posting: bool, clean: bool) -> None:
    resumes = sorted((ranking.REAL_WORLD / "resumes").glob("*/*.pdf"))
    for group in groups:
        totals, count = [0.0] * 5, 0
        for name in group_sets(group, postings=True, clean=clean):
            postings_dir, grades_dir = posting_folders(name)
            graded = {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(grades_dir.glob("*.json"))}
            subtotal = [0.0] * 5
            for stem, entry in sorted(graded.items()):
                grades = [entry["grades"][p.stem] for p in resumes]
                figures = ranking.metrics(
                    ranking.resumematch_scores(next(postings_dir.glob(f"{stem}.*")), resumes), grades
                )
                if per_posting:
                    print(f"    {name}/{stem}: NDCG@10 {figures[0]:.3f} pairwise {figures[1]:.3f} P@5 {figures[2]:.1f}")
                for index, value in enumerate(figures):
                    subtotal[index] += value
                    totals[index] += value
            n = len(graded)
            count += n
            print(f"  {name:10} ({n}) {_ranking_line(subtotal, n)}")
        print(f"{group} ({count} postings): {_ranking_line(totals, count)}")


def _ranking_line(sums: list[float], n: int) -> str:
    ndcg, pair, p5, zeros, above = sums
    return (
        f"NDCG@10 {ndcg / n:.4f} pairwise {pair / n:.4f} P@5 {p5 / n:.4f} "
        f"grade-0 in top 5 {int(zeros)} above a 1/2 {int(above)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("resumes", "postings"))
    parser.add_argument("groups", nargs="+", help="devel, valid, clean, or set names separated by commas")
    parser.add_argument("--errors", action="store_true", help="each devel resume's misses and false hits")
    parser.add_argument("--per-posting", action="store_true", help="each posting's figures")
    parser.add_argument("--clean", action="store_true", help="allow the clean sets (a session's end reading)")
    args = parser.parse_args()
    if not ranking.REAL_WORLD.is_dir():
        print(f"skipped: {ranking.REAL_WORLD} is absent (the shared fixtures are not checked out beside the project)")
        return 0
    if args.kind == "resumes":
        report_resumes(args.groups, errors=args.errors, clean=args.clean)
    else:
        report_postings(args.groups, per_posting=args.per_posting, clean=args.clean)
    return 0


if __name__ == "__main__":
    sys.exit(main())
