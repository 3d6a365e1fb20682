"""The spaCy component that finds vocabulary terms: ``resumematch_terms``.

Design (after spaCy's ``SpanRuler``): the component always returns the ``Doc`` and
writes its results to ``doc.spans["resumematch_terms"]``, each span labelled with the
term's category and with ``span_id`` set to the term id. The config holds only settings
(vocabulary names or paths, the paths of the assertion, people, credential issuer and
section heading files, the spans key, switches); the vocabulary and the four data sets
themselves are saved with ``to_disk`` (each can be left out with ``exclude``) so a saved pipeline loads
without the original files. A user's own rules file (``config={"assertion_rules":
"my-rules.json"}``, the format of ``data/assertion.json``) replaces the packaged rules,
as medspaCy's ConText ``rules=`` does; so does a section headings file
(``config={"section_headings": "my-headings.json"}``, the format of ``data/sections.json``),
which finds the sections of a Doc that arrives without them (a user's ``nlp(text)``).

The search itself is :class:`~resumematch.match.term_search.TermSearch`, compiled on the
first document. The matches are kept as rows in ``doc.user_data``
(:func:`~resumematch.match.span_info.match_rows_of`), where the library reads them
without making a Span back into characters, and the Span extensions
(``span._.resumematch_status``, ...; see :mod:`.span_info`) read their details.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..english import english_lemmas
from ..resume.sections import SectionHeadings, default_section_headings, detect_sections
from .assertion import AssertionRules, default_rules, load_rules, read_rules_file
from .credentials import IssuerTable, default_issuers, load_issuers
from .evidence import section_extension
from .people_rules import PeopleRules, default_people_rules, load_people_rules
from .span_info import match_rows_of, span_confidence, span_details, span_method, span_status, store_rows
from .term_search import MatchRow, Sections, TermSearch, TokenMatch
from .tokenizer import TEXT_KEY
from .vocabulary import Vocabulary, default_vocabulary, load_vocabulary, vocabulary_from_payload, vocabulary_to_payload

# ``doc.user_data[POSTING_KEY]``: the Doc is a job posting (set by ``find_mentions(posting=True)``).
POSTING_KEY = "resumematch_posting"

__all__ = [
    "FACTORY_NAME",
    "SPANS_KEY",
    "MatchRow",
    "TermMatcher",
    "TokenMatch",
    "english_lemmas",
    "load_section_headings",
    "make_term_matcher",
    "match_rows_of",
    "span_confidence",
    "span_details",
    "span_method",
    "span_status",
]

FACTORY_NAME = "resumematch_terms"
SPANS_KEY = "resumematch_terms"
SAVED_PARTS = ("vocabulary", "assertion_rules", "people_rules", "credential_issuers", "section_headings")
"""What ``to_disk``/``to_bytes`` save, by the names ``exclude`` takes."""


def load_section_headings(path: str | os.PathLike[str]) -> SectionHeadings:
    """A user's section headings file (the format of ``data/sections.json``), validated; it
    replaces the packaged headings. Any problem is a :class:`~resumematch.errors.VocabError`
    whose message starts with the file's name."""
    return SectionHeadings.from_dict(read_rules_file(path, "section headings"), where=str(path))


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
        credential_issuers: str | os.PathLike[str] | IssuerTable | None = None,
        section_headings: str | os.PathLike[str] | SectionHeadings | None = None,
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
        self._issuers = credential_issuers
        self._headings = section_headings
        self._search: TermSearch | None = None

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

    @property
    def credential_issuers(self) -> IssuerTable:
        """The credential issuers in use (the packaged ``data/credentials.json`` unless configured)."""
        issuers = self._issuers
        if not isinstance(issuers, IssuerTable):
            issuers = self._issuers = load_issuers(issuers) if issuers else default_issuers()
        return issuers

    @property
    def section_headings(self) -> SectionHeadings:
        """The section headings in use (the packaged ``data/sections.json`` unless configured)."""
        headings = self._headings
        if not isinstance(headings, SectionHeadings):
            headings = self._headings = load_section_headings(headings) if headings else default_section_headings()
        return headings

    def set_rules(
        self,
        assertion_rules: AssertionRules | None = None,
        people_rules: PeopleRules | None = None,
        credential_issuers: IssuerTable | None = None,
        section_headings: SectionHeadings | None = None,
    ) -> None:
        """Use these rules from now on (compiled on the next document); None keeps the current ones."""
        if section_headings is not None:
            self._headings = section_headings
        if assertion_rules is not None:
            self._assertion_rules = assertion_rules
        if people_rules is not None:
            self._people_rules = people_rules
        if credential_issuers is not None:
            self._issuers = credential_issuers
        self._search = None

    @property
    def vocabulary(self) -> Vocabulary:
        """The vocabulary in use (loaded from ``vocab_sources`` on first use)."""
        if self._vocabulary is None:
            self._vocabulary = load_vocabulary(*self.vocab_sources) if self.vocab_sources else default_vocabulary()
        return self._vocabulary

    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Use ``vocabulary`` from now on (compiled on the next document)."""
        self._vocabulary = vocabulary
        self._search = None

    @property
    def search(self) -> TermSearch:
        """The compiled search (compiled on first use, again after a change of vocabulary or rules)."""
        search = self._search
        if search is None:
            search = self._search = TermSearch(
                self.nlp,
                self.vocabulary,
                fuzzy=self.fuzzy_enabled,
                assertion=self.assertion_enabled,
                assertion_rules=self.assertion_rules,
                people_rules=self.people_rules,
                issuers=self.credential_issuers,
            )
        return search

    def __call__(self, doc: Doc) -> Doc:
        """The spaCy component: write the matches to ``doc.spans[spans_key]`` (and their rows to
        ``doc.user_data``, read by :func:`match_rows_of`)."""
        return self.annotate(doc)

    def annotate(self, doc: Doc, *, spans: bool = True) -> Doc:
        """The component's call; ``spans=False`` writes the rows alone, for a caller that
        reads only :func:`match_rows_of` (a Span costs two Token objects)."""
        # Doc.text walks every token in Python; resumematch's tokenizer hands the text over.
        text = doc.user_data.pop(TEXT_KEY, None)
        posting = bool(doc.user_data.pop(POSTING_KEY, False))
        sections = doc._.get(section_extension())
        if sections is None and len(doc):  # a user's own Doc: its sections by the component's headings
            found = detect_sections(doc.text if text is None else text, self.section_headings)
            sections = tuple((s.start, s.end, s.kind) for s in found) or None
        rows = self.match_rows(doc, text, sections, posting=posting)
        if spans:
            labels = self.search.labels
            doc.spans[self.spans_key] = [
                Span(doc, row[0], row[1], label=labels[row[2]][0], span_id=labels[row[2]][1]) for row in rows
            ]
        store_rows(doc, rows)
        return doc

    def match(self, doc: Doc, text: str | None = None, sections: Sections | None = None) -> list[TokenMatch]:
        """Every match in ``doc`` as :class:`TokenMatch` tuples, in text order, without making spaCy objects.

        This is the component's whole work except writing ``doc.spans``. ``text`` must
        be ``doc.text`` if given; ``sections`` are ``(start_char, end_char, kind)`` of the
        document's sections.
        """
        return self.match_rows(doc, text, sections)

    def match_rows(
        self, doc: Doc, text: str | None = None, sections: Sections | None = None, *, posting: bool = False
    ) -> list[MatchRow]:
        """:meth:`match`, under the name the component's callers use for the rows; ``posting``:
        the Doc is a job posting, whose settings are the job's (no resume's reading of them)."""
        search = self.search
        if not len(doc):
            return []
        return search.rows(doc, doc.text if text is None else text, sections, posting=posting)

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # --- serialisation: the vocabulary and the rules travel with the pipeline ----
    def _payloads(self, exclude: Iterable[str]) -> dict[str, dict[str, Any]]:
        """What is saved, by name (a name in ``exclude`` is left out)."""
        parts = {
            "vocabulary": lambda: vocabulary_to_payload(self.vocabulary),
            "assertion_rules": self.assertion_rules.to_dict,
            "people_rules": self.people_rules.to_dict,
            "credential_issuers": self.credential_issuers.to_dict,
            "section_headings": self.section_headings.to_dict,
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
        if "credential_issuers" in payloads and "credential_issuers" not in skip:
            raw = payloads["credential_issuers"]
            self.set_rules(credential_issuers=IssuerTable.from_dict(raw, where="saved credential issuers"))
        if "section_headings" in payloads and "section_headings" not in skip:
            raw = payloads["section_headings"]
            self.set_rules(section_headings=SectionHeadings.from_dict(raw, where="saved section headings"))  # type: ignore[arg-type]
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The vocabulary and the four data sets as JSON, keyed by name."""
        return json.dumps(self._payloads(exclude)).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> TermMatcher:
        payloads = json.loads(data)
        if "terms" in payloads:  # saved before the rules travelled too: a vocabulary alone
            payloads = {"vocabulary": payloads}
        return self._restore(payloads, exclude)

    def to_disk(self, path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> None:
        """One JSON file per part: ``vocabulary.json``, ``assertion_rules.json``, ``people_rules.json``,
        ``credential_issuers.json``, ``section_headings.json``."""
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


@Language.factory(
    FACTORY_NAME,
    default_config={
        "vocab_sources": [],
        "spans_key": SPANS_KEY,
        "fuzzy": True,
        "assertion": True,
        "assertion_rules": None,
        "people_rules": None,
        "credential_issuers": None,
        "section_headings": None,
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
    credential_issuers: str | None,
    section_headings: str | None,
) -> TermMatcher:
    """spaCy factory: ``nlp.add_pipe("resumematch_terms", config={"vocab_sources": [...]})``.

    ``assertion_rules``, ``people_rules``, ``credential_issuers`` and ``section_headings``
    are paths of data files (the formats of ``data/assertion.json``, ``data/people.json``,
    ``data/credentials.json`` and ``data/sections.json``); null means the packaged ones.
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
        credential_issuers=credential_issuers,
        section_headings=section_headings,
    )
