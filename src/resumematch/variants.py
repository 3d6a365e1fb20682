"""Build-time expansion of a vocabulary's phrases into the variants a resume may use.

Every variant is computed once, when the vocabulary is compiled, so matching stays one
``PhraseMatcher`` pass at run time (no lemmatizer, no per-token Python). Kinds of variant:

* **inflection** ("scheduled patients" for "schedule patients"), from the English
  lookup table of ``spacy-lookups-data``; confidence 0.95;
* **hyphenation** ("follow-up" / "follow up" / "followup", "e-mail" / "email");
  confidence 0.95;
* **vendor prefix** ("MS Excel" for "Microsoft Excel"); confidence 0.95;
* **word order** of two-word duties and skills, with nominalisations and an optional
  "of"/"for" ("patient scheduling", "scheduling of patients", "verified insurance" for
  "insurance verification"). These are the least certain, so they are allowed only
  as contiguous phrases (a window of at most four tokens) and carry confidence 0.85.

Products and laws (``tool``, ``regulation``) are never inflected ("Excel" must not
become "excelled"); credentials, degrees and titles only take a plural.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import marshal
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import spacy_lookups_data

from .cache import cache_dir, read_cached, write_cached

__all__ = [
    "INFLECTION_CONFIDENCE",
    "REORDER_CONFIDENCE",
    "alias_variants",
    "english_lemmas",
    "english_words",
    "known_words",
    "word_caches_ready",
    "word_family",
    "word_forms",
]

INFLECTION_CONFIDENCE = 0.95
REORDER_CONFIDENCE = 0.85

PROPER_CATEGORIES = frozenset({"tool", "regulation"})
PLURAL_ONLY_CATEGORIES = frozenset({"certification", "license", "education", "title"})
REORDER_CATEGORIES = frozenset({"duty", "hard_skill", "soft_skill"})
_CONNECTORS = ("of", "for")
_VENDOR_PREFIXES = {"microsoft": ("ms",)}
_MAX_VARIANTS_PER_ALIAS = 64
_MAX_REORDERED_PER_ALIAS = 96
_MAX_PRODUCT = 4096
_WORD = re.compile(r"^[a-z][a-z'-]*$")
# Closed-class words are never inflected: the lookup table turns "and" into "'n'" and
# multiplies a long duty's variants for nothing.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "per",
        "into",
        "via",
        "its",
        "their",
        "our",
        "your",
    ]
)

# Verb → noun derivations (suffix of the verb, suffix of the noun), tried in order and
# kept only when the result is a real English word: verify → verification,
# coordinate → coordination, analyze → analysis, manage → management, document →
# documentation, collect → collection.
_DERIVATIONS: tuple[tuple[str, str], ...] = (
    ("ify", "ification"),
    ("ate", "ation"),
    ("yze", "ysis"),
    ("ize", "ization"),
    ("ise", "isation"),
    ("ibe", "iption"),
    ("e", "ation"),
    ("e", "ement"),
    ("", "ment"),
    ("", "ation"),
    ("", "ion"),
)


_WORDS_FORMAT = 2


def _lemma_path() -> Path:
    return _lookups_path("en_lemma_lookup.json.gz")


@lru_cache(maxsize=1)
def english_lemmas() -> dict[str, str]:
    """spacy-lookups-data's English form → lemma table (read directly: 30 ms, not 1 s).

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
    (:mod:`resumematch.cache`): loading the set is 7 ms, where unpacking the lemma table
    and collecting the words was 30-45 ms. The fuzzy matcher's wider "is this a real
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
    spacy-lookups-data's ``en_lemma_index`` (WordNet's lemmas by part of speech, 16 ms
    to read, 51,000 more words) closes that gap; no misspelling the matcher is meant to
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
    members to write it reproducibly, which took 140 ms for the 123,000 known words
    (against 11 ms as a list) and made the first run after an install miss the cold
    start goal. Reading is the same either way (the set is built from the list in 14 ms).
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


@lru_cache(maxsize=1)
def _english_forms() -> dict[str, list[str]]:
    """lemma → the lowercase forms that lemmatise to it (the inverse table, without the lemma).

    Lists, not sets: a compile asks for a few thousand lemmas of the 25,000, and making a
    set for each of them had cost 75 ms of a first run's compile (7 ms as lists).
    """
    forms: dict[str, list[str]] = {}
    for form, lemma in english_lemmas().items():
        if form.islower() and lemma.islower():
            group = forms.get(lemma)
            if group is None:
                forms[lemma] = [form]
            else:
                group.append(form)
    return forms


def word_forms(word: str, *, plural_only: bool = False) -> frozenset[str]:
    """The inflected forms of one lowercase word (itself included).

    With ``plural_only`` only the word, its lemma and their plurals are kept, and a
    gerund stays a gerund ("nursing" never becomes "nurse").
    """
    if not _WORD.match(word) or len(word) < 3:
        return frozenset({word})
    lemma = english_lemmas().get(word, word)
    forms = {lemma, word, *_english_forms().get(lemma, ())}
    if plural_only:
        if word.endswith("ing") and not lemma.endswith("ing"):
            return frozenset({word, word + "s"} & (forms | {word}))
        allowed = {word, lemma, word + "s", word + "es", lemma + "s", lemma + "es"}
        forms &= allowed
    return frozenset(forms)


