"""Rank rows as a terminal table, CSV, JSON Lines or a JSON array (docs/json.md, "rank rows").

All three file formats keep **one row per physical line**, so a run can append rows
as files finish (a checkpoint that survives an interruption), read back what an
earlier run wrote (``--resume``), and put the rows in rank order at the end by
sorting small ``(score, key, offset)`` records instead of holding every row in memory.
The JSON array is written as ``[`` / one row per line / ``]``, which is valid JSON.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from ..batch.ranking import RankRow
from ..extract.files import printable
from .json import versioned
from .safe import csv_cell, csv_value

__all__ = [
    "CSV_COLUMNS",
    "RowFormat",
    "RowsFile",
    "csv_text",
    "finalize",
    "footer",
    "header",
    "json_text",
    "jsonl_text",
    "read_rows",
    "row_dict",
    "row_line",
    "rows_table",
    "rows_text",
    "table_text",
]

RowFormat = Literal["table", "csv", "jsonl", "json"]

CSV_COLUMNS = (
    "rank",
    "file",
    "id",
    "score",
    "parts",
    "matched_required",
    "missing_required",
    "matched_preferred",
    "missing_preferred",
    "years",
    "warnings",
    "error_type",
    "error_message",
)


def row_dict(row: RankRow) -> dict[str, Any]:
    """The JSON object of a row (the contract of docs/json.md), with ``schema_version``.

    A file name that is not valid UTF-8 (or holds control characters) is written with
    ``\\xNN`` escapes (:func:`resumematch.extract.files.printable`), so one odd name
    cannot stop a run from writing its rows."""
    data = row.to_dict()
    if data.get("file") is not None:
        data["file"] = printable(data["file"])
    if data.get("error"):
        data["error"] = {**data["error"], "message": printable(data["error"]["message"], keep_lines=True)}
    return versioned(data)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _csv_record(data: dict[str, Any]) -> list[str]:
    """A row object flattened to the CSV columns (lists joined with "; ")."""

    def names(kind: str, key: str) -> str:
        return "; ".join(t["name"] for t in data[key] if t["kind"] == kind)

    error = data.get("error") or {}
    cells: dict[str, Any] = {
        "rank": data.get("rank"),
        "file": data.get("file"),
        "id": data.get("id"),
        "score": data.get("score"),
        "parts": "; ".join(f"{p['name']} {p['points']:g}/{p['weight']:g}" for p in data["parts"]),
        "matched_required": names("required", "matched"),
        "missing_required": names("required", "missing"),
        "matched_preferred": names("preferred", "matched"),
        "missing_preferred": names("preferred", "missing"),
        "years": data.get("years"),
        "warnings": "; ".join(w["code"] for w in data["warnings"]),
        "error_type": error.get("type"),
        "error_message": error.get("message"),
    }
    # Every cell is neutralised for spreadsheets (render/safe.py): file names, messages and
    # term names come from strangers.
    return ["" if cells[c] is None else csv_cell(_one_line(str(cells[c]))) for c in CSV_COLUMNS]


def _csv_line(cells: Sequence[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue().rstrip("\n")


def row_line(data: dict[str, Any], fmt: RowFormat) -> str:
    """One row as one line of ``fmt`` (csv, jsonl or json), without the line end."""
    if fmt == "csv":
        return _csv_line(_csv_record(data))
    return json.dumps(data, ensure_ascii=False, separators=(", ", ": "))


def header(fmt: RowFormat) -> str:
    """What opens a file of rows (may be empty)."""
    return {"csv": _csv_line(CSV_COLUMNS) + "\n", "json": "[\n"}.get(fmt, "")


def footer(fmt: RowFormat) -> str:
    return "]\n" if fmt == "json" else ""


def rows_text(rows: Iterable[dict[str, Any]], fmt: RowFormat) -> str:
    """Rows (already ranked) as the whole text of a ``fmt`` file."""
    return _joined([row_line(r, fmt) for r in rows], fmt)


def rows_table(rows: Sequence[dict[str, Any]], *, top: int | None = None) -> str:
    """A fixed-width table for the terminal: rank, score, who, required terms met, what's missing."""
    shown = list(rows[:top] if top else rows)
    lines = [f"{'rank':>4}  {'score':>5}  {'required':>8}  {'file':<40}  missing required / error"]
    for data in shown:
        who = str(data.get("file") or data.get("id"))
        who = who if len(who) <= 40 else "..." + who[-37:]
        if data.get("error"):
            lines.append(
                f"{'-':>4}  {'-':>5}  {'-':>8}  {who:<40}  {data['error']['type']}: "
                f"{_one_line(data['error']['message'])[:80]}"
            )
            continue
        met = sum(1 for t in data["matched"] if t["kind"] == "required")
        asked = met + sum(1 for t in data["missing"] if t["kind"] == "required")
        missing = ", ".join(t["name"] for t in data["missing"] if t["kind"] == "required")
        lines.append(
            f"{data['rank'] or '':>4}  {data['score']:>5.1f}  {f'{met}/{asked}':>8}  {who:<40}  {missing[:80]}"
        )
    if len(rows) > len(shown):
        lines.append(f"... {len(rows) - len(shown)} more row(s); use --top or another --format to see all")
    return "\n".join(lines)


