"""Posting-reading classes of the fourteenth session's third round (#20), each on short
fresh texts, both ways.

* Experience as a role ("experience as a care assistant", "worked as a nursing assistant")
  asks that role's work, judged on the resume's role titles, not the certificate the
  role's name is also a form of; the role still tells the post's rung.
* A qualification offered with an experience route ("NVQ Level 3 in Business
  Administration, or equivalent administrative experience") is met by either route.
* The employer's values ("We value compassion, respect and teamwork") ask nothing; a
  person specification's line ("Able to work as part of a team") still does.
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.subjects import experience_roles, experience_route


def _terms(text: str) -> dict[str, str]:
    return {t.term_id: t.kind for t in resumematch.analyze(text).terms}


def _requirement(text: str, words: str) -> resumematch.Requirement:
    return next(r for r in resumematch.analyze(text).requirements if words in r.text)


def _check(report: resumematch.Report, words: str) -> resumematch.RequirementCheck:
    return next(c for c in report.requirements if words in c.requirement.text)


def _resume(title: str, duties: str, education: str = "High school diploma") -> str:
    return (
        f"Sam Okoro\n{title}\n\nExperience\n{title}, Westbrook Services, Mar 2016 - Apr 2024\n{duties}\n"
        f"\nEducation\n{education}\n"
    )


# ---- 1. experience as a role is not the role's credential -------------------------------


@pytest.mark.parametrize(
    ("statement", "subject"),
    [
        ("Previous experience working as a care assistant in a residential home", "care assistant"),
        (
            "Experience as a nursing assistant or support worker would be an advantage",
            "nursing assistant or support worker",
        ),
        (
            "You should have worked as a healthcare assistant, care worker or similar",
            "healthcare assistant or care worker",
        ),
        ("Background as a patient care technician or CNA preferred", "patient care technician or cna"),
        ("Experience of working in a busy clinic as a medical receptionist", "medical receptionist"),
    ],
)
def test_experience_as_a_role_names_that_role(statement: str, subject: str) -> None:
    assert [found for _, _, found in experience_roles(statement)] == [subject]


@pytest.mark.parametrize(
    "statement",
    [
        "Experience as well as a relevant qualification",
        "Experience working as part of a multidisciplinary team",
        "Experience of working with patients such as those with dementia",
    ],
)
def test_as_well_as_and_as_part_of_name_no_role(statement: str) -> None:
    assert experience_roles(statement) == []


_ROLE_POST = """Ward Host - Older People's Unit, Band 2

