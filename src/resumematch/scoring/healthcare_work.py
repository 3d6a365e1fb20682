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

A recruiter's or a sales representative's resume names the nurses placed or the
physicians called on, who are other people: for a post of such a field
(``field_title_families``), a role title of the candidate's in that field which names
healthcare ("Healthcare Recruiter", "Pharmaceutical Sales Representative") is the
evidence. A recruiting, sales or marketing post (``title_gated_families``) judges the part
only where its own title names healthcare; a hospitality post (``not_asked_families``) never.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ..models import Mention
from .fit_data import fit_json

__all__ = [
    "FULL_CREDIT_TERMS",
    "field_title_families",
    "healthcare_not_asked",
    "healthcare_title",
    "healthcare_work_credit",
    "healthcare_work_signs",
    "healthcare_work_terms",
    "office_post",
    "posting_in_healthcare",
    "title_gated",
]

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


@functools.cache
def _families(key: str) -> frozenset[str]:
    """A list of post families in ``fit.json``'s ``healthcare_work`` (``key``), read once."""
    return frozenset(fit_json()["healthcare_work"].get(key, ()))


def field_title_families() -> frozenset[str]:
    """Post families whose own-field titles naming healthcare are healthcare work (``field_title_families``)."""
    return _families("field_title_families")


def title_gated(family: str | None) -> bool:
    """Whether a post of ``family`` hires for its own field (``title_gated_families``: a
    recruiter's, a sales representative's), so healthcare work counts only where the post's
    title names healthcare, not because the employer is a hospital."""
    return family in _families("title_gated_families")


def office_post(family: str | None) -> bool:
    """Whether a post of ``family`` asks for a healthcare office's work (``office_families``:
    an administrator's, a manager's): only ``office_terms`` are its signs."""
    return family in _families("office_families")


def healthcare_not_asked(family: str | None) -> bool:
    """Whether a post of ``family`` asks for no healthcare work (``not_asked_families``: a
    ward housekeeper's catering and cleaning are the same work in a hotel)."""
    return family in _families("not_asked_families")


def healthcare_title(titles: Iterable[str]) -> str | None:
    """The first of ``titles`` that names healthcare ("Healthcare Recruiter"), as written on its first line."""
    title_words = _rules()[1]
    for title in titles:
        if title_words.search(title):
            return title.strip().split("\n")[0]
    return None


_NHS = re.compile(r"\bNHS\b")


@functools.lru_cache(maxsize=64)
def posting_in_healthcare(title: str | None, text: str) -> bool:
    """Whether a posting is in healthcare: by its title, the NHS, or three setting words."""
    _terms, title_words, words = _rules()
    if (title and title_words.search(title)) or _NHS.search(text):
        return True
    return sum(1 for _ in zip(range(_POSTING_MENTIONS), words.finditer(text), strict=False)) >= _POSTING_MENTIONS


@functools.cache
def _office_terms() -> frozenset[str]:
    """The healthcare-work terms of a healthcare office's work (``office_terms``)."""
    return frozenset(fit_json()["healthcare_work"]["office_terms"])


def healthcare_work_signs(*, office: bool = False) -> frozenset[str]:
    """The term ids :func:`healthcare_work_credit` counts as signs (an office post's: its
    office work only), for the gain of a suggestion."""
    return _office_terms() if office else _rules()[0]


def healthcare_work_terms(mentions: Sequence[Mention]) -> list[str]:
    """The healthcare-work terms the resume affirms, each once, in the order first shown."""
    terms = _rules()[0]
    seen: dict[str, None] = {}
    for mention in mentions:
        if mention.term_id in terms and mention.status == "affirmed":
            seen.setdefault(mention.term_id, None)
    return list(seen)


def healthcare_work_credit(
    posting_title: str | None,
    posting_text: str,
    mentions: Sequence[Mention],
    *,
    field_titles: Iterable[str] = (),
    office: bool = False,
) -> tuple[float, str] | None:
    """``(credit, detail)``: the share of :data:`FULL_CREDIT_TERMS` healthcare-work terms
    shown (at most 1); ``None`` for a posting outside healthcare. ``field_titles``: the
    candidate's role titles in the post's own field, for a post of ``field_title_families``
    (one naming healthcare is full credit). ``office``: an office post's (``office_post``),
    where only a healthcare office's work (``office_terms``) is a sign."""
    if not posting_in_healthcare(posting_title, posting_text):
        return None
    titled = healthcare_title(field_titles)
    if titled is not None:
        return 1.0, f"a healthcare post; your role title {titled!r} is healthcare work in the post's field"
    shown = healthcare_work_terms(mentions)
    if office:
        # An office post: its own work (billing, bookings, records, coordination) is the
        # evidence; bedside care and the settings named show healthcare, not its office.
        office_terms = _office_terms()
        shown = [term for term in shown if term in office_terms]
        if not shown:
            return (
                0.0,
                "a healthcare office post; your resume shows no healthcare office work (billing, bookings, records)",
            )
    if not shown:
        return 0.0, "a healthcare post; your resume shows no healthcare work (patients, medical records, an EHR)"
    names = {m.term_id: m.name for m in mentions}  # the reader sees names, never term ids
    named = ", ".join(names[t] for t in shown[:4]) + (", ..." if len(shown) > 4 else "")
    credit = min(1.0, len(shown) / FULL_CREDIT_TERMS)
    signs = "sign" if len(shown) == 1 else "signs"
    if office:
        return credit, f"a healthcare office post; {len(shown)} {signs} of healthcare office work ({named})"
    return credit, f"a healthcare post; {len(shown)} {signs} of healthcare work ({named})"