TABLE_TOP = 20
"""The rows a terminal table shows unless ``--top`` says otherwise."""


def table_text(rows: Sequence[dict[str, Any]], *, top: int | None = None) -> str:
    """The ``table`` format of the rank registry: the :data:`TABLE_TOP` best rows by default
    (``top=0``: all)."""
    return rows_table(rows, top=TABLE_TOP if top is None else top)


def csv_text(rows: Sequence[dict[str, Any]], *, top: int | None = None) -> str:
    """The ``csv`` format of the rank registry: a header line and the ``top`` best rows (None: all)."""
    return rows_text(rows[:top], "csv").rstrip("\n")


def jsonl_text(rows: Sequence[dict[str, Any]], *, top: int | None = None) -> str:
    """The ``jsonl`` format of the rank registry: one JSON object per line."""
    return rows_text(rows[:top], "jsonl").rstrip("\n")


def json_text(rows: Sequence[dict[str, Any]], *, top: int | None = None) -> str:
    """The ``json`` format of the rank registry: a JSON array, one row per line."""
    return rows_text(rows[:top], "json").rstrip("\n")


def _bare(line: str, fmt: RowFormat) -> str:
    """A line without its line end (and, in a JSON array, the comma after the row)."""
    text = line.rstrip("\r\n")
    return text.strip().rstrip(",") if fmt == "json" else text


def _parse(line: str, fmt: RowFormat) -> dict[str, Any] | None:
    """A row object from one line of a rows file, or None for anything else."""
    text = _bare(line, fmt)
    if not text or text in ("[", "]"):
        return None
    try:
        if fmt == "csv":
            cells = next(csv.reader([text]))
            if len(cells) != len(CSV_COLUMNS) or cells[0] == "rank":
                return None
            record = dict(zip(CSV_COLUMNS, cells, strict=True))
            return {
                "file": csv_value(record["file"]) or None,
                "id": csv_value(record["id"]) or None,
                "score": float(record["score"]) if record["score"] else None,
                "_cells": cells,
            }
        data = json.loads(text)
    except (ValueError, StopIteration):
        return None  # a line cut short by an interruption
    return data if isinstance(data, dict) else None


def read_rows(path: str | os.PathLike[str], fmt: RowFormat) -> Iterator[tuple[dict[str, Any], int, int]]:
    """``(row, offset, length)`` for every complete row of a rows file; broken lines skipped."""
    with open(path, "rb") as handle:
        offset = 0
        for raw in handle:
            if raw.endswith(b"\n"):
                data = _parse(raw.decode("utf-8"), fmt)
                if data is not None:
                    yield data, offset, len(raw)
            offset += len(raw)


