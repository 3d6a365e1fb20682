"""Healthcare work: has the candidate worked in healthcare, whatever their role family?

An administrative post in a clinic or hospital asks for office work, and a recruiter
phones first the people who did that office work *in healthcare* (registering patients,
billing insurers, keeping medical records under HIPAA) before an office worker from
another field, or a recruiter who hired nurses. Role titles alone do not say it
("Administrator", "Supervisor"), so the evidence is what the resume shows the
candidate doing: the vocabulary terms that only healthcare work gives
(``data/fit.json``, ``healthcare_work``), affirmed, each counted once.

The part is judged only for a posting in healthcare (its text names patients, a clinic,
a hospital, nurses, ... at least three times); a posting from another field leaves it out.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from importlib import resources

from ..models import Mention

__all__ = ["FULL_CREDIT_TERMS", "healthcare_work_credit", "healthcare_work_terms", "posting_in_healthcare"]

FULL_CREDIT_TERMS = 2
"""Distinct healthcare-work terms that earn full credit: one could be a passing word."""
_POSTING_MENTIONS = 3


@functools.cache
def _rules() -> tuple[frozenset[str], re.Pattern[str]]:
    raw = json.loads(resources.files("resumematch.data").joinpath("fit.json").read_text("utf-8"))["healthcare_work"]
    words = sorted(raw["posting_words"], key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])", re.IGNORECASE)
    return frozenset(raw["terms"]), pattern


@functools.lru_cache(maxsize=64)
def posting_in_healthcare(text: str) -> bool:
    """Whether a posting's text names a healthcare setting (patients, clinic, NHS, ...)
    at least three times."""
    _terms, words = _rules()
    return sum(1 for _ in zip(range(_POSTING_MENTIONS), words.finditer(text), strict=False)) >= _POSTING_MENTIONS


def healthcare_work_terms(mentions: Sequence[Mention]) -> list[str]:
    """The healthcare-work terms the resume affirms, each once, in the order first shown."""
    terms, _words = _rules()
    seen: dict[str, None] = {}
    for mention in mentions:
        if mention.term_id in terms and mention.status == "affirmed":
            seen.setdefault(mention.term_id, None)
    return list(seen)


def healthcare_work_credit(posting_text: str, mentions: Sequence[Mention]) -> tuple[float, str] | None:
    """``(credit, detail)``: the share of :data:`FULL_CREDIT_TERMS` healthcare-work terms
    shown (at most 1); ``None`` for a posting outside healthcare."""
    if not posting_in_healthcare(posting_text):
        return None
    shown = healthcare_work_terms(mentions)
    if not shown:
        return 0.0, "a healthcare post; your resume shows no healthcare work (patients, medical records, billing, an EHR)"
    named = ", ".join(shown[:4]) + (", ..." if len(shown) > 4 else "")
    return min(1.0, len(shown) / FULL_CREDIT_TERMS), f"a healthcare post; {len(shown)} signs of healthcare work ({named})"
