"""Recruiter signals: role family, the licence ladder and its gate, pool-aware weights."""

from __future__ import annotations

from itertools import pairwise

import pytest

import resumematch
from resumematch.batch.pool_weights import idf, pool_weighted
from resumematch.batch.ranking import RankRow, RowTerm, ranked
from resumematch.scoring.fit import candidate_fit, fit_data, posting_fit
from resumematch.scoring.signals import (
    GATE_FACTOR,
    field_words_factor,
    gate_factor,
    ladder_credit,
    licence_credit,
    role_fit_credit,
)

LPN_POSTING = (
    "Licensed Practical Nurse\n\nRequirements:\n- Current LPN license\n- BLS certification\n"
    "- Medication administration and vital signs\n"
)
ADMIN_POSTING = (
    "Patient Services Administrator\n\nRequirements:\n- Appointment scheduling\n- Medical records\n"
    "- Microsoft Office\n- Customer service\n"
)


def _resume(headline: str, title: str, extra: str = "") -> str:
    return (
        f"{headline}\n\nExperience\n{title}, Mercy Hospital, Jan 2018 - Jan 2023\n"
        "Took vital signs, administered medication, scheduled appointments, kept medical records.\n"
        f"{extra}\nCertifications\nBLS\n"
    )


def _level_of(text: str) -> dict[str, str]:
    document, mentions = resumematch.find_terms(text)
    from resumematch.resume.roles import find_roles

    fit = candidate_fit(document, find_roles(document), mentions)
    return {ladder: level.name for ladder, level in fit.levels.items()}


def test_the_nursing_ladder_is_ordered() -> None:
    rungs = {level.name: level for level in fit_data().level_by_term.values()}
    assert rungs["aide"].rank < rungs["LPN"].rank < rungs["RN"].rank
    lpn, rn, aide = rungs["LPN"], rungs["RN"], rungs["aide"]
    # The level asked first, then the levels next to it; a level below counts less than one above.
    assert ladder_credit(lpn, lpn) == 1.0
    assert 0 < ladder_credit(lpn, aide) < ladder_credit(lpn, rn) < 1.0
    assert ladder_credit(rn, aide) < ladder_credit(rn, lpn)


def test_titles_give_the_level_held_longest_phrase_first() -> None:
    assert _level_of(_resume("Jane Doe, RN", "Staff Nurse")) == {"nursing": "RN"}
    assert _level_of(_resume("Jane Doe", "Certified Nursing Assistant")) == {"nursing": "aide"}
    assert _level_of(_resume("Jane Doe", "Licensed Practical Nurse")) == {"nursing": "LPN"}
    # A PDF that lost its spaces still says who the candidate is.
    assert _level_of(_resume("STAFFNURSE", "StaffNurse")) == {"nursing": "RN"}


def test_a_registered_medical_assistant_stands_on_the_medical_assistants_rung() -> None:
    # The AMT's RMA is the AAMA's CMA by another board: a "CMA or RMA" post asks one rung.
    rungs = fit_data().level_by_term
    assert rungs["rma"] is rungs["cma"] is rungs["medical-assistant"]
    assert _level_of(_resume("Jane Doe, RMA (AMT)", "Registered Medical Assistant")) == {rungs["cma"].ladder: "MA"}


def test_a_licence_named_about_other_people_is_not_held() -> None:
    text = _resume("Jane Doe", "Unit Secretary", "Assisted registered nurses and reported to the charge RN.")
    assert _level_of(text) == {}
    assert _level_of(_resume("Jane Doe", "Physician Recruiter")) == {}


def test_an_lpn_posting_ranks_the_lpn_first_and_the_levels_near_it_next() -> None:
    job = resumematch.analyze(LPN_POSTING)
    assert posting_fit(job).level is not None and posting_fit(job).level.name == "LPN"
    scores = {
        name: resumematch.check(_resume(f"Jane Doe, {name}", title), job=job).score
        for name, title in [
            ("LPN", "Licensed Practical Nurse"),
            ("RN", "Registered Nurse"),
            ("CNA", "Nursing Assistant"),
        ]
    }
    scores["accountant"] = resumematch.check(_resume("Jane Doe", "Staff Accountant"), job=job).score
    assert scores["LPN"] > scores["RN"] > scores["CNA"] > scores["accountant"], scores


