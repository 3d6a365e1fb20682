"""How far two labellers of the same resumes agree, and what that caps a system's figures at.

Issue #18's goals (recall >= 0.95, precision >= 0.97 against held-out labels "by the same
rules") assume one labeller's labels are what a second careful labeller would write. Given
two label folders A and B of the same resumes (same file stems; the format and rules of
``benchmarks/data/real-world/README.md``), this prints:

* B scored against A as if B were a system (B holds its ``expected`` terms; A's ``optional``
  terms count neither way, as ``accuracy.py`` counts them), and A against B;
* resumematch against A, against B, and against their consensus (recall over the terms both
  expect; a false hit is a held term that neither expects nor lists as optional; negated and
  traps are the terms both list so);
* with ``--classes``, disagreements counted by term kind and by which list each side put the
  term in. Evidence strings are never printed: the sets measured are validation sets, and
  their wordings must not reach rule writers.

Several pairs pool into one reading (every term counts once). Scoring, label loading and the
table are ``accuracy.py``'s.

Run: python benchmarks/label_agreement.py A B [A2 B2 ...] [--classes] [--labels-only]
  (documents are read beside A's labels, as ``accuracy.py --labels A`` reads them)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from accuracy import Labels, evaluate, load_labels, print_table, resumematch_system

from resumematch.extract import extract
from resumematch.match.vocabulary import Vocabulary, default_vocabulary
from resumematch.models import Document

LISTS = ("expected", "optional", "negated", "traps")


def load_pairs(vocab: Vocabulary, pairs: Sequence[tuple[Path, Path]]) -> tuple[list[Labels], list[Labels]]:
    """A's and B's labels of every pair, in the same order; each pair must label the same stems."""
    side_a: list[Labels] = []
    side_b: list[Labels] = []
    for folder_a, folder_b in pairs:
        labels_a = load_labels(vocab, folder_a, folder_a)
        by_stem = {label.stem: label for label in load_labels(vocab, folder_b, folder_a)}
        stems_a = [label.stem for label in labels_a]
        if sorted(stems_a) != sorted(by_stem):
            raise ValueError(
                f"{folder_a} and {folder_b} label different resumes: {sorted(set(stems_a) ^ set(by_stem))}"
            )
        side_a += labels_a
        side_b += [by_stem[stem] for stem in stems_a]
    stems = [label.stem for label in side_a]
    if len(set(stems)) != len(stems):
        raise ValueError("two pairs share a file stem; pool sets whose stems differ")
    return side_a, side_b


def placeholders(labels: Sequence[Labels]) -> dict[str, Document]:
    """An empty document per resume, named by its stem: a labeller as a system reads labels, not text."""
    return {label.stem: Document(text="", source=label.stem, format="text") for label in labels}


def labeller_system(labels: Sequence[Labels]) -> Callable[[Document], set[str]]:
    """A labeller read as a system: it holds the terms it expects (optional ones it does not commit to)."""
    expected = {label.stem: label.expected for label in labels}
    return lambda document: set(expected[document.source])


def consensus(side_a: Sequence[Labels], side_b: Sequence[Labels]) -> list[Labels]:
    """The labels both sides agree on: expected by both; anything either credits is optional at worst."""
    agreed = []
    for a, b in zip(side_a, side_b, strict=True):
        expected = a.expected & b.expected
        optional = (a.expected | b.expected | a.optional | b.optional) - expected
        agreed.append(
            Labels(
                stem=a.stem,
                path=a.path,
                expected=expected,
                negated=(a.negated & b.negated) - optional,
                traps=(a.traps & b.traps) - optional,
                optional=optional,
            )
        )
    return agreed


def list_of(label: Labels, term_id: str) -> str:
    """Which list a term is in for one labeller ('absent' when in none)."""
    return next((name for name in LISTS if term_id in getattr(label, name)), "absent")


def disagreements(
    side_a: Sequence[Labels], side_b: Sequence[Labels], vocab: Vocabulary
) -> Counter[tuple[str, str, str]]:
    """(kind, A's list, B's list) of every term the two sides put in different lists."""
    found: Counter[tuple[str, str, str]] = Counter()
    for a, b in zip(side_a, side_b, strict=True):
        for term_id in {t for label in (a, b) for name in LISTS for t in getattr(label, name)}:
            in_a, in_b = list_of(a, term_id), list_of(b, term_id)
            if in_a != in_b:
                kind = vocab.get(term_id).category if term_id in vocab else "not in vocabulary"
                found[(kind, in_a, in_b)] += 1
    return found


def print_classes(found: Counter[tuple[str, str, str]]) -> None:
    """Counts by (A's list, B's list), then by kind and the side that credited the term (expected)."""
    print(f"disagreements: {sum(found.values())} terms in different lists")
    pairs: Counter[tuple[str, str]] = Counter()
    for (_, in_a, in_b), count in found.items():
        pairs[(in_a, in_b)] += count
    for (in_a, in_b), count in pairs.most_common():
        print(f"  A {in_a:9} B {in_b:9} {count:>5}")
    print(f"\n{'kind':20}{'A only expects':>16}{'B only expects':>16}{'other':>8}")
    for kind in sorted({k for k, _, _ in found}):
        a_only = sum(c for (k, in_a, in_b), c in found.items() if k == kind and in_a == "expected")
        b_only = sum(c for (k, in_a, in_b), c in found.items() if k == kind and in_b == "expected")
        other = sum(c for (k, _, _), c in found.items() if k == kind) - a_only - b_only
        print(f"{kind:20}{a_only:>16}{b_only:>16}{other:>8}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="label folders in pairs: A B [A2 B2 ...]")
    parser.add_argument("--classes", action="store_true", help="count disagreements by kind and by list")
    parser.add_argument("--labels-only", action="store_true", help="compare the labellers; do not run resumematch")
    args = parser.parse_args(argv)
    if len(args.folders) % 2:
        parser.error("label folders come in pairs (A B)")
    pairs = list(zip(args.folders[::2], args.folders[1::2], strict=True))
    missing = [str(folder) for folder in args.folders if not folder.is_dir()]
    if missing:
        print(f"skipped: {', '.join(missing)} absent")
        return 0
    vocab = default_vocabulary()
    side_a, side_b = load_pairs(vocab, pairs)
    agreed = consensus(side_a, side_b)
    print(
        f"{len(side_a)} resumes; expected terms (with the broader terms they imply): "
        f"A {sum(len(x.expected) for x in side_a)}, B {sum(len(x.expected) for x in side_b)}, "
        f"both {sum(len(x.expected) for x in agreed)}\n"
    )
    empty = placeholders(side_a)
    labellers = {
        "B against A": evaluate(side_a, empty, labeller_system(side_b), vocab)[0],
        "A against B": evaluate(side_b, empty, labeller_system(side_a), vocab)[0],
    }
    print_table(labellers)
    if not args.labels_only:
        documents = {label.stem: extract(label.path) for label in side_a}
        system = resumematch_system(vocab)
        against = {
            "resumematch vs A": evaluate(side_a, documents, system, vocab)[0],
            "resumematch vs B": evaluate(side_b, documents, system, vocab)[0],
            "resumematch vs both": evaluate(agreed, documents, system, vocab)[0],
        }
        print()
        print_table(against)
    if args.classes:
        print()
        print_classes(disagreements(side_a, side_b, vocab))
    return 0


if __name__ == "__main__":
    sys.exit(main())
