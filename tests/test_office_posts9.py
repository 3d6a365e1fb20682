"""Office posts, ninth session: posting terms read from their context, not asked of the hire.

benchmarks/README.md, "Office posts, ninth session": the employer's own hiring ("We are
hiring a Medical Receptionist"), the supervision the hire works under ("under the
supervision of the registered nurses") and the places referrals come from ("referrals from
the emergency department and primary care") are no asks; the same words written as the
hire's duty or as a requirement still ask.
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.acts import names_anothers_duty


def _asked(text: str) -> dict[str, str]:
    return {t.term_id: t.kind for t in resumematch.analyze(text).terms}


_POST = "{title}\n\n{line}\n\nRequirements\n- Customer service skills\n- Medical terminology\n"


@pytest.mark.parametrize(
    "line",
    [
        "We are hiring a Medical Receptionist to greet and check in patients.",
        "We're hiring a Front Desk Coordinator for our busy clinic.",
        "Valley Clinic is now hiring a Patient Access Representative.",
    ],
)
def test_the_employers_hiring_is_no_hiring_duty(line: str) -> None:
    asked = _asked(_POST.format(title="Medical Receptionist", line=line))
    assert "staff-hiring" not in asked
    assert asked["customer-service"] == "required"


@pytest.mark.parametrize(
    "line",
    [
        "Hiring, training and scheduling front desk staff.",
        "You will recruit and hire new staff for the front office.",
    ],
)
def test_hiring_as_the_hires_own_duty_still_asks(line: str) -> None:
    assert "staff-hiring" in _asked(_POST.format(title="Front Office Supervisor", line=line))


@pytest.mark.parametrize(
    "line",
    [
        "You will work under the supervision of the registered nurses and schedule appointments.",
        "Working under the direct supervision of the charge nurse, you will greet patients.",
    ],
)
def test_the_supervision_the_hire_works_under_is_no_supervision_duty(line: str) -> None:
    asked = _asked(_POST.format(title="Patient Services Coordinator", line=line))
    assert "staff-supervision" not in asked
    assert "appointment-scheduling" in asked or "greet" in line


def test_supervision_the_hire_gives_still_asks() -> None:
    asked = _asked(_POST.format(title="Front Office Supervisor", line="Provide supervision of the front desk staff."))
    assert "staff-supervision" in asked


def test_only_duties_are_read_by_the_duty_cues() -> None:
    text = "We are hiring a Medical Receptionist"
    at = text.index("hiring")
    assert names_anothers_duty(text, at, "duty")
    assert not names_anothers_duty(text, at, "hard_skill")
    assert not names_anothers_duty("Hiring front desk staff", 0, "duty")


def test_where_referrals_come_from_is_no_field_of_the_hire() -> None:
    asked = _asked(
        "Referral Coordinator\n\nYou will process referrals from the emergency department and primary care."
        "\n\nRequirements\n- Customer service skills\n"
    )
    assert "emergency-department" not in asked and "primary-care" not in asked
    assert "referral-management" in asked


def test_a_setting_asked_as_a_requirement_still_asks() -> None:
    asked = _asked(
        "Referral Coordinator\n\nYou will process referrals from the emergency department."
        "\n\nRequirements\n- 2 years of emergency department experience required\n"
    )
    assert asked["emergency-department"] == "required"


# -- front-office work in plain wording (matching) ------------------------------------------


def _held(text: str) -> set[str]:
    _, mentions = resumematch.find_terms(text)
    return {m.term_id for m in mentions if m.status == "affirmed"}


@pytest.mark.parametrize(
    "line",
    [
        "Completed balanced billing, authorization verification, and forms for payment.",
        "Verified authorizations for specialist referrals and imaging.",
        "Authorization verification for Medicaid and Medicare patients.",
    ],
)
def test_verifying_authorizations_with_insurance_words_is_insurance_verification(line: str) -> None:
    assert "insurance-verification" in _held(line)


@pytest.mark.parametrize(
    "line",
    [
        "Process requests for records from patients, attorneys and insurers; verify authorizations before release.",
        "Authorization verification for release of information requests.",
    ],
)
def test_verifying_a_release_authorization_is_no_insurance_work(line: str) -> None:
    assert "insurance-verification" not in _held(line)
