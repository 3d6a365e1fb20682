"""The ``resumematch`` command: the only module that parses argv, prints or exits.

Library errors become one clear line on stderr and exit code 1; usage errors exit 2
(argparse's convention). spaCy is imported only by the commands that need it, so
``resumematch --help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from ._runtime.collector import frozen_heap, no_cycle_collection
from ._runtime.read_ahead import Prefetch, WordListsAhead
from ._runtime.spacy_import import import_spacy_without_cli
from ._version import __version__
from .errors import ResumeMatchError
from .extract.limits import MB, ExtractLimits
from .models import Document
from .render import REPORT_RENDERERS, TERMS_RENDERERS, render_report, render_terms

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds ("nan" and "inf" would disable the limit)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: give a positive, finite number of seconds")
    return value


def _count(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text!r}: give a whole number of at least {minimum}")
        return value

    return parse


def _limits(args: argparse.Namespace) -> ExtractLimits:
    """The hard limits every command parses documents under (docs/extraction.md)."""
    return ExtractLimits(timeout_seconds=args.timeout, max_memory_bytes=args.max_memory * MB)


def _add_common(parser: argparse.ArgumentParser, formats: Sequence[str], *, engine: str = "pdfplumber") -> None:
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
        choices=("pdfplumber", "pypdfium2"),
        default=engine,
        help="PDF text engine: pdfplumber (layout-aware) or pypdfium2 (20-100x faster); "
        "default: %(default)s (see docs/performance.md)",
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
        "and the JSON endpoint POST /api/check. Needs the web extra: pip install \"resumematch[web]\".",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: %(default)s)")

    cache = commands.add_parser(
        "cache",
        help="show or clear the cache of compiled vocabularies and word lists",
        description="The cache folder holds compiled vocabularies and English word lists, built on "
        "first use (a few MB per install, bounded). 'info' shows where and how much; 'clear' empties it.",
    )
    cache.add_argument("action", choices=("info", "clear"), help="info: folder, files and size; clear: delete them")
    return parser


def _cache_command(args: argparse.Namespace, out: TextIO) -> int:
    from ._runtime.cache import cache_info, clear_cache

    if args.action == "clear":
        files, size = clear_cache()
        out.write(f"removed {files} file(s), {size / 1e6:.1f} MB\n")
        return EXIT_OK
    info = cache_info()
    if info.folder is None:
        out.write("cache: off (RESUMEMATCH_CACHE_DIR is empty)\n")
        return EXIT_OK
    used = f"{info.size / 1e6:.1f} MB (limit {info.limit / 1e6:.0f} MB)"
    out.write(f"folder: {info.folder}\nfiles: {info.files}\nsize: {used}\n")
    return EXIT_OK


def _add_rank(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rank = commands.add_parser(
        "rank",
        help="rank many resumes against one job description",
        description="Score every resume in RESUMES (files, folders read recursively, glob patterns) "
        "against JOB and rank them: one row per file, failed files included with their error.",
    )
    rank.add_argument("resumes", nargs="+", metavar="RESUMES", help="resume files, folders or glob patterns")
    rank.add_argument("--job", "-j", required=True, help="job description file (PDF, DOCX, TXT or MD)")
    # Ranking reads thousands of files: the fast engine gave the same terms as the
    # layout-aware one on every measured PDF (benchmarks/pdf_engines.py).
    _add_common(rank, ("table", "csv", "jsonl", "json"), engine="pypdfium2")
    rank.set_defaults(format="table")
    rank.add_argument("--top", type=_count(0), metavar="N", help="keep only the N best rows (table default: 20)")
    rank.add_argument("--workers", type=_count(0), metavar="N", help="worker processes (default: all cores; 0: none)")
    rank.add_argument(
        "--blind", action="store_true", help="blind review: anonymous ids, personal details removed from all shown text"
    )
    rank.add_argument("--salt", default="", help="secret mixed into blind ids (use one per hiring round)")
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


def _rank_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``rank``: rows stream to a checkpoint beside ``--output`` as files finish; the
    ranked file replaces ``--output`` only when the run is complete (docs/batch.md)."""
    import csv
    import shutil

    from tqdm import tqdm

    from .api import analyze
    from .batch.checkpoint import RunKey, check_resumable, partial_path, replace_atomically, write_key
    from .batch.pool_weights import pool_weighted
    from .batch.ranking import blind_id, collect_resumes, rank, ranked
    from .extract.files import printable, read_regular, unprintable
    from .match.pipeline import resolve_vocabulary
    from .match.vocabulary import vocabulary_to_payload
    from .render import rows as render_rows
    from .render.safe import csv_cell

    if (args.format == "table" and args.resume) or (args.resume and not args.output):
        print("resumematch: error: --resume needs --output FILE in csv, jsonl or json format", file=err)
        return EXIT_USAGE
    if args.id_map and not args.blind:
        print("resumematch: error: --id-map only makes sense with --blind", file=err)
        return EXIT_USAGE
    # The run's own files are not candidates, even when they sit in a ranked folder.
    written = [path for path in (args.output, args.id_map) if path]
    own = {os.path.realpath(p) for path in written for p in (path, partial_path(path))}
    files, seen = [], set(own)
    for path in collect_resumes(args.resumes):
        real = os.path.realpath(path)  # one row per file, however many spellings or links name it
        if real not in seen:
            seen.add(real)
            files.append(path)
    clash = _output_clash(written, [args.job, *(args.vocab or []), *(r for r in args.resumes if os.path.isfile(r))])
    if clash:
        print(f"resumematch: error: {clash}", file=err)
        return EXIT_USAGE
    limits = _limits(args)
    vocabulary = resolve_vocabulary(args.vocab)
    stream_to = args.output if (args.output and args.format != "table") else None
    todo, skipped = files, 0
    if stream_to is not None:
        key = RunKey.of(
            job_bytes=read_regular(args.job, limits.max_bytes),
            vocabulary_payload=vocabulary_to_payload(vocabulary),
            format=args.format,
            engine=args.engine,
            blind=args.blind,
            salt=args.salt,
        )
        found = check_resumable(stream_to, key) if args.resume else None  # before anything is written
        if found is not None and found != partial_path(stream_to):
            shutil.copyfile(found, partial_path(stream_to))  # a finished run: continue from a copy
    with no_cycle_collection():  # start-up garbage only
        # The job is analysed first: a bad one is an error before any output is touched.
        profile = analyze(Path(args.job), vocab=vocabulary, limits=limits)
    stream = None
    if stream_to is not None:
        write_key(stream_to, key)
        stream = render_rows.RowsFile(partial_path(stream_to), args.format, resume=args.resume)
        if stream.done:
            # Rows are known by canonical path (another spelling of a path is the same file).
            if args.blind:
                # By content hash, counted: of three files with equal content and one row
                # kept, two are ranked (a set of ids would skip all three).
                left = stream.done_counts.copy()
                todo = []
                for path in files:
                    content = blind_id(path, args.salt, limits.max_bytes)
                    if left[content] > 0:
                        left[content] -= 1
                    else:
                        todo.append(path)
            else:
                done = {os.path.realpath(unprintable(d)) for d in stream.done}
                todo = [f for f in files if os.path.realpath(f) not in done]
            skipped = len(files) - len(todo)
    with no_cycle_collection():  # builds the pipeline: start-up garbage only
        rows = rank(
            profile,
            todo,
            workers=args.workers,
            vocab=vocabulary,
            blind=args.blind,
            salt=args.salt,
            limits=limits,
            engine=args.engine,
            password=args.password,
            assertion_rules=args.assertion_rules,
        )
    id_map = None
    if args.id_map:
        id_partial = partial_path(args.id_map)
        if args.resume and not os.path.exists(id_partial) and os.path.exists(args.id_map):
            shutil.copyfile(args.id_map, id_partial)
        id_map = open(id_partial, "a" if args.resume else "w", newline="", encoding="utf-8")  # noqa: SIM115
    # Weighing terms by the pool needs every row's terms, which a file's rows do not
    # carry: --resume (rows of an earlier run) ranks pool-independently.
    pooled = not args.pool_independent and not args.resume
    kept = []
    try:
        writer = csv.writer(id_map) if id_map else None
        if writer and id_map and id_map.tell() == 0:
            writer.writerow(["id", "file"])
        # The loop needs the collector (each row leaves garbage), but not to rescan spaCy.
        bar = tqdm(total=len(todo), file=err, unit="resume", disable=not err.isatty(), leave=False)
        with frozen_heap(), bar:
            for row in rows:
                if writer:
                    writer.writerow([csv_cell(str(row.id)), csv_cell(printable(row.file))])
                if stream is not None:
                    stream.append(row)
                if stream is None or pooled:
                    kept.append(row)
                bar.update()
    finally:
        rows.close()  # on an interruption: stops the workers now (the pool kills them)
        if id_map:
            id_map.close()
        if stream is not None:
            stream.close()  # complete rows stay in the checkpoint for --resume
    if args.id_map:
        os.replace(partial_path(args.id_map), args.id_map)
    if stream is not None and stream_to is not None and not pooled:
        ok, failed = stream.finalize(top=args.top)
        os.replace(partial_path(stream_to), stream_to)
    else:
        if pooled:
            kept = pool_weighted(kept)
        final = [render_rows.row_dict(r) for r in ranked(kept)]
        ok = sum(1 for r in final if r["score"] is not None)
        failed = len(final) - ok
        top = args.top if args.top is not None else (20 if args.format == "table" else None)
        text = (
            render_rows.rows_table(final, top=top)
            if args.format == "table"
            else render_rows.rows_text(final[:top], args.format).rstrip("\n")
        )
        if args.output:
            replace_atomically(args.output, text + "\n")
            if stream_to is not None and os.path.exists(partial_path(stream_to)):
                os.remove(partial_path(stream_to))  # the run's safety net: the pooled ranking replaces it
        else:
            out.write(text + "\n")
    already = f" ({skipped} already in {args.output})" if skipped else ""
    print(f"{ok} ranked, {failed} failed{already}", file=err)
    return EXIT_OK


