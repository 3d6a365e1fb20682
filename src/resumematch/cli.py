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
from .heap import frozen_heap, no_cycle_collection
from .models import Document
from .prefetch import Prefetch, WordListsAhead
from .startup import import_spacy_without_cli

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


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
    parser.add_argument(
        "--engine",
        choices=("pdfplumber", "pypdfium2"),
        default=engine,
        help="PDF text engine: pdfplumber (layout-aware) or pypdfium2 (20-100x faster); "
        "default: %(default)s (see docs/performance.md)",
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
    _add_common(check, ("text", "json", "markdown", "html"))

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
    _add_rank(commands)
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
    # Ranking reads thousands of files: the fast engine gave the same terms as the
    # layout-aware one on every measured PDF (benchmarks/pdf_engines.py).
    _add_common(rank, ("table", "csv", "jsonl", "json"), engine="pypdfium2")
    rank.set_defaults(format="table")
    rank.add_argument("--top", type=int, metavar="N", help="keep only the N best rows (table default: 20)")
    rank.add_argument("--workers", type=int, metavar="N", help="worker processes (default: all cores; 0: none)")
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
    rank.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="per-file extraction time limit in seconds (default: %(default)s)",
    )


def _rank_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``rank``: rows stream to ``--output`` as files finish, then the file is ranked in place."""
    import csv

    from tqdm import tqdm

    from .batch import collect_resumes, rank, ranked
    from .blind import anonymous_id
    from .extract import ExtractLimits
    from .pipeline import resolve_vocabulary
    from .poolweights import pool_weighted
    from .render import rows as render_rows

    if (args.format == "table" and args.resume) or (args.resume and not args.output):
        print("resumematch: error: --resume needs --output FILE in csv, jsonl or json format", file=err)
        return EXIT_USAGE
    if args.id_map and not args.blind:
        print("resumematch: error: --id-map only makes sense with --blind", file=err)
        return EXIT_USAGE
    # The run's own output files are not candidates, even when they sit in a ranked folder.
    own = {os.path.abspath(path) for path in (args.output, args.id_map) if path}
    files = [path for path in collect_resumes(args.resumes) if os.path.abspath(path) not in own]
    limits = ExtractLimits(timeout_seconds=args.timeout)
    stream = (
        render_rows.RowsFile(args.output, args.format, resume=args.resume)
        if (args.output and args.format != "table")
        else None
    )
    todo, skipped = files, 0
    if stream is not None and stream.done:

        def key(path: str) -> str:
            if not args.blind:
                return path
            try:
                return anonymous_id(open(path, "rb").read(), salt=args.salt)
            except OSError:
                return anonymous_id(os.fsencode(path), salt=args.salt)

        todo = [f for f in files if key(f) not in stream.done]
        skipped = len(files) - len(todo)
    with no_cycle_collection():  # analyses the posting and builds the pipeline: start-up garbage only
        rows = rank(
            args.job,
            todo,
            workers=args.workers,
            vocab=resolve_vocabulary(args.vocab),
            blind=args.blind,
            salt=args.salt,
            limits=limits,
            engine=args.engine,
            password=args.password,
        )
    id_map = open(args.id_map, "a" if args.resume else "w", newline="", encoding="utf-8") if args.id_map else None  # noqa: SIM115
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
                    writer.writerow([row.id, row.file])
                if stream is not None:
                    stream.append(row)
                if stream is None or pooled:
                    kept.append(row)
                bar.update()
    finally:
        if id_map:
            id_map.close()
    if stream is not None and not pooled:
        ok, failed = stream.finalize(top=args.top)
    else:
        if stream is not None:
            stream.close()  # the streamed rows were the run's safety net; the pool's ranking replaces them
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
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        else:
            out.write(text + "\n")
    already = f" ({skipped} already in {args.output})" if skipped else ""
    print(f"{ok} ranked, {failed} failed{already}", file=err)
    return EXIT_OK


def _colour(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def _document_arg(args: argparse.Namespace) -> str:
    """The document a ``check`` or ``terms`` command reads."""
    return str(args.resume if args.command == "check" else args.file)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO, prefetch: Prefetch | None = None) -> str:
    """Run one command; return what goes to the output (stdout or ``--output``)."""
    if args.command == "extract":
        from .extract import extract

        document = extract(args.file, password=args.password, engine=args.engine)
        if args.format == "json":
            from .render.json import document_json

            return document_json(document)
        for warning in document.warnings:
            print(f"warning [{warning.code}]: {warning.message}", file=err)
        return document.text

    from .api import check, find_terms
    from .pipeline import resolve_vocabulary

    vocabulary = resolve_vocabulary(args.vocab)
    source: str | Document = _document_arg(args)
    if prefetch is not None:
        source = prefetch.result() or source  # None: the helper failed; read the file here
    if args.command == "terms":
        document, mentions = find_terms(source, vocab=vocabulary, password=args.password, engine=args.engine)
        if args.format == "json":
            from .render.json import terms_json

            return terms_json(document, mentions)
        from .render.text import terms_text

        return terms_text(document, mentions)

    report = check(source, job=args.job, vocab=vocabulary, password=args.password, engine=args.engine)
    if args.format == "json":
        from .render.json import report_json

        return report_json(report)
    if args.format == "markdown":
        from .render.markdown import report_markdown

        return report_markdown(report)
    if args.format == "html":
        from .render.html import report_html

        return report_html(report)
    from .render.text import report_text

    colour = args.output is None and _colour(args.color, out)
    return report_text(report, colour=colour)


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
    spaCy's own CLI (:mod:`resumematch.prefetch`, :mod:`resumematch.startup`; together
    0.2-0.4 s of a cold start). A program that calls ``main`` is left as it is.
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
    fast_start = own_process and args.command in ("check", "terms")
    # This process is the command itself: read the document in a helper process while
    # spaCy is imported here, without spaCy's own CLI (:mod:`.prefetch`, :mod:`.startup`).
    # After parsing, so that --help and --version import no spaCy at all.
    prefetch = Prefetch.start(_document_arg(args), password=args.password, engine=args.engine) if fast_start else None
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


def console_main() -> int:
    """The ``resumematch`` command (and ``python -m resumematch``)."""
    return main(own_process=True)
