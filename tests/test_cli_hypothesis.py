"""Hypothesis over the command line (issue #24): any argument list a user might type, with
real files, odd numbers and odd paths, ends in exit 0, 1 or 2 without a traceback; an
error is one ``resumematch: error:`` line (a vocabulary's problems follow it as an
indented list); nothing is written outside the test's folder.

Runs in-process through :func:`resumematch.cli.main`; ``rank`` uses ``--workers 0`` or a
refused value, ``serve`` only ``--help`` or a refused port (a valid one would serve).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES, MINI_VOCAB
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from resumematch.cli import main

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
NUMBERS = ["nan", "-nan", "inf", "-inf", "-1", "0", "1", "2.5", "1e309", "9" * 30, "", "abc", "0x10", " 3", "１"]


def _mostly(valid: list[str], odd: list[str]) -> st.SearchStrategy[str]:
    """A valid value three times in four, so that runs get past the parser as often as not."""
    return st.one_of(st.sampled_from(valid), st.sampled_from(valid), st.sampled_from(valid), st.sampled_from(odd))


def _snapshot(folder: Path) -> set[str]:
    return {
        str(path.relative_to(folder)) for path in folder.rglob("*") if not {".git", ".hypothesis"} & set(path.parts)
    }


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Real inputs of every kind; the cache and the working folder inside ``tmp_path``."""
    files = tmp_path / "in"
    files.mkdir()
    (files / "resume.txt").write_text("Skills\nBLS certified; Epic EHR; patient scheduling\n", "utf-8")
    (files / "job.txt").write_bytes((EXAMPLES / "jobs" / "clinical-coordinator.txt").read_bytes())
    (files / "vocab.json").write_bytes(MINI_VOCAB.read_bytes())
    bad = {"schema": 1, "role": "x", "terms": [{"id": "dash", "name": "Dash", "category": "tool", "aliases": ["-"]}]}
    (files / "bad-vocab.json").write_text(json.dumps(bad), "utf-8")
    (files / "deep.json").write_text("[" * 20_000 + "]" * 20_000, "utf-8")
    (files / "junk.pdf").write_bytes(b"%PDF-1.4\n\x00\xff garbage")
    (files / "empty.txt").write_bytes(b"")
    (files / "new\nline.txt").write_text("Skills\nBLS\n", "utf-8")
    (files / os.fsdecode(b"caf\xe9.txt")).write_text("Skills\nEpic\n", "utf-8")
    (files / "folder").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "cwd").mkdir()
    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir(tmp_path / "cwd")
    before = _snapshot(ROOT)
    yield tmp_path
    assert _snapshot(ROOT) == before, "the command wrote into the project"


def _inputs(root: Path) -> st.SearchStrategy[str]:
    files = root / "in"
    named = [
        "resume.txt", "job.txt", "vocab.json", "junk.pdf", "empty.txt", "new\nline.txt",
        os.fsdecode(b"caf\xe9.txt"), "folder", "missing.txt", "x" * 5000, "bad-vocab.json",
    ]  # fmt: skip
    odd = [str(files / name) for name in named[3:]] + ["", "-", "/dev/null"]
    return _mostly([str(files / name) for name in named[:3]], odd)


def _vocabs(root: Path) -> st.SearchStrategy[str]:
    files = root / "in"
    return st.sampled_from(
        [str(files / n) for n in ("vocab.json", "bad-vocab.json", "deep.json", "resume.txt", "folder", "missing.json")]
        + ["clinical-coordinator", "software-engineer", "no-such-role", "../vocab/clinical-coordinator", ""]
    )


def _outputs(root: Path) -> st.SearchStrategy[str]:
    out = root / "out"
    return st.sampled_from(
        [
            *(str(out / name) for name in ("result.txt", "rows.csv", "no/such/dir.txt", "y" * 300)),
            str(out),
            str(root / "in" / "resume.txt"),
        ]
    )


@st.composite
def _common(draw: st.DrawFn, root: Path, formats: list[str]) -> list[str]:
    """The options every document command has, each present or not, valid or not."""
    args: list[str] = []
    if draw(st.booleans()):
        args += ["--format", draw(_mostly(formats, ["xml", ""]))]
    if draw(st.booleans()):
        args += ["--vocab", draw(_vocabs(root))]
    if draw(st.booleans()):
        args += ["--timeout", draw(_mostly(["30", "2.5", "1e300"], NUMBERS))]
    if draw(st.booleans()):
        args += ["--max-memory", draw(_mostly(["512", "99999999999"], NUMBERS))]
    if draw(st.booleans()):
        args += ["--engine", draw(_mostly(["pdfplumber", "pypdfium2"], ["tesseract"]))]
    if draw(st.booleans()):
        args += ["--password", draw(st.text(max_size=8))]
    if draw(st.booleans()):
        args += ["--output", draw(_outputs(root))]
    return args


