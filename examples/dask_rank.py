"""Rank a folder of resumes on a Dask cluster (here a LocalCluster on this machine).

resumematch runs on any ``concurrent.futures.Executor``; a Dask ``Client`` provides one
with ``client.get_executor()``. On a real cluster, replace the LocalCluster with the
scheduler's address (``Client("tcp://scheduler:8786")``); the resume files must be
readable at the same paths on every worker (a shared file system or object store).

    pip install "resumematch[dask]"
    python examples/dask_rank.py examples/jobs/clinical-coordinator.txt path/to/resumes/
"""

from __future__ import annotations

import json
import sys

from dask.distributed import Client, LocalCluster

import resumematch


def rank_on_cluster(job: str, folder: str, *, n_workers: int = 2) -> list[resumematch.RankRow]:
    """Every resume under ``folder`` ranked against ``job`` by ``n_workers`` Dask workers."""
    profile = resumematch.analyze(job)  # analyse the posting once, here
    with (
        LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        executor = client.get_executor()
        rows = resumematch.rank(profile, [folder], executor=executor, workers=n_workers)
        return resumematch.ranked(rows)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python examples/dask_rank.py JOB FOLDER")
    for row in rank_on_cluster(sys.argv[1], sys.argv[2]):
        print(json.dumps(row.to_dict()))
