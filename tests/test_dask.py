"""The Dask example ranks a folder on a 2-worker LocalCluster exactly as one process does."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from conftest import EXAMPLES
from makers import make_docx, make_pdf

import resumematch

pytestmark = pytest.mark.slow  # starts a Dask LocalCluster

pytest.importorskip("distributed", reason="dask.distributed is optional: pip install 'resumematch[dask]'")

JOB = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")


def test_dask_local_cluster_rows_equal_single_process(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Experience\nRegistered Nurse (RN)\nBLS, ACLS; Epic EHR\nBSN", "utf-8")
    (tmp_path / "b.pdf").write_bytes(make_pdf(["Skills\nBLS certified; patient scheduling"]))
    (tmp_path / "c.docx").write_bytes(make_docx(["Skills", "Microsoft Excel, HIPAA"]))
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4 broken")
    example = runpy.run_path(str(EXAMPLES / "dask_rank.py"))

    on_cluster = example["rank_on_cluster"](JOB, str(tmp_path), n_workers=2)
    single = resumematch.ranked(resumematch.rank(JOB, [tmp_path], workers=0))

    assert [r.to_dict() for r in on_cluster] == [r.to_dict() for r in single]
    assert len(on_cluster) == 4 and on_cluster[-1].error is not None
