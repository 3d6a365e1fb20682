"""Warm ``check``: one text resume against one posting, after start-up.

Measured in the same run: the full ``check`` (posting analysed each time), ``check``
with the posting analysed once (the batch case), ``analyze`` of the posting, and the
stages each is made of, so the rows add up:

    check(job=text)    = analyze(posting) + check(job=profile)
    analyze(posting)   = extract_text + find_mentions(posting) + analyze_job
    check(job=profile) = extract_text + find_mentions(resume) + score_resume

Baseline: the naive keyword-overlap score most open-source resume matchers compute
(lowercase word sets and their intersection), which finds no inflections,
abbreviations or negations. Goal (issue 7): ``check`` under 2 ms.

Then a one-page PDF resume (issue #23 item 1): ``check(pdf, job=profile)`` with each
PDF engine — the default ``pypdfium2`` (PDFium with layout analysis), ``pdfplumber``
(the reference) and ``pdfium-raw`` (PDFium's content order, what ``pypdfium2`` meant
before) — each in the forked sandbox (the default) and in-process
(``ExtractLimits(isolate=False)``), so the sandbox's cost is seen apart; the default
engine also with a child forked per file (the sandbox before the reusable worker of
``extract/worker.py``) and followed by ``report_json`` (what ``check --format json`` and
``POST /api/check`` do after the check); and ``extract`` alone per engine. Goal: the
default engine's ``check`` under 8 ms.

Run: ``python benchmarks/check_speed.py`` (``--pdf``: the PDF part only; ``--match-rows``:
``MatchRow`` as a NamedTuple against a plain tuple on text ``check`` and ``rank``)
"""

from __future__ import annotations

import dataclasses
import functools
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import EXAMPLES, FIXTURES, interleaved_medians, table

import resumematch
from resumematch import api
from resumematch.extract import ExtractLimits, worker
from resumematch.match.pipeline import find_mentions
from resumematch.models import document as models_document
from resumematch.models import readiness as models_readiness
from resumematch.models import report as models_report
from resumematch.posting.analysis import analyze_job
from resumematch.render.json import report_json
from resumematch.scoring.score import score_resume

_WORD = re.compile(r"[a-z][a-z+#.-]*")
GOAL_MS = 2.0
PDF_GOAL_MS = 8.0


def keyword_overlap(resume: str, job: str) -> float:
    """The baseline: share of the posting's distinct words that the resume also has."""
    job_words = set(_WORD.findall(job.lower()))
    return 100 * len(job_words & set(_WORD.findall(resume.lower()))) / max(1, len(job_words))


def _uncached(func: Callable[[], object]) -> object:
    """Run ``func`` as if the posting had never been analysed (``analyze`` remembers texts)."""
    api._profiles.clear()
    return func()


def main() -> None:
    resume_text = (EXAMPLES / "resumes" / "strong-fit-rn.txt").read_text("utf-8")
    job_text = (EXAMPLES / "jobs" / "clinical-coordinator.txt").read_text("utf-8")
    vocabulary = resumematch.default_vocabulary()
    resumematch.check(resume_text, job=job_text, vocab=vocabulary)  # start-up: build the pipeline
    profile = resumematch.analyze(job_text, vocab=vocabulary)
    document = resumematch.extract_text(resume_text)
    mentions = find_mentions(document, vocabulary)
    job_document = resumematch.extract_text(job_text)
    job_mentions = find_mentions(job_document, vocabulary, posting=True)

    cases = [
        ("baseline: keyword overlap", lambda: keyword_overlap(resume_text, job_text)),
        (
            "check(resume, job=text), posting cached",
            lambda: resumematch.check(resume_text, job=job_text, vocab=vocabulary),
        ),
        (
            "check(resume, job=text), posting new",
            lambda: _uncached(lambda: resumematch.check(resume_text, job=job_text, vocab=vocabulary)),
        ),
        ("check(resume, job=profile)", lambda: resumematch.check(resume_text, job=profile, vocab=vocabulary)),
        (
            "analyze(posting text), not cached",
            lambda: _uncached(lambda: resumematch.analyze(job_text, vocab=vocabulary)),
        ),
        ("  stage: extract_text (resume)", lambda: resumematch.extract_text(resume_text)),
        ("  stage: find_mentions (resume)", lambda: find_mentions(document, vocabulary)),
        ("  stage: find_mentions (posting)", lambda: find_mentions(job_document, vocabulary, posting=True)),
        ("  stage: analyze_job (mentions given)", lambda: analyze_job(job_document, job_mentions, vocabulary)),
        ("  stage: score_resume (profile given)", lambda: score_resume(document, mentions, profile, vocabulary)),
    ]
    rows = []
    medians = interleaved_medians([func for _name, func in cases], repeat=9, number=50)
    baseline_ms = medians[0] * 1000
    for (name, _func), seconds in zip(cases, medians, strict=True):
        ms = seconds * 1000
        rows.append((name, ms, f"{ms / baseline_ms:.0f}x"))
    words = len(resume_text.split())
    print(f"Warm check of a {words}-word text resume, median of 9 x 50 calls, cases in turns (ms per call)\n")
    print(table(["case", "ms", "vs baseline"], rows))
    for name, ms, _ratio in rows[1:3]:
        print(f"\ngoal: {name} < {GOAL_MS:g} ms -> {'ok' if ms < GOAL_MS else 'not met'} ({ms:.2f} ms)", end="")
    print()
    pdf_check(vocabulary, profile)


