"""The built wheel carries the code and the shipped vocabularies, and works from anywhere.

The builds run on a copy of the checkout in a temporary folder: setuptools writes
``src/resumematch.egg-info`` and ``build/`` next to the source it builds, and a test
must leave the checkout as it found it (checked with ``git status --ignored``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

_NOT_SOURCE = {".git", ".venv", "build", "dist", "__pycache__", ".hypothesis", ".corpus", "out"}
"""What a build must not see or a copy need not carry: version control, environments,
caches and what earlier builds and benchmark runs left."""


class SourceCopy(NamedTuple):
    """The checkout copied for building, and what ``git status`` said before any build."""

    path: Path
    status_before: list[str] | None


def _checkout_status() -> list[str] | None:
    """``git status --porcelain --ignored`` of the checkout without bytecode caches
    (imports write those); ``None`` outside a git checkout (an unpacked sdist)."""
    try:
        result = subprocess.run(
            ["git", "status", "--porcelain", "--ignored", "--untracked-files=all"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    except OSError:
        return None
    if result.returncode != 0:
        return None
    return sorted(line for line in result.stdout.splitlines() if "__pycache__" not in line)


def _not_source(folder: str, names: list[str]) -> set[str]:
    ignored = {name for name in names if name in _NOT_SOURCE or name.endswith((".egg-info", "_cache"))}
    if Path(folder) / "vocabularies" == ROOT / "src" / "resumematch" / "vocabularies":
        ignored.add("vocabularies")  # a developer's symlink to vocab/, which packaging maps itself
    return ignored


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> SourceCopy:
    before = _checkout_status()
    copy = tmp_path_factory.mktemp("source") / "resumematch"
    shutil.copytree(ROOT, copy, symlinks=True, ignore=_not_source)
    return SourceCopy(copy, before)


def _build(source: SourceCopy, kind: str, out: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "build", f"--{kind}", "--outdir", str(out), str(source.path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


@pytest.fixture(scope="module")
def wheel(source: SourceCopy, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _build(source, "wheel", out)
    (built,) = out.glob("resumematch-*.whl")
    return built


def test_wheel_contains_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "resumematch/py.typed" in names
    assert "resumematch/data/sections.json" in names
    assert "resumematch/vocabularies/clinical-coordinator.json" in names
    assert "resumematch/extract/pdf.py" in names
    for name in ("app.css", "page.css", "app.js", "icon.svg"):  # the web page's files (app.css is made)
        assert name == "app.css" or f"resumematch/web/static/{name}" in names, name
    assert "resumematch/web/app.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "resumematch = resumematch.cli:console_main" in text
    assert "resumematch_terms = resumematch.match.component:make_term_matcher" in text


def test_wheel_installs_in_a_fresh_venv_and_loads_the_default_vocabulary(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # A PYTHONPATH pointing at src/ would shadow the installed wheel: run without it.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        env=env,
    )
    # The dependencies (spaCy, pdfplumber, ...) come from this environment, appended
    # after the fresh venv's own site-packages, so the wheel's copy of resumematch wins.
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True, env=env
        ).strip()
    )
    (site / "parent-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    probe = (
        "import resumematch, spacy; "
        "v = resumematch.default_vocabulary(); "
        "print(resumematch.__file__); print(len(v)); "
        "print(sorted({m.term_id for m in resumematch.find_terms('Charge RN with BLS and ACLS')[1]}))"
    )
    result = subprocess.run([str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    location, size, found = result.stdout.strip().splitlines()
    assert location.startswith(str(venv)), location
    assert int(size) >= 100
    assert "'bls'" in found and "'acls'" in found
    cli = subprocess.run([str(venv / "bin" / "resumematch"), "--version"], capture_output=True, text=True, env=env)
    assert cli.returncode == 0 and "resumematch" in cli.stdout


def test_wheel_carries_the_license(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), names
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in metadata
    assert "Project-URL: Source" in metadata


@pytest.fixture(scope="module")
def sdist(source: SourceCopy, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sdist")
    _build(source, "sdist", out)
    (built,) = out.glob("resumematch-*.tar.gz")
    return built


def test_the_sdist_carries_the_license_and_runnable_tests(sdist: Path, tmp_path: Path) -> None:
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        archive.extractall(tmp_path, filter="data")
    top = names[0].split("/")[0]
    for needed in ("LICENSE", "tests/conftest.py", "tests/test_models.py", "examples/jobs/clinical-coordinator.txt"):
        assert f"{top}/{needed}" in names, needed
    # The unpacked sdist's own tests run against its own source.
    env = {**os.environ, "PYTHONPATH": str(tmp_path / top / "src")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_models.py",
            "tests/test_sections.py",
        ],
        cwd=tmp_path / top,
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_building_leaves_the_checkout_as_it_was(source: SourceCopy, wheel: Path, sdist: Path) -> None:
    if source.status_before is None:
        pytest.skip("not a git checkout (an unpacked sdist): git status cannot tell what changed")
    assert wheel.is_file() and sdist.is_file()
    assert _checkout_status() == source.status_before
