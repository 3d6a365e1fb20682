"""Which files a ranking reads: files, folders (recursively, hidden files skipped) and
glob patterns, expanded lazily and each file once. A path that names nothing is kept, so
that its row reports the problem instead of the file vanishing from the ranking."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["collect_resumes", "resume_paths"]

_GLOB_CHARS = set("*?[")


def _files_under(folder: Path) -> Iterator[str]:
    """Every non-hidden file below ``folder``, in a stable (sorted) order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _expand(spec: str | os.PathLike[str]) -> Iterator[str]:
    text = os.fspath(spec)
    if os.path.isdir(text):
        yield from _files_under(Path(text))
    elif not os.path.exists(text) and _GLOB_CHARS & set(text):
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            yield text  # kept, so the row says "no such file" instead of vanishing
        for match in matches:
            yield from _files_under(Path(match)) if os.path.isdir(match) else iter((match,))
    else:
        yield text  # a file, or a missing path that becomes an error row


def collect_resumes(specs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Expand files, folders (recursively, hidden files skipped) and glob patterns into
    the list of files to rank, each once, in a stable order. A path or pattern that
    names nothing stays in the list so that its row reports the problem."""
    seen: set[str] = set()
    files = []
    for spec in specs:
        for path in _expand(spec):
            key = os.path.normcase(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                files.append(path)
    return files


def resume_paths(resumes: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> Iterator[str]:
    """The files ``resumes`` names (one spec or many), lazily, in a stable order."""
    if isinstance(resumes, str | os.PathLike):
        resumes = [resumes]
    for spec in resumes:
        yield from _expand(spec)
