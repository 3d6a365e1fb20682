"""The tokenizer for resumes: spaCy's English tokenizer without the cache bypass (spaCy#13950).

spaCy's tokenizer stops saving chunks to its cache for the rest of a document once it
meets any special case (the flag behind spaCy#13950 is never reset). Resumes have a
newline on every line and a "St." or "Jan." in most addresses and dates, so the stock
tokenizer re-tokenizes almost every word of almost every resume. Without the whitespace
special cases tokens are identical; without the period abbreviations ("St.", "Dr.",
"Jan.", "e.g."), the only difference is that such a period becomes a token of its own,
which no vocabulary phrase depends on (phrases are tokenized by the same tokenizer).
Tokenizing becomes several times faster (docs/performance.md).

It also splits a slash off a word it closes or opens ("Assistant/ Home manager", "Health
Care Management/ Health Administration", "AS /BS"), which spaCy's rules keep on the word
(they split a slash only between two words: "Policy/Program"), so that "Management" can
end a phrase. "and/or", "24/7", "N/A", dates and URLs ending in a slash keep their form.
A hyphen that opens a word is a bullet without its space ("-Phlebotomy"): split off too.

It is registered as ``resumematch.Tokenizer.v1`` so a spaCy user can put it in a config
(``[nlp.tokenizer] @tokenizers = "resumematch.Tokenizer.v1"``); the library's own
pipeline is built with it. It also hands the component the text each Doc was made from
(``doc.user_data[TEXT_KEY]``), which ``Doc.text`` would rebuild token by token.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import spacy
from spacy.lang.tokenizer_exceptions import URL_PATTERN
from spacy.language import Language
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]
from spacy.tokens import Doc
from spacy.util import registry

__all__ = [
    "DASH_PREFIXES",
    "SLASH_PREFIXES",
    "SLASH_SUFFIXES",
    "TEXT_KEY",
    "TOKENIZER_CACHE_CHUNKS",
    "TOKENIZER_NAME",
    "ResumeTokenizer",
    "create_resume_tokenizer",
    "is_period_abbreviation",
    "resume_english",
    "resume_exceptions",
]

TOKENIZER_NAME = "resumematch.Tokenizer.v1"
TEXT_KEY = "resumematch_text"
"""``doc.user_data`` key: the text the Doc was made from (the component takes it out)."""
TOKENIZER_CACHE_CHUNKS = 200_000
"""How many distinct chunks (text between spaces) the tokenizer remembers; spaCy's default
is 10,000 and it never forgets one, so in a process that has read a few hundred varied
resumes the cache is full of their names, e-mail addresses and numbers, and a common word
met later is split by the prefix, suffix and infix rules every time. 200,000 keeps a
stream of varied resumes fast for up to about 40 MB more in a process that reads them
for long (docs/performance.md); ``rank``'s workers are replaced every 10,000
files anyway (:data:`resumematch.batch.ranking.RECYCLE_AFTER`)."""


SLASH_SUFFIXES = (r"(?<=[^\W\d_])/", r"(?<=[^\W\d_]\.)/")
"""A slash after a letter ("Management/") or an abbreviation's period ("M.D./") ends a word."""
SLASH_PREFIXES = (r"/(?=[^\W\d_])",)
"""A slash before a letter ("/Home") starts one."""
DASH_PREFIXES = (r"-{1,2}(?=[^\W\d_])",)
"""A hyphen before a letter at the start of a chunk is a bullet written without its space
("-BLS certification", "-Phlebotomy"): it starts the word, as "- BLS" does."""
_URL_WITH_SLASH = re.compile(r"(?=\S*/\Z)" + URL_PATTERN)
"""A URL that ends in a slash ("www.x.org/", "https://x.com/a/"), by spaCy's own URL
pattern: one token, as spaCy keeps it without :data:`SLASH_SUFFIXES`. spaCy asks it of
every chunk, so it first looks for the closing slash."""


def is_period_abbreviation(key: str) -> bool:
    """A tokenizer special case like "St.", "Dr.", "Jan.", "e.g." or "a.m." (no apostrophe)."""
    return key.endswith(".") and "'" not in key and any(c.isalpha() for c in key)


def resume_exceptions(exceptions: dict[str, Any]) -> dict[str, Any]:
    """The special cases kept: all but whitespace and period abbreviations."""
    return {key: value for key, value in exceptions.items() if key.strip() and not is_period_abbreviation(key)}


class ResumeTokenizer(Tokenizer):  # type: ignore[misc]
    """spaCy's ``Tokenizer`` that also keeps the text in the Doc for the component."""

    def __call__(self, text: str) -> Doc:
        doc: Doc = super().__call__(text)
        doc.user_data[TEXT_KEY] = text
        return doc


@registry.tokenizers(TOKENIZER_NAME)  # type: ignore[untyped-decorator]
def create_resume_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registered tokenizer: the language's own rules without the special cases that
    turn spaCy's tokenizer cache off (see the module docstring)."""

    def make(nlp: Language) -> Tokenizer:
        from spacy import util

        defaults = nlp.Defaults
        prefixes = (*(defaults.prefixes or ()), *SLASH_PREFIXES, *DASH_PREFIXES)
        suffixes = (*(defaults.suffixes or ()), *SLASH_SUFFIXES)
        infixes = defaults.infixes
        tokenizer = ResumeTokenizer(
            nlp.vocab,
            rules=resume_exceptions(defaults.tokenizer_exceptions),
            prefix_search=util.compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=util.compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=util.compile_infix_regex(infixes).finditer if infixes else None,
            token_match=defaults.token_match or _URL_WITH_SLASH.match,
            url_match=defaults.url_match,
        )
        tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
        return tokenizer

    return make


def resume_english() -> Language:
    """``blank("en")`` with :func:`create_resume_tokenizer`'s tokenizer."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    # spaCy refuses texts over a million characters (``max_length``, set for the memory
    # its parser and NER need); this pipeline has neither, and the size of a text is
    # ExtractLimits' business (max_chars, 2,000,000 by default). The tokenizer's own
    # ceiling is 2**30 characters.
    nlp.max_length = 2**30 - 1
    return nlp
