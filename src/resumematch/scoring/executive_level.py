"""Executive level: a director or a chief applying for an administrative post below management.

A recruiter filling a coordinator's or an administrator's post sets aside the people
whose recent titles are an executive's (Executive Director, Chief Executive Officer,
Vice President): the post is a level below what they did, however much of its office
vocabulary their resume shares. The role family cannot say it (a director and a
practice manager are both "management", and a practice manager is what the post wants),
so the evidence is the titles themselves (``data/fit.json``, ``executive_titles``),
weighed as role fit weighs them: the headline most, then the recent roles.

The part is judged only for an administrative posting that is not itself senior; the
credit is the share of the titles that are *not* an executive's. On a front-office post (a
receptionist's, a registration clerk's: ``role_duties``' "front office") a medical office's
manager is a level above as well (``office_manager_titles``): a recruiter grades a current
practice manager related but weaker for the front desk, and the front-office workers first.
"""

from __future__ import annotations

import functools

from .candidate_fit import HEADLINE_WEIGHT, ROLE_WEIGHTS, CandidateFit
from .fit_data import fit_json
from .posting_fit import PostingFit
from .role_duties import role_duties
from .title_phrases import PhraseLookup

__all__ = ["executive_level_credit", "executive_share"]

_OFFICE_FAMILY = "administrative"
_EXECUTIVE_NOW = 2
"""An executive's title counts in the headline and the latest role only (the first two
titles): a past director now working below that level has stepped down already, and the
graders rate such people by the work they did (a clinic manager turned strategy director
turned account executive is a 2 for a flow coordinator's post). A medical office
manager's title (front-office posts) counts over every recent role, as role fit reads them."""
_FRONT_OFFICE = "front office"


@functools.cache
def _executives() -> PhraseLookup:
    raw = fit_json()["executive_titles"]
    return PhraseLookup(dict.fromkeys(raw["phrases"], True), dict.fromkeys(raw["abbreviations"], True))


@functools.cache
def _managers() -> PhraseLookup:
    return PhraseLookup(dict.fromkeys(fit_json()["office_manager_titles"]["phrases"], True), {})


def executive_share(candidate: CandidateFit, *, managers: bool = False) -> tuple[float, list[str]]:
    """The weighted share of the candidate's headline and recent role titles that name an
    executive (in the headline or the latest role: ``_EXECUTIVE_NOW``) or, with ``managers``,
    a medical office's manager (any recent role); each title's first line (its title, not
    its company), and the words found."""
    total = executive = 0.0
    found: list[str] = []
    for index, (title, weight) in enumerate(zip(candidate.titles, (HEADLINE_WEIGHT, *ROLE_WEIGHTS), strict=False)):
        first = title.split("\n")[0]
        hits = _executives().find_in_title(first) if index < _EXECUTIVE_NOW else []
        if managers:
            hits = [*hits, *_managers().find_in_title(first)]
        total += weight
        if hits:
            executive += weight
            found += [word for _label, word in hits if word.lower() not in (f.lower() for f in found)]
    return (executive / total if total else 0.0), found


def executive_level_credit(posting: PostingFit, candidate: CandidateFit) -> tuple[float, str] | None:
    """``(credit, detail)``: 1 less the executive share of the candidate's titles; ``None``
    unless the posting is administrative and not senior."""
    if posting.family != _OFFICE_FAMILY or posting.seniority == "senior" or posting.programme:
        return None
    duties = role_duties(posting.title)
    front = duties is not None and duties.role == _FRONT_OFFICE
    post, whose = (
        ("a front-office post", "a manager's or an executive's")
        if front
        else ("an administrative post", "an executive's")
    )
    share, words = executive_share(candidate, managers=front)
    if not share:
        return 1.0, f"{post}; none of your recent titles is {whose}"
    return 1.0 - share, (
        f"{post}; {share:.0%} of your headline and recent titles are {whose} "
        f"({', '.join(words[:3])}): a level above the post"
    )