def test_a_required_licence_is_a_gate() -> None:
    job = resumematch.analyze(LPN_POSTING)
    report = resumematch.check(_resume("Jane Doe", "Nursing Assistant"), job=job)
    licence = next(p for p in report.parts if p.name == "licence level")
    gate = gate_factor(ladder_credit(fit_data_level("LPN"), fit_data_level("aide")))
    assert gate < GATE_FACTOR
    assert "required" in licence.detail and f"{gate:.0%}" in licence.detail
    assert report.score <= 100 * gate
    assert abs(sum(p.points for p in report.parts) - report.score) < 1e-9
    held = resumematch.check(_resume("Jane Doe, LPN", "Licensed Practical Nurse"), job=job)
    assert "required" not in next(p for p in held.parts if p.name == "licence level").detail


def fit_data_level(name: str):  # type: ignore[no-untyped-def]
    return next(level for level in fit_data().level_by_term.values() if level.name == name)


def test_the_gate_keeps_the_ladders_order_among_those_without_the_licence() -> None:
    aprn = resumematch.analyze(
        "Certified Registered Nurse Anesthetist (CRNA)\n\nRequirements:\n- Current CRNA certification\n"
        "- Patient care and medication administration\n"
    )
    rn = resumematch.check(_resume("Jane Doe, RN", "Registered Nurse"), job=aprn)
    aide = resumematch.check(_resume("Jane Doe, CNA", "Nursing Assistant"), job=aprn)
    accountant = resumematch.check(_resume("Jane Doe", "Staff Accountant"), job=aprn)
    details = [next(p.detail for p in r.parts if p.name == "licence level") for r in (rn, aide, accountant)]
    assert all("is required: every part counts" in d for d in details), details
    assert "24%" in details[0] and "13%" in details[1] and "13%" in details[2]
    assert rn.score > aide.score > accountant.score
    assert gate_factor(1.0) == pytest.approx(GATE_FACTOR) and gate_factor(0.0) == pytest.approx(GATE_FACTOR / 3)


def test_a_rung_below_the_gate_outranks_a_clinical_aide_sharing_more_words() -> None:
    # A nurse now working outside the ward still stands before an aide whose titles are all
    # clinical and who names every duty of the post: the ladder decides among the gated.
    midwife = resumematch.analyze(
        "Certified Nurse Midwife - Women's Health Clinic\n\nRequirements:\n- Current CNM licence\n"
        "- Vital signs, wound care, patient education and medication administration\n"
    )
    nurse = resumematch.check(
        "Healthcare Clinical Analyst\n\nExperience\nClinical Analyst, Acme Insurance, Jan 2019 - Jan 2024\n"
        "Reviewed appeals.\nRegistered Nurse, City Hospital, Jan 2012 - Dec 2018\n"
        "Gave medication administration and patient education.\n",
        job=midwife,
    )
    aide = resumematch.check(
        "Home Health Aide\n\nExperience\nHome Health Aide, Comfort Care, Jan 2019 - Jan 2024\n"
        "Took vital signs, did wound care, gave patient education and medication administration.\n"
        "Personal Care Aide, Sunrise Homes, Jan 2015 - Dec 2018\nHelped clients with daily living.\n",
        job=midwife,
    )
    assert nurse.score > aide.score, (nurse.score, aide.score)


_OFFICE = (
    "Maria Lopez\nOffice Receptionist\n\nExperience\nReceptionist, Lakeside Dental, Mar 2017 - Jun 2023\n"
    "Greeted patients and answered phones.\n\n"
)


