"""The term matcher: variants, abbreviations, ambiguity, credentials, broader terms."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumematch import check, find_terms, load_vocabulary
from resumematch.match.abbreviations import find_definitions, initials_agree, long_form_start
from resumematch.match.credentials import _issuer_index, credential_attributes, default_issuers, normalise_date
from resumematch.match.variants import alias_variants, word_family
from resumematch.models import Mention

TERMS = [
    {"id": "ehr", "name": "Electronic Health Records", "category": "tool", "abbreviations": ["EHR"]},
    {
        "id": "epic",
        "name": "Epic",
        "category": "tool",
        "broader": ["ehr"],
        "ambiguous": ["Epic"],
        "context": ["chart", "ehr", "patient", "cerner", "clinic"],
    },
    {"id": "cerner", "name": "Cerner", "category": "tool", "broader": ["ehr"]},
    {"id": "ctms", "name": "Clinical Trial Management System", "category": "tool"},
    {"id": "excel", "name": "Microsoft Excel", "category": "tool", "aliases": ["Excel"]},
    {"id": "email", "name": "E-mail", "category": "tool"},
    {"id": "follow-up", "name": "Follow up", "category": "duty"},
    {"id": "schedule-patients", "name": "Schedule patients", "category": "duty"},
    {"id": "insurance-verification", "name": "Insurance verification", "category": "hard_skill"},
    {"id": "phlebotomy", "name": "Phlebotomy", "category": "hard_skill"},
    {"id": "bls", "name": "Basic Life Support", "category": "certification", "abbreviations": ["BLS"]},
    {
        "id": "acls",
        "name": "Advanced Cardiovascular Life Support",
        "category": "certification",
        "abbreviations": ["ACLS"],
    },
    {"id": "ekg", "name": "Electrocardiogram", "category": "hard_skill", "abbreviations": ["EKG"]},
    {
        "id": "gcp",
        "name": "Good Clinical Practice",
        "category": "regulation",
        "abbreviations": ["GCP"],
        "ambiguous": ["GCP"],
        "context": ["clinical", "trial", "irb", "protocol"],
    },
    {"id": "cpt-codes", "name": "CPT codes", "category": "hard_skill", "aliases": ["CPT coding"]},
    {
        "id": "phlebotomy-certification",
        "name": "Certified Phlebotomy Technician",
        "category": "certification",
        "abbreviations": ["CPT"],
        "ambiguous": ["CPT"],
        "context": ["nha", "phlebotomy"],
    },
    {
        "id": "emergency-room",
        "name": "Emergency room",
        "category": "hard_skill",
        "abbreviations": ["ER"],
        "ambiguous": ["ER"],
        "context": ["nurse", "triage", "hospital"],
    },
    {
        "id": "operating-room",
        "name": "Operating room",
        "category": "hard_skill",
        "abbreviations": ["OR"],
        "ambiguous": ["OR"],
        "context": ["surgical", "nurse", "scrub"],
    },
    {"id": "registered-nurse", "name": "Registered Nurse", "category": "license", "abbreviations": ["RN"]},
]


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("vocab") / "matcher-test.json"
    path.write_text(json.dumps({"schema": 1, "role": "matcher test", "terms": TERMS}), "utf-8")
    return load_vocabulary(path)


def found(text: str, vocab) -> list[Mention]:  # type: ignore[no-untyped-def]
    return list(find_terms(text, vocab=vocab)[1])


def ids(text: str, vocab) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.term_id for m in found(text, vocab)}


# --- 1. variants ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Scheduled patients daily.",
        "Patient scheduling for 3 clinics.",
        "Scheduling of patients.",
        "Schedules patients.",
    ],
)
def test_inflected_and_reordered_duties(text: str, vocab) -> None:  # type: ignore[no-untyped-def]
    mentions = [m for m in found(text, vocab) if m.term_id == "schedule-patients"]
    assert len(mentions) == 1
    assert mentions[0].method == "variant" and 0.8 <= mentions[0].confidence < 1.0


def test_reordered_variants_are_less_confident_than_inflections(vocab) -> None:  # type: ignore[no-untyped-def]
    (inflected,) = found("Schedules patients.", vocab)
    (reordered,) = found("Patient scheduling.", vocab)
    assert reordered.confidence < inflected.confidence < 1.0


@pytest.mark.parametrize(
    "text", ["Verified insurance for walk-ins.", "Verification of insurance.", "Insurance verification."]
)
def test_nominalised_variants(text: str, vocab) -> None:  # type: ignore[no-untyped-def]
    assert "insurance-verification" in ids(text, vocab)


def test_reordering_stays_within_a_short_window(vocab) -> None:  # type: ignore[no-untyped-def]
    assert "schedule-patients" not in ids("Scheduled two visits for new patients.", vocab)


@pytest.mark.parametrize("text", ["Used e-mail daily", "Used email daily", "Used E-Mail daily"])
def test_hyphenation(text: str, vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids(text, vocab) == {"email"}


def test_hyphen_split_words_and_abbreviations(vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("EKG-certified; follow-up calls; follow up calls", vocab) == {"ekg", "follow-up"}


@pytest.mark.parametrize("text", ["Microsoft Excel", "MS Excel", "Excel (pivot tables)"])
def test_vendor_prefixes(text: str, vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids(text, vocab) == {"excel"}


def test_a_product_named_like_a_word_needs_its_capital(vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("I excel at triage of walk-in visits.", vocab) == set()


def test_variant_expansion_rules() -> None:
    assert {"verification", "verified"} <= word_family("verify")
    assert ("ms", "excel") in dict(alias_variants(("microsoft", "excel"), "tool"))
    assert ("excelled",) not in dict(alias_variants(("excel",), "tool"))
    # credentials only take a plural; a gerund never loses its -ing
    assert ("nurse",) not in dict(alias_variants(("nursing",), "hard_skill"))
    assert dict(alias_variants(("schedule", "patients"), "duty"))[("patient", "scheduling")] == 0.85


# --- 2. abbreviations ----------------------------------------------------------
def test_curated_abbreviations_are_case_sensitive_whole_tokens(vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("RNA sequencing; rn; BLSx; bls", vocab) == set()
    assert ids("RN with BLS", vocab) == {"registered-nurse", "bls"}


def test_slash_lists(vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("BLS/ACLS", vocab) == {"bls", "acls"}
    assert ids("Charted in Epic/Cerner", vocab) == {"epic", "cerner"}


def test_document_defined_abbreviation(vocab) -> None:  # type: ignore[no-untyped-def]
    text = "Set up the Clinical Trial Management System (CTMS) for 4 studies. Trained staff on CTMS."
    mentions = [m for m in found(text, vocab) if m.term_id == "ctms"]
    assert [m.method for m in mentions] == ["phrase", "defined_abbreviation"]
    assert mentions[1].text == "CTMS" and mentions[1].start == text.rindex("CTMS")


def test_defined_abbreviation_outranks_curated(vocab) -> None:  # type: ignore[no-untyped-def]
    text = "Electronic Health Records (EHR) migration; EHR training."
    methods = [m.method for m in found(text, vocab) if m.start == text.rindex("EHR")]
    assert methods == ["defined_abbreviation"]


def test_a_document_definition_overrides_a_curated_meaning(vocab) -> None:  # type: ignore[no-untyped-def]
    text = "Deployed on Google Cloud Platform (GCP). Migrated clinical trial data pipelines to GCP."
    assert "gcp" not in ids(text, vocab)
    assert "gcp" in ids("Good Clinical Practice (GCP) training; GCP audits for each trial", vocab)


def test_schwartz_hearst() -> None:
    assert long_form_start("EHR", "kept Electronic Health Records") == 5
    assert long_form_start("XYZ", "kept records") is None
    text = "Master of Health Administration (MHA) or public health (MPH)"
    assert [d.short for d in find_definitions(text)] == ["MHA"]
    text = "used the CTMS (Clinical Trial Management System)"
    (definition,) = find_definitions(text)
    assert text[definition.long_start : definition.long_end] == "Clinical Trial Management System"
    assert initials_agree("GCP", "Google Cloud Platform") and not initials_agree("GCP", "Good practice")


# --- 3. fuzzy: see test_fuzzy.py; 4. ambiguity ------------------------------------
def test_ambiguous_forms_need_context(vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("An epic journey across three continents.", vocab) == set()
    assert ids("Epic Games tournament organiser.", vocab) == set()
    assert "epic" in ids("Charted patient visits in Epic.", vocab)
    assert "emergency-room" not in ids("Implemented ERP modules; ER diagrams.", vocab)
    assert "emergency-room" in ids("ER nurse, level I trauma hospital.", vocab)
    assert "operating-room" in ids("OR scrub nurse.", vocab)
    assert "operating-room" not in ids("Python OR SQL queries.", vocab)


def test_cpt_codes_vs_cpt_certification(vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("Assigned CPT codes to encounters.", vocab) == {"cpt-codes"}
    assert ids("CPT (NHA), 2021", vocab) == {"phlebotomy-certification"}


def test_section_is_evidence_for_an_ambiguous_credential(vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("CERTIFICATIONS\nCPT, 2021\n", vocab) == {"phlebotomy-certification"}
    assert ids("SUMMARY\nCPT, 2021\n", vocab) == set()


# --- 6. credentials ------------------------------------------------------------
def test_credentials_carry_issuer_and_dates(vocab) -> None:  # type: ignore[no-untyped-def]
    text = "CERTIFICATIONS\nBLS (AHA), exp. 06/2026; ACLS, American Heart Association, 2021-2023\nRN since 2015"
    by_id = {m.term_id: m for m in found(text, vocab)}
    assert (by_id["bls"].issuer, by_id["bls"].earned, by_id["bls"].expires) == ("AHA", None, "2026-06")
    assert (by_id["acls"].issuer, by_id["acls"].earned, by_id["acls"].expires) == ("AHA", "2021", "2023")
    assert (by_id["registered-nurse"].issuer, by_id["registered-nurse"].earned) == (None, "2015")
    data = by_id["bls"].to_dict()
    assert data["issuer"] == "AHA" and data["expires"] == "2026-06" and data["earned"] is None


def test_credential_attribute_rules() -> None:
    assert normalise_date("May 2027") == "2027-05" and normalise_date("6/2026") == "2026-06"
    assert normalise_date("2019") == "2019" and normalise_date("soon") is None
    text = "AHA BLS; CCRC - ACRP, earned March 2022; PMP expected 2026"
    spans = [(4, 7, "certification"), (9, 13, "certification"), (40, 43, "certification"), (0, 3, "hard_skill")]
    infos = credential_attributes(text, spans)
    assert [i.issuer for i in infos] == ["AHA", "ACRP", None, None]
    assert infos[1].earned == "2022-03" and infos[2].earned is None


def test_issuers_are_whole_words_abbreviations_as_written_names_in_any_case() -> None:
    def issuers(text: str) -> list[str | None]:
        return [i.issuer for i in credential_attributes(text, [(0, 5, "certification")])]

    assert issuers("CISSP (ISC)2, 2020") == ["ISC2"]  # a name that starts with a bracket
    assert issuers("CISSP, isc² member") == ["ISC2"]
    assert issuers("CCRC, association of clinical research professionals") == ["ACRP"]
    assert issuers("CCRC, acrp") == [None]  # abbreviations are case-sensitive
    assert issuers("ACLS, Red Crossing the street") == [None]  # whole words only
    assert issuers("ACLS, American Red Cross") == ["ARC"]


_ISSUER_FIRST_WORDS = sorted(first for first in _issuer_index() if first.isascii())


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_ISSUER_FIRST_WORDS, *(w.upper() for w in _ISSUER_FIRST_WORDS), "ahab", "_aha", "isc2x"]),
            st.text(alphabet="abcAHz09_ -.,()/\n", max_size=4),
        ),
        max_size=8,
    ).map("".join)
)
def test_an_issuer_is_found_only_where_its_first_word_stands_whole(text: str) -> None:
    """An issuer is named only by whole words: its first word is one of the text's words.

    (A one-search gate for those first words used to run before the word split; it
    bought about 0.7% of a check and was removed: docs/performance.md, fast paths.)
    """
    words = re.findall(r"\w+", text.lower())
    if default_issuers().find(text) is not None:
        assert not _issuer_index().keys().isdisjoint(words)


def test_credential_dates_in_non_ascii_text_keep_their_keyword() -> None:
    # Lower-casing "İ" makes two characters; such text is searched case-insensitively as it is.
    for text in ("BLS, EXPİRES May 2027", "BLS, Expires May 2027", "BLS — expires May 2027"):
        (info,) = credential_attributes(text, [(0, 3, "certification")])
        assert (info.earned, info.expires) == (None, "2027-05"), text


# --- 7. broader terms ------------------------------------------------------------
def test_a_narrower_term_counts_for_the_broader_one_and_says_so(vocab) -> None:  # type: ignore[no-untyped-def]
    report = check(
        "EXPERIENCE\nCharted patient visits in Epic.", job="Requirements\n- Electronic Health Records", vocab=vocab
    )
    (match,) = [m for m in report.matched if m.term_id == "ehr"]
    assert match.via == "epic"
    assert [m.term_id for m in match.evidence] == ["epic"]


def test_mentions_serialise_with_the_new_keys(vocab) -> None:  # type: ignore[no-untyped-def]
    (mention,) = found("No experience with Cerner.", vocab)
    data = mention.to_dict()
    assert data["status"] == "negated"
    assert {"issuer", "earned", "expires"} <= set(data)
    assert json.loads(json.dumps(data)) == data


def test_example_in_docs_directory_exists() -> None:
    assert Path(__file__).resolve().parents[1].joinpath("src", "resumematch", "data", "assertion.json").is_file()


# --- regressions: long duties, gerund terms, words that look like misspellings -----
REGRESSION_TERMS = [
    {"id": "supplies", "name": "Manage the supplies and inventory", "category": "duty"},
    {"id": "staffing", "name": "Staffing", "category": "hard_skill"},
    {"id": "billing", "name": "Billing", "category": "hard_skill"},
    {"id": "charting", "name": "Charting", "category": "hard_skill"},
    {"id": "mentoring", "name": "Mentoring", "category": "soft_skill"},
    {"id": "budgeting", "name": "Budgeting", "category": "hard_skill"},
    {"id": "patience", "name": "Patience", "category": "soft_skill"},
    {"id": "cerner", "name": "Cerner", "category": "tool"},
    {"id": "discharge-paperwork", "name": "Discharge paperwork", "category": "duty"},
]


@pytest.fixture(scope="module")
def regression_vocab(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("vocab") / "regressions.json"
    path.write_text(json.dumps({"schema": 1, "role": "regressions", "terms": REGRESSION_TERMS}), "utf-8")
    return load_vocabulary(path)


@pytest.mark.parametrize(
    "text",
    ["Manages the supplies and inventory.", "Managed the supplies and inventory", "managing the supply and inventory"],
)
def test_long_duties_keep_the_inflections_of_their_first_word(text: str, regression_vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids(text, regression_vocab) == {"supplies"}


def test_long_duty_variants_change_the_fewest_words_first() -> None:
    variants = dict(alias_variants(("manage", "the", "supplies", "and", "inventory"), "duty"))
    assert ("manages", "the", "supplies", "and", "inventory") in variants
    assert not any("'n'" in v for v in variants)  # function words are never inflected


def test_gerund_terms_are_not_reduced_to_their_verb(regression_vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("Staff the unit; bill clients, chart vitals, mentor juniors, budget money.", regression_vocab) == set()
    assert ids("Staffing, billing, charting, mentoring, budgeting.", regression_vocab) == {
        "staffing",
        "billing",
        "charting",
        "mentoring",
        "budgeting",
    }


@pytest.mark.parametrize("text", ["Sat in the corner office.", "Greeted each patient.", "Patient care on a busy unit."])
def test_real_words_are_not_fuzzy_matches_of_a_term(text: str, regression_vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids(text, regression_vocab) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Completed discharge\npaperwork for 30 patients.",
        "Completed discharge \npaperwork daily",
        "discharge\n  paperwork",
    ],
)
def test_a_phrase_wrapped_across_a_line_break_is_found(text: str, regression_vocab) -> None:  # type: ignore[no-untyped-def]
    document, (mention,) = find_terms(text, vocab=regression_vocab)
    assert mention.term_id == "discharge-paperwork"
    assert document.text[mention.start : mention.end] == mention.text
    assert mention.text.startswith("discharge") and mention.text.endswith("paperwork")


def test_a_blank_line_or_a_new_bullet_ends_a_phrase(regression_vocab) -> None:  # type: ignore[no-untyped-def]
    assert ids("Discharge\n\nPaperwork", regression_vocab) == set()
    assert ids("- Planned each discharge\n- Paperwork", regression_vocab) == set()


def test_a_heading_does_not_join_the_line_below_it() -> None:
    """'VOLUNTEER EXPERIENCE' then 'Patient ...' is a heading and content, not 'patient experience'."""
    import resumematch

    text = "VOLUNTEER EXPERIENCE\nPatient transport volunteer, Mercy Hospital\nCompleted discharge\npaperwork daily."
    found = {m.term_id: m for m in resumematch.find_terms(text)[1]}
    assert "patient-satisfaction" not in found
    assert "discharge-paperwork" in found


def test_the_ascii_fast_path_of_long_form_start_matches_the_character_walk() -> None:
    import random

    from resumematch.match.abbreviations import _long_form_start_by_character, long_form_start

    rng = random.Random(3)
    for _ in range(20_000):
        short = "".join(rng.choice("abcABC1-/.&") for _ in range(rng.randint(1, 5)))
        long = "".join(rng.choice("abcdeABCDE 12-/.&") for _ in range(rng.randint(0, 30)))
        assert long_form_start(short, long) == _long_form_start_by_character(short, long), (short, long)
    for short, long in [("SI", "Système Informatique"), ("İT", "İnformation Technology")]:  # the character walk
        assert long_form_start(short, long) == _long_form_start_by_character(short, long)
    assert long_form_start("SI", "le Système Informatique") == 3


def test_the_last_words_of_a_line_start_where_a_word_by_word_scan_says() -> None:
    """``_start_of_last_words`` (str.rsplit) against listing every ``\\S+`` of the segment."""
    import random
    import re

    from resumematch.match.abbreviations import _is_short_form, _start_of_last_words

    def by_listing(text: str, start: int, end: int, count: int) -> int | None:
        words = list(re.compile(r"\S+").finditer(text, start, end))  # what find_definitions did
        return words[max(0, len(words) - count)].start() if words else None

    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice("ab \t\u00a0\u2003x") for _ in range(rng.randint(0, 25)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        count = rng.randint(1, 6)
        assert _start_of_last_words(text, start, end, count) == by_listing(text, start, end, count)
    for text in ["EHR", "ehr", "eHR", "1-2", "A1", "Été", "ÉTÉ", "été", "a.b.", "MS-Word"]:
        expected = bool(re.match(r"^[A-Za-z0-9][\w&./-]{1,9}$", text)) and any(c.isupper() for c in text)
        assert _is_short_form(text) == expected, text


def test_longest_first_keeps_what_a_sort_by_length_then_start_keeps() -> None:
    """``longest_first`` against the plain rule (spaCy's ``filter_spans``), on random overlaps."""
    import random

    from resumematch.match.trie import longest_first

    def by_one_sort(found: list) -> list:  # type: ignore[type-arg]
        taken: set[int] = set()
        kept = []
        for f in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if not taken.intersection(range(f[0], f[1])):
                taken.update(range(f[0], f[1]))
                kept.append(f)
        return sorted(kept, key=lambda f: f[0])

    rng = random.Random(4)
    for _ in range(5_000):
        found = []
        for k in range(rng.randint(0, 12)):
            start = rng.randint(0, 15)
            found.append((start, start + rng.choice([1, 1, 1, 2, 3]), f"term-{k}", "phrase", 1.0))
        assert longest_first(found) == by_one_sort(found)


def test_line_break_tokens_are_the_whitespace_tokens_holding_a_line_break() -> None:
    """``line_break_tokens`` (from the text) against each token's own text, on varied whitespace."""
    import random

    from spacy.attrs import IDX

    import resumematch
    from resumematch.match.doc_tokens import line_break_tokens
    from resumematch.match.pipeline import build_pipeline

    nlp = build_pipeline(resumematch.default_vocabulary())
    texts = [p.read_text("utf-8") for p in sorted((Path(__file__).parents[1] / "examples").rglob("*.txt"))]
    rng = random.Random(6)
    pieces = [
        "RN",
        "BLS",
        "Épic",
        "née",
        "a",
        ".",
        "-",
        "(",
        ")",
        " ",
        "  ",
        "\n",
        "\n\n",
        " \n",
        "\n ",
        "\r\n",
        "\t",
        "\u2028",
    ]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(2_000)]
    for text in texts:
        doc = nlp.make_doc(text)
        expected = [t.is_space and "\n" in t.text for t in doc]
        assert line_break_tokens(text, doc.to_array(IDX)).tolist() == expected, repr(text)


