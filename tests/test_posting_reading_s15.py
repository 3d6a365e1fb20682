"""Posting reading, fifteenth session (#20): the employer's own people are not the hire,
and a person specification's "essential"/"desirable" is no part of a degree's field.

A clause whose subject is the employer's people in the plural ("Our providers are
physicians, nurse practitioners and physician assistants", "our clinicians include GPs")
lists its staff, the hire's colleagues, as "staffed by" does; a licence named there is no
ask. "Master's degree in Public Health desirable" asks a degree in public health, not in
"public health desirable" (benchmarks/README.md, "Fifteenth session: reading what a
posting asks").
"""

from __future__ import annotations

import pytest

import resumematch
from resumematch.posting.others import names_someone_else
from resumematch.posting.statements import read_statement


def _someone_else(text: str, name: str) -> bool:
    start = text.index(name)
    return names_someone_else(text, start, start + len(name), "license")


@pytest.mark.parametrize(
    ("text", "name", "others"),
    [
        ("Our providers are physicians, nurse practitioners and physician assistants.", "nurse practitioners", True),
        ("Our clinicians include GPs and advanced nurse practitioners.", "advanced nurse practitioners", True),
        ("Our staff include a registered nurse and two aides.", "registered nurse", True),
        ("Our therapists range from physiotherapists to occupational therapists.", "occupational therapists", True),
        ("You are a registered nurse with two years of ward experience.", "registered nurse", False),
        ("Our ideal candidate is a registered nurse.", "registered nurse", False),
        ("We are seeking registered nurses for our medical ward.", "registered nurses", False),
        ("Our nurse is a registered nurse.", "registered nurse", False),
        ("Providers are welcome: registered nurses may apply.", "registered nurses", False),
    ],
)
def test_the_employers_people_listed_after_a_copula(text: str, name: str, others: bool) -> None:
    assert _someone_else(text, name) is others


def test_a_providers_list_asks_no_licence_of_the_hire() -> None:
    text = (
        "Licensed Vocational Nurse (LVN) - Urgent Care\n\n"
        "We see patients of all ages. Our providers are physicians, nurse practitioners and "
        "physician assistants, supported by LVNs and medical assistants.\n\n"
        "Requirements\n\n- Current Texas LVN license\n- Current BLS certification\n"
    )
    asked = {t.term_id for t in resumematch.analyze(text).terms}
    assert "nurse-practitioner" not in asked
    assert {"licensed-practical-nurse", "bls"} <= asked


def test_a_staff_list_rule_file_rejects_a_misspelt_key() -> None:
    from resumematch.errors import VocabError
    from resumematch.posting.posting_people_rules import PostingPeopleRules

    with pytest.raises(VocabError, match="staff_copula"):
        PostingPeopleRules.from_dict({"schema": 1, "staff_copula": ["are"]}, person_words=frozenset())


@pytest.mark.parametrize(
    ("statement", "level", "field"),
    [
        ("Master's degree in Public Health desirable", "master", "public health"),
        ("Bachelor's degree in nursing essential for this post", "bachelor", "nursing"),
        ("Bachelor's degree in nursing, essential", "bachelor", "nursing"),
        ("Bachelor's degree in nursing or a related field preferred", "bachelor", "nursing"),
    ],
)
def test_a_person_specifications_firmness_ends_the_degree_field(statement: str, level: str, field: str) -> None:
    facts = read_statement(statement)
    assert (facts.aspect, facts.level, facts.field) == ("education", level, field)