@pytest.mark.parametrize(
    ("listed", "level"),
    [
        ("Education\nValley Technical College, 2016\nCertified Nurse Aide certificate\n", {"nursing": "aide"}),
        ("Skills\nState certified nursing assistant; bilingual Spanish\n", {"nursing": "aide"}),
        (
            "Education\nNorth County College\nPhlebotomy Certification, 2015\n",
            {"healthcare science": "healthcare science assistant"},
        ),
        ("Licenses\nFamily Nurse Practitioner, Ohio Board of Nursing, 2021\n", {"nursing": "APRN"}),
        # A licence is held only where licences are listed: a programme under Education may be unfinished.
        ("Education\nCity College, Registered Nurse (ADN) program, 2012 - 2014\n", {}),
        ("Education\nCity College\nLicensed Practical Nurse programme, 2019\n", {}),
        ("Skills\nCurrently pursuing CNA certification\n", {}),
    ],
)
def test_where_a_credential_listed_on_the_resume_is_held(listed: str, level: dict[str, str]) -> None:
    assert _level_of(_OFFICE + listed) == level


def test_a_care_post_ranks_the_certified_aide_above_the_same_office_worker_without() -> None:
    job = resumematch.analyze(
        "Care Assistant - Residential Home\n\nNo qualifications needed; we train you.\n"
        "Support residents with personal care, meals and activities.\n"
    )
    certified = resumematch.check(_OFFICE + "Education\nValley Technical College\nCNA certificate, 2016\n", job=job)
    plain = resumematch.check(
        _OFFICE + "Education\nValley Technical College\nOffice skills certificate, 2016\n", job=job
    )
    assert certified.score > plain.score


def test_role_family_outweighs_shared_words() -> None:
    admin = resumematch.analyze(ADMIN_POSTING)
    assert posting_fit(admin).family == "administrative"
    assert posting_fit(resumematch.analyze(LPN_POSTING)).family == "clinical"
    coordinator = resumematch.check(_resume("Patient Coordinator", "Patient Services Coordinator"), job=admin)
    accountant = resumematch.check(_resume("Staff Accountant", "Staff Accountant"), job=admin)
    assert coordinator.score > accountant.score

    def fit(report: resumematch.Report) -> float:
        return next(p.points / p.weight for p in report.parts if p.name == "role fit")

    assert fit(coordinator) == 1.0 and fit(accountant) < 0.5


def test_role_fit_of_an_unknown_candidate_is_low() -> None:
    document, mentions = resumematch.find_terms("Jane Doe\n\nHobbies: reading")
    fit = candidate_fit(document, (), mentions)
    credit = role_fit_credit(posting_fit(resumematch.analyze(LPN_POSTING)), fit)
    assert credit is not None and credit[0] == 0.0


def _row(name: str, shown: set[str], all_terms: list[str]) -> RankRow:
    matched = tuple(RowTerm(t, t, "required", "", "required", 1.0, 1.0) for t in all_terms if t in shown)
    missing = tuple(RowTerm(t, t, "required", None, "required", 1.0, 0.0) for t in all_terms if t not in shown)
    points = 60.0 * len(matched) / len(all_terms)
    parts = (("required terms", 60.0, points), ("role fit", 40.0, 10.0))
    return RankRow(file=name, score=round(points + 10, 1), parts=parts, matched=matched, missing=missing)


def test_idf_grows_as_a_term_gets_rarer() -> None:
    values = [idf(shown, 10) for shown in range(11)]
    assert all(a > b for a, b in pairwise(values))
    assert values[-1] > 0


def test_pool_weights_favour_the_rare_term_and_keep_the_range() -> None:
    terms = ["common", "rare"]
    rows = [_row(f"r{i}", {"common"}, terms) for i in range(8)] + [_row("has-rare", {"rare"}, terms)]
    rows.append(_row("both", {"common", "rare"}, terms))
    alone = {row.file: row.score for row in rows}
    assert alone["has-rare"] == alone["r0"]  # pool-independent: one term of two each
    weighted = {row.file: row for row in pool_weighted(rows)}
    assert weighted["has-rare"].score > weighted["r0"].score  # rarer term, more separating
    assert weighted["both"].score == alone["both"]  # all terms shown: nothing changes
    for row in weighted.values():
        assert 0 <= row.score <= 100
        assert abs(sum(p for _n, _w, p in row.parts) - row.score) < 0.06
        assert dict((n, w) for n, w, _p in row.parts) == {"required terms": 60.0, "role fit": 40.0}
    assert ranked(weighted.values())[0].file == "both"


