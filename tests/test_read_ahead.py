"""The resumematch command reads its document in a forked helper: same answers, same errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from resumematch._runtime.read_ahead import Prefetch
from resumematch.cli import main

pytestmark = pytest.mark.slow  # forks helpers and starts the command in fresh processes

ROOT = Path(__file__).resolve().parents[1]
JOB = "examples/jobs/clinical-coordinator.txt"
needs_fork = pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="the helper needs os.fork")


def _command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resumematch", *args], capture_output=True, text=True, timeout=120, check=False, cwd=ROOT
    )


@needs_fork
@pytest.mark.parametrize(
    "argv",
    [
        ["check", "examples/resumes/strong-fit-rn.pdf", "--job", JOB, "--color", "never"],
        ["check", "examples/resumes/partial-fit-medical-assistant.docx", "--job", JOB, "-f", "json"],
        ["terms", "examples/resumes/career-changer-operations.pdf", "--engine", "pypdfium2"],
    ],
)
def test_the_command_answers_as_main_does(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _command(*argv)
    assert result.returncode == 0, result.stderr
    monkeypatch.chdir(ROOT)  # the same relative paths, which the output shows
    assert main(argv) == 0
    assert result.stdout == capsys.readouterr().out


@needs_fork
def test_the_helpers_error_is_the_commands_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage without objects")
    result = _command("check", str(broken), "--job", JOB)
    assert result.returncode == 1
    assert result.stderr.startswith("resumematch: error: ") and "re-" in result.stderr


def _in_fresh_python(script: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr


@needs_fork
def test_the_helper_sends_the_document_or_its_error_or_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    _in_fresh_python(
        f"""
        import os, signal
        from resumematch.errors import CorruptFileError
        from resumematch.extract import extract
        from resumematch._runtime.read_ahead import Prefetch

        pdf = "examples/resumes/strong-fit-rn.pdf"
        prefetch = Prefetch.start(pdf, password=None, engine="pdfplumber")
        assert prefetch is not None and prefetch.result() == extract(pdf)
        prefetch = Prefetch.start({str(broken)!r}, password=None, engine="pdfplumber")
        try:
            prefetch.result()
        except CorruptFileError as exc:
            assert "damaged" in str(exc)
        else:
            raise AssertionError("no error")
        prefetch = Prefetch.start(pdf, password=None, engine="pdfplumber")
        os.kill(prefetch._pid, signal.SIGKILL)  # a helper that dies: the caller reads the file itself
        assert prefetch.result() is None
        """
    )


def test_no_helper_where_it_would_not_help() -> None:
    # spaCy is imported in this process already, a text file reads in a millisecond,
    # and a missing file is for the ordinary path to report.
    assert Prefetch.start("examples/resumes/strong-fit-rn.pdf", password=None, engine="pdfplumber") is None
    assert Prefetch.start("examples/resumes/strong-fit-rn.txt", password=None, engine="pdfplumber") is None
    assert Prefetch.start("no/such/file.pdf", password=None, engine="pdfplumber") is None


@needs_fork
def test_the_first_run_builds_the_word_lists_in_a_helper(tmp_path: Path) -> None:
    """With an empty cache folder the command forks a helper that builds and caches the
    English word lists while spaCy is imported; the answer is the same as with them cached."""
    import os

    def run(cache: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "resumematch", "check", "examples/resumes/strong-fit-rn.txt", "--job", JOB],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=ROOT,
            env={**os.environ, "RESUMEMATCH_CACHE_DIR": str(cache)},
        )

    first = run(tmp_path)
    assert first.returncode == 0, first.stderr
    assert {p.name.split("-")[0] for p in tmp_path.glob("*-words-*.marshal")} == {"english", "known"}
    again = run(tmp_path)
    assert again.stdout == first.stdout
    _in_fresh_python(
        f"""
        import os
        os.environ["RESUMEMATCH_CACHE_DIR"] = {str(tmp_path / "fresh")!r}
        from resumematch._runtime.read_ahead import WordListsAhead
        from resumematch.english import word_caches_ready

        assert not word_caches_ready()
        helper = WordListsAhead.start()
        assert helper is not None
        helper.wait()
        assert word_caches_ready() and WordListsAhead.start() is None  # nothing left to build
        """
    )


def test_no_word_list_helper_once_spacy_is_imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from resumematch._runtime.read_ahead import WordListsAhead

    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", str(tmp_path))  # empty: the lists would be built
    assert WordListsAhead.start() is None  # spaCy is imported in this process already
