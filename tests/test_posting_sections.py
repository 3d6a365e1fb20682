"""How a posting's sections and lead-in lines decide which statements are requirements, and of what kind."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.statements import main_clause_end, read_statement, statement_kind


def _kinds(text: str) -> dict[str, str]:
    return {r.text: r.kind for r in resumematch.analyze(text).requirements}


def test_nhs_full_stop_bullets_under_essential_and_desirable_criteria() -> None:
    kinds = _kinds(
        "Staff Nurse\nCity Hospital\n\nEssential criteria:\n\n. RMN / RNLD\n\n"
        ". Good working knowledge of the Mental Health Act\n\nDesirable Criteria\n\n"
        ". Experience of working in Acute services\n"
    )
    assert kinds == {
        "RMN / RNLD": "required",
        "Good working knowledge of the Mental Health Act": "required",
        "Experience of working in Acute services": "preferred",
    }


@pytest.mark.parametrize(
    ("lead_in", "kind"),
    [
        ("Apply to this position if you are:", "required"),
        ("The successful candidate will have:", "required"),
        ("You will ideally have the following:", "preferred"),
        ("Ideal candidates will have the following:", "preferred"),
    ],
)
def test_a_line_leading_in_to_what_the_candidate_is_asked_heads_a_list(lead_in: str, kind: str) -> None:
    kinds = _kinds(
        f"Staff Nurse\nCity Hospital\n\nAbout the role\nWe run a busy ward.\n\n{lead_in}\n\n"
        "BLS certification\nTeam player\n"
    )
    assert kinds == {"BLS certification": kind, "Team player": kind}


def test_a_lead_in_to_duties_heads_no_requirements() -> None:
    kinds = _kinds("Staff Nurse\nCity Hospital\n\nYou will be responsible for:\n\nDischarge planning\n")
    assert "Discharge planning" not in kinds


def test_a_statement_that_says_it_is_required_stays_required_under_a_wishes_heading() -> None:
    assert statement_kind("Commitment to progressive change required", "preferred") == "required"
    assert statement_kind("Good-humored, team player a must", "preferred") == "required"
    assert statement_kind("Experience with Epic", "preferred") == "preferred"
    assert statement_kind("Degree not required", "preferred") == "preferred"
    assert read_statement("BLS certification is mandatory", "preferred").kind == "required"


def test_ideally_before_a_phrase_softens_only_that_phrase() -> None:
    facts = read_statement("Post registration experience ideally of working in more than one clinical area")
    assert facts.kind == "required"
    assert read_statement("Ideally you will have a degree in nursing").kind == "preferred"
    assert read_statement("You will ideally have a degree in nursing").kind == "preferred"


def test_prose_after_a_sections_list_is_read_as_in_a_posting_without_headings() -> None:
    kinds = _kinds(
        "Staff Nurse\nCity Hospital\n\nDesirable Criteria\n\n- Experience of working in Acute services\n\n"
        "The successful candidate must possess excellent clinical and communication skills and enthusiasm.\n\n"
        "Our hospital has seven wards and a community house close to the town centre.\n"
    )
    assert kinds == {
        "Experience of working in Acute services": "preferred",
        "The successful candidate must possess excellent clinical and communication skills and enthusiasm.": "required",
    }


def test_a_heading_naming_duties_anywhere_heads_no_requirements() -> None:
    kinds = _kinds(
        "Research Analyst\nBISC\n\nRequirements:\n- Experience in data analysis\n\n"
        "Additional responsibilities:\n- Represent the team by attending meetings of partners\n"
    )
    assert kinds == {"Experience in data analysis": "required"}


def test_a_question_heading_that_names_what_is_needed_heads_requirements() -> None:
    kinds = _kinds(
        "Clinical Assistant Administrator\nInHealth\n\n"
        "What are the key responsibilities of the role?\n\n- Greeting patients and their carers\n\n"
        "What skills and experience will you need to apply?\n\n- Using Microsoft packages and other IT systems\n\n"
        "What can we offer you?\n\n- Company pension scheme\n"
    )
    assert kinds == {"Using Microsoft packages and other IT systems": "required"}


def test_a_recruiting_hook_put_as_a_question_is_no_heading() -> None:
    profile = resumematch.analyze(
        "Research Nurse\nCity Hospital\n\nAre you looking for a new challenge?\n\n"
        "You will be working closely with a large multidisciplinary clinical trials team and patients.\n"
        "You must hold current NMC registration.\n"
    )
    assert [r.text for r in profile.requirements] == ["You must hold current NMC registration."]


def test_a_labelled_line_under_a_requirements_heading_is_one_requirement() -> None:
    kinds = _kinds(
        "Research Analyst\nBISC\n\nIdeal candidates will have the following:\n\n"
        "Report Writing: An ability to compose findings in written format with minimal guidance. "
        "Demonstrated ability to write clearly and effectively.\n"
        "Attention to Detail: Proven attention to detail in previous work or projects.\n"
    )
    assert kinds == {
        "Report Writing: An ability to compose findings in written format with minimal guidance. "
        "Demonstrated ability to write clearly and effectively.": "preferred",
        "Attention to Detail: Proven attention to detail in previous work or projects.": "preferred",
    }


@pytest.mark.parametrize(
    "statement",
    [
        "The post holder will be a nurse holding either ENB 176/183 or equivalent.",
        "The ability to supervise and coach junior staff will also be necessary for this busy theatre.",
        "Exceptional personal and organisational attributes in this role.",
        "You are an excellent team player with a caring approach to the ward's patients.",
        "The successful applicant will be expected to be flexible with regards to cover for absences.",
    ],
)
def test_equivalents_necessities_and_abilities_are_asked_of_the_candidate(statement: str) -> None:
    profile = resumematch.analyze(f"Theatre Nurse\nCity Hospital\n\n{statement}\n")
    assert [r.text for r in profile.requirements] == [statement]


def test_a_second_verb_of_what_the_candidate_has_starts_a_second_requirement() -> None:
    profile = resumematch.analyze(
        "Youth Support Worker\nCity Council\n\n"
        "With experience of working in partnership, you will understand safeguarding policy and practice "
        "and have the ability to assess and address risk.\n"
    )
    assert [r.text for r in profile.requirements] == [
        "With experience of working in partnership, you will understand safeguarding policy and practice",
        "have the ability to assess and address risk.",
    ]


def test_a_licence_and_the_skills_after_a_comma_are_two_requirements() -> None:
    profile = resumematch.analyze(
        "Staff Nurse\nCity Hospital\n\nAbout You\n\n"
        "You should be educated to 1st level RGN, have excellent verbal and written communication skills "
        "and be able to prioritise workload.\n"
    )
    first, second = profile.requirements
    assert first.text == "You should be educated to 1st level RGN"
    assert second.text == "have excellent verbal and written communication skills and be able to prioritise workload."
    assert "communication-skills" in second.term_ids and "communication-skills" not in first.term_ids


def test_a_duty_sentence_is_not_cut_into_requirements() -> None:
    profile = resumematch.analyze(
        "Ward Manager\nCity Hospital\n\nYou must hold current NMC registration.\n"
        "Further to this the successful candidate will work closely with the Director to ensure and "
        "demonstrate the delivery of a high standard of care.\n"
    )
    assert [r.text for r in profile.requirements] == ["You must hold current NMC registration."]


@pytest.mark.parametrize(
    "statement",
    [
        "Have a person centred ethos, showing empathy and a desire to make a difference",
        "Hold a current full UK driving licence and access to a car for work",
    ],
)
def test_what_the_candidate_is_told_to_have_is_a_requirement(statement: str) -> None:
    profile = resumematch.analyze(f"Staff Nurse\nCity Hospital\n\n{statement}\n")
    assert [r.text for r in profile.requirements] == [statement]


@pytest.mark.parametrize(
    "statement",
    [
        "For Band 1 and Band 2 posts, the cost of the DBS Disclosure will be met by the Trust.",
        "The experienced and supportive team will assist with your integration and will offer you support.",
        "You will have a supernumerary induction period and time to visit the specialties.",
        "Some duties will take place in other parts of the health board as needed.",
        "If you're passionate about what you do, we want to talk to you!",
    ],
)
def test_what_the_employer_pays_for_or_gives_is_no_requirement(statement: str) -> None:
    profile = resumematch.analyze(f"Staff Nurse\nCity Hospital\n\nAbout you\n{statement}\nBLS certification\n")
    assert [r.text for r in profile.requirements] == ["BLS certification"]


def test_an_articles_question_heading_that_does_not_ask_the_reader_heads_no_requirements() -> None:
    profile = resumematch.analyze(
        "Clinical Coordinator\n\nWhat Skills Do Effective Clinical Coordinators Have?\n\n"
        "Effective clinical coordinators need several specific skills.\n\nRequirements\n\n- BLS certification\n"
    )
    assert [r.text for r in profile.requirements] == ["BLS certification"]


def test_a_requirement_written_as_a_field_is_no_heading() -> None:
    kinds = _kinds(
        "Staff Physician\nClinic\n\nMinimum Qualifications:\n\n"
        "Five or more years of clinical experience in reproductive healthcare.\n\nLicense: MD/DO\n\n"
        "Preferred Qualifications:\n\nFive years’ experience in second trimester procedures and care.\n"
    )
    assert kinds == {
        "Five or more years of clinical experience in reproductive healthcare.": "required",
        "License: MD/DO": "required",
        "Five years' experience in second trimester procedures and care.": "preferred",
    }


def test_an_introduction_that_states_a_requirement_outright() -> None:
    kinds = _kinds(
        "Site Coordinator\nCity Hospital\n\nOur hospital has 7 wards, 4 of which are admission wards. The successful "
        "candidate therefore must be competent in the management of referrals and be able to prioritise admissions.\n\n"
        "Essential criteria:\n\n. RMN / RNLD\n\nMain duties\n\nYou must be ready to cover the wards at night and "
        "write the handover.\n"
    )
    assert kinds == {
        "The successful candidate therefore must be competent in the management of referrals and be able to "
        "prioritise admissions.": "required",
        "RMN / RNLD": "required",
    }


def test_an_article_under_a_question_to_the_reader_states_no_requirement() -> None:
    kinds = _kinds(
        "Clinical Coordinator\n\nWhat Skills Do Effective Clinical Coordinators Have?\n\n"
        "Coordinators need many skills. You must have a strong understanding of hospital procedures in this role.\n\n"
        "Requirements\n- BLS certification\n"
    )
    assert kinds == {"BLS certification": "required"}


def test_a_sentence_asking_two_things_gives_two_requirements() -> None:
    kinds = _kinds(
        "Ward Manager\n\nRequirements\n\nThey must be a good and effective communicator and demonstrate problem "
        "solving skills with the ability to work under pressure.\n"
    )
    assert kinds == {
        "They must be a good and effective communicator": "required",
        "demonstrate problem solving skills with the ability to work under pressure.": "required",
    }


def test_a_lead_in_ending_in_a_label_heads_the_list_after_it() -> None:
    kinds = _kinds(
        "Healthcare Assistant\nPriory Group\n\n"
        "To be successful as Rehabilitation Assistant (Days), you'll need: Skills and Knowledge:\n\n"
        "- Good communication skills\n\n- Common sense approach to problem solving\n\n"
        "What we would like to give you:\n\n- Free meals while on duty\n\n- Career development\n\n"
        "About us\n\nFrom education to hospitals, the Priory Group of Companies offers tailored treatment programmes.\n"
    )
    assert kinds == {"Good communication skills": "required", "Common sense approach to problem solving": "required"}


def test_headings_ending_in_an_ellipsis_lead_in_as_a_colon_does() -> None:
    kinds = _kinds(
        "Bank Support Worker\nCygnet Health Care\n\nYour Day-to-Day…\n\n"
        "- Learn about individuals' specific needs & provide help in the most appropriate way\n\n"
        "You are…\n\n- Genuinely driven with a desire to make a real difference in people's lives\n\n"
        "- Helping to empower & support service user independence.\n\n"
        "Why Cygnet? We'll offer you…\n\n- Regular coaching & appraisal\n\n- Expert supervision & peer support\n"
    )
    assert kinds == {
        "Genuinely driven with a desire to make a real difference in people's lives": "required",
        "Helping to empower & support service user independence.": "required",
    }


def test_a_heading_with_slashes_between_its_words_is_still_a_heading() -> None:
    kinds = _kinds(
        "Staff Nurse\nCity Hospital\n\nAbout You (Candidate)\n\n"
        "Excellent communication skills are essential for this role.\n\n"
        "About the Division / Speciality / Service :-\n\n"
        "An 18 bedded unit with an outpatient dressing clinic and a regional burns service\n"
    )
    assert kinds == {"Excellent communication skills are essential for this role.": "required"}


def test_a_disclosure_section_states_the_check_every_applicant_must_pass() -> None:
    kinds = _kinds(
        "Healthcare Assistant\nPriory Group\n\nRequirements\n\n- Good communication skills\n\n"
        "About us\n\nWe run hospitals and care homes.\n\nDisclosure\n\n"
        "All roles will be subject to a successful disclosure from the Disclosure and Barring Service.\n"
    )
    assert kinds == {
        "Good communication skills": "required",
        "All roles will be subject to a successful disclosure from the Disclosure and Barring Service.": "required",
    }


def test_what_the_holder_is_expected_to_do_is_a_duty() -> None:
    profile = resumematch.analyze(
        "Theatre Nurse\nCity Hospital\n\n"
        "The successful candidate will be expected to organise and oversee the delivery of the orthopaedic service.\n"
    )
    assert profile.requirements == ()


def test_a_sentence_in_a_list_that_lost_its_bullets_is_an_item_of_it() -> None:
    kinds = _kinds(
        "Research Analyst\nBISC\n\nAdditional skills:\n"
        "Familiarity with and interest in opinion research.\n"
        "Some experience leading and facilitating meetings and trainings/workshops and giving presentations.\n"
        "Adept at cross-team collaboration - internal and external - ensuring that relevant stakeholders are "
        "engaged in discussions.\n"
    )
    assert list(kinds) == [
        "Familiarity with and interest in opinion research.",
        "Some experience leading and facilitating meetings and trainings/workshops and giving presentations.",
        "Adept at cross-team collaboration - internal and external - ensuring that relevant stakeholders are "
        "engaged in discussions.",
    ]


def test_lines_of_several_sentences_under_a_requirements_heading_are_prose() -> None:
    kinds = _kinds(
        "Staff Nurse\nCity Hospital\n\nAbout You (Candidate)\n"
        "Both ward areas have a supportive, caring and skilled team of nurses dedicated to patient care. "
        "Excellent communication skills are essential for this role.\n"
        "Patients are both elective and emergency admissions and it is a fast paced ward. "
        "You should be educated to 1st level RGN.\n"
    )
    assert list(kinds) == [
        "Excellent communication skills are essential for this role.",
        "You should be educated to 1st level RGN.",
    ]


def test_what_a_duty_makes_essential_is_a_requirement() -> None:
    profile = resumematch.analyze(
        "Deputy Ward Manager\nCity Hospital\n\n"
        "The successful post holder will in the absence of the Ward Manager oversee the management of the ward "
        "and therefore leadership qualities, skills and attributes would be essential for the successful candidate.\n"
    )
    assert [r.text for r in profile.requirements] == [
        "leadership qualities, skills and attributes would be essential for the successful candidate."
    ]


def test_the_title_line_asks_nothing_though_it_names_a_licence() -> None:
    profile = resumematch.analyze(
        "Registered Nurse - All Specialties (Bank and Permanent Posts)\nBedfordshire Hospitals NHS Foundation Trust\n\n"
        "You must hold current NMC registration.\n"
    )
    assert profile.title == "Registered Nurse - All Specialties (Bank and Permanent Posts)"
    assert [r.text for r in profile.requirements] == ["You must hold current NMC registration."]
    assert "registered-nurse" in {t.term_id for t in profile.terms}


def test_a_bare_list_keeps_its_first_line_as_a_requirement() -> None:
    texts = [
        r.text for r in resumematch.analyze("Registered Nurse license\nBLS certification\nTeam player\n").requirements
    ]
    assert texts[0] == "Registered Nurse license"


def test_the_employers_side_of_a_requirements_heading_heads_requirements() -> None:
    kinds = _kinds(
        "Certified Medical Assistant\nCoastal Clinic\n\nWhat you will do:\n\n-Room patients and take vital signs\n\n"
        "What we need:\n\n-BLS certification\n-Dermatology experience preferred\n"
    )
    assert kinds.get("-BLS certification") == "required"
    assert kinds.get("-Dermatology experience preferred") == "preferred"
    assert not any("Room patients" in text for text in kinds)


def test_essential_functions_are_duties_not_requirements() -> None:
    kinds = _kinds(
        "Patient Access Representative\nLakeview Hospital\n\n**Essential Functions**\n\n"
        "* Verify insurance coverage and benefits\n* Schedule outpatient appointments\n\n"
        "**Qualifications**\n\n* High school diploma or GED required\n"
    )
    assert "Verify insurance coverage and benefits" not in kinds
    assert "High school diploma or GED required" in kinds


@pytest.mark.parametrize(
    "statement",
    [
        "Excellent communication skills and telephone manner",
        "Basic IT skills including Microsoft Word and email are essential",
        "Experience answering the telephone in a busy office",
        "Experience of telephone triage in a GP surgery",
    ],
)
def test_telephone_and_email_as_skills_are_asked_of_the_candidate(statement: str) -> None:
    kinds = _kinds(f"Ward Clerk\nCity Hospital\n\nPerson specification\n\n{statement}\n")
    assert kinds == {statement: "required"}


def test_a_contact_line_naming_a_telephone_or_email_stays_no_requirement() -> None:
    kinds = _kinds(
        "Ward Clerk\nCity Hospital\n\nPerson specification\n\nGood keyboard skills\n"
        "Telephone number 01632 960330\nEmail address paul.okafor@nhs.net\n"
    )
    assert kinds == {"Good keyboard skills": "required"}


def test_us_equal_employment_text_and_open_invitations_are_no_requirements() -> None:
    kinds = _kinds(
        "Licensed Practical Nurse\nMaple Grove\n\nQualifications\n\n- Current LPN license (required)\n"
        "- New graduates are welcome to apply\n\n"
        "All qualified applicants will receive consideration for employment without regard to race, color, "
        "religion, sex or national origin.\n"
    )
    assert kinds == {"Current LPN license (required)": "required"}


@pytest.mark.parametrize(
    "heading",
    ["Job Requirements", "Minimum Requirements", "Your Qualifications", "Licenses and Certifications", "Competencies"],
)
def test_a_qualified_requirements_heading_heads_requirements_beside_a_preferred_one(heading: str) -> None:
    kinds = _kinds(
        f"Medical Receptionist\nValley Family Medicine\n\nJob Duties\n- Greet patients and check them in\n\n"
        f"{heading}\n- Excellent communication skills\n- Current BLS certification\n\n"
        "Preferred Qualifications\n- Experience with eClinicalWorks\n"
    )
    assert kinds == {
        "Excellent communication skills": "required",
        "Current BLS certification": "required",
        "Experience with eClinicalWorks": "preferred",
    }


@pytest.mark.parametrize(
    ("statement", "main"),
    [
        ("BLS certification, and ACLS would be an advantage", "BLS certification"),
        ("Good IT skills; knowledge of SystmOne would be beneficial", "Good IT skills"),
        ("A nursing degree, ACLS is a plus", "A nursing degree"),
    ],
)
def test_a_trailing_clause_that_says_it_is_wished_for_softens_only_itself(statement: str, main: str) -> None:
    assert statement_kind(statement) == "required"
    assert main_clause_end(statement) == len(main)


@pytest.mark.parametrize(
    "statement",
    [
        "Experience with Epic, which is desirable",
        "Knowledge of Epic, this is desirable",
        "Phlebotomy experience, it would be an advantage",
        "A degree in nursing, although not essential, is desirable",
    ],
)
def test_a_trailing_clause_that_speaks_of_the_main_one_softens_it_whole(statement: str) -> None:
    assert statement_kind(statement) == "preferred"


def test_an_nhs_prose_sentence_asks_its_main_clause_and_wishes_its_trailing_one() -> None:
    job = resumematch.analyze(
        "Healthcare Support Worker - Band 3\nWestmoor Hospitals NHS Trust\n\n"
        "The successful candidate will have NVQ Level 3 in Health and Social Care or equivalent experience, "
        "and the Care Certificate would be an advantage.\n"
    )
    assert [r.kind for r in job.requirements] == ["required"]
    assert {t.term_id: t.kind for t in job.terms}["certified-nursing-assistant"] == "preferred"
