"""Posting reading, eighth session: what a posting names that it does not ask of the hire.

Three classes left open by the sixth probe postings (benchmarks/README.md, "Posting
reading, eighth session"): a role-family phrase read across a word's edge ("it manager"
in "Unit Manager"), the service lines a posting markets or supports, and the people it
names as a team or an audience ("the revenue cycle leadership team").
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.acts import names_a_service
from resumematch.scoring.fit_data import family_votes, fit_data


def _asked(text: str) -> dict[str, str]:
    return {t.term_id: t.kind for t in resumematch.analyze(text).terms}


# -- 1. a family phrase straddling a word's edge -------------------------------------------


@pytest.mark.parametrize("title", ["Unit Manager", "Audit Manager", "Nurse Unit Manager", "Credit Support Officer"])
def test_a_family_phrase_is_not_read_from_inside_one_word_into_the_next(title: str) -> None:
    assert "it" not in family_votes(title), title


def test_a_unit_manager_is_still_a_manager_and_an_it_manager_is_it() -> None:
    assert "management" in family_votes("Unit Manager")
    assert "clinical" in family_votes("Nurse Unit Manager")
    assert "it" in family_votes("IT Manager")
    assert "it" in family_votes("Senior IT Manager")


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("PRACTICEMANAGER", "management"),  # a PDF that lost its spaces still reads
        ("SENIORSTAFFNURSE", "clinical"),
        ("SeniorStaffNurse", "clinical"),  # a camel-case capital starts a word
        ("Nurse Practitioners", "clinical"),  # a plural ending is no word of its own
    ],
)
def test_titles_without_spaces_and_plurals_still_read(title: str, family: str) -> None:
    assert family in family_votes(title), title


def test_a_licence_level_is_not_read_across_a_words_edge_either() -> None:
    levels = fit_data().levels
    assert levels.find_in_title("Nurse Practitioners")
    assert [found for _level, found in levels.find_in_title("StaffNurse")] == ["staffnurse"]


# -- 2. the service lines a posting markets or supports --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marketing Coordinator\n\nYou will promote our oncology, cardiology and orthopedic service lines.\n",
        "Marketing Coordinator\n\nPlan and run campaigns for the cancer center and the birthing center.\n",
        "Marketing Coordinator\n\nProduce newsletters and service-line campaigns (orthopedics, women's health, "
        "cancer care).\n",
        "Epic Analyst\n\nSupport the ambulatory and oncology service lines with build and testing.\n",
    ],
)
def test_a_service_marketed_or_supported_is_not_asked(text: str) -> None:
    asked = _asked(text)
    assert "oncology" not in asked and "obstetrics" not in asked, asked


@pytest.mark.parametrize(
    "text",
    [
        "Oncology RN\n\nRequirements\n- Oncology experience required\n",
        "Marketing Coordinator\n\nRequirements\n- Two years of experience marketing oncology service lines\n",
        "Staff Nurse\n\nJoin our busy oncology unit caring for patients through chemotherapy.\n",
    ],
)
def test_a_field_the_hire_works_in_is_still_asked(text: str) -> None:
    assert "oncology" in _asked(text)


def test_promoting_health_and_a_market_town_name_no_service() -> None:
    text = "You will engage with young people to promote their emotional wellbeing and mental health."
    start = text.index("mental health")
    assert not names_a_service(text, start, start + len("mental health"), "hard_skill")
    assert "mental-health" in _asked(text)
    assert "primary-care" in _asked("Practice Nurse\n\nA GP surgery in a market town seeks a nurse for primary care.\n")


# -- 3. people named as a team or an audience -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trend denials by payer and reason and share them with the revenue cycle leadership team.",
        "You will report to the revenue cycle leadership team.",
        "Work with the nursing leadership on audits.",
        "Present findings to senior leadership monthly.",
        "Escalate risks to the leadership team.",
        "Report to leadership weekly.",
    ],
)
def test_leadership_as_the_people_reported_to_is_not_asked(text: str) -> None:
    assert "leadership" not in _asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Strong leadership skills required.",
        "To provide leadership and supervision to healthcare assistants.",
        "Demonstrated leadership in a clinical setting.",
        "You will develop leadership across the team.",
        # a thing, not the people (what the post offers asks nothing: fourteenth session, second round)
        "You will take part in our leadership development programme.",
        "Contribute to leadership of the ward.",  # a bare "to" is no cue of people
    ],
)
def test_leadership_the_hire_shows_is_still_asked(text: str) -> None:
    assert "leadership" in _asked(text)


# -- a marketing post hires marketers from any field ---------------------------------------

_MARKETER = (
    "Jane Doe\nMarketing Coordinator\n\nExperience\nMarketing Coordinator, Acme Foods, Jan 2018 - Jan 2024\n"
    "Wrote web copy, ran social media channels and planned product campaigns.\n"
)


def _healthcare_part(posting: str) -> resumematch.ScorePart:
    report = resumematch.check(_MARKETER, job=resumematch.analyze(posting))
    return next(p for p in report.parts if p.name == "healthcare work")


def test_a_hospitals_marketing_post_does_not_ask_for_healthcare_work() -> None:
    part = _healthcare_part(
        "Marketing and Communications Coordinator\nSt. Mary's Hospital\n\nPlan content for the hospital's "
        "website and newsletters and coordinate community health fairs for our patients and clinics. "
        "Microsoft Office required.\n"
    )
    assert part.weight == 0


def test_a_healthcare_marketing_post_still_asks_for_healthcare_work() -> None:
    part = _healthcare_part(
        "Healthcare Marketing Coordinator\n\nPlan campaigns for hospitals and clinics. Microsoft Office required.\n"
    )
    assert part.weight > 0
