"""Files in the user's cache folder: derived data that is slow to build and fast to load.

A cold ``resumematch check`` needs the compiled phrase table
(:mod:`resumematch.match.phrase_table`) and the English word lists
(:func:`resumematch.english.english_words`, ``known_words``). All depend only on their
inputs, so each is kept as one file whose name carries a hash of those inputs: a
changed input means a new name, never a stale answer.

Files hold :mod:`marshal` data (plain ints, strings, tuples, lists, dicts and
frozensets, no code) behind a CRC-32 of the payload, and are written atomically. A
missing, truncated, damaged or unwritable file is never an error, only a rebuild.

The folder is the platform's user cache folder (``platformdirs``: ``~/.cache/resumematch``
on Linux, ``~/Library/Caches/resumematch`` on macOS, ``%LOCALAPPDATA%\\resumematch\\Cache``
on Windows). Set ``RESUMEMATCH_CACHE_DIR`` to choose another, or to an empty string to
switch the cache off. Each install adds a few megabytes, so after every write the
oldest files go until the folder holds at most :data:`MAX_CACHE_BYTES`;
``resumematch cache clear`` empties it. This module imports nothing heavy: extraction
uses it without spaCy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import zlib
from pathlib import Path
from typing import NamedTuple

__all__ = ["MAX_CACHE_BYTES", "CacheInfo", "cache_dir", "cache_info", "clear_cache", "read_cached", "write_cached"]

log = logging.getLogger(__name__)

_MAGIC = b"resumematch-cache\x00"
_CRC_BYTES = 4
MAX_CACHE_BYTES = 64 * 1024 * 1024
"""The most the cache folder holds: room for the files of about twenty installs."""


def cache_dir() -> Path | None:
    """Where cached files are kept; ``None`` when caching is switched off."""
    chosen = os.environ.get("RESUMEMATCH_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("resumematch", appauthor=False))


def read_cached(name: str) -> bytes | None:
    """The payload of cache file ``name``, or ``None`` when it is absent, damaged or caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.debug("ignoring unreadable cache file %s: %s", path, exc)
        return None
    header = len(_MAGIC) + _CRC_BYTES
    payload = data[header:]
    if not data.startswith(_MAGIC) or data[len(_MAGIC) : header] != zlib.crc32(payload).to_bytes(_CRC_BYTES, "big"):
        log.debug("ignoring damaged cache file %s", path)
        return None
    return payload


def write_cached(name: str, payload: bytes) -> None:
    """Store ``payload`` as cache file ``name`` (atomically); a failure is only logged.

    Then the oldest other files go while the folder holds more than :data:`MAX_CACHE_BYTES`.
    """
    folder = cache_dir()
    if folder is None:
        return
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as handle:
            temporary = handle.name
            handle.write(_MAGIC + zlib.crc32(payload).to_bytes(_CRC_BYTES, "big") + payload)
        os.replace(temporary, folder / name)
    except OSError as exc:
        log.debug("could not write the cache file %s in %s: %s", name, folder, exc)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return
    _trim(folder, keep=name)


def _cache_files(folder: Path, *, unfinished: bool = False) -> list[tuple[float, int, Path]]:
    """``(modified, size, path)`` of the files resumematch wrote in ``folder``, oldest first
    (with ``unfinished``, also the ``.tmp`` files of writes that never completed)."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            stat = entry.stat(follow_symlinks=False)
            if entry.name.endswith(".tmp"):
                if not unfinished:
                    continue
            else:
                with open(entry.path, "rb") as handle:
                    if handle.read(len(_MAGIC)) != _MAGIC:
                        continue  # not ours: never touched
        except OSError:
            continue
        found.append((stat.st_mtime, stat.st_size, Path(entry.path)))
    return sorted(found)


def _trim(folder: Path, *, keep: str, limit: int | None = None) -> None:
    limit = MAX_CACHE_BYTES if limit is None else limit
    files = _cache_files(folder)
    total = sum(size for _, size, _ in files)
    for _, size, path in files:
        if total <= limit:
            break
        if path.name == keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size


class CacheInfo(NamedTuple):
    """What ``resumematch cache info`` reports."""

    folder: Path | None
    files: int
    size: int
    limit: int


def cache_info() -> CacheInfo:
    """The cache folder, how many files resumematch keeps there and their total size."""
    folder = cache_dir()
    files = _cache_files(folder) if folder is not None else []
    return CacheInfo(folder, len(files), sum(size for _, size, _ in files), MAX_CACHE_BYTES)


def clear_cache() -> tuple[int, int]:
    """Delete every file resumematch keeps in the cache folder; return (files, bytes) removed.

    Only files resumematch wrote (its header, or its unfinished ``.tmp`` files) are
    removed; anything else in the folder is left alone.
    """
    folder = cache_dir()
    removed = freed = 0
    for _, size, path in _cache_files(folder, unfinished=True) if folder is not None else []:
        try:
            path.unlink()
        except OSError:
            continue
        removed += 1
        freed += size
    return removed, freed
