"""Record what a user sees on every fixture and example document, to compare two versions.

Runs the ``resumematch`` command in-process (``resumematch.cli.main``) and the public
library API only, so the same script works across internal restructurings:

* ``terms`` (text and JSON) of every document, with the default vocabulary;
* ``terms -f json --vocab software-engineer`` of the software fixtures;
* ``check -f json`` of every resume against each example job (``examples/jobs/``), and
  ``check -f text|markdown|html`` of the example resumes against it;
* ``check -f json`` of each example resume against every fixture posting;
* ``resumematch.analyze(posting).to_dict()`` of every posting (both shipped vocabularies).

Usage::

    python scripts/compare_outputs.py record OUT.json [--fixtures DIR] [--examples DIR]
    python scripts/compare_outputs.py compare BEFORE.json AFTER.json [--ignore-key schema_version]

Documents come from ``../shared/fixtures`` (recursively: PDF, DOCX, TXT, MD; READMEs and
SOURCES files are not documents) when it exists, and from the project's ``examples/``.
Without ``../shared`` only the examples are recorded (and the script says so).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FIXTURES = ROOT.parent / "shared" / "fixtures"
DEFAULT_EXAMPLES = ROOT / "examples"
SUFFIXES = {".pdf", ".docx", ".txt", ".md"}
NOT_DOCUMENTS = {"README.md", "SOURCES.md"}
SOFTWARE_FOLDERS = ("resume-matcher", "template-resumes")


def _documents(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in SUFFIXES
        and path.name not in NOT_DOCUMENTS
        and not path.name.endswith(".README.md")
    )


def _is_posting(path: Path) -> bool:
    parts = set(path.parts)
    return bool(parts & {"postings", "job_descriptions", "jobs"})


def _cli(argv: list[str]) -> dict[str, Any]:
    from resumematch.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    text = out.getvalue()
    record: dict[str, Any] = {"exit": code, "stderr": err.getvalue()}
    if "json" in argv and code == 0:
        record["json"] = json.loads(text)
    else:
        record["stdout"] = text
    return record


def _analyze(posting: Path, vocab: str) -> dict[str, Any]:
    import resumematch

    try:
        profile = resumematch.analyze(posting, vocab=vocab)
    except resumematch.ResumeMatchError as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    return profile.to_dict()  # type: ignore[no-any-return]


def record(fixtures: Path, examples: Path) -> dict[str, Any]:
    """Every output, keyed by command line (paths relative to their folder's parent)."""
    docs: list[Path] = []
    if fixtures.is_dir():
        docs += _documents(fixtures)
    else:
        print(f"compare_outputs: {fixtures} is absent; recording the examples only", file=sys.stderr)
    docs += _documents(examples)
    postings = [d for d in docs if _is_posting(d)]
    resumes = [d for d in docs if not _is_posting(d)]
    jobs = [d for d in postings if d.is_relative_to(examples)]
    example_resumes = [d for d in resumes if d.is_relative_to(examples)]
    base = {fixtures: fixtures.parent, examples: examples.parent}

    def name(path: Path) -> str:
        for folder, parent in base.items():
            if path.is_relative_to(folder):
                return str(path.relative_to(parent))
        return str(path)

    results: dict[str, Any] = {}

    def run(key: str, argv: list[str]) -> None:
        results[key] = _cli(argv)

    def each() -> Iterator[tuple[str, list[str]]]:
        for doc in docs:
            yield f"terms {name(doc)}", ["terms", str(doc)]
            yield f"terms -f json {name(doc)}", ["terms", str(doc), "-f", "json"]
            if any(folder in doc.parts for folder in SOFTWARE_FOLDERS):
                yield (
                    f"terms -f json --vocab software-engineer {name(doc)}",
                    ["terms", str(doc), "-f", "json", "--vocab", "software-engineer"],
                )
        for resume in resumes:
            for job in jobs:
                yield (
                    f"check -f json {name(resume)} --job {name(job)}",
                    ["check", str(resume), "--job", str(job), "-f", "json"],
                )
        for resume in example_resumes:
            for job in jobs:
                for fmt in ("text", "markdown", "html"):
                    yield (
                        f"check -f {fmt} {name(resume)} --job {name(job)}",
                        ["check", str(resume), "--job", str(job), "-f", fmt, "--color", "never"],
                    )
            for posting in postings:
                if posting in jobs:
                    continue
                yield (
                    f"check -f json {name(resume)} --job {name(posting)}",
                    ["check", str(resume), "--job", str(posting), "-f", "json"],
                )

    for key, argv in each():
        run(key, argv)
    for posting in postings:
        for vocab in ("clinical-coordinator", "software-engineer"):
            results[f"analyze --vocab {vocab} {name(posting)}"] = _analyze(posting, vocab)
    return results


def _strip(value: Any, ignore: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v, ignore) for k, v in value.items() if k not in ignore}
    if isinstance(value, list):
        return [_strip(v, ignore) for v in value]
    return value


def compare(before: dict[str, Any], after: dict[str, Any], ignore: set[str]) -> list[str]:
    """The keys whose output differs (or exists on one side only)."""
    problems = []
    for key in sorted(before.keys() | after.keys()):
        if key not in before or key not in after:
            problems.append(f"only in {'after' if key not in before else 'before'}: {key}")
        elif _strip(before[key], ignore) != _strip(after[key], ignore):
            problems.append(f"differs: {key}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record", help="record every output into OUT.json")
    rec.add_argument("out")
    rec.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    rec.add_argument("--examples", type=Path, default=DEFAULT_EXAMPLES)
    cmp = commands.add_parser("compare", help="compare two recordings; exit 1 when they differ")
    cmp.add_argument("before")
    cmp.add_argument("after")
    cmp.add_argument("--ignore-key", action="append", default=[], help="a JSON key to ignore (repeatable)")
    args = parser.parse_args(argv)
    if args.command == "record":
        os.environ.setdefault("RESUMEMATCH_CACHE_DIR", tempfile.mkdtemp(prefix="resumematch-compare-"))
        results = record(args.fixtures.resolve(), args.examples.resolve())
        Path(args.out).write_text(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        print(f"compare_outputs: {len(results)} outputs recorded in {args.out}", file=sys.stderr)
        return 0
    before = json.loads(Path(args.before).read_text())
    after = json.loads(Path(args.after).read_text())
    problems = compare(before, after, set(args.ignore_key))
    for line in problems:
        print(line)
    print(f"compare_outputs: {len(before)} before, {len(after)} after, {len(problems)} differ", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
