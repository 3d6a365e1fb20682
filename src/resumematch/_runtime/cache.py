"""Files in the user's cache folder: derived data that is slow to build and fast to load.

A cold ``resumematch check`` needs the compiled phrase table (:mod:`.phrasetable`) and
the English word lists (:func:`resumematch.english.english_words`, ``known_words``).
All depend only on their inputs, so each is kept as one file whose name carries a hash of those
inputs: a changed input means a new name, never a stale answer.

Files hold :mod:`marshal` data (plain ints, strings, tuples, lists, dicts and
frozensets, no code) behind a CRC-32 of the payload, and are written atomically. A
missing, truncated, damaged or unwritable file is never an error, only a rebuild.
Set ``RESUMEMATCH_CACHE_DIR`` to choose the folder, or to an empty string to switch
the cache off. This module imports nothing heavy: extraction uses it without spaCy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import zlib
from pathlib import Path

__all__ = ["cache_dir", "read_cached", "write_cached"]

log = logging.getLogger(__name__)

_MAGIC = b"resumematch-cache\x00"
_CRC_BYTES = 4


def cache_dir() -> Path | None:
    """Where cached files are kept; ``None`` when caching is switched off."""
    chosen = os.environ.get("RESUMEMATCH_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "resumematch"


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
    """Store ``payload`` as cache file ``name`` (atomically); a failure is only logged."""
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
