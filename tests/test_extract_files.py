"""``extract.files.read_regular``: at most ``limit + 1`` bytes of a regular file, whatever
its reported size (the read is sized by ``fstat``, and goes on past a size that lied)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from resumematch.extract.files import read_regular


@pytest.mark.parametrize(("size", "limit"), [(1, 10), (9, 10), (10, 10), (11, 10), (5000, 10), (5000, 4999)])
def test_read_regular_reads_at_most_one_byte_past_the_limit(tmp_path: Path, size: int, limit: int) -> None:
    path = tmp_path / "file.bin"
    data = bytes(range(256)) * (size // 256 + 1)
    path.write_bytes(data[:size])
    assert read_regular(path, limit) == data[: min(size, limit + 1)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc, whose files report a size of 0")
def test_read_regular_reads_on_past_a_reported_size_of_zero() -> None:
    """``/proc`` files are regular files that report 0 bytes: the case of a file that grew."""
    path = Path("/proc/self/cmdline")
    whole = path.read_bytes()
    assert whole
    assert read_regular(path, 1 << 20) == whole
    assert read_regular(path, 3) == whole[:4]
