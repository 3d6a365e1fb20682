"""The role's usual duties: a posting's title says what work a recruiter looks for."""

from __future__ import annotations

import resumematch
from resumematch.scoring.role_duties import FULL_CREDIT_TERMS, role_duties

MA_POSTING = "Medical Assistant - Waukegan\n\nHigh school diploma required. Benefits: medical, dental, 401k.\n"
CLERK_POSTING = (
    "Ward Receptionist - Patient Flow\n\nWe are looking for an organised person to join our busy ward team.\n"
)


def _resume(title: str, duties: str) -> str:
    return (
        f"Jane Doe\n{title}\n\nExperience\n{title}, Mercy Clinic, Jan 2017 - Jan 2023\n{duties}\n"
        "Education\nHigh School Diploma\n"
    )


def _part(report: resumematch.Report) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == "the role's usual duties")


def test_a_title_names_its_role_the_longest_phrase_first() -> None:
    assert role_duties("Medical Assistant - Waukegan").role == "medical assistant"  # type: ignore[union-attr]
    assert role_duties("Clinical Assistant Administrator").role == "front office"  # type: ignore[union-attr]
    assert role_duties("Patient Services Administrator Band 2").role == "medical office"  # type: ignore[union-attr]
    assert role_duties("Health Educator II - Community Health").role == "health educator"  # type: ignore[union-attr]
    assert role_duties("Staff Accountant") is None
    assert role_duties(None) is None


def test_a_short_posting_ranks_the_candidate_who_did_the_roles_work_first() -> None:
    job = resumematch.analyze(MA_POSTING)
    did = resumematch.check(
        _resume("Clinic Assistant", "Took vital signs, performed EKGs and drew blood (phlebotomy); triaged walk-ins."),
        job=job,
    )
    did_not = resumematch.check(
        _resume("Clinic Assistant", "Greeted visitors and kept the waiting room tidy."), job=job
    )
    assert _part(did).points == _part(did).weight > 0
    assert "usual duties shown" in _part(did).detail
    assert _part(did_not).points == 0 and "none of its usual work" in _part(did_not).detail
    assert did.score > did_not.score


def test_a_nurses_work_is_not_a_medical_assistants_hallmark() -> None:
    # Medication administration and patient assessment are as much an aide's or a nurse's
    # work: a medical-assistant post looks for what sets its role apart.
    job = resumematch.analyze("Certified Medical Assistant - Family Practice\n\nGreat benefits and paid holidays.\n")
    nurse = _part(
        resumematch.check(
            _resume("Staff Nurse", "Medication administration on a busy floor; completed patient assessments."),
            job=job,
        )
    )
    assistant = _part(
        resumematch.check(_resume("Clinic Assistant", "Roomed patients, took vital signs and ran EKGs."), job=job)
    )
    assert nurse.weight > 0 and nurse.points == 0, nurse.detail
    assert assistant.points > 0, assistant.detail


def test_credit_grows_with_each_duty_shown_up_to_full() -> None:
    job = resumematch.analyze(CLERK_POSTING)
    lines = [
        "Scheduled appointments.",
        "Registered patients at check-in (patient intake).",
        "Maintained medical records.",
    ]
    credits = []
    for shown in range(len(lines) + 1):
        part = _part(resumematch.check(_resume("Receptionist", " ".join(lines[:shown])), job=job))
        credits.append(part.points / part.weight)
    assert credits == sorted(credits) and credits[0] == 0.0 and credits[-1] == 1.0
    assert len(lines) == FULL_CREDIT_TERMS


def test_a_posting_whose_title_names_no_listed_role_leaves_the_part_out() -> None:
    job = resumematch.analyze("Staff Accountant\n\nReconcile ledgers and prepare month-end reports.\n")
    part = _part(resumematch.check(_resume("Accountant", "Reconciled ledgers."), job=job))
    assert part.weight == 0 and part.points == 0


def test_research_coordinator_and_case_manager_titles_name_their_work() -> None:
    crc = role_duties("Clinical Research Coordinator - Cardiology")
    assert crc is not None and crc.role == "research coordinator"
    assert {"informed-consent", "irb", "patient-recruitment"} <= set(crc.terms)
    cm = role_duties("RN Case Manager - Utilization Review")
    assert cm is not None and cm.role == "case manager"
    assert {"utilization-review", "discharge-planning"} <= set(cm.terms)
    # a research nurse's post is a nurse's post: the licence decides, not a coordinator's duties
    assert role_duties("Research Nurse") is None


