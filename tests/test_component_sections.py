"""The component's section headings travel with it: a user's own headings file, to_disk/spacy.load, exclude."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from conftest import mini_pipeline as pipeline
from conftest import write_json

from resumematch import VocabError
from resumematch.match.component import SPANS_KEY, TermMatcher
from resumematch.resume.sections import SectionHeadings, default_section_headings, detect_sections

# "Epic" is ambiguous in the mini vocabulary: it counts only with a context word nearby
# or under a heading that lists tools ("Skills"), or beside another tool on its line (so each
# tool here has a line of its own).
TEXT = "Jane Doe\n\nSystems I Use\nEpic\nExcel\n"
HEADINGS = {"schema": 1, "sections": {"skills": ["systems i use", "skills"], "experience": ["experience"]}}


def found(nlp: spacy.language.Language, text: str = TEXT) -> set[str]:
    doc = nlp(text)
    return {span.id_ for span in doc.spans[SPANS_KEY]}


def test_the_component_finds_a_docs_sections_with_the_packaged_headings() -> None:
    assert "epic" in found(pipeline(), "Jane Doe\n\nSkills\nEpic\nExcel\n")
    assert "epic" not in found(pipeline())  # "Systems I Use" is no packaged heading


def test_a_users_headings_file_decides_the_sections(tmp_path: Path) -> None:
    headings = write_json(tmp_path / "my-headings.json", HEADINGS)
    custom = pipeline(section_headings=str(headings))
    assert {"epic", "microsoft-excel"} <= found(custom)
    # The file replaces the packaged headings: "Tools" is not in it.
    assert "epic" not in found(custom, "Jane Doe\n\nTools\nEpic\nExcel\n")
    assert "epic" in found(pipeline(), "Jane Doe\n\nTools\nEpic\nExcel\n")


def test_to_disk_and_spacy_load_keep_the_headings(tmp_path: Path) -> None:
    headings = write_json(tmp_path / "my-headings.json", HEADINGS)
    nlp = pipeline(section_headings=str(headings))
    nlp.to_disk(tmp_path / "model")
    headings.unlink()  # the saved pipeline must not need the original file
    assert (tmp_path / "model" / "resumematch_terms" / "section_headings.json").is_file()
    loaded = spacy.load(tmp_path / "model")
    assert found(loaded) == found(nlp)
    assert "epic" in found(loaded)


def test_exclude_leaves_the_headings_out(tmp_path: Path) -> None:
    headings = write_json(tmp_path / "my-headings.json", HEADINGS)
    nlp = pipeline(section_headings=str(headings))
    matcher = nlp.get_pipe("resumematch_terms")
    assert isinstance(matcher, TermMatcher)
    matcher.to_disk(tmp_path / "part", exclude=["section_headings"])
    assert not (tmp_path / "part" / "section_headings.json").exists()
    assert (tmp_path / "part" / "assertion_rules.json").is_file()
    # Restoring with the headings excluded keeps the component's own (packaged) ones.
    fresh = pipeline()
    fresh_matcher = fresh.get_pipe("resumematch_terms")
    assert isinstance(fresh_matcher, TermMatcher)
    matcher.to_disk(tmp_path / "all")
    fresh_matcher.from_disk(tmp_path / "all", exclude=["section_headings"])
    assert "epic" not in found(fresh)
    fresh_matcher.from_disk(tmp_path / "all")
    assert "epic" in found(fresh)
    # to_bytes/from_bytes honour exclude the same way.
    assert "section_headings" not in json.loads(matcher.to_bytes(exclude=["section_headings"]))
    other = pipeline()
    other_matcher = other.get_pipe("resumematch_terms")
    assert isinstance(other_matcher, TermMatcher)
    other_matcher.from_bytes(matcher.to_bytes())
    assert "epic" in found(other)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('{"sections": {"skills": ["skills"]}, "extra": 1}', "unknown key"),
        ('{"sections": {"hobbies": ["hobbies"]}}', "section kind 'hobbies' is not one of"),
        ('{"sections": {"skills": "skills"}}', "must be a list of heading phrases"),
        ('{"sections": {"skills": ["tools"], "experience": ["Tools:"]}}', "claimed by both"),
        ('{"schema": 1}', "'sections' must be an object"),
    ],
)
def test_a_bad_headings_file_is_an_error_naming_it(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad-headings.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(VocabError, match=r"bad-headings\.json") as raised:
        pipeline(section_headings=str(bad))(TEXT)
    assert problem in str(raised.value)


def test_the_packaged_headings_round_trip_through_their_dict() -> None:
    packaged = default_section_headings()
    again = SectionHeadings.from_dict(packaged.to_dict())
    assert again == packaged
    text = "Summary\nNurse.\n\nLICENSES & CERTIFICATIONS:\nBLS\n\nWork History\nClinic\n"
    assert detect_sections(text, again) == detect_sections(text)
    assert [s.kind for s in detect_sections(text)] == ["summary", "certifications", "experience"]