def test_the_gated_credential_date_pattern_finds_what_the_plain_one_finds() -> None:
    """The two-letter gate in front of the date expression never hides or adds a match."""
    import random
    import re

    from resumematch.match import credentials

    plain = re.compile(credentials._DATE_EXPR_SOURCE, re.IGNORECASE)
    pieces = [
        *credentials._FIRST_WORDS,
        *("Exp.", "expires", "Expired", "valid through", "renewal due", "EST.", "Sept", "May", "March"),
        *("2019", "2026", "06/2026", "2021-2023", "2019-03", "12", "1999", "present", "Current", "to", "-", "–"),
        *(" ", " ", "  ", ":", ",", ".", "(", ")", "\n", "AHA", "BLS", "ſince", "K", "é", "İ", "x"),
    ]
    rng = random.Random(8)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in credentials._DATE_EXPR.finditer(text)] == expected, text
        if text.isascii():
            assert [m.span() for m in credentials._DATE_EXPR_LOWER.finditer(text.lower())] == expected, text


def test_token_ends_are_idx_plus_length() -> None:
    """``token_ends`` (from IDX and SPACY) against spaCy's own IDX + LENGTH, on varied text."""
    import random

    from spacy.attrs import IDX, LENGTH, SPACY

    import resumematch
    from resumematch.match.doc_tokens import token_ends
    from resumematch.match.pipeline import build_pipeline

    nlp = build_pipeline(resumematch.default_vocabulary())
    rng = random.Random(9)
    pieces = [
        "RN",
        "BLS",
        "Épic",
        "(",
        ")",
        ",",
        ".",
        "-",
        " ",
        "  ",
        "   ",
        "\n",
        " \n ",
        "\t",
        "don't",
        "e.g.",
        "3.5",
    ]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3_000)]
    texts += [p.read_text("utf-8") for p in sorted((Path(__file__).parents[1] / "examples").rglob("*.txt"))]
    for text in texts:
        doc = nlp.make_doc(text)
        if not len(doc):
            continue
        expected = (doc.to_array(IDX) + doc.to_array(LENGTH)).tolist()
        assert token_ends(doc.to_array(IDX), doc.to_array(SPACY), len(text)).tolist() == expected, repr(text)