@st.composite
def _argv(draw: st.DrawFn, root: Path) -> list[str]:
    command = draw(st.sampled_from(["check", "terms", "extract", "rank", "serve", "cache", "bogus"]))
    if command == "check":
        argv = ["check", draw(_inputs(root)), "--job", draw(_inputs(root))]
        argv += draw(_common(root, ["text", "json", "markdown", "html"]))
        if draw(st.booleans()):
            argv += ["--color", draw(st.sampled_from(["always", "never", "auto", "rainbow"]))]
    elif command in ("terms", "extract"):
        argv = [command, draw(_inputs(root)), *draw(_common(root, ["text", "json"]))]
    elif command == "rank":
        resumes = draw(st.lists(_inputs(root), min_size=1, max_size=3))
        argv = ["rank", *resumes, "--job", draw(_inputs(root)), *draw(_common(root, ["table", "csv", "jsonl", "json"]))]
        argv += ["--workers", draw(_mostly(["0"], ["-1", "nan", "1e9", "99999999", "abc"]))]
        if draw(st.booleans()):
            argv += ["--top", draw(_mostly(["0", "1", "5"], NUMBERS))]
        for flag in ("--blind", "--resume", "--pool-independent"):
            if draw(st.booleans()):
                argv.append(flag)
        if draw(st.booleans()):
            argv += ["--id-map", draw(_outputs(root))]
    elif command == "serve":
        argv = ["serve", "--help"] if draw(st.booleans()) else ["serve", "--port", draw(st.sampled_from(NUMBERS[:6]))]
    elif command == "cache":
        argv = ["cache", draw(st.sampled_from(["info", "clear", "purge", ""]))]
    else:
        argv = [command, draw(_inputs(root))]
    return argv


def _check(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    capsys.readouterr()
    code = main(argv, stdout=out, stderr=err)
    text = capsys.readouterr().err + err.getvalue()  # argparse writes to sys.stderr
    event(f"{argv[0]} exit {code}")
    assert code in (0, 1, 2), (argv, code, text)
    assert "Traceback" not in text, (argv, text)
    lines = text.splitlines()
    if code == 1:
        errors = [line for line in lines if line.startswith("resumematch: error: ")]
        rest = [line for line in lines if not line.startswith(("resumematch: error: ", "  "))]
        assert len(errors) == 1 and not rest, (argv, text)
    if code == 2:
        assert lines and lines[-1].startswith(("resumematch", "usage:")) and "error" in lines[-1], (argv, text)


@SETTINGS
@given(data=st.data())
def test_any_command_line_exits_cleanly(
    workspace: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    argv = data.draw(_argv(workspace))
    # The files the command reads (an output may overwrite any other file: that was asked).
    read = {a for a, before in zip(argv, ["", *argv], strict=False) if before not in ("--output", "--id-map")}
    inputs = {p: p.read_bytes() for p in (workspace / "in").iterdir() if p.is_file() and str(p) in read}
    _check(argv, capsys)
    assert {path: path.read_bytes() for path in inputs} == inputs, "an input was overwritten"


@SETTINGS
@given(data=st.data())
def test_refused_numbers_are_usage_errors(
    workspace: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    """``--timeout nan``, ``--workers -1``, ``--top -1``, ``--port 70000``: exit 2 before any work."""
    resume, job = str(workspace / "in" / "resume.txt"), str(workspace / "in" / "job.txt")
    flag, bad = data.draw(
        st.sampled_from(
            [
                ("--timeout", st.sampled_from(["nan", "inf", "-inf", "0", "-1", "1e309", "abc", ""])),
                ("--max-memory", st.sampled_from(["0", "-1", "nan", "2.5", "abc"])),
                ("--workers", st.sampled_from(["-1", "nan", "257", "99999999", "1.5"])),
                ("--top", st.sampled_from(["-1", "nan", "inf", "x"])),
            ]
        )
    )
    value = data.draw(bad)
    capsys.readouterr()
    assert main(["rank", resume, "--job", job, flag, value], stdout=io.StringIO(), stderr=io.StringIO()) == 2
    assert capsys.readouterr().err.splitlines()[-1].startswith("resumematch rank: error: argument " + flag)
    if flag in ("--timeout", "--max-memory"):
        assert main(["check", resume, "--job", job, flag, value], stdout=io.StringIO(), stderr=io.StringIO()) == 2


def test_a_port_out_of_range_is_a_usage_error_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    for port in ("-1", "0", "65536", "70000", "http"):
        assert main(["serve", "--port", port], stdout=io.StringIO(), stderr=io.StringIO()) == 2
        err = capsys.readouterr().err
        assert "give a port from 1 to 65535" in err or "is not a port number" in err
