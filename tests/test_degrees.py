"""The degree grammar: every form a resume writes a degree in, every trap, every status,
and the mentions it credits through the matcher (real vocabulary files, real documents)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from makers import make_docx, make_pdf

from resumematch import VocabError, extract_text, find_terms, load_vocabulary
from resumematch.resume.degree_grammar import read_degrees
from resumematch.resume.degrees import find_degrees, highest_degree

DEGREE_VOCAB = Path(__file__).parent / "data" / "degree-vocab.json"
Expected = list[tuple[str, str | None]]


def _education(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


# ----------------------------------------------------------------------------- forms

FORMS: list[tuple[str, Expected]] = [
    # written out, any case, plural and possessive
    ("Bachelor of Science in Nursing", [("bachelor", "nursing")]),
    ("Bachelor of Arts : Communications", [("bachelor", "communications")]),
    ("Bachelor's degree in Psychology", [("bachelor", "psychology")]),
    ("Bachelors degree", [("bachelor", None)]),
    ("Bachelors of Science : Business Administration", [("bachelor", "business administration")]),
    ("Bachelor of Science , Business Information Systems 2008", [("bachelor", "business information systems")]),
    ("BACHELOR OF SCIENCE Southern University", [("bachelor", None)]),  # "Southern" names the school
    ("MASTER OF BUSINESS ADMINISTRATION : Accounting", [("master", "business administration")]),
    ("Master's : Health Education , 04/2019", [("master", "health education")]),
    ("Master's Degree : Nursing, Nurse Educator", [("master", "nursing")]),
    ("Masters of Public Health", [("master", "public health")]),
    ("Master of Science (MS) : Healthcare Administration", [("master", "healthcare administration")]),
    ("Masters Business Administration", [("master", "business administration")]),
    ("Associate of Arts , Social Sciences", [("associate", "social sciences")]),
    ("Associates of Science : Healthcare Management", [("associate", "healthcare management")]),
    ("Associate in Healthcare Management, 2019", [("associate", "healthcare management")]),
    ("Johnson County Community College\nAssociates", [("associate", None)]),
    ("Associate : Social & Behavioral Sciences , 12/2015", [("associate", "social & behavioral sciences")]),
    ("Associate Degree in Nursing (ADN), 2014", [("associate", "nursing")]),
    ("Associate of Arts : May 1997", [("associate", None)]),
    ("Doctor of Nursing Practice", [("doctorate", "nursing practice")]),
    ("Doctor of Philosophy in Sociology", [("doctorate", "sociology")]),
    ("Doctorate in Education", [("doctorate", "education")]),
    ("Bachelor of Dental Surgery (BDS) : Nov 2012", [("bachelor", "dental surgery")]),
    # abbreviations, with and without dots or spaces; some name their field
    ("BS : Business Administration", [("bachelor", "business administration")]),
    ("B.S. in Biology", [("bachelor", "biology")]),
    ("B.S : Sociology , June 1995", [("bachelor", "sociology")]),
    ("BSc Computer Science", [("bachelor", "computer science")]),
    ("B.Sc, Biotechnology", [("bachelor", "biotechnology")]),
    ("BA, English", [("bachelor", "english")]),
    ("B.A : Marketing , 2006", [("bachelor", "marketing")]),
    ("BA GPA: 3.9", [("bachelor", None)]),
    ("AA : Liberal Arts", [("associate", "liberal arts")]),
    ("A.A : Liberal Arts , May 2005", [("associate", "liberal arts")]),
    ("AS : Biology", [("associate", "biology")]),
    ("AAS Nursing", [("associate", "nursing")]),
    ("A.A.S. in Radiologic Technology", [("associate", "radiologic technology")]),
    ("AA Degree : Chemistry", [("associate", "chemistry")]),
    ("ADN", [("associate", "nursing")]),
    ("MS : Computer Information Systems", [("master", "computer information systems")]),
    ("M.S. in Nursing", [("master", "nursing")]),
    ("MA : Public Policy", [("master", "public policy")]),
    ("M.A. in History", [("master", "history")]),
    ("MBA : Finance", [("master", "business administration")]),
    ("MBA , Business Administration 2012", [("master", "business administration")]),
    ("MHA", [("master", "health administration")]),
    ("MPH", [("master", "public health")]),
    ("M.P.H.", [("master", "public health")]),
    ("MSN, Nursing Leadership", [("master", "nursing")]),
    ("BSN", [("bachelor", "nursing")]),
    ("M.Ed. in Curriculum", [("master", "education")]),
    ("MEd", [("master", "education")]),
    ("PhD in Chemistry", [("doctorate", "chemistry")]),
    ("Ph.D. in Chemistry", [("doctorate", "chemistry")]),
    ("PHD", [("doctorate", None)]),
    ("DNP", [("doctorate", "nursing")]),
    ("MD : Medicine", [("doctorate", "medicine")]),
    ("M.D. : Medicine 2001", [("doctorate", "medicine")]),
    ("EdD", [("doctorate", "education")]),
    ("Ed.D.", [("doctorate", "education")]),
    ("B.S., M.P.H.", [("bachelor", None), ("master", "public health")]),
    ("MPH Masters of Public Health", [("master", "public health"), ("master", "public health")]),
    # high school
    ("High School Diploma Jun 1989", [("high_school", None)]),
    ("High School Diploma : General", [("high_school", None)]),
    ("Rowland High School\nCity , State High School Diploma", [("high_school", None)]),
    ("GED", [("high_school", None)]),
    ("G.E.D.", [("high_school", None)]),
    # credential lines (tests/test_probe_credentials.py)
    ("Diploma , 2010 Central High School Dayton , OH", [("high_school", None)]),
    ("Graduated, Roosevelt High School, 2008", [("high_school", None)]),
    ("BScN, McMaster University", [("bachelor", "nursing")]),
    ("RN-BSN, Chamberlain University, 2020", [("bachelor", "nursing")]),
    ("ASN-RN, 2013, Excelsior College", [("associate", "nursing")]),
    # the probe leftovers (tests/test_probe_leftovers.py)
    ("RN-to-BSN - Arizona State University, 2012", [("bachelor", "nursing")]),
    ("Nursing, Associate of Applied Science - Phoenix College, 2007", [("associate", "nursing")]),
    ("Nursing , 2012 Bachelor of Science Wright State University", [("bachelor", "nursing")]),
    ("Biology, Bachelor of Science in Chemistry", [("bachelor", "chemistry")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_every_form_is_read(text: str, expected: Expected) -> None:
    degrees = read_degrees(text, education=_education(text))
    assert [(d.level, d.field) for d in degrees] == expected
    assert all(d.status == "affirmed" for d in degrees)


# ----------------------------------------------------------------------------- traps

TRAPS = [
    "Proficient in MS Office, MS Word, MS Access and MS Excel",
    "MS DOS",
    "MS-DOS 6.2",
    "Microsoft Word, Excell, MS DOS",
    "Boston, MA 02115",
    "Springfield, MA",
    "Worcester, MA, USA",
    "Certified MA with five years in family practice",
    "Medicare Advantage (MA) plans",
    "MA plans and MA members",
    "Pennsylvania College of Health Sciences",
    "School of Health Sciences",
    "Reading Hospital School of Nursing",
    "College of Nursing",
    "Scrum Master",
    "Master Scheduler",
    "Master of Ceremonies",
    "Sales Associate: opened accounts",
    "being the only sales associate in the branch",
    "Associate Director of Nursing",
    "WORKED AS A TEAM LEADER",
    "Unfortunately did not receive a degree.",
    "Doctor's office; the doctor ordered labs",
    "Trained clerks, nurses, and doctors in organization of data",
    "Certificate of Completion",
    "Princess Anne High School",
    # held-out audit: a certification's name and a practice's name hold a level word
    "Certified Associate in Project Management (CAPM), PMI, 2021",
    "Certified Associate in Healthcare Finance",
    "Externship: 160 hours, Greene Internal Medicine Associates",
    "Office Manager, Smith & Associates, 2019",
    # credential lines: an abbreviation the words before it spell is their short form
    "Volunteer with Mental Health America (MHA) peer support program",
]


def test_a_dash_after_an_ambiguous_abbreviation_is_a_field_only_in_education() -> None:
    line = "MA - Family Practice Clinic, 2015 - 2018"
    assert read_degrees(line) == []  # a medical assistant's job heading
    assert [(d.level, d.field) for d in read_degrees(line, education=_education(line))] == [
        ("master", "family practice clinic")
    ]


@pytest.mark.parametrize("text", TRAPS)
@pytest.mark.parametrize("in_education", [False, True])
def test_traps_are_not_degrees(text: str, in_education: bool) -> None:
    assert read_degrees(text, education=_education(text) if in_education else ()) == []


# ----------------------------------------------------------------------------- status

STATUSES: list[tuple[str, list[str]]] = [
    ("BSN expected May 2027", ["in_progress"]),
    ("Bachelor of Science in Nursing, anticipated 2026", ["in_progress"]),
    ("MBA (in progress)", ["in_progress"]),
    ("Pursuing a Master of Public Health", ["in_progress"]),
    ("PhD candidate, Sociology", ["in_progress"]),
    ("Currently enrolled: Associate of Science in Nursing", ["in_progress"]),
    ("Continuing Education to Complete BSN. with a transfer to Fresno State.", ["in_progress"]),
    ("Bachelor of Science : Health Administration , Current", ["in_progress"]),
    ("Master of Science in Nursing, 2019 - Present", ["in_progress"]),
    ("Present\nBachelors of Science : Healthcare Management", ["in_progress"]),
    ("Bachelor of Science : Biology\nExpected May 2027", ["in_progress"]),
    ("2016\nAssociates of Science : Healthcare Management\nPresent\nBachelors of Science : Management",
     ["affirmed", "in_progress"]),
    ("BSN, 2015; MSN, expected 2027", ["affirmed", "in_progress"]),
    ("Did not receive a bachelor's degree", ["negated"]),
    ("Bachelor of Science : Nursing, May 2014", ["affirmed"]),
    ("May 2014\nBachelor of Science : Nursing\nPresent\nMBA : Finance", ["affirmed", "in_progress"]),
    ("Coursework toward Associate Degree in Nursing", ["in_progress"]),
    ("Completed 45 credits toward Bachelor of Science in Nursing", ["in_progress"]),
    ("Accepted into MSN program, starting fall 2027", ["in_progress"]),
    ("BSN Student, Year 3, Ohio State University", ["in_progress"]),
    ("BSN, 2015; 30 credits toward MSN", ["affirmed", "in_progress"]),
    ("B.S. Nursing (incomplete), 2006 - 2008", ["negated"]),
    ("Ph.D. (ABD), Health Policy", ["negated"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statuses"), STATUSES)
def test_status_of_each_degree(text: str, statuses: list[str]) -> None:
    assert [d.status for d in read_degrees(text, education=_education(text))] == statuses


# -------------------------------------------------- mentions: the vocabulary's degree key


def _held(text: str) -> dict[str, set[str]]:
    """Term id → statuses of its mentions, for a resume whose body is ``text`` under "Education"."""
    _, mentions = find_terms(f"Jane Doe\nEducation\n{text}\n", vocab=DEGREE_VOCAB)
    found: dict[str, set[str]] = {}
    for mention in mentions:
        found.setdefault(mention.term_id, set()).add(mention.status)
    return found


CREDITS: list[tuple[str, set[str]]] = [
    ("Bachelor of Science : Nursing, 2014", {"bachelors-degree", "bsn", "nursing-degree"}),
    ("Bachelors of Science : Nursing", {"bachelors-degree", "bsn", "nursing-degree"}),
    ("BSN", {"bachelors-degree", "bsn", "nursing-degree"}),
    ("B.S. in Nursing", {"bachelors-degree", "bsn", "nursing-degree"}),
    ("Bachelor of Arts : Communications", {"bachelors-degree"}),
    ("Associate Degree in Nursing", {"associate-degree", "adn", "nursing-degree"}),
    ("A.A.S. in Nursing", {"associate-degree", "adn", "nursing-degree"}),
    ("AS : Biology", {"associate-degree"}),
    ("Master's Degree : Nursing, Nurse Educator", {"masters-degree", "msn", "nursing-degree"}),
    ("Master of Science (MS) : Healthcare Administration", {"masters-degree", "mha"}),
    ("Master's : Healthcare Administration", {"masters-degree", "mha"}),
    ("MPH Masters of Public Health, Health Care Administration", {"masters-degree", "mph", "public-health"}),
    ("MBA : Health Care Administration", {"masters-degree"}),
    ("MS : Information Technology", {"masters-degree", "masters-it"}),
    ("M.D. : Medicine", {"doctorate"}),
    ("Doctor of Nursing Practice", {"doctorate", "nursing-degree"}),
    ("PhD", {"doctorate"}),
    ("High School Diploma 2010", {"high-school-diploma"}),
    ("GED", {"high-school-diploma"}),
    ("Associate of Science : Health Science", {"associate-degree", "health-sciences"}),
    ("Bachelor of Science : Healthcare Administration Pennsylvania College of Health Sciences", {"bachelors-degree"}),
]


@pytest.mark.parametrize(("text", "terms"), CREDITS)
def test_a_degree_is_credited_to_its_level_and_specific_terms(text: str, terms: set[str]) -> None:
    held = _held(text)
    assert set(held) == terms
    assert all(statuses == {"affirmed"} for statuses in held.values())


@pytest.mark.parametrize("text", TRAPS)
def test_traps_credit_no_degree_term(text: str) -> None:
    held = _held(text)
    assert not set(held) - {"ms-office", "nursing-degree"}, held
    assert "nursing-degree" not in held or "degree" in text.lower()


@pytest.mark.parametrize("text", [s for s, statuses in STATUSES if set(statuses) == {"in_progress"}])
def test_a_degree_not_held_gives_every_mention_in_it_that_status(text: str) -> None:
    held = _held(text)
    assert held
    assert all(statuses == {"in_progress"} for statuses in held.values()), held


def test_did_not_receive_is_negated() -> None:
    assert _held("Did not receive a bachelor's degree") == {"bachelors-degree": {"negated"}}


def test_a_phrase_match_of_the_same_term_is_one_mention() -> None:
    _, mentions = find_terms("Education\nBachelor of Science in Nursing, 2014\n", vocab=DEGREE_VOCAB)
    rows = sorted((m.term_id, m.text, m.method) for m in mentions)
    assert rows == [
        ("bachelors-degree", "Bachelor of Science", "degree"),
        ("bsn", "Bachelor of Science in Nursing", "phrase"),
        ("nursing-degree", "Bachelor of Science in Nursing", "degree"),
    ]
    _, mentions = find_terms("Education\nBSN, 2014\n", vocab=DEGREE_VOCAB)
    assert sorted((m.term_id, m.text, m.method) for m in mentions) == [
        ("bachelors-degree", "BSN", "degree"),
        ("bsn", "BSN", "abbreviation"),
        ("nursing-degree", "BSN", "degree"),
    ]


def test_an_abbreviation_of_a_degree_term_needs_the_grammar() -> None:
    """ "MS" is masters-it's abbreviation; in "MS Word" it is not a degree."""
    assert "masters-it" not in _held("Skills: MS Word, MS Access")
    assert "masters-it" in _held("MS : Information Technology")


