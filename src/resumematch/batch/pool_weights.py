"""Pool-aware term weights: a term every candidate shows separates no one.

``rank`` scores each resume on its own (a row's score is what ``check`` gives). Once
the whole pool is scored, :func:`pool_weighted` re-weighs the posting's terms by how
rare they are among the pool's candidates, as BM25 does (Robertson-Sparck Jones idf):

    idf(term) = ln(1 + (N - n + 0.5) / (n + 0.5))

with ``N`` the scored rows and ``n`` those that show the term. Inside each term part
(required terms, preferred terms, certifications/licenses), a term then weighs its
category weight × its idf, so

    part points = part worth × Σ weight·idf·credit / Σ weight·idf   (× the licence gate)

Only the split of a part's points among its terms changes: a part's worth, the other
parts (role fit, licence level, experience, ...) and the 0-100 range stay as they are.
When every term is equally common (or the pool is one resume) the score is the
pool-independent one. ``docs/scoring.md`` ("Scores in a pool") works an example.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from ..scoring.part_worth import PART_NAMES
from .rows import RankRow, RowTerm, changed_row

__all__ = ["POOL_PARTS", "idf", "pool_idf", "pool_weighted"]

POOL_PARTS = ("required", "preferred", "credentials")
"""The parts whose terms are re-weighed by rarity."""
_POOL_PART_NAMES = {part: PART_NAMES[part] for part in POOL_PARTS}


def idf(shown_by: int, pool: int) -> float:
    """BM25's idf of a term shown by ``shown_by`` of ``pool`` candidates: always above
    0, and the rarer the term the larger."""
    return math.log(1.0 + (pool - shown_by + 0.5) / (shown_by + 0.5))


def _terms(row: RankRow) -> dict[str, RowTerm]:
    terms: dict[str, RowTerm] = {}
    for term in (*row.missing, *row.matched):  # a matched term's credit wins over its partial "missing" entry
        terms[term.term_id] = term
    return terms


def pool_idf(rows: Iterable[RankRow]) -> dict[str, float]:
    """Each term's idf over the scored rows (terms no row shows get the highest)."""
    scored = [row for row in rows if row.score is not None]
    shown: Counter[str] = Counter()
    for row in scored:
        shown.update({t.term_id for t in row.matched if t.credit > 0})
    every = {t.term_id for row in scored for t in _terms(row).values()}
    return {term: idf(shown[term], len(scored)) for term in every}


def _reweighed(row: RankRow, weights: Mapping[str, float]) -> RankRow:
    if row.score is None:
        return row
    by_part: dict[str, list[RowTerm]] = {}
    for term in _terms(row).values():
        name = _POOL_PART_NAMES.get(term.part)
        if name is not None:
            by_part.setdefault(name, []).append(term)
    parts = []
    for name, worth, points in row.parts:
        terms = by_part.get(name)
        if terms and points > 0:
            plain = sum(t.weight * t.credit for t in terms) / sum(t.weight for t in terms)
            if plain > 0:  # points from the posting's unknown phrases alone are not re-weighed
                rare = sum(t.weight * weights[t.term_id] * t.credit for t in terms) / sum(
                    t.weight * weights[t.term_id] for t in terms
                )
                points = points * rare / plain
        parts.append((name, worth, points))
    score = round(min(100.0, max(0.0, sum(p for _n, _w, p in parts))), 1)
    return changed_row(row, score=score, parts=tuple(parts))


def pool_weighted(rows: Iterable[RankRow]) -> list[RankRow]:
    """The rows with their term parts re-weighed by the terms' rarity in this pool.

    >>> from resumematch import rank, ranked
    >>> from resumematch.batch.pool_weights import pool_weighted
    >>> rows = ranked(pool_weighted(rank("posting.txt", ["resumes/"])))  # doctest: +SKIP
    """
    rows = list(rows)
    weights = pool_idf(rows)
    return [_reweighed(row, weights) for row in rows]
