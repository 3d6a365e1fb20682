"""Executive level: a director or a chief for an administrative post below management."""

from __future__ import annotations

import resumematch

ADMIN_POSTING = (
    "Cancer Pathway Coordinator\n\nYou will book patients' clinic appointments, keep the tracking "
    "records and take minutes of the MDT meetings.\n\nRequirements:\n- Microsoft Office\n- Customer service\n"
    "- Appointment scheduling\n"
)
MANAGER_POSTING = (
    "Clinic Manager\n\nRun the clinic's operations, staff and budget.\n\nRequirements:\n- Budgeting\n"
    "- Staff supervision\n"
)


def _resume(headline: str, titles: list[str]) -> str:
    roles = "".join(
        f"{title}, Mercy Health, Jan {2020 - 4 * i} - Dec {2023 - 4 * i}\n"
        "Scheduled patients' appointments and kept medical records in Microsoft Office.\n"
        for i, title in enumerate(titles)
    )
    return f"{headline}\n\nExperience\n{roles}\nSkills\nMicrosoft Office, customer service\n"


EXECUTIVE = _resume("Executive Director", ["Executive Director", "Vice President, Operations", "Office Manager"])
COORDINATOR = _resume("Patient Coordinator", ["Patient Coordinator", "Medical Office Assistant", "Receptionist"])


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def test_an_administrative_post_reads_executive_titles_as_a_level_above() -> None:
    job = resumematch.analyze(ADMIN_POSTING)
    executive = _part(resumematch.check(EXECUTIVE, job=job), "executive level")
    coordinator = _part(resumematch.check(COORDINATOR, job=job), "executive level")
    assert coordinator.weight > 0
    assert coordinator.points == coordinator.weight
    assert executive.points < 0.5 * executive.weight
    assert "executive" in executive.detail and "level above" in executive.detail


def test_an_account_executive_is_not_an_executive() -> None:
    job = resumematch.analyze(ADMIN_POSTING)
    sales = _resume("Account Executive", ["Account Executive", "Sales Executive"])
    part = _part(resumematch.check(sales, job=job), "executive level")
    assert part.points == part.weight


def test_a_management_post_leaves_the_part_out() -> None:
    job = resumematch.analyze(MANAGER_POSTING)
    part = _part(resumematch.check(EXECUTIVE, job=job), "executive level")
    assert part.weight == 0
    assert "nothing to judge" in part.detail


def test_a_front_office_post_reads_a_practice_manager_as_a_level_above() -> None:
    # A receptionist's post: a current practice manager is a level above it (graded
    # related but weaker); on another office post a practice manager is what it may want.
    practice_manager = _resume("Practice Manager", ["Practice Manager", "Senior Practice Manager"])
    front = resumematch.analyze(
        "Outpatient Receptionist\n\nGreet and book in patients and answer the telephone.\n\n"
        "Requirements:\n- Customer service\n"
    )
    manager = _part(resumematch.check(practice_manager, job=front), "executive level")
    receptionist = _part(resumematch.check(COORDINATOR, job=front), "executive level")
    assert receptionist.points == receptionist.weight > 0
    assert manager.points < 0.5 * manager.weight and "front-office" in manager.detail
    office = _part(resumematch.check(practice_manager, job=resumematch.analyze(ADMIN_POSTING)), "executive level")
    assert office.points == office.weight
