"""The layer contract (docs/architecture.md): import-linter's contracts in pyproject.toml hold."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

pytest.importorskip("importlinter", reason="import-linter is in the test extra: pip install -e '.[test]'")


def _lint_imports() -> list[str]:
    script = Path(sys.executable).with_name("lint-imports")
    found = str(script) if script.exists() else shutil.which("lint-imports")
    assert found, "lint-imports is not on PATH although import-linter is installed"
    return [found]


def test_the_layer_contract_holds() -> None:
    result = subprocess.run([*_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_the_contract_catches_a_violation(tmp_path: Path) -> None:
    """A lower layer importing a higher one breaks the contract (the check is not vacuous).

    Run on a copy of the package with one bad import added, never on the source tree.
    """
    shutil.copytree(ROOT / "src" / "resumematch", tmp_path / "src" / "resumematch")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    probe = tmp_path / "src" / "resumematch" / "models" / "_contract_probe.py"
    probe.write_text("from ..scoring import score  # noqa: F401\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
    result = subprocess.run(
        [*_lint_imports(), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode != 0, result.stdout[-4000:]
    assert "resumematch.models is not allowed to import resumematch.scoring" in result.stdout
