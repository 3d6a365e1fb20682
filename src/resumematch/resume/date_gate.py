"""A cheap first test in front of a date pattern: a digit, or two letters that start one of its words.

Python's ``re`` tries a whole pattern at every place it may start. A date expression
starts with a digit or with one of a few words ("jan", "present", "expires"); checking
the next two characters first lets ``re`` leave an ordinary word ("managed",
"patient") after one comparison per first letter. Used by the credential dates and
the role date ranges, which differ only in their words.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["two_letter_gate"]


def two_letter_gate(words: Iterable[str]) -> str:
    r"""A look-ahead, ``(?=\d|a[pu]|ju[...]|...)``: a digit, or the first two letters of one of ``words``.

    One alternative per first letter, with the second letters as a class, so a
    character that starts no word is left after one comparison per letter rather than
    one per word. The words are lower case; a caller that needs capitals too compiles
    with ``re.IGNORECASE`` or searches lower-cased text.

    >>> two_letter_gate(["jan", "jun", "present"])
    '(?=\\d|j[au]|p[r])'
    """
    second_letters: dict[str, set[str]] = {}
    for word in words:
        second_letters.setdefault(word[0], set()).add(word[1])
    return r"(?=\d|" + "|".join(f"{a}[{''.join(sorted(b))}]" for a, b in sorted(second_letters.items())) + ")"
