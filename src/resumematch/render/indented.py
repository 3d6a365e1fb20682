"""``json.dumps(data, ensure_ascii=False, indent=2)``, the same text at half its cost.

With an ``indent``, the standard library encodes in Python through a chain of generators
(CPython 3.11's C encoder writes only compact JSON): every piece of text is passed up
through each level of nesting it sits in, and each scalar costs a generator step at every
level. A report's JSON is about 120 kB in 500 objects and 4,000 values, and took 2.8 ms to
write: more than scoring the resume (docs/performance.md, "Scoring and batch costs,
thirteenth session"). Here one recursive function appends each piece to one list, writing
the scalars of a container in the container's own loop, strings through the standard
library's own C escaper and numbers through ``int.__repr__`` and ``float.__repr__``, as
``json`` does. (Handing each container of scalars to the C encoder, compact, and indenting
its output was measured and is slower: about 4 us a mention's 14 values, the loop 3.5.)

It writes what ``json.dumps`` writes for the values ``to_dict()`` makes (``str``, ``int``,
``float``, ``bool``, ``None``, lists, tuples and dicts with keys of any type ``json``
accepts), and hands anything else, or nesting deeper than :data:`_MAX_DEPTH` (a value that
contains itself), to ``json.dumps`` itself, which then writes it or raises its own error
(``tests/test_speed_rank_s13.py`` compares the two on Hypothesis values and reports).
"""

from __future__ import annotations

import json
from json.encoder import py_encode_basestring
from typing import Any

try:
    from _json import encode_basestring as _escape
except ImportError:  # pragma: no cover - CPython always has the C escaper
    _escape = py_encode_basestring

__all__ = ["indented_json"]

_INDENT = "  "
_MAX_DEPTH = 64
"""Deeper values (or a value that contains itself) are left to ``json.dumps``."""
_float_repr = float.__repr__
_int_repr = int.__repr__
_INFINITY = float("inf")


class _NotPlain(Exception):
    """A value this writer does not write: ``json.dumps`` takes over."""


def indented_json(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``."""
    out: list[str] = []
    try:
        _write(data, out, 0)
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


def _float(value: float) -> str:
    """``json``'s ``floatstr`` (``allow_nan``)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return _float_repr(value)


def _scalar(value: Any) -> str | None:
    """The JSON of a scalar, by ``json``'s tests in ``json``'s order; ``None`` for a container."""
    if isinstance(value, str):
        return _escape(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return _int_repr(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, list | tuple | dict):
        return None
    raise _NotPlain


def _key(key: Any) -> str:
    """A dict key as ``json`` writes it: a string, or a number, bool or null made one."""
    if isinstance(key, str):
        return _escape(key)
    if isinstance(key, float):
        return _escape(_float(key))
    if key is True:
        return '"true"'
    if key is False:
        return '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return _escape(_int_repr(key))
    raise _NotPlain


_KEYS: dict[str, str] = {}
"""Each string key's JSON and ``": "`` (a report repeats a few dozen keys)."""


def _key_text(key: Any) -> str:
    text = _key(key) + ": "
    if type(key) is str and len(_KEYS) < 10_000:
        _KEYS[key] = text
    return text


def _write(value: Any, out: list[str], level: int) -> None:
    if level > _MAX_DEPTH:
        raise _NotPlain
    kind = type(value)
    if kind is not dict and kind is not list and kind is not tuple:
        written = _scalar(value)
        if written is not None:
            out.append(written)
            return
    append = out.append
    if not value:
        append("{}" if isinstance(value, dict) else "[]")
        return
    inner = "\n" + _INDENT * (level + 1)
    deeper = level + 1
    separator = ""
    # The common scalars are written here, by exact type (a subclass takes the long way
    # through ``_scalar``, as ``json``'s isinstance tests do: an IntEnum is written as its int).
    if isinstance(value, dict):
        append("{" + inner)
        for key, item in value.items():
            if separator:
                append(separator)
            else:
                separator = "," + inner
            append((_KEYS.get(key) if type(key) is str else None) or _key_text(key))
            kind = type(item)
            if kind is str:
                append(_escape(item))
            elif item is None:
                append("null")
            elif kind is int:
                append(_int_repr(item))
            elif kind is float:
                append(_float_repr(item) if item - item == 0.0 else _float(item))
            else:
                _write(item, out, deeper)
        append("\n" + _INDENT * level + "}")
        return
    append("[" + inner)
    for item in value:
        if separator:
            append(separator)
        else:
            separator = "," + inner
        kind = type(item)
        if kind is str:
            append(_escape(item))
        elif kind is int:
            append(_int_repr(item))
        elif kind is float:
            append(_float_repr(item) if item - item == 0.0 else _float(item))
        else:
            _write(item, out, deeper)
    append("\n" + _INDENT * level + "]")
