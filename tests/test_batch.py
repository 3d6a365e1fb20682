"""Batch ranking: one row per file, deterministic order, failures isolated to their file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES
from makers import make_docx, make_image_pdf, make_pdf

import resumematch
from resumematch import ExtractLimits, RankRow, collect_resumes, rank, ranked
from resumematch.batch.workers import TaskFailure, _ChunkSize, imap_isolated

JOB = EXAMPLES / "jobs" / "clinical-coordinator.txt"

STRONG = (
    "Experience\nRegistered Nurse (RN), charge nurse on a 30-bed unit.\n"
    "Built the nursing staff schedule and made patient assignments; discharge planning.\n"
    "Certifications\nBLS, ACLS\nSkills\nEpic EHR, Microsoft Excel, HIPAA\nEducation\nBSN"
)
WEAK = "Experience\nRetail cashier.\nSkills\nCustomer service, Microsoft Excel"


@pytest.fixture(scope="module")
def profile() -> resumematch.JobProfile:
    return resumematch.analyze(JOB)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Six inputs of every kind: three readable, three that must fail with their own error."""
    root = tmp_path / "resumes"
    (root / "sub").mkdir(parents=True)
    (root / "strong.txt").write_text(STRONG, "utf-8")
    (root / "sub" / "weak.docx").write_bytes(make_docx(WEAK.splitlines()))
    (root / "middle.pdf").write_bytes(make_pdf(["Skills\nBLS certified, Epic, patient scheduling"]))
    (root / "scan.pdf").write_bytes(make_image_pdf())
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\nxxxx")
    (root / ".DS_Store").write_bytes(b"\x00\x01")  # hidden: not an input
    return root


def _dicts(rows: list[RankRow]) -> list[dict[str, object]]:
    return [row.to_dict() for row in rows]


def test_one_row_per_file_failures_typed_and_last(folder: Path, profile: resumematch.JobProfile) -> None:
    rows = ranked(rank(profile, [folder, folder / "missing.docx"], workers=2))
    assert len(rows) == 7
    by_name = {Path(r.file).name: r for r in rows}
    assert by_name["strong.txt"].rank == 1
    assert [r.rank for r in rows[:3]] == [1, 2, 3]
    assert by_name["strong.txt"].score > by_name["weak.docx"].score  # type: ignore[operator]
    errors = {name: r.error.type for name, r in by_name.items() if r.error}
    assert errors == {
        "scan.pdf": "NoTextLayerError",
        "broken.pdf": "CorruptFileError",
        "photo.png": "UnsupportedFormatError",
        "missing.docx": "InputError",
    }
    for row in rows[3:]:
        data = row.to_dict()
        assert data["rank"] is None and data["score"] is None
        assert set(data["error"]) == {"type", "message"} and data["error"]["message"]
    strong = by_name["strong.txt"].to_dict()
    assert strong["error"] is None and strong["file"].endswith("strong.txt")
    assert {"registered-nurse", "bls", "acls"} <= {t["term_id"] for t in strong["matched"]}
    assert all(t["evidence"] for t in strong["matched"])
    assert sum(p["points"] for p in strong["parts"]) == pytest.approx(strong["score"], abs=0.1)


def test_rank_is_lazy_and_unranked_until_ranked(folder: Path, profile: resumematch.JobProfile) -> None:
    rows = rank(profile, [folder], workers=1)
    assert iter(rows) is rows  # an iterator, not a list
    first = next(rows)
    assert isinstance(first, RankRow) and first.rank is None
    rest = list(rows)
    assert len(rest) == 5


def test_same_inputs_same_ranking_whatever_the_workers(folder: Path, profile: resumematch.JobProfile) -> None:
    single = _dicts(ranked(rank(profile, [folder], workers=0)))
    assert _dicts(ranked(rank(profile, [folder], workers=2))) == single
    assert _dicts(ranked(rank(JOB, [folder], workers=1))) == single


