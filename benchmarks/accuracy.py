"""Term accuracy on real resumes, against labels written by reading them.

The resumes are the 50 real PDFs of ``../shared/fixtures/real-world/resumes/``; the
labels are ``benchmarks/data/real-world/resumes/*.json`` (how they were written:
``benchmarks/data/real-world/README.md``). For resumematch and, in the same run, an
exact lookup of the vocabulary's names, aliases and abbreviations (flashtext), it prints:

* recall and precision of the terms a resume holds, per category and overall (a term
  is *held* when a mention of it is affirmed; ``optional`` labels count neither way;
  a held term implies the broader terms it names, as the score credits them, on both
  sides: in the labels and in what each system finds);
* negated-as-held: the share of ``negated`` labels (named but not held) reported held;
* trap hits: ``traps`` labels (strings a naive lookup wrongly credits) reported held.

``--labels DIR`` measures another labelled set the same way: a folder of label files whose
``file`` names a document beside them (``benchmarks/data/probe/``: resumes written here, in
the wording of real ones, to test the rules on text they were not tuned on; labelled before
resumematch was run on them, by the same rules).

Run: python benchmarks/accuracy.py [--show-errors] [--labels DIR] [--engine ENGINE] (default: the library's)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from _common import FIXTURES

from resumematch import Document, Vocabulary, default_vocabulary, extract, find_terms
from resumematch.extract import DEFAULT_PDF_ENGINE, PDF_ENGINES

LABELS = Path(__file__).resolve().parent / "data" / "real-world" / "resumes"
RESUMES = FIXTURES / "real-world" / "resumes"
HELD_STATUSES = frozenset({"affirmed"})


@dataclass(frozen=True)
class Labels:
    """One resume's hand labels, as sets of term ids."""

    stem: str
    path: Path
    expected: frozenset[str]
    negated: frozenset[str]
    traps: frozenset[str]
    optional: frozenset[str]


@dataclass
class Tally:
    """Counts for one system over the whole set."""

    tp: Counter[str]
    fp: Counter[str]
    fn: Counter[str]
    negated: int = 0
    negated_held: int = 0
    traps: int = 0
    trap_hits: int = 0


def load_labels(vocab: Vocabulary, folder: Path = LABELS, documents: Path = RESUMES) -> list[Labels]:
    """The hand labels; a term labelled held also holds the broader terms it names (Excel is
    Microsoft Office, BLS a life-support certification), as labelling rule 1 says and as
    the systems' output is read."""
    labels = []
    for path in sorted(folder.glob("**/*.json")):
        raw = json.loads(path.read_text("utf-8"))

        def ids(key: str, raw: dict = raw) -> frozenset[str]:
            return frozenset(entry["term"] for entry in raw.get(key, ()))

        expected = frozenset(with_broader(ids("expected"), vocab))
        labels.append(
            Labels(
                stem=path.stem,
                path=documents / raw["file"],
                expected=expected,
                # A term both held and named-but-not-held (an RN who also mentions
                # "the charge RN") is held: the negated label only tests the other mention.
                negated=ids("negated") - expected,
                traps=ids("traps") - expected,
                optional=ids("optional") - expected,
            )
        )
    return labels


def with_broader(term_ids: Iterable[str], vocab: Vocabulary) -> set[str]:
    held = set(term_ids)
    for term_id in list(held):
        if term_id in vocab:
            held.update(vocab.ancestors(term_id))
    return held


def resumematch_system(vocab: Vocabulary) -> Callable[[Document], set[str]]:
    def run(document: Document) -> set[str]:
        _, mentions = find_terms(document, vocab=vocab)
        return with_broader((m.term_id for m in mentions if m.status in HELD_STATUSES), vocab)

    return run


def exact_system(vocab: Vocabulary) -> Callable[[Document], set[str]]:
    from flashtext import KeywordProcessor  # benchmark dependency (pip install -e ".[bench]")

    folded = KeywordProcessor(case_sensitive=False)
    exact = KeywordProcessor(case_sensitive=True)
    for term in vocab:
        for form in (term.name, *term.aliases):
            folded.add_keyword(form, term.id)
        for form in term.abbreviations:
            exact.add_keyword(form, term.id)

    def run(document: Document) -> set[str]:
        found = set(folded.extract_keywords(document.text)) | set(exact.extract_keywords(document.text))
        return with_broader(found, vocab)

    return run


