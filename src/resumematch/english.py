"""English word lists from spaCy's lookup tables, kept in the cache folder.

Compiling a vocabulary asks which inflections and derivations are real words
(:func:`english_lemmas`, :func:`english_words`), the fuzzy matcher which words are not
misspellings (:func:`known_words`), and the PDF extractors' garbled-text check how much
of a page is English (:func:`english_words`). Reading them needs spacy-lookups-data
only, never spaCy itself.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import marshal
import math
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import spacy_lookups_data

from ._runtime.cache import cache_dir, read_cached, write_cached

__all__ = ["english_lemmas", "english_words", "known_words", "word_caches_ready", "word_frequencies"]

_WORDS_FORMAT = 2


def _lemma_path() -> Path:
    return _lookups_path("en_lemma_lookup.json.gz")


@lru_cache(maxsize=1)
def english_lemmas() -> dict[str, str]:
    """spacy-lookups-data's English form → lemma table, read directly (not through spaCy's loader).

    Only compiling a vocabulary needs it; run time needs :func:`english_words`.
    """
    with gzip.open(_lemma_path(), "rt", encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    return table


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every lowercase English word the lookup table knows (its forms and its lemmas).

    Compiling a vocabulary (which inflections and derivations are real words) and the
    PDF extractors' garbled-text check need it, so it is kept in the cache folder
    (:mod:`resumematch._runtime.cache`): loading the set is several times cheaper than unpacking
    the lemma table and collecting the words. The fuzzy matcher's wider "is this a real
    word" test is :func:`known_words`.
    """

    def build() -> frozenset[str]:
        table = english_lemmas()
        return frozenset(w for w in itertools.chain(table, table.values()) if w.islower())

    return _cached_words("english-words", build)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """:func:`english_words` plus every single-word lemma of WordNet's index.

    The lemma table lists only words that inflect, so uninflected ones ("clinical",
    "surgical", "compliant", "ohio") were missing, and the fuzzy matcher took them for
    possible misspellings: "HIPAA-compliant" became a near-miss of "compliance".
    spacy-lookups-data's ``en_lemma_index`` (WordNet's lemmas by part of speech, 51,000
    more words) closes that gap; no misspelling the matcher is meant to
    catch ("meditec", "phlebotamy", "hippa", "excell") is in it. Cached like
    :func:`english_words`.
    """

    def build() -> frozenset[str]:
        with gzip.open(_lookups_path("en_lemma_index.json.gz"), "rt", encoding="utf-8") as handle:
            index: dict[str, list[str]] = json.load(handle)
        lemmas = (w for group in index.values() for w in group if w.islower() and "_" not in w)
        return english_words() | frozenset(lemmas)

    return _cached_words("known-words", build)


def _cached_words(prefix: str, build: Callable[[], frozenset[str]]) -> frozenset[str]:
    """A word set from the cache folder, or built and stored there.

    The file holds the words as a list, tagged with the format: ``marshal`` sorts a set's
    members to write it reproducibly, which made the first run after an install miss the
    cold-start goal; reading is the same either way.
    """
    name = _words_cache_name(prefix)
    data = read_cached(name) if name else None
    if data is not None:
        try:
            stored = marshal.loads(data)
        except (ValueError, EOFError, TypeError):
            stored = None
        match stored:
            case (int(version), list(listed)) if version == _WORDS_FORMAT:
                return frozenset(listed)
    words = build()
    if name:
        write_cached(name, marshal.dumps((_WORDS_FORMAT, list(words))))
    return words


_FREQUENT_BYTES = 1 << 18
"""How much of ``en_lexeme_prob`` :func:`word_frequencies` reads: the table lists forms most
frequent first, and its first 256 KB hold the 9,745 most frequent (down to a share of 4.6e-6
of English text, "evident") in 4 ms, where the whole table (a million forms) takes 1-1.7 s.
Reading 2 MB (75,000 forms) chose keys that try as many patterns on the 50 real resumes
(2,514 against 2,497 tries; docs/performance.md)."""


def word_frequencies(words: Iterable[str]) -> dict[str, float]:
    """How often each (lowercase) word occurs in English text, as a share of all words.

    From spacy-lookups-data's ``en_lexeme_prob`` (a log-probability per form of a large
    English corpus, most frequent first), read as far as :data:`_FREQUENT_BYTES`: a word
    not among those forms gets the least share read, a bound of its own (it is rarer
    still). The token patterns pick each pattern's rarest word with it
    (:mod:`resumematch.match.pattern_index`); a rough figure is enough there, and reading
    the whole table would add a second to the first run after an install.
    """
    return dict(_frequencies(frozenset(words)))


@lru_cache(maxsize=4)
def _frequencies(words: frozenset[str]) -> tuple[tuple[str, float], ...]:
    with gzip.open(_lookups_path("en_lexeme_prob.json.gz"), "rb") as handle:
        head = handle.read(_FREQUENT_BYTES).rstrip()
    if not head.endswith(b"}"):  # cut inside the table: end it after its last whole line
        head = head[: head.rfind(b"\n")].rstrip().rstrip(b",") + b"}"
    try:
        table = json.loads(head)
    except ValueError:
        table = {}
    if not isinstance(table, dict):
        table = {}
    least = min(table.values(), default=-20.0)
    return tuple((word, math.exp(table.get(word, least))) for word in sorted(words))


def word_caches_ready() -> bool:
    """Whether :func:`english_words` and :func:`known_words` will load from the cache
    folder (or there is no cache to fill): after the first run, or with caching off."""
    folder = cache_dir()
    names = [_words_cache_name(prefix) for prefix in ("english-words", "known-words")]
    if folder is None or None in names:
        return True
    return all((folder / str(name)).is_file() for name in names)


def _lookups_path(name: str) -> Path:
    return Path(spacy_lookups_data.__file__).parent / "data" / name


def _words_cache_name(prefix: str) -> str | None:
    """A word list's cache file: named by the lookup data (version, size, time) and this code."""
    digest = _words_digest()
    return None if digest is None else f"{prefix}-{digest}.marshal"


@lru_cache(maxsize=1)
def _words_digest() -> str | None:
    """The hash both word lists' names carry (computed once: four names are asked for a run)."""
    try:
        stat = _lemma_path().stat()
        code = Path(__file__).read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(
        repr((_WORDS_FORMAT, spacy_lookups_data.__version__, stat.st_size, stat.st_mtime_ns)).encode()
    )
    digest.update(code)
    return digest.hexdigest()[:32]