def _serve_command(args: argparse.Namespace, err: TextIO) -> int:
    """``serve``: the web page under uvicorn, or how to install the web extra."""
    from .web import serve

    missing = serve.missing_packages()
    if missing:
        print(
            f"resumematch: error: serve needs the web extra ({', '.join(missing)} not installed); "
            f"install it with: {serve.INSTALL_HINT}",
            file=err,
        )
        return EXIT_ERROR
    if args.host not in serve.LOCAL_HOSTS:
        print(
            f"resumematch: warning: listening on {args.host}, beyond this computer: anyone who can reach it "
            "can upload files and read reports; use --host 127.0.0.1 unless you mean to share it",
            file=err,
        )
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"resumematch: serving on http://{shown}:{args.port}/ (Ctrl+C to stop)", file=err, flush=True)
    serve.run(args.host, args.port)
    return EXIT_OK


def _output_clash(outputs: Sequence[str], inputs: Sequence[str]) -> str | None:
    """Why an output may not be written where it is asked (it is an input, or two
    outputs are one file), or None."""
    seen: dict[str, str] = {}
    for path in outputs:
        real = os.path.realpath(path)
        if real in seen:
            return f"{path} is given as two outputs; pass different files to --output and --id-map"
        seen[real] = path
        for source in inputs:
            if os.path.exists(source) and os.path.realpath(source) == real:
                return f"the output {path} is an input ({source}); writing it would destroy it: pick another file"
    return None


