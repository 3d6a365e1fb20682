"""The spaCy component that finds vocabulary terms: ``resumematch_terms``.

Design (after spaCy's ``SpanRuler``): the component always returns the ``Doc`` and
writes its results to ``doc.spans["resumematch_terms"]``, each span labelled with the
term's category and with ``span_id`` set to the term id. The config holds only settings
(vocabulary names or paths, the spans key, switches); the vocabulary itself is saved
with ``to_disk`` so a saved pipeline loads without the original files.

Why it is fast: variants (inflection, word order, hyphenation, "MS Excel") are paid for
once, when the vocabulary is compiled (:mod:`resumematch.variants`), not per token at
run time. All forms go into one ``PhraseMatcher`` on ``LOWER``; curated abbreviations
into a second on ``ORTH`` (case-sensitive, whole token), so "RN" never matches "rn" or
the inside of "RNA", and "ER" never matches "ERP". No lemmatizer runs. Then, per doc:
abbreviations the document defines (:mod:`.abbreviations`), near-misses
(:mod:`.fuzzy`), assertion status (:mod:`.assertion`) and credential attributes
(:mod:`.credentials`). Per-span details are kept in one ``doc.user_data`` entry per
span and read through Span extensions (``span._.resumematch_status``, ...), which is
five times cheaper than setting five extensions.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .abbreviations import find_definitions, initials_agree
from .assertion import AssertionDetector
from .credentials import CREDENTIAL_CATEGORIES, credential_attributes
from .evidence import Evidence, section_extension
from .fuzzy import FuzzyMatcher, candidate_flag
from .models import Term
from .variants import alias_variants, english_lemmas, english_words
from .vocab import Vocabulary, default_vocabulary, load_vocabulary

__all__ = [
    "TermMatcher",
    "make_term_matcher",
    "SPANS_KEY",
    "FACTORY_NAME",
    "span_method",
    "span_confidence",
    "span_status",
    "span_details",
    "english_lemmas",
]

FACTORY_NAME = "resumematch_terms"
SPANS_KEY = "resumematch_terms"
_INFO = "resumematch_span"
_FIELDS = ("method", "confidence", "status", "issuer", "earned", "expires")
_DEFAULT_INFO = ("phrase", 1.0, "affirmed", None, None, None)
_DEFINED_CONFIDENCE = 0.95


def _getter(index: int) -> Any:
    def get(span: Span) -> Any:
        info = span.doc.user_data.get((_INFO, span.start, span.end))
        return (info or _DEFAULT_INFO)[index]

    return get


for _index, _field in enumerate(_FIELDS):
    if not Span.has_extension(f"resumematch_{_field}"):
        Span.set_extension(f"resumematch_{_field}", getter=_getter(_index))


def span_method(span: Span) -> str:
    """How a span in ``doc.spans[SPANS_KEY]`` was found (see :data:`resumematch.models.Method`)."""
    return str(span._.resumematch_method)


def span_confidence(span: Span) -> float:
    """The confidence (0..1) of a span in ``doc.spans[SPANS_KEY]``."""
    return float(span._.resumematch_confidence)


def span_status(span: Span) -> str:
    """The assertion status of a span (see :data:`resumematch.models.Status`)."""
    return str(span._.resumematch_status)


def span_details(span: Span) -> dict[str, Any]:
    """Everything the matcher knows about a span: method, confidence, status, issuer, dates."""
    info = span.doc.user_data.get((_INFO, span.start, span.end)) or _DEFAULT_INFO
    return dict(zip(_FIELDS, info, strict=True))


class TermMatcher:
    """Find vocabulary terms in a ``Doc`` and store them as spans.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("resumematch_terms", config={"vocab_sources": ["tests/data/mini-vocab.json"]})
    >>> doc = nlp("Charge RN with current BLS and ACLS; no experience with Epic charting.")
    >>> [(s.id_, s._.resumematch_status) for s in doc.spans["resumematch_terms"]]  # doctest: +SKIP
    [('registered-nurse', 'affirmed'), ('bls', 'affirmed'), ('acls', 'affirmed'), ('epic', 'negated')]
    """

    def __init__(
        self,
        nlp: Language,
        name: str = FACTORY_NAME,
        *,
        vocab_sources: Iterable[str] = (),
        spans_key: str = SPANS_KEY,
        fuzzy: bool = True,
        assertion: bool = True,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.vocab_sources = list(vocab_sources)
        self.fuzzy_enabled = fuzzy
        self.assertion_enabled = assertion
        # Compiled lazily: a pipeline restored by spacy.load gets its vocabulary from
        # from_disk and must not need the original files (or the default vocabulary).
        self._vocabulary = vocabulary
        self._ready = False

    @property
    def vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            self._vocabulary = load_vocabulary(*self.vocab_sources) if self.vocab_sources else default_vocabulary()
        return self._vocabulary

    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Use ``vocabulary`` from now on (compiled on the next document)."""
        self._vocabulary = vocabulary
        self._ready = False

    def _compile(self) -> None:
        from spacy.matcher import PhraseMatcher

        vocabulary = self.vocabulary
        vocab = self.nlp.vocab
        self._phrases = PhraseMatcher(vocab, attr="LOWER")
        self._abbreviations = PhraseMatcher(vocab, attr="ORTH")
        self._confidence: dict[tuple[str, tuple[str, ...]], float] = {}
        make_doc = self.nlp.make_doc
        exact: set[tuple[str, ...]] = set()
        tokenised: dict[str, list[tuple[str, ...]]] = {}
        for term in vocabulary:
            tokenised[term.id] = [tuple(t.lower_ for t in make_doc(f)) for f in _phrase_forms(term)]
            exact.update(tokenised[term.id])
        words = english_words()
        self._needs_capital: set[tuple[str, str]] = set()
        for term in vocabulary:
            phrase_docs: dict[tuple[str, ...], Doc] = {}
            for tokens in tokenised[term.id]:
                for variant, confidence in alias_variants(tokens, term.category):
                    if variant in phrase_docs or (confidence < 1.0 and variant in exact):
                        continue
                    phrase_docs[variant] = Doc(vocab, words=list(variant))
                    if confidence < 1.0:
                        self._confidence[(term.id, variant)] = confidence
                if len(tokens) == 1 and term.category in ("tool", "regulation") and tokens[0] in words:
                    # "Excel", "Epic", "Word": a product only when capitalised ("I excel at").
                    self._needs_capital.add((term.id, tokens[0]))
            if phrase_docs:
                self._phrases.add(term.id, list(phrase_docs.values()))
            if term.abbreviations:
                self._abbreviations.add(term.id, [make_doc(a) for a in term.abbreviations])
        self._abbreviation_owner = {a: t.id for t in vocabulary for a in t.abbreviations}
        self._evidence = Evidence(vocabulary)
        self._fuzzy = FuzzyMatcher.from_vocabulary(vocabulary, known_words=words) if self.fuzzy_enabled else None
        self._flag = candidate_flag(vocab, words) if self.fuzzy_enabled else None
        self._assertion = AssertionDetector(vocab, make_doc) if self.assertion_enabled else None
        self._paren = vocab.strings.add("(")
        self._ready = True

    def __call__(self, doc: Doc) -> Doc:
        if not self._ready:
            self._compile()
        found = self._exact(doc)
        # Doc.text walks every token in Python (about as slow as the matching itself),
        # so it is built at most once per document, and only when something needs it.
        text = doc.text if self._paren in doc.to_array([ORTH]) else None
        definitions = find_definitions(text) if text is not None else []
        if definitions:
            found = self._apply_definitions(doc, found, definitions, text or "")
        if self._fuzzy is not None:
            covered = {i for f in found for i in range(f[0], f[1])}
            for start, term_id, confidence in self._fuzzy.find(doc, covered, flag=self._flag):
                found.append((start, start + 1, term_id, "fuzzy", confidence))
        get = self.vocabulary.get
        spans = [Span(doc, s, e, label=get(t).category, span_id=t) for s, e, t, _, _ in found]
        detail: dict[tuple[int, int], tuple[str, float]] = {}
        for s, e, _, m, c in found:
            detail.setdefault((s, e), (m, c))
        # Ties keep the first found: phrases and abbreviations before fuzzy guesses.
        spans = sorted(filter_spans(spans), key=lambda s: s.start)
        doc.spans[self.spans_key] = spans
        if not spans:
            return doc
        ranges = [(s.start, s.end) for s in spans]
        statuses = self._assertion.statuses(doc, ranges) if self._assertion is not None else None
        if text is None and any(s.label_ in CREDENTIAL_CATEGORIES for s in spans):
            text = doc.text
        credentials = credential_attributes(
            text or "", [(s.start_char, s.end_char, s.label_) for s in spans], term_ids=[s.id_ for s in spans]
        )
        user_data = doc.user_data
        for index, span in enumerate(spans):
            method, confidence = detail[(span.start, span.end)]
            status = statuses[index] if statuses is not None else "affirmed"
            cred = credentials[index]
            user_data[(_INFO, span.start, span.end)] = (
                method, confidence, status, cred.issuer, cred.earned, cred.expires
            )
        return doc

    def _exact(self, doc: Doc) -> list[tuple[int, int, str, str, float]]:
        strings = self.nlp.vocab.strings
        sections = doc._.get(section_extension()) if doc.has_extension(section_extension()) else None
        evidence = self._evidence
        found = []
        for match_id, start, end in self._abbreviations(doc):
            term_id = strings[match_id]
            if evidence.ok(doc, start, end, term_id, sections):
                found.append((start, end, term_id, "abbreviation", 1.0))
        for match_id, start, end in self._phrases(doc):
            term_id = strings[match_id]
            if not evidence.ok(doc, start, end, term_id, sections):
                continue
            if (term_id, doc[start].lower_) in self._needs_capital and end - start == 1 and doc[start].is_lower:
                continue
            confidence = 1.0
            if self._confidence:
                confidence = self._confidence.get((term_id, tuple(t.lower_ for t in doc[start:end])), 1.0)
            found.append((start, end, term_id, "phrase" if confidence == 1.0 else "variant", confidence))
        return found

    def _apply_definitions(
        self, doc: Doc, found: list[tuple[int, int, str, str, float]], definitions: list[Any], text: str
    ) -> list[tuple[int, int, str, str, float]]:
        """Resolve "Long Form (SF)": later "SF"s mean the term the long form names, or nothing."""
        meaning: dict[str, str | None] = {}
        skip_chars: set[int] = set()
        for definition in definitions:
            term_id = None
            best = 0
            for start, end, candidate, method, _ in found:
                span_start, span_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
                if method != "abbreviation" and span_end == definition.long_end and span_start <= definition.long_start + 2:
                    if end - start > best:
                        term_id, best = candidate, end - start
            long = text[definition.long_start : definition.long_end]
            if term_id is not None or initials_agree(definition.short, long):
                meaning.setdefault(definition.short, term_id)
            skip_chars.add(definition.short_start)
        # Curated abbreviations the document clearly redefined as something else are dropped.
        kept = [
            f for f in found
            if not (f[3] == "abbreviation" and doc[f[0]].text in meaning and meaning[doc[f[0]].text] != f[2])
        ]
        orths = doc.to_array([ORTH])
        strings = self.nlp.vocab.strings
        for short, term_id in meaning.items():
            if term_id is None:
                continue
            for i in np.flatnonzero(orths == strings.add(short)).tolist():
                if doc[i].idx not in skip_chars:
                    kept.append((i, i + 1, term_id, "defined_abbreviation", _DEFINED_CONFIDENCE))
        # A defined abbreviation outranks the curated match on the same token.
        kept.sort(key=lambda f: f[3] != "defined_abbreviation")
        return kept

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # --- serialisation: the vocabulary travels with the pipeline -----------------
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        vocabulary = self.vocabulary
        payload = {
            "roles": list(vocabulary.roles),
            "terms": [t.to_dict() for t in vocabulary],
            "ambiguous": {k: sorted(v) for k, v in vocabulary.ambiguous.items()},
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


def _phrase_forms(term: Term) -> Iterator[str]:
    if term.name not in term.abbreviations:
        yield term.name
    yield from term.aliases


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
    default_config={"vocab_sources": [], "spans_key": SPANS_KEY, "fuzzy": True, "assertion": True},
)
def make_term_matcher(
    nlp: Language, name: str, vocab_sources: list[str], spans_key: str, fuzzy: bool, assertion: bool
) -> TermMatcher:
    """spaCy factory: ``nlp.add_pipe("resumematch_terms", config={"vocab_sources": [...]})``."""
    return TermMatcher(nlp, name, vocab_sources=vocab_sources, spans_key=spans_key, fuzzy=fuzzy, assertion=assertion)
