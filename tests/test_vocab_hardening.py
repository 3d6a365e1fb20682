"""Vocabulary and rules files from strangers: a BOM, other Unicode forms, forms that would
match anywhere, and JSON built to break a parser (issue #24)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import resumematch
from resumematch import VocabError, load_vocabulary
from resumematch.match.assertion import load_rules
from resumematch.match.json_files import MAX_DEPTH, MAX_FILE_BYTES
from resumematch.match.people_rules import load_people_rules
from resumematch.match.vocabulary_files import MAX_TERMS

BLS = {"id": "bls", "name": "Basic Life Support", "category": "certification", "abbreviations": ["BLS"]}


def _vocab(terms: list[dict[str, Any]]) -> dict[str, Any]:
    return {"schema": 1, "role": "Test", "terms": terms}


def _write(path: Path, data: object, encoding: str = "utf-8") -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding=encoding)
    return path


def _found(text: str, vocab: Path) -> set[str]:
    _, mentions = resumematch.find_terms(resumematch.Text(text), vocab=str(vocab))
    return {m.term_id for m in mentions}


def _problems(path: Path) -> str:
    with pytest.raises(VocabError) as caught:
        load_vocabulary(path)
    return str(caught.value)


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path / "bom.json", _vocab([BLS]), encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "bls" in load_vocabulary(path)
    assert _found("Current BLS and Basic Life Support cards.", path) == {"bls"}


@pytest.mark.parametrize("form", ["NFC", "NFD", "NFKD"])
def test_names_and_aliases_match_text_written_in_either_unicode_form(tmp_path: Path, form: str) -> None:
    term = {
        "id": "spanish",
        "name": unicodedata.normalize(form, "Español fluency"),
        "category": "soft_skill",
        "aliases": [unicodedata.normalize(form, "habla español"), "certiﬁed interpreter"],  # a ligature
    }
    path = _write(tmp_path / "unicode.json", _vocab([term, BLS]))
    loaded = load_vocabulary(path).get("spanish")
    assert loaded.name == unicodedata.normalize("NFKC", "Español fluency")
    assert all(unicodedata.is_normalized("NFKC", alias) for alias in loaded.aliases)
    for text_form in ("NFC", "NFD"):
        text = unicodedata.normalize(text_form, "Skills: Español fluency. Certified interpreter.")
        assert _found(text, path) == {"spanish"}, text_form


def test_a_curly_apostrophe_alias_matches_the_straight_one_and_is_kept_once(tmp_path: Path) -> None:
    term = {"id": "bachelors", "name": "bachelor’s degree", "category": "education", "aliases": ["bachelor's degree"]}
    path = _write(tmp_path / "quotes.json", _vocab([term, BLS]))
    loaded = load_vocabulary(path).get("bachelors")
    assert loaded.name == "bachelor's degree" and loaded.aliases == ("bachelor's degree",)
    assert _found("Holds a bachelor’s degree in biology.", path) == {"bachelors"}


@pytest.mark.parametrize(
    ("key", "form", "fragment"),
    [
        ("aliases", "-", "shorter than 2 characters"),
        ("aliases", "x", "shorter than 2 characters"),
        ("aliases", "--", "no letter or digit"),
        ("aliases", "• •", "no letter or digit"),
        ("aliases", "the", "only common words"),
        ("aliases", "of the", "only common words"),
        ("aliases", "a" * 201, "at most 200"),
        ("abbreviations", "..", "no letter or digit"),
        ("abbreviations", "X", "shorter than 2 characters"),
        ("name", "&", "shorter than 2 characters"),
        ("name", "in", "only common words"),
    ],
)
def test_forms_that_would_match_anywhere_are_refused_naming_the_term(
    tmp_path: Path, key: str, form: str, fragment: str
) -> None:
    term: dict[str, Any] = {"id": "charting", "name": "Charting", "category": "hard_skill"}
    term[key] = form if key == "name" else [form]
    message = _problems(_write(tmp_path / "v.json", _vocab([term, BLS])))
    assert fragment in message and "'charting'" in message
    assert form[:40] in message


def test_a_common_word_form_is_allowed_when_declared_ambiguous_with_context(tmp_path: Path) -> None:
    term = {
        "id": "it-support",
        "name": "IT support",
        "category": "hard_skill",
        "aliases": ["it"],
        "ambiguous": ["it"],
        "context": ["helpdesk", "servers"],
    }
    assert "it-support" in load_vocabulary(_write(tmp_path / "v.json", _vocab([term, BLS])))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"schema": 1, "role": "x", "terms": ' + "[" * 50_000 + "]" * 50_000 + "}", "nests"),
        ('{"schema": 1, "role": "x", "terms": [' + "[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2) + "]}", "nests"),
        ('{"schema": 1' + "0" * 5000 + ', "role": "x", "terms": []}', "5001 digits"),
        ('{"schema": NaN, "role": "x", "terms": []}', "NaN"),
        ('{"schema": -Infinity, "role": "x", "terms": []}', "Infinity"),
        ('{"schema": 1e400, "role": "x", "terms": []}', "too large"),
        ('{"schema": 1, "role": "x", "terms": [{"id": "w", "name": "Word", "weight": 1e308}]}', "unknown key"),
    ],
)
def test_json_built_to_break_a_parser_is_one_clear_error(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    message = _problems(path)
    assert fragment in message and str(path) in message


def test_an_oversized_or_non_utf8_file_or_too_many_terms_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert "larger than 16 MB" in _problems(big)
    latin = tmp_path / "latin.json"
    latin.write_bytes(
        json.dumps(_vocab([{**BLS, "name": "Soporte vital básico"}]), ensure_ascii=False).encode("latin-1")
    )
    assert "not UTF-8" in _problems(latin)
    many = _write(tmp_path / "many.json", _vocab([{}] * (MAX_TERMS + 1)))
    assert f"at most {MAX_TERMS:,}" in _problems(many)


def test_a_name_that_looks_shipped_is_never_a_path_out_of_the_package(tmp_path: Path) -> None:
    with pytest.raises(VocabError, match="does not exist"):
        load_vocabulary("../vocabularies/clinical-coordinator")
    with pytest.raises(VocabError, match="no shipped vocabulary"):
        load_vocabulary("no-such-role")
    with pytest.raises(VocabError, match="cannot read"):
        load_vocabulary("x" * 5000 + ".json")


@pytest.mark.parametrize("loader", [load_rules, load_people_rules])
def test_rules_files_get_the_same_guards(tmp_path: Path, loader: Any) -> None:
    path = tmp_path / "rules.json"
    path.write_text('{"max_scope": ' + "9" * 100 + "}", encoding="utf-8")
    with pytest.raises(VocabError, match="100 digits") as caught:
        loader(path)
    assert str(caught.value).startswith(str(path))
    path.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    with pytest.raises(VocabError, match="nests"):
        loader(path)
    path.write_text('{"max_scope": NaN}', encoding="utf-8")
    with pytest.raises(VocabError, match="NaN"):
        loader(path)


@pytest.mark.parametrize(
    ("rules", "fragment"),
    [
        ({"rules": "dabbled in"}, "'rules' must be a list"),
        ({"rules": ["dabbled in"]}, "a rule must be an object"),
        ({"terminators": 7}, "'terminators' must be a list"),
        ({"rules": [{"literal": "dabbled in", "status": "hedged", "max_scope": True}]}, "positive integer"),
    ],
)
def test_assertion_rules_of_the_wrong_shape_are_refused(tmp_path: Path, rules: object, fragment: str) -> None:
    with pytest.raises(VocabError, match=fragment):
        load_rules(_write(tmp_path / "rules.json", rules))


def test_a_rules_file_with_a_bom_is_read(tmp_path: Path) -> None:
    rules = {"terminators": ["."], "rules": [{"literal": "dabbled in", "status": "hedged"}]}
    loaded = load_rules(_write(tmp_path / "rules.json", rules, encoding="utf-8-sig"))
    assert [rule.literal for rule in loaded.rules] == ["dabbled in"]