def row_id(data: dict[str, Any]) -> str:
    """What identifies a row's file in the output: its anonymous id or its path."""
    return str(data.get("id") or data.get("file") or "")


def _sort_key(data: dict[str, Any]) -> tuple[int, float, str]:
    score = data.get("score")
    return (1, 0.0, row_id(data)) if score is None else (0, -float(score), row_id(data))


def finalize(path: str | os.PathLike[str], fmt: RowFormat, *, top: int | None = None) -> tuple[int, int]:
    """Rewrite a rows file in rank order with ``rank`` filled in; return (ranked, failed)
    over all its rows (``top`` keeps only the best rows in the file).

    Memory holds one small record per row, not the rows. The order is the one of
    :func:`resumematch.batch.ranking.ranked`: score descending, then id or file.
    """
    keys = sorted((_sort_key(data), offset, length) for data, offset, length in read_rows(path, fmt))
    failed = sum(1 for (missing, _, _), _, _ in keys if missing)
    scored = len(keys) - failed
    if top is not None:
        keys = keys[:top]
    tmp = f"{os.fspath(path)}.ranking"
    with open(path, "rb") as source, open(tmp, "w", encoding="utf-8") as out:
        lines = []
        for position, ((missing, _score, _key), offset, length) in enumerate(keys, start=1):
            source.seek(offset)
            line = _bare(source.read(length).decode("utf-8"), fmt)
            rank = None if missing else position
            if fmt == "csv":
                cells = next(csv.reader([line]))
                cells[0] = "" if rank is None else str(rank)
                lines.append(_csv_line(cells))
            else:
                data = json.loads(line)
                data["rank"] = rank
                lines.append(row_line(data, fmt))
        out.write(_joined(lines, fmt))
    os.replace(tmp, path)
    return scored, failed


def _joined(lines: Sequence[str], fmt: RowFormat) -> str:
    if fmt == "json":
        return header(fmt) + ",\n".join(lines) + ("\n" if lines else "") + footer(fmt)
    return header(fmt) + "".join(line + "\n" for line in lines)


class RowsFile:
    """A rows file being written while a ranking runs: a checkpoint, then the result.

    Opening with ``resume=True`` keeps the complete rows an earlier run left
    (``done`` holds their ids or paths, so the caller can skip those files); a row cut
    short by the interruption is dropped and its file is ranked again.
    """

    def __init__(self, path: str | os.PathLike[str], fmt: RowFormat, *, resume: bool = False) -> None:
        if fmt == "table":
            raise ValueError("a table is not a rows file; use csv, jsonl or json")
        self.path = os.fspath(path)
        self.fmt = fmt
        self.done: set[str] = set()
        self.done_counts: Counter[str] = Counter()  # rows per id: files with equal content share a blind id
        kept: list[str] = []
        if resume and os.path.exists(self.path):
            with open(self.path, "rb") as handle:
                for data, offset, length in read_rows(self.path, fmt):
                    self.done.add(row_id(data))
                    self.done_counts[row_id(data)] += 1
                    handle.seek(offset)
                    kept.append(_bare(handle.read(length).decode("utf-8"), fmt))
        self._handle = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 (closed in close())
        self._handle.write(header(fmt))
        for line in kept:
            self._write(line)

    def _write(self, line: str) -> None:
        self._handle.write(line + (",\n" if self.fmt == "json" else "\n"))

    def append(self, row: RankRow) -> None:
        """Add one finished row (unranked); flushed so an interruption loses at most it."""
        self._write(row_line(row_dict(row), self.fmt))
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()

    def finalize(self, *, top: int | None = None) -> tuple[int, int]:
        """Close, then rank the file in place; return (ranked, failed)."""
        self.close()
        return finalize(self.path, self.fmt, top=top)
