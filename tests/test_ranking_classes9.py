"""Ranking classes, ninth session: three readings the seventh probe postings left open.

benchmarks/README.md, "Ranking classes, ninth session": what a posting says it does not
need is no ask ("You do not need a clinical background"); a digital or IT project's office
post reads IT people as its own; a supervisor who ran a function's staff has that
function's work ("Directed medical receptionist operations").
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.asks import not_needed_at
from resumematch.scoring.fit import posting_fit


def _asked(text: str) -> dict[str, str]:
    return {t.term_id: t.kind for t in resumematch.analyze(text).terms}


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def _resume(title: str, lines: str) -> str:
    return (
        f"Jane Doe\n{title}\n\nExperience\n{title}, Mercy Health, Jan 2017 - Jan 2023\n{lines}\n"
        "Education\nHigh School Diploma\n"
    )


# -- 1. what a posting says it does not need ----------------------------------------------

_OFFICER = "Project Support Officer\n\nRequirements:\n- Advanced Excel skills.\n- {line}\n- Attention to detail.\n"


@pytest.mark.parametrize(
    "line",
    [
        "You do not need a clinical background; you will work alongside nurses.",
        "You don't need a clinical background.",
        "No clinical background required.",
        "A clinical background is not necessary.",
    ],
)
def test_what_the_posting_says_it_does_not_need_is_no_ask(line: str) -> None:
    asked = _asked(_OFFICER.format(line=line))
    assert "clinical-knowledge" not in asked
    assert asked["ms-excel"] == "required" and asked["attention-to-detail"] == "required"


def test_a_posting_that_asks_the_thing_keeps_it() -> None:
    assert _asked(_OFFICER.format(line="A clinical background is essential."))["clinical-knowledge"] == "required"


def test_a_welcomed_thing_and_the_other_clause_still_ask() -> None:
    asked = _asked(
        "Medical Receptionist\n\nRequirements:\n- Bachelor's degree preferred but not required.\n"
        "- No degree needed; BLS certification required.\n"
    )
    assert asked["bachelors-degree"] == "preferred"
    assert asked["bls"] == "required"


def test_the_clause_ends_at_a_sentence_mark_or_but() -> None:
    text = "Degree not required, but Epic experience is essential."
    assert not_needed_at(text, 0, 6)
    assert not not_needed_at(text, text.index("Epic"), text.index("Epic") + 4)


# -- 2. a digital or IT project's office post --------------------------------------------

_DIGITAL = (
    "Project Support Officer - Digital Transformation (EPR Programme)\n\n"
    "Requirements:\n- Experience of project work and advanced Excel skills.\n- Attention to detail.\n"
)
_PLAIN = "Project Support Officer\n\nRequirements:\n- Experience of project work and advanced Excel skills.\n"


def test_a_digital_title_opens_an_office_post_to_it_people() -> None:
    assert posting_fit(resumematch.analyze(_DIGITAL)).also_family == "it"
    assert posting_fit(resumematch.analyze(_PLAIN)).also_family is None
    # The text's systems are the employer's: only the title makes the post a digital one.
    assert posting_fit(resumematch.analyze(_PLAIN + "- Use of our EPR and digital dictation.\n")).also_family is None


def test_a_systems_analyst_fits_a_digital_post_as_an_administrator_does() -> None:
    analyst = _resume("Systems Analyst", "Supported the Cerner go-live; built reports in Excel.")
    administrator = _resume("Office Administrator", "Kept files and minutes; built reports in Excel.")
    digital, plain = resumematch.analyze(_DIGITAL), resumematch.analyze(_PLAIN)
    analyst_digital = _part(resumematch.check(analyst, job=digital), "role fit")
    analyst_plain = _part(resumematch.check(analyst, job=plain), "role fit")
    assert analyst_digital.points / analyst_digital.weight > 0.9
    assert analyst_plain.points / analyst_plain.weight < 0.5
    administrator_digital = _part(resumematch.check(administrator, job=digital), "role fit")
    administrator_plain = _part(resumematch.check(administrator, job=plain), "role fit")
    assert administrator_digital.points / administrator_digital.weight == pytest.approx(
        administrator_plain.points / administrator_plain.weight
    )


# -- 3. a manager of a function has that function's work ----------------------------------

_SUPERVISOR_POST = (
    "Front Office Supervisor\n\nLead our team of patient service representatives and keep the front desk running.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Directed medical receptionist operations, including transportation protocols.",
        "Supervised a staff of 6 medical clerks, 3 doctors and 1 psychologist.",
    ],
)
def test_a_supervisor_of_the_roles_staff_shows_its_work(line: str) -> None:
    part = _part(
        resumematch.check(_resume("Operations Supervisor", line), job=_SUPERVISOR_POST), "the role's usual duties"
    )
    assert part.points == pytest.approx(part.weight * 2 / 3)
    assert "ran its staff" in part.detail


def test_a_supervisor_of_other_staff_or_a_line_without_supervision_shows_none() -> None:
    nurses = _resume("Operations Supervisor", "Supervised a staff of 12 nurses on a medical ward.")
    visitor = _resume("Volunteer", "Chatted with the receptionists while visiting patients.")
    for resume in (nurses, visitor):
        part = _part(resumematch.check(resume, job=_SUPERVISOR_POST), "the role's usual duties")
        assert part.points == 0, part.detail


def test_a_supervisor_who_also_did_the_work_reaches_full_credit() -> None:
    lines = (
        "Directed medical receptionist operations.\nRegistered patients and verified insurance eligibility.\n"
        "Booked appointments for six providers."
    )
    part = _part(
        resumematch.check(_resume("Operations Supervisor", lines), job=_SUPERVISOR_POST), "the role's usual duties"
    )
    assert part.points == pytest.approx(part.weight)


def test_a_post_that_does_the_work_reads_a_supervisor_as_one_duty() -> None:
    # For a ward clerk's post, the practice administrator who supervised clerks is a level
    # above: the running of the desk counts as one of its duties there (tenth session), not
    # the two it counts on a post that runs the role.
    resume = _resume("Practice Administrator", "Supervised a staff of 6 medical clerks.")
    part = _part(
        resumematch.check(resume, job="Ward Clerk / Receptionist\n\nJoin our busy ward team.\n"),
        "the role's usual duties",
    )
    assert part.points == pytest.approx(part.weight / 3)
    assert "ran its staff" in part.detail


def test_a_post_opened_to_it_reads_an_it_title_naming_healthcare_as_healthcare_work() -> None:
    # As an IT post does: such resumes name queries and systems, not patients.
    nhs_post = _DIGITAL + "\nNorthfield Hospitals NHS Trust.\n"
    plain_post = _PLAIN + "\nNorthfield Hospitals NHS Trust.\n"
    analyst = _resume("Systems Analyst - Healthcare", "Built reports in Excel and supported a software go-live.")
    opened = _part(resumematch.check(analyst, job=nhs_post), "healthcare work")
    not_opened = _part(resumematch.check(analyst, job=plain_post), "healthcare work")
    assert opened.points == opened.weight > 0
    assert not_opened.points == 0


# -- 4. services a marketer writes about --------------------------------------------------


def test_a_marketers_content_and_newsletters_name_services_not_asks() -> None:
    asked = _asked(
        "Marketing Coordinator\n\nResponsibilities:\n"
        "- Create content for the behavioral health and primary care clinics.\n"
        "- Write newsletters about our ICU and emergency department expansion.\n\n"
        "Requirements:\n- 3+ years of marketing experience.\n"
    )
    assert not {"mental-health", "primary-care", "critical-care", "emergency-department"} & asked.keys()


def test_a_post_that_asks_the_field_keeps_it() -> None:
    asked = _asked(
        "Youth Worker\n\nResponsibilities:\n- Create content for our mental health awareness workshops.\n\n"
        "Requirements:\n- Mental health experience required.\n"
    )
    assert asked["mental-health"] == "required"
