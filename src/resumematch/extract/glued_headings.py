"""A heading the text layer glued to its first item: "Core CompetenciesPatient Care", "SKILLSEpic".

A PDF whose heading and list share a run of text, or a converter that dropped the line end,
writes a section's heading and its list's first item as one word: the heading is no heading
(no section, so no list evidence) and the first item's first word is lost inside it. A line
that starts with a known heading (``data/sections.json``) directly followed by a letter where
no word goes on gets its heading on a line of its own: a capital after a lower-case letter
("SkillsEpic"), a lower-case letter after a heading in capitals ("SKILLSphlebotomy"), a capital
and a lower-case letter after capitals ("SKILLSPhlebotomy"), or, in lower case, a known word
that the heading's last word and it do not make, after a heading of six letters or more ("Core
Competenciesbilling"; "Skillset", "Biostatistician" stay).
A heading followed by a colon or a space is left to section detection, which reads it already.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["split_glued_headings"]

_LINE_START = re.compile(r"\n[ \t]*([^\W\d_]{3})")
"""A line's first three letters: a pattern led by a literal line end scans fast, where the
headings' pattern tried at every line start costs a hundred times more."""


_SHORTEST_RUN_ON = 6
"""A heading run on in lower case is one of six letters or more ("Skillsbilling"): a short one
begins words ("Bio" | "statistician")."""


@lru_cache(maxsize=1)
def _headings() -> dict[str, tuple[str, ...]]:
    """The known headings in lower case by their first three letters, longest first."""
    raw = json.loads(resources.files("resumematch.data").joinpath("sections.json").read_text("utf-8"))
    names = {h.lower() for heads in raw["sections"].values() for h in heads if h[-1:].isalpha() and h[:3].isalpha()}
    by_opening: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_opening.setdefault(name[:3], []).append(name)
    return {opening: tuple(group) for opening, group in by_opening.items()}


def split_glued_headings(text: str) -> str:
    """``text`` with each glued heading on a line of its own."""
    headings = _headings()
    pieces: list[str] = []
    done = 0
    for start in _line_starts(text, headings):
        head = text[start : start + 48].lower()
        for name in headings[head[:3]]:
            end = start + len(name)
            if head.startswith(name) and end < len(text) and text[end].isalpha() and _glued(text, start, end):
                pieces += [text[done:end], "\n"]
                done = end
                break
    return "".join([*pieces, text[done:]]) if pieces else text


def _line_starts(text: str, openings: dict[str, tuple[str, ...]]) -> list[int]:
    """Where a line's first word starts with a heading's first three letters."""
    starts = [m.start(1) for m in _LINE_START.finditer(text) if m.group(1).lower() in openings]
    first = _LINE_START.match("\n" + text[:8])
    if first is not None and first.group(1).lower() in openings:
        starts.insert(0, first.start(1) - 1)
    return starts


def _glued(text: str, start: int, at: int) -> bool:
    last, first = text[at - 1], text[at]
    if last.islower():
        if first.isupper():
            return True
        return at - start >= _SHORTEST_RUN_ON and _runs_into_word(text, start, at)
    if first.islower():  # "SKILLSphlebotomy"; "Skills" itself ends in lower case
        return text[at - 2 : at].isupper()
    return at + 1 < len(text) and text[at + 1].islower() and text[at - 2 : at].isupper()


def _runs_into_word(text: str, start: int, at: int) -> bool:
    """A lower-case run after a lower-case heading: a known word that the heading's last word
    and the run do not make together ("Competenciesbilling" yes, "Skillset" no)."""
    from ..english import known_words  # the matcher loads the same list; imported on first use

    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    begin = at
    while begin > start and text[begin - 1].isalpha():
        begin -= 1
    words = known_words()
    rest = text[at:end].lower()
    return len(rest) >= 3 and rest in words and text[begin:end].lower() not in words
