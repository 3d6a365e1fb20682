"""The compiled phrase table of a vocabulary, built once and kept on disk.

Compiling a vocabulary expands every alias into its variants (inflections, word
order, hyphenation, "MS Excel") and puts them in a trie of string hashes. That is
about 0.2 s for the shipped vocabulary: a fifth of a cold ``resumematch check``, paid
again by every new process. The result depends only on the vocabulary's terms and on
the code and data that expand them, so it is cached in the user's cache folder
(:mod:`resumematch._runtime.cache`), keyed by a hash of all of those, and loaded in a few
milliseconds next time. Any problem reading or writing the file only means compiling
again.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import marshal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._runtime.cache import cache_dir, read_cached, write_cached
from .._version import __version__
from ..english import english_words
from ..models import Term
from .trie import PhraseTrie, TrieState
from .variants import PROPER_CATEGORIES, alias_variants
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["PhraseTable", "build_phrase_table", "cache_dir", "load_phrase_table", "phrase_forms", "tokenizer_id"]

log = logging.getLogger(__name__)

_FORMAT = 4
# The modules whose code decides what the table holds: a change to any of them must
# invalidate cached tables even when the version number did not change.
_SOURCES = ("phrase_table.py", "variants.py", "trie.py", "../english.py")

Tokenize = Callable[[list[str]], list[tuple[str, ...]]]
"""Lower-cased tokens of each form, as the pipeline's tokenizer splits them."""


@dataclass
class PhraseTable:
    """What the matcher needs at run time from a compiled vocabulary.

    ``keys[k]`` is ``(term id, method, confidence)`` for the trie's match key ``k``;
    ``capital_forms`` are single-word product names that are also English words
    ("Excel", "Epic"), matched only when capitalised; ``wrap_pairs`` are the hashes of
    the word pairs that occur inside some phrase, where a line break may have split it.
    """

    trie: PhraseTrie
    keys: list[tuple[str, str, float]]
    capital_forms: dict[str, frozenset[str]]
    wrap_pairs: frozenset[tuple[int, int]]


def phrase_forms(term: Term) -> Iterator[str]:
    """The forms of a term matched case-insensitively: its name (unless an abbreviation) and aliases."""
    if term.name not in term.abbreviations:
        yield term.name
    yield from term.aliases


def build_phrase_table(vocabulary: Vocabulary, tokenize: Tokenize, hash_string: Callable[[str], int]) -> PhraseTable:
    """Expand every form of every term into its variants and index them by hash."""
    forms = sorted({f for term in vocabulary for f in phrase_forms(term)})
    lowers = dict(zip(forms, tokenize(forms), strict=True))
    tokenised = {term.id: [lowers[f] for f in phrase_forms(term)] for term in vocabulary}
    exact = {tokens for variants in tokenised.values() for tokens in variants}
    words = english_words()
    trie = PhraseTrie()
    keys: list[tuple[str, str, float]] = []
    capital_forms: dict[str, frozenset[str]] = {}
    pairs: set[tuple[int, int]] = set()
    for term in vocabulary:
        # One match key per (term, confidence): a match says what it is without the
        # matched words being read back.
        term_keys: dict[float, int] = {}
        seen: set[tuple[str, ...]] = set()
        for tokens in tokenised[term.id]:
            for variant, confidence in alias_variants(tokens, term.category):
                if variant in seen or (confidence < 1.0 and variant in exact):
                    continue
                seen.add(variant)
                if confidence not in term_keys:
                    term_keys[confidence] = len(keys)
                    keys.append((term.id, "phrase" if confidence == 1.0 else "variant", confidence))
                hashes = [hash_string(w) for w in variant]
                trie.add(hashes, term_keys[confidence])
                pairs.update(itertools.pairwise(hashes))
            if len(tokens) == 1 and term.category in PROPER_CATEGORIES and tokens[0] in words:
                # "Excel", "Epic", "Word": a product only when capitalised ("I excel at").
                capital_forms[term.id] = capital_forms.get(term.id, frozenset()) | {tokens[0]}
    trie.freeze()
    return PhraseTable(
        trie=trie,
        keys=keys,
        capital_forms=capital_forms,
        wrap_pairs=frozenset(pairs),
    )


def tokenizer_id(nlp: Language) -> str:
    """What decides how phrases are tokenised: part of the phrase table's cache key."""
    tokenizer = nlp.tokenizer
    patterns = [
        getattr(getattr(getattr(tokenizer, name, None), "__self__", None), "pattern", None)
        for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")
    ]
    rules = getattr(tokenizer, "rules", None) or {}
    return json.dumps([nlp.lang, type(tokenizer).__name__, patterns, sorted(rules)], default=str)


def _cache_key(vocabulary: Vocabulary, tokenizer_id: str) -> str:
    import spacy.about
    import spacy_lookups_data

    digest = hashlib.sha256()
    header = [_FORMAT, __version__, spacy.about.__version__, spacy_lookups_data.__version__, tokenizer_id]
    digest.update(json.dumps(header).encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    # Patterns are matched apart from the phrase table: editing one keeps the cached table.
    terms = sorted(
        ({k: v for k, v in term.to_dict().items() if k != "patterns"} for term in vocabulary), key=lambda t: t["id"]
    )
    digest.update(json.dumps(terms, sort_keys=True).encode())
    return digest.hexdigest()[:32]


def _to_marshal(table: PhraseTable) -> bytes:
    state: dict[str, Any] = {
        "trie": tuple(table.trie.state()),  # marshal writes plain tuples only
        "keys": table.keys,
        "capital_forms": {k: frozenset(v) for k, v in table.capital_forms.items()},
        "wrap_pairs": table.wrap_pairs,
    }
    return marshal.dumps(state)


def _from_marshal(data: bytes) -> PhraseTable:
    state = marshal.loads(data)
    edges, ends, single, pairs, longest = state["trie"]
    if not (
        isinstance(edges, dict)
        and isinstance(ends, dict)
        and isinstance(single, list)
        and isinstance(pairs, list)
        and isinstance(longest, int)
    ):
        raise TypeError("not a phrase trie")
    if not isinstance(state["wrap_pairs"], frozenset):
        raise TypeError("the line-wrap pairs are not a set")
    return PhraseTable(
        trie=PhraseTrie.from_state(TrieState(edges, ends, single, pairs, longest)),
        keys=[(str(key[0]), str(key[1]), float(key[2])) for key in state["keys"]],
        capital_forms={str(k): frozenset(v) for k, v in state["capital_forms"].items()},
        wrap_pairs=state["wrap_pairs"],
    )


def load_phrase_table(
    vocabulary: Vocabulary, tokenize: Tokenize, hash_string: Callable[[str], int], tokenizer_id: str
) -> PhraseTable:
    """The vocabulary's table from the cache, or built (and then cached)."""
    if cache_dir() is None:
        return build_phrase_table(vocabulary, tokenize, hash_string)
    name = f"phrases-{_cache_key(vocabulary, tokenizer_id)}.marshal"
    data = read_cached(name)
    if data is not None:
        try:
            return _from_marshal(data)
        except (ValueError, EOFError, TypeError, KeyError, IndexError, OverflowError) as exc:
            log.debug("ignoring unreadable phrase table cache %s: %s", name, exc)
    table = build_phrase_table(vocabulary, tokenize, hash_string)
    write_cached(name, _to_marshal(table))
    return table
