"""Vocabulary loading and validation: every problem reported at once, clearly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI_VOCAB

from resumematch import VocabError, load_vocabulary, shipped_vocabularies
from resumematch.match.vocabulary import surface_forms


def _write(tmp_path: Path, terms: list[dict[str, Any]], **top: Any) -> Path:
    path = tmp_path / "vocab.json"
    path.write_text(json.dumps({"schema": 1, "role": "Test", "terms": terms, **top}), "utf-8")
    return path


def test_mini_vocabulary_loads_with_broader_links() -> None:
    vocabulary = load_vocabulary(MINI_VOCAB)
    assert len(vocabulary) == 13
    assert vocabulary.roles == ("Mini Clinic",)
    assert vocabulary.get("epic").broader == ("ehr",)
    assert vocabulary.ancestors("epic") == ("ehr",)
    assert "bls" in vocabulary and "nope" not in vocabulary


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            {"id": "Bad Id", "name": "X", "category": "skill"},
            {"id": "a", "name": "Alpha", "category": "tool", "abbreviations": ["A"], "broader": ["nope"]},
            {"id": "b", "name": "alpha", "category": "tool"},
            {"id": "c", "name": "Charlie", "category": "tool", "ambiguous": ["Charlie"], "colour": 1},
            {"id": "a", "name": "Another", "category": "tool"},
        ],
        extra="x",
    )
    with pytest.raises(VocabError) as caught:
        load_vocabulary(path)
    problems = caught.value.problems
    text = "\n".join(problems)
    expected = [
        "unknown top-level key(s) extra",
        "'id' must be a lowercase slug",
        "'category' 'skill' is not one of",
        "shorter than 2 characters",
        "broader term 'nope'",
        "alias 'alpha' is already claimed by term 'a'",
        "'ambiguous' needs 'context'",
        "unknown key(s) colour",
        "duplicate id 'a'",
    ]
    for fragment in expected:
        assert fragment in text, fragment
    assert len(problems) >= 8
    assert all(str(path) in problem for problem in problems)
    assert f"{len(problems)} problem(s)" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [("{oops", "JSON"), ('{"schema": 2, "role": "x", "terms": []}', "schema"), ("[]", "object")],
)
def test_malformed_files_raise_vocab_errors(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(VocabError) as caught:
        load_vocabulary(path)
    assert fragment.lower() in (str(caught.value) + " ".join(caught.value.problems)).lower()


def test_missing_file_and_unknown_name(tmp_path: Path) -> None:
    with pytest.raises(VocabError, match="does not exist"):
        load_vocabulary(tmp_path / "missing.json")
    with pytest.raises(VocabError, match=r"shipped ones: .*clinical-coordinator"):
        load_vocabulary("no-such-role")


def test_several_files_merge_and_ids_stay_unique(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        [
            {
                "id": "pmp",
                "name": "Project Management Professional",
                "category": "certification",
                "abbreviations": ["PMP"],
                "broader": [],
            }
        ],
    )
    merged = load_vocabulary(MINI_VOCAB, extra)
    assert "pmp" in merged and "bls" in merged
    assert len(merged.roles) == 2
    clash = tmp_path / "clash.json"
    clash.write_text(
        json.dumps(
            {
                "schema": 1,
                "role": "Clash",
                "terms": [{"id": "bls", "name": "Bowling League Secretary", "category": "title"}],
            }
        ),
        "utf-8",
    )
    with pytest.raises(VocabError, match="bls"):
        load_vocabulary(MINI_VOCAB, clash)


def test_shipped_vocabulary_is_listed_and_valid() -> None:
    assert "clinical-coordinator" in shipped_vocabularies()
    for name in shipped_vocabularies():
        assert len(load_vocabulary(name)) > 0


def test_surface_forms_distinguish_case_sensitive_abbreviations() -> None:
    term = load_vocabulary(MINI_VOCAB).get("registered-nurse")
    assert set(surface_forms(term)) == {("Registered Nurse", False), ("RN", True)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Proven working experience in Java development.", True),
        ("Profound insight of Java and JEE internals", True),
        ("Designing applications on Java EE platforms", True),
        ("We visited Java and Bali on holiday.", False),
        ("I love a cup of java in the morning.", False),
    ],
)
def test_java_the_language_needs_a_word_about_software(text: str, found: bool) -> None:
    """ "Java" is also an island and a coffee: the software vocabulary matches it beside a
    word about software, or in a form that is only the language ("Java EE")."""
    from resumematch import find_terms

    _, mentions = find_terms(text, vocab=load_vocabulary("software-engineer"))
    assert ("java" in {m.term_id for m in mentions}) is found