def test_ties_are_broken_by_path_stably(tmp_path: Path, profile: resumematch.JobProfile) -> None:
    for name in ("c.txt", "a.txt", "b.txt"):
        (tmp_path / name).write_text(STRONG, "utf-8")
    rows = ranked(rank(profile, [tmp_path], workers=0))
    assert [Path(r.file).name for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert [r.rank for r in rows] == [1, 2, 3]
    assert len({r.score for r in rows}) == 1
    assert ranked(reversed(rows)) == rows


def test_row_terms_count_in_the_part_and_weight_the_score_gives_them(
    tmp_path: Path, profile: resumematch.JobProfile
) -> None:
    from resumematch.models import CATEGORY_TABLE
    from resumematch.scoring.part_worth import PREFERRED_FACTOR

    (tmp_path / "strong.txt").write_text(STRONG, "utf-8")
    (row,) = ranked(rank(profile, [tmp_path], workers=0))
    job_terms = {t.term_id: t for t in profile.terms}
    for term in row.matched + row.missing:
        job_term = job_terms[term.term_id]
        own_part = CATEGORY_TABLE[job_term.category].score_part
        assert term.part == (own_part or job_term.kind), term
        preferred = own_part is not None and job_term.kind == "preferred"
        assert term.weight == job_term.weight * (PREFERRED_FACTOR if preferred else 1.0), term
    assert {"credentials", "required"} <= {t.part for t in row.matched}


def test_per_file_time_limit_costs_only_that_file(tmp_path: Path, profile: resumematch.JobProfile) -> None:
    (tmp_path / "long.pdf").write_bytes(make_pdf(["Skills\nBLS"] * 6))
    (tmp_path / "ok.txt").write_text(STRONG, "utf-8")
    rows = ranked(rank(profile, [tmp_path], workers=2, limits=ExtractLimits(timeout_seconds=1e-9)))
    assert [Path(r.file).name for r in rows] == ["ok.txt", "long.pdf"]
    assert rows[1].error is not None and rows[1].error.type == "ExtractionTimeoutError"
    assert rows[0].score is not None and rows[0].score > 0


def test_collect_resumes_expands_folders_and_globs_once(folder: Path) -> None:
    files = collect_resumes([folder, str(folder / "*.txt"), folder / "nothing-*.pdf"])
    names = [os.path.relpath(f, folder) for f in files]
    assert names[:6] == ["broken.pdf", "middle.pdf", "photo.png", "scan.pdf", "strong.txt", "sub/weak.docx"]
    assert names[6:] == ["nothing-*.pdf"]  # kept so its row can say it matched nothing


def test_bad_job_raises_before_any_work(folder: Path) -> None:
    with pytest.raises(resumematch.JobDescriptionError):
        rank("Line cook wanted. Must enjoy knives.", [folder], workers=1)


def test_library_refuses_more_workers_than_the_cli(folder: Path, profile: resumematch.JobProfile) -> None:
    """``workers=99999999`` used to fork until the machine gave out; now it is the CLI's bound."""
    from resumematch.batch.pool_limits import MAX_WORKERS

    with pytest.raises(resumematch.InputError, match=f"at most {MAX_WORKERS}"):
        rank(profile, [folder], workers=99_999_999)
    with pytest.raises(resumematch.InputError, match="workers=257"):
        rank("Line cook wanted. Must enjoy knives.", [folder], workers=MAX_WORKERS + 1)  # before the posting
    # The CLI's parser takes its bound from the same constant: 256 parses, 257 is refused.
    from resumematch.cli.parser import build_parser

    assert build_parser().parse_args(["rank", "x", "--job", "y", "--workers", str(MAX_WORKERS)]).workers == MAX_WORKERS
    with pytest.raises(SystemExit):
        build_parser().parse_args(["rank", "x", "--job", "y", "--workers", str(MAX_WORKERS + 1)])


# The process pool under the engine, driven with functions that crash or hang a worker.


def _double_or_die(item: str) -> str:
    if item == "crash":
        os._exit(3)  # a segfault-like death: no exception, no cleanup
    if item == "hang":
        time.sleep(3600)
    if item == "raise":
        raise KeyError(item)
    return item * 2


def test_pool_loses_only_the_item_that_kills_its_worker() -> None:
    items = ["a", "b", "crash", "c", "d", "e", "raise", "f"]
    results = dict(imap_isolated(_double_or_die, items, workers=2))
    assert sorted(results) == sorted(items)
    crash = results["crash"]
    assert isinstance(crash, TaskFailure) and crash.kind == "crashed"
    failed = results["raise"]
    assert isinstance(failed, TaskFailure) and failed.kind == "error" and "KeyError" in failed.message
    assert {k: v for k, v in results.items() if k not in ("crash", "raise")} == {k: k * 2 for k in "abcdef"}


def test_pool_stops_a_hung_worker_and_goes_on() -> None:
    items = ["a", "hang", "b", "c"]
    results = dict(imap_isolated(_double_or_die, items, workers=2, hard_timeout=1.0))
    hang = results.pop("hang")
    assert isinstance(hang, TaskFailure) and hang.kind == "timed_out"
    assert results == {"a": "aa", "b": "bb", "c": "cc"}


def test_pool_with_two_crashes_in_flight_blames_both_and_nothing_else() -> None:
    items = ["crash", "a", "crash2", "b"]

    results = dict(imap_isolated(_crash_prefix, items, workers=2))
    assert {k for k, v in results.items() if isinstance(v, TaskFailure)} == {"crash", "crash2"}
    assert results["a"] == "aa" and results["b"] == "bb"


def _crash_prefix(item: str) -> str:
    if item.startswith("crash"):
        os._exit(3)
    return item * 2


def test_pool_in_chunks_still_blames_only_the_bad_items() -> None:
    # Fast items travel many to a chunk; failures deep in the stream sit inside such
    # chunks: the crash and the hang make their chunk-mates suspects, run one at a time.
    items = [f"i{n}" for n in range(400)]
    items[150], items[250], items[300] = "crash", "raise", "hang"
    results = list(imap_isolated(_double_or_die, items, workers=2, hard_timeout=1.0))
    assert sorted(item for item, _ in results) == sorted(items)  # each item exactly once
    by_item = dict(results)
    kinds = {item: value.kind for item, value in by_item.items() if isinstance(value, TaskFailure)}
    assert kinds == {"crash": "crashed", "raise": "error", "hang": "timed_out"}
    assert all(by_item[item] == item * 2 for item in items if item not in kinds)


def _pid_of_worker(item: str) -> tuple[str, int]:
    return item, os.getpid()


def test_pool_recycles_its_processes_and_loses_nothing() -> None:
    items = [f"i{n}" for n in range(60)]
    results = list(imap_isolated(_pid_of_worker, items, workers=2, recycle_after=10))
    assert sorted(item for item, _ in results) == sorted(items)  # each item exactly once
    pids = [value[1] for _item, value in results]  # type: ignore[index]
    # A pool is given at most 10 items per worker, 20 in all: 60 items need at least
    # three pools, and no process handles more than its pool was given.
    assert len(set(pids)) >= 3
    assert all(pids.count(pid) <= 20 for pid in set(pids))
    # a crash still costs only its item, and the item count past a recycle stays exact
    crashing = [*items[:25], "crash", *items[25:]]
    by_item = dict(imap_isolated(_double_or_die, crashing, workers=2, recycle_after=7))
    assert sorted(by_item) == sorted(crashing)
    assert isinstance(by_item["crash"], TaskFailure) and by_item["crash"].kind == "crashed"
    with pytest.raises(ValueError, match="recycle_after"):
        list(imap_isolated(_double_or_die, items, workers=2, recycle_after=0))


def test_chunks_hold_about_fifty_milliseconds_of_work() -> None:
    size = _ChunkSize()
    assert size() == 1  # nothing known yet: one item
    size.observe(0.003 * 4, 4)  # fast files, 3 ms each
    assert size() == 16
    for _ in range(20):
        size.observe(0.0001 * 32, 32)
    assert size() == 32  # at most 32
    for _ in range(20):
        size.observe(2.0, 1)  # slow files: one at a time again
    assert size() == 1


def _freeze_count_after_install(context: object) -> int:
    import gc

    from resumematch.batch.file_scoring import install_worker

    install_worker(context)  # type: ignore[arg-type]
    return gc.get_freeze_count()


def test_only_our_own_workers_freeze_their_objects(folder: Path, profile: resumematch.JobProfile) -> None:
    """A worker we start freezes what it inherited (cheaper GC); the caller's process never is."""
    import gc
    from concurrent.futures import ProcessPoolExecutor

    from resumematch.batch.file_scoring import RankContext

    context = RankContext(profile, resumematch.default_vocabulary(), False, "", None, None, "pypdfium2", None)
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert pool.submit(_freeze_count_after_install, context).result() > 10_000
    before = gc.get_freeze_count()
    rows = list(rank(profile, folder, workers=0))
    assert rows and gc.get_freeze_count() == before


def test_rank_reads_pdfs_with_the_engine_of_every_command() -> None:
    """One default PDF engine: ``rank`` (CLI and library) agrees with check, terms and extract."""
    import inspect

    from resumematch.cli.parser import build_parser
    from resumematch.extract import DEFAULT_PDF_ENGINE

    parser = build_parser()
    for argv in (["rank", "x", "--job", "y"], ["check", "x", "--job", "y"], ["terms", "x"], ["extract", "x"]):
        assert parser.parse_args(argv).engine == DEFAULT_PDF_ENGINE, argv
    for entry in (rank, resumematch.check, resumematch.find_terms, resumematch.extract):
        assert inspect.signature(entry).parameters["engine"].default == DEFAULT_PDF_ENGINE, entry
