"""A list of qualities asked for in one sentence of prose, read as one requirement each.

NHS postings put their person specification in prose: "... Radiographers who will be able
to demonstrate excellent organisational skills, effective communication and adaptability
to meet the challenges encountered in the MR environment"; "The successful candidate will
have a keen eye for detail, a professional manner, excellent communication and
organisation skills and the ability to work autonomously". A recruiter screens on each
item of such a list, and a resume shows each on its own, so each is one requirement with
the terms it names and no others.

Only a list that is the object of a verb of having ("have", "possess", "demonstrate",
"show", "bring", "need") is cut, and only when every item is a phrase of two words or
more and none opens with a participle: "a friendly, enthusiastic and organised
individual" is one person described, "experience in orthopaedic, general and urology
surgery" one experience in several settings, and "a person centred ethos, showing
empathy and a desire to make a difference" one quality and how it shows. Kept apart from
``prose.py`` and ``layout.py`` (where statements begin and end) because these
rules read the words of one sentence.
"""

from __future__ import annotations

import re

__all__ = ["quality_items"]

_VERB = re.compile(r"\b(?:have|has|possess|demonstrate|show|bring|need)\s+", re.IGNORECASE)
# The list belongs to a preposition, not to the verb: "experience in A, B and C".
_PREPOSITIONAL = re.compile(
    r"\b(?:experience|knowledge|understanding|background|training|expertise|interest|skills)\s+(?:\w+\s+)?"
    r"(?:in|of|with|within|across|at)\b",
    re.IGNORECASE,
)
# Where the last item is cut from the one before: before "and the/a/an ..." when there is
# one ("... organisation skills and the ability to work autonomously"), else at its first "and".
_LAST_AND = re.compile(r"\s+and\s+(?=(?:the|a|an)\s)", re.IGNORECASE)
_FIRST_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# "Have a person centred ethos, showing empathy and ...": a clause that goes on, not a list.
_PARTICIPLE = re.compile(r"[a-z]+ing", re.IGNORECASE)
_MIN_ITEM_WORDS = 2
_MAX_ITEM_WORDS = 14
_MIN_ITEMS = 3
# An opening this short stays with the first item ("The successful candidate will have a
# keen eye for detail"); a longer one says something of its own and is a statement itself.
_SHORT_OPENING_WORDS = 8


def quality_items(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each item of the list of qualities ``sentence`` asks for (the
    first with the sentence's opening when that is short, or the opening on its own
    first), or ``[]`` when the sentence lists none."""
    for verb in _VERB.finditer(sentence):
        items = _items_after(sentence, verb.end())
        if not items:
            continue
        opening = sentence[: verb.end()]
        if len(opening.split()) <= _SHORT_OPENING_WORDS:
            return [(0, items[0][1]), *items[1:]]
        return [(0, verb.end() - 1), *items]
    return []


def _items_after(sentence: str, at: int) -> list[tuple[int, int]]:
    end = len(sentence.rstrip().rstrip(".!;"))
    if "," not in sentence[at:end] or "(" in sentence[at:end]:
        return []
    pieces: list[tuple[int, int]] = []
    start = at
    for comma in re.finditer(r",\s*", sentence[:end]):
        if comma.start() < at:
            continue
        pieces.append((start, comma.start()))
        start = comma.end()
    last_start = start
    tail = sentence[last_start:end]
    if tail.lower().startswith("and "):  # "A, B, and C"
        pieces.append((last_start + 4, end))
    else:
        cut = _LAST_AND.search(tail) or _FIRST_AND.search(tail)
        if cut is None:
            return []
        pieces += [(last_start, last_start + cut.start()), (last_start + cut.end(), end)]
    if len(pieces) < _MIN_ITEMS or _PREPOSITIONAL.search(sentence, pieces[0][0], pieces[0][1]):
        return []
    for start, stop in pieces:
        words = sentence[start:stop].split()
        if not _MIN_ITEM_WORDS <= len(words) <= _MAX_ITEM_WORDS or _PARTICIPLE.fullmatch(words[0]):
            return []
    return pieces
