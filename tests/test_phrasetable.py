"""The compiled phrase table: cached on disk, identical to a fresh build, never a failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MINI_VOCAB

from resumematch import load_vocabulary
from resumematch.phrasetable import cache_dir

TEXT = (
    "Charge RN in the emergency department. Scheduled patients in Epic EHR; patient scheduling daily. "
    "Phlebotamy, HIPPA, MS Excel. BLS and ACLS. Bachelor of Science in Nursing (BSN)."
)


def _terms(tmp_cache: Path | None, monkeypatch: pytest.MonkeyPatch, vocab_path: Path = MINI_VOCAB) -> list[tuple]:
    """Mentions found by a freshly built pipeline, with the cache folder set as given."""
    import resumematch
    from resumematch.pipeline import _pipelines

    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", "" if tmp_cache is None else str(tmp_cache))
    _pipelines.clear()  # force a new pipeline, hence a new compile
    _, mentions = resumematch.find_terms(TEXT, vocab=load_vocabulary(vocab_path))
    return [(m.term_id, m.start, m.end, m.method, m.confidence) for m in mentions]


def test_cached_table_gives_the_same_mentions_as_a_fresh_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncached = _terms(None, monkeypatch)
    first = _terms(tmp_path, monkeypatch)  # builds and writes the cache
    files = list(tmp_path.glob("phrases-*.marshal"))
    assert len(files) == 1
    second = _terms(tmp_path, monkeypatch)  # reads it
    assert uncached == first == second
    assert {"registered-nurse", "schedule-patients", "phlebotomy", "bsn"} <= {t[0] for t in second}


def test_a_corrupt_cache_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _terms(tmp_path, monkeypatch)
    (cached,) = tmp_path.glob("phrases-*.marshal")
    cached.write_bytes(b"\x00garbage")
    assert _terms(tmp_path, monkeypatch) == expected


def test_an_unwritable_cache_folder_only_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", "utf-8")
    assert _terms(blocker / "cache", monkeypatch) == _terms(None, monkeypatch)


def test_a_changed_vocabulary_gets_its_own_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _terms(tmp_path, monkeypatch)
    data = json.loads(MINI_VOCAB.read_text("utf-8"))
    data["terms"].append({"id": "triage", "name": "Triage", "category": "hard_skill"})
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), "utf-8")
    cache = tmp_path / "cache"
    _terms(cache, monkeypatch)
    _terms(cache, monkeypatch, changed)
    assert len(list(cache.glob("phrases-*.marshal"))) == 2


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", "")
    assert cache_dir() is None
    monkeypatch.delenv("RESUMEMATCH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "resumematch"