def evaluate(
    labels: list[Labels], documents: dict[str, Document], system: Callable[[Document], set[str]], vocab: Vocabulary
) -> tuple[Tally, dict[str, tuple[set[str], set[str]]]]:
    tally = Tally(Counter(), Counter(), Counter())
    errors: dict[str, tuple[set[str], set[str]]] = {}

    def category(term_id: str) -> str:
        return vocab.get(term_id).category if term_id in vocab else "not in vocabulary"

    for label in labels:
        held = system(documents[label.stem])
        misses = set(label.expected - held)
        false_hits = held - label.expected - label.optional
        for term_id in label.expected & held:
            tally.tp[category(term_id)] += 1
        for term_id in misses:
            tally.fn[category(term_id)] += 1
        for term_id in false_hits:
            tally.fp[category(term_id)] += 1
        tally.negated += len(label.negated)
        tally.negated_held += len(label.negated & held)
        tally.traps += len(label.traps)
        tally.trap_hits += len(label.traps & held)
        errors[label.stem] = (misses, false_hits)
    return tally, errors


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def print_table(results: dict[str, Tally]) -> None:
    categories = sorted({c for t in results.values() for c in (*t.tp, *t.fn, *t.fp)})
    header = f"{'':20}" + "".join(f"{name:>26}" for name in results)
    print(header)
    print(f"{'':20}" + "".join(f"{'recall  precision    n':>26}" for _ in results))
    for group in [*categories, "ALL"]:
        row = f"{group:20}"
        for tally in results.values():
            if group == "ALL":
                tp, fp, fn = sum(tally.tp.values()), sum(tally.fp.values()), sum(tally.fn.values())
            else:
                tp, fp, fn = tally.tp[group], tally.fp[group], tally.fn[group]
            row += f"{ratio(tp, tp + fn):>9.3f}{ratio(tp, tp + fp):>11.3f}{tp + fn:>6}"
        print(row)
    print()
    for name, tally in results.items():
        print(
            f"{name}: negated reported as held {tally.negated_held}/{tally.negated} "
            f"({ratio(tally.negated_held, tally.negated) if tally.negated else 0:.1%}), "
            f"trap hits {tally.trap_hits}/{tally.traps}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list every miss and false hit per resume")
    parser.add_argument("--engine", default=DEFAULT_PDF_ENGINE, choices=PDF_ENGINES)
    parser.add_argument("--labels", type=Path, help="a folder of labels whose documents lie beside them")
    args = parser.parse_args()
    if args.labels:
        folder, documents_root, kind = args.labels, args.labels, "labelled"
    else:
        folder, documents_root, kind = LABELS, RESUMES, "labelled real"
    if not documents_root.is_dir():
        print(f"skipped: {documents_root} is absent (the shared fixtures are not checked out beside the project)")
        return 0
    vocab = default_vocabulary()
    labels = load_labels(vocab, folder, documents_root)
    if not labels:
        print(f"skipped: no labels in {folder}")
        return 0
    documents = {label.stem: extract(label.path, engine=args.engine) for label in labels}
    systems = {"resumematch": resumematch_system(vocab)}
    try:
        systems["exact lookup (flashtext)"] = exact_system(vocab)
    except ImportError as error:
        print(f"baseline skipped: {error.name} is absent (pip install -e '.[bench]')", file=sys.stderr)
    results, errors = {}, {}
    for name, system in systems.items():
        results[name], errors[name] = evaluate(labels, documents, system, vocab)
    print(
        f"{len(labels)} {kind} resumes, {sum(len(label.expected) for label in labels)} expected terms, "
        f"vocabulary of {len(vocab)} terms, engine {args.engine}\n"
    )
    print_table(results)
    if args.show_errors:
        for label in labels:
            misses, false_hits = errors["resumematch"][label.stem]
            if misses or false_hits:
                print(f"\n{label.stem}\n  missed: {sorted(misses)}\n  false:  {sorted(false_hits)}")
                negated = label.negated & resumematch_system(vocab)(documents[label.stem])
                traps = label.traps & resumematch_system(vocab)(documents[label.stem])
                if negated or traps:
                    print(f"  negated held: {sorted(negated)}  trap hits: {sorted(traps)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
