"""The words around a mention, read within its clause.

The people rules and the reading of settings on business resumes both ask what stands just
before or after a mention on its line ("reported to the charge RN", "the telemetry unit"): a
clause ends at a line break, a stop, a bracket or "but", so a cue in the next clause or line
is not read as this mention's. The clause duties walk a line with the same tokens: the next
word on it past wrapped breaks (``next_in_line``), whether a word stands on it (``on_line``), and
whether an object word heads its phrase (``heads_phrase``: both the clause rules and the object reading ask).
"""

from __future__ import annotations

from .trie import Tokens

__all__ = [
    "CLAUSE_ENDS",
    "POSSESSIVES",
    "clause_after",
    "clause_before",
    "has_phrase",
    "heads_phrase",
    "next_in_line",
    "next_word",
    "on_line",
    "past_spaces",
]

CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?", "•", "|", "·", "▪", "●", "(", ")", "but"})
POSSESSIVES = frozenset({"'", "’", "'s", "’s"})


def next_word(tokens: Tokens, end: int, n: int) -> str:
    """The lower-cased token after ``end`` on the same line ("" at a line break or the end)."""
    if end >= n:
        return ""
    word = tokens.word(end)
    return "" if word.isspace() else word.lower()


def clause_before(tokens: Tokens, start: int, reach: int) -> tuple[list[str], bool]:
    """Up to ``reach`` lower-cased words before ``start``, in order, stopping at a line
    break or clause end; and whether they reach back to the clause's start."""
    words, at_edge = _clause_words(tokens, start - 1, -1, reach, len(tokens.idx))
    return [word.lower() for word in reversed(words)], at_edge


def clause_after(tokens: Tokens, end: int, reach: int, n: int) -> list[str]:
    """Up to ``reach`` words from ``end`` on, as written, stopping at a line break or clause end."""
    return _clause_words(tokens, end, 1, reach, n)[0]


def _clause_words(tokens: Tokens, first: int, step: int, reach: int, n: int) -> tuple[list[str], bool]:
    """Up to ``reach`` words from ``first`` on in the direction ``step``, as written and in
    the order met, and whether the look stopped at the clause's edge (a line break, a clause
    end or the text's end) rather than at ``reach``."""
    words: list[str] = []
    i = first
    while len(words) < reach:
        if not 0 <= i < n:
            return words, True
        word = tokens.word(i)
        if word.isspace():
            if "\n" in word:
                return words, True
        elif word.lower() in CLAUSE_ENDS:
            return words, True
        else:
            words.append(word)
        i += step
    return words, False


def has_phrase(window: list[str], phrases: frozenset[tuple[str, ...]], longest: int) -> bool:
    """Whether one of ``phrases`` (word tuples) occurs in ``window`` (the words read
    before a mention), trying phrases up to ``longest`` words."""
    for i in range(len(window)):
        for j in range(i + 1, min(len(window), i + longest) + 1):
            if tuple(window[i:j]) in phrases:
                return True
    return False


def next_in_line(j: int, n: int, stop: list[bool], tokens: Tokens) -> int:
    """The first token from ``j`` that is not a wrapped line's break (``n``: none on the line)."""
    text, idx = tokens.text, tokens.idx
    while j < n and text[idx[j]].isspace():
        if stop[j]:
            return n
        j += 1
    return j


def past_spaces(j: int, n: int, tokens: Tokens) -> int:
    """The first token from ``j`` past spaces on its line (``n``: a line break or the text's end
    comes first), so an object word can ask what follows it."""
    text, idx = tokens.text, tokens.idx
    while j < n and text[idx[j]].isspace():
        if "\n" in tokens.word(j):
            return n
        j += 1
    return j


def heads_phrase(
    j: int,
    n: int,
    tokens: Tokens,
    followers: frozenset[int],
    *,
    also: frozenset[int] = frozenset(),
    not_before: frozenset[str] = POSSESSIVES,
) -> bool:
    """Whether the object word before ``j`` heads its phrase, not a modifier of the next noun
    ("appointments for", not "appointment reminders", "patient's"): the line ends after it, or a
    mark other than ``not_before`` follows, or a word of ``followers`` or ``also`` (hashes)."""
    j = past_spaces(j, n, tokens)
    if j >= n:
        return True
    word = tokens.word(j)
    if not word[0].isalpha():
        return word not in not_before
    h = tokens.lower[j]
    return h in followers or h in also


def on_line(words: frozenset[int], i: int, n: int, stop: list[bool], hashes: list[int]) -> bool:
    """Whether one of ``words`` stands on the verb's line (its wrapped lines included)."""
    j = i
    while j > 0 and not stop[j - 1]:
        j -= 1
        if hashes[j] in words:
            return True
    j = i
    while j < n and not stop[j]:
        if hashes[j] in words:
            return True
        j += 1
    return False
