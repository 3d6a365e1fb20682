"""Statuses that neighbouring mentions share: one thing written as two mentions.

The assertion rules give each mention a status from the words around it; some pairs of
mentions are one thing on the page (a term and its repeat in parentheses, two certificates
on one card, a degree read as several terms, a bridge programme from one licence to the
next), so a status a rule gave one of them belongs to both. Each function reads the kept
matches in order and mends ``statuses`` in place.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Status
from ..resume.degree_grammar import DegreeMatch
from .trie import Found, Tokens

__all__ = [
    "give_status_to_the_card_for_people",
    "hold_licence_of_a_bridge",
    "share_expiry_within_one_card",
    "share_with_parenthesised_repeat",
    "share_within_degrees",
]


_CARD_NAME_WORDS = 4
"""Words a card's name may run on for before its short name in parentheses ("CPR for Healthcare
Providers (BLS)")."""


def share_with_parenthesised_repeat(
    kept: list[Found], statuses: list[Status], tokens: Tokens, categories: Sequence[str] = ()
) -> None:
    """ "Licensed Vocational Nurse (LVN) program, in progress": a term and its repeat in
    parentheses right after it are one mention, so both take a status either one has. So are
    a certificate and another one's short name in parentheses at most four words after it
    ("CPR for Healthcare Providers (BLS) - lapsed": one card under two names)."""
    for i in range(len(kept) - 1):
        first, second = kept[i], kept[i + 1]
        if not second[0] or tokens.word(second[0] - 1) != "(":
            continue
        if first[2] != second[2] or second[0] != first[1] + 1:
            if not (categories and categories[i] == categories[i + 1] == "certification"):
                continue
            between = [tokens.word(k) for k in range(first[1], second[0] - 1)]
            if not 0 < len(between) <= _CARD_NAME_WORDS or not all(w.isalpha() for w in between):
                continue  # "BLS (ACLS in progress)": two cards; "CPR for Healthcare Providers (BLS)": one
        if statuses[i] == "affirmed" and statuses[i + 1] != "affirmed":
            statuses[i] = statuses[i + 1]
        elif statuses[i + 1] == "affirmed" and statuses[i] != "affirmed":
            statuses[i + 1] = statuses[i]


_PAIR_JOINERS = frozenset({"and", "&"})
"""Words that join certificates written as one card with its date once ("CPR and First Aid -
American Red Cross, expired 2020"); a comma joins only inside such a list ("CPR, First Aid and AED")."""


def share_expiry_within_one_card(
    kept: list[Found], statuses: list[Status], tokens: Tokens, categories: Sequence[str]
) -> None:
    """An expiry written once for certificates written as one card. "CPR/First Aid (American
    Red Cross) - expired 2021": certificates joined by a slash are one card, so an expiry the
    rule gives the nearer one is the other's too. Only between certifications ("RN/BSN
    expected" is a held licence beside a degree in progress). So are
    certificates joined by "and" or "&" (and commas before it) whose last one takes the
    expiry written once after them all ("CPR, First Aid and AED - Red Cross, expired 2017";
    "BLS (current); ACLS - expired" and "BLS 2025, ACLS and PALS - expired 2019" keep BLS)."""
    if "expired" not in statuses:  # no expiry to share: no pass over the mentions
        return
    joined: list[str | None] = []  # the word joining mention i to i + 1, if they are one card's
    for i in range(len(kept) - 1):
        first, second = kept[i], kept[i + 1]
        word = tokens.word(first[1]) if second[0] == first[1] + 1 else None
        both = categories[i] == "certification" and categories[i + 1] == "certification"
        joined.append(word if both and (word in _PAIR_JOINERS or word in ("/", ",")) else None)
    for i, word in enumerate(joined):
        if word != "/":
            continue
        if statuses[i] == "affirmed" and statuses[i + 1] == "expired":
            statuses[i] = "expired"
        elif statuses[i + 1] == "affirmed" and statuses[i] == "expired":
            statuses[i + 1] = "expired"
    # From the last of a list back: "X, Y and Z - expired 2017" expires X and Y with Z.
    i = len(joined) - 1
    while i >= 0:
        if joined[i] in _PAIR_JOINERS and statuses[i + 1] == "expired":
            j = i
            while j >= 0 and joined[j] is not None and (j == i or joined[j] == ","):
                if statuses[j] == "affirmed":
                    statuses[j] = "expired"
                j -= 1
            i = j
        else:
            i -= 1


