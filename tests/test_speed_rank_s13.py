"""The thirteenth session's cuts to what a ranked or checked file costs outside the term
search, each against the plain form it replaces (docs/performance.md, "Scoring and batch
costs, thirteenth session"): the indented JSON writer against ``json.dumps``."""

from __future__ import annotations

import enum
import json
import math
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

import resumematch
from resumematch.render.indented import indented_json
from resumematch.render.json import report_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
REAL_RESUMES = FIXTURES / "real-world" / "resumes"


def plain(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
)
_KEYS = st.text(max_size=6) | st.integers(-5, 5) | st.floats(allow_nan=False) | st.booleans() | st.none()
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.lists(inner, max_size=3).map(tuple) | st.dictionaries(_KEYS, inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_indented_json_writes_what_json_dumps_writes(data: Any) -> None:
    assert indented_json(data) == plain(data)


class _Level(enum.IntEnum):
    LOW = 1


class _Name(str):
    pass


class _Share(float):
    pass


def test_subclasses_and_special_numbers_are_written_as_json_writes_them() -> None:
    data = {
        "enum": _Level.LOW,
        "name": _Name("RN"),
        "share": _Share(0.5),
        "ordered": OrderedDict([("b", 1), ("a", [])]),
        "numbers": [math.nan, math.inf, -math.inf, -0.0, 1e300, 10**40, True, False],
        "keys": {3: "int", 2.5: "float", True: "true", False: "false", None: "null"},
        "control": 'tab\there\x01\u2028"quoted" back\\slash',
        "empty": [{}, [], ()],
    }
    assert indented_json(data) == plain(data)
    assert indented_json("top") == plain("top") and indented_json(None) == "null"


def test_what_json_refuses_is_refused_alike() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented_json({"when": {1, 2}})
    looped: list[Any] = []
    looped.append(looped)
    with pytest.raises(ValueError, match="Circular reference"):
        indented_json({"loop": looped})
    deep: Any = "leaf"
    for _ in range(200):
        deep = [deep]
    assert indented_json(deep) == plain(deep)  # deeper than the writer goes: json writes it


def _resumes() -> list[Path]:
    found = sorted((EXAMPLES / "resumes").glob("*"))
    if REAL_RESUMES.exists():
        found += sorted(p for p in REAL_RESUMES.rglob("*.pdf"))[:20]
    return found


def test_every_report_json_is_json_dumps_of_its_dict() -> None:
    profile = resumematch.analyze(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    for path in _resumes():
        report = resumematch.check(path, job=profile)
        data = {"schema_version": 1, **report.to_dict()}
        assert report_json(report) == plain(data), path.name
