"""Titles and licences a posting names as someone else are no terms it asks for."""

from __future__ import annotations

import pytest

import resumematch
from resumematch.errors import VocabError
from resumematch.posting.others import names_someone_else
from resumematch.posting.posting_people_rules import PostingPeopleRules, default_posting_people_rules


def _at(text: str, name: str, category: str = "title") -> bool:
    start = text.index(name)
    return names_someone_else(text, start, start + len(name), category)


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("The phlebotomist is accountable to the registered nurses in the team.", "registered nurses", "license"),
        ("Working under the direct supervision of a qualified nurse you will take bloods.", "nurse", "title"),
        ("The flow coordinator supports the Nurse in charge to ensure patients move safely.", "Nurse", "title"),
        ("Reporting to our Director of Clinical Services, you will run the site.", "Director", "title"),
        (
            "You will supervise all the registered nurses and healthcare assistants.",
            "healthcare assistants",
            "certification",
        ),
    ],
)
def test_someone_the_hire_works_with(text: str, name: str, category: str) -> None:
    assert _at(text, name, category)


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # colleagues, with no determiner, and the list they stand in
        (
            "You will work alongside physiotherapists and registered nurses on every shift.",
            "registered nurses",
            "license",
        ),
        ("Liaising with GPs, district nurses and social workers to plan discharges.", "nurses", "title"),
        # the trainees or learners the post serves
        ("Deliver teaching to junior doctors, nurses and healthcare assistants.", "nurses", "title"),
        (
            "Our simulation suite runs training for healthcare staff including registered nurses, midwives and ODPs.",
            "registered nurses",
            "license",
        ),
        (
            "The academy expands training of clinicians such as nurse practitioners and midwives.",
            "nurse practitioners",
            "license",
        ),
        # a team described by who is in it, a parenthesis skipped on the way
        (
            "The hub is staffed by a mix of clinicians (depending on demand) including GPs, Paramedics, "
            "Nurses and pharmacists.",
            "Nurses",
            "title",
        ),
        ("The ward team is made up of consultants, specialty doctors and charge nurses.", "charge nurses", "title"),
        ("Provide administrative support to a busy team of nurse practitioners.", "nurse practitioners", "license"),
        # the person the hire reports to, with their licence in brackets or after a label
        ("Reporting to the Theatre Manager (RN), you will order stock.", "RN", "license"),
        ("Reports to: Nurse Manager", "Nurse Manager", "title"),
        ("Line managed by the Lead Nurse for Infection Prevention.", "Nurse", "title"),
        # whom the hire's work is for, and a team described by who is in it
        ("Coordinate schedules for physicians and nurse practitioners.", "nurse practitioners", "license"),
        ("Our team includes GPs, paramedics and nurse practitioners.", "nurse practitioners", "license"),
        ("Patients are referred by GPs and nurse practitioners.", "nurse practitioners", "license"),
        ("Reports to: Director of Nursing and the Nurse Manager", "Nurse Manager", "title"),
        # a skill written as the people who practise it
        ("You will book clinics for the team, supporting practice nurses and GPs.", "practice nurses", "hard_skill"),
    ],
)
def test_people_the_hire_supports_trains_or_serves(text: str, name: str, category: str) -> None:
    assert _at(text, name, category)


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        (
            "Staff Bank Services are currently seeking Registered Nurses to work in Critical Care.",
            "Registered Nurses",
            "license",
        ),
        ("The post holder will be a nurse holding either ENB 176/183 or equivalent.", "nurse", "title"),
        ("We are looking for an experienced RMN who is highly motivated.", "RMN", "license"),
        ("Applicants must be registered with a BLS certification.", "BLS certification", "certification"),
        # a comma ends the clause: the cue before it is another clause's
        ("Working with the team, a registered nurse will lead each shift.", "registered nurse", "license"),
        ("Supporting adults with learning disabilities, an RNLD is required.", "RNLD", "license"),
        # the hire, in a list of the professions that may apply
        ("Registered nurses, midwives and ODPs are welcome to apply.", "Registered nurses", "license"),
        ("Registered healthcare professional, including nurses, paramedics or ODPs.", "nurses", "title"),
        ("We are looking for experienced clinicians, including nurses and paramedics.", "nurses", "title"),
        ("We are recruiting Registered Nurses to work alongside our consultants.", "Registered Nurses", "license"),
        ("Applicants must hold an RN or LPN licence.", "LPN", "license"),
        ("Nurse Practitioner (NP) or Physician Assistant (PA) required.", "NP", "license"),
        # a role the candidate held, and the hire after a cue of another clause
        ("Current registration as a Registered Nurse (RN) with the NMC.", "RN", "license"),
        ("Experience of working as a Deputy Manager / senior nurse or equivalent role", "nurse", "title"),
        ("Working alongside the ward sister, you will be the nurse in charge.", "nurse", "title"),
        # a label that names no one the hire reports to
        ("Training: nursing assistant certificate or equivalent.", "nursing assistant", "certification"),
        (
            "We have an exciting opportunity for a band 5 registered nurse to join our team.",
            "registered nurse",
            "license",
        ),
        # a duty names what the hire does, not a person
        ("Experience supervising healthcare assistants", "supervising healthcare assistants", "duty"),
    ],
)
def test_the_hire_or_a_credential(text: str, name: str, category: str) -> None:
    assert not _at(text, name, category)


