"""JSON output, built only from the models' ``to_dict()`` (the contract in docs/json.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..models import Document, Mention, Report

__all__ = ["document_json", "dumps", "report_json", "terms_json"]


def dumps(data: Any) -> str:
    """Stable, readable JSON: UTF-8 characters kept, two-space indent."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def report_json(report: Report, *, include_text: bool = False) -> str:
    return dumps(report.to_dict(include_text=include_text))


def terms_json(document: Document, mentions: Sequence[Mention]) -> str:
    return dumps(
        {
            "file": document.source,
            "document": document.to_dict(include_text=False),
            "mentions": [m.to_dict() for m in mentions],
        }
    )


def document_json(document: Document) -> str:
    return dumps(document.to_dict(include_text=True))
