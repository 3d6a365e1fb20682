"""HashSet gives np.isin's answer: its low-bit filter only decides where to look."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from resumematch.match.wordsets import HashSet, sorted_member

hashes = st.integers(min_value=0, max_value=2**64 - 1)


@given(members=st.lists(hashes, max_size=60), others=st.lists(hashes, max_size=60), data=st.data())
def test_member_is_isin(members: list[int], others: list[int], data: st.DataObject) -> None:
    table = HashSet(members)
    # Half the probes share their low 20 bits with a member (the filter reads at most 20): those pass
    # the filter, and only the exact check can turn them away.
    colliding = [(((m >> 20) + 1) << 20 | (m & 0xFFFFF)) & (2**64 - 1) for m in members]
    pool = members + others + colliding
    picks = data.draw(st.lists(st.sampled_from(pool), max_size=200)) if pool else []
    values = np.array(picks, dtype=np.uint64)
    expected = np.isin(values, np.array(members, dtype=np.uint64))
    assert table.member(values).tolist() == expected.tolist()
    assert table.tolist() == sorted(set(members))
    assert len(table) == len(set(members))


def test_a_large_set_and_a_doc_sized_array() -> None:
    rng = np.random.default_rng(3)
    members = rng.integers(0, 2**63, 50_000, dtype=np.uint64)
    values = np.concatenate([members[:300], rng.integers(0, 2**63, 700, dtype=np.uint64)])
    rng.shuffle(values)
    found = HashSet(members.tolist()).member(values)
    assert found.tolist() == np.isin(values, members).tolist()
    assert found.sum() == 300


def test_empty_set_and_empty_values() -> None:
    assert HashSet(()).member(np.array([1, 2, 3], dtype=np.uint64)).tolist() == [False] * 3
    assert HashSet([5]).member(np.array([], dtype=np.uint64)).tolist() == []
    assert sorted_member(np.array([1, 9], dtype=np.uint64), np.array([], dtype=np.uint64)).tolist() == [False, False]
