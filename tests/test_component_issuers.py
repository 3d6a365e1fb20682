"""The credential issuers are the component's data: configured by a path, saved with the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from conftest import MINI_VOCAB

from resumematch import VocabError
from resumematch.match.component import SPANS_KEY, span_details

TEXT = "Charge RN.\nBLS (AHA), exp. 06/2026.\nBLS card from the Example Heart Guild, 2024."
ISSUERS = {"schema": 1, "issuers": {"EHG": ["Example Heart Guild"]}}


def pipeline(**config: object) -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [str(MINI_VOCAB)], **config})
    return nlp


def issuers(doc: spacy.tokens.Doc) -> list[tuple[str, str | None]]:
    return [(s.text, span_details(s)["issuer"]) for s in doc.spans[SPANS_KEY] if s.id_ == "bls"]


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_packaged_issuers_by_default_a_users_file_replaces_them(tmp_path: Path) -> None:
    assert issuers(pipeline()(TEXT)) == [("BLS", "AHA"), ("BLS", None)]
    custom = pipeline(credential_issuers=str(write(tmp_path / "issuers.json", ISSUERS)))
    assert issuers(custom(TEXT)) == [("BLS", None), ("BLS", "EHG")]


def test_to_disk_and_to_bytes_carry_the_issuers(tmp_path: Path) -> None:
    custom = pipeline(credential_issuers=str(write(tmp_path / "issuers.json", ISSUERS)))
    expected = issuers(custom(TEXT))
    custom.to_disk(tmp_path / "model")
    (tmp_path / "issuers.json").unlink()  # the saved pipeline must not need the file
    saved = json.loads((tmp_path / "model" / "resumematch_terms" / "credential_issuers.json").read_text("utf-8"))
    assert saved["issuers"] == ISSUERS["issuers"]
    restored = pipeline()
    restored.get_pipe("resumematch_terms").from_disk(tmp_path / "model" / "resumematch_terms")  # type: ignore[attr-defined]
    assert issuers(restored(TEXT)) == expected
    other = pipeline()
    other.get_pipe("resumematch_terms").from_bytes(custom.get_pipe("resumematch_terms").to_bytes())  # type: ignore[attr-defined]
    assert issuers(other(TEXT)) == expected
    excluded = pipeline()
    excluded.get_pipe("resumematch_terms").from_disk(  # type: ignore[attr-defined]
        tmp_path / "model" / "resumematch_terms", exclude=["credential_issuers"]
    )
    assert issuers(excluded(TEXT)) == [("BLS", "AHA"), ("BLS", None)]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"issuers": {"EHG": "Example Heart Guild"}}', "list of full names"),
        ('{"issuerz": {}}', "unknown key 'issuerz'"),
        ('{"issuers": {"EHG": [3]}}', "every full name"),
        ("[1]", "must be a JSON object"),
        ("{not json", "not valid JSON"),
    ],
)
def test_a_bad_issuers_file_is_a_vocab_error_naming_it(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "issuers.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(VocabError, match=problem) as caught:
        pipeline(credential_issuers=str(path))(TEXT)
    assert str(caught.value).startswith(str(path))
