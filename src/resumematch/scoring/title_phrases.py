"""Phrase lookup for titles and short texts: many phrases at once, longest first.

Role titles are read for every resume of a ranking, often from PDFs that lost their
spaces ("PRACTICEMANAGER"), so :class:`PhraseLookup` matches phrases as whole words in
running text and, in a title, also without their spaces, through one pattern whose
common prefixes are shared (``data/fit.json``'s families, ladders, specialties and the
other recruiter's lists all go through it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["WORDS", "PhraseLookup", "compact", "standalone_in"]


class PhraseLookup:
    """Lookup of phrases (any case) and abbreviations (exact case, whole words) to labels;
    overlapping hits keep the longest, so "nursing assistant" is not also a "nurse".

    :meth:`find` matches phrases as whole words (running text); :meth:`find_in_title`
    also where a PDF lost the spaces of a short title ("PRACTICEMANAGER", "StaffNurse").
    """

    @classmethod
    def flags(cls, phrases: Iterable[str]) -> PhraseLookup:
        """A lookup that only says whether a phrase is there (each labelled ``True``)."""
        return cls(dict.fromkeys(phrases, True), {})

    def __init__(
        self,
        phrases: dict[str, Any],
        abbreviations: dict[str, Any],
        *,
        not_after: Iterable[str] = (),
        not_before_word: Iterable[str] = (),
    ) -> None:
        self._phrases = {p.lower(): label for p, label in phrases.items()}
        self._compact = {compact(p): label for p, label in self._phrases.items() if len(compact(p)) >= 3}
        self._abbreviations = dict(abbreviations)
        self._not_after = tuple(compact(w) for w in not_after)
        # Words that make a phrase no holder only as its next word, after a space:
        # "Physician Group", not "Certified Nursing Assistant; Practice management".
        self._next_word = (
            re.compile(rf"[ \t]+(?:{'|'.join(re.escape(w) for w in not_before_word)})(?!\w)", re.IGNORECASE)
            if not_before_word
            else None
        )
        forms = sorted(self._phrases, key=len, reverse=True)
        body = "|".join(re.escape(p) for p in forms)
        self._words = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if forms else None
        self._glued = re.compile(_trie_pattern(self._compact)) if self._compact else None
        # Each phrase by its first word: label, words, phrase, and whether its words alone
        # do not show it (a phrase of several words, or with a hyphen, must stand as written).
        self._first_words: dict[str, list[tuple[Any, tuple[str, ...], str, bool]]] = {}
        for p, label in self._phrases.items():
            parts = tuple(WORDS.findall(p))
            if parts:
                self._first_words.setdefault(parts[0], []).append((label, parts, p, not p.isalnum()))
        abbreviations_ = sorted(self._abbreviations, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in abbreviations_)
        self._exact = re.compile(rf"(?<![\w/])(?:{body})(?![\w])") if abbreviations_ else None

    def find(self, text: str) -> list[tuple[Any, str]]:
        """Phrases as whole words, and abbreviations, in running text."""
        hits = []
        if self._words is not None:
            hits += [(self._phrases[m.group().lower()], m.group()) for m in self._words.finditer(text)]
        if self._exact is not None:
            hits += [(self._abbreviations[m.group()], m.group()) for m in self._exact.finditer(text)]
        return hits

    def labels_in(self, lowered: str, words: frozenset[str]) -> set[Any]:
        """The labels of the phrases (not abbreviations) that a long text names, given
        the text lowercased and its set of words: only the phrases whose first word is in
        the set are looked at, which is much faster than one pattern over the text."""
        found = set()
        for first in words & self._first_words.keys():
            for label, parts, phrase, as_written in self._first_words[first]:
                if (
                    label not in found
                    and all(w in words for w in parts)
                    # The phrase between word boundaries, found as :func:`standalone_in` finds
                    # it (a pattern that opens with a look-behind is tried at every character).
                    and (not as_written or standalone_in(phrase, lowered))
                ):
                    found.add(label)
        return found

    def find_in_title(self, text: str, squeezed: str | None = None) -> list[tuple[Any, str]]:
        """Phrases in a short title even without its spaces, and abbreviations; a phrase
        followed by a word of ``not_after`` names whom the person serves ("Physician
        Recruiter", "Nurse Staffing"), not who they are. ``squeezed`` is ``compact(text)``
        when the caller has it (one title is looked up in several lists)."""
        hits = []
        if self._glued is not None:
            if squeezed is None:
                squeezed = compact(text)
            places: list[int] | None = None
            match = self._glued.search(squeezed)
            while match is not None:
                if not text.isalnum():  # a title with spaces: a phrase may not straddle a word's edge
                    if places is None:
                        places = [m.start() for m in _KEPT.finditer(text.lower())]
                    if len(places) == len(squeezed) and _straddles(text, places, match.start(), match.end()):
                        match = self._glued.search(squeezed, match.start() + 1)  # "Unit Manager": "manager"
                        continue
                if not squeezed.startswith(self._not_after, match.end()) and not self._before_word(
                    text, match.end(), places
                ):
                    hits.append((self._compact[match.group()], match.group()))
                match = self._glued.search(squeezed, match.end() if match.end() > match.start() else match.start() + 1)
        if self._exact is not None:
            hits += [
                (self._abbreviations[m.group()], m.group())
                for m in self._exact.finditer(text)
                # "GP Receptionist", "RN Recruiter": whom the person serves, as after a phrase.
                if not (self._not_after and compact(text[m.end() : m.end() + 40]).startswith(self._not_after))
            ]
        return hits

    def _before_word(self, text: str, end: int, places: list[int] | None) -> bool:
        """Whether the phrase ending at ``end`` of the squeezed title is followed, in
        ``text``, by one of the ``not_before_word`` words as its next word."""
        if self._next_word is None:
            return False
        if places is None:
            places = [m.start() for m in _KEPT.finditer(text.lower())]
        if end == 0 or end > len(places):
            return False
        return self._next_word.match(text, places[end - 1] + 1) is not None


_WORD_CHAR = re.compile(r"\w")
_KEPT = re.compile(r"[a-z0-9&]")  # the characters :func:`compact` keeps
_PLURAL_ENDS = frozenset({"s", "es"})


def _straddles(text: str, places: list[int], start: int, end: int) -> bool:
    """Whether the phrase found at ``start:end`` of the squeezed title runs over a
    space or hyphen of ``text`` (``places``: where each squeezed character stands in
    it) while beginning or ending inside a word: "it manager" in "Unit Manager" or
    "Audit Manager", "communications" in "Communication skills". A PDF that lost its
    spaces has no space to run over, so "PRACTICEMANAGER" still reads; a plural
    ending ("Nurse Practitioners") or a camel-case capital ("SeniorStaffNurse") is no
    word inside."""
    first, last = places[start], places[end - 1]
    if last - first == end - 1 - start:
        return False  # within one written word
    if start > 0 and places[start - 1] == first - 1 and not (text[first - 1].islower() and text[first].isupper()):
        return True  # begins inside a word
    if end < len(places) and places[end] == last + 1 and not (text[last].islower() and text[last + 1].isupper()):
        rest = end
        while rest < len(places) and places[rest] == places[rest - 1] + 1:
            rest += 1
        return "".join(text[places[k]] for k in range(end, rest)).lower() not in _PLURAL_ENDS
    return False


def standalone_in(phrase: str, text: str) -> bool:
    r"""Whether ``text`` holds ``phrase`` with no word character on either side:
    ``re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)``, found from each place
    ``str.find`` gives (a resume names a phrase a few times, if at all)."""
    at = text.find(phrase)
    end = len(phrase)
    while at != -1:
        if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, at + end):
            return True
        at = text.find(phrase, at + 1)
    return False


def _trie_pattern(phrases: Iterable[str]) -> str:
    """One pattern for many literal phrases, their common prefixes shared: Python's re
    tries the alternatives of a flat "a|b|c" one by one at every position, and titles
    are read for every resume. At one position the longest phrase wins, as in a flat
    alternation sorted longest first."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alternatives = [re.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_NOT_LETTERS = re.compile(r"[^a-z0-9&]+")
WORDS = re.compile(r"[a-z0-9]+")


def compact(text: str) -> str:
    return _NOT_LETTERS.sub("", text.lower())
