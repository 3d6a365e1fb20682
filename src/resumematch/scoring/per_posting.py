"""What scoring reads from a posting alone, made once per posting object.

A ranking scores a thousand resumes against one :class:`~resumematch.models.JobProfile`;
what depends only on the posting (each term's score part and weight, the posting's term
counts in order) is made for the first resume and kept. The key is the profile object's
identity, checked on each look-up (the object is kept with its values, so its id cannot
be reused while they are): hashing a whole frozen JobProfile, all its terms and
requirements, would cost more than what is kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from ..models import JobProfile

__all__ = ["POSTINGS_KEPT", "per_posting"]

T = TypeVar("T")

POSTINGS_KEPT = 64
"""Postings whose values are kept (the oldest goes first): a ranking uses one."""

_kept: dict[tuple[str, int], tuple[JobProfile, Any]] = {}
_lock = threading.Lock()


def per_posting(name: str, job: JobProfile, make: Callable[[JobProfile], T]) -> T:
    """``make(job)``, made once per posting object and ``name`` (a caller's own key)."""
    key = (name, id(job))
    kept = _kept.get(key)
    if kept is not None and kept[0] is job:
        return kept[1]  # type: ignore[no-any-return]
    value = make(job)
    with _lock:
        if len(_kept) >= POSTINGS_KEPT:
            _kept.pop(next(iter(_kept)), None)
        _kept[key] = (job, value)
    return value