def test_a_degree_to_json_has_method_degree() -> None:
    _, mentions = find_terms("Education\nAS : Biology\n", vocab=DEGREE_VOCAB)
    assert [m.to_dict()["method"] for m in mentions] == ["degree"]


def test_the_spacy_component_writes_degree_spans() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [str(DEGREE_VOCAB)]})
    doc = nlp("Jane Doe, Bachelor of Arts : Communications, 2014")
    assert [(span.text, span.id_) for span in doc.spans["resumematch_terms"]] == [
        ("Bachelor of Arts", "bachelors-degree")
    ]
    restored = spacy.blank("en")
    restored.add_pipe("resumematch_terms").from_bytes(nlp.get_pipe("resumematch_terms").to_bytes())
    doc = restored("MPH")
    assert {span.id_ for span in doc.spans["resumematch_terms"]} == {"mph", "masters-degree", "public-health"}


# ------------------------------------------------------- one grammar for scoring as well


@pytest.mark.parametrize(("text", "_"), [*FORMS, *((s, []) for s in TRAPS)])
def test_find_degrees_reads_what_the_mentions_credit(text: str, _: Expected) -> None:
    """The scoring's degrees and the held level mentions are the same degrees."""
    vocabulary = load_vocabulary(DEGREE_VOCAB)
    level_of = {t.id: t.degree.level for t in vocabulary if t.degree and t.degree.level and not t.degree.fields}
    document = extract_text(f"Jane Doe\nEducation\n{text}\n")
    _, mentions = find_terms(document, vocab=vocabulary)
    credited = sorted(level_of[m.term_id] for m in mentions if m.term_id in level_of and m.status == "affirmed")
    assert sorted(d.level for d in find_degrees(document)) == credited


