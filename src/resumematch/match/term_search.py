"""The term search the spaCy component runs on each Doc, compiled once per vocabulary and rules.

Why it is fast: variants (inflection, word order, hyphenation, "MS Excel") are paid for
once, when the vocabulary is compiled (:mod:`resumematch.match.variants`), not per token at
run time. All forms go into one trie of ``LOWER`` hashes (:mod:`.trie`, walked only
from tokens where a phrase can start). Curated abbreviations match case-sensitively as
whole tokens, so "RN" never matches "rn" or the inside of "RNA", and "ER" never matches
"ERP": their ``LOWER`` hashes find the candidates and the token's text decides (a
``PhraseMatcher`` on ``ORTH`` when an abbreviation spans several tokens). No lemmatizer
runs. Then, per doc: abbreviations the document defines (:mod:`.abbreviations`),
near-misses (:mod:`.fuzzy`), the degree grammar, patterns, assertion status
(:mod:`.assertion`), people (:mod:`.people`) and credential attributes
(:mod:`.credentials`). Everything is read from arrays (:mod:`.doc_tokens`), never
through Token or Span objects; :mod:`.component` turns the rows into spans.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from ..english import _words_digest, known_words, word_frequencies
from ..models import CREDENTIAL_CATEGORIES, Status
from ..resume.degree_grammar import DegreeMatch
from .abbreviations import apply_definitions, find_definitions, head_words
from .assertion import AssertionDetector, AssertionRules
from .business_settings import BusinessSettings
from .clause_duties import ClauseDuties, clause_additions, with_clause_matches
from .credentials import IssuerTable, credential_attributes
from .degree_terms import DegreeTerms
from .doc_tokens import read_tokens, sentence_breaks
from .evidence import CONTEXT_WINDOW_TOKENS, Evidence
from .fuzzy import FuzzyMatcher, candidate_flag
from .handled import mark_handled
from .keyword_lists import ListEchoes
from .participles import AttributiveParticiples
from .patterns import METHOD as PATTERN_METHOD
from .patterns import PatternMatcher, cached_lemma_forms, lemma_values, merge_pattern_matches, term_patterns
from .people import PeopleDetector
from .people_rules import PeopleRules
from .phrase_table import load_phrase_table, tokenizer_id
from .section_reading import heading_mentions, is_heading_line, read_section_headings
from .status_sharing import (
    give_status_to_the_card_for_people,
    hold_licence_of_a_bridge,
    share_expiry_within_one_card,
    share_with_parenthesised_repeat,
    share_within_degrees,
)
from .trie import Found, Tokens, is_line_wrap, longest_first, new_record
from .variants import abbreviation_spellings, word_forms
from .vocabulary import Vocabulary
from .wordsets import HashSet
from .written_expiry import expire_before_written_dates, plan_future_cards

__all__ = ["MatchRow", "Sections", "TermSearch", "TokenMatch"]

Sections = tuple[tuple[int, int, str], ...]
"""``(start_char, end_char, kind)`` of each section of the document, for context-dependent terms."""


class MatchRow(NamedTuple):
    """One match as the term search gives it: token range, term, characters, how found, details.

    Made by ``tuple.__new__`` (in C), not the generated ``__new__`` (a Python call per
    row): a named record for what a plain tuple cost (docs/performance.md, MatchRow).
    """

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


TokenMatch = MatchRow
"""The name :meth:`TermMatcher.match` has always returned."""


class TermSearch:
    """A vocabulary and rule sets compiled against one pipeline's tokenizer and vocab."""

    def __init__(
        self,
        nlp: Language,
        vocabulary: Vocabulary,
        *,
        fuzzy: bool,
        assertion: bool,
        assertion_rules: AssertionRules,
        people_rules: PeopleRules,
        issuers: IssuerTable,
    ) -> None:
        from spacy.matcher import PhraseMatcher

        self._strings = nlp.vocab.strings
        self._issuers = issuers
        vocab = nlp.vocab
        strings = vocab.strings
        make_doc = nlp.make_doc
        tokenizer = nlp.tokenizer

        def tokenize(forms: list[str]) -> list[tuple[str, ...]]:
            # One tokenizer call per distinct form, not one Doc per variant.
            return [tuple(t.lower_ for t in doc) for doc in tokenizer.pipe(forms)]  # type: ignore[union-attr]

        table = load_phrase_table(vocabulary, tokenize, hash_string, tokenizer_id(nlp))
        self._phrases = table.trie
        self._keys = table.keys
        self._capital_forms = table.capital_forms
        self._wrap_pairs = table.wrap_pairs
        words = known_words()
        # Curated abbreviations: when each is one token of one term (as in every shipped
        # vocabulary), LOWER hashes give candidates and the token's text decides; else a
        # PhraseMatcher on ORTH (the same matches: tested).
        curated = [(a, t.id, t.category) for t in vocabulary for a in dict.fromkeys(t.abbreviations)]
        written = abbreviation_spellings(curated)
        spellings = [a for a, _ in written]
        single = all(len(doc) == 1 for doc in tokenizer.pipe(spellings))  # type: ignore[union-attr]
        self._abbreviation_term: dict[str, str] | None = None
        self._abbreviations: PhraseMatcher | None = None
        if single and len(set(spellings)) == len(spellings):
            self._abbreviation_term = dict(written)
            self._abbreviation_lower = HashSet(hash_string(a.lower()) for a in spellings)
        else:
            self._abbreviations = PhraseMatcher(vocab, attr="ORTH")
            for spelling, term_id in written:
                self._abbreviations.add(term_id, [make_doc(spelling)])
            self._abbreviation_key = {strings[t.id]: t.id for t in vocabulary if t.abbreviations}
        self.labels = {t.id: (strings.add(t.category), strings.add(t.id), t.category) for t in vocabulary}
        self._participles = AttributiveParticiples(vocabulary)
        self._soft_skills = frozenset(t.id for t in vocabulary if t.category == "soft_skill")
        self._credential_ids = frozenset(t.id for t in vocabulary if t.category in CREDENTIAL_CATEGORIES)
        self._evidence = Evidence(vocabulary)
        self._heads = head_words(vocabulary)  # "Research Nurse (RN)" does not redefine RN
        # Only these terms need a second look per match (context words, a capital); no others.
        self._checked = frozenset(t.id for t in vocabulary if self._evidence.needs_evidence(t.id)) | frozenset(
            self._capital_forms
        )
        self._fuzzy = FuzzyMatcher.from_vocabulary(vocabulary, known_words=words) if fuzzy else None
        self._flag = candidate_flag(vocab, words) if fuzzy else None
        self._assertion = AssertionDetector(vocab, make_doc, assertion_rules) if assertion else None
        self._people = PeopleDetector(vocabulary, people_rules) if assertion else None
        self._settings = BusinessSettings(self._people.rules) if self._people is not None else None
        self._echoes = ListEchoes(self._evidence) if assertion else None
        self._degree_terms = DegreeTerms(vocabulary)
        self._clauses = ClauseDuties.packaged(vocabulary, hash_string=hash_string, words=words)
        patterns = term_patterns(vocabulary)
        self._patterns = None
        if patterns:
            forms = cached_lemma_forms(lemma_values(patterns), word_forms, digest=_words_digest())
            self._patterns = PatternMatcher(
                patterns,
                lemma_forms=forms.__getitem__,
                hash_string=hash_string,
                lexeme=vocab.__getitem__,
                frequencies=word_frequencies,
            )

    def rows(self, doc: Doc, text: str, sections: Sections | None = None, *, posting: bool = False) -> list[MatchRow]:
        """Every match in a non-empty ``doc`` made from ``text``, in text order (``posting``: a
        job posting, whose specialties and settings are the job's, never a market served)."""
        lower, newline, tokens = read_tokens(doc, text)
        found = self._exact(doc, lower, tokens, sections)
        found += self._wrapped(lower, newline, tokens, sections)
        definitions = find_definitions(text) if "(" in text else []
        if definitions:
            found = apply_definitions(lower, found, definitions, tokens, self._heads)
        if self._fuzzy is not None and self._flag is not None:
            found += self._near_misses(doc.to_array(self._flag), found, tokens)
        kept = longest_first(found)
        degrees: list[tuple[DegreeMatch, int, int]] = []
        if self._degree_terms:
            kept, degrees = self._degree_terms.join(kept, text, tokens, sections)
        statements = self._participles.statements
        if self._patterns is not None:
            pattern_found = statements(self._patterns.matches(lower, tokens), tokens, resume=not posting)
            if pattern_found:
                kept = merge_pattern_matches(kept, pattern_found, self._soft_skills)
        stops = sentence_breaks(newline, tokens)
        added = [] if posting else statements(self._clauses.matches(lower, stops, tokens), tokens)
        added = clause_additions(kept, added) if added else added
        if not kept and not added:
            return []
        statuses = self._statuses(kept, lower, stops, tokens)
        if added:  # read apart: a clause's long span changes no other mention's status
            kept, statuses = with_clause_matches(kept, statuses, added, self._statuses(added, lower, stops, tokens))
        if any(degree.status != "affirmed" for degree, _, _ in degrees):
            # A degree's status ("expected", "Present", "to complete") is every mention's inside it.
            for i, f in enumerate(kept):
                if statuses[i] == "affirmed":
                    for degree, start, end in degrees:
                        if degree.status != "affirmed" and start < f[1] and f[0] < end:
                            statuses[i] = degree.status
                            break
        if degrees and "affirmed" in statuses and any(s != "affirmed" for s in statuses):
            share_within_degrees(kept, statuses, degrees, self._degree_terms.ids)
        if self._people is not None:
            # Titles and licences that name other people ("assisted registered nurses").
            # A pattern's match is what the candidate did ("worked closely with physicians"): its
            # people are the object, not the subject.
            at = [i for i, f in enumerate(kept) if f[3] != PATTERN_METHOD and self._people.names_people(f[2])]
            if at:
                own = [statuses[i] for i in at]
                drop = self._people.apply(tokens, [kept[i][:3] for i in at], own, sections, lower=lower)
                for i, status in zip(at, own, strict=True):
                    statuses[i] = status
                if drop:
                    gone = {at[k] for k in drop}
                    kept = [f for i, f in enumerate(kept) if i not in gone]
                    statuses = [s for i, s in enumerate(statuses) if i not in gone]
        token_spans = [f[:3] for f in kept]
        if self._settings is not None and not posting:
            # A setting not worked in is a market served; an office's papers and programmes are others'.
            self._settings.apply(tokens, token_spans, statuses, sections)
            mark_handled(tokens, token_spans, statuses, [self.labels[f[2]][2] for f in kept])
        if self._echoes is not None and sections:
            # A skills list's copy of a word the body uses for something else ("Access").
            gone = self._echoes.apply(tokens, token_spans, statuses, sections)
            if gone:
                kept = [f for i, f in enumerate(kept) if i not in gone]
                statuses = [s for i, s in enumerate(statuses) if i not in gone]
        idx_list, ends = tokens.idx, tokens.ends
        if sections:
            # A heading line is not a skill (match/section_reading.py).
            char_spans = [(idx_list[f[0]], ends[f[1] - 1]) for f in kept]
            gone = heading_mentions(char_spans, [self.labels[f[2]][2] for f in kept], text, sections)
            if gone:
                kept = [f for i, f in enumerate(kept) if i not in gone]
                statuses = [s for i, s in enumerate(statuses) if i not in gone]
                char_spans = [s for i, s in enumerate(char_spans) if i not in gone]
        # Issuer and dates, for the certifications and licenses only (the others have none).
        credentials = [i for i, f in enumerate(kept) if f[2] in self._credential_ids]
        issuers: list[str | None] = [None] * len(kept)
        earned: list[str | None] = [None] * len(kept)
        expires: list[str | None] = [None] * len(kept)
        if credentials:
            spans = [(idx_list[kept[i][0]], ends[kept[i][1] - 1], self.labels[kept[i][2]][2]) for i in credentials]
            infos = credential_attributes(
                text, spans, term_ids=[kept[i][2] for i in credentials], issuers=self._issuers
            )
            for i, info in zip(credentials, infos, strict=True):
                issuers[i], earned[i], expires[i] = info
            # "BLS (AHA) 2015-2017" on a resume whose roles run to 2021 had lapsed when written.
            card_spans = [(start, end) for start, end, _ in spans]
            own = [statuses[i] for i in credentials]
            plan_future_cards(text, card_spans, [earned[i] for i in credentials], own)  # "CMA, 2030"
            changed = own != [statuses[i] for i in credentials]
            if (
                expire_before_written_dates(text, card_spans, [expires[i] for i in credentials], own, sections)
                or changed
            ):
                for i, status in zip(credentials, own, strict=True):
                    statuses[i] = status
                share_expiry_within_one_card(kept, statuses, tokens, [self.labels[f[2]][2] for f in kept])
        if sections:
            # A planned or lapsed list is not held; nor, through an old job title, is a certificate
            # the credentials section says lapsed (match/section_reading.py).
            read_section_headings(char_spans, [f[2] for f in kept], statuses, self._credential_ids, sections, text)
        return [
            new_record(
                MatchRow, (s, e, term_id, idx_list[s], ends[e - 1], method, confidence, status, issuer, since, until)
            )
            for (s, e, term_id, method, confidence), status, issuer, since, until in zip(
                kept, statuses, issuers, earned, expires, strict=True
            )
        ]

    def _statuses(self, kept: list[Found], lower: np.ndarray, stops: np.ndarray, tokens: Tokens) -> list[Status]:
        """Each match's assertion status, shared between mentions of one thing."""
        if self._assertion is None or not kept:
            return ["affirmed"] * len(kept)
        categories, ranges = [self.labels[f[2]][2] for f in kept], [(f[0], f[1]) for f in kept]
        statuses = self._assertion.statuses_from_arrays(lower, stops, ranges, tokens.lower, categories=categories)
        if statuses.count("affirmed") != len(statuses):  # a status to share (a C count, not a pass)
            share_with_parenthesised_repeat(kept, statuses, tokens, categories)
            share_expiry_within_one_card(kept, statuses, tokens, categories)
            hold_licence_of_a_bridge(kept, statuses, tokens, categories)
            give_status_to_the_card_for_people(kept, statuses, tokens, categories)
        return statuses

    def _near_misses(self, candidate_mask: np.ndarray, found: list[Found], tokens: Tokens) -> list[Found]:
        """Fuzzy matches among the candidate tokens that no exact rule covered."""
        assert self._fuzzy is not None
        candidates = candidate_mask.nonzero()[0].tolist()
        if not candidates:
            return []
        strings = self._strings
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
                found.append(new_record(Found, (start, end, term_id, "abbreviation", 1.0)))
        keys = self._keys
        for key, start, end in self._phrases.matches(tokens.lower, self._phrases.starts(lower)):
            term_id, method, confidence = keys[key]
            if method == "variant" and start and self._participles.describes_noun(tokens, start, term_id):
                continue
            if term_id not in checked or self._accept(tokens, start, end, term_id, sections):
                found.append(new_record(Found, (start, end, term_id, method, confidence)))
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
            if is_heading_line(text, tokens.idx[b]) and not is_heading_line(text, tokens.ends[b + 1], after=True):
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