def test_a_posting_does_not_ask_for_the_people_the_hire_reports_to() -> None:
    profile = resumematch.analyze(
        "Phlebotomist\nWhittington Health NHS Trust\n\nAbout you\n\n"
        "- Experience of phlebotomy\n"
        "- The phlebotomist is accountable to the registered nurses in the team for carrying out phlebotomy.\n"
    )
    ids = {t.term_id for t in profile.terms}
    assert "registered-nurse" not in ids
    assert all("registered-nurse" not in r.term_ids for r in profile.requirements)


def test_the_hire_sought_by_the_employer_still_names_its_terms() -> None:
    profile = resumematch.analyze(
        "Staff Nurse\nThe Huntercombe Group\n\n"
        "We are currently seeking Staff Nurses to join our Specialist Brain Injury Rehabilitation Service.\n"
    )
    assert "rehabilitation" in {t.term_id for t in profile.terms}


def test_a_duty_as_the_first_point_of_contact_still_names_its_terms() -> None:
    profile = resumematch.analyze(
        "Clinical Coordinator\n\nResponsibilities\n\n"
        "- Act as the first point of contact for patients and families with questions about their plan of care.\n\n"
        "Requirements\n\n- BLS certification\n"
    )
    assert "care-planning" in {t.term_id for t in profile.terms}


def test_the_qualities_of_the_hire_hold_only_the_terms_of_their_clause() -> None:
    profile = resumematch.analyze(
        "Phlebotomist\nWhittington Health NHS Trust\n\n"
        "This is an excellent opportunity for newly qualified nurses and those who would like to develop, "
        "who are self-motivated, excellent communicators and team players.\n"
    )
    (requirement,) = profile.requirements
    assert requirement.text == "self-motivated, excellent communicators and team players"
    assert "nurse" not in requirement.term_ids
    assert "teamwork" in requirement.term_ids


def test_a_posting_does_not_ask_for_the_trainees_of_the_programme_it_runs() -> None:
    profile = resumematch.analyze(
        "Education Administrator\nSt Elsewhere Academy\n\n"
        "The academy runs simulation training for healthcare staff including registered nurses, "
        "advanced nurse practitioners and midwives. We are seeking an Education Administrator to book courses.\n\n"
        "Requirements\n\n- Bachelor's degree\n- Experience of course administration\n"
    )
    ids = {t.term_id for t in profile.terms}
    assert "bachelors-degree" in ids
    assert not ids & {"registered-nurse", "nurse-practitioner"}


def test_a_nurse_posting_still_asks_for_its_licence_beside_the_people_it_works_with() -> None:
    profile = resumematch.analyze(
        "Registered Nurse - ICU\nGeneral Hospital\n\n"
        "Requirements\n\n- Current RN licence\n- You will work alongside intensivists and respiratory therapists\n"
    )
    assert "registered-nurse" in {t.term_id for t in profile.terms}
    assert any("registered-nurse" in r.term_ids for r in profile.requirements)


def test_the_posting_people_rules_reject_unknown_keys_and_bad_values() -> None:
    with pytest.raises(VocabError) as caught:
        PostingPeopleRules.from_dict({"cue_before": ["alongside"], "max_scope": 0}, person_words=frozenset())
    message = str(caught.value)
    assert "cue_before" in message and "allowed: " in message and "cues_before" in message
    assert "'max_scope' must be a positive integer" in message


def test_the_packaged_rules_borrow_the_person_words_of_the_resume_rules() -> None:
    rules = default_posting_people_rules()
    assert {"nurse", "physician", "coordinator"} <= rules.person_words
    assert ("alongside",) in rules.cues_before


