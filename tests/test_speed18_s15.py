"""The papers-handled reading (``match/handled.py``) in any casing, and both its readings on one resume.

Written with a faster version of the reading (fifteenth session, issue #18 item 5) that was
not kept (under rule 6's 1%, ``docs/performance.md``); the behaviour it pinned holds for the
reading kept: a paper in title case reads as in lower case, and one resume gets both the
papers and the programmes readings.
"""

from __future__ import annotations

import pytest
from conftest import held, in_experience

from resumematch import find_terms


@pytest.mark.parametrize(
    ("line", "term_id", "is_held"),
    [
        ("Tracked unsigned Plans of Care for the home health nurses.", "care-planning", False),
        ("Faxed Consent Forms to the surgery center.", "informed-consent", False),
        ("Filed Progress Notes for the therapists.", "clinical-documentation", False),
        ("Wrote Plans of Care for new admissions.", "care-planning", True),
    ],
)
def test_a_paper_in_title_case_is_read_like_lower_case(line: str, term_id: str, is_held: bool) -> None:
    assert held(line, term_id) is is_held


def test_one_resume_gets_both_readings() -> None:
    text = in_experience(
        "Scanned consent forms into the EHR.\nRecruited externs from local CNA programs.\n"
        "Wrote care plans for new admissions."
    )
    statuses = {m.term_id: m.status for m in find_terms(text)[1]}
    assert statuses.get("informed-consent") == "other_person"
    assert statuses.get("vocational-training") == "other_person"
    assert statuses.get("care-planning") == "affirmed"
