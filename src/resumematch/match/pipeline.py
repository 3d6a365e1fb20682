"""Glue between the stages: build the spaCy pipeline once, turn its matches into Mentions.

A process builds one pipeline per vocabulary and rule set (``spacy.blank("en")`` costs
about half a second) and reuses it for every document. Our own pipeline uses the
registered ``resumematch.Tokenizer.v1`` (:mod:`.tokenizer`), the fix for spaCy's
newline cache bypass (explosion/spaCy#13950); a user's own pipeline is never modified
(:func:`without_whitespace_special_cases` is there to do it on purpose).
"""

from __future__ import annotations

import bisect
import itertools
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, cast

from spacy.language import Language

from ..errors import InputError
from ..extract import DEFAULT_PDF_ENGINE, ExtractLimits, PdfEngine, extract, extract_text
from ..models import Document, Mention
from ..models.inputs import Text
from .assertion import AssertionRules, load_rules
from .component import FACTORY_NAME, POSTING_KEY, MatchRow, TermMatcher, match_rows_of
from .evidence import section_extension
from .tokenizer import resume_english
from .vocabulary import Vocabulary, default_vocabulary, load_vocabulary

__all__ = [
    "Source",
    "TextOrSource",
    "build_pipeline",
    "find_mentions",
    "read_document",
    "resolve_rules",
    "resolve_vocabulary",
    "without_whitespace_special_cases",
]

Source = str | os.PathLike[str] | bytes | BinaryIO
TextOrSource = Source | Document
VocabSpec = Vocabulary | str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None
RulesSpec = AssertionRules | str | os.PathLike[str] | None
"""Assertion rules: a rules file's path, loaded rules, or ``None`` for the packaged ones."""

_DOCUMENT_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text")
_pipelines: dict[tuple[int, tuple[str, ...], AssertionRules | None], tuple[Vocabulary, Language]] = {}
_PIPELINES_MAX = 16
"""Pipelines kept (each holds a compiled vocabulary, several MB): a long-running caller
that makes vocabularies in code must not grow without bound."""
_lock = threading.Lock()


def resolve_vocabulary(vocab: VocabSpec) -> Vocabulary:
    """Accept a Vocabulary, one path or name, several, or ``None`` for the default."""
    if vocab is None:
        return default_vocabulary()
    if isinstance(vocab, Vocabulary):
        return vocab
    if isinstance(vocab, str | os.PathLike):
        return load_vocabulary(vocab)
    return load_vocabulary(*vocab)


def without_whitespace_special_cases(nlp: Language) -> Language:
    """Drop the tokenizer's whitespace special cases (spaCy#13950); tokens stay identical."""
    rules = nlp.tokenizer.rules  # type: ignore[union-attr]
    nlp.tokenizer.rules = {key: value for key, value in rules.items() if key.strip()}  # type: ignore[union-attr]
    return nlp


def _resume_english() -> Language:
    """``blank("en")`` with resumematch's tokenizer (:mod:`.tokenizer`), which keeps its cache on resumes."""
    return resume_english()


def resolve_rules(assertion_rules: RulesSpec) -> AssertionRules | None:
    """Loaded assertion rules from a path (a bad file is a VocabError naming it); None stays None."""
    if assertion_rules is None or isinstance(assertion_rules, AssertionRules):
        return assertion_rules
    return load_rules(assertion_rules)


def build_pipeline(vocabulary: Vocabulary, *, assertion_rules: RulesSpec = None) -> Language:
    """The ``blank("en")`` pipeline with the term matcher, built once per vocabulary and rules.

    ``assertion_rules``: a rules file (the format of ``data/assertion.json``, replacing the
    packaged rules) or loaded :class:`~resumematch.match.assertion.AssertionRules`.
    """
    rules = resolve_rules(assertion_rules)
    # Keyed by the terms, not the Vocabulary object: load_vocabulary("name") gives a new
    # object per call that shares its validated terms, and must share the pipeline too.
    key = (id(vocabulary.terms), vocabulary.sources, rules)
    with _lock:
        cached = _pipelines.get(key)
        if cached is not None and cached[0].terms is vocabulary.terms and cached[0].ambiguous == vocabulary.ambiguous:
            return cached[1]
        nlp = _resume_english()
        # The factory loads the vocabulary from its sources (so the config can rebuild
        # it); a vocabulary made in code has none and is swapped in after.
        matcher = nlp.add_pipe(FACTORY_NAME, config={"vocab_sources": list(vocabulary.sources)})
        if not vocabulary.sources:
            cast(TermMatcher, matcher).set_vocabulary(vocabulary)
        if rules is not None:
            cast(TermMatcher, matcher).set_rules(assertion_rules=rules)
        while len(_pipelines) >= _PIPELINES_MAX:
            _pipelines.pop(next(iter(_pipelines)))
        _pipelines[key] = (vocabulary, nlp)
        return nlp


