"""The cyclic garbage collector and the objects that live as long as the process.

Importing spaCy, building the pipeline and loading a vocabulary leave a few hundred
thousand objects that live until the process exits. The collector's full collections
scan all of them and reclaim nothing (docs/performance.md has the figures). The
``resumematch`` command uses both helpers here; :func:`frozen_heap` is also public
(``resumematch.frozen_heap``) for a program that ranks files in its own process. Both
put the collector back as they found it, so a program that calls
:func:`resumematch.cli.main` is left as it was. The library never touches the collector
of its caller's process by itself, only of worker processes it starts
(:mod:`resumematch.batch.ranking`).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["frozen_heap", "no_cycle_collection"]


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Switch the cyclic garbage collector off for one short command, then back as it was.

    Each allocation burst of the start-up (spaCy, the vocabulary) makes the collector
    scan everything allocated so far, reclaiming nothing.
    One document's garbage is small, so ``check``, ``terms`` and ``extract`` run
    without it, and ``rank`` builds its pipeline without it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep every object alive now out of the collector's scans for the block (``gc.freeze``).

    For ``rank``: its loop over thousands of files needs the collector (each row leaves
    garbage), but a full collection would scan spaCy and the vocabulary again, on CPU
    the workers need (``benchmarks/batch.py`` measures both ways; docs/performance.md).
    A program that calls :func:`resumematch.rank` can do the same::

        with resumematch.frozen_heap():
            for row in resumematch.rank(profile, paths):
                ...

    After the block the objects are handed back to the collector (``gc.unfreeze``), so
    anything that was garbage when the block began is collected then.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