def pdf_check(vocabulary: resumematch.Vocabulary, profile: resumematch.JobProfile) -> None:
    """Warm check of one-page PDF resumes with each engine, sandboxed and not."""
    for path in _one_page_pdfs():
        _pdf_check_of(path, vocabulary, profile, ExtractLimits(isolate=False))


def _one_page_pdfs() -> list[Path]:
    """The example resume, and the first one-page real resume of the shared fixtures."""
    import pypdfium2

    paths = [EXAMPLES / "resumes" / "strong-fit-rn.pdf"]
    for path in sorted((FIXTURES / "real-world" / "resumes" / "healthcare").glob("*.pdf")):
        if len(pypdfium2.PdfDocument(path)) == 1:
            paths.append(path)
            break
    return [path for path in paths if path.exists()]


def _pdf_check_of(
    path: Path, vocabulary: resumematch.Vocabulary, profile: resumematch.JobProfile, inline: ExtractLimits
) -> None:
    cases = []
    for engine in ("pypdfium2", "pdfium-raw", "pdfplumber"):
        for label, limits in (("sandboxed", None), ("in-process", inline)):
            cases.append(
                (
                    f"check({engine}), {label}",
                    lambda engine=engine, limits=limits: resumematch.check(
                        path, job=profile, vocab=vocabulary, engine=engine, limits=limits
                    ),
                )
            )
        cases.append(
            (
                f"  extract({engine}), in-process",
                lambda engine=engine: resumematch.extract(path, engine=engine, limits=inline),
            )
        )
        if engine == "pypdfium2":  # what check --format json and POST /api/check also do: the report's JSON
            cases.append(
                (
                    f"check({engine}), sandboxed, + report_json",
                    lambda engine=engine: report_json(
                        resumematch.check(path, job=profile, vocab=vocabulary, engine=engine)
                    ),
                )
            )
            cases.append(("  report_json of that report", functools.partial(report_json, cases[0][1]())))
        if engine == "pypdfium2":  # the page reader as it was: a Char per character (the reference)
            cases.append(
                (
                    f"check({engine}), in-process, per-character reader (before)",
                    lambda engine=engine: _per_character(
                        lambda: resumematch.check(path, job=profile, vocab=vocabulary, engine=engine, limits=inline)
                    ),
                )
            )
        if engine == "pypdfium2":  # the sandbox as it was: a child forked for each file
            cases.append(
                (
                    f"check({engine}), sandboxed, fork per file",
                    lambda engine=engine: _forked(
                        lambda: resumematch.check(path, job=profile, vocab=vocabulary, engine=engine)
                    ),
                )
            )
    for _name, func in cases:
        func()  # warm: imports, pipeline
    medians = interleaved_medians([func for _name, func in cases], repeat=7, number=3)
    print(f"\nWarm check of a one-page PDF resume ({path.name}), median of 7 x 3 calls, in turns (ms per call)\n")
    print(table(["case", "ms"], [(name, seconds * 1000) for (name, _f), seconds in zip(cases, medians, strict=True)]))
    default_ms = medians[0] * 1000
    verdict = "ok" if default_ms < PDF_GOAL_MS else "not met"
    print(f"\ngoal: check(pypdfium2), sandboxed < {PDF_GOAL_MS:g} ms -> {verdict} ({default_ms:.2f} ms)")


def _per_character(func: Callable[[], object]) -> object:
    """``func()`` with the PDFium engine's reference page reader (``read_page(bulk=False)``:
    ``read_chars``, ``duplicate_indices``, ``extract_words``) and the big-integer gutter
    scan, the default before issue #23's third round; in this process only."""
    from resumematch.extract import gutters, layout
    from resumematch.extract import pdfium as engine

    read_page, scan = engine.read_page, layout._candidate_runs
    engine.read_page = functools.partial(read_page, bulk=False)  # type: ignore[assignment]
    layout._candidate_runs = gutters.candidate_runs_plain
    try:
        return func()
    finally:
        engine.read_page, layout._candidate_runs = read_page, scan


