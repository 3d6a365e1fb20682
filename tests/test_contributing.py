"""CONTRIBUTING.md and docs/architecture.md name only files and folders that exist.

A newcomer follows their map; a module that was renamed, split or folded must take its
line in the map with it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "src" / "resumematch"
_PATH = re.compile(r"`([\w./-]+(?:\.(?:py|json|md|toml)|/))`")


def _named_paths(document: Path) -> list[str]:
    """Paths (with a folder) and module files; a bare data file name may be one a program writes."""
    found = {m.group(1) for m in _PATH.finditer(document.read_text("utf-8"))}
    return sorted(name for name in found if "/" in name or name.endswith(".py"))


def _exists(name: str) -> bool:
    if name.startswith(".venv/"):  # the developer's own environment
        return True
    places = [ROOT, PACKAGE, ROOT / "tests", *(d for d in PACKAGE.iterdir() if d.is_dir())]
    return any((place / name).exists() for place in places)


@pytest.mark.parametrize("document", ["CONTRIBUTING.md", "docs/architecture.md"])
def test_every_path_the_map_names_exists(document: str) -> None:
    named = _named_paths(ROOT / document)
    assert len(named) > 20  # the map is there and this test reads it
    assert [name for name in named if not _exists(name)] == []


def test_every_stage_package_says_what_it_owns() -> None:
    import importlib

    for folder in sorted(d for d in PACKAGE.iterdir() if (d / "__init__.py").exists()):
        module = importlib.import_module(f"resumematch.{folder.name}")
        doc = module.__doc__ or ""
        assert len(doc.split()) >= 12, f"resumematch.{folder.name} has no docstring saying what it owns"


def _modules_of(folder: Path) -> list[str]:
    """The modules and subpackages a package holds (``__init__`` and ``__main__`` aside)."""
    modules = [f.stem for f in folder.glob("*.py") if not f.stem.startswith("__")]
    return sorted(modules + [d.name for d in folder.iterdir() if (d / "__init__.py").exists()])


def _names(doc: str, package: str, module: str) -> bool:
    """Whether ``doc`` names ``module`` as code: ``name``, ``name.py``, :mod:`.name` or its dotted path."""
    forms = (f"``{module}``", f"``{module}.py``", f":mod:`.{module}`", f"resumematch.{package}.{module}")
    return any(form in doc for form in forms)


def test_every_package_docstring_names_every_module_it_owns() -> None:
    import importlib

    packages = sorted(d for d in PACKAGE.iterdir() if (d / "__init__.py").exists())
    assert {"match", "posting", "render"} <= {d.name for d in packages}  # the walk finds the stages
    unnamed = {}
    for folder in packages:
        doc = importlib.import_module(f"resumematch.{folder.name}").__doc__ or ""
        missing = [m for m in _modules_of(folder) if not _names(doc, folder.name, m)]
        if missing:
            unnamed[folder.name] = missing
    assert unnamed == {}, "each package's docstring must name every module it owns: " + repr(unnamed)