Person specification
- Essential: Experience as a healthcare assistant or support worker in a hospital or care home
- Essential: Good communication skills
"""


def test_experience_as_a_care_assistant_asks_no_certificate() -> None:
    assert "certified-nursing-assistant" not in _terms(_ROLE_POST)
    requirement = _requirement(_ROLE_POST, "Experience as a healthcare assistant")
    assert requirement.aspect == "experience" and requirement.subject == "healthcare assistant or support worker"


def test_the_certificate_asked_on_its_own_still_counts() -> None:
    text = _ROLE_POST + "- Essential: CNA certification or the Care Certificate\n"
    assert _terms(text)["certified-nursing-assistant"] == "required"


def test_experience_as_a_role_is_met_by_the_roles_title_not_its_words() -> None:
    job = resumematch.analyze(_ROLE_POST)
    aide = resumematch.check(
        _resume("Support Worker", "Helped residents wash, dress and eat; recorded fluid charts."), job=job
    )
    clerk = resumematch.check(
        "Sam Okoro\nAdministrative Assistant\n\nExperience\nAdministrative Assistant - Brightcare Healthcare "
        "Group, Mar 2016 - Apr 2024\nAnswered phones, kept the diary and ordered stationery.\n",
        job=job,
    )
    assert _check(aide, "healthcare assistant").met == "met"
    assert _check(clerk, "healthcare assistant").met == "not_met"


def test_a_certified_title_meets_the_role_by_its_rung() -> None:
    job = resumematch.analyze(_ROLE_POST)
    nursing_assistant = resumematch.check(
        _resume("Certified Nursing Assistant", "Bathed, fed and repositioned residents."), job=job
    )
    assert _check(nursing_assistant, "healthcare assistant").met == "met"


def test_the_role_still_tells_the_posts_rung() -> None:
    job = resumematch.analyze(_ROLE_POST)
    report = resumematch.check(_resume("Receptionist", "Greeted visitors and booked appointments."), job=job)
    level = next(p for p in report.parts if p.name == "licence level")
    assert level.weight > 0 and "aide" in level.detail


def test_experience_as_a_licensed_role_keeps_its_licence() -> None:
    text = "Practice Nurse\n\nRequirements\n- At least two years of experience as a Registered Nurse in primary care\n"
    assert _terms(text).get("registered-nurse") == "required"


# ---- 2. a qualification or an experience route --------------------------------------------


@pytest.mark.parametrize(
    ("statement", "route"),
    [
        ("Essential: BTEC Level 3 in Health and Social Care, or equivalent care experience", "care"),
        ("A diploma in medical office administration or relevant clerical experience", "clerical"),
        ("Degree in accounting or equivalent experience in a finance role", "finance"),
        ("NVQ Level 3 in Customer Service or equivalent experience", "customer service"),
        ("Educated to degree level or equivalent experience", ""),
    ],
)
def test_the_experience_route_and_what_it_is_of(statement: str, route: str) -> None:
    assert experience_route(statement) == route


@pytest.mark.parametrize(
    "statement",
    ["Experience with Epic or a similar EHR", "CNA certification required", "Bachelor's degree in nursing"],
)
def test_no_route_where_none_is_offered(statement: str) -> None:
    assert experience_route(statement) is None


_ROUTE_POST = """Patient Services Clerk, Band 2

Person specification
- Essential: A certificate in medical office administration, or equivalent clerical experience
- Essential: Good keyboard skills
"""


def test_a_qualification_with_an_experience_route_is_one_education_requirement() -> None:
    requirement = _requirement(_ROUTE_POST, "medical office administration")
    assert requirement.aspect == "education"


def test_either_route_meets_it() -> None:
    job = resumematch.analyze(_ROUTE_POST)
    clerk = resumematch.check(
        _resume("Clerical Officer", "Filed clinical correspondence and kept the clerical registers."), job=job
    )
    certified = resumematch.check(
        _resume(
            "Shop Assistant",
            "Served customers.",
            education="Certificate in Medical Office Administration, Westbrook College",
        ),
        job=job,
    )
    assert _check(clerk, "medical office administration").met == "met"
    assert _check(certified, "medical office administration").met == "met"


def test_neither_route_does_not_meet_it() -> None:
    job = resumematch.analyze(_ROUTE_POST)
    driver = resumematch.check(_resume("Delivery Driver", "Drove a parcel route of 120 drops a day."), job=job)
    assert _check(driver, "medical office administration").met != "met"  # a lower level is partly met


# ---- 3. the employer's values ask nothing -----------------------------------------------

_VALUES_POST = """Outpatient Booking Clerk, Band 2

Main duties
You will book clinic appointments and keep waiting lists up to date.

About us
{values}
"""


@pytest.mark.parametrize(
    "values",
    [
        "We value compassion, respect and teamwork in everything we do.",
        "Our values: caring, honest and working together as one team.",
        "The Trust's values are kindness, collaboration and teamwork.",
        "At Greenway Health, we value empathy, integrity and teamwork.",
    ],
)
def test_the_employers_values_ask_nothing(values: str) -> None:
    assert not {"teamwork", "empathy"} & set(_terms(_VALUES_POST.format(values=values)))


@pytest.mark.parametrize(
    ("values", "term"),
    [
        ("Essential: Able to work as part of a team.", "teamwork"),
        ("We value personal qualities such as compassion, empathy and good communication.", "empathy"),
        ("We are looking for a kind, organised team player with strong teamwork skills.", "teamwork"),
    ],
)
def test_what_the_hire_must_show_still_asks(values: str, term: str) -> None:
    assert term in _terms(_VALUES_POST.format(values=values))
