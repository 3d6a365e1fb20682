"""Executive level: a director or a chief applying for an administrative post below management.

A recruiter filling a coordinator's or an administrator's post sets aside the people
whose recent titles are an executive's (Executive Director, Chief Executive Officer,
Vice President): the post is a level below what they did, however much of its office
vocabulary their resume shares. The role family cannot say it (a director and a
practice manager are both "management", and a practice manager is what the post wants),
so the evidence is the titles themselves (``data/fit.json``, ``executive_titles``),
weighed as role fit weighs them: the headline most, then the recent roles.

The part is judged only for an administrative posting that is not itself senior; the
credit is the share of the titles that are *not* an executive's.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from .candidate_fit import HEADLINE_WEIGHT, ROLE_WEIGHTS, CandidateFit
from .posting_fit import PostingFit
from .title_phrases import PhraseLookup

__all__ = ["executive_level_credit", "executive_share"]

_OFFICE_FAMILY = "administrative"


@functools.cache
def _titles() -> PhraseLookup:
    raw = json.loads(resources.files("resumematch.data").joinpath("fit.json").read_text("utf-8"))["executive_titles"]
    return PhraseLookup(dict.fromkeys(raw["phrases"], True), dict.fromkeys(raw["abbreviations"], True))


def executive_share(candidate: CandidateFit) -> tuple[float, list[str]]:
    """The weighted share of the candidate's headline and recent role titles that name an
    executive (each title's first line: its title, not its company), and the words found."""
    phrases = _titles()
    total = executive = 0.0
    found: list[str] = []
    for title, weight in zip(candidate.titles, (HEADLINE_WEIGHT, *ROLE_WEIGHTS), strict=False):
        hits = phrases.find_in_title(title.split("\n")[0])
        total += weight
        if hits:
            executive += weight
            found += [word for _label, word in hits if word.lower() not in (f.lower() for f in found)]
    return (executive / total if total else 0.0), found


def executive_level_credit(posting: PostingFit, candidate: CandidateFit) -> tuple[float, str] | None:
    """``(credit, detail)``: 1 less the executive share of the candidate's titles; ``None``
    unless the posting is administrative and not senior."""
    if posting.family != _OFFICE_FAMILY or posting.seniority == "senior":
        return None
    share, words = executive_share(candidate)
    if not share:
        return 1.0, "an administrative post; none of your recent titles is an executive's"
    return 1.0 - share, (
        f"an administrative post; {share:.0%} of your headline and recent titles are an executive's "
        f"({', '.join(words[:3])}): a level above the post"
    )