def _forked(func: Callable[[], object]) -> object:
    """``func()`` with a child forked per file instead of the reusable worker."""
    worker.reuse_worker(False)
    try:
        return func()
    finally:
        worker.reuse_worker(True)


def _generated_init(cls: type) -> Callable[..., None]:
    """The ``__init__`` that ``dataclasses`` writes for a frozen class with ``cls``'s fields."""
    fields: list[Any] = [
        (f.name, f.type) if f.default is dataclasses.MISSING else (f.name, f.type, dataclasses.field(default=f.default))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, fields, frozen=True).__init__  # type: ignore[no-any-return]


def _fast_init_classes() -> list[type]:
    """The models whose ``__init__`` is ``models/frozen.py``'s (its code names ``__values``)."""
    found = []
    for module in (models_document, models_report, models_readiness):
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and dataclasses.is_dataclass(value)
                and value.__module__ == module.__name__
                and "__values" in value.__init__.__code__.co_varnames
            ):
                found.append(value)
    return found


def constructor_variants(repeat: int = 15, calls: int = 50, instructions: str | None = None) -> None:
    """Issue #21: what ``models/frozen.py``'s ``exec``-built ``__init__`` buys a warm check.

    In one process, the warm check (posting analysed before) runs with the models'
    ``__init__`` as ``fast_init`` made it and as ``dataclasses`` writes it, swapped
    between passes taken in turns; each model also counts how many it makes per check.
    ``instructions`` (``"fast"`` or ``"plain"``): for callgrind, make ``calls`` checks
    with ``fast_init``, then ``calls`` more with that ``__init__``, untimed; the two
    processes' instruction counts differ by ``calls`` times what ``fast_init`` saves.
    """
    resume_text = (EXAMPLES / "resumes" / "strong-fit-rn.txt").read_text("utf-8")
    job_text = (EXAMPLES / "jobs" / "clinical-coordinator.txt").read_text("utf-8")
    vocabulary = resumematch.default_vocabulary()
    profile = resumematch.analyze(job_text, vocab=vocabulary)
    classes = _fast_init_classes()
    fast = {cls: cls.__init__ for cls in classes}
    plain = {cls: _generated_init(cls) for cls in classes}

    def check_with(inits: dict[type, Callable[..., None]]) -> Callable[[], object]:
        def run() -> object:
            for cls, init in inits.items():
                cls.__init__ = init  # type: ignore[misc]
            return resumematch.check(resume_text, job=profile, vocab=vocabulary)

        return run

    counts = dict.fromkeys(classes, 0)

    def counting(cls: type, init: Callable[..., None]) -> Callable[..., None]:
        def counted(self: object, *args: object, **kwargs: object) -> None:
            counts[cls] += 1
            init(self, *args, **kwargs)

        return counted

    check_with({cls: counting(cls, init) for cls, init in fast.items()})()
    made = sum(counts.values())
    if instructions is not None:  # under callgrind: the first half fast, the second as ``instructions`` says
        for inits in (fast, plain if instructions == "plain" else fast):
            for _ in range(calls):
                check_with(inits)()
        return
    # CPU time of this process, not the wall clock: on a machine shared by many
    # processes the wall clock mostly counts the waits for a core.
    runs: dict[str, list[float]] = {"plain": [], "fast": []}
    for _ in range(repeat):
        for name, inits in (("plain", plain), ("fast", fast)):
            run = check_with(inits)
            start = time.process_time()
            for _ in range(calls):
                run()
            runs[name].append((time.process_time() - start) / calls)
    check_with(fast)()  # leave the package as it was
    plain_s, fast_s = statistics.median(runs["plain"]), statistics.median(runs["fast"])
    print(
        f"warm check(job=profile), {made} model objects made per check, CPU time, median of {repeat} x {calls} "
        f"checks in turns: dataclass __init__ {plain_s * 1000:.3f} ms, models/frozen.py fast_init "
        f"{fast_s * 1000:.3f} ms; fast_init saves {1 - fast_s / plain_s:.1%}"
    )
    print("  made per check: " + ", ".join(f"{cls.__name__} {n}" for cls, n in counts.items() if n))