def test_highest_degree_skips_one_in_progress() -> None:
    document = extract_text("Education\nPresent\nMaster of Science : Nursing\n2016\nBSN\n")
    degree = highest_degree(find_degrees(document))
    assert degree is not None and (degree.level, degree.field) == ("bachelor", "nursing")


# ------------------------------------------------------------------------ real documents

_RESUME = [
    "Jane Doe, RN",
    "Skills",
    "MS Office, MS Word; Boston, MA 02115",
    "Education",
    "Bachelor of Science : Nursing, May 2014 Reading Hospital School of Nursing",
    "MPH, expected May 2027",
    "High School Diploma 2008",
]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_degrees_in_a_generated_pdf_and_docx(kind: str) -> None:
    data = make_pdf(["\n".join(_RESUME)]) if kind == "pdf" else make_docx(_RESUME)
    _, mentions = find_terms(data, vocab=DEGREE_VOCAB)
    held = {m.term_id for m in mentions if m.status == "affirmed"}
    not_held = {m.term_id for m in mentions if m.status == "in_progress"}
    assert held == {"bachelors-degree", "bsn", "nursing-degree", "high-school-diploma", "ms-office"}
    assert not_held == {"mph", "masters-degree", "public-health"}


# -------------------------------------------------------------------- the vocabulary key


