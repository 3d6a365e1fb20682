"""The spaCy component that finds vocabulary terms: ``resumematch_terms``.

Design (after spaCy's ``SpanRuler``): the component always returns the ``Doc`` and
writes its results to ``doc.spans["resumematch_terms"]``, each span labelled with the
term's category and with ``span_id`` set to the term id. The config holds only settings
(vocabulary names or paths, the spans key); the vocabulary itself is saved with
``to_disk`` so a saved pipeline loads without the original files.

Why it is fast: inflection-insensitivity is paid for once, when the vocabulary is
compiled, not per token at run time. Each alias is expanded into its inflected forms
with the English lookup table of ``spacy-lookups-data`` ("schedule patients" →
"scheduled patients", "scheduling patients", ...), and all forms go into one
``PhraseMatcher`` on ``LOWER``. Curated abbreviations go into a second
``PhraseMatcher`` on ``ORTH`` (case-sensitive, whole token), so "RN" never matches
"rn" or the inside of "RNA", and "ER" never matches "ERP". No lemmatizer runs.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy_lookups_data
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .fuzzy import FuzzyMatcher
from .models import Term
from .vocab import Vocabulary, default_vocabulary, load_vocabulary

__all__ = ["TermMatcher", "make_term_matcher", "SPANS_KEY", "FACTORY_NAME", "span_method", "span_confidence"]

FACTORY_NAME = "resumematch_terms"
SPANS_KEY = "resumematch_terms"
_METHOD_EXT = "resumematch_method"
_CONFIDENCE_EXT = "resumematch_confidence"

# Categories whose names are products, laws or credentials: their words are not
# inflected ("Excel" must not become "excelled"), only the last word pluralised.
_PROPER_CATEGORIES = frozenset({"tool", "regulation"})
_PLURAL_ONLY_CATEGORIES = frozenset({"certification", "license", "education", "title"})
_MAX_VARIANTS_PER_ALIAS = 64
_CONTEXT_WINDOW_TOKENS = 20
_WORD = re.compile(r"^[a-z][a-z'-]*$")

if not Span.has_extension(_METHOD_EXT):
    Span.set_extension(_METHOD_EXT, default="phrase")
if not Span.has_extension(_CONFIDENCE_EXT):
    Span.set_extension(_CONFIDENCE_EXT, default=1.0)


def span_method(span: Span) -> str:
    """How a span in ``doc.spans[SPANS_KEY]`` was found (see :data:`resumematch.models.Method`)."""
    return str(span._.get(_METHOD_EXT))


def span_confidence(span: Span) -> float:
    """The confidence (0..1) of a span in ``doc.spans[SPANS_KEY]``."""
    return float(span._.get(_CONFIDENCE_EXT))


@lru_cache(maxsize=1)
def english_lemmas() -> dict[str, str]:
    """spacy-lookups-data's English form → lemma table (read directly: 30 ms, not 1 s)."""
    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    return table


@lru_cache(maxsize=1)
def _english_forms() -> dict[str, frozenset[str]]:
    """lemma → every lowercase form that lemmatises to it (the inverse table)."""
    forms: dict[str, set[str]] = {}
    for form, lemma in english_lemmas().items():
        if form.islower() and lemma.islower():
            forms.setdefault(lemma, {lemma}).add(form)
    return {lemma: frozenset(group) for lemma, group in forms.items()}


def _word_forms(word: str, *, plural_only: bool) -> set[str]:
    """The inflected forms of one lowercase word (itself included)."""
    if not _WORD.match(word) or len(word) < 3:
        return {word}
    lemma = english_lemmas().get(word, word)
    forms = set(_english_forms().get(lemma, {lemma})) | {word}
    if plural_only:
        forms = {f for f in forms if f == word or f.startswith(lemma) and f.endswith("s")}
    return forms


def alias_variants(tokens: Sequence[str], category: str) -> list[tuple[str, ...]]:
    """Inflected variants of an alias's lowercase tokens, the alias itself first."""
    original = tuple(tokens)
    if category in _PROPER_CATEGORIES or not original:
        return [original]
    if category in _PLURAL_ONLY_CATEGORIES:
        options = [{t} for t in original[:-1]] + [_word_forms(original[-1], plural_only=True)]
    else:
        options = [_word_forms(t, plural_only=False) for t in original]
    variants = [original]
    for combination in itertools.islice(itertools.product(*map(sorted, options)), _MAX_VARIANTS_PER_ALIAS):
        if combination != original:
            variants.append(combination)
    return variants


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    term_id: str
    method: str
    confidence: float


