"""A duty's object written first, as a label before a colon, and its verbs after it.

Resumes list the work under its object as often as after its verb: "New staff: oriented,
trained and signed off on competencies", "Team of 9 housekeepers: supervised, scheduled and
evaluated", "Physicians: updated on patient status each morning". The words after the colon
are the verbs' list (verbs, adverbs, commas and "and"); the label before it is short and its
last word is the object. The clause rules read such a verb with the label's head as its object.
"""

from __future__ import annotations

from collections.abc import Container

from .trie import Tokens

__all__ = ["MAX_LABEL", "fronted_label"]

MAX_LABEL = 6
"""Words in the label before the colon: a heading of a list, not a sentence."""


def fronted_label(
    i: int, tokens: Tokens, stop: list[bool], verbs: Container[int], linking: Container[int], colon: int
) -> int:
    """The index of the label's last word when the verb at ``i`` is one of a verb list right
    after a short label and a colon on its line, else -1."""
    hashes, text, idx = tokens.lower, tokens.text, tokens.idx
    j = i - 1
    while j >= 0:
        if text[idx[j]].isspace():
            if stop[j]:
                return -1
        elif hashes[j] == colon:
            break
        elif hashes[j] not in linking and not _listed_verb(tokens.word(j), hashes[j], verbs):
            return -1
        j -= 1
    k = j - 1
    while k >= 0 and text[idx[k]].isspace() and "\n" not in tokens.word(k):
        k -= 1
    if k < 0 or not tokens.word(k).isalpha():
        return -1
    words, m = 0, k
    while m >= 0 and "\n" not in tokens.word(m) and tokens.word(m) not in (".", ";", ":", "•", "|"):
        words += tokens.word(m).isalnum()
        if words > MAX_LABEL:
            return -1
        m -= 1
    return k


def _listed_verb(word: str, h: int, verbs: Container[int]) -> bool:
    """A word of the verb list after the colon: a rule's verb, a past form, an adverb."""
    return word.isalpha() and word.islower() and (h in verbs or word.endswith(("ed", "ly")))
