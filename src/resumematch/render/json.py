"""JSON output, built only from the models' ``to_dict()`` (the contract in docs/json.md).

Every JSON output starts with ``schema_version`` (:data:`SCHEMA_VERSION`; the JSON
Schema is docs/schema.json): it changes only when a key is renamed, removed or
re-typed, never when one is added.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..models import Document, Mention, Report
from .indented import indented_json

__all__ = ["SCHEMA_VERSION", "document_json", "dumps", "report_json", "terms_json", "versioned"]

SCHEMA_VERSION = 1
"""The version of the JSON contract (docs/json.md, docs/schema.json)."""


def dumps(data: Any) -> str:
    """Stable, readable JSON: UTF-8 characters kept, two-space indent
    (``json.dumps(data, ensure_ascii=False, indent=2)``, written by :mod:`.indented`)."""
    return indented_json(data)


def versioned(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with ``schema_version`` as its first key."""
    return {"schema_version": SCHEMA_VERSION, **data}


def report_json(report: Report, *, include_text: bool = False) -> str:
    return dumps(versioned(report.to_dict(include_text=include_text)))


def terms_json(document: Document, mentions: Sequence[Mention]) -> str:
    return dumps(
        {
            "schema_version": SCHEMA_VERSION,
            "file": document.source,
            "document": document.to_dict(include_text=False),
            "mentions": [m.to_dict() for m in mentions],
        }
    )


def document_json(document: Document) -> str:
    return dumps(versioned(document.to_dict(include_text=True)))
