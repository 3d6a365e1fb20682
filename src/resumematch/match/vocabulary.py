"""The :class:`Vocabulary` model and where vocabularies come from: files, shipped names,
a saved pipeline's payload; loaded vocabularies are cached by their text.

Reading and validating a file's text is ``vocabulary_files.py``'s (the format is
described in ``docs/vocabulary.md``).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import VocabError
from ..models import DegreeSpec, Term
from .json_files import read_text_file
from .patterns import as_patterns
from .vocabulary_files import validate_vocabulary_texts

__all__ = [
    "DEFAULT_ROLE",
    "Vocabulary",
    "default_vocabulary",
    "load_vocabulary",
    "shipped_vocabularies",
]

DEFAULT_ROLE = "clinical-coordinator"


class Vocabulary:
    """A validated, immutable set of terms, possibly merged from several files.

    ``ambiguous`` maps a term id to the surface forms of it that need context evidence.
    Build one with :func:`load_vocabulary`.
    """

    __slots__ = ("_ancestors", "_by_id", "ambiguous", "roles", "sources", "terms")

    def __init__(
        self,
        *,
        roles: tuple[str, ...],
        terms: tuple[Term, ...],
        ambiguous: Mapping[str, frozenset[str]],
        sources: tuple[str, ...] = (),
    ) -> None:
        self.roles = roles
        self.terms = terms
        self.ambiguous = dict(ambiguous)
        self.sources = sources
        self._by_id = {term.id: term for term in terms}
        self._ancestors: dict[str, tuple[str, ...]] = {}  # filled as asked: scoring asks for every mentioned term

    def __repr__(self) -> str:
        return f"Vocabulary(roles={self.roles!r}, terms={len(self.terms)})"

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __contains__(self, term_id: object) -> bool:
        return term_id in self._by_id

    def get(self, term_id: str) -> Term:
        """The term with this id; ``KeyError`` when it is not in the vocabulary."""
        return self._by_id[term_id]

    def ancestors(self, term_id: str) -> tuple[str, ...]:
        """Every term id reachable through ``broader`` links (transitively), nearest first."""
        known = self._ancestors.get(term_id)
        if known is None:
            known = self._ancestors[term_id] = self._walk_broader(term_id)
        return known

    def _walk_broader(self, term_id: str) -> tuple[str, ...]:
        seen: list[str] = []
        frontier = list(self._by_id[term_id].broader)
        while frontier:
            current = frontier.pop(0)
            if current in seen or current == term_id:
                continue
            seen.append(current)
            frontier.extend(self._by_id[current].broader)
        return tuple(seen)


def _source_text(source: str | os.PathLike[str]) -> tuple[str, str]:
    """``(name, text)`` of a vocabulary path or shipped name (a bare name that is no file)."""
    name = os.fspath(source)
    if isinstance(source, str) and _SHIPPED_NAME.match(source) and not _exists(source):
        if source in shipped_vocabularies():
            shipped = resources.files("resumematch.vocabularies").joinpath(f"{source}.json")
            return f"resumematch.vocabularies/{source}.json", shipped.read_text("utf-8")
        raise VocabError(
            f"No vocabulary file {name!r} and no shipped vocabulary of that name; "
            f"shipped ones: {', '.join(shipped_vocabularies())}. Pass a path to a JSON vocabulary file."
        )
    return str(name), read_text_file(source, "vocabulary")


_SHIPPED_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
"""A shipped vocabulary's name: no dot, no slash (never a path out of the package)."""


def _exists(path: str) -> bool:
    try:
        return Path(path).exists()
    except (OSError, ValueError):  # a name too long, a NUL byte: not a file either
        return False


def load_vocabulary(*sources: str | os.PathLike[str]) -> Vocabulary:
    """Load, merge and validate one or more vocabulary files.

    A source is a path to a JSON file, or the name of a shipped vocabulary (e.g.
    ``"clinical-coordinator"``). With no source, the default role's vocabulary loads.
    Terms from all files share one id space, so a ``broader`` link may point into
    another file.

    >>> vocab = load_vocabulary("clinical-coordinator")
    >>> "bls" in vocab
    True
    """
    if not sources:
        sources = (DEFAULT_ROLE,)
    texts = tuple(_source_text(source) for source in sources)
    key = (tuple(os.fspath(source) for source in sources), texts)
    loaded = _loaded.get(key)
    if loaded is None:
        loaded = _load(sources, texts)
        with _loaded_lock:  # two threads may evict at once
            while len(_loaded) >= _LOADED_MAX:
                _loaded.pop(next(iter(_loaded)))
            _loaded[key] = loaded
    # A new object each call (callers may rely on identity), sharing the frozen terms.
    return Vocabulary(roles=loaded.roles, terms=loaded.terms, ambiguous=loaded.ambiguous, sources=loaded.sources)


# Validated vocabularies by (sources, their texts): the pipeline's matcher loads its
# vocabulary again from the same files as the caller did; unchanged text is not
# parsed and validated twice.
_loaded: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], Vocabulary] = {}
_LOADED_MAX = 8
_loaded_lock = threading.Lock()


def _load(sources: tuple[str | os.PathLike[str], ...], texts: tuple[tuple[str, str], ...]) -> Vocabulary:
    valid = validate_vocabulary_texts(texts)
    return Vocabulary(
        roles=valid.roles,
        terms=valid.terms,
        ambiguous=valid.ambiguous,
        sources=tuple(os.fspath(source) for source in sources),
    )


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The shipped vocabulary of the default role, loaded once per process."""
    return load_vocabulary(DEFAULT_ROLE)


def shipped_vocabularies() -> list[str]:
    """Names of the vocabularies shipped in the package (usable as ``load_vocabulary(name)``)."""
    folder = resources.files("resumematch.vocabularies")
    return sorted(entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".json"))


def surface_forms(term: Term) -> Iterable[tuple[str, bool]]:
    """Every surface form of a term as ``(text, case_sensitive)``: name, aliases, abbreviations."""
    if term.name not in term.abbreviations:
        yield term.name, False
    for alias in term.aliases:
        yield alias, False
    for abbreviation in term.abbreviations:
        yield abbreviation, True


def vocabulary_to_payload(vocabulary: Vocabulary) -> dict[str, Any]:
    """A merged, validated vocabulary as JSON-ready data (how a saved spaCy pipeline keeps it)."""
    return {
        "roles": list(vocabulary.roles),
        "terms": [t.to_dict() for t in vocabulary],
        "ambiguous": {k: sorted(v) for k, v in vocabulary.ambiguous.items()},
    }


def vocabulary_from_payload(payload: dict[str, Any]) -> Vocabulary:
    """The inverse of :func:`vocabulary_to_payload` (the data was validated when first loaded)."""
    terms = tuple(
        Term(
            id=t["id"],
            name=t["name"],
            category=t["category"],
            aliases=tuple(t["aliases"]),
            abbreviations=tuple(t["abbreviations"]),
            broader=tuple(t["broader"]),
            context=tuple(t["context"]),
            vocab=t["vocab"],
            degree=DegreeSpec(level=t["degree"].get("level"), fields=tuple(t["degree"].get("fields", ())))
            if t.get("degree")
            else None,
            patterns=as_patterns(t.get("patterns", ())),
        )
        for t in payload["terms"]
    )
    ambiguous = {k: frozenset(v) for k, v in payload["ambiguous"].items()}
    return Vocabulary(roles=tuple(payload["roles"]), terms=terms, ambiguous=ambiguous)
