"""Small helpers shared by the benchmark scripts: timing with medians, and tables."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures"
EXAMPLES = ROOT / "examples"


def median_seconds(func: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """Median over ``repeat`` runs of the time of ``number`` calls, per call."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            func()
        runs.append((time.perf_counter() - start) / number)
    return statistics.median(runs)


def interleaved_medians(funcs: Sequence[Callable[[], object]], *, repeat: int = 7, number: int = 1) -> list[float]:
    """:func:`median_seconds` of each function, the runs taken in turns (one of each, then again).

    On a shared machine the load changes from second to second; measured in turns,
    every function meets the same load, and their ratios hold even when the medians drift.
    """
    runs: list[list[float]] = [[] for _ in funcs]
    for _ in range(repeat):
        for index, func in enumerate(funcs):
            start = time.perf_counter()
            for _ in range(number):
                func()
            runs[index].append((time.perf_counter() - start) / number)
    return [statistics.median(r) for r in runs]


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table with right-aligned numbers."""
    cells = [[str(h) for h in headers], *[[_fmt(v) for v in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for index, row in enumerate(cells):
        lines.append(
            "  ".join(c.rjust(w) if index and _numeric(c) else c.ljust(w) for c, w in zip(row, widths, strict=True))
        )
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return str(value)


def _numeric(cell: str) -> bool:
    return cell.replace(".", "", 1).replace("x", "").replace("%", "").isdigit()