def test_a_posting_open_to_plural_licences_asks_for_them() -> None:
    """ "We are seeking RNs and LPNs": the plural abbreviations name the hire, so they are asked;
    "support to our RNs" names the team the hire supports, so it is not."""
    hire = {
        t.term_id for t in resumematch.analyze("Staff Nurse\nWe are seeking RNs and LPNs to join our ICU team.\n").terms
    }
    assert {"registered-nurse", "licensed-practical-nurse"} <= hire
    support = resumematch.analyze("Clinic Coordinator\nYou will provide administrative support to our RNs and NPs.\n")
    assert not {"registered-nurse", "nurse-practitioner"} & {t.term_id for t in support.terms}


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # the people whose work the hire directs
        (
            "Supervise and direct the work of certified nursing assistants on the unit.",
            "certified nursing assistants",
            "certification",
        ),
        ("You will direct healthcare assistants on the night shift.", "healthcare assistants", "certification"),
        # a list of colleagues that opens with senior nurses ("Sisters")
        (
            "You will work alongside experienced District Nursing Sisters, Healthcare Assistants and "
            "Assistant Practitioners.",
            "Healthcare Assistants",
            "certification",
        ),
    ],
)
def test_people_whose_work_the_hire_directs_or_works_beside(text: str, name: str, category: str) -> None:
    assert _at(text, name, category)


def test_direct_patient_care_as_the_hire_still_asks_for_the_licence() -> None:
    terms = {
        t.term_id
        for t in resumematch.analyze("LPN\nMaple\n\nRequirements\n\n- Direct patient care experience as an LPN\n").terms
    }
    assert "licensed-practical-nurse" in terms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a licence's letters after a colleague's name set off by commas are that person's
        ("You will work closely with our clinical lead, Angela Ruiz, RN, who supervises the nurses.", "RN"),
        ("We are led by our Administrator, Karen Holt, and Director of Nursing, Marcus Lee, RN.", "RN"),
        # a count of people after 'with' describes the team the posting's employer has
        (
            "We are a primary care practice with six physicians, two nurse practitioners and 25 staff.",
            "nurse practitioners",
        ),
    ],
)
def test_a_named_colleagues_letters_and_a_counted_team_are_not_the_hire(text: str, name: str) -> None:
    assert _at(text, name, "license")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We are seeking a Registered Nurse, RN, to join our team.", "RN"),  # the hire's own title
        ("Float Pool, RN - Nights", "RN"),  # a unit, not a person's name
        ("Med Surg, Step Down, RN needed", "RN"),  # the letters do not close an apposition
        ("Up to two registered nurses will be appointed.", "registered nurses"),  # a count of the hires
        ("Seeking Registered Nurses with two years of acute experience.", "Registered Nurses"),
    ],
)
def test_the_hire_named_beside_a_count_or_a_unit(text: str, name: str) -> None:
    assert not _at(text, name, "license")


def test_a_practices_headcount_and_a_named_rn_ask_for_no_licence() -> None:
    profile = resumematch.analyze(
        "Medical Office Manager\nLakeside Family Physicians\n\n"
        "Lakeside Family Physicians is a primary care practice with six physicians, two nurse practitioners "
        "and 25 staff.\n\n"
        "You will supervise front desk and billing staff, and work closely with our clinical lead, "
        "Angela Ruiz, RN, who supervises the medical assistants.\n\n"
        "Requirements\n\n- 3+ years of management experience in a medical practice\n"
    )
    ids = {t.term_id for t in profile.terms}
    assert not ids & {"registered-nurse", "nurse-practitioner"}


def test_a_schedulers_posting_names_the_caregivers_it_schedules_not_the_hire() -> None:
    """A scheduling or staffing coordinator's post names licences as the staff it places
    on shifts ("match our caregivers (home health aides, CNAs and LPNs) with client
    visits"): no licence asked, so no licence gate and no clinical reading of the post."""
    profile = resumematch.analyze(
        "Home Care Scheduling Coordinator\nA Home Care Agency\n\n"
        "We are seeking a Scheduling Coordinator to match our caregivers (home health aides, CNAs and LPNs) "
        "with client visits and keep every shift covered.\n\n"
        "- Build weekly schedules for clients and caregivers in our scheduling software.\n"
        "- Communicate schedule changes with clients, families, caregivers and the Director of Nursing.\n"
        "- High school diploma required; 1-2 years of scheduling experience.\n"
    )
    ids = {t.term_id for t in profile.terms}
    assert "licensed-practical-nurse" not in ids
    assert "staff-scheduling" in ids


def test_a_schedulers_posting_still_asks_for_a_licence_it_requires() -> None:
    """A requirement statement still asks the hire: a nurse staffing coordinator's post
    that requires an RN licence keeps it."""
    profile = resumematch.analyze(
        "Nurse Staffing Coordinator\nGeneral Hospital\n\n"
        "You will build the nursing schedules for our medical wards and fill open shifts.\n\n"
        "Requirements\n\n- Current RN licence required.\n- 2 years of scheduling experience.\n"
    )
    assert any("registered-nurse" in r.term_ids for r in profile.requirements)
