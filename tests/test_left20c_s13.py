"""Ranking classes of the thirteenth session, third round (#20): each rule on short fresh
texts, both ways.

* A title that names no family is read by the statement that offers a credential as one
  route of several: its example backgrounds name the post's field, never its level.
* A sentence that calls one thing essential and another desirable asks two things, each of
  its own kind.
* A credential the hire gains within a period after starting ("complete CPR certification
  within 90 days") is wished for, not needed to apply.
"""

from __future__ import annotations

import resumematch
from resumematch.scoring.posting_fit import posting_fit


def _post(title: str, requirement: str) -> str:
    return f"{title}\n\nRequirements\n- {requirement}\n- Good communication with patients\n"


ROUTE_TECHNICIANS = (
    "Experience of performing spirometry, or of working in a patient-facing support role "
    "(for example as a nursing assistant, phlebotomist, or lab technician)"
)
ROUTE_AIDES = (
    "Experience of supporting patients with meals, or of working in a caring role "
    "(for example as a nursing assistant or home health aide)"
)


def test_a_route_statement_names_the_field_of_a_title_without_one() -> None:
    fit = posting_fit(resumematch.analyze(_post("Respiratory Physiology Assistant, Band 3", ROUTE_TECHNICIANS)))
    assert fit.family == "technician"
    assert fit.level is None and not fit.level_required


def test_care_backgrounds_as_routes_name_a_clinical_field() -> None:
    fit = posting_fit(resumematch.analyze(_post("Dietetic Support Assistant", ROUTE_AIDES)))
    assert fit.family == "clinical"
    assert fit.level is None and not fit.level_required


def test_a_title_that_names_its_family_keeps_it() -> None:
    fit = posting_fit(resumematch.analyze(_post("Outpatient Receptionist", ROUTE_TECHNICIANS)))
    assert fit.family == "administrative"


def test_a_title_without_a_family_and_without_routes_stays_unread() -> None:
    text = _post("Respiratory Physiology Assistant, Band 3", "Experience of performing spirometry")
    assert posting_fit(resumematch.analyze(text)).family is None


def test_an_example_list_of_other_work_leaves_a_credential_asked() -> None:
    text = _post(
        "Dietetic Support Assistant",
        "Current CNA certification; experience with older patients, such as dementia care or hospice",
    )
    fit = posting_fit(resumematch.analyze(text))
    assert fit.level is not None and fit.level.name == "aide"


def test_an_example_route_without_other_terms_asks_no_rung() -> None:
    text = _post(
        "Outpatient Receptionist",
        "Experience of booking clinics, or of working in a patient-facing role (e.g. as a nursing assistant)",
    )
    fit = posting_fit(resumematch.analyze(text))
    assert fit.family == "administrative"
    assert fit.level is None


def _kinds(paragraph: str) -> dict[str, str]:
    job = resumematch.analyze("Ward Clerk, Band 2\n\n" + paragraph + "\n")
    return {t.term_id: t.kind for t in job.terms}


def test_essential_then_desirable_in_one_sentence_keeps_each_kind() -> None:
    kinds = _kinds(
        "You will answer the ward telephone and greet visitors; a qualification in medical terminology "
        "is essential, and experience of billing and coding, or of a hospital records system, is desirable."
    )
    assert kinds.get("medical-terminology") == "required"
    assert kinds.get("medical-billing") == "preferred" or kinds.get("medical-coding") == "preferred"


def test_desirable_then_essential_in_one_sentence_keeps_each_kind() -> None:
    kinds = _kinds(
        "You will answer the ward telephone and greet visitors; experience of medical billing is desirable, "
        "but a qualification in medical terminology is essential."
    )
    assert kinds.get("medical-terminology") == "required"
    assert kinds.get("medical-billing") == "preferred"


def test_one_kind_with_a_comma_is_still_one_requirement() -> None:
    kinds = _kinds(
        "You will answer the ward telephone and greet visitors; medical terminology and medical billing, "
        "and ideally a hospital records system, are desirable."
    )
    assert kinds.get("medical-terminology") == "preferred"
    assert kinds.get("medical-billing") == "preferred"


def _credential_kinds(requirement: str) -> dict[str, str]:
    job = resumematch.analyze("Patient Navigator\n\nRequirements\n- " + requirement + "\n- Good communication skills\n")
    return {t.term_id: t.kind for t in job.terms}


def test_a_credential_gained_within_a_period_after_hire_is_a_wish() -> None:
    assert (
        _credential_kinds("You must be able to obtain BLS certification within 60 days of hire")["bls"] == "preferred"
    )
    assert _credential_kinds("BLS certification, to be obtained within six months")["bls"] == "preferred"


def test_a_credential_held_at_hire_stays_required() -> None:
    assert _credential_kinds("Current BLS certification required at hire")["bls"] == "required"
    assert _credential_kinds("BLS certification required; renew it within 30 days of expiry")["bls"] == "required"
