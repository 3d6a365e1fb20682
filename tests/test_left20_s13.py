"""Ranking classes of the thirteenth session (#20): each rule on short fresh texts, both ways.

* A credential offered as one route of several ("CMA or RMA, LPN, or two years of clinical
  experience") sets no level and no gate; a licence asked alone still does, and "RN or LPN
  licence" asks the lower rung.
* A care manager's title ("Care Management Coordinator", "RN Care Manager") names clinical
  work, not a manager's.
* The years of an activity ("experience coordinating a ... program, or delivering health
  education") are of its object; an activity on people ("supervising staff") stays open.
* A programme's office post ("... Program Coordinator") judges no executive level.
* The employer named by its initials after a lead-in ("Founded in 1994, RFSN is ...")
  describes its business: the services it names are not asked.
"""

from __future__ import annotations

import resumematch
from resumematch.scoring.posting_fit import posting_fit

ROUTES_POST = (
    "Care Coordinator - Family Medicine Clinic\n\n"
    "Requirements\n"
    "- Medical Assistant certification (CMA or RMA), LPN, or two years of clinical experience in a clinic\n"
    "- Experience with an electronic health record\n"
)
LICENCE_POST = (
    "Care Coordinator - Family Medicine Clinic\n\n"
    "Requirements\n"
    "- Current LPN license required\n"
    "- Experience with an electronic health record\n"
)
EITHER_LICENCE_POST = (
    "Care Coordinator - Family Medicine Clinic\n\n"
    "Requirements\n"
    "- RN or LPN license required\n"
    "- Experience with an electronic health record\n"
)


def _fit(text: str) -> resumematch.JobProfile:
    return resumematch.analyze(text)


def test_a_credential_offered_beside_an_experience_route_is_no_gate() -> None:
    fit = posting_fit(_fit(ROUTES_POST))
    assert not fit.level_required
    assert fit.level is None or not fit.level.licensed


def test_a_licence_asked_alone_is_still_a_gate() -> None:
    fit = posting_fit(_fit(LICENCE_POST))
    assert fit.level_required
    assert fit.level is not None and fit.level.name == "LPN"


def test_either_licence_asks_the_lower_rung() -> None:
    fit = posting_fit(_fit(EITHER_LICENCE_POST))
    assert fit.level_required
    assert fit.level is not None and fit.level.name == "LPN"


CLINIC_HAND = (
    "Dana Whitfield\nClinical Support Lead\n\nExperience\n"
    "Clinical Support Lead, Oakridge Family Clinic, Macon GA    2016 - Present\n"
    "- Took vital signs, ran EKGs and triaged walk-in patients in a busy family clinic\n"
    "- Charted visits in the electronic health record and called patients with results\n"
)


def test_a_route_met_by_years_is_not_gated_on_the_licence() -> None:
    routes = resumematch.check(CLINIC_HAND, job=ROUTES_POST)
    licence = resumematch.check(CLINIC_HAND, job=LICENCE_POST)
    part = next(p for p in routes.parts if p.name == "licence level")
    assert "required" not in part.detail
    assert routes.score > licence.score


def test_a_care_management_title_is_clinical() -> None:
    post = "Chronic Care Management Coordinator\n\nCall enrolled patients each month and update their care plans.\n"
    assert posting_fit(_fit(post)).family == "clinical"
    office = "Care Management Coordinator (Non-Clinical)\n\nBook appointments and file records.\n"
    assert posting_fit(_fit(office)).family == "administrative"
    assert posting_fit(_fit("Practice Manager\n\nRun the practice's office and staff.\n")).family == "management"


def _subject(statement: str) -> str | None:
    requirement = next(
        r for r in resumematch.analyze(f"Programme Officer\n\nRequirements\n- {statement}\n").requirements
    )
    return requirement.subject


def test_the_kind_of_work_the_years_are_of_is_read_from_its_activity() -> None:
    assert _subject(
        "Three years of experience running a youth mentoring or family support program, or delivering parenting classes"
    ) == ("youth mentoring or family support program or parenting classes")
    assert _subject(
        "2+ years of experience managing a dental office, pharmacy or similar setting, including rotas"
    ) == ("dental office or pharmacy")


def test_years_of_an_activity_on_people_stay_open() -> None:
    # "supervising staff": the object names people, not a kind of work a role's text shows.
    assert _subject("Two years of experience supervising staff in a busy hospital") is None


PROGRAMME_POST = (
    "Youth Wellbeing Programme Coordinator\n\n"
    "Requirements\n"
    "- At least two years of experience coordinating a youth wellbeing or family support program\n"
)


def _worker(title: str, line: str) -> str:
    return f"Sam Ortiz\n{title}\n\nExperience\n{title}, Lakeside Services, Tulsa OK    2018 - Present\n- {line}\n"


def test_years_of_another_kind_of_work_meet_it_only_in_part() -> None:
    programme = resumematch.check(
        _worker("Coordinator", "Coordinated a family support program for 200 households"), job=PROGRAMME_POST
    )
    office = resumematch.check(
        _worker("Coordinator", "Coordinated payroll and hiring paperwork for 200 employees"), job=PROGRAMME_POST
    )
    met = {r.requirement.aspect: r.met for r in programme.requirements}
    assert met["experience"] == "met"
    assert next(r.met for r in office.requirements if r.requirement.aspect == "experience") == "partly"


def test_a_programme_post_sets_no_executive_aside() -> None:
    lead = (
        "Jordan Reyes\nDirector of Community Programs\n\nExperience\n"
        "Director of Community Programs, Lakeside Services, Tulsa OK    2017 - Present\n"
        "- Ran a family support program and its grants, data reports and staff\n"
    )
    programme = "Family Support Program Coordinator\n\nCoordinate the program's outreach, data and grant reports.\n"
    office = "Office Coordinator\n\nBook appointments, file records and answer the phones.\n"
    on_programme = {p.name: p for p in resumematch.check(lead, job=programme).parts}
    on_office = {p.name: p for p in resumematch.check(lead, job=office).parts}
    assert on_programme["executive level"].weight == 0
    assert (
        on_office["executive level"].weight > 0
        and on_office["executive level"].points < on_office["executive level"].weight
    )


def _required(posting: str, organisation: str) -> set[str]:
    fields = f'+++\ntitle = "Program Assistant"\norganization = "{organisation}"\n+++\n'
    job = resumematch.analyze(fields + posting)
    return {t.term_id for t in job.terms if t.kind == "required"}


ABOUT_US = (
    "Founded in 1994, {name} is a community non-profit serving families through food pantries, "
    "case management and tenant advice.\n\n"
    "Responsibilities\n- Keep the program's records and book client appointments.\n"
)


def test_the_employer_named_by_its_initials_after_a_lead_in_describes_its_business() -> None:
    assert "case-management" not in _required(ABOUT_US.format(name="RFSN"), "River Family Support Network")


def test_other_initials_or_the_hires_own_work_still_ask() -> None:
    assert "case-management" in _required(ABOUT_US.format(name="ACME"), "River Family Support Network")
    duties = "Responsibilities\n- Provide case management to 30 families.\n"
    assert "case-management" in _required(duties, "River Family Support Network")
