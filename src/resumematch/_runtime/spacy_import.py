"""Start-up trims for the command-line process: ``import spacy`` without spaCy's own CLI.

``import spacy`` runs ``from .cli.info import info`` (for ``spacy.info()``), which
imports spaCy's whole command-line package: typer, weasel, requests, its download and
debug commands. That is about 0.17 s of the 0.5 s the import takes, on every cold
``resumematch check``, for code resumematch never calls.

:func:`import_spacy_without_cli` imports spaCy while a one-time finder answers for
``spacy.cli`` and ``spacy.cli.info`` with two stand-ins, then takes them out of
``sys.modules`` again. Afterwards the stand-ins are reachable only as ``spacy.cli``
and ``spacy.info``, and each loads spaCy's real CLI package the first time it is used;
any ``import spacy.cli...`` simply imports the real one. The library never does this
by itself; only the ``resumematch`` command (:func:`resumematch.cli.console_main`),
whose process is resumematch's own, asks for it.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from typing import Any

__all__ = ["import_spacy_without_cli"]

_PACKAGE = "spacy.cli"
_INFO = "spacy.cli.info"


def _real_cli() -> types.ModuleType:
    return importlib.import_module(_PACKAGE)


class _CallableModule(types.ModuleType):
    """The ``spacy.cli.info`` stand-in. The import system binds ``spacy.cli.info`` to the
    submodule where spaCy's package binds the function, so it can be called too."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _real_cli().info(*args, **kwargs)


class _StandIns(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds and loads the two stand-ins, through the import system so that spaCy's
    package gets its ``cli`` attribute as usual."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in (_PACKAGE, _INFO):
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=fullname == _PACKAGE)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        doc = "spaCy's CLI, loaded on first use (resumematch._runtime.spacy_import)"
        return types.ModuleType(spec.name, doc) if spec.name == _PACKAGE else _CallableModule(spec.name, doc)

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == _PACKAGE:
            module.__path__ = []
            module.__getattr__ = lambda name: getattr(_real_cli(), name)  # type: ignore[method-assign]
        else:
            module.info = lambda *args, **kwargs: _real_cli().info(*args, **kwargs)  # type: ignore[attr-defined]


def import_spacy_without_cli() -> bool:
    """Import spaCy with stand-ins for its CLI; ``False`` (and nothing done) if spaCy is imported already."""
    if "spacy" in sys.modules or _PACKAGE in sys.modules:
        return False
    finder = _StandIns()
    sys.meta_path.insert(0, finder)
    try:
        import spacy  # noqa: F401  (the import is the point)
    finally:
        sys.meta_path.remove(finder)
        for name in (_INFO, _PACKAGE):
            spec = getattr(sys.modules.get(name), "__spec__", None)
            if spec is not None and spec.loader is finder:
                del sys.modules[name]  # from now on, importing spacy.cli imports the real one
    return True
