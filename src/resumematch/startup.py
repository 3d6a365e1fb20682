"""Start-up trims for the command-line process: ``import spacy`` without spaCy's own CLI.

``import spacy`` runs ``from .cli.info import info`` (for ``spacy.info()``), which
imports spaCy's whole command-line package: typer, weasel, requests, its download and
debug commands. That is about 0.17 s of the 0.5 s the import takes, on every cold
``resumematch check``, for code resumematch never calls.

:func:`defer_spacy_cli` puts two stand-ins in ``sys.modules`` before spaCy is first
imported: ``spacy.cli.info`` whose ``info`` loads the real one when called, and a
``spacy.cli`` package that loads the real package on the first attribute asked of it
(its submodules still import from spaCy's own folder). Nothing else changes: anything
that uses spaCy's CLI gets the real one, only later. The library never does this by
itself; only :func:`resumematch.cli.main`, whose process is resumematch's own, asks for it.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Sequence

__all__ = ["defer_spacy_cli"]

_PACKAGE = "spacy.cli"
_INFO = "spacy.cli.info"


class _StandIns(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """A one-time finder and loader of the two stand-in modules.

    Going through the import system (rather than writing ``sys.modules`` directly)
    keeps spaCy's package as it would be: ``spacy.cli`` is set on it as usual.
    """

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.made: dict[str, types.ModuleType] = {}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in (_PACKAGE, _INFO) or fullname in self.made:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=fullname == _PACKAGE)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = types.ModuleType(spec.name, "spaCy's CLI, loaded on first use (resumematch.startup)")
        self.made[spec.name] = module
        if len(self.made) == 2:
            self.retire()
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == _PACKAGE:
            module.__path__ = [self.folder]  # its other submodules import from spaCy's folder
            module.__getattr__ = lambda name: getattr(self.real_cli(), name)  # type: ignore[method-assign]
        else:
            module.info = lambda *args, **kwargs: self.real_cli().info(*args, **kwargs)  # type: ignore[attr-defined]

    def retire(self) -> None:
        if self in sys.meta_path:
            sys.meta_path.remove(self)

    def real_cli(self) -> types.ModuleType:
        """Swap the stand-ins for spaCy's real CLI package, and return it."""
        self.retire()
        for name, module in self.made.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        return importlib.import_module(_PACKAGE)


def defer_spacy_cli() -> bool:
    """Install the stand-ins if spaCy is not imported yet; return whether they were installed."""
    if "spacy" in sys.modules or _PACKAGE in sys.modules:
        return False
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return False
    sys.meta_path.insert(0, _StandIns(f"{next(iter(spec.submodule_search_locations))}/cli"))
    return True
