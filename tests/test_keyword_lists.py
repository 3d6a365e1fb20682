"""A skills keyword list's copy of a word means what the body means by it (match/keyword_lists.py)."""

from __future__ import annotations

from resumematch import find_terms


def statuses(text: str, term_id: str) -> list[str]:
    return [m.status for m in find_terms(text)[1] if m.term_id == term_id]


RECEPTIONIST = (
    "Jane Doe\n\nExperience\nReceptionist II, City Hospital\n"
    "Provided administrative support to faculty and staff in the Critical Care Department.\n\n"
    "Skills\nadministrative support, attention to detail, Critical Care, customer satisfaction, Data Entry\n"
)
ARCHITECT = (
    "John Doe\n\nExperience\nPlatform Architect, Acme Health\n"
    "Architected and managed Okta IDaaS (Identity and Access Management as a Service) for all web applications.\n\n"
    "Skills\nJava, Javascript, Linux, logic, Mac, messaging, Access, C#, exchange, Windows, Modeling\n"
)


def test_a_department_the_body_names_is_a_department_in_the_list_too() -> None:
    assert statuses(RECEPTIONIST, "critical-care") == ["other_person", "other_person"]


def test_an_ambiguous_word_the_body_uses_otherwise_is_dropped_from_the_list() -> None:
    assert statuses(ARCHITECT, "ms-access") == []


def test_a_term_the_body_credits_stays_held_in_the_list() -> None:
    text = (
        "Jane Doe\n\nExperience\nStaff nurse in the intensive care unit, 2015-2020.\n\n"
        "Skills\nCritical Care, patient education\n"
    )
    assert set(statuses(text, "critical-care")) == {"affirmed"}


def test_a_list_word_the_body_never_uses_stays_held() -> None:
    text = (
        "John Doe\n\nExperience\nPlatform Architect, Acme Health\nBuilt web services.\n\n"
        "Skills\nJava, Linux, Access, C#\n"
    )
    assert statuses(text, "ms-access") == ["affirmed"]


def test_a_list_word_with_its_own_context_stays_held() -> None:
    text = ARCHITECT.replace("messaging, Access, C#", "messaging, Access, Excel, C#")
    assert "affirmed" in statuses(text, "ms-access")