def test_equally_common_terms_leave_scores_unchanged() -> None:
    terms = ["a", "b"]
    rows = [_row("x", {"a"}, terms), _row("y", {"b"}, terms)]
    assert [r.score for r in pool_weighted(rows)] == [r.score for r in rows]


def test_a_trainee_named_in_a_posting_text_does_not_make_it_junior() -> None:
    text = (
        "Program Coordinator\n\nYou will manage the trainee schedules of our apprentice and junior staff.\n\n"
        "Requirements:\n- Microsoft Office\n- Bachelor's degree\n"
    )
    assert posting_fit(resumematch.analyze(text)).seniority is None
    assert posting_fit(resumematch.analyze("Trainee Administrator\n\n" + text)).seniority == "junior"


def test_another_fields_shared_words_count_less_on_a_clinical_post() -> None:
    clinical = resumematch.analyze(
        "Falls Coordinator - Community\n\nRequirements:\n- Quality assurance\n- Stakeholder management\n"
    )
    marketer = resumematch.check(
        _resume(
            "Healthcare Marketing Specialist",
            "Marketing Specialist",
            "Led quality assurance and stakeholder management.",
        ),
        job=clinical,
    )
    fit = next(p for p in marketer.parts if p.name == "role fit")
    required = next(p for p in marketer.parts if p.name == "required terms")
    factor = field_words_factor(posting_fit(clinical), fit.points / fit.weight)
    assert 0.5 <= factor < 0.6 and f"count {factor:.0%}" in fit.detail
    assert required.points == pytest.approx(factor * required.weight)  # both terms shown, counted at the factor
    assert abs(sum(p.points for p in marketer.parts) - marketer.score) < 1e-9
    admin = resumematch.analyze(ADMIN_POSTING)
    assert field_words_factor(posting_fit(admin), 0.0) == 1.0
    office = resumematch.check(_resume("Healthcare Marketing Specialist", "Marketing Specialist"), job=admin)
    assert "count" not in next(p.detail for p in office.parts if p.name == "role fit")


def test_a_clinical_coordinators_post_expects_a_registered_clinician_without_a_gate() -> None:
    falls = resumematch.analyze("Falls Coordinator - Community\n\nRequirements:\n- Quality assurance\n- Patient care\n")
    fit = posting_fit(falls)
    assert fit.level is not None and fit.level.name == "RN" and not fit.level_required
    assert posting_fit(resumematch.analyze("Flow Coordinator Band 3\n\nPatient care.\n")).level is None
    rn = resumematch.check(_resume("Jane Doe, RN", "Registered Nurse"), job=falls)
    aide = resumematch.check(_resume("Jane Doe, CNA", "Nursing Assistant"), job=falls)
    licence = next(p for p in aide.parts if p.name == "licence level")
    assert "expected of a clinical coordinator" in licence.detail and "required" not in licence.detail
    assert licence.points == 0 and rn.score > aide.score


def test_a_medical_assistants_post_is_in_the_allied_assistants_family() -> None:
    """An MA's work (vitals, EKGs, blood draws beside a physician) is the allied assistants'
    (phlebotomist, EKG technician): their family fits fully, a care aide's is next to it."""
    job = resumematch.analyze("Certified Medical Assistant\n\nCMA required. Benefits: medical, dental, 401k.\n")
    assert posting_fit(job).family == "technician"

    def fit(report: resumematch.Report) -> float:
        return next(p.points / p.weight for p in report.parts if p.name == "role fit")

    phlebotomist = resumematch.check(_resume("Phlebotomist", "Phlebotomist"), job=job)
    aide = resumematch.check(_resume("Home Care Aide", "Home Care Aide"), job=job)
    assert fit(phlebotomist) > fit(aide) > 0.0


