"""Duties read by clause: a verb of the duty's action and a noun of its object in one clause
(issue #18, fifteenth session; ``match/clause_duties.py``, ``data/duty_clauses.json``).

The lines were written from what each duty means, before the rules were run on them: the
object far from its verb, behind "of"/"for"/"with"/"to", a verb of the same action the
patterns do not list, and the near lines that must not credit (a passive, a place, a job
title, a heading, a keyword list, another clause). Every line runs through ``find_terms``
inside a small resume.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import held as _held
from conftest import in_experience, with_known_limits

from resumematch import find_terms
from resumematch.errors import VocabError
from resumematch.match.clause_duties import clause_additions, with_clause_matches
from resumematch.match.clause_rules import inflections, load_clause_data
from resumematch.match.trie import Found
from resumematch.match.variants import word_forms

CLAUSE_LINES: list[tuple[str, str, bool]] = [
    # staff-training: any verb of teaching, the staff noun a clause away
    ("Oriented the incoming night-shift unit secretaries to our paging system.", "staff-training", True),
    ("Instructed newly hired pharmacy technicians in the compounding room.", "staff-training", True),
    ("Educated the two front-office receptionists on the new check-in script.", "staff-training", True),
    ("Taught a first-aid course to the warehouse crew.", "staff-training", True),
    ("Trained in phlebotomy at the county hospital.", "staff-training", False),
    ("Was educated by senior nurses on the cardiac floor.", "staff-training", False),
    ("Coached a youth soccer team on weekends.", "staff-training", False),
    ("Coach, Coaching, client, clients, delivery, drivers", "staff-training", False),
    ("Coached the 2019 league champion and joined on staff in 2020.", "staff-training", False),
    # staff-supervision: the staff behind "of" / "for", a title verb only before a phrase
    ("Managed day-to-day operations of a 30-bed unit and its 45 employees.", "staff-supervision", True),
    ("Lead a night crew of six surgical technologists.", "staff-supervision", True),
    ("Lead designer for the in-house creative team.", "staff-supervision", False),
    ("Led and collaborated with the vendor's implementation teams.", "staff-supervision", False),
    ("Supervised by the director of nursing and her team.", "staff-supervision", False),
    ("STAFFING TEAM", "staff-supervision", False),
    ("Managed employee relations cases for the region.", "staff-supervision", False),
    # provider-coordination: with / to physicians, or calling them
    ("Worked closely every shift with the hospitalists and the case managers.", "provider-coordination", True),
    ("Reported abnormal lab values to the ordering provider.", "provider-coordination", True),
    ("Paged the on-call cardiologist for every new chest-pain admission.", "provider-coordination", True),
    ("Called physicians with critical results within 30 minutes.", "provider-coordination", True),
    ("Worked as a physician assistant for three years.", "provider-coordination", False),
    ("Worked in a physician's office as a receptionist.", "provider-coordination", False),
    # care-coordination: arranging the services a patient needs
    ("Arranged home health, DME and transportation for patients going home.", "care-coordination", True),
    ("Coordinated hospice placement for terminally ill patients and their families.", "care-coordination", True),
    ("Coordinated the annual IT service contracts.", "care-coordination", False),
    ("Coordinated with the therapy department on resident transfers.", "care-coordination", False),
]


KNOWN_LIMITS = {
    "Lead a night crew of six surgical technologists.": "leadership's pattern reads 'Lead a night crew' and a "
    "clause match never adds to a verb another match covers (letting it add there cost 11 false duties on devel "
    "and 3 on valid, for no recall)",
}


@pytest.mark.parametrize(("line", "term_id", "held"), with_known_limits(CLAUSE_LINES, KNOWN_LIMITS))
def test_clause_lines(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held


def test_a_clause_match_adds_only_what_nothing_else_found() -> None:
    """A phrase that covers the verb keeps it ("Oversaw staff scheduling"); a free verb
    gives the supervision no phrase or pattern states."""
    _, mentions = find_terms(in_experience("Oversaw staff scheduling for the 24 transport employees."))
    assert "staff-supervision" not in {m.term_id for m in mentions}
    _, mentions = find_terms(in_experience("Oversaw payroll and time-off requests for the 24 transport employees."))
    by_term = {m.term_id: m for m in mentions}
    assert by_term["staff-supervision"].text.startswith("Oversaw")
    assert by_term["staff-supervision"].text.endswith("employees")


def test_a_clause_match_never_competes_and_is_read_apart() -> None:
    kept = [Found(0, 2, "staff-training", "variant", 0.95), Found(9, 11, "leadership", "pattern", 0.9)]
    clauses = [
        Found(0, 6, "staff-supervision", "pattern", 0.8),  # another match covers its verb: dropped
        Found(3, 7, "staff-training", "pattern", 0.8),  # the term is held: dropped
        Found(4, 9, "care-coordination", "pattern", 0.8),
        Found(9, 12, "mentoring", "pattern", 0.8),  # a pattern covers its verb: dropped
    ]
    added = clause_additions(kept, clauses)
    assert added == [clauses[2]]
    rows, statuses = with_clause_matches(kept, ["affirmed", "negated"], added, ["hedged"])
    assert rows == [kept[0], clauses[2], kept[1]]
    assert statuses == ["affirmed", "hedged", "negated"]


def test_a_clause_match_leaves_the_other_mentions_status() -> None:
    """The long span "Taught ... to coordinators" is read apart: the research the statutes govern
    stays someone else's, as without the clause reading."""
    _, mentions = find_terms(in_experience("Taught the statutes governing clinical research to coordinators."))
    by_term = {m.term_id: m for m in mentions}
    assert by_term["staff-training"].status == "affirmed"
    assert by_term["clinical-research"].status == "other_person"


def test_a_vocabulary_that_redefines_a_term_gets_no_clause_rules(tmp_path: Path) -> None:
    term = {"id": "staff-training", "name": "Train new staff", "category": "duty"}
    path = tmp_path / "vocab.json"
    path.write_text(json.dumps({"schema": 1, "role": "Test", "terms": [term]}), "utf-8")
    _, mentions = find_terms(in_experience("Oriented the incoming night-shift unit secretaries."), vocab=path)
    assert mentions == ()
    _, mentions = find_terms(in_experience("Oriented the incoming night-shift unit secretaries."))
    assert "staff-training" in {m.term_id for m in mentions}


def test_nouns_take_plurals_and_verbs_their_tenses() -> None:
    words = frozenset({"precepted", "precepting", "precepts", "liaises", "liaised"})
    assert {"precept", "precepted", "precepting", "precepts"} <= inflections("v:precept", word_forms, words)
    assert {"hospitalist", "hospitalists"} <= inflections("n:hospitalist", word_forms, words)


def test_the_packaged_rules_name_shipped_terms_and_known_classes() -> None:
    from resumematch import default_vocabulary

    data = load_clause_data()
    vocabulary = default_vocabulary()
    assert data["terms"]
    for term_id, rules in data["terms"].items():
        assert term_id in vocabulary, term_id
        assert vocabulary.get(term_id).category == "duty"
        assert all(rule["verbs"] and rule["objects"] for rule in rules)


def test_a_bad_rules_file_names_every_problem(tmp_path: Path) -> None:
    bad = {
        "schema": 1,
        "colour": "red",
        "classes": {},
        "terms": {"staff-training": [{"verbs": ["train"], "objects": ["@nobody"], "gap": 3}]},
    }
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(bad), "utf-8")
    with pytest.raises(VocabError) as raised:
        load_clause_data(path)
    message = str(raised.value)
    for problem in ("rules.json", "'colour'", "'gap'", "'@nobody'"):
        assert problem in message
