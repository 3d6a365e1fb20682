"""How a resume writes people: a person word and its plurals, lists of people, a team's cue.

The word-level readings :mod:`.people` builds on: "RN's" and "nurses" are person words,
"physicians, RN's, CNA's" is one list, "the charge nurse (RN)" one person, "with PT, OT and
the case management team" a team after its department cue, "Registered Nurse, Oncology," the
candidate's own role line. Each reads the words as given; which cues count is data
(``data/people.json``, passed in).
"""

from __future__ import annotations

from .trie import Tokens

__all__ = [
    "LIST_JOINERS",
    "POSSESSIVES",
    "TEAM_LIST",
    "after_department_cue",
    "form_names_person",
    "joined_list",
    "person_word",
    "title_line",
]

LIST_JOINERS = frozenset({",", "and", "or", "&", "/"})
_LIST_AND_ALSO = LIST_JOINERS | {"as", "well"}
POSSESSIVES = frozenset({"'s", "’s"})
# A person word after one of these inside a term's form is the object of its act (see form_names_person).
_OBJECT_PREPOSITIONS = frozenset({"with", "for", "between", "to"})
TEAM_LIST = 10
"""Words of a list (commas counted) read back from a team named in lower case to its department cue
("Worked with PT, OT, case management and physicians", "team conferences with physiatry, nursing,
PT, SLP and case management")."""


def after_department_cue(before: list[str], cues: frozenset[tuple[str, ...]]) -> bool:
    """Whether the words ``before`` a team named in lower case end with a department cue, or with
    one and a list of others the team closes: "Worked with case management", "Collaborated with
    the case management team", "Worked with PT, case management and physicians", "with doctors
    and the case management team". The list's items are short (at most ``TEAM_LIST`` words in
    all) and the word right before the team joins it to them ("and", ",", "&", "/", "the")."""
    words = before[:-1] if before and before[-1] == "the" else before
    if not words:
        return False
    for k in range(len(words)):
        tail = words[: len(words) - k]
        if any(tuple(tail[-m:]) in cues for m in range(1, len(tail) + 1)):
            return k == 0 or (words[-1] in LIST_JOINERS and k <= TEAM_LIST)
    return False


def title_line(text: str, offset: int) -> bool:
    """Whether the line up to ``offset`` is a short capitalised title and a comma: the
    candidate's role and its unit ("Registered Nurse, Oncology"), not a list of people."""
    head = text[text.rfind("\n", 0, offset) + 1 : offset].rstrip()
    words = head[:-1].split()
    return head.endswith(",") and 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1] == "(" for w in words)


def form_names_person(form: str, person_words: frozenset[str]) -> bool:
    """Whether a term's form ends with a person word that names someone ("case manager"), not
    the object of a preposition inside it ("Coordinate with physicians", "advocate for
    residents", "BLS for Healthcare Providers": a duty or card of the candidate's own)."""
    words = form.lower().split()
    return person_word(words[-1], person_words) is not None and not _OBJECT_PREPOSITIONS.intersection(words[:-1])


def person_word(word: str, person_words: frozenset[str]) -> str | None:
    """The person word ``word`` is (itself or a plural), or None."""
    if word in person_words:
        return word
    for suffix in ("s", "es", "'s", "’s", "s'"):
        if word.endswith(suffix) and word[: -len(suffix)] in person_words:
            return word[: -len(suffix)]
    return None


def joined_list(tokens: Tokens, previous_end: int, start: int, person_words: frozenset[str]) -> bool:
    """Whether only list joiners and person words stand between two mentions ("physicians, RN's, CNA's"),
    or only an opening parenthesis ("the charge nurse (RN)": the same person's licence)."""
    if start - previous_end > 8:
        return False
    if [tokens.word(i) for i in range(previous_end, start) if not tokens.word(i).isspace()] == ["("]:
        return True
    for i in range(previous_end, start):
        word = tokens.word(i).lower()
        if word.isspace() and "\n" not in word:
            continue
        if word not in _LIST_AND_ALSO and person_word(word, person_words) is None and word not in POSSESSIVES:
            return False
    return True
