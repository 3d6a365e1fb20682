"""Token patterns in vocabularies: the format's validation, the matcher, and what they find."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from conftest import EXAMPLES, FIXTURES, need
from spacy.matcher import Matcher

from resumematch import VocabError, find_terms, load_vocabulary
from resumematch.match.component import SPANS_KEY, span_details
from resumematch.match.doc_tokens import read_tokens
from resumematch.match.patterns import PatternMatcher, pattern_problems
from resumematch.match.pipeline import build_pipeline
from resumematch.match.variants import word_forms

GAP = {"LOWER": {"NOT_IN": ["by", "as", "on", "in", "and"]}, "IS_PUNCT": False, "IS_SPACE": False, "OP": "{0,3}"}
STAFF = {"LOWER": {"IN": ["staff", "team", "employees", "nurses"]}}
TERMS: list[dict[str, Any]] = [
    {
        "id": "staff-training",
        "name": "Train new staff",
        "category": "duty",
        "aliases": ["staff training"],
        "patterns": [[{"LEMMA": {"IN": ["train", "educate"]}}, GAP, STAFF]],
    },
    {
        "id": "staff-hiring",
        "name": "Hire new staff",
        "category": "duty",
        "patterns": [[{"LEMMA": "hire"}, {"LOWER": {"IN": ["and", ",", "trained"]}, "OP": "{0,2}"}, GAP, STAFF]],
    },
    {
        "id": "chart-review",
        "name": "Review patient charts",
        "category": "duty",
        "patterns": [[{"LEMMA": "review"}, GAP, {"LOWER": {"IN": ["charts", "records"]}}]],
    },
    {"id": "medical-records", "name": "Medical records", "category": "duty"},
    {
        "id": "organizational-skills",
        "name": "Organizational skills",
        "category": "soft_skill",
        "patterns": [
            [{"LOWER": {"IN": ["highly", "very"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": "organized"}],
            [{"LOWER": "organized"}, {"IS_SPACE": True}],
        ],
    },
    {
        "id": "critical-thinking",
        "name": "Critical thinking",
        "category": "soft_skill",
        "patterns": [[{"LOWER": "critical"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["thinker", "thinkers"]}}]],
    },
]


def write_vocab(tmp_path: Path, terms: list[dict[str, Any]], name: str = "vocab.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"schema": 1, "role": "Test", "terms": terms}), "utf-8")
    return path


def found(text: str, vocab: Path | str) -> list[tuple[str, str, str, str]]:
    _, mentions = find_terms(text, vocab=vocab)
    return [(m.term_id, m.text, m.method, m.status) for m in mentions]


@pytest.fixture
def vocab(tmp_path: Path) -> Path:
    return write_vocab(tmp_path, TERMS)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Trained incoming staff on Epic.", "Trained incoming staff"),
        ("Trains all new nurses.", "Trains all new nurses"),
        ("Training new employees", "Training new employees"),
        ("educated the nursing team", "educated the nursing team"),
    ],
)
def test_a_pattern_finds_a_duty_across_inflections_and_a_gap(vocab: Path, text: str, span: str) -> None:
    assert found(text, vocab) == [("staff-training", span, "pattern", "affirmed")]


@pytest.mark.parametrize(
    "text",
    [
        "Was trained by senior staff.",  # the candidate was trained: "by" is not in the gap
        "Trained as a staff nurse.",
        "Trained on staff scheduling software.",
        "Trained nurses aides\n",  # fine: a hit, checked below; the gap never crosses a line
        "Trained\nstaff",
        "Trained, staff",
        "Trained the whole incoming class of new staff",  # four words between: too far
    ],
)
def test_a_pattern_does_not_reach_past_its_gap(vocab: Path, text: str) -> None:
    terms = found(text, vocab)
    if text.startswith("Trained nurses"):
        assert terms == [("staff-training", "Trained nurses", "pattern", "affirmed")]
    else:
        assert terms == []


def test_a_phrase_and_a_pattern_of_the_same_term_make_one_mention(vocab: Path) -> None:
    # "staff training" is an alias, and "Trained staff" its reordered, inflected variant;
    # the pattern train + staff matches the same words: one mention, the phrase's method.
    assert found("Led staff training.", vocab) == [("staff-training", "staff training", "phrase", "affirmed")]
    assert found("Trained staff.", vocab) == [("staff-training", "Trained staff", "variant", "affirmed")]


def test_two_patterns_on_the_same_words_are_two_statements(vocab: Path) -> None:
    assert found("Hired and trained 12 employees.", vocab) == [
        ("staff-hiring", "Hired and trained 12 employees", "pattern", "affirmed"),
        ("staff-training", "trained 12 employees", "pattern", "affirmed"),
    ]


def test_a_phrase_inside_a_pattern_match_stays(vocab: Path) -> None:
    assert found("Reviewed medical records daily.", vocab) == [
        ("chart-review", "Reviewed medical records", "pattern", "affirmed"),
        ("medical-records", "medical records", "phrase", "affirmed"),
    ]


def test_soft_skills_from_adjectives_and_nouns(vocab: Path) -> None:
    assert found("Highly-organized critical thinker", vocab) == [
        ("organizational-skills", "Highly-organized", "pattern", "affirmed"),
        ("critical-thinking", "critical thinker", "pattern", "affirmed"),
    ]
    # "Organized" alone on a line is the adjective; the line break is context, not the mention.
    assert found("Skills\nOrganized\nBilingual", vocab) == [
        ("organizational-skills", "Organized", "pattern", "affirmed")
    ]
    assert found("Organized the annual fundraiser", vocab) == []


def test_pattern_mentions_go_through_assertion(vocab: Path) -> None:
    assert found("No experience training incoming staff.", vocab) == [
        ("staff-training", "training incoming staff", "pattern", "negated")
    ]


# --- the shipped vocabulary: the brief's examples, and traps ---------------------

SHIPPED_HITS = [
    ("Supervised a team of nine CNAs.", "staff-supervision"),
    ("Trained incoming staff", "staff-training"),
    ("Mentored new graduates", "mentoring"),
    ("precepted nursing students", "mentoring"),
    ("worked closely with physicians", "provider-coordination"),
    ("scheduled patient appointments", "appointment-scheduling"),
    ("Hired and onboarded 12 employees", "staff-hiring"),
    ("Hired and onboarded 12 employees", "staff-training"),
    ("interviewed candidates", "staff-hiring"),
    ("Organized\n", "organizational-skills"),
    ("highly organized", "organizational-skills"),
    ("Creative problem solver", "problem-solving"),
    ("critical thinker", "critical-thinking"),
    ("team player", "teamwork"),
    ("detail-oriented", "attention-to-detail"),
    ("strong communicator", "communication-skills"),
    ("Talented multi-tasker", "multitasking"),
    ("self-starter", "initiative"),
    ("Dependable and hardworking", "reliability"),
    ("Managed the department budget", "budgeting"),
    ("prepared the annual budget", "budgeting"),
    ("Analyzed utilization data", "data-analysis"),
    ("Managed multiple reimbursement projects", "project-management"),
    ("Developed strong relationships with referring offices", "relationship-building"),
    ("Educated patients and families on wound care", "patient-education"),
    ("Ordered and stocked medical supplies", "inventory-management"),
    ("Reviewed patient charts for completeness", "chart-review"),
    ("Recruited, hired, trained, and supervised all employees", "staff-hiring"),
    ("Recruited, hired, trained, and supervised all employees", "staff-training"),
    ("Keyed in a high volume of data", "data-entry"),
    ("Enters all new applicant information in the computer system.", "data-entry"),
    ("Entered orders into the EMR", "data-entry"),
    ("Collect demographic, economic and housing data", "data-collection"),
    ("Communicated project updates to stakeholders", "stakeholder-management"),
    ("Partnered with vendors to develop software solutions", "vendor-management"),
    ("Consult with patients to determine current insurance coverage", "insurance-verification"),
    ("Professional and mature", "professionalism"),
    ("Talented and professional Healthcare Administrator", "professionalism"),
    ("Greeted customers professionally and courteously", "professionalism"),
    # duties written as outcomes and in resume wording (issue #18)
    ("Streamlined the office and lowered all costs by 25%", "financial-management"),
    ("I mixed and administered chemotherapy, hydration, and other medications.", "medication-administration"),
    ("Collected urine and fecal samples.", "specimen-collection"),
    ("Recruited, hired, trained and coached on average of 4 new employees per year.", "staff-hiring"),
    ("Determined eligibility for Medicaid.", "insurance-verification"),
    ("Obtain authorization for procedures from insurance companies", "prior-authorization"),
    ("Maintain a safe and sterile environment for the patient", "patient-safety"),
    ("Resolved all customer complaints in a professional manner", "conflict-resolution"),
    # verbs in coordinated lists, leadership given to staff, staff counted in a team (issue #18)
    ("Recruited, trained, coached, and managed members of the front desk team.", "staff-training"),
    ("Provided leadership and training to a department of twelve.", "staff-training"),
    ("Supervised 8 aides and provided thorough, practical training", "staff-training"),
    ("Oriented new hires to unit routines", "staff-training"),
    ("Provided clinical leadership to the nursing staff", "staff-supervision"),
    ("Managed a six-person billing team", "staff-supervision"),
    ("Supervision of 14 nurses and aides", "staff-supervision"),
    ("Supervisor of the Men's Shoes department", "staff-supervision"),
    ("Selected, trained and retained qualified staff", "staff-hiring"),
    ("Hiring/Firing", "staff-hiring"),
    ("Collaborated with nursing leadership, physicians and practice managers", "provider-coordination"),
    ("Fostered collaboration with physician practices", "provider-coordination"),
    ("Known for clear communication with\nphysicians and families", "provider-coordination"),
    ("Documented all patient-directed activities", "clinical-documentation"),
    ("Charted each patient's progress daily", "clinical-documentation"),
    ("Kept accurate notes on each patient", "clinical-documentation"),
    ("Skilled at planning, organizing and solving problems", "organizational-skills"),
    ("Performed NG tube feedings and catheterizations", "patient-care"),
    ("Gave care in the surgical intensive care unit", "patient-care"),
    ("Kept up-to-date patient records", "record-keeping"),
    ("Scheduled outpatient visits for CT scans and X-rays", "diagnostic-test-coordination"),
    ("Ensured adherence to the study protocols", "protocol-adherence"),
    ("Helped residents with bathing and toileting", "adl-assistance"),
    ("Willing to be flexible with shifts", "flexibility"),
    ("Oversaw clinic finances", "financial-management"),
    ("Responsible for operational, financial and personnel management", "financial-management"),
    ("Handled confidential medical records", "patient-confidentiality"),
    ("Insurance eligibility and authorizations", "prior-authorization"),
    ("Policy and procedure writing", "policies-and-procedures"),
    ("Data collection and analysis for quality reports", "data-analysis"),
    ("Care management and coordination for high-risk members", "care-coordination"),
    ("Assisted callers with appointments", "appointment-scheduling"),
    ("Served as trainer and mentor", "mentoring"),
    ("Prepared discharges and the related paperwork", "discharge-paperwork"),
    ("Supervised aides and their schedules", "staff-scheduling"),
    ("Submitted insurance claims daily", "medical-billing"),
    ("Professional, results-driven and detail-oriented", "professionalism"),
    ("Negotiated value-based contracts with payers", "value-based-care"),
    ("Medical coding and billing", "medical-billing"),
    ("Medical coding and billing", "medical-coding"),
    ("Skills: Word, Excel, Power\nPoint", "ms-powerpoint"),
    ("Kept the team's calendar in Outlook", "ms-outlook"),
    # a certificate written as "Certified <skill>" or "<skill> certified/certification" (issue #18)
    ("Certified Project Management, 2016", "project-management-certification"),
    ("Project Management Certification (PMI)", "project-management-certification"),
    ("Phlebotomy certified since 2019", "phlebotomy-certification"),
    ("ECG certified", "ekg-certification"),
    ("Clinical research certified, 2020", "clinical-research-certification"),
]

SHIPPED_TRAPS = [
    ("Human Resources Management, University of Washington", "resource-allocation"),
    ("Coursework in Human Resource Management", "resource-allocation"),
    ("Not certified in phlebotomy yet", "phlebotomy-certification"),
    ("Project management, phlebotomy and EKG", "project-management-certification"),
    ("Supervised by the charge nurse during orientation.", "staff-supervision"),
    ("Was trained by senior staff on Epic.", "staff-training"),
    ("Trained as a staff nurse.", "staff-training"),
    ("Mentored by the unit manager.", "mentoring"),
    ("Organized the annual fundraiser", "organizational-skills"),
    ("Customer Relationship Management (CRM) software", "relationship-building"),
    ("Worked closely with network and server specialists", "provider-coordination"),
    ("The updated MDS software", "provider-coordination"),
    ("Met with hiring managers weekly", "staff-hiring"),
    ("Manage employee information systems.", "staff-supervision"),
    ("Licensed Healthcare Communicator", "communication-skills"),
    ("Completed projects within budget", "budgeting"),
    ("Scheduled staff meetings", "appointment-scheduling"),
    ("Reviewed financial records", "chart-review"),
    ("Maintained reliable transportation", "reliability"),
    ("Entered the information technology field in 2010", "data-entry"),
    ("Entered into a service agreement with the county", "data-entry"),
    ("Worked with vendor software", "vendor-management"),
    ("Funded by stakeholders", "stakeholder-management"),
    ("Professional Experience", "professionalism"),
    ("Education and Professional Development", "professionalism"),
    ("Allowed the plan to reduce healthcare costs", "financial-management"),
    ("I was waiting to obtain the necessary employment authorization", "prior-authorization"),
    ("Ensure a safe operating environment for personnel and aircraft", "patient-safety"),
    ("Visited customer locations to set up contracts and provide training.", "staff-training"),
    ("Gathered information from a variety of technical sources", "data-collection"),
    ("Selected Representative of the Year", "staff-hiring"),
    ("Helped new customers set up their accounts", "staff-training"),
    ("Provided leadership to the project", "staff-supervision"),
    ("Supervisor of Operations", "staff-supervision"),
    ("Communication with patients and families", "provider-coordination"),
    ("Documented network outages and server changes", "clinical-documentation"),
    ("Recorded sales figures for the region", "clinical-documentation"),
    ("Performed software upgrades and data migrations", "patient-care"),
    ("Scheduled meetings for the board", "diagnostic-test-coordination"),
    ("Assisted customers with returns", "adl-assistance"),
    ("Offers flexible spending accounts", "flexibility"),
    ("Verified employment eligibility and work authorization", "prior-authorization"),
    ("Submitted warranty claims", "medical-billing"),
    ("Worked with Mentor Graphics and Cadence tools", "mentoring"),
    ("Handled customer returns", "patient-confidentiality"),
    ("Value-based pricing for retail", "value-based-care"),
    ("Excel power user", "ms-powerpoint"),
    ("A positive outlook in any situation", "ms-outlook"),
]


@pytest.mark.parametrize(("text", "term_id"), SHIPPED_HITS)
def test_shipped_patterns_find(text: str, term_id: str) -> None:
    _, mentions = find_terms(text)
    assert term_id in {m.term_id for m in mentions if m.status == "affirmed"}


@pytest.mark.parametrize(("text", "term_id"), SHIPPED_TRAPS)
def test_shipped_patterns_do_not_fire_on_traps(text: str, term_id: str) -> None:
    _, mentions = find_terms(text)
    assert term_id not in {m.term_id for m in mentions}


# --- validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("patterns", "message"),
    [
        ([[{"POS": "VERB"}]], "unknown token attribute(s) POS"),
        ([[{"LEMMA": "train"}, {"OP": "+"}]], "unbounded"),
        ([[{"LEMMA": "train"}, {"IS_PUNCT": False, "OP": "{0,9}"}]], "1 to 3 times"),
        ([[{"LEMMA": "train"}, {"IS_PUNCT": False, "OP": "{2,}"}]], "no upper bound"),
        ([[{"LOWER": "train", "OP": "?"}, {"LOWER": "staff"}]], "must start with a required word"),
        ([[{"IS_PUNCT": True}, {"LOWER": "staff"}]], "must start with a required word"),
        ([[{"LOWER": "Staff"}]], "must be lowercase"),
        ([[{"LOWER": "follow-up"}]], "the tokenizer splits"),
        ([[{"LOWER": "train staff"}]], "holds a space"),
        ([[{"LOWER": {"IN": []}}]], "non-empty list"),
        ([[{"IS_DIGIT": "yes"}]], "must be true or false"),
        ([], "non-empty list of patterns"),
        ([{"LOWER": "staff"}], "non-empty list of token objects"),
        ([[{"LEMMA": "x"}, *[{"LOWER": "y", "OP": "{1,3}"}] * 4]], "at most 12"),
    ],
)
def test_a_bad_pattern_is_reported_with_file_and_term(tmp_path: Path, patterns: Any, message: str) -> None:
    path = write_vocab(
        tmp_path, [{"id": "staff-training", "name": "Train staff", "category": "duty", "patterns": patterns}]
    )
    with pytest.raises(VocabError) as caught:
        load_vocabulary(path)
    text = str(caught.value)
    assert message in text
    assert str(path) in text and "'staff-training'" in text


def test_every_problem_of_every_pattern_is_reported_at_once() -> None:
    problems = pattern_problems([[{"POS": "VERB"}], [{"LOWER": "a"}, {"OP": "*"}]])
    assert len(problems) == 2
    assert problems[0].startswith("pattern #1 token #1") and problems[1].startswith("pattern #2 token #2")


def test_the_shipped_vocabularies_patterns_are_valid() -> None:
    vocabulary = load_vocabulary("clinical-coordinator")
    with_patterns = [t for t in vocabulary if t.patterns]
    assert len(with_patterns) >= 25
    assert not [t.id for t in with_patterns if pattern_problems([list(p) for p in t.patterns])]


# --- serialization ---------------------------------------------------------------


def test_to_disk_and_spacy_load_keep_the_patterns(tmp_path: Path, vocab: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [str(vocab)]})
    text = "Trained incoming staff.\nHighly organized."
    doc = nlp(text)
    before = [(s.text, s.id_, span_details(s)["method"]) for s in doc.spans[SPANS_KEY]]
    assert ("Trained incoming staff", "staff-training", "pattern") in before
    nlp.to_disk(tmp_path / "model")
    vocab.unlink()  # the saved pipeline must not need the file
    loaded = spacy.load(tmp_path / "model")
    again = loaded(text)
    assert [(s.text, s.id_, span_details(s)["method"]) for s in again.spans[SPANS_KEY]] == before


def test_a_vocabulary_without_patterns_matches_as_before(tmp_path: Path) -> None:
    plain = [{k: v for k, v in t.items() if k != "patterns"} for t in TERMS]
    assert found("Trained incoming staff; staff training.", write_vocab(tmp_path, plain)) == [
        ("staff-training", "staff training", "phrase", "affirmed")
    ]


# --- the same matches as spaCy's Matcher -------------------------------------------


def _spacy_matcher(nlp: spacy.language.Language, vocabulary: Any) -> Matcher:
    """spaCy's own Matcher on the shipped patterns, with LEMMA spelled out as LOWER sets."""
    matcher = Matcher(nlp.vocab)
    for term in vocabulary:
        rewritten = []
        for pattern in term.patterns:
            tokens = []
            for token in pattern:
                token = dict(token)
                lemma = token.pop("LEMMA", None)
                if lemma is not None:
                    values = [lemma] if isinstance(lemma, str) else lemma["IN"]
                    token["LOWER"] = {"IN": sorted({f for v in values for f in word_forms(v)})}
                tokens.append(token)
            rewritten.append(tokens)
        if rewritten:
            matcher.add(term.id, rewritten)
    return matcher


def test_the_same_matches_as_spacys_matcher() -> None:
    vocabulary = load_vocabulary("clinical-coordinator")
    nlp = build_pipeline(vocabulary)
    ours = nlp.get_pipe("resumematch_terms").search  # type: ignore[attr-defined]
    patterns: PatternMatcher = ours._patterns  # type: ignore[attr-defined]
    theirs = _spacy_matcher(nlp, vocabulary)
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("resumes/*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted(need(FIXTURES / "template-resumes").rglob("*.txt"))[:20]]
    texts.append("\n".join(text for text, _ in SHIPPED_HITS + SHIPPED_TRAPS))
    compared = 0
    for text in texts:
        doc = nlp.make_doc(text)
        lower, _, tokens = read_tokens(doc, text)
        mine = {(s, e, t) for s, e, t, _, _ in patterns.matches(lower, tokens)}
        spacy_found = set()
        for key, start, end in theirs(doc):
            while end - 1 > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
                end -= 1  # ours leaves trailing breaks and punctuation out of the mention
            spacy_found.add((start, end, nlp.vocab.strings[key]))
        assert mine == spacy_found, text[:80]
        compared += len(mine)
    assert compared > 30