def _colour(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def _document_arg(args: argparse.Namespace) -> str:
    """The document a ``check`` or ``terms`` command reads."""
    return str(args.resume if args.command == "check" else args.file)


def _check_paths(args: argparse.Namespace) -> None:
    """Every document argument names a regular file (else one InputError line): the
    command never reads an argument as resume text, as the library does with a ``str``
    that does not look like a path. Vocabulary names are checked when loaded."""
    from .extract.files import check_argument as check_path

    if args.command == "rank":
        check_path(args.job, what="job description file")
        return
    check_path(_document_arg(args) if args.command != "extract" else args.file, what="document")
    if args.command == "check":
        check_path(args.job, what="job description file")


def _run(args: argparse.Namespace, out: TextIO, err: TextIO, prefetch: Prefetch | None = None) -> str:
    """Run one command; return what goes to the output (stdout or ``--output``)."""
    if args.command == "extract":
        from .extract import extract

        document = extract(Path(args.file), password=args.password, engine=args.engine, limits=_limits(args))
        if args.format == "json":
            from .render.json import document_json

            return document_json(document)
        for warning in document.warnings:
            print(f"warning [{warning.code}]: {warning.message}", file=err)
        return document.text

    from .api import check, find_terms
    from .match.pipeline import resolve_vocabulary

    vocabulary = resolve_vocabulary(args.vocab)
    source: Path | Document = Path(_document_arg(args))
    if prefetch is not None:
        source = prefetch.result() or source  # None: the helper failed; read the file here
    if args.command == "terms":
        document, mentions = find_terms(
            source, vocab=vocabulary, password=args.password, engine=args.engine, limits=_limits(args),
            assertion_rules=args.assertion_rules,
        )
        return render_terms(document, mentions, args.format)

    report = check(
        source, job=Path(args.job), vocab=vocabulary, password=args.password, engine=args.engine, limits=_limits(args),
        assertion_rules=args.assertion_rules,
    )
    if args.format == "text":
        return render_report(report, "text", colour=args.output is None and _colour(args.color, out))
    return render_report(report, args.format)


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
    if args.command == "cache":
        return _cache_command(args, out)
    if args.command == "serve":
        return _serve_command(args, err)
    try:
        _check_paths(args)
    except ResumeMatchError as exc:
        print(f"resumematch: error: {exc}", file=err)
        return EXIT_ERROR
    if args.command != "rank" and args.output:
        inputs = [args.file if args.command != "check" else args.resume, getattr(args, "job", None) or ""]
        clash = _output_clash([args.output], [*inputs, *(args.vocab or [])])
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
        return 130
    except _Terminated:
        _stopped(args, "SIGTERM", err)
        return 143
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
        Prefetch.start(_document_arg(args), password=args.password, engine=args.engine, limits=_limits(args))
        if fast_start
        else None
    )
    # The first run after an install also builds the English word lists in a helper.
    word_lists = WordListsAhead.start() if fast_start else None
    try:
        if args.command == "rank":
            if own_process:
                with no_cycle_collection():
                    import_spacy_without_cli()
            return _rank_command(args, out, err)
        with no_cycle_collection():
            if fast_start:
                import_spacy_without_cli()
            if word_lists is not None:
                word_lists.wait()
            result = _run(args, out, err, prefetch)
        if args.output:
            from .batch.checkpoint import replace_atomically

            replace_atomically(args.output, result + "\n")  # never a half-written file
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


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that the command unwinds like on Ctrl-C."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


def _stopped(args: argparse.Namespace, what: str, err: TextIO) -> None:
    """The one line printed when a signal stops the command."""
    kept = ""
    if args.command == "rank" and args.output and args.format != "table":
        kept = f"; complete rows are kept in {args.output}.partial: run it again with --resume to continue"
    print(f"resumematch: stopped by {what}{kept}", file=err)


def console_main() -> int:
    """The ``resumematch`` command (and ``python -m resumematch``)."""
    return main(own_process=True)