def test_curated_abbreviations_found_as_spacy_phrasematcher_finds_them() -> None:
    """The LOWER-hash path for one-token abbreviations against PhraseMatcher on ORTH."""
    import random

    from spacy.attrs import IDX, LOWER, SPACY
    from spacy.matcher import PhraseMatcher

    import resumematch
    from resumematch.match.doc_tokens import token_ends
    from resumematch.match.pipeline import build_pipeline
    from resumematch.match.trie import Tokens

    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    matcher = nlp.get_pipe("resumematch_terms").search
    assert matcher._abbreviation_term is not None  # the shipped vocabulary takes the fast path
    reference = PhraseMatcher(nlp.vocab, attr="ORTH")
    for term in vocabulary:
        if term.abbreviations:
            reference.add(term.id, [nlp.make_doc(a) for a in term.abbreviations])
    spellings = [a for term in vocabulary for a in term.abbreviations]
    pieces = [*spellings, *(a.lower() for a in spellings), "RNA", "ERP", "(", ")", "/", " ", "\n", ",", "nurse"]
    rng = random.Random(10)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(2_000)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(2_000)]
    for text in texts:
        doc = nlp.make_doc(text)
        idx = doc.to_array(IDX)
        tokens = Tokens(text, idx.tolist(), token_ends(idx, doc.to_array(SPACY), len(text)).tolist(), [])
        expected = [(s, e, nlp.vocab.strings[k]) for k, s, e in reference(doc)]
        assert matcher._abbreviation_matches(doc, doc.to_array(LOWER), tokens) == expected, text