@lru_cache(maxsize=4096)
def word_family(word: str) -> frozenset[str]:
    """Inflections plus verb ↔ noun derivations that are real English words.

    >>> sorted(word_family("verify"))  # doctest: +ELLIPSIS
    ['verification', 'verifications', 'verified', 'verifies', 'verify', 'verifying']
    """
    words = english_words()
    family = set(word_forms(word))
    lemma = english_lemmas().get(word, word)
    for verb_end, noun_end in _DERIVATIONS:
        if lemma.endswith(verb_end):
            noun = lemma[: len(lemma) - len(verb_end)] + noun_end
            if noun in words and noun != lemma:
                family |= {noun, noun + "s"} & words | {noun}
        if lemma.endswith(noun_end) and len(lemma) > len(noun_end) + 2:
            verb = lemma[: len(lemma) - len(noun_end)] + verb_end
            if verb in words and verb != lemma and len(verb) >= 4:
                family |= word_forms(verb)
    return frozenset(family)


def _hyphenations(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """'follow-up' ↔ 'follow up' ↔ 'followup' (spaCy splits 'follow-up' in three tokens)."""
    out: list[tuple[str, ...]] = []
    if "-" in tokens:
        i = tokens.index("-")
        if 0 < i < len(tokens) - 1:
            left, right = tokens[: i - 1], tokens[i + 2 :]
            out.append((*left, tokens[i - 1] + tokens[i + 1], *right))
            out.append((*left, tokens[i - 1], tokens[i + 1], *right))
    elif 2 <= len(tokens) <= 3:
        for i in range(len(tokens) - 1):
            if tokens[i].isalpha() and tokens[i + 1].isalpha():
                out.append((*tokens[: i + 1], "-", *tokens[i + 1 :]))
    return out


def _reorderings(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Word-order variants of a two-content-word phrase (optionally joined by of/for)."""
    content = tuple(t for t in tokens if t not in _CONNECTORS)
    if len(content) != 2 or not all(_WORD.match(t) for t in content) or len(tokens) > 3:
        return []
    first, second = (sorted(word_family(t)) for t in content)
    out: list[tuple[str, ...]] = []
    for a, b in itertools.product(first, second):
        out.append((b, a))
        for connector in _CONNECTORS:
            out.append((a, connector, b))
            out.append((b, connector, a))
    for a, b in itertools.product(first, second):
        out.append((a, b))
    return out[:_MAX_REORDERED_PER_ALIAS]


def _fewest_changes_first(original: tuple[str, ...], options: Sequence[set[str]]) -> list[tuple[str, ...]]:
    """Inflected combinations, those changing the fewest words first, capped.

    Alphabetical order with a cap used to drop every inflection of the first word of a
    long duty ("Manages the supplies and inventory" for "Manage the supplies and
    inventory"); one changed word is the common case, so those variants come first.
    """
    product = itertools.islice(itertools.product(*map(sorted, options)), _MAX_PRODUCT)

    def changes(combination: tuple[str, ...]) -> int:
        return sum(a != b for a, b in zip(combination, original, strict=True))

    return sorted(product, key=changes)[:_MAX_VARIANTS_PER_ALIAS]


def alias_variants(tokens: Sequence[str], category: str) -> list[tuple[tuple[str, ...], float]]:
    """Variants of an alias's lowercase tokens with their confidence, the alias first (1.0)."""
    original = tuple(tokens)
    if not original:
        return []
    variants: dict[tuple[str, ...], float] = {original: 1.0}

    def add(candidate: tuple[str, ...], confidence: float) -> None:
        if candidate not in variants:
            variants[candidate] = confidence

    for hyphenated in _hyphenations(original):
        add(hyphenated, INFLECTION_CONFIDENCE)
    prefixes = _VENDOR_PREFIXES.get(original[0], ())
    for prefix in prefixes if len(original) > 1 else ():
        add((prefix, *original[1:]), INFLECTION_CONFIDENCE)
    if category in PROPER_CATEGORIES:
        return list(variants.items())
    if category in PLURAL_ONLY_CATEGORIES:
        options = [{t} for t in original[:-1]] + [set(word_forms(original[-1], plural_only=True))]
    elif category in REORDER_CATEGORIES and len(original) > 1:
        options = [set(word_forms(t)) for t in original]
    else:
        options = [set(word_forms(t, plural_only=True)) for t in original]
    options = [{t} if t in _FUNCTION_WORDS else o for t, o in zip(original, options, strict=True)]
    for combination in _fewest_changes_first(original, options):
        add(combination, INFLECTION_CONFIDENCE)
    if category in REORDER_CATEGORIES:
        for reordered in _reorderings(original):
            add(reordered, REORDER_CONFIDENCE)
    return list(variants.items())
