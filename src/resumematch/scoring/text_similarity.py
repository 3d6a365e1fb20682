"""The text similarity part: how close the posting's words and the resume's are, each word
weighed by what it tells.

A word every resume has ("patient", "team", "support") says little about who fits a post,
a rare one ("phlebotomy", "payroll", "reconciliations") much: each word weighs its idf
from a **background table shipped with the package** (``data/text_background.json``, the
number of documents of a fixed body of resumes and postings that hold each word; built
by ``benchmarks/text_background.py``), so ``check`` and every row of ``rank`` weigh a word
the same, whoever else applies. The posting is a set of words (a posting's repeats are its
template's); the resume's words count as BM25 counts them, saturating with repeats and
normalised by the resume's length (:class:`ResumeWords`). The credit is the cosine of
the two weighted vectors, full at :data:`SIMILARITY_FULL`. ``docs/scoring.md`` ("Text
similarity") has the measurements.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import VocabError

__all__ = [
    "MIN_POSTING_WORDS",
    "SIMILARITY_FULL",
    "Background",
    "ResumeWords",
    "background",
    "content_words",
    "similarity_gain",
    "text_cosine",
    "text_similarity",
    "word_counts",
]

MIN_POSTING_WORDS = 40
"""A posting of fewer distinct content words has too little text to compare: the part is left out."""
SIMILARITY_FULL = 0.08
"""A weighted cosine this high (about what a resume of the posting's own profession reaches) earns full credit."""
_K1 = 1.2
_B = 0.75
"""BM25's saturation (``k1``) and length normalisation (``b``), at their usual values."""

_WORD = re.compile(r"[a-z][a-z+#-]{2,}")
_STOP = frozenset(
    """and are for from has have the this that will with you your our their they them who what when where which
    while all any can may not but more also into its was were been being about over such other than then there
    these those each per within would should could must able well very including include includes work working
    worked experience experienced role roles team job jobs position post opportunity company name city state
    year years month months new use used using time full part day days week weeks hours please apply""".split()
)


def word_counts(text: str) -> Counter[str]:
    """How often each content word occurs in ``text`` (lowercased; stop words out)."""
    counts = Counter(_WORD.findall(text.lower()))
    for word in _STOP.intersection(counts):
        del counts[word]
    return counts


def content_words(text: str) -> frozenset[str]:
    """The distinct content words of a text (the stop words taken out by one set difference)."""
    return frozenset(_WORD.findall(text.lower())) - _STOP


# ------------------------------------------------------------------------ background


@dataclass(frozen=True)
class Background:
    """The background table: in how many of ``documents`` texts each word occurs."""

    documents: int
    resume_length: float
    """The mean number of content words of the real resumes of the background (BM25's average length)."""
    frequencies: Mapping[str, int]
    """Words held by at least two documents; a word not listed counts as held by one."""

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], *, where: str = "text background") -> Background:
        """Validate ``{"schema": 1, "documents": N, "resume_length": L, "frequencies": {word: n}}``;
        every problem is collected into one :class:`~resumematch.errors.VocabError`."""
        problems = []
        unknown = sorted(set(raw) - _KEYS)
        if unknown:
            problems.append(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}")
        if raw.get("schema") != 1:
            problems.append(f"'schema' must be 1, not {raw.get('schema')!r}")
        documents = raw.get("documents")
        if not isinstance(documents, int) or isinstance(documents, bool) or documents < 2:
            problems.append(f"'documents' must be a whole number of at least 2, not {documents!r}")
            documents = 0
        length = raw.get("resume_length")
        if not isinstance(length, (int, float)) or isinstance(length, bool) or length <= 0:
            problems.append(f"'resume_length' must be a positive number, not {length!r}")
            length = 1.0
        frequencies = raw.get("frequencies")
        if not isinstance(frequencies, Mapping) or not frequencies:
            problems.append("'frequencies' must be an object mapping a word to the number of documents holding it")
            frequencies = {}
        bad = [
            word
            for word, count in frequencies.items()
            if not _WORD.fullmatch(word)
            or not isinstance(count, int)
            or isinstance(count, bool)
            or not 2 <= count <= max(documents, 2)
        ]
        if bad:
            problems.append(
                f"{len(bad)} frequencies are not a lowercase word held by 2 to 'documents' documents: "
                + ", ".join(repr(word) for word in bad[:5])
            )
        if problems:
            raise VocabError(f"{where}: " + "; ".join(problems), problems)
        return cls(documents, float(length), dict(frequencies))

    def idf(self, word: str) -> float:
        """BM25's idf of ``word`` over the background (as ``rank``'s pool weights count a term)."""
        held = self.frequencies.get(word, 1)
        return math.log(1.0 + (self.documents - held + 0.5) / (held + 0.5))


_KEYS = frozenset({"schema", "description", "documents", "resume_length", "sources", "frequencies"})


@functools.cache
def background() -> Background:
    """The table shipped in ``resumematch/data/text_background.json``, read once per process."""
    text = resources.files("resumematch.data").joinpath("text_background.json").read_text("utf-8")
    return Background.from_dict(json.loads(text), where="resumematch/data/text_background.json")


@functools.cache
def _squares() -> dict[str, float]:
    """idf² of every word of the table, for a resume's norm (one dict lookup a word)."""
    table = background()
    return {word: table.idf(word) ** 2 for word in table.frequencies}


