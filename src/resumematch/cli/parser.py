"""The command line's grammar: the subcommands, their options and the argument types.

Kept apart from running the commands so that ``resumematch --help`` reads one short
module, and so that the argument types (which refuse ``nan``, ``inf`` and negative
counts before any work starts) sit next to the options that use them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from .._version import __version__
from ..batch.pool_limits import MAX_WORKERS
from ..extract import DEFAULT_PDF_ENGINE, PDF_ENGINES
from ..extract.limits import MB, ExtractLimits
from ..render import RANK_RENDERERS, REPORT_RENDERERS, TERMS_RENDERERS

__all__ = ["build_parser", "extract_limits"]


def _seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds ("nan" and "inf" would disable the limit)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: give a positive, finite number of seconds")
    return value


def _count(minimum: int, maximum: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum`` (and at most ``maximum``)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text!r}: give a whole number of at least {minimum}")
        if maximum is not None and value > maximum:
            raise argparse.ArgumentTypeError(f"{text!r}: give a whole number of at most {maximum}")
        return value

    return parse


def _port(text: str) -> int:
    """An argparse type: a TCP port from 1 to 65535 (the socket layer would raise on others)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r}: give a port from 1 to 65535")
    return value


def extract_limits(args: argparse.Namespace) -> ExtractLimits:
    """The hard limits every command parses documents under (docs/extraction.md)."""
    return ExtractLimits(timeout_seconds=args.timeout, max_memory_bytes=args.max_memory * MB)


def _add_common(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    parser.add_argument("--format", "-f", choices=formats, default="text", help="output format (default: %(default)s)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout")
    parser.add_argument(
        "--vocab",
        action="append",
        metavar="PATH",
        help="vocabulary JSON file or shipped name (repeatable; default: clinical-coordinator)",
    )
    parser.add_argument("--password", help="password for an encrypted PDF")
    rules_help = "assertion rules JSON file replacing the packaged ones (format: data/assertion.json)"
    parser.add_argument("--assertion-rules", metavar="FILE", help=rules_help)
    parser.add_argument(
        "--engine",
        choices=PDF_ENGINES,
        default=DEFAULT_PDF_ENGINE,  # one default for every command, rank included (docs/performance.md)
        help="PDF text engine: pypdfium2 (PDFium with column and reading-order analysis), pdfplumber "
        "(the slower reference it matches) or pdfium-raw (content order, fastest); "
        "default: %(default)s (docs/extraction.md)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=ExtractLimits.timeout_seconds,
        metavar="S",
        help="time limit for reading each document, in seconds (default: %(default)g)",
    )
    parser.add_argument(
        "--max-memory",
        type=_count(1),
        default=ExtractLimits.max_memory_bytes // MB,
        metavar="MB",
        help="memory limit for reading each document, in MB (default: %(default)s)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``resumematch`` argument parser, with every subcommand."""
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
    _add_common(check, tuple(REPORT_RENDERERS))

    terms = commands.add_parser(
        "terms",
        help="list the vocabulary terms a document mentions",
        description="List every vocabulary term FILE mentions, with where and how it was found.",
    )
    terms.add_argument("file", help="resume or job description (PDF, DOCX, TXT or MD)")
    _add_common(terms, tuple(TERMS_RENDERERS))

    extract = commands.add_parser(
        "extract",
        help="print the text extracted from a document",
        description="Print the text resumematch extracts from FILE, and any parse warnings (on stderr).",
    )
    extract.add_argument("file", help="resume or job description (PDF, DOCX, TXT or MD)")
    _add_common(extract, ("text", "json"))
    _add_rank(commands)
    serve = commands.add_parser(
        "serve",
        help="start the web page (needs the web extra)",
        description="Serve the web page for applicants (upload a resume, paste a posting, read the report) "
        'and the JSON endpoint POST /api/check. Needs the web extra: pip install "resumematch[web]".',
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=_port, default=8000, help="port to listen on (default: %(default)s)")

    cache = commands.add_parser(
        "cache",
        help="show or clear the cache of compiled vocabularies and word lists",
        description="The cache folder holds compiled vocabularies and English word lists, built on "
        "first use (a few MB per install, bounded). 'info' shows where and how much; 'clear' empties it.",
    )
    cache.add_argument("action", choices=("info", "clear"), help="info: folder, files and size; clear: delete them")
    return parser


def _add_rank(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rank = commands.add_parser(
        "rank",
        help="rank many resumes against one job description",
        description="Score every resume in RESUMES (files, folders read recursively, glob patterns) "
        "against JOB and rank them: one row per file, failed files included with their error.",
    )
    rank.add_argument("resumes", nargs="+", metavar="RESUMES", help="resume files, folders or glob patterns")
    rank.add_argument("--job", "-j", required=True, help="job description file (PDF, DOCX, TXT or MD)")
    _add_common(rank, tuple(RANK_RENDERERS))
    rank.set_defaults(format="table")
    rank.add_argument("--top", type=_count(0), metavar="N", help="keep only the N best rows (table default: 20)")
    rank.add_argument(
        "--workers", type=_count(0, MAX_WORKERS), metavar="N", help="worker processes (default: all cores; 0: none)"
    )
    rank.add_argument(
        "--blind", action="store_true", help="blind review: anonymous ids, personal details removed from all shown text"
    )
    rank.add_argument(
        "--salt", help="secret mixed into blind ids (default: a random one, written to --id-map; docs/blind-review.md)"
    )
    rank.add_argument("--id-map", metavar="FILE", help="with --blind: write the id -> file mapping (CSV) to FILE")
    rank.add_argument(
        "--resume", action="store_true", help="skip files already in the --output file (continue an interrupted run)"
    )
    rank.add_argument(
        "--pool-independent",
        action="store_true",
        help="score each resume on its own, as `check` does (default: weigh the posting's terms by their rarity "
        "in the pool, which holds the rows in memory; --resume always scores pool-independently)",
    )