def test_a_medical_surgical_unit_is_no_operating_theatre() -> None:
    # "Medical/Surgical" names the general adult ward (med-surg), not perioperative work:
    # the longer phrase wins over "surgical".
    ward = posting_fit(
        resumematch.analyze("Health Unit Coordinator - Medical/Surgical Unit\n\nAnswer phones on our busy unit.\n")
    )
    assert ward.specialties == ("medical-surgical",)
    theatre = posting_fit(resumematch.analyze("Scrub Nurse - Surgical Theatres\n\nJoin our theatre team.\n"))
    assert "perioperative" in theatre.specialties and "medical-surgical" not in theatre.specialties


def test_an_office_post_open_to_nurses_reads_a_nurse_as_fully_as_an_administrator() -> None:
    # "Open to nursing and non-clinical applicants": a nurse is weighed by the clinical row,
    # an administrator and an aide by the office row as before; training "both clinical
    # and non-clinical" names no applicant and opens nothing.
    open_post = resumematch.analyze(
        "Discharge Coordinator\n\nThe post is open to nursing and non-clinical applicants with relevant experience.\n"
    )
    closed_post = resumematch.analyze(
        "Discharge Coordinator\n\nWe offer a variety of training, both clinical and non-clinical.\n"
    )
    assert posting_fit(open_post).family == "administrative" and posting_fit(open_post).also_family == "clinical"
    assert posting_fit(closed_post).also_family is None

    def resume(title: str, duty: str) -> str:
        return f"Jane Doe\n{title}\n\nExperience\n{title}, City Hospital, Jan 2015 - Jan 2023\n{duty}\n"

    def role_fit(text: str, job: resumematch.JobProfile) -> float:
        part = next(p for p in resumematch.check(text, job=job).parts if p.name == "role fit")
        return part.points / part.weight

    nurse = resume("Staff Nurse", "Cared for patients on a busy ward.")
    aide = resume("Healthcare Assistant", "Helped patients wash and dress.")
    clerk = resume("Office Administrator", "Filed letters.")
    assert role_fit(nurse, open_post) == pytest.approx(1.0)
    assert role_fit(nurse, closed_post) < 0.5
    assert role_fit(aide, open_post) == pytest.approx(role_fit(aide, closed_post))
    assert role_fit(aide, open_post) < 0.5
    assert role_fit(clerk, open_post) == pytest.approx(role_fit(clerk, closed_post))


def test_a_clinical_coders_post_is_an_office_post() -> None:
    """'Clinical' in 'Clinical Coder' names the records coded, not clinical work: the post
    is administrative (coding, as 'medical coder'), where a care aide is no match."""
    job = resumematch.analyze("Clinical Coder\n\nAssign ICD-10 codes to inpatient episodes from the case notes.\n")
    assert posting_fit(job).family == "administrative"
    job = resumematch.analyze("Clinical Coding Manager\n\nLead the coding team.\n")
    assert posting_fit(job).family != "clinical"


def test_new_graduates_the_hire_precepts_do_not_make_a_junior_post() -> None:
    # "Precepts new graduates" names people the hire teaches: the ICU post asks for two
    # years, not for a new graduate; "newly qualified nurses are welcome" still does.
    icu = resumematch.analyze(
        "Registered Nurse - ICU\n\nResponsibilities\n\n- Precepts new graduates and nursing students\n\n"
        "Required\n\n- Minimum 2 years of recent adult ICU experience\n"
    )
    assert posting_fit(icu).seniority != "junior"
    ward = resumematch.analyze("Staff Nurse\n\nNewly qualified nurses are welcome to apply.\n")
    assert posting_fit(ward).seniority == "junior"


