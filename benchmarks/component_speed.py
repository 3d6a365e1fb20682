"""The spaCy component at library speed: the README recipe vs ``find_mentions`` on real resumes.

Every resume PDF in ../shared/fixtures (real-world, resume-matcher, template-resumes) is
extracted once; then, in turns (one pass of each, then again), each contender reads
every text with the clinical-coordinator vocabulary:

- ``find_mentions``: the library's route (the component's call, Mentions from its rows);
- ``matcher.match_rows``: the library's route before, calling the matcher past the
  component (the baseline for "one route without losing speed");
- the README recipe on spaCy's stock tokenizer (``spacy.blank("en")`` + ``add_pipe``);
- the README recipe with ``resumematch.Tokenizer.v1`` in its config.

Figures are ms per resume (median of the passes) and each one's ratio to find_mentions.

Then the posting cache: ``check(resume, job="posting.txt")`` (the README's example) on
each resume text against the bundled posting file, with the posting analysed every
time (the cache emptied before each call) and cached by path, size and mtime.

Run: python benchmarks/component_speed.py [--passes 7]
"""

from __future__ import annotations

import argparse
import sys

import spacy
from _common import EXAMPLES, FIXTURES, interleaved_medians, table

from resumematch import Text, Vocabulary, api, check, load_vocabulary
from resumematch.extract import extract
from resumematch.match.pipeline import build_pipeline, find_mentions

FOLDERS = ("real-world/resumes", "resume-matcher/resumes", "template-resumes")
VOCAB = "clinical-coordinator"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=7)
    args = parser.parse_args()
    paths = sorted(p for folder in FOLDERS if (FIXTURES / folder).exists() for p in (FIXTURES / folder).rglob("*.pdf"))
    if not paths:
        print(f"no resume PDFs under {FIXTURES}; nothing to measure")
        return 1
    documents = [extract(p) for p in paths]
    texts = [d.text for d in documents]
    vocabulary = load_vocabulary(VOCAB)
    library = build_pipeline(vocabulary)
    matcher = library.get_pipe("resumematch_terms")

    stock = spacy.blank("en")
    stock.add_pipe("resumematch_terms", config={"vocab_sources": [VOCAB]})
    ours = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "resumematch.Tokenizer.v1"}}})
    ours.add_pipe("resumematch_terms", config={"vocab_sources": [VOCAB]})

    def run_library() -> None:
        for document in documents:
            find_mentions(document, vocabulary)

    def run_rows() -> None:
        for document in documents:
            doc = library.make_doc(document.text)
            sections = tuple((s.start, s.end, s.kind) for s in document.sections) or None
            matcher.match_rows(doc, document.text, sections)  # type: ignore[attr-defined]

    def run_stock() -> None:
        for text in texts:
            stock(text)

    def run_ours() -> None:
        for text in texts:
            ours(text)

    # Same answers first (spans without sections: the recipe's Doc has none).
    for text in texts[:5]:
        doc_a, doc_b = stock(text), ours(text)
        a = [(s.start_char, s.end_char, s.id_) for s in doc_a.spans["resumematch_terms"]]
        b = [(s.start_char, s.end_char, s.id_) for s in doc_b.spans["resumematch_terms"]]
        assert a == b, "the two recipes disagree"
    for run in (run_library, run_rows, run_stock, run_ours):  # warm up: compile, fill caches
        run()
    names = [
        "find_mentions (component call)",
        "match_rows (old library route)",
        "README recipe, stock tokenizer",
        "README recipe, resumematch.Tokenizer.v1",
    ]
    seconds = interleaved_medians([run_library, run_rows, run_stock, run_ours], repeat=args.passes)
    per_doc = [s / len(documents) * 1000 for s in seconds]
    print(f"{len(documents)} resume PDFs, {sum(len(t) for t in texts) // len(texts)} characters each on average")
    print(
        table(
            ["route", "ms/resume", "x find_mentions"],
            [(n, ms, ms / per_doc[0]) for n, ms in zip(names, per_doc, strict=True)],
        )
    )
    check_posting_cache(texts, vocabulary, args.passes)
    return 0


def check_posting_cache(texts: list[str], vocabulary: Vocabulary, passes: int) -> None:
    posting = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    resumes = [Text(t) for t in texts]

    def analysed_each_time() -> None:
        for resume in resumes:
            api._profiles.clear()
            check(resume, job=posting, vocab=vocabulary)

    def cached() -> None:
        for resume in resumes:
            check(resume, job=posting, vocab=vocabulary)

    cached()
    seconds = interleaved_medians([analysed_each_time, cached], repeat=passes)
    per_doc = [s / len(resumes) * 1000 for s in seconds]
    print()
    print(
        table(
            ["check(resume text, job=posting path)", "ms/resume"],
            [("posting analysed every call", per_doc[0]), ("posting cached (path, size, mtime)", per_doc[1])],
        )
    )


if __name__ == "__main__":
    sys.exit(main())
