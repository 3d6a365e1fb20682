"""Glue between the stages: build the spaCy pipeline once, turn spans into Mentions.

A process builds one pipeline per vocabulary (``spacy.blank("en")`` costs about half a
second) and reuses it for every document. Our own pipeline also carries the fix for
spaCy's newline cache bypass (explosion/spaCy#13950): whitespace special cases are
removed from the tokenizer, which gives identical tokens and an order of magnitude
more speed on line-broken text such as resumes. A user's own pipeline is never
modified this way.
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
from .component import FACTORY_NAME, MatchRow, TermMatcher
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
_pipelines: dict[tuple[int, AssertionRules | None], tuple[Vocabulary, Language]] = {}
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


def is_period_abbreviation(key: str) -> bool:
    """A tokenizer special case like "St.", "Dr.", "Jan.", "e.g." or "a.m." (no apostrophe)."""
    return key.endswith(".") and "'" not in key and any(c.isalpha() for c in key)


def _resume_english() -> Language:
    """``blank("en")`` with a tokenizer that keeps its cache on resumes, built in one pass.

    spaCy's tokenizer stops saving chunks to its cache for the rest of a document once
    it meets any special case (the flag behind spaCy#13950 is never reset). Resumes
    have a newline on every line and a "St." or "Jan." in most addresses and dates, so
    the stock tokenizer re-tokenizes almost every word of almost every resume. Without
    the whitespace special cases tokens are identical; without the period
    abbreviations ("St.", "Dr.", "Jan.", "e.g."), the only difference is that such a
    period becomes a token of its own, which no vocabulary phrase depends on (phrases
    are tokenized by this same tokenizer). Tokenizing becomes an order of magnitude
    faster (docs/performance.md); the exception table is loaded once.
    """
    from spacy.lang.en import English

    class ResumeDefaults(English.Defaults):  # type: ignore[misc,valid-type]
        tokenizer_exceptions = {  # noqa: RUF012 (spaCy's own Defaults pattern)
            key: value
            for key, value in English.Defaults.tokenizer_exceptions.items()
            if key.strip() and not is_period_abbreviation(key)
        }

    class ResumeEnglish(English):  # type: ignore[no-untyped-call]
        Defaults = ResumeDefaults

    nlp = ResumeEnglish()
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS  # type: ignore[union-attr]
    # spaCy refuses texts over a million characters (``max_length``, set for the memory
    # its parser and NER need); this pipeline has neither, and the size of a text is
    # ExtractLimits' business (max_chars, 2,000,000 by default). The tokenizer's own
    # ceiling is 2**30 characters.
    nlp.max_length = 2**30 - 1
    return nlp


TOKENIZER_CACHE_CHUNKS = 200_000
"""How many distinct chunks (text between spaces) the tokenizer remembers; spaCy's default
is 10,000 and it never forgets one, so in a process that has read a few hundred varied
resumes the cache is full of their names, e-mail addresses and numbers, and a common word
met later is split by the prefix, suffix and infix rules every time. 200,000 keeps a
stream of varied resumes fast for up to about 40 MB more in a process that reads them
for long (docs/performance.md); ``rank``'s workers are replaced every 10,000
files anyway (:data:`resumematch.batch.ranking.RECYCLE_AFTER`)."""


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
    key = (id(vocabulary), rules)
    with _lock:
        cached = _pipelines.get(key)
        if cached is not None and cached[0] is vocabulary:
            return cached[1]
        nlp = _resume_english()
        # The factory loads the vocabulary from its sources (so the config can rebuild
        # it); a vocabulary made in code has none and is swapped in after.
        matcher = nlp.add_pipe(FACTORY_NAME, config={"vocab_sources": list(vocabulary.sources)})
        if not vocabulary.sources:
            cast(TermMatcher, matcher).set_vocabulary(vocabulary)
        if rules is not None:
            cast(TermMatcher, matcher).set_rules(assertion_rules=rules)
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
    document: Document, vocabulary: Vocabulary, *, assertion_rules: RulesSpec = None
) -> tuple[Mention, ...]:
    """Every vocabulary term mentioned in ``document``, in text order.

    The matcher is called directly (:meth:`TermMatcher.match`), not as a pipeline
    component: it returns plain tuples instead of writing a Span per match. It is
    handed the document's sections, so an ambiguous form listed under the right
    heading ("CPT" under "Certifications") counts without a context word, and the
    text, which the Doc would otherwise rebuild token by token. The spans a spaCy user
    gets from ``nlp(text)`` are the same matches (tested in test_fast_paths).
    """
    nlp = build_pipeline(vocabulary, assertion_rules=assertion_rules)
    matcher = cast(TermMatcher, nlp.get_pipe(FACTORY_NAME))
    sections = tuple((s.start, s.end, s.kind) for s in document.sections)
    matches = matcher.match_rows(nlp.make_doc(document.text), document.text, sections or None)
    return mentions_from_matches(matches, document, vocabulary)


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
    Say which it is to be sure: :class:`~resumematch.inputs.Text` is always text, a
    :class:`pathlib.Path` always a file.
    """
    if isinstance(source, Document):
        return source
    if isinstance(source, Text) or (isinstance(source, str) and not looks_like_path(source)):
        if not source.strip():
            raise InputError(f"The {what} text is empty; pass a file path or non-empty text.")
        return extract_text(source, source=f"<{what} text>")
    return extract(source, password=password, limits=limits, engine=engine)
