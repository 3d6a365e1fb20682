"""Every JSON output carries schema_version and matches docs/schema.json."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT

from resumematch.cli import main

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra: pip install -e '.[test]'")

RESUME = str(EXAMPLES / "resumes" / "strong-fit-rn.txt")
JOB = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads((ROOT / "docs" / "schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _run(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(list(argv), stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


@pytest.mark.parametrize(
    ("argv", "kind"),
    [
        (("check", RESUME, "--job", JOB, "-f", "json"), "report"),
        (("terms", RESUME, "-f", "json"), "terms"),
        (("extract", RESUME, "-f", "json"), "extract"),
    ],
)
def test_json_outputs_start_with_the_schema_version_and_match_the_schema(
    argv: tuple[str, ...], kind: str, validator: Any
) -> None:
    data = json.loads(_run(*argv))
    assert next(iter(data)) == "schema_version" and data["schema_version"] == 1
    validator.validate(data)
    kind_schema = {"$ref": f"#/$defs/{kind}", "$defs": validator.schema["$defs"]}
    jsonschema.Draft202012Validator(kind_schema).validate(data)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_rank_rows_carry_the_schema_version(fmt: str, tmp_path: Path, validator: Any) -> None:
    (tmp_path / "a.txt").write_text("Experience\nRegistered Nurse (RN)\nBLS, ACLS; Epic EHR\nBSN", "utf-8")
    (tmp_path / "b.txt").write_text("", "utf-8")  # an error row
    text = _run("rank", str(tmp_path), "--job", JOB, "-f", fmt, "--workers", "0")
    rows = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 2
    row_schema = {"$ref": "#/$defs/rank_row", "$defs": validator.schema["$defs"]}
    for row in rows:
        assert next(iter(row)) == "schema_version" and row["schema_version"] == 1
        jsonschema.Draft202012Validator(row_schema).validate(row)


def test_the_library_to_dict_is_the_json_without_the_version() -> None:
    import resumematch

    report = resumematch.check(RESUME, job=JOB)
    data = json.loads(_run("check", RESUME, "--job", JOB, "-f", "json"))
    assert data.pop("schema_version") == 1
    assert data == json.loads(json.dumps(report.to_dict()))


def test_the_schema_names_every_category_of_the_category_table(validator: Any) -> None:
    from resumematch.models import CATEGORY_TABLE

    assert validator.schema["$defs"]["category"]["enum"] == list(CATEGORY_TABLE)
