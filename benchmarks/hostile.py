"""Hostile documents under the default hard limits (30 s, 1 GB): time, peak memory and
exit code per kind, for the ``extract`` command (``check`` and ``terms`` read the same
way) and for ``rank``.

    python benchmarks/hostile.py                  # default limits
    python benchmarks/hostile.py --timeout 5 --max-memory 512

The documents are the generated ones of the tests (tests/hostile.py); the special
files (a FIFO, /dev/zero) are made here. Each command runs in a fresh process; its
peak memory is ``ru_maxrss`` over it and its children (the parser's child included).
The goal (issue 24): each ends within its time limit plus 5 s, under its memory
limit, with exit code 1 and one line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import EXAMPLES, ROOT, table

sys.path.insert(0, str(ROOT / "tests"))  # the generators the tests use
from hostile import flate_bomb_pdf, merged_table_docx, self_drawing_form_pdf, self_reference_pdf

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"
KINDS = [
    ("self-referencing object (pdfminer loop)", "self-reference.pdf", self_reference_pdf, "pdfplumber"),
    ("flate bomb, 1 MB -> 2 GB (pdfplumber)", "flate-bomb.pdf", lambda: flate_bomb_pdf(2048), "pdfplumber"),
    ("flate bomb, 1 MB -> 2 GB (pypdfium2)", "flate-bomb.pdf", lambda: flate_bomb_pdf(2048), "pypdfium2"),
    ("form that draws itself (pypdfium2)", "self-drawing-form.pdf", self_drawing_form_pdf, "pypdfium2"),
    ("DOCX, vertically merged 1000x20 table", "merged-table.docx", lambda: merged_table_docx(1000, 20), "pdfplumber"),
    ("FIFO as the resume", "fifo.pdf", None, "pdfplumber"),
    ("/dev/zero as the resume", "/dev/zero", None, "pdfplumber"),
]

# ``resumematch`` as the installed command runs it.
_CLI = "from resumematch.cli import console_main; raise SystemExit(console_main())"
_RUN = """
import json, resource, subprocess, sys, time
started = time.monotonic()
done = subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]], capture_output=True, text=True)
print(json.dumps({"code": done.returncode, "stderr": done.stderr, "seconds": time.monotonic() - started,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def command(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _RUN, _CLI, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--max-memory", type=int, default=1024)
    args = parser.parse_args()
    limits = ["--timeout", str(args.timeout), "--max-memory", str(args.max_memory)]
    folder = Path(tempfile.mkdtemp(prefix="resumematch-hostile-"))
    rows = []
    for label, name, maker, engine in KINDS:
        path = Path(name) if name.startswith("/") else folder / name
        if maker is not None and not path.exists():
            path.write_bytes(maker())
        elif maker is None and not name.startswith("/"):
            os.mkfifo(path)
        result = command("extract", str(path), "--engine", engine, *limits)
        stderr = str(result["stderr"]).strip()
        rows.append(
            [label, result["seconds"], result["peak_mb"], result["code"], stderr.count("\n") + 1, stderr[20:90]]
        )
        print(table(["kind", "s", "peak MB", "exit", "lines", "message"], rows[-1:]), flush=True)
    print()
    print(f"extract, limits {args.timeout:g} s / {args.max_memory} MB; wall time includes the interpreter's start")
    print(table(["kind", "s", "peak MB", "exit", "lines", "message"], rows))
    out = folder / "rows.jsonl"
    started = time.monotonic()
    result = command("rank", str(folder), "--job", str(JOB), "-f", "jsonl", "-o", str(out), "--workers", "2", *limits)
    rows_out = [json.loads(line) for line in out.read_text().splitlines()]
    print()
    print(
        f"rank of the {len(rows_out)} hostile files, 2 workers: {time.monotonic() - started:.1f} s, "
        f"peak {result['peak_mb']:.0f} MB (largest process), exit {result['code']}"
    )
    for row in rows_out:
        error = row["error"] or {}
        print(f"  {Path(row['file']).name:24} {error.get('type', 'scored')}")


if __name__ == "__main__":
    main()
