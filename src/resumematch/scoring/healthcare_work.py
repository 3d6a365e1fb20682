"""Healthcare work: has the candidate worked in healthcare, whatever their role family?

An administrative post in a clinic or hospital asks for office work, and a recruiter
phones first the people who did that office work *in healthcare* (registering patients,
billing insurers, keeping medical records under HIPAA) before an office worker from
another field, or a recruiter who hired nurses. Role titles alone do not say it
("Administrator", "Supervisor"), so the evidence is what the resume shows the
candidate doing: the vocabulary terms that only healthcare work gives
(``data/fit.json``, ``healthcare_work``), affirmed, each counted once.

The part is judged only for a posting in healthcare: its title names healthcare
("Health Educator", "Occupational Therapy Service Administrator"), its text names the
NHS, or names patients, a clinic, a hospital, nurses, ... at least three times (once or
twice could be the benefits: "medical and dental cover"). A posting from another field
leaves it out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..models import Mention
from .fit_data import fit_json

__all__ = ["FULL_CREDIT_TERMS", "healthcare_work_credit", "healthcare_work_terms", "posting_in_healthcare"]

FULL_CREDIT_TERMS = 2
"""Distinct healthcare-work terms that earn full credit: one could be a passing word."""
_POSTING_MENTIONS = 3


def _words(words: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{body})(?![a-z])", re.IGNORECASE)


@functools.cache
def _rules() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    raw = fit_json()["healthcare_work"]
    return frozenset(raw["terms"]), _words(raw["title_words"]), _words(raw["posting_words"])


_NHS = re.compile(r"\bNHS\b")


@functools.lru_cache(maxsize=64)
def posting_in_healthcare(title: str | None, text: str) -> bool:
    """Whether a posting is in healthcare: by its title, the NHS, or three setting words."""
    _terms, title_words, words = _rules()
    if (title and title_words.search(title)) or _NHS.search(text):
        return True
    return sum(1 for _ in zip(range(_POSTING_MENTIONS), words.finditer(text), strict=False)) >= _POSTING_MENTIONS


def healthcare_work_terms(mentions: Sequence[Mention]) -> list[str]:
    """The healthcare-work terms the resume affirms, each once, in the order first shown."""
    terms = _rules()[0]
    seen: dict[str, None] = {}
    for mention in mentions:
        if mention.term_id in terms and mention.status == "affirmed":
            seen.setdefault(mention.term_id, None)
    return list(seen)


def healthcare_work_credit(
    posting_title: str | None, posting_text: str, mentions: Sequence[Mention]
) -> tuple[float, str] | None:
    """``(credit, detail)``: the share of :data:`FULL_CREDIT_TERMS` healthcare-work terms
    shown (at most 1); ``None`` for a posting outside healthcare."""
    if not posting_in_healthcare(posting_title, posting_text):
        return None
    shown = healthcare_work_terms(mentions)
    if not shown:
        return 0.0, "a healthcare post; your resume shows no healthcare work (patients, medical records, an EHR)"
    named = ", ".join(shown[:4]) + (", ..." if len(shown) > 4 else "")
    credit = min(1.0, len(shown) / FULL_CREDIT_TERMS)
    return credit, f"a healthcare post; {len(shown)} signs of healthcare work ({named})"
