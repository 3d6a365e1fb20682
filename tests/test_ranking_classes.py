"""Ranking classes of the seventh session (#20): an NHS clinical nurse specialist is a
registered nurse's post, and a field that names colleagues ("the behavioral health
consultants") is theirs, not the hire's."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.others import names_someone_else
from resumematch.scoring.posting_fit import posting_fit


def _someone_else(text: str, name: str, category: str) -> bool:
    start = text.index(name)
    return names_someone_else(text, start, start + len(name), category)


def _terms(text: str) -> set[str]:
    return {t.term_id for t in resumematch.analyze(text).terms}


# ---------------------------------------------------------------- the NHS specialist nurse


@pytest.mark.parametrize(
    "posting",
    [
        "Diabetes Clinical Nurse Specialist - Band 7\n\nYou will hold current NMC registration.\n",
        "Clinical Nurse Specialist - Tissue Viability\n\nA post in our NHS Foundation Trust.\n",
        "CNS Band 6 Oncology\n\nSupport patients through treatment.\n",
    ],
)
def test_an_nhs_clinical_nurse_specialist_asks_for_a_registered_nurse(posting: str) -> None:
    fit = posting_fit(resumematch.analyze(posting))
    assert fit.level is not None and fit.level.name == "RN"
    assert fit.level_required


def test_a_us_clinical_nurse_specialist_stays_advanced_practice() -> None:
    posting = "Clinical Nurse Specialist - Oncology\n\nMSN and APRN licensure required.\n"
    fit = posting_fit(resumematch.analyze(posting))
    assert fit.level is not None and fit.level.name == "APRN"


def test_an_rn_is_not_gated_for_an_nhs_specialist_nurse_post() -> None:
    job = resumematch.analyze(
        "Diabetes Clinical Nurse Specialist - Band 7\n\nEssential: NMC registered nurse; diabetes care.\n"
    )
    resume = (
        "Jane Doe\nRegistered Nurse\n\nExperience\nStaff Nurse, Diabetes Ward, Jan 2015 - Jan 2024\n"
        "Diabetes care and patient education.\n\nLicenses\nRegistered Nurse (NMC)\n"
    )
    part = next(p for p in resumematch.check(resume, job=job).parts if p.name == "licence level")
    assert part.points == pytest.approx(part.weight)
    assert "counts" not in part.detail  # no gate


# ---------------------------------------------------------------- a field that names colleagues

TEAM = (
    "The CHW is part of the care team with the primary care providers, the RN care manager, "
    "Maria Estrada, RN, and the behavioral health consultants."
)


def test_a_field_before_colleagues_is_theirs() -> None:
    assert _someone_else(TEAM, "primary care", "hard_skill")
    # The list goes on past a colleague's name ("Maria Estrada, RN, and the ...").
    assert _someone_else(TEAM, "behavioral health", "hard_skill")
    assert not {"primary-care", "mental-health"} & _terms("Community Health Worker\n\n" + TEAM)


def test_colleagues_of_a_field_named_with_a_cue() -> None:
    text = "Community Health Worker\n\nYou will work alongside mental health nurses and primary care providers.\n"
    assert not {"primary-care", "mental-health"} & _terms(text)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # no cue: the hire is of that field
        ("Staff Nurse\n\nWe are seeking mental health nurses to join our ward.\n", "mental-health"),
        # the field goes on to a place, not to people
        ("Community Health Worker\n\nExperience in primary care settings is essential.\n", "primary-care"),
    ],
)
def test_a_field_of_the_hire_stays(text: str, term_id: str) -> None:
    assert term_id in _terms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ED nursing team is led by Nurse Manager Carla Jimenez, RN, and the night charge nurses.",
            "charge nurses",
        ),
        (
            "The ED nursing team is led by Nurse Manager Carla Jimenez, RN, and the night charge nurses.",
            "Nurse Manager",
        ),
        ("You will partner with attending physicians, social workers, nurses and physician advisors.", "nurses"),
        ("Supporting and developing Band 5 staff nurses and healthcare assistants.", "staff nurses"),
        ("Greet patients and visitors at the nurses' station and direct them.", "nurses"),
    ],
)
def test_colleagues_who_lead_partner_or_own_a_place(text: str, name: str) -> None:
    assert _someone_else(text, name, "title")


def test_the_hire_in_the_plural_is_still_the_hire() -> None:
    assert not _someone_else("We are seeking charge nurses to lead our night shift.", "charge nurses", "title")


NHS_CNS = (
    "Jane Doe\nClinical Nurse Specialist, Tissue Viability\n\nExperience\n"
    "Clinical Nurse Specialist (Band 7), Royal Hospital NHS Trust, Jan 2019 - Jan 2024\n"
    "Wound care and patient education for the wards.\n"
    "Staff Nurse, Royal Hospital NHS Trust, Jan 2014 - Jan 2019\nCare of surgical patients.\n"
    "\nRegistration\nNMC registered nurse (adult)\n"
)


def _licence_part(resume: str, posting: str) -> resumematch.ScorePart:
    report = resumematch.check(resume, job=resumematch.analyze(posting))
    return next(p for p in report.parts if p.name == "licence level")


def test_an_nhs_specialist_nurse_is_a_registered_nurse() -> None:
    # On a staff nurse's post the NHS CNS holds the level asked, not a rung above it.
    part = _licence_part(NHS_CNS, "Staff Nurse - Surgical Ward\n\nEssential: Registered Nurse with NMC registration.\n")
    assert part.points == pytest.approx(part.weight)
    # On a US nurse practitioner's post the NHS CNS does not hold the APRN licence.
    gated = _licence_part(
        NHS_CNS, "Nurse Practitioner - Urgent Care\n\nRequired: active APRN license, FNP board certification.\n"
    )
    assert "counts" in gated.detail


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Work alongside the mental health and learning disability nursing teams.", "mental-health"),
        ("You will support the ICU and theatre nursing staff.", "critical-care"),
    ],
)
def test_fields_that_share_their_people_are_theirs(text: str, term_id: str) -> None:
    assert term_id not in _terms("Ward Clerk\n\n" + text)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # the phrase of people ends at a clause of its own ("working alongside ...")
        (
            "A post for a technician who wants to develop their clinical skills, working alongside pharmacists.",
            "clinical-knowledge",
        ),
        (
            "You will work alongside physiotherapists on the elderly care and orthopaedic wards, supporting patients.",
            "geriatrics",
        ),
        # a preposition or a determiner ends it too
        ("Experience in mental health and the ability to support patients is essential.", "mental-health"),
    ],
)
def test_a_field_of_the_hire_before_other_people_stays(text: str, term_id: str) -> None:
    assert term_id in _terms("Ward Clerk\n\n" + text)


# ---------------------------------------------------------------- eighth session: years of a kind of work


@pytest.mark.parametrize(
    "line",
    [
        "2+ years of business-to-business sales experience required.",
        "2+ years of B2B sales experience required.",
        "Minimum 3 years of B2C sales experience.",
    ],
)
def test_whom_the_work_sold_to_is_no_part_of_the_subject(line: str) -> None:
    job = resumematch.analyze(f"Sales Representative\n\nRequirements\n- {line}\n")
    (years,) = [r for r in job.requirements if r.years]
    assert years.subject == "sales"


def test_a_reps_sales_years_meet_a_b2b_sales_requirement() -> None:
    job = resumematch.analyze(
        "Pharmaceutical Sales Representative\n\nRequirements\n- 2+ years of business-to-business sales experience\n"
    )
    resume = (
        "Jane Doe\nPharmaceutical Sales Representative\n\nExperience\n"
        "Pharmaceutical Sales Representative, Acme Pharma, Jan 2018 - Jan 2023\n"
        "Called on primary care physicians in a 40-office territory.\n"
    )
    (check,) = [c for c in resumematch.check(resume, job=job).requirements if c.requirement.years]
    assert check.met == "met"


# ---------------------------------------------------------------- eighth session: a recruiting post's field

_RECRUITER = (
    "Jane Doe\nTalent Acquisition Specialist\n\nExperience\nRecruiter, Acme Logistics, Jan 2018 - Jan 2024\n"
    "Full-cycle recruiting for warehouse and office roles; screened candidates and scheduled interviews.\n"
)


def _healthcare_part(posting: str) -> resumematch.ScorePart:
    report = resumematch.check(_RECRUITER, job=resumematch.analyze(posting))
    return next(p for p in report.parts if p.name == "healthcare work")


def test_an_nhs_recruitment_post_does_not_ask_for_healthcare_work() -> None:
    part = _healthcare_part(
        "Recruitment Administrator\nCalderbrook NHS Trust\n\nYou will support recruiting managers across the "
        "Trust's hospitals and clinics with adverts, interviews and pre-employment checks.\n"
    )
    assert part.weight == 0


def test_a_healthcare_recruiter_post_still_asks_for_healthcare_work() -> None:
    part = _healthcare_part(
        "Healthcare Recruiter\n\nRecruit travel nurses for hospitals and clinics; 2+ years of recruiting.\n"
    )
    assert part.weight > 0 and part.points == 0
