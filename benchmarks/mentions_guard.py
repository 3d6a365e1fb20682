"""Correctness guard for matching speed work: every Mention of every document, recorded and compared.

A speed change to matching must leave ``find_mentions``' output exactly as it was. This
records every field of every Mention (term id, span, method, confidence, status, section,
page, issuer, dates) for:

* every PDF, DOCX, TXT and MD of ``../shared/fixtures`` (recursively: the real-world
  resumes and postings, templates, robustness files), read with the default engine;
* the project's ``examples/``;
* the same texts in capitals and in lower case (abbreviations, cues and degrees are
  case-sensitive in places, so these exercise other branches);
* the generated corpus of ``matching_speed.py`` (300 resumes).

Usage::

    python benchmarks/mentions_guard.py record OUT.json
    python benchmarks/mentions_guard.py compare BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _common import EXAMPLES, FIXTURES
from matching_speed import corpus

from resumematch import default_vocabulary
from resumematch.errors import ResumeMatchError
from resumematch.extract import extract, extract_text
from resumematch.match.pipeline import find_mentions
from resumematch.models import Document

SUFFIXES = {".pdf", ".docx", ".txt", ".md"}
NOT_DOCUMENTS = {"README.md", "SOURCES.md"}


def _files() -> list[tuple[str, Path]]:
    found = []
    for folder in (FIXTURES, EXAMPLES):
        if folder.exists():
            found += sorted(
                (f"{folder.name}/{p.relative_to(folder)}", p)
                for p in folder.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and p.name not in NOT_DOCUMENTS
                and not p.name.endswith(".README.md")
            )
    return found


def documents() -> dict[str, Document]:
    """Every guarded document by a stable name."""
    vocab = default_vocabulary()
    found: dict[str, Document] = {}
    for name, path in _files():
        try:
            document = extract(path)
        except ResumeMatchError:
            continue  # the robustness fixtures include files that must fail to read
        found[name] = document
        found[name + " [upper]"] = extract_text(document.text.upper(), source=name)
        found[name + " [lower]"] = extract_text(document.text.lower(), source=name)
    for i, text in enumerate(corpus(vocab, 300)):
        found[f"generated/{i}"] = extract_text(text, source="<bench>")
    return found


def record(out: Path) -> None:
    vocab = default_vocabulary()
    table = {
        name: [
            [repr(v) for v in mention.__dict__.values()]
            for mention in find_mentions(document, vocab, posting="/postings/" in name)
        ]
        for name, document in documents().items()
    }
    out.write_text(json.dumps(table, indent=0, sort_keys=True), encoding="utf-8")
    count = sum(len(v) for v in table.values())
    print(f"{len(table)} documents, {count} mentions -> {out}")


def compare(before: Path, after: Path) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    differ = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
    for name in differ[:20]:
        a, b = old.get(name) or [], new.get(name) or []
        print(f"{name}: {len(a)} -> {len(b)} mentions")
        for row in [r for r in a if r not in b][:5]:
            print("  -", row)
        for row in [r for r in b if r not in a][:5]:
            print("  +", row)
    count = sum(len(v) for v in old.values())
    print(f"{len(old)} documents, {count} mentions; {len(differ)} documents differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("record").add_argument("out", type=Path)
    compared = sub.add_parser("compare")
    compared.add_argument("before", type=Path)
    compared.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.out)
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
