"""``check``, ``terms`` and ``extract``: one document in, one text out.

They share the path checks, the limits and the read-ahead of the document (a helper
process reads it while spaCy is imported, when this process is the command itself).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from .._runtime.read_ahead import Prefetch
from ..models import Document
from ..render import render_report, render_terms
from .parser import extract_limits
from .paths import document_arg

__all__ = ["run_document_command"]


def _colour(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def run_document_command(args: argparse.Namespace, out: TextIO, err: TextIO, prefetch: Prefetch | None = None) -> str:
    """Run ``check``, ``terms`` or ``extract``; return what goes to the output (stdout or ``--output``)."""
    if args.command == "extract":
        from ..extract import extract

        document = extract(Path(args.file), password=args.password, engine=args.engine, limits=extract_limits(args))
        if args.format == "json":
            from ..render.json import document_json

            return document_json(document)
        for warning in document.warnings:
            print(f"warning [{warning.code}]: {warning.message}", file=err)
        return document.text

    from ..api import check, find_terms
    from ..match.pipeline import resolve_vocabulary

    limits = extract_limits(args)
    vocabulary = resolve_vocabulary(args.vocab)
    source: Path | Document = Path(document_arg(args))
    if prefetch is not None:
        source = prefetch.result() or source  # None: the helper failed; read the file here
    if args.command == "terms":
        document, mentions = find_terms(
            source,
            vocab=vocabulary,
            password=args.password,
            engine=args.engine,
            limits=limits,
            assertion_rules=args.assertion_rules,
        )
        return render_terms(document, mentions, args.format)

    report = check(
        source,
        job=Path(args.job),
        vocab=vocabulary,
        password=args.password,
        engine=args.engine,
        limits=limits,
        assertion_rules=args.assertion_rules,
    )
    if args.format == "text":
        return render_report(report, "text", colour=args.output is None and _colour(args.color, out))
    return render_report(report, args.format)
