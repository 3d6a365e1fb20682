"""Duties read by clause, sixteenth session (issue #18; ``match/clause_duties.py``,
``match/clause_rules.py``, ``data/duty_clauses.json``).

A verb's nominalisation reads as the verb when its object follows "of", "for", "to" or "with"
("the supervision of 12 CNAs"), unless the action is done to the writer ("under the supervision
of", "received training for"); patients booked are appointments scheduled; staff hired or
recruited are staff hiring, not the writer hired as one, nor volunteers recruited. The lines were
written from what each duty means before the rules ran on them; each runs through ``find_terms``
inside a small resume. Main (f0072c1) credits 7 of the 16 held lines (token patterns already read
"recruitment of", "collaboration with", "booked ... patients"); the near lines it credits none of.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import held as _held
from conftest import in_experience

from resumematch.errors import VocabError
from resumematch.match.clause_rules import clause_words, load_clause_data

NOMINAL_LINES: list[tuple[str, str, bool]] = [
    # the nominal of a rule's verb, its object after of / for / to / with
    ("Responsible for the supervision of 12 CNAs on the night shift.", "staff-supervision", True),
    ("Day-to-day oversight of four front-desk receptionists.", "staff-supervision", True),
    ("Took over management of the clinic's six medical assistants in 2021.", "staff-supervision", True),
    ("Provided hands-on training for newly hired medical assistants.", "staff-training", True),
    ("Responsible for orientation of new nurses to the unit.", "staff-training", True),
    ("Led yearly competency teaching for the float pool nurses.", "staff-training", True),
    ("Handled recruitment of nurses for two new clinics.", "staff-hiring", True),
    ("Ongoing collaboration with the hospitalists on discharge timing.", "provider-coordination", True),
    ("Arrangement of home hospice services for patients leaving the unit.", "care-coordination", True),
    ("Coordination of home oxygen and rehab services for patients going home.", "care-coordination", True),
    # the action done to the writer, or no object after the link
    ("Worked under the supervision of the charge nurse.", "staff-supervision", False),
    ("Received training for new nurses in Epic charting.", "staff-training", False),
    ("Completed orientation with the other new hires.", "staff-training", False),
    ("Supervision of the warehouse inventory counts.", "staff-supervision", False),
    ("Training in phlebotomy at the county hospital.", "staff-training", False),
    ("Recruitment of volunteers for the spring health fair.", "staff-hiring", False),
]

VERB_LINES: list[tuple[str, str, bool]] = [
    # patients booked: appointments scheduled
    ("Scheduled patients for follow-up visits with the two surgeons.", "appointment-scheduling", True),
    ("Booked returning patients around the providers' clinic days.", "appointment-scheduling", True),
    ("Rescheduled patients whenever a surgeon's block changed.", "appointment-scheduling", True),
    ("Scheduled meetings with patients and families about care plans.", "appointment-scheduling", False),
    # staff hired or recruited
    ("Hired and onboarded six new medical assistants in one quarter.", "staff-hiring", True),
    ("Recruited experienced ICU nurses for the new step-down unit.", "staff-hiring", True),
    ("Recruited four bilingual patient access representatives.", "staff-hiring", True),
    ("Hired 3 years ago as a clerk and promoted twice.", "staff-hiring", False),
    ("Recruited volunteers for the hospital gift shop.", "staff-hiring", False),
]


@pytest.mark.parametrize(("line", "term_id", "held"), NOMINAL_LINES + VERB_LINES)
def test_clause_lines_s16(line: str, term_id: str, held: bool) -> None:
    assert _held(in_experience(line), term_id) is held


def test_the_packaged_nominals_belong_to_rule_verbs_and_are_inflected() -> None:
    data = load_clause_data()
    verbs = {verb for rules in data["terms"].values() for rule in rules for verb in rule["verbs"]}
    assert data["nominals"]
    assert set(data["nominals"]) <= verbs
    words = clause_words(data)
    assert {"n:supervision", "n:orientation", "n:recruitment"} <= words


def test_a_nominal_of_no_rule_verb_is_named(tmp_path: Path) -> None:
    bad = {
        "schema": 1,
        "classes": {},
        "nominals": {"train": ["training"], "juggle": ["juggling"]},
        "terms": {"staff-training": [{"verbs": ["train"], "objects": ["staff"]}]},
    }
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(bad), "utf-8")
    with pytest.raises(VocabError) as raised:
        load_clause_data(path)
    assert "'juggle'" in str(raised.value)
    assert "'train'" not in str(raised.value)
