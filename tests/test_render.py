"""Renderers and the check command's formats: text, JSON, Markdown, self-contained HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, MINI_VOCAB

from resumematch import check
from resumematch.cli import main
from resumematch.render.html import mention_label, report_html
from resumematch.render.markdown import report_markdown
from resumematch.render.text import report_text

JOB = (
    "Unit Coordinator\n\nRequirements:\n- 2+ years of nursing experience\n- BLS and ACLS certification\n- Phlebotomy\n"
)
RESUME = (
    "Sam Lee <sam@example.com>\n\nExperience\nStaff Nurse, Mercy Hospital | Jan 2019 – Present\n"
    "- Nursing care; phlebotomy; no ACLS yet\n\nCertifications\nBLS\n"
)


@pytest.fixture(scope="module")
def report(mini_vocab):  # type: ignore[no-untyped-def]
    return check(RESUME, job=JOB, vocab=mini_vocab)


def test_text_has_parts_requirements_and_colour_only_when_asked(report) -> None:  # type: ignore[no-untyped-def]
    plain = report_text(report)
    assert "How the score adds up:" in plain and "total" in plain
    assert "[required] BLS and ACLS certification" in plain
    assert "missing: Advanced Cardiovascular Life Support" in plain
    assert "\033[" not in plain
    assert "\033[32m" in report_text(report, colour=True)


def test_markdown_tables(report) -> None:  # type: ignore[no-untyped-def]
    text = report_markdown(report)
    assert "| part | points | of | detail |" in text
    assert f"| **total** | **{report.score:.1f}** | **100** | |" in text
    assert re.search(r"\| BLS and ACLS certification \| required \| .*partly", text)


def test_html_is_self_contained_and_highlights_every_mention(report) -> None:  # type: ignore[no-untyped-def]
    page = report_html(report)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
    assert "<script" not in page and "@import" not in page
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page
    assert "&lt;sam@example.com&gt;" in page  # resume text is escaped
    for mention in report.mentions:
        assert mention_label(mention) in page
    assert "hard skill · negated" not in page or any(m.status == "negated" for m in report.mentions)


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [("markdown", "# Resume check"), ("html", "<!DOCTYPE html>"), ("json", '"requirements"'), ("text", "Score:")],
)
def test_cli_formats(tmp_path: Path, fmt: str, marker: str) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(RESUME, "utf-8")
    job = tmp_path / "job.txt"
    job.write_text(JOB, "utf-8")
    out = tmp_path / f"report.{fmt}"
    code = main(["check", str(resume), "--job", str(job), "--vocab", str(MINI_VOCAB), "--format", fmt, "-o", str(out)])
    assert code == 0
    assert marker in out.read_text("utf-8")


def test_json_requirements_contract(tmp_path: Path, report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(report.to_dict()))
    experience, credentials, phlebotomy = data["requirements"]
    assert experience["kind"] == "required" and experience["years"] == 2.0 and experience["met"] == "met"
    assert credentials["term_ids"] == ["bls", "acls"] and credentials["met"] == "partly"
    assert credentials["missing"] == ["Advanced Cardiovascular Life Support"]
    assert phlebotomy["met"] == "met" and phlebotomy["evidence"][0]["section"] == "experience"
    assert data["experience"]["years"] > 5 and data["experience"]["roles"][0]["dates"] == "Jan 2019 - Present"


def test_html_shows_a_huge_line_as_it_is_and_still_highlights_every_mention() -> None:
    """A document extracted as one line is shown whole (no cutting, no tokenizing), each mention anchored once."""
    text = "Charge nurse with BLS and ACLS. " * 400  # one line of 12,800 characters
    report = check(text, job=str(EXAMPLES / "jobs" / "clinical-coordinator.txt"))
    page = report_html(report)
    assert len(report.mentions) == 1200
    for label in {mention_label(m) for m in report.mentions}:
        assert page.count(label) == sum(mention_label(m) == label for m in report.mentions)
    assert page.count('<span id="m-') == len(report.mentions)


def test_renderers_are_one_registry_for_the_cli_and_the_library(report) -> None:  # type: ignore[no-untyped-def]
    from resumematch.cli import build_parser
    from resumematch.render import FORMATS, REPORT_RENDERERS, TERMS_RENDERERS, render_report, render_terms

    assert FORMATS == tuple(REPORT_RENDERERS) == ("text", "json", "markdown", "html")
    parser = build_parser()
    assert parser.parse_args(["check", "r.pdf", "--job", "j.txt", "-f", "markdown"]).format == "markdown"
    assert render_report(report, "markdown") == report_markdown(report)
    assert render_report(report, "html") == report_html(report)
    assert render_report(report, "text", colour=False) == report_text(report)
    assert json.loads(render_report(report, "json"))["score"] == pytest.approx(report.score, abs=0.05)
    assert set(TERMS_RENDERERS) == {"text", "json"}
    assert json.loads(render_terms(report.resume, report.mentions, "json"))["mentions"]
    with pytest.raises(ValueError, match="known: text, json, markdown, html"):
        render_report(report, "pdf")
