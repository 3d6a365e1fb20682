"""In the CLI an argument is a file or an error, never resume text; the library takes
text through ``Text`` (and a plain ``str`` as before)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumematch import InputError, Text, find_terms
from resumematch.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
JOB = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")
RESUME = str(EXAMPLES / "resumes" / "strong-fit-rn.txt")


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _bad_paths(tmp_path: Path) -> dict[str, str]:
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    return {
        "missing, no suffix": "Registered Nurse BLS ACLS",
        "missing, with suffix": str(tmp_path / "nope.pdf"),
        "newline in the name": "resume\nBLS ACLS",
        "too long": "x" * 1500,
        "symlink loop": str(loop),
        "directory": str(tmp_path),
    }


@pytest.mark.parametrize("command", ["check", "terms", "extract"])
def test_an_argument_is_a_file_or_an_error(tmp_path: Path, command: str) -> None:
    for label, bad in _bad_paths(tmp_path).items():
        argv = [command, bad] + (["--job", JOB] if command == "check" else [])
        code, out, err = _run(argv)
        assert code == 1, (label, out)
        assert out == "" and "Score" not in out
        assert err.startswith("resumematch: error: ") and err.count("\n") == 1, (label, err)


def test_a_bad_job_is_an_error_in_check_and_rank(tmp_path: Path) -> None:
    for bad in _bad_paths(tmp_path).values():
        assert _run(["check", RESUME, "--job", bad])[0] == 1
        code, _, err = _run(["rank", RESUME, "--job", bad, "--workers", "0"])
        assert code == 1 and err.count("\n") == 1, err


def test_rank_gives_a_missing_resume_an_error_row_not_a_score(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    code, _, err = _run(["rank", "Registered Nurse BLS", "--job", JOB, "-f", "jsonl", "-o", str(out), "--workers", "0"])
    assert code == 0, err
    assert '"score": null' in out.read_text() and "no such file" in out.read_text()


def test_the_library_takes_text_explicitly() -> None:
    document, mentions = find_terms(Text("resume.pdf: BLS certified"))
    assert document.text.startswith("resume.pdf") and {m.term_id for m in mentions} >= {"bls"}
    # a plain str still works as before (text unless it looks like a path) ...
    assert find_terms("Registered nurse, BLS certified")[0].format == "text"
    # ... and a Path is always a file
    with pytest.raises(InputError, match="no such"):
        find_terms(Path("Registered nurse, BLS certified"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=60).filter(lambda s: not s.startswith("-") and "\x00" not in s))
def test_any_argument_is_a_file_or_one_error_line(argument: str) -> None:
    code, out, err = _run(["extract", argument])
    if os.path.isfile(argument):
        return
    assert code in (1, 2) and out == ""
    assert err.count("\n") == 1 or code == 2