def _write(tmp_path: Path, degree: Any, category: str = "education") -> Path:
    path = tmp_path / "vocab.json"
    term = {"id": "x-degree", "name": "X degree", "category": category, "degree": degree}
    path.write_text(json.dumps({"schema": 1, "role": "Test", "terms": [term]}), "utf-8")
    return path


@pytest.mark.parametrize(
    ("degree", "category", "fragment"),
    [
        ({"level": "bachelor", "field": ["nursing"]}, "education", "unknown key(s) in 'degree': field"),
        ({"level": "bachelors"}, "education", "degree level 'bachelors' is not one of high_school"),
        ({"level": "master"}, "tool", "'degree' is only for terms of category 'education'"),
        ({}, "education", "'degree' needs a 'level', 'fields', or both"),
        ({"fields": "nursing"}, "education", "'degree.fields' must be a list of non-empty strings"),
        ("bachelor", "education", "'degree' must be an object"),
    ],
)
def test_the_degree_key_is_validated(tmp_path: Path, degree: Any, category: str, fragment: str) -> None:
    with pytest.raises(VocabError) as error:
        load_vocabulary(_write(tmp_path, degree, category))
    assert fragment in str(error.value)
    assert "x-degree" in str(error.value)


def test_the_shipped_education_terms_carry_the_key() -> None:
    vocabulary = load_vocabulary("clinical-coordinator")
    assert vocabulary.get("bachelors-degree").degree.level == "bachelor"  # type: ignore[union-attr]
    bsn = vocabulary.get("bsn").degree
    assert bsn is not None and (bsn.level, bsn.fields) == ("bachelor", ("nursing",))
    assert load_vocabulary("software-engineer").get("phd").degree.level == "doctorate"  # type: ignore[union-attr]


