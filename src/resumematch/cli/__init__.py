"""The ``resumematch`` command: the only package that parses argv, prints or exits.

Library errors become one clear line on stderr and exit code 1; usage errors exit 2
(argparse's convention; :mod:`.exit_codes`). spaCy is imported only by the commands that
need it, so ``resumematch --help`` and ``--version`` answer at once. The grammar is
:mod:`.parser`; each command runs in its own module: ``document_commands`` (``check``,
``terms``, ``extract``), ``rank_command`` and ``service_commands`` (``cache``, ``serve``),
after ``paths`` has checked the paths they are given.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from typing import TextIO

from .._runtime.collector import no_cycle_collection
from .._runtime.read_ahead import Prefetch, WordListsAhead
from .._runtime.spacy_import import import_spacy_without_cli
from ..errors import ResumeMatchError
from ..render import ROW_FILE_FORMATS
from .exit_codes import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE
from .parser import build_parser, extract_limits
from .paths import check_paths, document_arg, output_clash

__all__ = ["build_parser", "console_main", "main"]


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    own_process: bool = False,
) -> int:
    """Run the command line ``argv``; returns the exit code (0 ok, 1 error, 2 usage).

    ``own_process``: this process is the ``resumematch`` command itself, so ``check`` and
    ``terms`` may read the document in a forked helper while spaCy is imported without
    spaCy's own CLI (:mod:`resumematch._runtime.read_ahead`, :mod:`resumematch._runtime.spacy_import`).
    A program that calls ``main`` is left as it is.
    """
    # pdfminer logs every odd font at WARNING; on a terminal that is noise, not news.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 0 for --help/--version, 2 for usage errors
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    if args.command in ("cache", "serve"):
        from .service_commands import cache_command, serve_command

        return cache_command(args, out) if args.command == "cache" else serve_command(args, err)
    try:
        check_paths(args)
    except ResumeMatchError as exc:
        print(f"resumematch: error: {exc}", file=err)
        return EXIT_ERROR
    if args.command != "rank" and args.output:
        inputs = [document_arg(args), getattr(args, "job", None) or ""]
        clash = output_clash([args.output], [*inputs, *(args.vocab or [])])
        if clash:
            print(f"resumematch: error: {clash}", file=err)
            return EXIT_USAGE
    # SIGTERM (timeout, systemd, docker stop) stops the command as Ctrl-C does: one line,
    # the workers and parser children killed, exit 143 (130 for Ctrl-C).
    previous_term = None
    if threading.current_thread() is threading.main_thread():
        previous_term = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        return _main(args, out, err, own_process)
    except KeyboardInterrupt:
        _stopped(args, "Ctrl-C (SIGINT)", err)
        return EXIT_INTERRUPTED
    except _Terminated:
        _stopped(args, "SIGTERM", err)
        return EXIT_TERMINATED
    finally:
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)


def _main(args: argparse.Namespace, out: TextIO, err: TextIO, own_process: bool) -> int:
    """Run the parsed command; the exit code."""
    fast_start = own_process and args.command in ("check", "terms")
    # This process is the command itself: read the document in a helper process while
    # spaCy is imported here, without spaCy's own CLI (:mod:`.prefetch`, :mod:`.startup`).
    # After parsing, so that --help and --version import no spaCy at all.
    prefetch = (
        Prefetch.start(document_arg(args), password=args.password, engine=args.engine, limits=extract_limits(args))
        if fast_start
        else None
    )
    # The first run after an install also builds the English word lists in a helper.
    word_lists = WordListsAhead.start() if fast_start else None
    try:
        if args.command == "rank":
            from .rank_command import run_rank

            if own_process:
                with no_cycle_collection():
                    import_spacy_without_cli()
            return run_rank(args, out, err)
        from .document_commands import run_document_command

        with no_cycle_collection():
            if fast_start:
                import_spacy_without_cli()
            if word_lists is not None:
                word_lists.wait()
            result = run_document_command(args, out, err, prefetch)
        if args.output:
            from ..batch.checkpoint import replace_atomically

            replace_atomically(args.output, result + "\n")  # never a half-written file
        else:
            out.write(result + "\n")
    except ResumeMatchError as exc:
        print(f"resumematch: error: {exc}", file=err)
        return EXIT_ERROR
    except OSError as exc:
        # The file that failed (an --id-map, a checkpoint) may not be --output itself.
        print(f"resumematch: error: cannot write {exc.filename or args.output!r}: {exc.strerror}", file=err)
        return EXIT_ERROR
    return EXIT_OK


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that the command unwinds like on Ctrl-C."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


def _stopped(args: argparse.Namespace, what: str, err: TextIO) -> None:
    """The one line printed when a signal stops the command."""
    kept = ""
    if args.command == "rank" and args.output and args.format in ROW_FILE_FORMATS:
        kept = f"; complete rows are kept in {args.output}.partial: run it again with --resume to continue"
    print(f"resumematch: stopped by {what}{kept}", file=err)


def console_main() -> int:
    """The ``resumematch`` command (and ``python -m resumematch``)."""
    return main(own_process=True)
