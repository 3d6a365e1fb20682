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
