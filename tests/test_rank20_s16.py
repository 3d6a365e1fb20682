"""Postings whose role the clinical vocabulary reads little of (sixteenth session, #20):
back-office fields of their own (finance, procurement, facilities, education), a title's
field modifier over its head noun, and the text similarity part's weight on such posts."""

from __future__ import annotations

from pathlib import Path

import pytest

import resumematch
from resumematch.resume.roles import find_roles
from resumematch.scoring.fit import candidate_fit, fit_data, posting_fit
from resumematch.scoring.part_worth import ScoreWeights

NEW_FIELDS = ("finance", "procurement", "facilities", "education")


def _family(title: str) -> str | None:
    return posting_fit(resumematch.analyze(f"{title}\n\nYou will join our hospital's team.\n")).family


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Senior Accountant", "finance"),
        ("Finance Officer, Band 5", "finance"),
        ("Payroll Administrator", "finance"),  # the modifier names the field, the head its level
        ("Finance Manager - Estates Directorate", "finance"),
        ("Accounts Payable Assistant", "finance"),
        ("Procurement Officer", "procurement"),
        ("Buyer", "procurement"),
        ("Supply Chain Coordinator", "procurement"),
        ("Estates Officer", "facilities"),
        ("Facilities Manager", "facilities"),
        ("Maintenance Technician", "facilities"),
        ("IT Support Technician", "it"),  # not an allied-health technician's post
        ("Catering Manager", "hospitality"),
        ("Learning and Development Coordinator", "education"),
        # A longer family phrase holds the modifier: a healthcare office's post, as before.
        ("Patient Financial Counselor", "administrative"),
        ("Medical Billing Specialist", "administrative"),
        ("Practice Manager", "management"),
        ("Pharmacy Technician", "technician"),
    ],
)
def test_a_titles_field_modifier_names_the_posts_field(title: str, family: str) -> None:
    assert _family(title) == family


def _families(text: str) -> dict[str, float]:
    document, mentions = resumematch.find_terms(text)
    return candidate_fit(document, find_roles(document), mentions).families


def _resume(headline: str, title: str, duties: str) -> str:
    return f"{headline}\n\nExperience\n{title}, Northfield Group, Jan 2015 - Jan 2023\n{duties}\n"


@pytest.mark.parametrize(
    ("headline", "title", "family"),
    [
        ("Staff Accountant", "Staff Accountant", "finance"),
        ("Payroll Specialist", "Payroll Specialist", "finance"),
        ("Purchasing Agent", "Buyer", "procurement"),
        ("Maintenance Engineer", "Electrician", "facilities"),
        ("Classroom Teacher", "Teacher", "education"),
    ],
)
def test_a_candidates_field_title_reads_as_the_field(headline: str, title: str, family: str) -> None:
    families = _families(_resume(headline, title, "Worked with the team."))
    assert max(families.items(), key=lambda i: i[1])[0] == family


def test_a_modifier_in_a_candidates_lines_is_no_field() -> None:
    # The employer's or a sentence's words: "Teaching Hospitals", "maintenance of servers".
    families = _families(
        _resume(
            "Systems Administrator",
            "Systems Administrator",
            "Maintenance and support of servers for teaching hospitals and many facilities.",
        )
    )
    assert not set(NEW_FIELDS) & families.keys()


def test_older_posts_read_the_new_fields_as_other() -> None:
    for row, columns in fit_data().family_fit.items():
        if row not in NEW_FIELDS and row != "community":  # the twentieth session's row names its neighbours
            assert all(columns[field] == columns["other"] for field in NEW_FIELDS), row


FINANCE_POSTING = (
    "Finance Officer\n\nOur community hospital's finance team needs a finance officer to reconcile "
    "ledgers, process supplier invoices and prepare month-end journals and budget reports for the "
    "directorate's managers. You will chase unpaid debts, post cash receipts, maintain the fixed asset "
    "register, support the annual audit and answer queries from suppliers, budget holders and payroll "
    "colleagues about purchase orders, accruals, prepayments and VAT.\n\n"
    "Requirements:\n- Accounting qualification or experience in accounts "
    "payable and reconciliations\n- Microsoft Excel\n- Attention to detail\n"
)
ACCOUNTANT = _resume(
    "Staff Accountant",
    "Staff Accountant",
    "Reconciled general ledger accounts, processed vendor invoices and prepared month-end journals and "
    "budget variance reports in Excel.",
)
NURSE = _resume(
    "Registered Nurse",
    "Staff Nurse, Medical Ward",
    "Provided patient care, administered medication and kept patients' medical records; ordered ward "
    "supplies and kept the ward's budget spreadsheet in Excel.",
)


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def test_an_accountant_outranks_a_nurse_for_a_hospitals_finance_post() -> None:
    job = resumematch.analyze(FINANCE_POSTING)
    assert posting_fit(job).family == "finance"
    accountant = resumematch.check(ACCOUNTANT, job=job)
    nurse = resumematch.check(NURSE, job=job)
    assert accountant.score > nurse.score
    assert _part(accountant, "role fit").points > _part(nurse, "role fit").points
    # A finance post hires for its field: healthcare work is not asked for it.
    assert _part(nurse, "healthcare work").weight == 0.0


def _text_to_role_fit(report: resumematch.Report) -> float:
    return _part(report, "text similarity").weight / _part(report, "role fit").weight


def test_text_similarity_weighs_more_on_a_field_post() -> None:
    job = resumematch.analyze(FINANCE_POSTING)
    factor = fit_data().text_factor
    assert factor > 1.0
    nominal = ScoreWeights()
    report = resumematch.check(ACCOUNTANT, job=job)
    assert _text_to_role_fit(report) == pytest.approx(factor * nominal.text / nominal.role_fit)
    # A weight the caller sets is multiplied the same way.
    custom = resumematch.check(ACCOUNTANT, job=job, weights=ScoreWeights(text=10.0))
    assert _text_to_role_fit(custom) == pytest.approx(factor * 10.0 / nominal.role_fit)


def test_a_clinical_post_keeps_the_nominal_text_weight() -> None:
    job = resumematch.analyze(
        "Staff Nurse - Medical Ward, Band 5\n\nWe need a registered nurse to deliver safe, compassionate "
        "patient care, administer medication, complete admissions and discharges, escalate deteriorating "
        "patients and keep accurate records on our busy medical ward, working with doctors, therapists, "
        "pharmacists and healthcare assistants across day and night shifts. You will mentor students, "
        "support relatives, plan safe discharges home, monitor fluid balance, take observations and "
        "contribute to audits, teaching sessions and quality improvement projects.\n\nRequirements:\n"
        "- NMC registration\n- Medication administration\n- Wound care and infection control\n"
    )
    assert posting_fit(job).family not in fit_data().text_factor_families
    nominal = ScoreWeights()
    report = resumematch.check(NURSE, job=job)
    assert _text_to_role_fit(report) == pytest.approx(nominal.text / nominal.role_fit)


def test_rank_and_check_agree_on_a_field_post(tmp_path: Path) -> None:
    job = resumematch.analyze(FINANCE_POSTING)
    files = []
    for name, text in (("accountant.txt", ACCOUNTANT), ("nurse.txt", NURSE)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    rows = {Path(row.file).name: row.score for row in resumematch.rank(job, [str(p) for p in files], workers=0)}
    for path in files:
        assert rows[path.name] == round(resumematch.check(path, job=job).score, 1), path.name
