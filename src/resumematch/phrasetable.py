"""The compiled phrase table of a vocabulary, built once and kept on disk.

Compiling a vocabulary expands every alias into its variants (inflections, word
order, hyphenation, "MS Excel") and puts them in a trie of string hashes. That is
about 0.2 s for the shipped vocabulary: a fifth of a cold ``resumematch check``, paid
again by every new process. The result depends only on the vocabulary's terms and on
the code and data that expand them, so it is cached in the user's cache folder, keyed
by a hash of all of those, and loaded in a few milliseconds next time.

The cache file is written with :mod:`marshal` (the format of ``.pyc`` files: plain
ints, strings, tuples, lists, dicts and frozensets, no code), atomically, and any
problem reading or writing it only means compiling again. Set
``RESUMEMATCH_CACHE_DIR`` to choose the folder, or to an empty string to switch the
cache off.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import marshal
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from . import __version__
from .models import Term
from .phrases import PhraseTrie
from .variants import alias_variants, english_words
from .vocab import Vocabulary

__all__ = ["PhraseTable", "build_phrase_table", "cache_dir", "load_phrase_table", "phrase_forms", "tokenizer_id"]

log = logging.getLogger(__name__)

_FORMAT = 1
# The modules whose code decides what the table holds: a change to any of them must
# invalidate cached tables even when the version number did not change.
_SOURCES = ("phrasetable.py", "variants.py", "phrases.py")

Tokenize = Callable[[list[str]], list[tuple[str, ...]]]
"""Lower-cased tokens of each form, as the pipeline's tokenizer splits them."""


@dataclass
class PhraseTable:
    """What the matcher needs at run time from a compiled vocabulary.

    ``keys[k]`` is ``(term id, method, confidence)`` for the trie's match key ``k``;
    ``capital_forms`` are single-word product names that are also English words
    ("Excel", "Epic"), matched only when capitalised; ``wrap_left``/``wrap_right`` are
    the hashes of word pairs that occur inside some phrase, where a line break may
    have split it.
    """

    trie: PhraseTrie
    keys: list[tuple[str, str, float]]
    capital_forms: dict[str, frozenset[str]]
    wrap_left: frozenset[int]
    wrap_right: frozenset[int]


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
            if len(tokens) == 1 and term.category in ("tool", "regulation") and tokens[0] in words:
                # "Excel", "Epic", "Word": a product only when capitalised ("I excel at").
                capital_forms[term.id] = capital_forms.get(term.id, frozenset()) | {tokens[0]}
    trie.freeze()
    return PhraseTable(
        trie=trie,
        keys=keys,
        capital_forms=capital_forms,
        wrap_left=frozenset(a for a, _ in pairs),
        wrap_right=frozenset(b for _, b in pairs),
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


def cache_dir() -> Path | None:
    """Where compiled tables are kept; ``None`` when caching is switched off."""
    chosen = os.environ.get("RESUMEMATCH_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "resumematch"


def _cache_key(vocabulary: Vocabulary, tokenizer_id: str) -> str:
    import spacy.about
    import spacy_lookups_data

    digest = hashlib.sha256()
    header = [_FORMAT, __version__, spacy.about.__version__, spacy_lookups_data.__version__, tokenizer_id]
    digest.update(json.dumps(header).encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    terms = sorted((asdict(term) for term in vocabulary), key=lambda t: t["id"])
    digest.update(json.dumps(terms, sort_keys=True).encode())
    return digest.hexdigest()[:32]


def _to_marshal(table: PhraseTable) -> bytes:
    state: dict[str, Any] = {
        "root": table.trie.state(),
        "keys": table.keys,
        "capital_forms": {k: frozenset(v) for k, v in table.capital_forms.items()},
        "wrap_left": table.wrap_left,
        "wrap_right": table.wrap_right,
    }
    return marshal.dumps(state)


def _from_marshal(data: bytes) -> PhraseTable:
    state = marshal.loads(data)
    return PhraseTable(
        trie=PhraseTrie.from_state(state["root"]),
        keys=[(str(key[0]), str(key[1]), float(key[2])) for key in state["keys"]],
        capital_forms=dict(state["capital_forms"]),
        wrap_left=state["wrap_left"],
        wrap_right=state["wrap_right"],
    )


def load_phrase_table(
    vocabulary: Vocabulary, tokenize: Tokenize, hash_string: Callable[[str], int], tokenizer_id: str
) -> PhraseTable:
    """The vocabulary's table from the cache, or built (and then cached)."""
    folder = cache_dir()
    if folder is None:
        return build_phrase_table(vocabulary, tokenize, hash_string)
    path = folder / f"phrases-{_cache_key(vocabulary, tokenizer_id)}.marshal"
    try:
        return _from_marshal(path.read_bytes())
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError, KeyError) as exc:
        log.debug("ignoring unreadable phrase table cache %s: %s", path, exc)
    table = build_phrase_table(vocabulary, tokenize, hash_string)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as handle:
            handle.write(_to_marshal(table))
        os.replace(handle.name, path)
    except OSError as exc:
        log.debug("could not cache the phrase table in %s: %s", folder, exc)
    return table