def hold_licence_of_a_bridge(
    kept: list[Found], statuses: list[Status], tokens: Tokens, categories: Sequence[str]
) -> None:
    """ "Pursuing RN to BSN", "RN-to-BSN program, in progress", "LPN-to-RN bridge": a bridge
    programme admits holders of the licence it starts from, so that licence is held and a status
    a rule gave it is the degree's (or the next licence's)."""
    for i in range(len(kept) - 1):
        licence, degree = kept[i], kept[i + 1]
        if categories[i] != "license" or categories[i + 1] not in ("education", "license") or statuses[i] == "affirmed":
            continue
        end = licence[1]
        joined = [tokens.word(k).lower() for k in range(end, degree[0])]
        if joined not in (["to"], ["-", "to", "-"]):
            continue
        if statuses[i + 1] == "affirmed":
            statuses[i + 1] = statuses[i]
        statuses[i] = "affirmed"


_CARD_STATUSES = frozenset({"expired", "negated", "in_progress"})
_FOR_PEOPLE = frozenset({("for",), ("for", "the"), ("for", "all")})
_CARD_WORDS = frozenset({"certification", "certificate", "certified", "card", "course", "training", "class"})


def give_status_to_the_card_for_people(
    kept: list[Found], statuses: list[Status], tokens: Tokens, categories: Sequence[str]
) -> None:
    """ "IV certification for LPNs - expired 2019": a card named for the people who hold it
    is one credential ("Wound care certification for LPNs (WCC) - lapsed" too: a card word may
    come between), and the expiry (or the unfinished course) a rule gave the nearer
    licence is the card's. The licence goes back to affirmed, for the people rules to read
    as the people the card is for ("for LPNs")."""
    for i in range(len(kept) - 1):
        card, people = kept[i], kept[i + 1]
        if statuses[i + 1] not in _CARD_STATUSES or categories[i + 1] not in ("license", "title"):
            continue
        if categories[i] not in ("certification", "license", "hard_skill"):
            continue
        between = tuple(tokens.word(k).lower() for k in range(card[1], people[0]))
        if between[1:] in _FOR_PEOPLE and between[0] in _CARD_WORDS:
            between = between[1:]  # "Wound care certification for LPNs"
        if between not in _FOR_PEOPLE:
            continue
        if statuses[i] == "affirmed":
            statuses[i] = statuses[i + 1]
        statuses[i + 1] = "affirmed"


def share_within_degrees(
    kept: list[Found],
    statuses: list[Status],
    degrees: list[tuple[DegreeMatch, int, int]],
    degree_ids: frozenset[str],
) -> None:
    """One degree read as several terms ("ADN" as ``adn``, ``associate-degree``, ``nursing-degree``;
    the curated abbreviation and the grammar's reading on the same word) is one mention: a
    status an assertion rule gives one of them ("Coursework toward Associate Degree in
    Nursing", "BSN students") is the status of every degree term inside it."""
    terms = [i for i, f in enumerate(kept) if f[2] in degree_ids]  # one pass, not one per degree
    for _, start, end in degrees:
        inside = [i for i in terms if start < kept[i][1] and kept[i][0] < end]
        shared = next((statuses[i] for i in inside if statuses[i] != "affirmed"), None)
        if shared is not None:
            for i in inside:
                if statuses[i] == "affirmed":
                    statuses[i] = shared
