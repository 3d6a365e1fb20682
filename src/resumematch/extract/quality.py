"""Clean-ups and checks that apply to every PDF page, whichever engine read it.

* ``(cid:NN)`` is what pdfminer prints for a glyph whose font has no Unicode map:
  noise for a matcher, and, when there is a lot of it, the sign of a font an ATS
  cannot read either (the ``garbled_text`` warning tells the applicant so).
* Symbol-font bullets land in Unicode's private-use area; they become "•" so a
  bullet still starts its line and is not counted as garbage.
* A word split at a line end ("coordi-" / "nation") is joined when the joined word
  is an English word, or when neither half is one ("Kuber-" / "netes"); a real
  compound whose halves are both words ("full-" / "time") keeps its hyphen.
"""

from __future__ import annotations

import re

from ..models import ParseWarning

__all__ = ["clean_page", "garbled_warning", "long_document_warning", "multi_column_warning", "repair_hyphenation"]

_CID = re.compile(r"\(cid:\d+\)")
_BAD_CHARS = re.compile("[\ue000-\uf8ff\ufffd]")
_SYMBOL_BULLET_CHARS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf0a4\uf0e0"
_SYMBOL_BULLETS = str.maketrans(dict.fromkeys(_SYMBOL_BULLET_CHARS, "•"))
_SYMBOL_BULLET = re.compile(f"[{_SYMBOL_BULLET_CHARS}]")
"""Searched for first: ``str.translate`` with a table looks up every character of a
non-ASCII page (0.19 ms for a page of 1,700), a search for the few it maps costs 4 us."""
_LINE_END_HYPHEN = re.compile(r"(\w+)-\n([a-z][\w']*)")
_GARBLED_SHARE = 0.1
_GARBLED_MIN = 10
LONG_PAGES = 4
LONG_WORDS = 1500


def clean_page(text: str) -> tuple[str, bool]:
    """``(cleaned text, garbled?)`` for one page: cid noise dropped, bullets mapped."""
    if _SYMBOL_BULLET.search(text):
        text = text.translate(_SYMBOL_BULLETS)
    cids = len(_CID.findall(text))
    if cids:
        text = _CID.sub("", text)
    bad = cids + len(_BAD_CHARS.findall(text))
    garbled = False
    if bad >= _GARBLED_MIN:  # counting visible characters is only worth it then
        visible = sum(1 for char in text if not char.isspace()) + cids
        garbled = bad > _GARBLED_SHARE * max(1, visible)
    if garbled:
        text = _BAD_CHARS.sub("", text)
    return repair_hyphenation(text), garbled


def _is_word(word: str) -> bool:
    """An alphabetic word of spaCy's English lookup table (forms and lemmas)."""
    from ..english import english_words  # the lookups data only, not spaCy; loaded once

    return word.isalpha() and word in english_words()


def repair_hyphenation(text: str) -> str:
    """Join words hyphenated at a line end (see the module docstring)."""
    if "-\n" not in text:
        return text

    def join(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        if _is_word((first + second).lower()):
            return first + second
        if _is_word(first.lower()) and _is_word(second.lower()):
            return f"{first}-{second}"
        return first + second

    return _LINE_END_HYPHEN.sub(join, text)


def garbled_warning(page: int) -> ParseWarning:
    """The warning for a page whose font does not map its glyphs to text."""
    return ParseWarning(
        code="garbled_text",
        message=f"Page {page} uses a font whose characters do not extract as text "
        "(they come out as symbols or '(cid:..)'); an ATS sees gibberish there: re-export "
        "the PDF with standard fonts embedded, or from a different program.",
        page=page,
    )


def long_document_warning(pages: int, words: int) -> ParseWarning | None:
    """A warning when a resume is longer than recruiters and ATS ranking expect."""
    if pages <= LONG_PAGES and words <= LONG_WORDS:
        return None
    return ParseWarning(
        code="long_document",
        message=f"The document has {pages} page(s) and {words:,} words; a resume is usually "
        f"1-2 pages and under {LONG_WORDS:,} words: some ATS truncate long files, so put "
        "the key skills and credentials on the first page.",
    )


def multi_column_warning(columns: list[tuple[int, int]]) -> ParseWarning:
    """The warning for pages laid out in columns, naming them (both PDF engines give it)."""
    where = ", ".join(f"page {number} ({count} columns)" for number, count in columns)
    return ParseWarning(
        code="multi_column",
        message=f"Multi-column layout on {where}: resumematch read each column top to "
        "bottom, but many ATS read straight across and mix the columns: a single-column "
        "layout is safer.",
        page=columns[0][0],
    )
