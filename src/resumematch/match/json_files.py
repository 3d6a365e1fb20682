"""Read the JSON a user gives as data (vocabularies, rules files) without trusting it.

A vocabulary or rules file may come from anyone (a colleague, a download, an attacker
of a shared service). Python's ``json`` accepts what no such file needs and some of it
fails badly: ``NaN`` and ``Infinity``, integers of thousands of digits (a ``ValueError``
from the int parser), nesting deep enough for a ``RecursionError``, a file of gigabytes
read whole into memory. Here every one of those is a :class:`~resumematch.errors.VocabError`
whose message names the file and says what to change.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from ..errors import VocabError

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "parse_json_data", "read_json_file", "read_text_file"]

MAX_FILE_BYTES = 16 * 1024 * 1024
"""The largest vocabulary or rules file read (the shipped clinical vocabulary is 135 kB)."""

MAX_DEPTH = 16
"""The deepest nesting of arrays and objects (a vocabulary's token patterns need 7)."""

_MAX_NUMBER_CHARS = 24
"""The longest number written in a file (a weight or a count needs a handful of digits)."""


class _BadNumber(ValueError):
    """A number no data file needs, met while parsing."""


def _constant(text: str) -> float:
    raise _BadNumber(f"{text} is not a number a data file may hold; write a finite number")


def _int(text: str) -> int:
    if len(text) > _MAX_NUMBER_CHARS:
        raise _BadNumber(f"the number {text[:12]}... has {len(text)} digits; write a number of at most 24")
    return int(text)


def _float(text: str) -> float:
    value = float(text[: _MAX_NUMBER_CHARS + 1])
    if len(text) > _MAX_NUMBER_CHARS or not math.isfinite(value):
        raise _BadNumber(f"the number {text[:24]} is too large or too long; write a finite number")
    return value


def _too_deep(data: Any) -> bool:
    """Whether arrays and objects nest deeper than :data:`MAX_DEPTH` (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
        if children is None:
            continue
        if depth > MAX_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def parse_json_data(text: str, where: str, what: str) -> Any:
    """The JSON value of ``text`` (a BOM allowed); a VocabError starting with ``where``
    for malformed JSON, non-finite or overlong numbers and nesting beyond :data:`MAX_DEPTH`."""
    text = text.removeprefix("\ufeff")  # Windows editors write a UTF-8 BOM
    try:
        data = json.loads(text, parse_constant=_constant, parse_int=_int, parse_float=_float)
    except json.JSONDecodeError as exc:
        raise VocabError(
            f"{where}: the {what} file is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from exc
    except _BadNumber as exc:
        raise VocabError(f"{where}: the {what} file holds a number out of range: {exc}") from exc
    except RecursionError as exc:
        raise VocabError(
            f"{where}: the {what} file nests arrays or objects too deeply (at most {MAX_DEPTH} levels)"
        ) from exc
    if _too_deep(data):
        raise VocabError(f"{where}: the {what} file nests arrays or objects too deeply (at most {MAX_DEPTH} levels)")
    return data


def read_text_file(path: str | os.PathLike[str], what: str) -> str:
    """The UTF-8 text of a data file (a BOM kept for :func:`parse_json_data` to drop);
    a VocabError for a missing, special, unreadable, oversized or non-UTF-8 file."""
    name = os.fspath(path)
    file = Path(path)
    try:
        if file.is_dir():
            raise VocabError(f"{name}: is a directory; pass the {what} .json file.")
        if file.exists() and not file.is_file():  # a FIFO would block, a device never end
            raise VocabError(f"{name}: not a regular file (a pipe or a device); pass the {what} .json file.")
        with file.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise VocabError(f"{name}: the {what} file does not exist; check the path.") from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        raise VocabError(f"{name}: cannot read the {what} file: {getattr(exc, 'strerror', None) or exc}.") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise VocabError(
            f"{name}: the {what} file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
            "a vocabulary or rules file is a few hundred kB: check it is the right file."
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise VocabError(
            f"{name}: the {what} file is not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8."
        ) from exc


def read_json_file(path: str | os.PathLike[str], what: str) -> Any:
    """:func:`read_text_file` then :func:`parse_json_data`, the message starting with the path."""
    return parse_json_data(read_text_file(path, what), os.fspath(path), what)
