"""The component's rules travel with it: a user's own rules files, to_disk/from_disk, exclude."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from conftest import MINI_VOCAB, write_json
from conftest import mini_pipeline as pipeline

import resumematch
from resumematch import VocabError
from resumematch.match.assertion import AssertionRules, default_rules
from resumematch.match.component import SPANS_KEY, span_details
from resumematch.match.people_rules import PeopleRules, default_people_rules

TEXT = "Dabbled in Epic charting. Charge RN with BLS; no experience with Meditech."
CUSTOM_RULES = {
    "terminators": [";", "."],
    "rules": [{"literal": "dabbled in", "status": "hedged"}],
}


def statuses(doc: spacy.tokens.Doc) -> dict[str, str]:
    return {s.id_: span_details(s)["status"] for s in doc.spans[SPANS_KEY]}


def summary(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, str, str]]:
    return [
        (s.text, s.id_, s.label_, span_details(s)["status"], span_details(s)["method"]) for s in doc.spans[SPANS_KEY]
    ]


def test_a_users_rules_file_changes_a_mentions_status(tmp_path: Path) -> None:
    assert statuses(pipeline()(TEXT))["epic"] == "affirmed"
    rules = write_json(tmp_path / "my-rules.json", CUSTOM_RULES)
    custom = statuses(pipeline(assertion_rules=str(rules))(TEXT))
    assert custom["epic"] == "hedged"
    assert custom["meditech"] == "affirmed"  # the file replaces the packaged rules


def test_the_library_takes_assertion_rules(tmp_path: Path) -> None:
    rules = write_json(tmp_path / "my-rules.json", CUSTOM_RULES)
    text = resumematch.Text(TEXT)
    _, default = resumematch.find_terms(text, vocab=str(MINI_VOCAB))
    _, custom = resumematch.find_terms(text, vocab=str(MINI_VOCAB), assertion_rules=rules)
    assert {m.term_id: m.status for m in default}["epic"] == "affirmed"
    assert {m.term_id: m.status for m in custom}["epic"] == "hedged"
    _, again = resumematch.find_terms(text, vocab=str(MINI_VOCAB))
    assert again == default  # the custom pipeline is cached apart from the default one


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ('{"rules": [{"literal": "dabbled in", "status": "maybe"}]}', "assertion_rules"),
        ('{"rulez": []}', "assertion_rules"),
        ("{not json", "assertion_rules"),
        ('{"person_words": [1]}', "people_rules"),
    ],
)
def test_a_bad_rules_file_is_an_error_naming_it(tmp_path: Path, content: str, key: str) -> None:
    bad = tmp_path / "bad-rules.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(VocabError, match=r"bad-rules\.json"):
        pipeline(**{key: str(bad)})(TEXT)
    if key == "assertion_rules":
        with pytest.raises(VocabError, match=r"bad-rules\.json"):
            resumematch.find_terms(resumematch.Text(TEXT), vocab=str(MINI_VOCAB), assertion_rules=bad)


def test_a_missing_rules_file_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(VocabError, match=r"missing-rules\.json"):
        pipeline(assertion_rules=str(tmp_path / "missing-rules.json"))(TEXT)


def test_rules_round_trip_through_dicts() -> None:
    assert AssertionRules.from_dict(default_rules().to_dict()) == default_rules()
    assert PeopleRules.from_dict(default_people_rules().to_dict()) == default_people_rules()


def test_to_disk_from_disk_keeps_custom_rules_and_vocabulary(tmp_path: Path) -> None:
    vocab = tmp_path / "my-vocab.json"
    vocab.write_bytes(MINI_VOCAB.read_bytes())
    rules = write_json(tmp_path / "my-rules.json", CUSTOM_RULES)
    people = tmp_path / "my-people.json"
    people.write_text(json.dumps(default_people_rules().to_dict()), encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe(
        "resumematch_terms",
        config={"vocab_sources": [str(vocab)], "assertion_rules": str(rules), "people_rules": str(people)},
    )
    before = summary(nlp(TEXT))
    assert any(row[1] == "epic" and row[3] == "hedged" for row in before)
    nlp.to_disk(tmp_path / "model")
    saved = tmp_path / "model" / "resumematch_terms"
    assert {p.name for p in saved.iterdir()} == {
        "vocabulary.json",
        "assertion_rules.json",
        "people_rules.json",
        "credential_issuers.json",
        "section_headings.json",
    }
    for path in (vocab, rules, people):
        path.unlink()  # the saved pipeline needs none of the original files
    loaded = spacy.load(tmp_path / "model")
    assert summary(loaded(TEXT)) == before
    matcher = loaded.get_pipe("resumematch_terms")
    other = pipeline()
    other.get_pipe("resumematch_terms").from_bytes(matcher.to_bytes())  # type: ignore[attr-defined]
    assert summary(other(TEXT)) == before


def test_exclude_leaves_the_assertion_rules_out(tmp_path: Path) -> None:
    rules = write_json(tmp_path / "my-rules.json", CUSTOM_RULES)
    matcher = pipeline(assertion_rules=str(rules)).get_pipe("resumematch_terms")
    matcher.to_disk(tmp_path / "saved", exclude=["assertion_rules"])  # type: ignore[attr-defined]
    assert {p.name for p in (tmp_path / "saved").iterdir()} == {
        "vocabulary.json",
        "people_rules.json",
        "credential_issuers.json",
        "section_headings.json",
    }
    restored = pipeline()
    restored.get_pipe("resumematch_terms").from_disk(tmp_path / "saved")  # type: ignore[attr-defined]
    assert statuses(restored(TEXT))["epic"] == "affirmed"  # the packaged rules, as configured

    full = tmp_path / "full"
    matcher.to_disk(full)  # type: ignore[attr-defined]
    kept = pipeline()
    kept.get_pipe("resumematch_terms").from_disk(full, exclude=["assertion_rules"])  # type: ignore[attr-defined]
    assert statuses(kept(TEXT))["epic"] == "affirmed"
    loaded = pipeline()
    loaded.get_pipe("resumematch_terms").from_disk(full)  # type: ignore[attr-defined]
    assert statuses(loaded(TEXT))["epic"] == "hedged"
    payload = json.loads(matcher.to_bytes(exclude=["assertion_rules"]))  # type: ignore[attr-defined]
    assert set(payload) == {"vocabulary", "people_rules", "credential_issuers", "section_headings"}
