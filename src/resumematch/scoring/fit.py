"""What a recruiter reads before the skills: role family, licence level, specialty, seniority.

The words live in ``data/fit.json`` (role families and how well each fits another,
the licence and credential ladder of each clinical field, specialties and settings,
experience-level words, languages). The reading is split by concern:

* ``fit_data.py``: the lists compiled once, a title's family votes, the ladder's rungs;
* ``title_phrases.py``: the phrase lookup they all use (titles read even without spaces);
* ``posting_fit.py``: a **posting** by its title, plus the licences it requires;
* ``candidate_fit.py``: a **candidate** by their own headline and role titles, plus the
  licence terms the resume affirms in its licence or certification section or headline.

This module gathers their public names; ``signals.py`` turns the two readings into score parts.
"""

from __future__ import annotations

from .candidate_fit import CandidateFit, candidate_fit, headline, role_titles
from .fit_data import FAMILIES, Level, fit_data
from .posting_fit import PostingFit, posting_fit

__all__ = [
    "FAMILIES",
    "CandidateFit",
    "Level",
    "PostingFit",
    "candidate_fit",
    "fit_data",
    "headline",
    "posting_fit",
    "role_titles",
]
