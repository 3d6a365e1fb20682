"""The spaCy component that finds vocabulary terms: ``resumematch_terms``.

Design (after spaCy's ``SpanRuler``): the component always returns the ``Doc`` and
writes its results to ``doc.spans["resumematch_terms"]``, each span labelled with the
term's category and with ``span_id`` set to the term id. The config holds only settings
(vocabulary names or paths, the paths of the assertion and people rules files, the spans
key, switches); the vocabulary and both rule sets themselves are saved with ``to_disk``
(each can be left out with ``exclude``) so a saved pipeline loads without the original
files. A user's own rules file (``config={"assertion_rules": "my-rules.json"}``, the
format of ``data/assertion.json``) replaces the packaged rules, as medspaCy's ConText
``rules=`` does.

Why it is fast: variants (inflection, word order, hyphenation, "MS Excel") are paid for
once, when the vocabulary is compiled (:mod:`resumematch.match.variants`), not per token at
run time. All forms go into one trie of ``LOWER`` hashes (:mod:`.phrases`, walked only
from tokens where a phrase can start). Curated abbreviations match case-sensitively as
whole tokens, so "RN" never matches "rn" or the inside of "RNA", and "ER" never matches
"ERP": their ``LOWER`` hashes find the candidates and the token's text decides (a
``PhraseMatcher`` on ``ORTH`` when an abbreviation spans several tokens). No lemmatizer
runs. Then, per doc:
abbreviations the document defines (:mod:`.abbreviations`), near-misses
(:mod:`.fuzzy`), assertion status (:mod:`.assertion`) and credential attributes
(:mod:`.credentials`). Per-span details are kept in one ``doc.user_data`` entry per
span and read through Span extensions (``span._.resumematch_status``, ...; see :mod:`.spans`),
which is five times cheaper than setting five extensions.
"""

from __future__ import annotations

import bisect
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import numpy as np
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span

from ..english import _words_digest, english_lemmas, known_words
from ..models import CREDENTIAL_CATEGORIES, Status
from ..resume.degree_grammar import DegreeMatch, read_degrees
from .abbreviations import apply_definitions, find_definitions
from .assertion import AssertionDetector, AssertionRules, default_rules, load_rules
from .credentials import credential_attributes
from .degree_terms import DegreeTerms, names_an_institution
from .doc_tokens import read_tokens
from .evidence import CONTEXT_WINDOW_TOKENS, Evidence, section_extension
from .fuzzy import FuzzyMatcher, candidate_flag
from .patterns import METHOD as PATTERN_METHOD
from .patterns import PatternMatcher, cached_lemma_forms, lemma_values, merge_pattern_matches, term_patterns
from .people import PeopleDetector, PeopleRules, default_people_rules, load_people_rules
from .phrase_table import load_phrase_table, tokenizer_id
from .span_info import span_confidence, span_details, span_method, span_status, store_details
from .trie import Found, Tokens, is_line_wrap, longest_first
from .variants import word_forms
from .vocabulary import Vocabulary, default_vocabulary, load_vocabulary, vocabulary_from_payload, vocabulary_to_payload
from .wordsets import HashSet

__all__ = [
    "FACTORY_NAME",
    "SPANS_KEY",
    "MatchRow",
    "TermMatcher",
    "TokenMatch",
    "english_lemmas",
    "make_term_matcher",
    "span_confidence",
    "span_details",
    "span_method",
    "span_status",
]

FACTORY_NAME = "resumematch_terms"
SPANS_KEY = "resumematch_terms"
SAVED_PARTS = ("vocabulary", "assertion_rules", "people_rules")
"""What ``to_disk``/``to_bytes`` save, by the names ``exclude`` takes."""
TEXT_KEY = "resumematch_text"
"""``doc.user_data`` key: the text the Doc was made from, if the caller knows it (saves ``Doc.text``)."""
Sections = tuple[tuple[int, int, str], ...]
"""``(start_char, end_char, kind)`` of each section of the document, for context-dependent terms."""


class TokenMatch(NamedTuple):
    """One match as :meth:`TermMatcher.match` returns it: token range, term, characters, details."""

    start: int
    end: int
    term_id: str
    start_char: int
    end_char: int
    method: str
    confidence: float
    status: str
    issuer: str | None
    earned: str | None
    expires: str | None


