"""The built wheel carries the code and the shipped vocabularies, and works from anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
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
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sdist")
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
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
