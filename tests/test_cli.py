"""The command line, driven through ``main(argv)`` on real files."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINI_VOCAB
from makers import make_docx, make_pdf

from resumematch import __version__
from resumematch.cli import build_parser, main

RESUME = "Jane Doe, RN\nSKILLS\nPhlebotomy, Epic EHR, MS Excel\nCERTIFICATIONS\nBLS"
JOB = (
    "Clinical Coordinator\nRequirements\n- Registered Nurse (RN) license\n- BLS and ACLS certification\n"
    "Preferred\n- Meditech a plus"
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    resume_pdf = tmp_path / "resume.pdf"
    resume_pdf.write_bytes(make_pdf([RESUME]))
    resume_docx = tmp_path / "resume.docx"
    resume_docx.write_bytes(make_docx(RESUME.splitlines(), header="Jane Doe | jane@example.com"))
    job = tmp_path / "job.txt"
    job.write_text(JOB, "utf-8")
    return {"pdf": resume_pdf, "docx": resume_docx, "job": job}


def test_check_text_report(files: dict[str, Path]) -> None:
    code, out, err = run("check", str(files["pdf"]), "--job", str(files["job"]), "--vocab", str(MINI_VOCAB))
    assert code == 0, err
    assert "Score:" in out
    assert "Advanced Cardiovascular Life Support" in out  # missing, required
    assert "\x1b[" not in out  # no colour when not a terminal


def test_check_json_matches_the_library(files: dict[str, Path]) -> None:
    import resumematch

    code, out, _ = run("check", str(files["docx"]), "-j", str(files["job"]), "--vocab", str(MINI_VOCAB), "-f", "json")
    assert code == 0
    data = json.loads(out)
    report = resumematch.check(files["docx"], job=files["job"], vocab=str(MINI_VOCAB))
    assert data["score"] == round(report.score, 1) == report.to_dict()["score"]
    assert {m["term_id"] for m in data["missing"]} == {"acls", "meditech"}
    assert {m["term_id"] for m in data["matched"]} == {"registered-nurse", "bls"}
    # Each part's points are rounded to 2 places and the score to 1: their sum may differ by rounding.
    points = [part["points"] for part in data["parts"]]
    assert sum(points) == pytest.approx(data["score"], abs=0.05 + 0.005 * len(points))
    assert {w["code"] for w in data["resume"]["warnings"]} == {"header_footer_text"}


def test_terms_json_lists_mentions(files: dict[str, Path]) -> None:
    code, out, _ = run("terms", str(files["pdf"]), "--format", "json", "--vocab", str(MINI_VOCAB))
    assert code == 0
    data = json.loads(out)
    assert data["file"] == str(files["pdf"])
    found = {m["term_id"]: m for m in data["mentions"]}
    assert {"registered-nurse", "phlebotomy", "epic", "ehr", "microsoft-excel", "bls"} <= set(found)
    assert found["bls"]["section"] == "certifications"
    assert found["registered-nurse"]["method"] == "abbreviation"
    assert all(m["status"] == "affirmed" for m in data["mentions"])


def test_extract_prints_text_and_warnings(files: dict[str, Path]) -> None:
    code, out, err = run("extract", str(files["docx"]))
    assert code == 0
    assert out.startswith("Jane Doe | jane@example.com\n")
    assert "header_footer_text" in err
    code, out, _ = run("extract", str(files["pdf"]), "--engine", "pypdfium2", "-f", "json")
    assert code == 0 and json.loads(out)["format"] == "pdf"


def test_output_file(files: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run(
        "check", str(files["pdf"]), "-j", str(files["job"]), "--vocab", str(MINI_VOCAB), "-f", "json", "-o", str(target)
    )
    assert code == 0 and out == ""
    assert json.loads(target.read_text("utf-8"))["score"] >= 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "missing.pdf", "--job", "JOB"], "no such file"),
        (["terms", "RESUME", "--vocab", "no-such-role"], "no shipped vocabulary"),
        (["check", "RESUME", "--job", "EMPTY"], "empty"),
        (["check", "RESUME", "--job", "UNRELATED"], "names none of"),
    ],
)
def test_user_errors_are_one_clear_line(files: dict[str, Path], tmp_path: Path, argv: list[str], message: str) -> None:
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "unrelated.txt").write_text("We bake bread and sell pastries downtown.", "utf-8")
    names = {
        "JOB": str(files["job"]),
        "RESUME": str(files["pdf"]),
        "EMPTY": str(tmp_path / "empty.txt"),
        "UNRELATED": str(tmp_path / "unrelated.txt"),
    }
    argv = [names.get(arg, arg) for arg in argv]
    if "--vocab" not in argv:
        argv += ["--vocab", str(MINI_VOCAB)]
    code, out, err = run(*argv)
    assert code == 1
    assert out == ""
    assert err.startswith("resumematch: error: ")
    assert err.count("\n") == 1
    assert message in err


def test_usage_errors_exit_2() -> None:
    assert run("check", "resume.pdf")[0] == 2  # --job is required
    assert run("frobnicate")[0] == 2


def test_every_command_and_option_has_help() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():  # type: ignore[union-attr]
        assert sub.description, name
        for action in sub._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.dest}"


def test_version_and_help_do_not_import_spacy() -> None:
    code = (
        "import sys; from resumematch.cli import main; "
        "rc = main(['--version']); assert 'spacy' not in sys.modules, 'spacy imported'; print(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert f"resumematch {__version__}" in result.stdout
    assert result.stdout.strip().endswith("0")


def test_module_entry_point(files: dict[str, Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "resumematch", "terms", str(files["pdf"]), "--vocab", str(MINI_VOCAB)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Basic Life Support" in result.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text("utf-8")
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name in subparsers.choices:  # type: ignore[union-attr]
        assert f"resumematch {name} " in readme, f"README does not show the '{name}' command"
    for option in ("--vocab", "--engine", "--password", "--output", "--format"):
        assert option in readme or option.lstrip("-") in readme, option