@functools.cache
def _unseen_square() -> float:
    return background().idf("") ** 2


# ------------------------------------------------------------------------ vectors


def _cosine(squares: Mapping[int, float], shared: Mapping[int, float], length: int, query_norm: float) -> float:
    """The cosine of a resume's BM25 vector with a posting's, from its words grouped by
    count: ``squares`` Σ idf² and ``shared`` Σ posting weight × idf of the shared words
    seen ``n`` times, by ``n``; ``length`` the resume's content words."""
    scale = _K1 * (1.0 - _B + _B * length / background().resume_length)
    saturation = {n: n * (_K1 + 1.0) / (n + scale) for n in squares}
    norm = sum(square * saturation[n] ** 2 for n, square in squares.items() if square > 0.0)
    if norm <= 0.0 or query_norm <= 0.0:
        return 0.0
    return sum(value * saturation[n] for n, value in shared.items()) / (query_norm * math.sqrt(norm))


class ResumeWords:
    """A resume's content words and their counts, grouped by count: BM25 weighs a word
    seen ``n`` times idf × saturation(n, length), so the weights of every word seen ``n``
    times change together when a line lengthens the resume (:func:`similarity_gain`)."""

    def __init__(self, text: str) -> None:
        self.counts: Counter[str] = word_counts(text)
        self.length = sum(self.counts.values())
        squares: dict[int, float] = {}
        known, unseen = _squares().get, _unseen_square()
        for word, count in self.counts.items():
            squares[count] = squares.get(count, 0.0) + known(word, unseen)
        self.squares = squares
        self._shared: tuple[Mapping[str, float], dict[int, float]] | None = None

    def shared(self, query: Mapping[str, float]) -> dict[int, float]:
        """Σ posting weight × idf (= idf²) of the words shared with ``query``, by their count
        here; read once per posting (the part and a suggestion's gain both ask)."""
        if self._shared is not None and self._shared[0] is query:
            return self._shared[1]
        shared: defaultdict[int, float] = defaultdict(float)
        counts = self.counts
        for word, weight in query.items():  # the query's fixed order: the same sums in every process
            count = counts.get(word)
            if count:
                shared[count] += weight**2
        self._shared = (query, shared)
        return shared


@functools.lru_cache(maxsize=64)
def _query(posting_text: str) -> tuple[dict[str, float], float] | None:
    """The posting's words, each weighing its idf, and the vector's norm; ``None`` below
    :data:`MIN_POSTING_WORDS` distinct words."""
    words = content_words(posting_text)
    if len(words) < MIN_POSTING_WORDS:
        return None
    known, unseen = _squares(), _unseen_square()
    # In sorted order, not the set's (which follows the string hash seed): floating sums
    # then add in one order, and a row's score is the same in every process.
    query = {word: math.sqrt(known.get(word, unseen)) for word in sorted(words)}
    return query, math.sqrt(sum(value * value for value in query.values()))


def _credit(cosine: float) -> float:
    return min(1.0, cosine / SIMILARITY_FULL)


def text_cosine(posting_text: str, resume_text: str, *, resume_words: ResumeWords | None = None) -> float | None:
    """The cosine of the posting's idf-weighted words and the resume's BM25-weighted ones;
    ``None`` for a posting of too few words to compare. ``resume_words``:
    ``ResumeWords(resume_text)``, when the caller has it."""
    found = _query(posting_text)
    if found is None:
        return None
    query, norm = found
    doc = ResumeWords(resume_text) if resume_words is None else resume_words
    return _cosine(doc.squares, doc.shared(query), doc.length, norm)


def text_similarity(
    posting_text: str, resume_text: str, *, resume_words: ResumeWords | None = None
) -> tuple[float, str] | None:
    """:func:`text_cosine` as a credit, full at :data:`SIMILARITY_FULL`."""
    cosine = text_cosine(posting_text, resume_text, resume_words=resume_words)
    if cosine is None:
        return None
    return _credit(cosine), f"cosine {cosine:.2f} of the posting's and the resume's words, each weighed by its rarity"


def similarity_gain(
    posting_text: str, resume_text: str, *, resume_words: ResumeWords | None = None
) -> Callable[[str], float] | None:
    """What appending a line of words to the resume adds to :func:`text_similarity`'s
    credit (negative when its words are not the posting's: the resume grows longer), for
    the honest gain of a suggestion; ``None`` where the text is not compared. The groups
    by count are read once; each line then moves only its own words up a group."""
    found = _query(posting_text)
    if found is None:
        return None
    query, norm = found
    doc = ResumeWords(resume_text) if resume_words is None else resume_words
    shared = doc.shared(query)
    now = _credit(_cosine(doc.squares, shared, doc.length, norm))

    def gain(line: str) -> float:
        added = word_counts(line)
        if not added:
            return 0.0
        squares, moved = defaultdict(float, doc.squares), defaultdict(float, shared)
        known, unseen = _squares(), _unseen_square()
        for word, extra in added.items():
            count, square = doc.counts.get(word, 0), known.get(word, unseen)
            if count:
                squares[count] -= square
            squares[count + extra] += square
            if word in query:  # the posting's weight is the same idf: its share is idf²
                if count:
                    moved[count] -= square
                moved[count + extra] += square
        return _credit(_cosine(squares, moved, doc.length + sum(added.values()), norm)) - now

    return gain
