"""What a posting names that is not the hire's own work: another's act, the employer's services.

"We are hiring a Medical Receptionist" (the employer hires; the hire does not hire), "staffed
by our public health nurses, who give the vaccines" (the nurses' act), "promote our oncology and
cardiology service lines" (the employer's business, not the hire's field). Each reads the words
around one mention with the cues of ``data/posting_people.json``; who the people are is
``others.py``'s answer.
"""

from __future__ import annotations

import re

from .others import CLAUSE_END, TOKEN, WINDOW, clause_before, names_someone_else
from .posting_people_rules import PostingPeopleRules, default_posting_people_rules

__all__ = ["acted_on_by_an_unlicensed_hire", "names_a_service", "names_anothers_act", "names_anothers_duty"]


_SERVICE_REACH_BEFORE = 8
_SERVICE_REACH_AFTER = 5
_DUTY_CUE_WORDS = 3


def names_anothers_duty(text: str, start: int, category: str) -> bool:
    """Whether the duty at ``start`` is someone else's act, by the words right before it:
    "We are hiring a Medical Receptionist" (the employer hires, the hire is hired), "work
    under the supervision of the registered nurses" (the nurses supervise the hire). A duty
    the hire does is written without such a subject ("Hiring front-desk staff",
    "Supervision of the front desk")."""
    if category != "duty":
        return False
    cues = default_posting_people_rules().duty_cues_before
    if not cues:
        return False
    words = [w.lower() for w in TOKEN.findall(text[max(0, start - 40) : start])][-_DUTY_CUE_WORDS:]
    return any(tuple(words[-size:]) in cues for size in range(1, len(words) + 1))


# A skill or duty right after "<people>, who": the act of the people before ("Clinics are
# staffed by our public health nurses, who give the vaccines").
_DONE_BY_WHOM = re.compile(
    r"(?P<who>[A-Za-z][\w'’-]*)\)?\s*,?\s+who\s+(?:(?:will|also|then|can|may|would|often|usually|all)\s+){0,2}$"
)
_SKILL_CATEGORIES = frozenset({"duty", "hard_skill"})


def names_anothers_act(text: str, start: int, category: str) -> bool:
    """Whether the skill or duty at ``start`` is done by people the posting names as someone
    other than the hire, in a "who" clause right before it ("staffed by our public health
    nurses, who give the vaccines"); "seeking a nurse who gives vaccines" is the hire's."""
    if category not in _SKILL_CATEGORIES:
        return False
    window = max(0, start - 80)
    found = _DONE_BY_WHOM.search(text, window, start)
    if found is None:
        return False
    return names_someone_else(text, found.start("who"), found.end("who"), "title")


def names_a_service(text: str, start: int, end: int, category: str) -> bool:
    """Whether the term at ``start:end`` (of ``category``) is a service the employer markets
    or supports, named in a clause about that service ("promote our oncology, cardiology and
    orthopedic service lines", "service-line campaigns (orthopedics, women's health, cancer
    care)", "campaigns for the birthing center"): the posting's business, not the hire's
    field. The caller asks it only outside requirement statements ("Oncology experience
    required" asks)."""
    rules = default_posting_people_rules()
    if category not in rules.service_categories:
        return False
    before = [w.lower() for w in TOKEN.findall(clause_before(text, start, rules)) if w not in ",&/"]
    after_text = text[end : end + WINDOW]
    stop = CLAUSE_END.search(after_text)
    after = [w.lower() for w in TOKEN.findall(after_text[: stop.start()] if stop else after_text) if w not in ",&/"]
    for words, cues in (
        (before[-_SERVICE_REACH_BEFORE:], rules.service_cues_before),
        (after[:_SERVICE_REACH_AFTER], rules.service_cues_after),
    ):
        for k in range(len(words)):
            if any(tuple(words[k : k + size]) in cues for size in (1, 2)):
                return True
    return False


def acted_on_by_an_unlicensed_hire(text: str, start: int, rules: PostingPeopleRules | None = None) -> bool:
    """Whether the clause before a person named at ``start`` holds what a hire who holds no
    licence does to people (``unlicensed_hire_acts``: "Recruit registered nurses", "call on
    surgeons"): asked of a recruiter's or a salesperson's post only, whose title says so."""
    rules = rules or default_posting_people_rules()
    pattern = rules.unlicensed_hire_acts
    return pattern is not None and pattern.search(clause_before(text, start, rules)) is not None
