"""What keeps a cold ``resumematch check`` fast must not change any answer."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES, MINI_VOCAB

from resumematch import load_vocabulary
from resumematch.cli import main


def test_loading_a_vocabulary_again_gives_a_new_equal_object() -> None:
    first, second = load_vocabulary(MINI_VOCAB), load_vocabulary(MINI_VOCAB)
    assert first is not second
    assert first.terms == second.terms and first.sources == second.sources
    assert first.ambiguous == second.ambiguous and first.ambiguous is not second.ambiguous


def test_a_changed_vocabulary_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "vocab.json"
    data = json.loads(MINI_VOCAB.read_text("utf-8"))
    path.write_text(json.dumps(data), "utf-8")
    before = load_vocabulary(path)
    data["terms"].append({"id": "triage", "name": "Triage", "category": "hard_skill"})
    path.write_text(json.dumps(data), "utf-8")
    after = load_vocabulary(path)
    assert "triage" in after and "triage" not in before


def test_the_cli_gives_the_garbage_collector_back_as_it_found_it(tmp_path: Path) -> None:
    resume = str(EXAMPLES / "resumes" / "strong-fit-rn.txt")
    job = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    out = tmp_path / "report.txt"
    assert gc.isenabled()
    assert main(["check", resume, "--job", job, "--output", str(out)]) == 0
    assert gc.isenabled()
    gc.disable()
    try:
        assert main(["extract", resume, "--output", str(out)]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert main(["check", str(tmp_path / "missing.txt"), "--job", job]) == 1  # an error path too
    assert gc.isenabled()


def test_rank_freezes_the_heap_only_while_it_ranks(tmp_path: Path) -> None:
    """``rank`` keeps spaCy out of the collector's scans during its loop, and hands it back after."""
    import resumematch._runtime.collector as heap

    seen: list[tuple[bool, int]] = []
    real = heap.frozen_heap

    def watched() -> Iterator[None]:
        with real():
            seen.append((gc.isenabled(), gc.get_freeze_count()))
            yield

    job = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")
    before = gc.get_freeze_count()
    out = tmp_path / "rows.jsonl"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("resumematch.cli.rank_command.frozen_heap", contextlib.contextmanager(watched))
        args = ["rank", "--job", job, str(EXAMPLES / "resumes"), "--workers", "0", "-f", "jsonl", "-o", str(out)]
        assert main(args) == 0
    assert len(seen) == 1 and seen[0][0], "the loop runs with the collector on"
    assert seen[0][1] > before + 10_000, "spaCy and the vocabulary were frozen during the loop"
    assert gc.isenabled() and gc.get_freeze_count() == before
    assert len(out.read_text("utf-8").splitlines()) == len([p for p in (EXAMPLES / "resumes").iterdir() if p.is_file()])


def test_frozen_heap_unfreezes_after_an_error() -> None:
    from resumematch._runtime.collector import frozen_heap

    before = gc.get_freeze_count()
    with pytest.raises(RuntimeError), frozen_heap():
        assert gc.get_freeze_count() >= before
        raise RuntimeError("a failure inside the loop")
    assert gc.get_freeze_count() == before
