"""Matching quality on the labelled dev set (benchmarks/data/devset.json).

Prints precision / recall / F1 for terms (per category) and for (term, status) pairs
(per status), for resumematch and two baselines computed in the same run on the same
snippets and vocabulary:

* exact  -- exact lowercase phrase lookup of every name, alias and abbreviation
  (flashtext's KeywordProcessor when installed, else a regex with word boundaries);
  everything it finds is "affirmed";
* words  -- single-word keyword overlap (the approach of popular open-source resume
  matchers): a term counts when every word of one of its forms occurs in the snippet.

Evaluation is per snippet and per term id (what a recruiter reads), micro-averaged.
Run: python benchmarks/matching_quality.py [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from resumematch import find_terms, load_vocabulary
from resumematch.match.vocabulary import Vocabulary, surface_forms

DATA = Path(__file__).resolve().parent / "data"
Pairs = set[tuple[str, str]]


def load() -> tuple[Vocabulary, list[dict]]:
    raw = json.loads((DATA / "devset.json").read_text("utf-8"))
    sources = [v if not v.endswith(".json") else str(DATA / v) for v in raw["vocabularies"]]
    return load_vocabulary(*sources), raw["snippets"]


def expected(snippet: dict) -> Pairs:
    return {tuple(e.split(":", 1)) if ":" in e else (e, "affirmed") for e in snippet["expected"]}  # type: ignore[misc]


def resumematch_system(vocab: Vocabulary) -> Callable[[str], Pairs]:
    def run(text: str) -> Pairs:
        return {(m.term_id, m.status) for m in find_terms(text, vocab=vocab)[1]}

    return run


def exact_system(vocab: Vocabulary) -> Callable[[str], Pairs]:
    try:
        from flashtext import KeywordProcessor
    except ImportError:  # optional baseline dependency
        KeywordProcessor = None
    if KeywordProcessor is not None:
        processor = KeywordProcessor(case_sensitive=False)
        for term in vocab:
            for form, _ in surface_forms(term):
                processor.add_keyword(form, term.id)

        def run(text: str) -> Pairs:
            return {(t, "affirmed") for t in processor.extract_keywords(text)}

        return run
    patterns = [
        (re.compile(r"(?<!\w)" + re.escape(f.lower()) + r"(?!\w)"), t.id) for t in vocab for f, _ in surface_forms(t)
    ]

    def run_regex(text: str) -> Pairs:
        lower = text.lower()
        return {(t, "affirmed") for p, t in patterns if p.search(lower)}

    return run_regex


def words_system(vocab: Vocabulary) -> Callable[[str], Pairs]:
    forms = [(set(re.findall(r"\w+", f.lower())), t.id) for t in vocab for f, _ in surface_forms(t)]

    def run(text: str) -> Pairs:
        words = set(re.findall(r"\w+", text.lower()))
        return {(t, "affirmed") for ws, t in forms if ws and ws <= words}

    return run


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(
    pairs: Iterable[tuple[Pairs, Pairs]], key: Callable[[tuple[str, str]], str | None], status: bool
) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for gold, got in pairs:
        if not status:
            gold = {(t, "") for t, _ in gold}
            got = {(t, "") for t, _ in got}
        for item in gold | got:
            group = key(item)
            for name in ("ALL", group):
                if name is None:
                    continue
                c = counts.setdefault(name, Counter())
                c["tp" if item in gold and item in got else "fn" if item in gold else "fp"] += 1
    return counts


def table(title: str, results: dict[str, dict[str, Counter[str]]]) -> None:
    systems = list(results)
    groups = sorted({g for r in results.values() for g in r}, key=lambda g: (g != "ALL", g))
    print(f"\n{title}")
    print(f"{'':16}" + "".join(f"{s:>22}" for s in systems))
    print(f"{'':16}" + "".join(f"{'P    R    F1   n':>22}" for _ in systems))
    for group in groups:
        row = f"{group:16}"
        for system in systems:
            c = results[system].get(group, Counter())
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            row += f"{p:>8.2f}{r:>5.2f}{f:>5.2f}{c['tp'] + c['fn']:>4}" if c else f"{'-':>22}"
        print(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list each snippet where resumematch errs")
    args = parser.parse_args()
    vocab, snippets = load()
    category = {t.id: t.category for t in vocab}
    systems = {
        "resumematch": resumematch_system(vocab),
        "exact (flashtext)": exact_system(vocab),
        "word overlap": words_system(vocab),
    }
    outputs = {name: [(expected(s), run(s["text"])) for s in snippets] for name, run in systems.items()}
    print(
        f"dev set: {sum(s['kind'] == 'resume' for s in snippets)} resume + "
        f"{sum(s['kind'] == 'job' for s in snippets)} job snippets, {len(vocab)} terms"
    )
    table("Terms (per category)", {n: score(o, lambda i: category.get(i[0], "?"), False) for n, o in outputs.items()})
    table("Term + status (per status)", {n: score(o, lambda i: i[1], True) for n, o in outputs.items()})
    if args.show_errors:
        for snippet, (gold, got) in zip(snippets, outputs["resumematch"], strict=True):
            if gold != got:
                print(
                    f"\n{snippet['id']}: {snippet['text']!r}\n"
                    f"  missed: {sorted(gold - got)}\n  extra:  {sorted(got - gold)}"
                )


if __name__ == "__main__":
    main()
