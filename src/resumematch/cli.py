"""The ``resumematch`` command: the only module that parses argv, prints or exits.

Library errors become one clear line on stderr and exit code 1; usage errors exit 2
(argparse's convention). spaCy is imported only by the commands that need it, so
``resumematch --help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .errors import ResumeMatchError

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _add_common(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    parser.add_argument(
        "--format", "-f", choices=formats, default="text", help="output format (default: %(default)s)"
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout")
    parser.add_argument(
        "--vocab",
        action="append",
        metavar="PATH",
        help="vocabulary JSON file or shipped name (repeatable; default: clinical-coordinator)",
    )
    parser.add_argument("--password", help="password for an encrypted PDF")
    parser.add_argument(
        "--engine",
        choices=("pdfplumber", "pypdfium2"),
        default="pdfplumber",
        help="PDF text engine: pdfplumber (layout-aware, default) or pypdfium2 (fast)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="resumematch",
        description="Find the skills, credentials and tools a resume names, and score it against a job.",
    )
    parser.add_argument("--version", action="version", version=f"resumematch {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser(
        "check",
        help="score a resume against a job description",
        description="Score RESUME against the job description JOB: what matches, what is missing, what to add.",
    )
    check.add_argument("resume", help="resume file (PDF, DOCX, TXT or MD)")
    check.add_argument("--job", "-j", required=True, help="job description file (PDF, DOCX, TXT or MD)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in text output")
    _add_common(check, ("text", "json"))

    terms = commands.add_parser(
        "terms",
        help="list the vocabulary terms a document mentions",
        description="List every vocabulary term FILE mentions, with where and how it was found.",
    )
    terms.add_argument("file", help="resume or job description (PDF, DOCX, TXT or MD)")
    _add_common(terms, ("text", "json"))

    extract = commands.add_parser(
        "extract",
        help="print the text extracted from a document",
        description="Print the text resumematch extracts from FILE, and any parse warnings (on stderr).",
    )
    extract.add_argument("file", help="resume or job description (PDF, DOCX, TXT or MD)")
    _add_common(extract, ("text", "json"))
    return parser


def _colour(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> str:
    """Run one command; return what goes to the output (stdout or ``--output``)."""
    from .render import json as render_json
    from .render import text as render_text

    if args.command == "extract":
        from .extract import extract

        document = extract(args.file, password=args.password, engine=args.engine)
        if args.format == "json":
            return render_json.document_json(document)
        for warning in document.warnings:
            print(f"warning [{warning.code}]: {warning.message}", file=err)
        return document.text

    from .api import check, find_terms
    from .pipeline import resolve_vocabulary

    vocabulary = resolve_vocabulary(args.vocab)
    if args.command == "terms":
        document, mentions = find_terms(
            args.file, vocab=vocabulary, password=args.password, engine=args.engine
        )
        if args.format == "json":
            return render_json.terms_json(document, mentions)
        return render_text.terms_text(document, mentions)

    report = check(
        args.resume, job=args.job, vocab=vocabulary, password=args.password, engine=args.engine
    )
    if args.format == "json":
        return render_json.report_json(report)
    colour = args.output is None and _colour(args.color, out)
    return render_text.report_text(report, colour=colour)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Entry point of the console script; returns the exit code (0 ok, 1 error, 2 usage)."""
    # pdfminer logs every odd font at WARNING; on a terminal that is noise, not news.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 0 for --help/--version, 2 for usage errors
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        result = _run(args, out, err)
        if args.output:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(result + "\n")
        else:
            out.write(result + "\n")
    except ResumeMatchError as exc:
        first_line = str(exc)
        print(f"resumematch: error: {first_line}", file=err)
        return EXIT_ERROR
    except OSError as exc:
        print(f"resumematch: error: cannot write {args.output!r}: {exc.strerror}", file=err)
        return EXIT_ERROR
    return EXIT_OK
