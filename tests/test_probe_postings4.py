"""Rules from the fourth probe of postings (#20): a colleague listed after "the", a
required language as a gate, a patient care technician's and a scribe's usual work."""

from __future__ import annotations

import resumematch
from resumematch.posting.others import names_someone_else
from resumematch.scoring.role_duties import role_duties
from resumematch.scoring.signals import LANGUAGE_GATE


def _someone_else(text: str, name: str, category: str = "license") -> bool:
    start = text.index(name)
    return names_someone_else(text, start, start + len(name), category)


def _part(report: resumematch.Report, name: str) -> resumematch.ScorePart:
    return next(p for p in report.parts if p.name == name)


def _resume(headline: str, title: str, duties: str, extra: str = "") -> str:
    return (
        f"Jane Doe\n{headline}\n\nExperience\n{title}, Mercy Hospital, Jan 2018 - Jan 2023\n{duties}\n"
        f"{extra}\nEducation\nHigh School Diploma\n"
    )


# ---------------------------------------------------------------- a colleague after "the"

TEAM = (
    "The CHW is part of the care team with the primary care providers, the RN care manager, "
    "Maria Estrada, RN, and the behavioral health consultants."
)


def test_a_colleague_listed_after_the_is_someone_else() -> None:
    # "providers, the RN care manager, ..., and the ..." goes on listing the team.
    assert _someone_else(TEAM, "RN care")
    assert "registered-nurse" not in {
        t.term_id for t in resumematch.analyze("Community Health Worker\n\n" + TEAM).terms
    }


def test_a_new_clause_after_the_team_still_names_the_hire() -> None:
    # A word of the hire ("will") or no list joiner after the mention: a new clause.
    assert not _someone_else("Working with the team, a registered nurse will lead the shift.", "registered nurse")
    assert not _someone_else("Working with the team, the registered nurse leads the shift.", "registered nurse")
    assert not _someone_else("Working with the team, a registered nurse, you will lead.", "registered nurse")


# ---------------------------------------------------------------- a required language

CHW = (
    "Community Health Worker - Bilingual\n\nRequired:\n"
    "- Fluent in spoken and written Spanish and English\n- Experience in community outreach\n"
)
PREFERRED = "Medical Scribe\n\nRequired:\n- Typing speed of 50 WPM\nPreferred:\n- Bilingual English/Spanish\n"


def test_a_required_language_is_a_gate() -> None:
    job = resumematch.analyze(CHW)
    duties = "Community outreach at health fairs; connected families to resources."
    speaks = resumematch.check(
        _resume("Outreach Worker", "Outreach Worker", duties, "Languages\nFluent in Spanish\n"), job=job
    )
    does_not = resumematch.check(_resume("Outreach Worker", "Outreach Worker", duties), job=job)
    assert "is required: every part counts" in _part(does_not, "languages").detail
    assert "required" not in _part(speaks, "languages").detail
    assert does_not.score <= speaks.score * LANGUAGE_GATE + 1.0


def test_a_preferred_language_is_no_gate() -> None:
    job = resumematch.analyze(PREFERRED)
    report = resumematch.check(_resume("Scribe", "Medical Scribe", "Documented encounters in Epic."), job=job)
    assert "required" not in _part(report, "languages").detail


# ---------------------------------------------------------------- usual work of two roles


def test_a_patient_care_technicians_work_is_ekgs_and_blood_draws() -> None:
    found = role_duties("Patient Care Technician - Emergency Department (Nights)")
    assert found is not None and found.role == "patient care technician"
    job = resumematch.analyze("Patient Care Technician - Emergency Department\n\nJoin our team. Great benefits.\n")
    tech = resumematch.check(
        _resume(
            "Patient Care Technician", "Patient Care Technician", "Performed 12-lead EKGs and drew blood (phlebotomy)."
        ),
        job=job,
    )
    aide = resumematch.check(
        _resume("Home Care Aide", "Home Care Aide", "Helped clients with bathing and meals."), job=job
    )
    assert _part(tech, "the role's usual duties").points > _part(aide, "the role's usual duties").points


def test_a_scribes_work_is_clinical_documentation() -> None:
    found = role_duties("Medical Scribe - Emergency Medicine (Part Time / Full Time)")
    assert found is not None and found.role == "medical scribe"


def test_a_language_named_below_fluency_does_not_meet_a_requirement() -> None:
    job = resumematch.analyze(CHW)
    duties = "Community outreach at health fairs; connected families to resources."
    for written in ("Languages\nIntermediate in Spanish\n", "Languages\nEnglish, Spanish (conversational)\n"):
        report = resumematch.check(_resume("Outreach Worker", "Outreach Worker", duties, written), job=job)
        assert "required (named below fluency)" in _part(report, "languages").detail
    fluent = resumematch.check(
        _resume("Outreach Worker", "Outreach Worker", duties, "Served Spanish speaking families.\n"), job=job
    )
    assert "required" not in _part(fluent, "languages").detail