MatchRow = tuple[int, int, str, int, int, str, float, str, str | None, str | None, str | None]
"""A :class:`TokenMatch` as a plain tuple (see :meth:`TermMatcher.match_rows`)."""


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
        assertion_rules: str | os.PathLike[str] | AssertionRules | None = None,
        people_rules: str | os.PathLike[str] | PeopleRules | None = None,
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
        # Rules files are read (and validated, a bad file raising a VocabError that names
        # it) on first use, like the vocabulary: a restored pipeline gets its rules from
        # from_disk and must not need the original files.
        self._assertion_rules = assertion_rules
        self._people_rules = people_rules
        self._ready = False

    @property
    def assertion_rules(self) -> AssertionRules:
        """The assertion rules in use (the packaged ``data/assertion.json`` unless configured)."""
        rules = self._assertion_rules
        if not isinstance(rules, AssertionRules):
            rules = self._assertion_rules = load_rules(rules) if rules else default_rules()
        return rules

    @property
    def people_rules(self) -> PeopleRules:
        """The people rules in use (the packaged ``data/people.json`` unless configured)."""
        rules = self._people_rules
        if not isinstance(rules, PeopleRules):
            rules = self._people_rules = load_people_rules(rules) if rules else default_people_rules()
        return rules

    def set_rules(self, assertion_rules: AssertionRules | None = None, people_rules: PeopleRules | None = None) -> None:
        """Use these rules from now on (compiled on the next document); None keeps the current ones."""
        if assertion_rules is not None:
            self._assertion_rules = assertion_rules
        if people_rules is not None:
            self._people_rules = people_rules
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
        strings = vocab.strings
        make_doc = self.nlp.make_doc
        tokenizer = self.nlp.tokenizer

        def tokenize(forms: list[str]) -> list[tuple[str, ...]]:
            # One tokenizer call per distinct form, not one Doc per variant.
            return [tuple(t.lower_ for t in doc) for doc in tokenizer.pipe(forms)]  # type: ignore[union-attr]

        table = load_phrase_table(vocabulary, tokenize, hash_string, tokenizer_id(self.nlp))
        self._phrases = table.trie
        self._keys = table.keys
        self._capital_forms = table.capital_forms
        self._wrap_pairs = table.wrap_pairs
        words = known_words()
        # Curated abbreviations: when each is one token of one term (as in every shipped
        # vocabulary), LOWER hashes give candidates and the token's text decides; else a
        # PhraseMatcher on ORTH (the same matches: tested).
        written = [(a, t.id) for t in vocabulary for a in dict.fromkeys(t.abbreviations)]
        spellings = [a for a, _ in written]
        single = all(len(doc) == 1 for doc in tokenizer.pipe(spellings))  # type: ignore[union-attr]
        self._abbreviation_term: dict[str, str] | None = None
        self._abbreviations: PhraseMatcher | None = None
        if single and len(set(spellings)) == len(spellings):
            self._abbreviation_term = dict(written)
            self._abbreviation_lower = HashSet(hash_string(a.lower()) for a in spellings)
        else:
            self._abbreviations = PhraseMatcher(vocab, attr="ORTH")
            for term in vocabulary:
                if term.abbreviations:
                    self._abbreviations.add(term.id, [make_doc(a) for a in term.abbreviations])
            self._abbreviation_key = {strings[t.id]: t.id for t in vocabulary if t.abbreviations}
        self._labels = {t.id: (strings.add(t.category), strings.add(t.id), t.category) for t in vocabulary}
        self._credential_ids = frozenset(t.id for t in vocabulary if t.category in CREDENTIAL_CATEGORIES)
        self._evidence = Evidence(vocabulary)
        # Only these terms need a second look per match (context words, a capital);
        # every other match is accepted without a call.
        self._checked = frozenset(t.id for t in vocabulary if self._evidence.needs_evidence(t.id)) | frozenset(
            self._capital_forms
        )
        self._fuzzy = FuzzyMatcher.from_vocabulary(vocabulary, known_words=words) if self.fuzzy_enabled else None
        self._flag = candidate_flag(vocab, words) if self.fuzzy_enabled else None
        self._assertion = AssertionDetector(vocab, make_doc, self.assertion_rules) if self.assertion_enabled else None
        self._people = PeopleDetector(vocabulary, self.people_rules) if self.assertion_enabled else None
        self._degree_terms = DegreeTerms(vocabulary)
        patterns = term_patterns(vocabulary)
        self._patterns = None
        if patterns:
            forms = cached_lemma_forms(lemma_values(patterns), word_forms, digest=_words_digest())
            self._patterns = PatternMatcher(
                patterns, lemma_forms=forms.__getitem__, hash_string=hash_string, lexeme=vocab.__getitem__
            )
        self._ready = True

    def __call__(self, doc: Doc) -> Doc:
        """The spaCy component: write the matches to ``doc.spans[spans_key]``."""
        # Doc.text walks every token in Python (about as slow as the matching itself);
        # a caller that knows the text hands it over in user_data.
        text = doc.user_data.pop(TEXT_KEY, None)
        sections = doc._.get(section_extension()) if doc.has_extension(section_extension()) else None
        matches = self.match(doc, text, sections)
        labels = self._labels
        doc.spans[self.spans_key] = [
            Span(doc, m.start, m.end, label=labels[m.term_id][0], span_id=labels[m.term_id][1]) for m in matches
        ]
        store_details(
            doc,
            [
                (m.start, m.end, labels[m.term_id][1], m.method, m.confidence, m.status, m.issuer, m.earned, m.expires)
                for m in matches
            ],
        )
        return doc

    def match(self, doc: Doc, text: str | None = None, sections: Sections | None = None) -> list[TokenMatch]:
        """Every match in ``doc`` as :class:`TokenMatch` tuples, in text order, without making spaCy objects.

        This is the component's whole work except writing ``doc.spans``. ``text`` must
        be ``doc.text`` if given; ``sections`` are ``(start_char, end_char, kind)`` of the
        document's sections.
        """
        return [TokenMatch._make(row) for row in self.match_rows(doc, text, sections)]

    def match_rows(self, doc: Doc, text: str | None = None, sections: Sections | None = None) -> list[MatchRow]:
        """:meth:`match` as plain tuples (a TokenMatch's fields, in order), cheaper to make
        than NamedTuples, for a caller that turns each match into something else at once
        (:func:`resumematch.match.pipeline.find_mentions` makes Mentions, not Spans)."""
        if not self._ready:
            self._compile()
        if not len(doc):
            return []
        if text is None:
            text = doc.text
        lower, newline, tokens = read_tokens(doc, text)
        found = self._exact(doc, lower, tokens, sections)
        found += self._wrapped(lower, newline, tokens, sections)
        definitions = find_definitions(text) if "(" in text else []
        if definitions:
            found = apply_definitions(lower, found, definitions, tokens)
        if self._fuzzy is not None and self._flag is not None:
            found += self._near_misses(doc.to_array(self._flag), found, tokens)
        kept = longest_first(found)
        degrees: list[tuple[DegreeMatch, int, int]] = []
        if self._degree_terms:
            kept, degrees = self._with_degrees(kept, text, tokens, sections)
        if self._patterns is not None:
            pattern_found = self._patterns.matches(lower, tokens)
            if pattern_found:
                kept = merge_pattern_matches(kept, pattern_found)
        if not kept:
            return []
        if self._assertion is not None:
            ranges = [(f[0], f[1]) for f in kept]
            categories = [self._labels[f[2]][2] for f in kept]
            statuses = self._assertion.statuses_from_arrays(lower, newline, ranges, tokens.lower, categories=categories)
            _share_with_parenthesised_repeat(kept, statuses, tokens)
        else:
            statuses = ["affirmed"] * len(kept)
        if any(degree.status != "affirmed" for degree, _, _ in degrees):
            # What the grammar reads around a degree ("expected", "Present" on its date
            # line, "to complete") is the status of every mention inside it.
            for i, f in enumerate(kept):
                if statuses[i] == "affirmed":
                    for degree, start, end in degrees:
                        if degree.status != "affirmed" and start < f[1] and f[0] < end:
                            statuses[i] = degree.status
                            break
        if self._people is not None:
            # Titles and licences that name other people ("assisted registered nurses").
            # A pattern's match is what the candidate did ("worked closely with physicians"): its
            # people are the object, not the subject.
            at = [i for i, f in enumerate(kept) if f[3] != PATTERN_METHOD and self._people.names_people(f[2])]
            if at:
                own = [statuses[i] for i in at]
                drop = self._people.apply(tokens, [kept[i][:3] for i in at], own, sections)
                for i, status in zip(at, own, strict=True):
                    statuses[i] = status
                if drop:
                    gone = {at[k] for k in drop}
                    kept = [f for i, f in enumerate(kept) if i not in gone]
                    statuses = [s for i, s in enumerate(statuses) if i not in gone]
        idx_list, ends = tokens.idx, tokens.ends
        # Issuer and dates, for the certifications and licenses only (the others have none).
        credentials = [i for i, f in enumerate(kept) if f[2] in self._credential_ids]
        issuers: list[str | None] = [None] * len(kept)
        earned: list[str | None] = [None] * len(kept)
        expires: list[str | None] = [None] * len(kept)
        if credentials:
            spans = [(idx_list[kept[i][0]], ends[kept[i][1] - 1], self._labels[kept[i][2]][2]) for i in credentials]
            infos = credential_attributes(text, spans, term_ids=[kept[i][2] for i in credentials])
            for i, info in zip(credentials, infos, strict=True):
                issuers[i], earned[i], expires[i] = info
        return [
            (s, e, term_id, idx_list[s], ends[e - 1], method, confidence, status, issuer, since, until)
            for (s, e, term_id, method, confidence), status, issuer, since, until in zip(
                kept, statuses, issuers, earned, expires, strict=True
            )
        ]

    def _with_degrees(
        self, kept: list[Found], text: str, tokens: Tokens, sections: Sections | None
    ) -> tuple[list[Found], list[tuple[DegreeMatch, int, int]]]:
        """Add the degree grammar's mentions to the phrase matches (:mod:`resumematch.resume.degree_grammar`).

        Each degree is credited to the terms whose ``degree`` key it fits (its level's term
        on its head, a specific term such as ``bsn`` on the whole degree), unless a phrase
        match of the same term already overlaps it. The grammar also vetoes: a curated
        abbreviation of such a term counts only where the grammar reads a degree ("MS" in
        "MS Office" is not a master's), and none of their phrases counts in a school's
        name ("College of Health Sciences"). Returns the matches in order and each degree
        with its token range.
        """
        education = [(start, end) for start, end, kind in sections if kind == "education"] if sections else ()
        found = read_degrees(text, education=education)
        idx, ends = tokens.idx, tokens.ends
        degrees = []
        for degree in found:
            start = bisect.bisect_right(ends, degree.start)
            if start >= len(idx):
                continue
            end = max(start + 1, bisect.bisect_left(idx, degree.end))
            degrees.append((degree, start, end, max(start + 1, bisect.bisect_left(idx, degree.head_end))))
        ids = self._degree_terms.ids
        credited = [f for f in kept if f[2] in ids]
        if credited:
            vetoed = [
                f
                for f in credited
                if not any(start < f[1] and f[0] < end for _, start, end, _ in degrees)
                if f[3] == "abbreviation"
            ]
            vetoed += [f for f in credited if f[3] != "abbreviation" and names_an_institution(text, idx[f[0]])]
            if vetoed:
                kept = [f for f in kept if f not in vetoed]
                credited = [f for f in credited if f not in vetoed]
        added: list[Found] = []
        for degree, start, end, head_end in degrees:
            for term_id, whole in self._degree_terms.credit(degree):
                last = end if whole else head_end
                if any(f[2] == term_id and f[0] < last and start < f[1] for f in credited):
                    continue
                match = Found(start, last, term_id, "degree", 1.0)
                added.append(match)
                credited.append(match)
        if added:
            kept = sorted(kept + added)
        return kept, [(degree, start, end) for degree, start, end, _ in degrees]

    def _near_misses(self, candidate_mask: np.ndarray, found: list[Found], tokens: Tokens) -> list[Found]:
        """Fuzzy matches among the candidate tokens that no exact rule covered."""
        assert self._fuzzy is not None
        candidates = candidate_mask.nonzero()[0].tolist()
        if not candidates:
            return []
        strings = self.nlp.vocab.strings
        queries = [strings[tokens.lower[i]] for i in candidates]
        near = list(self._fuzzy.find_words(candidates, queries))
        if not near:  # most documents: no near-miss, so no need to know which tokens are covered
            return []
        covered = bytearray(len(tokens.idx))
        for f in found:
            covered[f[0] : f[1]] = b"\x01" * (f[1] - f[0])
        return [
            Found(start, start + 1, term_id, "fuzzy", confidence)
            for start, term_id, confidence in near
            if not covered[start]
        ]

    def _accept(self, tokens: Tokens, start: int, end: int, term_id: str, sections: Sections | None) -> bool:
        """Evidence for ambiguous forms; a capital for products named like words."""
        if self._evidence.needs_evidence(term_id):
            window = (
                tokens.idx[max(0, start - CONTEXT_WINDOW_TOKENS)],
                tokens.ends[min(len(tokens.idx), end + CONTEXT_WINDOW_TOKENS) - 1],
            )
            if not self._evidence.ok(tokens.text, (tokens.idx[start], tokens.ends[end - 1]), window, term_id, sections):
                return False
        capital = self._capital_forms.get(term_id)
        if capital and end - start == 1:
            word = tokens.text[tokens.idx[start] : tokens.ends[start]]
            if word.islower() and word in capital:
                return False
        return True

    def _abbreviation_matches(self, doc: Doc, lower: np.ndarray, tokens: Tokens) -> list[tuple[int, int, str]]:
        """``(start, end, term id)`` of each token written as a curated abbreviation, in order."""
        written = self._abbreviation_term
        if written is None:
            assert self._abbreviations is not None
            return [(start, end, self._abbreviation_key[key]) for key, start, end in self._abbreviations(doc)]
        found = []
        for i in self._abbreviation_lower.member(lower).nonzero()[0].tolist():
            term_id = written.get(tokens.word(i))
            if term_id is not None:
                found.append((i, i + 1, term_id))
        return found

    def _exact(self, doc: Doc, lower: np.ndarray, tokens: Tokens, sections: Sections | None) -> list[Found]:
        found: list[Found] = []
        checked = self._checked
        for start, end, term_id in self._abbreviation_matches(doc, lower, tokens):
            if term_id not in checked or self._accept(tokens, start, end, term_id, sections):
                found.append(Found(start, end, term_id, "abbreviation", 1.0))
        keys = self._keys
        for key, start, end in self._phrases.matches(tokens.lower, self._phrases.starts(lower)):
            term_id, method, confidence = keys[key]
            if term_id not in checked or self._accept(tokens, start, end, term_id, sections):
                found.append(Found(start, end, term_id, method, confidence))
        return found

    def _wrapped(
        self, lower: np.ndarray, newline: np.ndarray, tokens: Tokens, sections: Sections | None
    ) -> list[Found]:
        """Phrases wrapped across one line break ("discharge\npaperwork", as PDFs wrap lines).

        A line break is a whitespace token inside the phrase, so the plain walk cannot see
        it. Cheap prefilter: the words either side of a single line break must be a word
        pair that occurs in some phrase (one set look-up per line break). Only at those
        few breaks is the trie walked again over the nearby hashes without the break.
        A line that starts with a bullet or a dash, or a capitalised word after the break
        under a lowercase phrase start, begins a new item and continues nothing.
        """
        n = len(lower)
        breaks = newline[1:-1].nonzero()[0] + 1 if n > 2 else np.array([], dtype=np.int64)
        if not len(breaks) or not self._wrap_pairs:
            return []
        found: list[Found] = []
        text = tokens.text
        pairs, lower_list = self._wrap_pairs, tokens.lower
        for b in breaks.tolist():
            if (lower_list[b - 1], lower_list[b + 1]) not in pairs:
                continue
            if not is_line_wrap(tokens.word(b)):
                continue  # a blank line between them: two paragraphs, not a wrapped line
            if not text[tokens.idx[b + 1]].isalnum():
                continue  # a bullet or dash starts the next line: a new item
            if _is_heading_line(text, tokens.idx[b]) and not _is_heading_line(text, tokens.ends[b + 1], after=True):
                continue  # "VOLUNTEER EXPERIENCE" then "Patient ...": a heading ends, content starts
            lo, hi = max(0, b - self._phrases.longest + 1), min(n, b + self._phrases.longest)
            window = [i for i in range(lo, hi) if i != b]
            hashes = [tokens.lower[i] for i in window]
            for key, start, end in self._phrases.matches(hashes, range(b - lo)):
                first, last = window[start], window[end - 1]
                if not first < b < last:
                    continue
                if text[tokens.idx[b + 1]].isupper() and not text[tokens.idx[first]].isupper():
                    continue
                term_id, method, confidence = self._keys[key]
                if confidence < 0.95:
                    continue  # a reordered phrase split over two lines is two separate things
                if self._accept(tokens, first, last + 1, term_id, sections):
                    found.append(Found(first, last + 1, term_id, method, confidence))
        return found

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # --- serialisation: the vocabulary and the rules travel with the pipeline ----
    def _payloads(self, exclude: Iterable[str]) -> dict[str, dict[str, object]]:
        """What is saved, by name (a name in ``exclude`` is left out)."""
        parts = {
            "vocabulary": lambda: vocabulary_to_payload(self.vocabulary),
            "assertion_rules": self.assertion_rules.to_dict,
            "people_rules": self.people_rules.to_dict,
        }
        return {name: make() for name, make in parts.items() if name not in set(exclude)}

    def _restore(self, payloads: dict[str, object], exclude: Iterable[str]) -> TermMatcher:
        skip = set(exclude)
        if "vocabulary" in payloads and "vocabulary" not in skip:
            self.set_vocabulary(vocabulary_from_payload(payloads["vocabulary"]))  # type: ignore[arg-type]
        if "assertion_rules" in payloads and "assertion_rules" not in skip:
            raw = payloads["assertion_rules"]
            self.set_rules(assertion_rules=AssertionRules.from_dict(raw, where="saved assertion rules"))  # type: ignore[arg-type]
        if "people_rules" in payloads and "people_rules" not in skip:
            raw = payloads["people_rules"]
            self.set_rules(people_rules=PeopleRules.from_dict(raw, where="saved people rules"))  # type: ignore[arg-type]
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The vocabulary and both rule sets as JSON, keyed by name."""
        return json.dumps(self._payloads(exclude)).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> TermMatcher:
        payloads = json.loads(data)
        if "terms" in payloads:  # saved before the rules travelled too: a vocabulary alone
            payloads = {"vocabulary": payloads}
        return self._restore(payloads, exclude)

    def to_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> None:
        """One JSON file per part: ``vocabulary.json``, ``assertion_rules.json``, ``people_rules.json``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for name, payload in self._payloads(exclude).items():
            (folder / f"{name}.json").write_text(json.dumps(payload), encoding="utf-8")

    def from_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> TermMatcher:
        """Read the parts :meth:`to_disk` wrote; a part absent or excluded keeps the config's."""
        folder = Path(path)
        payloads = {
            name: json.loads((folder / f"{name}.json").read_text("utf-8"))
            for name in SAVED_PARTS
            if name not in set(exclude) and (folder / f"{name}.json").is_file()
        }
        return self._restore(payloads, exclude)


