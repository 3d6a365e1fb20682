"""``rank``: many resumes against one job, as a table or a rows file.

Rows stream to a checkpoint beside ``--output`` as files finish, so an interrupted run
continues with ``--resume``; the ranked file replaces ``--output`` only when the run is
complete (docs/batch.md).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from .._runtime.collector import frozen_heap, no_cycle_collection
from .exit_codes import EXIT_OK, EXIT_USAGE
from .parser import extract_limits
from .paths import output_clash

__all__ = ["run_rank"]


def run_rank(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run ``rank``; the exit code (the rows go to ``out`` or ``--output``, the tally to ``err``)."""
    import csv
    import shutil

    from tqdm import tqdm

    from ..api import analyze, require_scorable
    from ..batch.checkpoint import RunKey, check_resumable, partial_path, replace_atomically, run_salt, write_key
    from ..batch.pool_weights import pool_weighted
    from ..batch.ranking import blind_id, collect_resumes, rank, ranked
    from ..extract.files import printable, read_regular, unprintable
    from ..match.pipeline import resolve_vocabulary
    from ..match.vocabulary import vocabulary_to_payload
    from ..render import RANK_RENDERERS, ROW_FILE_FORMATS, renderer
    from ..render import rows as render_rows
    from ..render.safe import csv_cell

    if args.resume and (args.format not in ROW_FILE_FORMATS or not args.output):
        shown = ", ".join(ROW_FILE_FORMATS[:-1]) + f" or {ROW_FILE_FORMATS[-1]}"
        print(f"resumematch: error: --resume needs --output FILE in {shown} format", file=err)
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
    clash = output_clash(written, [args.job, *(args.vocab or []), *(r for r in args.resumes if os.path.isfile(r))])
    if clash:
        print(f"resumematch: error: {clash}", file=err)
        return EXIT_USAGE
    limits = extract_limits(args)
    vocabulary = resolve_vocabulary(args.vocab)
    stream_to = args.output if (args.output and args.format in ROW_FILE_FORMATS) else None
    todo, skipped = files, 0
    salt, own_salt = run_salt(args.salt, blind=args.blind, resume_from=stream_to if args.resume else None)
    if stream_to is not None:
        key = RunKey.of(
            job_bytes=read_regular(args.job, limits.max_bytes),
            vocabulary_payload=vocabulary_to_payload(vocabulary),
            format=args.format,
            engine=args.engine,
            blind=args.blind,
            salt=salt,
        )
        found = check_resumable(stream_to, key) if args.resume else None  # before anything is written
        if found is not None and found != partial_path(stream_to):
            shutil.copyfile(found, partial_path(stream_to))  # a finished run: continue from a copy
    with no_cycle_collection():  # start-up garbage only
        # The job is analysed first: a bad one is an error before any output is touched.
        profile = analyze(Path(args.job), vocab=vocabulary, limits=limits)
        require_scorable(profile, vocabulary)  # a posting with nothing to score is refused here
    stream = None
    rows = None
    id_map = None
    try:
        if stream_to is not None:
            write_key(stream_to, key, salt=salt if own_salt else None)
            stream = render_rows.RowsFile(partial_path(stream_to), args.format, resume=args.resume)
            if stream.done:
                # Rows are known by canonical path (another spelling of a path is the same file).
                if args.blind:
                    # By content hash, counted: of three files with equal content and one row
                    # kept, two are ranked (a set of ids would skip all three).
                    left = stream.done_counts.copy()
                    todo = []
                    for path in files:
                        content = blind_id(path, salt, limits.max_bytes)
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
                salt=salt,
                limits=limits,
                engine=args.engine,
                password=args.password,
                assertion_rules=args.assertion_rules,
            )
        if args.id_map:
            id_partial = partial_path(args.id_map)
            if args.resume and not os.path.exists(id_partial) and os.path.exists(args.id_map):
                shutil.copyfile(args.id_map, id_partial)
            id_map = open(id_partial, "a" if args.resume else "w", newline="", encoding="utf-8")  # noqa: SIM115
        # Weighing terms by the pool needs every row's terms, which a file's rows do not
        # carry: --resume (rows of an earlier run) ranks pool-independently.
        pooled = not args.pool_independent and not args.resume
        kept = []
        writer = csv.writer(id_map) if id_map else None
        # A salt the user chose stays off the disk (docs/blind-review.md); a random one must be kept.
        kept_salt = csv_cell(salt if own_salt else "")
        if writer and id_map and id_map.tell() == 0:
            writer.writerow(["id", "file", "salt"])
        # The loop needs the collector (each row leaves garbage), but not to rescan spaCy.
        bar = tqdm(total=len(todo), file=err, unit="resume", disable=not err.isatty(), leave=False)
        with frozen_heap(), bar:
            for row in rows:
                if writer:
                    writer.writerow([csv_cell(str(row.id)), csv_cell(printable(row.file)), kept_salt])
                if stream is not None:
                    stream.append(row)
                if stream is None or pooled:
                    kept.append(row)
                bar.update()
    finally:
        if rows is not None:
            rows.close()  # on an interruption or an error: stops the workers now (the pool kills them)
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
        text = renderer(RANK_RENDERERS, args.format)(final, top=args.top)
        if args.output:
            replace_atomically(args.output, text + "\n")
            if stream_to is not None and os.path.exists(partial_path(stream_to)):
                os.remove(partial_path(stream_to))  # the run's safety net: the pooled ranking replaces it
        else:
            out.write(text + "\n")
    already = f" ({skipped} already in {args.output})" if skipped else ""
    print(f"{ok} ranked, {failed} failed{already}", file=err)
    return EXIT_OK
