"""Rules from the sixth probe of postings (#20): a colleague's degrees and licences after
their name ("Dr. Elena Vasquez, DNP, PMHNP-BC") are theirs, not the hire's."""

from __future__ import annotations

import resumematch
from resumematch.posting.prose import SENTENCE_SPLIT
from resumematch.scoring.fit import posting_fit

TECHNICIAN = (
    "Behavioral Health Technician - Residential\n\n"
    "Requirements:\n- High school diploma or GED\n- CPR and First Aid certification\n\n"
    "You will work with our therapists, the nursing team and our psychiatric nurse practitioner, "
    "Dr. Elena Vasquez, DNP, PMHNP-BC.\n"
)


def _required(text: str) -> set[str]:
    return {t.term_id for t in resumematch.analyze(text).terms if t.kind == "required"}


def test_an_honorifics_full_stop_ends_no_sentence() -> None:
    assert len(SENTENCE_SPLIT.split("Work with our nurse practitioner, Dr. Elena Vasquez, DNP.")) == 1
    assert len(SENTENCE_SPLIT.split("Apply by Friday. Dr. Vasquez will call you.")) == 2


def test_a_named_colleagues_letters_are_theirs_not_the_hires() -> None:
    required = _required(TECHNICIAN)
    assert not required & {"nurse-practitioner", "doctorate", "nursing-degree"}
    assert {"high-school-diploma", "cpr"} <= required
    fit = posting_fit(resumematch.analyze(TECHNICIAN))
    assert fit.level is None or not fit.level_required


def test_letters_after_other_letters_of_a_named_person_are_theirs() -> None:
    text = "Clinic Coordinator\n\nQuestions go to our clinical director, Marcus Lee, MSN, RN, CEN.\n"
    assert not _required(text) & {"registered-nurse", "nursing-degree", "masters-degree"}


def test_a_list_of_the_hires_credentials_is_still_asked() -> None:
    assert {"registered-nurse", "bls"} <= _required("Staff Nurse\n\nRequirements:\n- BSN, RN, BLS required\n")
    assert "registered-nurse" in _required("Staff Nurse\n\nRequirements:\n- Must hold a Texas RN, BLS\n")