def test_abbreviations_of_several_tokens_go_through_the_phrasematcher(tmp_path: Path) -> None:
    """A vocabulary with an abbreviation of several tokens keeps spaCy's PhraseMatcher (the
    loader already refuses one abbreviation for two terms)."""
    terms = [
        {"id": "cpt-coding", "name": "CPT coding", "category": "hard_skill", "abbreviations": ["CPT"]},
        {"id": "bsn", "name": "Bachelor of Science in Nursing", "category": "education", "abbreviations": ["B.S. N."]},
    ]
    path = tmp_path / "vocab.json"
    path.write_text(json.dumps({"schema": 1, "role": "test", "terms": terms}), "utf-8")
    vocabulary = load_vocabulary(path)
    _, mentions = find_terms("Billing with CPT daily; B.S. N. from Ohio State", vocab=vocabulary)
    from resumematch.match.pipeline import build_pipeline

    assert build_pipeline(vocabulary).get_pipe("resumematch_terms").search._abbreviation_term is None
    assert {(m.text, m.method) for m in mentions} == {("B.S. N.", "abbreviation"), ("CPT", "abbreviation")}


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "Basic Life Support",
                    "(BLS)",
                    "Registered Nurse",
                    "(RN)",
                    "Master of Health Administration",
                    "(MHA)",
                    "or public health",
                    "(MPH)",
                    "BLS (Basic Life Support)",
                    "x)",
                    "(y",
                    "Bl Su",
                ]
            ),
            st.text(alphabet="aBcLSR ()\n\t-", max_size=6),
        ),
        max_size=10,
    ).map(" ".join)
)
def test_definitions_with_a_bounded_line_search_are_the_line_scans(text: str) -> None:
    """Counting a long form's words from the previous parenthesis, not the line's start, finds the same pairs."""
    from unittest import mock

    import resumematch.match.abbreviations as abbreviations

    bounded = abbreviations._long_form_bounds

    def from_line_start(text: str, open_at: int) -> tuple[int, int]:  # as it was: the whole line's words
        return text.rfind("\n", 0, open_at) + 1, bounded(text, open_at)[1]

    with mock.patch.object(abbreviations, "_long_form_bounds", from_line_start):
        by_line_scan = find_definitions(text)
    assert find_definitions(text) == by_line_scan