class TermMatcher:
    """Find vocabulary terms in a ``Doc`` and store them as spans.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("resumematch_terms")
    >>> doc = nlp("Charge RN with current BLS and ACLS; charted in Epic daily.")
    >>> sorted(span.id_ for span in doc.spans["resumematch_terms"])  # doctest: +SKIP
    ['acls', 'bls', 'epic', 'registered-nurse']
    """

    def __init__(
        self,
        nlp: Language,
        name: str = FACTORY_NAME,
        *,
        vocab_sources: Sequence[str] = (),
        spans_key: str = SPANS_KEY,
        fuzzy: bool = True,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.vocab_sources = list(vocab_sources)
        self.fuzzy_enabled = fuzzy
        if vocabulary is None:
            vocabulary = load_vocabulary(*vocab_sources) if vocab_sources else default_vocabulary()
        self.set_vocabulary(vocabulary)

    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Compile ``vocabulary`` into the matchers (replacing what was there)."""
        self.vocabulary = vocabulary
        self._phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._abbreviations = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._variant_keys: set[tuple[str, tuple[str, ...]]] = set()
        self._ambiguous_lower = {
            term_id: frozenset(form.lower() for form in forms) for term_id, forms in vocabulary.ambiguous.items()
        }
        self._context = {
            term.id: re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in term.context) + ")")
            for term in vocabulary
            if term.context
        }
        make_doc = self.nlp.make_doc
        for term in vocabulary:
            phrase_docs: dict[tuple[str, ...], Doc] = {}
            for form in self._phrase_forms(term):
                tokens = tuple(t.lower_ for t in make_doc(form))
                for index, variant in enumerate(alias_variants(tokens, term.category)):
                    if variant not in phrase_docs:
                        phrase_docs[variant] = Doc(self.nlp.vocab, words=list(variant))
                        if index:
                            self._variant_keys.add((term.id, variant))
            if phrase_docs:
                self._phrases.add(term.id, list(phrase_docs.values()))
            if term.abbreviations:
                self._abbreviations.add(term.id, [make_doc(a) for a in term.abbreviations])
        self._fuzzy = FuzzyMatcher.from_vocabulary(vocabulary, known_words=english_lemmas()) if self.fuzzy_enabled else None

    @staticmethod
    def _phrase_forms(term: Term) -> Iterator[str]:
        if term.name not in term.abbreviations:
            yield term.name
        yield from term.aliases

    def __call__(self, doc: Doc) -> Doc:
        found = list(self._exact(doc))
        if self._fuzzy is not None:
            covered = {i for f in found for i in range(f.start, f.end)}
            for start, term_id, confidence in self._fuzzy.find(doc, covered):
                found.append(_Found(start, start + 1, term_id, "fuzzy", confidence))
        spans = []
        for item in found:
            span = Span(doc, item.start, item.end, label=self.vocabulary.get(item.term_id).category, span_id=item.term_id)
            span._.set(_METHOD_EXT, item.method)
            span._.set(_CONFIDENCE_EXT, item.confidence)
            spans.append(span)
        doc.spans[self.spans_key] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc

    def _exact(self, doc: Doc) -> Iterator[_Found]:
        strings = self.nlp.vocab.strings
        for match_id, start, end in self._abbreviations(doc):
            term_id = strings[match_id]
            if self._has_evidence(doc, start, end, term_id):
                yield _Found(start, end, term_id, "abbreviation", 1.0)
        for match_id, start, end in self._phrases(doc):
            term_id = strings[match_id]
            if not self._has_evidence(doc, start, end, term_id):
                continue
            tokens = tuple(t.lower_ for t in doc[start:end])
            if (term_id, tokens) in self._variant_keys:
                yield _Found(start, end, term_id, "variant", 0.95)
            else:
                yield _Found(start, end, term_id, "phrase", 1.0)

    def _has_evidence(self, doc: Doc, start: int, end: int, term_id: str) -> bool:
        """An ambiguous form counts only when a context word of its term is near it."""
        forms = self._ambiguous_lower.get(term_id)
        if not forms or doc[start:end].text.lower() not in forms:
            return True
        before = doc[max(0, start - _CONTEXT_WINDOW_TOKENS) : start].text.lower()
        after = doc[end : end + _CONTEXT_WINDOW_TOKENS].text.lower()
        pattern = self._context[term_id]
        return bool(pattern.search(before) or pattern.search(after))

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # --- serialisation: the vocabulary travels with the pipeline -----------------
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        payload = {
            "roles": list(self.vocabulary.roles),
            "terms": [t.to_dict() for t in self.vocabulary],
            "ambiguous": {k: sorted(v) for k, v in self.vocabulary.ambiguous.items()},
        }
        return json.dumps(payload).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> TermMatcher:
        self.set_vocabulary(_vocabulary_from_payload(json.loads(data)))
        return self

    def to_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vocabulary.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> TermMatcher:
        return self.from_bytes((Path(path) / "vocabulary.json").read_bytes())


def _vocabulary_from_payload(payload: dict[str, Any]) -> Vocabulary:
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
        )
        for t in payload["terms"]
    )
    ambiguous = {k: frozenset(v) for k, v in payload["ambiguous"].items()}
    return Vocabulary(roles=tuple(payload["roles"]), terms=terms, ambiguous=ambiguous)


@Language.factory(
    FACTORY_NAME,
    default_config={"vocab_sources": [], "spans_key": SPANS_KEY, "fuzzy": True},
)
def make_term_matcher(
    nlp: Language, name: str, vocab_sources: list[str], spans_key: str, fuzzy: bool
) -> TermMatcher:
    """spaCy factory: ``nlp.add_pipe("resumematch_terms", config={"vocab_sources": [...]})``."""
    return TermMatcher(nlp, name, vocab_sources=vocab_sources, spans_key=spans_key, fuzzy=fuzzy)