def mentions_from_matches(
    matches: Sequence[MatchRow], document: Document, vocabulary: Vocabulary
) -> tuple[Mention, ...]:
    """Turn the matcher's tuples into Mentions carrying section and page.

    Sections and pages are found by bisection, written out in the loop (a dense resume
    has 60-80 mentions, and a function call each for section and page was a fifth of
    this loop); a one-page document needs no search for the page. No Span or Token
    object is read.
    """
    text = document.text
    sections = document.sections
    section_starts = [s.start for s in sections]
    disjoint = not any(a.end > b.start for a, b in itertools.pairwise(sections))
    page_starts = document.page_starts
    one_page = len(page_starts) <= 1
    bisect_right = bisect.bisect_right
    get_term = vocabulary.get
    mentions = []
    for _, _, term_id, start, end, method, confidence, status, issuer, earned, expires in matches:
        term = get_term(term_id)
        if not disjoint:
            section = document.section_of(start)
        elif (i := bisect_right(section_starts, start) - 1) >= 0 and start < sections[i].end:
            section = sections[i].kind
        else:
            section = None
        mentions.append(
            Mention(
                term.id,
                term.name,
                term.category,
                text[start:end],
                start,
                end,
                section,
                method,  # type: ignore[arg-type]  # the matcher writes only the Method names
                float(confidence),
                status,  # type: ignore[arg-type]  # and only the Status names
                1 if one_page else max(1, bisect_right(page_starts, start)),
                issuer,
                earned,
                expires,
            )
        )
    return tuple(mentions)


def find_mentions(
    document: Document, vocabulary: Vocabulary, *, assertion_rules: RulesSpec = None, posting: bool = False
) -> tuple[Mention, ...]:
    """Every vocabulary term mentioned in ``document``, in text order.

    ``posting``: the document is a job posting. A resume's specialties and settings are read
    against its candidate (on a business resume, a setting not worked in is a market served,
    ``BusinessSettings.apply``, match/business_settings.py); a posting's are the job's own.

    One route for matches: the Doc goes through the spaCy component's own call, as in a
    spaCy user's pipeline, and the Mentions are made from the rows it keeps
    (:func:`~resumematch.match.span_info.match_rows_of`); it is asked for no Spans. The Doc
    carries the document's sections, so an ambiguous form listed under the right
    heading ("CPT" under "Certifications") counts without a context word; the
    tokenizer hands over the text, which the Doc would otherwise rebuild token by token.
    """
    nlp = build_pipeline(vocabulary, assertion_rules=assertion_rules)
    doc = nlp.make_doc(document.text)
    doc._.set(section_extension(), tuple((s.start, s.end, s.kind) for s in document.sections) or None)
    if posting:
        doc.user_data[POSTING_KEY] = True
    matcher = cast(TermMatcher, nlp.get_pipe(FACTORY_NAME))
    doc = matcher.annotate(doc, spans=False)  # the Mentions are made from the rows
    return mentions_from_matches(match_rows_of(doc), document, vocabulary)


def looks_like_path(value: str) -> bool:
    if "\n" in value or len(value) > 1024:
        return False
    return Path(value).suffix.lower() in _DOCUMENT_SUFFIXES or os.path.exists(value)


def read_document(
    source: TextOrSource,
    *,
    password: str | None = None,
    limits: ExtractLimits | None = None,
    what: str = "resume",
    engine: PdfEngine = DEFAULT_PDF_ENGINE,
) -> Document:
    """A Document from a path, raw bytes, a binary file, a Document, or plain text.

    A ``str`` is a path when it is one line that names an existing file or ends in a
    document suffix (.pdf, .docx, .txt, .md); any other string is the text itself.
    Say which it is to be sure: :class:`~resumematch.models.inputs.Text` is always text, a
    :class:`pathlib.Path` always a file.
    """
    if isinstance(source, Document):
        return source
    if isinstance(source, Text) or (isinstance(source, str) and not looks_like_path(source)):
        if not source.strip():
            raise InputError(f"The {what} text is empty; pass a file path or non-empty text.")
        return extract_text(source, source=f"<{what} text>")
    return extract(source, password=password, limits=limits, engine=engine)
