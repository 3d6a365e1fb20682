"""docs/architecture.md lists every module and data file of the package, and nothing that is gone.

A contributor looks a module up in that list before reading code; a module added, renamed
or removed without its line makes the map wrong, so the list is checked against the tree.
"""

from __future__ import annotations

import re

from conftest import ROOT

PACKAGE = ROOT / "src" / "resumematch"
ARCHITECTURE = ROOT / "docs" / "architecture.md"


def _listed() -> set[str]:
    """The paths in the first column of the "Every module" tables."""
    section = ARCHITECTURE.read_text("utf-8").split("## Every module", 1)[1]
    return set(re.findall(r"^\| `([\w/.]+\.(?:py|json))` \|", section, re.M))


def _in_tree() -> set[str]:
    files = [*PACKAGE.rglob("*.py"), *(PACKAGE / "data").glob("*.json")]
    return {f.relative_to(PACKAGE).as_posix() for f in files if "vocabularies" not in f.relative_to(PACKAGE).parts}


def test_every_module_and_data_file_is_listed() -> None:
    assert len(_in_tree()) > 100  # the walk finds the package
    assert sorted(_in_tree() - _listed()) == []


def test_every_listed_module_exists() -> None:
    assert sorted(_listed() - _in_tree()) == []
