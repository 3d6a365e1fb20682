"""The term categories, one row each: what every stage needs to know about a category.

Matching reads the variant policy and the evidence sections, posting analysis the
weight, scoring the score part, the wording of a suggestion and whether a bare skills
list shows a term, the HTML report the colour. A new category is its name in
:data:`~resumematch.models.document.Category` and one row in :data:`CATEGORY_TABLE`
(``tests/test_models.py`` checks that the two agree).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .document import Category

__all__ = ["CATEGORY_TABLE", "CREDENTIAL_CATEGORIES", "CategoryInfo", "VariantPolicy"]

VariantPolicy = Literal["proper", "plural_only", "reorder"]
"""How a category's aliases are expanded when a vocabulary is compiled: ``proper`` names
(products, laws) are never inflected ("Excel" never becomes "excelled"); ``plural_only``
(credentials, degrees, titles) take a plural only; ``reorder`` (duties and skills) are
inflected and their two-word forms reordered ("patient scheduling")."""


@dataclass(frozen=True)
class CategoryInfo:
    """One category's row of :data:`CATEGORY_TABLE`."""

    name: Category
    weight: float
    """How much a term weighs inside its part of the score."""
    score_part: Literal["credentials", "education"] | None
    """The score part its terms count in; ``None``: the part of the term's kind (required or preferred terms)."""
    variants: VariantPolicy
    evidence_sections: frozenset[str]
    """Sections whose text is evidence enough for an ambiguous form ("GCP" under Certifications)."""
    credential: bool
    """Held, issued and dated: credentials get an issuer and dates, and their own score part."""
    colour: str
    """The highlight colour in the HTML report."""
    suggestion_verb: str
    """How a suggestion to add a missing term says the applicant should qualify ("if you
    have it"; a held-only category's reads "If you hold 'ACLS' ...", scoring.suggestions)."""
    held_only: bool = False
    """Only holding it makes it true (a licence, a degree, a title held): a suggestion to add
    it comes after those for what a candidate can describe by editing."""
    listed_counts: bool = True
    """A bare skills list ("Skills: BLS, Epic, scheduling") shows it. Not for a licence, a
    degree or a title: those count only where the resume states them (``scoring.stuffing``)."""
    names_person: bool = False
    """A mention can name a person ("an RN", "the Medical Assistant"): a licence or a title,
    which ``match.people`` checks for someone other than the applicant."""


# The fields in order: name, weight, score part, variants, evidence sections, credential,
# colour, suggestion verb, held only, listed counts, names a person.
_ROWS = (
    CategoryInfo("hard_skill", 2.0, None, "reorder", frozenset(), False, "#7aecec", "have it"),
    CategoryInfo("soft_skill", 1.0, None, "reorder", frozenset(), False, "#bfeeb7", "have it"),
    CategoryInfo("tool", 2.0, None, "proper", frozenset({"skills"}), False, "#d4ccff", "have it"),
    CategoryInfo(
        "certification",
        3.0,
        "credentials",
        "plural_only",
        frozenset({"certifications"}),
        True,
        "#feca74",
        "hold it",
        True,
    ),
    CategoryInfo(
        "license",
        3.0,
        "credentials",
        "plural_only",
        frozenset({"certifications"}),
        True,
        "#ffb38f",
        "hold it",
        True,
        False,
        names_person=True,
    ),
    CategoryInfo(
        "education",
        2.0,
        "education",
        "plural_only",
        frozenset({"education"}),
        False,
        "#e3c4fd",
        "have earned it",
        True,
        False,
    ),
    CategoryInfo("regulation", 1.5, None, "proper", frozenset(), False, "#9cc9cc", "have it"),
    CategoryInfo("duty", 1.0, None, "reorder", frozenset(), False, "#bfe1d9", "have it"),
    CategoryInfo(
        "title",
        1.0,
        None,
        "plural_only",
        frozenset(),
        False,
        "#e4e7d2",
        "have held this role",
        True,
        False,
        names_person=True,
    ),
)

CATEGORY_TABLE: dict[str, CategoryInfo] = {row.name: row for row in _ROWS}
"""Every category's row, in the canonical order of :data:`~resumematch.models.document.CATEGORIES`."""

CREDENTIAL_CATEGORIES: frozenset[str] = frozenset(row.name for row in _ROWS if row.credential)
"""The categories that are credentials: held, issued and dated, scored in their own part."""
