"""The same resume in different layouts yields the same terms (software-engineer vocabulary).

Ground truth: the rendercv YAML source (for its nine themes) and the single-column
layout (for the resume-matcher templates). Tolerance, explained: in the Classic,
Moderncv and Opal themes the dates margin sits on the line where "language mod-" is
hyphenated, so the line ends in a date and "mod-/eling" cannot be re-joined; only
"natural language processing" (matched through "language modeling") is lost there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES, need

from resumematch import find_terms, load_vocabulary

pytestmark = pytest.mark.slow  # reads every layout of the real-world templates with both engines

RENDERCV = FIXTURES / "template-resumes" / "rendercv"
TEMPLATES = FIXTURES / "resume-matcher" / "templates"
THEMES = [
    "Classic",
    "Ember",
    "Engineeringclassic",
    "Engineeringresumes",
    "Harvard",
    "Ink",
    "Moderncv",
    "Opal",
    "Sb2nov",
]
HYPHEN_BEHIND_DATES = {"Classic", "Moderncv", "Opal"}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str | int | float):
        yield str(value)


def _ids(source: object, engine: str = "pdfplumber") -> set[str]:
    _, mentions = find_terms(source, vocab="software-engineer", engine=engine)  # type: ignore[arg-type]
    return {mention.term_id for mention in mentions}


@pytest.fixture(scope="module")
def rendercv_truth() -> set[str]:
    yaml = pytest.importorskip("yaml")
    source = need(RENDERCV / "John_Doe_CV.source.yaml")
    data = yaml.safe_load(source.read_text("utf-8"))
    truth = _ids("\n".join(_strings(data.get("cv", data))))
    assert len(truth) >= 25  # the vocabulary covers this CV well enough to be a real test
    return truth


@pytest.mark.parametrize("theme", THEMES)
def test_rendercv_themes_yield_the_source_terms(theme: str, rendercv_truth: set[str]) -> None:
    found = _ids(need(RENDERCV / f"John_Doe_{theme}Theme_CV.pdf"))
    assert found <= rendercv_truth, found - rendercv_truth
    allowed = {"nlp"} if theme in HYPHEN_BEHIND_DATES else set()
    assert rendercv_truth - found <= allowed, rendercv_truth - found


@pytest.mark.parametrize("layout", ["two-column", "modern-single-column", "modern-two-column"])
@pytest.mark.parametrize("engine", ["pdfplumber", "pypdfium2"])
def test_resume_matcher_layouts_yield_the_single_column_terms(layout: str, engine: str) -> None:
    truth = _ids(need(TEMPLATES / "single-column.pdf"))
    assert len(truth) >= 25
    assert _ids(need(TEMPLATES / f"{layout}.pdf"), engine) == truth


def test_software_vocabulary_is_valid_and_sized() -> None:
    vocabulary = load_vocabulary("software-engineer")
    assert 80 <= len(vocabulary) <= 150


def test_ambiguous_short_names_need_context() -> None:
    assert not {"go", "swift", "rust"} & _ids("Go to the store for a swift reply about the car.")
    assert {"go", "rust"} <= _ids("Languages: Go, Rust and Python; backend services written in Go.")


def test_certifications_and_degrees() -> None:
    found = _ids("AWS Certified Solutions Architect; CKA. BS in Computer Science, Stanford.")
    assert {"aws-solutions-architect", "cka", "bachelors-cs"} <= found


def test_path_source_matches_bytes_source(tmp_path: Path) -> None:
    data = need(TEMPLATES / "two-column.pdf").read_bytes()
    assert _ids(data) == _ids(TEMPLATES / "two-column.pdf")