def match_row_variants(repeat: int = 9) -> None:
    """Issue #21: ``MatchRow`` as a NamedTuple against a plain tuple, on text ``check`` and ``rank``.

    The house rule keeps a named record unless the plain tuple buys at least 1% end to
    end on the path it serves. In one process, passes with the term search's rows made
    as ``MatchRow`` (the code as it is) and as plain tuples (``MatchRow`` swapped for
    ``tuple`` in ``term_search``: the same C call, which returns the tuple itself) are
    taken in turns: warm ``check(text, job=profile)`` of each real-world resume's text
    (``../shared/fixtures/real-world``, else the bundled examples) and ``rank`` of the
    same texts as files, in this process (``workers=0``). CPU time of this process.
    """
    import tempfile

    from resumematch.match import term_search

    vocabulary = resumematch.default_vocabulary()
    job_text = (EXAMPLES / "jobs" / "clinical-coordinator.txt").read_text("utf-8")
    profile = resumematch.analyze(job_text, vocab=vocabulary)
    pdfs = sorted((FIXTURES / "real-world" / "resumes").rglob("*.pdf"))
    if pdfs:
        texts = [resumematch.extract(path, engine="pypdfium2").text for path in pdfs]
    else:
        texts = [p.read_text("utf-8") for p in sorted((EXAMPLES / "resumes").glob("*.txt"))]
    named = term_search.MatchRow
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(texts):
            (Path(folder) / f"resume-{i:03}.txt").write_text(text, "utf-8")

        def checks() -> None:
            for text in texts:
                resumematch.check(text, job=profile, vocab=vocabulary)

        def ranks() -> None:
            for row in resumematch.rank(profile, folder, workers=0, vocab=vocabulary):
                assert row.error is None, row.error

        runs: dict[tuple[str, str], list[float]] = {}
        checks()
        ranks()  # warm: the pipeline, the tokenizer's cache, the fuzzy matcher's answers
        try:
            variants: list[tuple[str, type]] = [("plain tuple", tuple), ("MatchRow", named)]
            for _ in range(repeat):
                variants.reverse()  # each goes first in every other round
                for path, func in (("check", checks), ("rank", ranks)):
                    for kind, row_type in variants:
                        term_search.MatchRow = row_type  # type: ignore[misc]
                        start = time.process_time()
                        func()
                        runs.setdefault((path, kind), []).append((time.process_time() - start) / len(texts))
        finally:
            term_search.MatchRow = named  # type: ignore[misc]
    # The construction alone, on rows like a resume's: what the swap above changes.
    rows = [tuple(row) for text in texts for row in _rows_of(text, vocabulary)]
    make = tuple.__new__
    built = interleaved_medians(
        [lambda: [make(tuple, row) for row in rows], lambda: [make(named, row) for row in rows]], repeat=15, number=20
    )
    per_row_us = (built[1] - built[0]) / len(rows) * 1e6
    print(
        f"MatchRow as a NamedTuple vs a plain tuple, {len(texts)} resume texts, CPU ms per resume, median of {repeat}"
    )
    print(
        f"  making the rows: {len(rows) / len(texts):.0f} rows per resume, MatchRow costs {per_row_us:+.3f} us a row "
        f"more, {per_row_us * len(rows) / len(texts) / 1000:.4f} ms per resume"
    )
    for path in ("check", "rank"):
        plain_ms = statistics.median(runs[(path, "plain tuple")]) * 1000
        named_ms = statistics.median(runs[(path, "MatchRow")]) * 1000
        # The two variants differ only in making the rows: that cost, over the path's
        # time, is what the plain tuple buys; the two medians show the run's noise.
        share = per_row_us * len(rows) / len(texts) / 1000 / named_ms
        verdict = "keep the plain tuple" if share >= 0.01 else "keep MatchRow (the named record)"
        print(
            f"  {path:5}: MatchRow {named_ms:.3f} ms, plain tuple {plain_ms:.3f} ms "
            f"(in turns; {1 - plain_ms / named_ms:+.1%} between them); making the rows as MatchRow is "
            f"{share:.2%} of it (rule: the plain tuple stays only "
            f"if it buys >= 1%) -> {verdict}"
        )


def _rows_of(text: str, vocabulary: resumematch.Vocabulary) -> list[Any]:
    """The term search's rows for ``text``, as the component keeps them."""
    from resumematch.match.pipeline import build_pipeline
    from resumematch.match.span_info import match_rows_of

    nlp = build_pipeline(vocabulary)
    return list(match_rows_of(nlp(text)))


if __name__ == "__main__":
    if sys.argv[1:] == ["--match-rows"]:
        match_row_variants()
    elif sys.argv[1:] == ["--constructors"]:
        constructor_variants()
    elif len(sys.argv) == 3 and sys.argv[1] == "--constructors-under-callgrind":
        constructor_variants(calls=20, instructions=sys.argv[2])
    elif sys.argv[1:] == ["--pdf"]:  # the PDF part only
        _vocabulary = resumematch.default_vocabulary()
        _job = (EXAMPLES / "jobs" / "clinical-coordinator.txt").read_text("utf-8")
        pdf_check(_vocabulary, resumematch.analyze(_job, vocab=_vocabulary))
    else:
        main()
