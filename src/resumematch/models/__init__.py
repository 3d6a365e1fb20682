"""The nouns of the pipeline, as frozen dataclasses.

    file ──extract──▶ Document ──match──▶ Mentions ──┐
    job text ──analyze──▶ JobProfile ────────────────┴─score──▶ Report

``document.py`` holds what extraction and matching produce, ``report.py`` what job
analysis and scoring produce, ``readiness.py`` what the ATS readiness checks find;
``categories.py`` is the category table every stage reads, ``inputs.py`` says what a
string is (``Text``), and ``frozen.py`` gives the frozen dataclasses made by the
hundred a faster ``__init__``. Every model has ``to_dict()`` returning only JSON-ready
values (str, int, float, bool, None, lists and dicts); the JSON contract documented in
``docs/json.md`` is built from these methods and nowhere else, so it cannot drift
from the models.
"""

from __future__ import annotations

from .categories import CATEGORY_TABLE, CREDENTIAL_CATEGORIES, CategoryInfo
from .document import (
    CATEGORIES,
    Category,
    DegreeSpec,
    Document,
    DocumentFormat,
    Mention,
    Method,
    MetStatus,
    ParseWarning,
    RequirementAspect,
    RequirementKind,
    Section,
    Status,
    Term,
)
from .report import (
    Degree,
    Evidence,
    JobProfile,
    JobTerm,
    MissingTerm,
    PostingPhrase,
    Report,
    Requirement,
    RequirementCheck,
    Role,
    ScorePart,
    TermMatch,
)

__all__ = [
    "CATEGORIES",
    "CATEGORY_TABLE",
    "CREDENTIAL_CATEGORIES",
    "Category",
    "CategoryInfo",
    "Degree",
    "DegreeSpec",
    "Document",
    "DocumentFormat",
    "Evidence",
    "JobProfile",
    "JobTerm",
    "Mention",
    "MetStatus",
    "Method",
    "MissingTerm",
    "ParseWarning",
    "PostingPhrase",
    "Report",
    "Requirement",
    "RequirementAspect",
    "RequirementCheck",
    "RequirementKind",
    "Role",
    "ScorePart",
    "Section",
    "Status",
    "Term",
    "TermMatch",
]
