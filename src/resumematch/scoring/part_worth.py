"""What each part of a score is worth: the configurable weights, their scaling to 100
points over the parts a posting lets be judged, and the part and weight a job term counts in.

``score.py`` adds a resume's credits up with these; ranking rows (``batch``) show a term's
part and weight through :func:`term_part_weight`, so that a row and a report agree.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import NamedTuple

from ..models.categories import CATEGORY_TABLE
from .parts import SCORE_PARTS

__all__ = [
    "PART_NAMES",
    "PREFERRED_FACTOR",
    "PartWeight",
    "ScoreWeights",
    "cap_preferred",
    "part_worth",
    "term_part_weight",
]

PREFERRED_FACTOR = 0.5
"""A preferred credential, degree or experience requirement weighs half a required one."""

PART_NAMES: dict[str, str] = {part.name: part.label for part in SCORE_PARTS}
"""Each part's key and the label a report shows (from the registry)."""
_DEFAULT: dict[str, float] = {part.name: part.default_weight for part in SCORE_PARTS}
_FIXED_SHARE = tuple(part.name for part in SCORE_PARTS if part.fixed_share)


@dataclass(frozen=True)
class ScoreWeights:
    """Points each part of the score is worth.

    The numbers are relative: they are scaled so that the parts that have something to
    judge add up to 100. ``ScoreWeights(required=80, preferred=20, experience=0,
    education=0, credentials=0, title=0)`` scores terms alone, as resumematch 0.1 did.
    One field per record of :data:`SCORE_PARTS`, in its order, defaulting to its
    ``default_weight`` (``tests/test_scoring.py`` checks that they agree).
    """

    required: float = _DEFAULT["required"]
    preferred: float = _DEFAULT["preferred"]
    experience: float = _DEFAULT["experience"]
    education: float = _DEFAULT["education"]
    credentials: float = _DEFAULT["credentials"]
    title: float = _DEFAULT["title"]
    role_fit: float = _DEFAULT["role_fit"]
    licence: float = _DEFAULT["licence"]
    specialty: float = _DEFAULT["specialty"]
    seniority: float = _DEFAULT["seniority"]
    languages: float = _DEFAULT["languages"]
    healthcare: float = _DEFAULT["healthcare"]
    executive: float = _DEFAULT["executive"]
    duties: float = _DEFAULT["duties"]
    text: float = _DEFAULT["text"]

    def __post_init__(self) -> None:
        values = [getattr(self, f.name) for f in fields(self)]
        if any(v < 0 for v in values) or sum(values) <= 0:
            raise ValueError("score weights must be non-negative and not all zero")

    def as_dict(self) -> dict[str, float]:
        return {f.name: float(getattr(self, f.name)) for f in fields(self)}


class PartWeight(NamedTuple):
    """Where a job term counts: its score part and its weight there."""

    part: str
    weight: float


def term_part_weight(category: str, kind: str, weight: float) -> PartWeight:
    """The score part a job term counts in, and its weight there.

    A category with its own part in the category table (credentials, education) counts
    there, a preferred term at :data:`PREFERRED_FACTOR` of its weight; any other term
    counts in its kind's part (required or preferred) at its own weight. Ranking rows
    (``batch``) show the same part and weight.
    """
    row = CATEGORY_TABLE.get(category)
    if row is not None and row.score_part is not None:
        return PartWeight(row.score_part, weight * (PREFERRED_FACTOR if kind == "preferred" else 1.0))
    return PartWeight(kind, weight)


def part_worth(weights: ScoreWeights, judged: set[str]) -> dict[str, float]:
    """Each part's points: its weight scaled so that the judged parts add up to 100.

    A part with a fixed share (the title: it is one yes/no, not a list of items to spread
    points over) keeps its nominal share; the other judged parts share the rest in
    proportion to their weights.
    """
    raw = weights.as_dict()
    worth = dict.fromkeys(PART_NAMES, 0.0)
    rest = {name for name in judged if name not in _FIXED_SHARE and raw[name] > 0}
    fixed = [name for name in _FIXED_SHARE if name in judged]
    for name in fixed:
        worth[name] = 100.0 * raw[name] / sum(raw.values()) if rest else 100.0 * (raw[name] > 0)
    total = sum(raw[name] for name in rest)
    kept = sum(worth[name] for name in fixed)
    for name in rest:
        worth[name] = (100.0 - kept) * raw[name] / total
    return worth


def cap_preferred(worth: dict[str, float], asked: dict[str, float]) -> dict[str, float]:
    """Keep a preferred term worth at most half a required one of the same weight.

    With few preferred terms the preferred part would make each of them worth more than
    a required term; the excess goes to the other judged parts, in proportion.
    """
    reference = "required" if asked["required"] else "credentials"
    if not asked[reference] or not asked["preferred"]:
        return worth
    cap = PREFERRED_FACTOR * worth[reference] / asked[reference] * asked["preferred"]
    excess = worth["preferred"] - cap
    others = {name: w for name, w in worth.items() if name != "preferred" and name not in _FIXED_SHARE and w > 0}
    if excess <= 0 or not others:
        return worth
    total = sum(others.values())
    capped = {name: w + excess * w / total if name in others else w for name, w in worth.items()}
    capped["preferred"] = cap
    return capped