def _heads_by_plain_scan(text: str) -> list[tuple[int, str]]:
    """The abbreviation heads a position-by-position reading finds: at each word start, the
    shape of an abbreviation whose letters are a known one (the search's reference)."""
    from resumematch.resume.degree_lexicon import ABBREVIATION_AT, GED, NOT_BEFORE_HEAD, abbreviation_key

    heads = []
    position = 0
    while position < len(text):
        before = text[position - 1] if position else " "
        match = ABBREVIATION_AT.match(text, position)
        if match is None or before.isalnum() or before in NOT_BEFORE_HEAD:
            position += 1
            continue
        if abbreviation_key(match.group(0)) is not None or match.group(0) in GED:
            heads.append((position, match.group(0)))
        position = match.end()
    return heads


@pytest.mark.parametrize(
    "text",
    [
        "SUMMARY\nBSN, RN with ACLS and BLS. MBA (Finance); B.S. Biology; Ph.D. 2019; M.Ed.; PharmD; G.E.D.",
        "EXPERIENCE-MS Office, EHR/EMR, AB-testing, MDS coordinator, A.A.S. Nursing, DrPH, PSYD, EdD",
        "x.BS y_MA z&MS 'MBA ’MPH -BSN BSc MSc BEng B. S. M. A. B.E. A.B. JD Edwards",
    ],
)
def test_the_abbreviation_search_finds_what_a_plain_scan_finds(text: str) -> None:
    from resumematch.resume.degree_lexicon import ABBREVIATION_CANDIDATE

    expected = _heads_by_plain_scan(text)
    found = [(m.start(), m.group(0)) for m in ABBREVIATION_CANDIDATE.finditer(text)]
    assert len(expected) >= 3
    assert [head for head in found if head in expected] == expected


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "Bachelors of Science : Healthcare Management Letourneau University Dallas - City , State",
            "healthcare management",
        ),
        ("Bachelor of Arts : International Business John Brown University - City , State", "international business"),
        ("Associate of Arts , Social Sciences Long Beach City College - City , State", "social sciences"),
        ("Bachelor's Degree : Nursing Salem International University", "nursing"),
        ("BA : Social Science/Political Science Bowie State University", "social science / political science"),
        # No school name before the school's word: the field is kept whole.
        ("Master of Science : Computer Information Systems University of Phoenix", "computer information systems"),
        # A field whose first word is no field-of-study word is kept as read (nothing to tell it by).
        ("Bachelor of Science : Zymurgy Studies Acme University", "zymurgy studies acme"),
    ],
)
def test_a_schools_name_before_its_word_is_not_the_field(line: str, field: str) -> None:
    (degree,) = read_degrees(line, education=_education(line))
    assert degree.field == field