def _share_with_parenthesised_repeat(kept: list[Found], statuses: list[Status], tokens: Tokens) -> None:
    """ "Licensed Vocational Nurse (LVN) program, in progress": a term and its repeat in
    parentheses right after it are one mention, so both take a status either one has."""
    for i in range(len(kept) - 1):
        first, second = kept[i], kept[i + 1]
        if first[2] != second[2] or second[0] != first[1] + 1 or tokens.word(first[1]) != "(":
            continue
        if statuses[i] == "affirmed" and statuses[i + 1] != "affirmed":
            statuses[i] = statuses[i + 1]
        elif statuses[i + 1] == "affirmed" and statuses[i] != "affirmed":
            statuses[i + 1] = statuses[i]


def _is_heading_line(text: str, offset: int, *, after: bool = False) -> bool:
    """Whether the line ending at ``offset`` (or, ``after``, holding it) is written in capitals."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset) if after else offset
    line = text[start : len(text) if end == -1 else end]
    return any(c.isalpha() for c in line) and line.upper() == line


@Language.factory(
    FACTORY_NAME,
    default_config={
        "vocab_sources": [],
        "spans_key": SPANS_KEY,
        "fuzzy": True,
        "assertion": True,
        "assertion_rules": None,
        "people_rules": None,
    },
)
def make_term_matcher(
    nlp: Language,
    name: str,
    vocab_sources: list[str],
    spans_key: str,
    fuzzy: bool,
    assertion: bool,
    assertion_rules: str | None,
    people_rules: str | None,
) -> TermMatcher:
    """spaCy factory: ``nlp.add_pipe("resumematch_terms", config={"vocab_sources": [...]})``.

    ``assertion_rules`` and ``people_rules`` are paths of rules files (the formats of
    ``data/assertion.json`` and ``data/people.json``); null means the packaged rules.
    """
    return TermMatcher(
        nlp,
        name,
        vocab_sources=vocab_sources,
        spans_key=spans_key,
        fuzzy=fuzzy,
        assertion=assertion,
        assertion_rules=assertion_rules,
        people_rules=people_rules,
    )
