"""How clause matches join the other matches: only where nothing else read the words.

Kept apart from the reading (``clause_duties``): which clause matches a resume keeps, and in
what order with what status, is one concern; finding them is another.
"""

from __future__ import annotations

from ..models import Status
from .trie import Found

__all__ = ["clause_additions", "with_clause_matches"]


def clause_additions(kept: list[Found], clauses: list[Found]) -> list[Found]:
    """The clause matches of terms ``kept`` does not hold, whose verb no match covers.

    A clause match is the loosest reading, so it never competes: it only adds a duty nothing
    else found, from a word no phrase or pattern read ("Managed Care" is a phrase; "Coached a
    youth soccer team" is mentoring's pattern, not also training).
    """
    held = {f[2] for f in kept}
    covered = {i for f in kept for i in range(f[0], f[1])}
    return [match for match in clauses if match[2] not in held and match[0] not in covered]


def with_clause_matches(
    kept: list[Found], statuses: list[Status], added: list[Found], added_statuses: list[Status]
) -> tuple[list[Found], list[Status]]:
    """``kept`` and ``added`` in text order, each with its status (read apart, so that a clause
    match's long span is no other mention's context)."""
    rows = sorted(zip(kept + added, statuses + added_statuses, strict=True), key=lambda row: (row[0][0], row[0][1]))
    return [row[0] for row in rows], [row[1] for row in rows]
