"""A tool's name is its own evidence when it stands as an item in a list of tools.

"Epic", "Athena", "Teams", "Outlook", "Access" and "Word" are ordinary words too, so the
vocabulary lists them as ambiguous and they count only with a context word or under a
skills heading. A bare list of tools under another heading, or in an experience line, is
evidence enough: "Epic, Microsoft Excel, Outlook, Teams", "Systems: Athena, Kareo, Word",
"MS Office (Word, Excel)". The rule asks only what the vocabulary already says: the
ambiguous word, written capitalised, is a whole item of the line's list, and another
item is a name, alias or abbreviation of a tool term. A word inside a longer item
("Patient Access", "Athena Hotel", "an epic year") is not an item and gains nothing.
"""

from __future__ import annotations

import re

from .vocabulary import Vocabulary

__all__ = ["ToolLists"]

_JOINERS = re.compile(r"[ \t]+(?:and|or|&|-|\u2013|\+)[ \t]+|[ \t]{2,}|\t")
"""Multi-character separators, blanked to commas so item offsets stay those of the line."""
_ITEMS = re.compile(r"[^,;|/:()\[\]\u2022\u00b7\uf0b7\u25aa\u25cf]+")
_TRAIL = re.compile(r"[ \t]+(?:\d[\d.x]*|365|XP)$")
"""A version after a product's name ("Excel 2016", "Meditech 6.x")."""


def _plain(item: str) -> str:
    return " ".join(_TRAIL.sub("", item.strip(" \t.-*")).lower().split())


class ToolLists:
    """Whether an ambiguous tool word is an item of a list that names another tool."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        forms = {
            _plain(form)
            for term in vocabulary
            if term.category == "tool"
            for form in (term.name, *term.aliases, *term.abbreviations)
        }
        self._forms = frozenset(form for form in forms if len(form) > 1)

    def listed(self, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]``, capitalised, is a whole list item beside another tool's item."""
        written = text[start:end]
        if not written[:1].isupper():
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        line = _JOINERS.sub(lambda m: "," * len(m.group()), line)
        own = False
        other = False
        for item in _ITEMS.finditer(line):
            plain = _plain(item.group())
            if line_start + item.start() <= start < line_start + item.end():
                own = plain == _plain(written)
            elif plain in self._forms:
                other = True
        return own and other
