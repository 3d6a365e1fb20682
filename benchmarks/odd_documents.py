"""Odd documents up to the size limit: does matching and scoring stay linear in the text?

A batch of a million files meets documents no resume writer intended: a PDF extracted
as one line of 2,000,000 characters, a list of ten thousand one-line items (each a
heading, so as many sections), a page of nothing but parentheses or credentials. A step
that costs as much as the whole text for each mention turns such a file into minutes of
work, and ``rank`` would stop it only at its hard timeout. Each shape is generated
(seeded) at four sizes up to :data:`~resumematch.extract.ExtractLimits.max_chars`, and
timed through ``extract_text``, ``find_mentions`` and ``score_resume``.

Baseline, in the same run, on texts of the same shapes and sizes (another seed, so that
neither leaves its words cached for the other): spaCy's tokenizer alone, which is
linear. The figure to read is "growth": microseconds per 1,000 characters at the
largest size over those at the smallest. About 1 is linear; the tokenizer's own growth
shows what the machine adds (caches, memory).

Run: ``python benchmarks/odd_documents.py`` (about a minute)
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from _common import EXAMPLES, table

import resumematch
from resumematch.match.pipeline import build_pipeline, find_mentions
from resumematch.scoring.score import score_resume

SIZES = (31_250, 125_000, 500_000, 2_000_000)
_FILLER = [
    *("patient", "care", "nursing", "managed", "team", "schedule", "records"),
    *("the", "and", "of", "with", "clinical", "staff", "daily"),
]


def _words(rng: random.Random, pieces: list[str], size: int, separator: str = " ") -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pieces)
        parts.append(piece)
        length += len(piece) + len(separator)
    return separator.join(parts)[:size]


def _one_long_line(rng: random.Random, size: int) -> str:
    """A resume extracted without line breaks: terms, credentials with dates, definitions."""
    pieces = [
        *_FILLER,
        *_FILLER,
        "BLS (AHA), expires May 2027",
        "Registered Nurse (RN)",
        "Epic EHR",
        "Jan 2019 - Present",
        "no ACLS",
        "familiar with HIPAA",
    ]
    return _words(rng, pieces, size)


def _many_short_lines(rng: random.Random, size: int) -> str:
    """A list of one-line items, each a heading or a credential: thousands of sections."""
    pieces = ["EXPERIENCE", "SKILLS", "Certifications", "Education", "BLS, ACLS", "Registered Nurse", "Epic", "CPT"]
    return _words(rng, pieces, size, separator="\n")


def _parentheses(rng: random.Random, size: int) -> str:
    pieces = ["(BLS)", "Basic Life Support (BLS)", "(", ")", "word", "Registered Nurse (RN)", "Certified (CPT)"]
    return _words(rng, pieces, size)


def _dense_terms(rng: random.Random, size: int) -> str:
    pieces = ["BLS", "ACLS", "RN", "Epic", "EHR", "CPR", "charge nurse", "HIPAA", "\n"]
    return _words(rng, pieces, size)


def _new_words(rng: random.Random, size: int) -> str:
    """Words no dictionary knows, each written once: new to spaCy's vocabulary, its
    tokenizer cache and the fuzzy matcher's memo (their worst case)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ("".join(rng.choice(letters) for _ in range(rng.randint(5, 10))) for _ in range(size))
    text = []
    length = 0
    for word in words:
        if length >= size:
            break
        text.append(word)
        length += len(word) + 1
    return " ".join(text)[:size]


SHAPES: dict[str, Callable[[random.Random, int], str]] = {
    "one long line": _one_long_line,
    "many short lines": _many_short_lines,
    "parentheses": _parentheses,
    "dense terms": _dense_terms,
    "new words": _new_words,
}


def main() -> None:
    vocabulary = resumematch.default_vocabulary()
    job = (EXAMPLES / "jobs" / "clinical-coordinator.txt").read_text("utf-8")
    profile = resumematch.analyze(job, vocab=vocabulary)
    nlp = build_pipeline(vocabulary)
    print(f"sizes: {', '.join(f'{s:,}' for s in SIZES)} characters; python {sys.version.split()[0]}\n")
    rows = []
    worst = 0.0
    for name, make in SHAPES.items():
        costs, base = [], []
        for size in SIZES:
            # The baseline tokenizes a text of its own (same shape and size, another
            # seed): on the same text it would leave its words cached for resumematch.
            other, text = make(random.Random(size + 1), size), make(random.Random(size), size)
            start = time.perf_counter()
            nlp.make_doc(other)
            tokenizer = time.perf_counter() - start
            start = time.perf_counter()
            document = resumematch.extract_text(text)
            mentions = find_mentions(document, vocabulary)
            score_resume(document, mentions, profile, vocabulary)
            seconds = time.perf_counter() - start
            costs.append(seconds / size * 1e9)  # us per 1,000 characters
            base.append(tokenizer / size * 1e9)
            rows.append([name, f"{size:,}", len(mentions), round(seconds, 3), round(costs[-1], 1), round(base[-1], 1)])
        growth, base_growth = costs[-1] / costs[0], base[-1] / base[0]
        worst = max(worst, growth / base_growth)
        rows.append([f"  growth, {name}", "", "", "", f"{growth:.2f}x", f"{base_growth:.2f}x"])
    headers = ["shape", "characters", "mentions", "seconds", "us per 1k chars", "tokenizer us per 1k chars"]
    print(table(headers, rows))
    print(f"\nworst growth against the tokenizer's: {worst:.2f}x (1 is linear)")


if __name__ == "__main__":
    main()
