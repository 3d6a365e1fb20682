"""The cache folder: where it is, bounded in size, and `resumematch cache info|clear`."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from resumematch._runtime import cache
from resumematch.cli import main


def _run(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(list(argv), stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


def test_the_default_folder_is_the_platforms_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs

    monkeypatch.delenv("RESUMEMATCH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == Path(platformdirs.user_cache_dir("resumematch", appauthor=False))
    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", "")
    assert cache.cache_dir() is None


def test_the_folder_is_trimmed_to_its_limit_oldest_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "MAX_CACHE_BYTES", 2500)
    (tmp_path / "not-ours.txt").write_text("x" * 5000, "utf-8")
    for number in range(4):
        cache.write_cached(f"file-{number}", b"x" * 1000)
        os.utime(tmp_path / f"file-{number}", (1000 + number, 1000 + number))
    cache.write_cached("file-4", b"x" * 1000)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["file-3", "file-4", "not-ours.txt"]  # the newest two fit; others' files stay
    assert cache.read_cached("file-4") == b"x" * 1000


def test_cache_info_and_clear(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", str(tmp_path))
    cache.write_cached("a", b"1" * 100)
    cache.write_cached("b", b"2" * 100)
    (tmp_path / "unrelated").write_text("keep me", "utf-8")
    info = _run("cache", "info")
    assert f"folder: {tmp_path}" in info and "files: 2" in info
    assert f"(limit {cache.MAX_CACHE_BYTES // 2**20} MB)" in info  # README: "kept under 64 MB"
    assert _run("cache", "clear").startswith("removed 2 file(s)")
    assert [p.name for p in tmp_path.iterdir()] == ["unrelated"]
    assert "files: 0" in _run("cache", "info")
    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", "")
    assert "cache: off" in _run("cache", "info")
