"""Rules from the ninth probe of postings (#20): a trainee's title names the licence the
hire trains for, not one the hire holds; a level word before an organisation word
("Physician Group") names the employer, not the hire; a post whose title needs no
registration still asks the unlicensed rung its text asks experience of."""

from __future__ import annotations

import resumematch
from resumematch.scoring.fit import PostingFit, fit_data, posting_fit


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def _fit(title: str, body: str = "Join our hospital team.") -> PostingFit:
    return posting_fit(resumematch.analyze(f"{title}\n\n{body}\n"))


def test_a_trainees_title_asks_the_entry_rung_not_the_licence_trained_for() -> None:
    for title in ("Trainee Nursing Associate, Band 3", "Apprentice Nursing Associate", "Student Nurse"):
        fit = _fit(title)
        assert fit.level is not None and fit.level.name == "aide", title
        assert not fit.level_required, title
        assert fit.family == "clinical", title


def test_a_title_without_a_trainee_word_keeps_its_licence() -> None:
    for title, level in (
        ("Nursing Associate, Band 4", "LPN"),
        ("Assistant Nurse Manager", "RN"),
        ("Junior Staff Nurse", "RN"),
    ):
        fit = _fit(title)
        assert fit.level is not None and fit.level.name == level, title
        assert fit.level_required, title


def test_a_trainee_post_ranks_the_care_worker_above_the_registered_nurse() -> None:
    posting = (
        "Trainee Nursing Associate, Band 3\nNorthmoor Healthcare NHS Trust\n\n"
        "You will need at least six months' experience of providing personal care in a health or care "
        "setting. On completion you will register with the NMC as a Nursing Associate.\n"
    )
    aide = (
        "Jane Doe\nHealthcare Assistant\n\nExperience\nHealthcare Assistant, Northfield Hospital, Jan 2019 - Jan 2024\n"
        "Provided personal care, took observations and assisted patients with washing and dressing.\n"
    )
    nurse = (
        "Ann Roe\nRegistered Nurse\n\nExperience\nRegistered Nurse, Northfield Hospital, Jan 2012 - Jan 2024\n"
        "Provided personal care, took observations and assisted patients with washing and dressing.\n"
    )
    aide_level = _part(resumematch.check(aide, job=posting), "licence level")
    nurse_level = _part(resumematch.check(nurse, job=posting), "licence level")
    assert aide_level.points > 0
    assert nurse_level.points == 0  # past the post: the nurse holds what it trains for
    assert "trains for" in nurse_level.detail
    # On a post that asks the nursing associate's rung itself, the nurse is a level above.
    plain = posting.replace("Trainee Nursing Associate, Band 3", "Nursing Associate, Band 4")
    assert _part(resumematch.check(nurse, job=plain), "licence level").points > 0


def test_a_level_word_before_an_organisation_word_names_the_employer() -> None:
    for title in ("Practice Manager - Multi-Specialty Physician Group", "Physician Practice Manager"):
        fit = _fit(title)
        assert fit.level is None, title
        assert not fit.level_required, title
    assert _fit("Physician - Family Medicine").level is not None
    # Only as the very next word: a list line that goes on to "Practice management" keeps the aide.
    levels = fit_data().levels.find_in_title("Certified Nursing Assistant; Practice management software")
    assert [level.name for level, _found in levels] == ["aide"]
    fit = _fit("Family Nurse Practitioner")
    assert fit.level is not None and fit.level.name == "APRN"


DISCHARGE = (
    "Discharge Lounge Assistant, Band 3\nRiverside Hospitals NHS Foundation Trust\n\n"
    "You will welcome patients who are ready to leave the wards and help them while they wait for transport. "
    "You will need previous experience as a healthcare assistant or care worker in a hospital or care home.\n"
)


def test_an_unregistered_post_asking_care_experience_is_an_aides_post() -> None:
    fit = _fit(DISCHARGE.split("\n", 1)[0], DISCHARGE.split("\n", 1)[1])
    assert fit.family == "clinical"
    assert fit.level is not None and fit.level.name == "aide"
    assert not fit.level_required


def test_an_unregistered_post_still_reads_a_licence_as_the_colleagues() -> None:
    body = "You will support the registered nurses. An active RN licence is required for the nurses on the ward."
    fit = _fit("Ward Clerk, Band 3", body)
    assert fit.level is None or not fit.level.licensed


def _found(text: str) -> set[str]:
    _document, mentions = resumematch.find_terms(text)
    return {m.term_id for m in mentions}


def test_the_nursing_and_midwifery_council_is_the_nurses_register_not_obstetrics() -> None:
    for text in (
        "Must be registered with the Nursing and Midwifery Council.",
        "Current registration with the Nursing & Midwifery Council (NMC) is essential.",
    ):
        found = _found(text)
        assert "registered-nurse" in found, text
        assert "obstetrics" not in found, text
    assert "obstetrics" in _found("Two years of midwifery experience on a labour ward.")
