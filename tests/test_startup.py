"""The resumematch command imports spaCy without spaCy's own CLI; anything that asks for it still gets it."""

from __future__ import annotations

import csv
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import spacy

from resumematch._runtime.spacy_import import import_spacy_without_cli

pytestmark = pytest.mark.slow  # starts the command in fresh processes

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)


def test_spacy_imports_without_its_cli_and_loads_it_when_used() -> None:
    script = textwrap.dedent(
        """
        import sys
        from resumematch._runtime.spacy_import import import_spacy_without_cli

        assert import_spacy_without_cli() and not import_spacy_without_cli()  # once is enough
        import spacy

        assert "typer" not in sys.modules and "spacy.cli" not in sys.modules, "spaCy's CLI was imported"
        assert [t.text for t in spacy.blank("en")("BLS-certified RN.")] == ["BLS", "-", "certified", "RN", "."]
        assert isinstance(spacy.info(), dict)  # the real spacy.info, loaded when called
        assert isinstance(spacy.cli.info(silent=True), dict)
        from spacy.cli import download

        assert spacy.cli.download is download and spacy.cli.__file__.endswith("__init__.py")
        print("ok")
        """
    )
    result = _run("-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_importing_spacys_cli_or_a_command_of_it_gets_the_real_one() -> None:
    script = textwrap.dedent(
        """
        import sys
        from resumematch._runtime.spacy_import import import_spacy_without_cli

        import_spacy_without_cli()
        import spacy.cli.download

        module = sys.modules["spacy.cli.download"]
        assert spacy.cli.download is module.download, "the package's function, as without the stand-ins"
        assert spacy.cli.__file__.endswith("__init__.py") and callable(spacy.cli.info)
        """
    )
    result = _run("-c", script)
    assert result.returncode == 0, result.stderr


def test_the_command_skips_spacys_cli_and_main_leaves_spacy_as_it_is() -> None:
    result = _run("-X", "importtime", "-m", "resumematch", "terms", "examples/resumes/strong-fit-rn.txt")
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "spacy.tokens" in imported and "typer" not in imported and "spacy.cli.download" not in imported
    script = "import sys; from resumematch.cli import main; main(['terms', 'examples/resumes/strong-fit-rn.txt'])\n"
    script += "assert 'spacy.cli.download' in sys.modules  # a program that calls main() imports spaCy as usual"
    result = _run("-c", script)
    assert result.returncode == 0, result.stderr


def test_nothing_happens_once_spacy_is_imported() -> None:
    assert spacy.blank  # imported above, as in any process that already uses spaCy
    before = list(sys.meta_path)
    assert import_spacy_without_cli() is False
    assert sys.meta_path == before


def test_rank_skips_spacys_cli_too_and_its_forked_workers_score_every_file(tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    args = ["rank", "--job", "examples/jobs/clinical-coordinator.txt", "examples/resumes", "--workers", "2"]
    result = _run("-X", "importtime", "-m", "resumematch", *args, "--format", "csv", "--output", str(out))
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "spacy.tokens" in imported and "typer" not in imported and "spacy.cli.download" not in imported
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    resumes = {p.name for p in (ROOT / "examples" / "resumes").iterdir() if p.is_file()}
    assert {Path(row["file"]).name for row in rows} == resumes and len(rows) == len(resumes)
    assert all(row["score"] and not row["error_type"] for row in rows)
