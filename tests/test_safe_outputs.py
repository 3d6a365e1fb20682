"""CSV cells cannot become spreadsheet formulas; Markdown cannot carry HTML or links."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resumematch.cli import main
from resumematch.render.safe import CSV_TRIGGERS, csv_cell, csv_value, md_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"
RESUME = (EXAMPLES / "resumes" / "strong-fit-rn.txt").read_text(encoding="utf-8")


@given(st.text())
def test_csv_cells_never_start_a_formula_and_read_back(value: str) -> None:
    cell = csv_cell(value)
    assert not cell.startswith(CSV_TRIGGERS)
    assert csv_value(cell) == value


@pytest.mark.parametrize("value", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'quoted"])
def test_owasp_prefix(value: str) -> None:
    assert csv_cell(value) == "'" + value


def test_markdown_text_holds_no_html_and_no_link() -> None:
    hostile = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![t](http://x/) *b* `c` | d"
    shown = md_text(hostile)
    for markup in ("<img", "](", "![", "`c`", "*b*", " | "):
        assert markup not in shown
    assert "&lt;img" in shown


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "=HYPERLINK(evil).txt").write_text(RESUME, encoding="utf-8")
    (folder / "@cmd.txt").write_text(RESUME, encoding="utf-8")
    (folder / "-2+3.txt").write_text("=cmd|' /C calc'!A0", encoding="utf-8")  # an error row
    return folder


def test_rank_csv_and_id_map_cells_are_neutralised(hostile_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    code, _, err = _run(["rank", str(hostile_folder), "--job", str(JOB), "-f", "csv", "-o", str(out), "--workers", "0"])
    assert code == 0, err
    for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8"))):
        assert not any(cell.startswith(CSV_TRIGGERS) for cell in row), row
    blind_out, id_map = tmp_path / "blind.csv", tmp_path / "ids.csv"
    argv = ["rank", str(hostile_folder), "--job", str(JOB), "-f", "csv", "-o", str(blind_out), "--workers", "0"]
    code, _, err = _run([*argv, "--blind", "--id-map", str(id_map)])
    assert code == 0, err
    files = [row[1] for row in csv.reader(io.StringIO(id_map.read_text(encoding="utf-8")))][1:]
    assert sorted(csv_value(f).rsplit("/", 1)[-1] for f in files) == sorted(p.name for p in hostile_folder.iterdir())
    assert not any(f.startswith(CSV_TRIGGERS) for f in files)


def test_rank_resume_reads_neutralised_names_back(hostile_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    argv = ["rank", str(hostile_folder), "--job", str(JOB), "-f", "csv", "-o", str(out), "--workers", "0"]
    assert _run(argv)[0] == 0
    code, _, err = _run([*argv, "--resume"])
    assert code == 0 and "(3 already in" in err, err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


def test_markdown_report_escapes_the_resume_and_its_name(tmp_path: Path) -> None:
    resume = tmp_path / "<img src=x onerror=alert(1)>.txt"
    resume.write_text(RESUME + "\nBLS [click](javascript:alert(1)) <script>x</script>\n", encoding="utf-8")
    code, out, err = _run(["check", str(resume), "--job", str(JOB), "-f", "markdown"])
    assert code == 0, err
    assert "<img" not in out and "<script" not in out and "](javascript" not in out
