"""Rules from the sixth probe of postings (#20): a colleague's degrees and licences after
their name ("Dr. Elena Vasquez, DNP, PMHNP-BC") are theirs, not the hire's; information
technology and data, marketing and hospitality are fields of their own; a ward
housekeeper's post asks no healthcare work."""

from __future__ import annotations

import resumematch
from resumematch.posting.prose import SENTENCE_SPLIT
from resumematch.scoring.fit import FAMILIES, fit_data, posting_fit

SIXTEENTH_SESSION_FIELDS = ("finance", "procurement", "facilities", "education")
"""Fields with rows of their own since the sixteenth session: not older posts."""

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


def _resume(headline: str, title: str, duties: str) -> str:
    return (
        f"Jane Doe\n{headline}\n\nExperience\n{title}, Northfield Group, Jan 2016 - Jan 2023\n{duties}\n"
        "\nEducation\nBachelor of Science in Business Administration\n"
    )


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


ANALYST = (
    "Information Analyst (Business Intelligence), Band 5\nHarrowden Vale NHS Foundation Trust\n\n"
    "You will write SQL queries against the Trust's data warehouse and build Power BI dashboards on "
    "waiting lists, referrals and length of stay for ward managers and clinicians.\n\n"
    "Person specification\nEssential: Experience of writing SQL queries and of producing reports\n"
    "Essential: Advanced Excel\nDesirable: Experience of NHS patient administration systems data\n"
)
HOUSEKEEPER = (
    "Ward Housekeeper, Band 2\nEastbrook Community Hospitals NHS Trust\n\n"
    "Our ward housekeepers make sure that patients on our rehabilitation wards are well fed and that the "
    "ward is clean. You will serve patients' meals, follow food hygiene rules and order ward stock.\n\n"
    "What we are looking for\n* Experience of catering, food service, housekeeping or cleaning work is essential\n"
)


def test_analysts_marketers_and_housekeepers_posts_have_families_of_their_own() -> None:
    def family(title: str) -> str | None:
        return posting_fit(resumematch.analyze(f"{title}\n\nJoin our hospital team.\n")).family

    assert family("Epic Application Analyst II - Ambulatory") == "it"
    assert family("Information Analyst (Business Intelligence), Band 5") == "it"
    assert family("Marketing and Communications Coordinator") == "marketing"
    assert family("Ward Housekeeper, Band 2") == "hospitality"  # not the clinical "ward"
    assert family("Ward Clerk / Receptionist, Band 2") == "administrative"
    # A software product manager and a computer technician are IT people, not an
    # "other" manager or an allied health technician.
    assert family("Healthcare Product Manager") == "it"
    assert family("Computer Technician") == "it"
    assert family("Pharmacy Technician") == "technician"


def test_the_new_fields_are_read_as_other_by_every_older_post() -> None:
    data = fit_data()
    assert {"it", "marketing", "hospitality"} <= data.field_families
    new = ("it", "marketing", "hospitality")
    for row, columns in data.family_fit.items():
        assert set(columns) == set(FAMILIES)
        # The twentieth session's community row names its own neighbours (education among them).
        if row not in new and row not in ("other", "community") and row not in SIXTEENTH_SESSION_FIELDS:
            assert all(columns[f] == columns["other"] for f in new)


def test_a_bi_analyst_outranks_a_practice_manager_naming_the_ehr_for_an_analysts_post() -> None:
    job = resumematch.analyze(ANALYST)
    analyst = resumematch.check(
        _resume(
            "Senior Analyst - Business Intelligence - Healthcare",
            "Business Intelligence Analyst",
            "Wrote SQL queries and Tableau dashboards on pharmacy sales; built Excel reports for managers.",
        ),
        job=job,
    )
    manager = resumematch.check(
        _resume(
            "Practice Manager",
            "Practice Manager",
            "Ran a physician practice: referrals, medical records, patient scheduling and the Epic EHR.",
        ),
        job=job,
    )
    assert "is healthcare work in the post's field" in _part(analyst, "healthcare work").detail
    assert analyst.score > manager.score


def test_a_chef_outranks_a_receptionist_for_a_ward_housekeepers_post() -> None:
    job = resumematch.analyze(HOUSEKEEPER)
    assert posting_fit(job).family == "hospitality"
    chef = resumematch.check(
        _resume("Catering Chef", "Catering Chef", "Prepared and served meals for 300 guests; kept the kitchen clean."),
        job=job,
    )
    receptionist = resumematch.check(
        _resume(
            "Medical Receptionist",
            "Medical Receptionist",
            "Registered patients at the hospital front desk and kept medical records.",
        ),
        job=job,
    )
    # Catering and cleaning are the same work in a hotel: the post asks no healthcare work.
    assert all(p.name != "healthcare work" or p.weight == 0 for p in chef.parts)
    assert chef.score > receptionist.score


def test_the_new_families_phrases_are_not_read_inside_common_words() -> None:
    # Titles are also read without their spaces, so a short phrase would be found inside
    # a name or a skill: "Brandon", "Supporter", "Anti-money Laundry", "Communication skills".
    from resumematch.scoring.fit_data import family_votes

    for title in ("Brandon Smith", "Supporter", "Reporter", "Anti-money Laundry", "Communication skills"):
        assert not {"it", "marketing", "hospitality"} & set(family_votes(title)), title
    assert "marketing" in family_votes("Communications Coordinator")
    assert "hospitality" in family_votes("Hospital Porter")