def test_a_research_coordinators_work_ranks_above_a_managers_shared_words() -> None:
    job = resumematch.analyze(
        "Clinical Research Coordinator\n\nBachelor's degree required. Benefits: medical, dental, 401k.\n"
    )
    did = resumematch.check(
        _resume("Research Coordinator", "Recruited subjects, obtained informed consent and liaised with the IRB."),
        job=job,
    )
    did_not = resumematch.check(_resume("Office Coordinator", "Managed the office budget and schedules."), job=job)
    assert _part(did).points > _part(did_not).points


def test_a_hospital_unit_secretary_is_front_office_work() -> None:
    # The US health unit coordinator (unit secretary) is the ward clerk of a UK ward:
    # greeting, phones, admissions and charts, not a coordinator's management.
    for title in (
        "Health Unit Coordinator - Medical/Surgical Unit",
        "Unit Secretary - ICU",
        "Ward Receptionist",
    ):
        duties = role_duties(title)
        assert duties is not None and duties.role == "front office", title


def test_a_discharge_coordinators_work_is_planning_discharges() -> None:
    duties = role_duties("Discharge Coordinator - Band 4")
    assert duties is not None and duties.role == "discharge coordinator"
    assert {"discharge-planning", "care-coordination", "patient-flow"} <= set(duties.terms)
    job = resumematch.analyze(
        "Discharge Coordinator - Band 4\n\nYou will help patients leave hospital safely. Benefits: NHS Pension.\n"
    )
    planner = _part(
        resumematch.check(
            _resume(
                "Patient Coordinator", "Coordinated discharge planning and care coordination; managed patient flow."
            ),
            job=job,
        )
    )
    clerk = _part(resumematch.check(_resume("Office Assistant", "Filed letters and ordered stationery."), job=job))
    assert planner.points == planner.weight > 0, planner.detail
    assert clerk.points == 0, clerk.detail


def test_a_billing_specialists_work_is_claims_and_codes_not_records() -> None:
    # A billing post is the back office's billing and coding; keeping records or booking
    # patients is another office role.
    duties = role_duties("Medical Billing Specialist")
    assert duties is not None and duties.role == "medical billing"
    assert "medical-records" not in duties.terms
    job = resumematch.analyze("Medical Billing Specialist\n\nJoin our central business office. Benefits: 401k.\n")
    biller = _part(
        resumematch.check(
            _resume("Billing Clerk", "Submitted medical billing claims with ICD-10 and CPT codes; verified insurance."),
            job=job,
        )
    )
    records = _part(
        resumematch.check(_resume("Records Clerk", "Maintained medical records and scheduled appointments."), job=job)
    )
    assert biller.points == biller.weight > 0, biller.detail
    assert records.points == 0, records.detail


def test_a_coders_work_is_codes_and_case_notes_not_charting() -> None:
    # A clinical coder turns case notes into codes; an aide's charting and medical words
    # are no coder's hallmark.
    duties = role_duties("Clinical Coder")
    assert duties is not None and duties.role == "clinical coder"
    assert "clinical-documentation" not in duties.terms and "medical-coding" in duties.terms
    job = resumematch.analyze("Clinical Coder\n\nJoin our coding team. NHS Pension.\n")
    coder = _part(
        resumematch.check(_resume("Billing Clerk", "Assigned ICD-10 and CPT codes and reviewed charts."), job=job)
    )
    aide = _part(
        resumematch.check(
            _resume("Home Health Aide", "Documented care in the chart using medical terminology."), job=job
        )
    )
    assert coder.points > aide.points, (coder.detail, aide.detail)


def test_a_practice_managers_work_is_running_the_office() -> None:
    # A medical office manager runs staff, budget, billing and compliance; the front desk's
    # booking and the back office's coding are the work of the staff they supervise.
    duties = role_duties("Medical Office Manager")
    assert duties is not None and duties.role == "practice manager"
    assert "appointment-scheduling" not in duties.terms
    job = resumematch.analyze("Medical Office Manager\n\nRun our busy family practice. Benefits: 401k.\n")
    manager = _part(
        resumematch.check(
            _resume("Practice Administrator", "Supervised staff, managed the budget and medical billing."), job=job
        )
    )
    clerk = _part(
        resumematch.check(_resume("Receptionist", "Scheduled appointments and checked in patients."), job=job)
    )
    assert manager.points > clerk.points, (manager.detail, clerk.detail)
