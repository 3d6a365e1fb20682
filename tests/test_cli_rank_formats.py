"""``rank --format`` comes from the renderer registry, and a format's registry renderer
writes what its streaming rows file holds once the run is complete."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import EXAMPLES

from resumematch.cli import build_parser, main
from resumematch.render import RANK_RENDERERS, REPORT_RENDERERS, ROW_FILE_FORMATS, TERMS_RENDERERS, renderer

JOB = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")
RESUMES = [
    "Experience\nRegistered Nurse (RN); staff scheduling; discharge planning\nCertifications\nBLS, ACLS\nBSN",
    "Skills\nBLS certified; Epic EHR; patient scheduling",
    "Skills\nMicrosoft Excel",
]


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for index, text in enumerate(RESUMES):
        (root / f"r{index}.txt").write_text(text, "utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    return root


def _choices(command: str) -> tuple[str, ...]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]  # type: ignore[index]
    return tuple(next(a for a in sub._actions if a.dest == "format").choices)


def test_format_choices_are_the_registries() -> None:
    assert _choices("rank") == tuple(RANK_RENDERERS)
    assert _choices("check") == tuple(REPORT_RENDERERS)
    assert _choices("terms") == tuple(TERMS_RENDERERS)
    assert set(ROW_FILE_FORMATS) <= set(RANK_RENDERERS)
    for fmt in RANK_RENDERERS:
        assert callable(renderer(RANK_RENDERERS, fmt))


@pytest.mark.parametrize("fmt", ROW_FILE_FORMATS)
@pytest.mark.parametrize("top", [None, "2"])
def test_the_registry_text_equals_the_streamed_file(folder: Path, tmp_path: Path, fmt: str, top: str | None) -> None:
    limit = ["--top", top] if top else []
    common = ["rank", str(folder), "--job", JOB, "--workers", "0", "--pool-independent", "-f", fmt, *limit]
    code, printed, err = _run(*common)
    assert code == 0, err
    streamed = tmp_path / f"rows.{fmt}"
    code, _, err = _run(*common, "-o", str(streamed))
    assert code == 0, err
    assert printed == streamed.read_text("utf-8")
    rows = [line for line in printed.splitlines() if line not in ("[", "]")]
    assert len(rows) == (2 if top else 4) + (fmt == "csv")  # the header line


def test_table_shows_twenty_rows_unless_top_says_otherwise(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for index in range(22):
        (root / f"r{index:02}.txt").write_text(RESUMES[index % 3], "utf-8")
    code, out, _ = _run("rank", str(root), "--job", JOB, "--workers", "0", "--pool-independent")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1 + 20 + 1 and lines[-1].startswith("... 2 more row(s)")
    code, out, _ = _run("rank", str(root), "--job", JOB, "--workers", "0", "--pool-independent", "--top", "21")
    assert code == 0 and len(out.splitlines()) == 1 + 21 + 1


def test_resume_needs_a_row_file_format(folder: Path, tmp_path: Path) -> None:
    code, _, err = _run("rank", str(folder), "--job", JOB, "-f", "table", "-o", str(tmp_path / "t.txt"), "--resume")
    assert code == 2
    assert err.strip() == "resumematch: error: --resume needs --output FILE in csv, jsonl or json format"