def test_a_clinical_title_names_no_clinic() -> None:
    # "Clinical" holds the letters of "clinic" (primary care); a posting's title keeps its
    # spaces, so its specialties are read as whole words.
    coder = posting_fit(resumematch.analyze("Clinical Coder\n\nCode inpatient episodes.\n"))
    assert "primary care" not in coder.specialties
    clinic = posting_fit(resumematch.analyze("Outpatient Clinic Receptionist\n\nBook patients in.\n"))
    assert "primary care" in clinic.specialties


def _career(*roles: tuple[str, str]) -> str:
    lines = "\n".join(f"{title}, Company Name, {dates}\nDuties as listed.\n" for title, dates in roles)
    return f"Jane Doe\n\nExperience\n{lines}\nSkills\nMicrosoft Office\n"


def test_an_old_roles_level_is_background_not_what_the_candidate_is() -> None:
    # A practice manager whose third role, ended fifteen years before its newest date, was an aide's.
    manager = _career(
        ("Practice Manager", "Jan 2019 - Jan 2024"),
        ("Office Manager", "Jan 2014 - Dec 2018"),
        ("Certified Nursing Assistant", "Jan 2000 - Jan 2004"),
    )
    assert _level_of(manager) == {}
    document, mentions = resumematch.find_terms(manager)
    from resumematch.resume.roles import find_roles

    # Background, credited in part on an aide's post: less than an aide today, more than none.
    aide_post = posting_fit(resumematch.analyze("Certified Nursing Assistant\n\nProvide personal care.\n"))
    background = licence_credit(aide_post, candidate_fit(document, find_roles(document), mentions))
    assert background is not None and background[0] == pytest.approx(0.5)


def test_a_recent_or_listed_level_still_counts_however_old_the_role() -> None:
    # The last two roles are what the candidate is, whatever their age.
    assert _level_of(_career(("Office Manager", "Jan 2019 - Jan 2024"), ("CNA", "Jan 2000 - Jan 2004"))) == {
        "nursing": "aide"
    }
    # A third role within seven years of the newest date is recent.
    recent = _career(
        ("Practice Manager", "Jan 2021 - Jan 2024"),
        ("Office Manager", "Jan 2019 - Dec 2020"),
        ("Certified Nursing Assistant", "Jan 2015 - Jan 2018"),
    )
    assert _level_of(recent) == {"nursing": "aide"}
    # An open end is the day the resume is read, not written: the open role gives its start.
    open_ended = _career(
        ("Practice Manager", "Jan 2009 - Present"),
        ("Office Manager", "Jan 2007 - Dec 2008"),
        ("Certified Nursing Assistant", "Jan 2003 - Jan 2006"),
    )
    assert _level_of(open_ended) == {"nursing": "aide"}
    # A licence listed as held counts, whatever the age of the role that used it.
    listed = _career(
        ("Practice Manager", "Jan 2019 - Jan 2024"),
        ("Office Manager", "Jan 2014 - Dec 2018"),
        ("Registered Nurse", "Jan 2000 - Jan 2004"),
    ).replace("Skills\n", "Licenses\nRegistered Nurse, Ohio Board of Nursing\n\nSkills\n")
    assert _level_of(listed) == {"nursing": "RN"}


def test_a_tech_short_form_names_its_rung_when_recent_only() -> None:
    assert _level_of(_career(("Pharmacy Tech", "Jan 2019 - Jan 2024"), ("Cashier", "Jan 2015 - Dec 2018"))) == {
        "pharmacy": "pharmacy technician"
    }
    assert _level_of(_career(("Patient Care Tech", "Jan 2019 - Jan 2024"), ("Cashier", "Jan 2015 - Dec 2018"))) == {
        "nursing": "aide"
    }
    # An administrator's "Pharmacy Tech" role of long ago is background, not a level held.
    administrator = _career(
        ("Practice Administrator", "Jan 2016 - Jan 2024"),
        ("Office Manager", "Jan 2010 - Dec 2015"),
        ("Pharmacy Tech", "Jan 2005 - Jan 2008"),
    )
    assert _level_of(administrator) == {}
