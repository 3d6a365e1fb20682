"""Bare keyword lists in a resume: terms named there earn little or nothing.

A line such as "KEYWORDS: Registered Nurse, Bachelor's degree, Epic, ..." names a
posting's terms without showing any of them: no role, no school, no licence number.
Scoring them as shown rewards copying the posting into the resume (a software
engineer's resume had gained 17 points and both education requirements that way). Two
kinds of list are told apart, by the line alone:

* a **keyword line**: labelled as keywords ("KEYWORDS:", "Key words", "Tags", "ATS
  keywords"), or a long list (:data:`COPIED_ITEMS` items or more) most of whose items
  are written word for word in the posting: every term in it earns nothing;
* a **skills list** ("Skills: Epic, phlebotomy, HIPAA, ..."): skills and tools listed
  there count as usual, but a licence, a degree or a title held is a claim a list cannot
  make ("a degree or licence counts only where the resume states it as held").

Lines of the resume's top (the name line, "Jane Doe, RN, BSN") and of its education,
licence and certification sections are where such things are stated, and are never lists
in this sense.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..models import CATEGORY_TABLE, Document, Mention

__all__ = ["COPIED_ITEMS", "ListedLines", "listed_lines"]

COPIED_ITEMS = 8
"""Items a list needs before copying from the posting is told from a candidate's own list."""
_COPIED_SHARE = 0.8
_MIN_ITEMS = 4
_MAX_ITEM_WORDS = 6
_KEYWORD_LABEL = re.compile(
    r"^\W*(?:ats\s+|resume\s+|search\s+)?(?:key\s*words?|keywords?|key\s+terms|tags|search\s+terms)\s*(?:list)?\s*[:\-–|]",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\W*(?P<label>[A-Za-z][A-Za-z &/'-]{0,40}?)\s*[:–|]\s*")
# Both separator patterns open with a character class, which the regex engine skips to
# (a pattern opening with ``\s*`` or an alternation is tried at every character). The
# plain forms, ``\s*(?:[,;|•·▪]|\s-\s)\s*`` and ``[,;|•·▪]|\s-\s``, split and find
# alike (``tests/test_scoring_fast_paths.py``): a match opens with a separator or with the
# whitespace before one, or before a dash that has whitespace on both sides.
_ITEM_SPLIT = re.compile(r"[\s,;|•·▪](?:(?<=[,;|•·▪])|\s*(?:[,;|•·▪]|-\s))\s*")
_STATED_SECTIONS = {"education", "certifications", "licenses", "licences", "credentials"}
_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(r"[,;|•·▪-](?:(?<=[,;|•·▪])|(?<=\s-)(?=\s))")
"""Where :data:`_ITEM_SPLIT` can split: a line without one is one item, never a list."""
_SEPARATOR_CHAR = re.compile(r"[,;|•·▪-]")
"""A character every match of :data:`_ITEM_SPLIT` holds (one each, as the matches do not
overlap): a line with fewer than ``_MIN_ITEMS - 1`` of them has fewer than
``_MIN_ITEMS`` items, so only a keyword label can make it a list."""
# A term of these categories is true only when stated: never shown by a list of words.
_NOT_LISTED = frozenset(name for name, row in CATEGORY_TABLE.items() if not row.listed_counts)


@dataclass(frozen=True)
class ListedLines:
    """The resume's bare lists: ``keyword`` lines (nothing counts) and ``skills`` lists
    (licences, degrees and titles do not count), as sorted ``(start, end)`` spans."""

    keyword: tuple[tuple[int, int], ...] = ()
    skills: tuple[tuple[int, int], ...] = ()

    def factor(self, mention: Mention) -> float:
        """What a mention keeps of its credit where it stands: 1, or 0 inside a bare list."""
        if _inside(self.keyword, mention.start):
            return 0.0
        if mention.category in _NOT_LISTED and _inside(self.skills, mention.start):
            return 0.0
        return 1.0

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` (a degree's line, say) lies in any bare list."""
        return _inside(self.keyword, offset) or _inside(self.skills, offset)


def _inside(spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _items(line: str) -> list[str]:
    return [item for item in _ITEM_SPLIT.split(line) if item.strip()]


@functools.lru_cache(maxsize=64)
def _spaced_words(posting_text: str) -> str:
    """The posting's words, lower case, one space apart and at both ends: the same for
    every resume of a ranking."""
    return f" {' '.join(_WORD.findall(posting_text.lower()))} "


def _copied(items: set[str], posting: str) -> int:
    """How many of a list's items the posting writes word for word."""
    return sum(1 for i in items if i and f" {i} " in posting)


def listed_lines(document: Document, posting_text: str = "") -> ListedLines:
    """Find the bare lists of a resume; ``posting_text`` tells a list copied from it."""
    posting = _spaced_words(posting_text)
    keyword: list[tuple[int, int]] = []
    skills: list[tuple[int, int]] = []
    offset = 0
    text = document.text
    # One scan of the text for the characters a separator holds, not a pattern per line
    # (``listed_lines_reference`` in the tests is the plain loop).
    marks = [match.start() for match in _SEPARATOR_CHAR.finditer(text)]
    seen = 0
    for line in text.splitlines(keepends=True):
        start, end = offset, offset + len(line.rstrip("\r\n"))
        offset += len(line)
        before, seen = seen, bisect_left(marks, offset, seen)
        if seen == before:
            continue  # no separator: one item
        body = line.strip()
        if seen - before < _MIN_ITEMS - 1 and not _KEYWORD_LABEL.match(body):
            continue  # too few items for a list, and no keyword label
        if not body or not _SEPARATOR.search(body):
            continue  # at most one item: neither a keyword line (two or more) nor a list
        label = _LABEL.match(body)
        rest = body[label.end() :] if label else body
        items = _items(rest)
        if _KEYWORD_LABEL.match(body) and len(items) >= 2:
            keyword.append((start, end))
            continue
        if len(items) < _MIN_ITEMS or any(len(_WORD.findall(i)) > _MAX_ITEM_WORDS for i in items):
            continue
        section = document.section_of(start)
        if section in _STATED_SECTIONS or section is None:
            continue
        distinct = {" ".join(_WORD.findall(i.lower())) for i in items}  # "HIPAA, HIPAA, ..." is one item
        if len(distinct) >= COPIED_ITEMS and _copied(distinct, posting) >= _COPIED_SHARE * len(distinct):
            keyword.append((start, end))
        else:
            skills.append((start, end))
    return ListedLines(tuple(keyword), tuple(skills))
