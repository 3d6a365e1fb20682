"""The compiled phrase table: cached on disk, identical to a fresh build, never a failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MINI_VOCAB

from resumematch import load_vocabulary
from resumematch.match.phrase_table import cache_dir

TEXT = (
    "Charge RN in the emergency department. Scheduled patients in Epic EHR; patient scheduling daily. "
    "Phlebotamy, HIPPA, MS Excel. BLS and ACLS. Bachelor of Science in Nursing (BSN)."
)


def _terms(tmp_cache: Path | None, monkeypatch: pytest.MonkeyPatch, vocab_path: Path = MINI_VOCAB) -> list[tuple]:
    """Mentions found by a freshly built pipeline, with the cache folder set as given."""
    import resumematch
    from resumematch.match.pipeline import _pipelines

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


def test_a_cache_file_of_the_wrong_shape_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    from resumematch._runtime.cache import write_cached

    expected = _terms(tmp_path, monkeypatch)
    (cached,) = tmp_path.glob("phrases-*.marshal")
    # A sound file (right header and checksum) holding the wrong data: e.g. an old format.
    write_cached(cached.name, marshal.dumps({"root": {1: {-1: [0]}}, "keys": []}))
    assert _terms(tmp_path, monkeypatch) == expected
    write_cached(cached.name, marshal.dumps({"trie": ({}, {}, [], "7"), "keys": []}))
    assert _terms(tmp_path, monkeypatch) == expected


def test_a_truncated_or_flipped_cache_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _terms(tmp_path, monkeypatch)
    (cached,) = tmp_path.glob("phrases-*.marshal")
    data = cached.read_bytes()
    cached.write_bytes(data[: len(data) // 2])
    assert _terms(tmp_path, monkeypatch) == expected
    data = cached.read_bytes()  # rewritten whole by the rebuild
    flipped = bytearray(data)
    flipped[-100] ^= 0x01  # a changed hash would unmarshal fine: the checksum catches it
    cached.write_bytes(bytes(flipped))
    assert _terms(tmp_path, monkeypatch) == expected
    from resumematch._runtime.cache import read_cached

    assert read_cached(cached.name) is not None  # sound again


def _fresh_english_words(folder: Path | None, monkeypatch: pytest.MonkeyPatch) -> frozenset[str]:
    from resumematch.english import english_words

    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", "" if folder is None else str(folder))
    english_words.cache_clear()
    try:
        return english_words()
    finally:
        english_words.cache_clear()


def test_the_cached_english_words_are_the_lookup_tables_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncached = _fresh_english_words(None, monkeypatch)
    assert not list(tmp_path.iterdir())
    first = _fresh_english_words(tmp_path, monkeypatch)  # computes and writes the cache
    (cached,) = tmp_path.glob("english-words-*.marshal")
    second = _fresh_english_words(tmp_path, monkeypatch)  # reads it
    assert uncached == first == second
    assert {"excel", "verification", "schedule"} <= second and "meditec" not in second
    for damage in (b"", b"\x00garbage", cached.read_bytes()[:-10]):
        cached.write_bytes(damage)
        assert _fresh_english_words(tmp_path, monkeypatch) == uncached


def test_a_cached_word_list_of_the_wrong_type_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    from resumematch._runtime.cache import write_cached

    expected = _fresh_english_words(tmp_path, monkeypatch)
    (cached,) = tmp_path.glob("english-words-*.marshal")
    monkeypatch.setenv("RESUMEMATCH_CACHE_DIR", str(tmp_path))
    for wrong in (["excel"], frozenset({"excel"}), (1, ["excel"]), (2, "excel")):  # not (format, list of words)
        write_cached(cached.name, marshal.dumps(wrong))
        assert _fresh_english_words(tmp_path, monkeypatch) == expected


def test_a_corrupt_word_cache_gives_the_same_mentions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from resumematch.english import english_words

    expected = _terms(tmp_path, monkeypatch)
    for cached in tmp_path.glob("*.marshal"):
        cached.write_bytes(b"\x00garbage")
    english_words.cache_clear()
    try:
        assert _terms(tmp_path, monkeypatch) == expected
    finally:
        english_words.cache_clear()


def test_the_trie_matches_the_same_after_a_round_trip() -> None:
    import marshal

    import numpy as np

    from resumematch.match.trie import PhraseTrie, TrieState

    trie = PhraseTrie()
    phrases = {(1, 2, 3): 0, (1, 2): 1, (2**64 - 1,): 2, (2**64 - 1, 5): 0, (7,): 3}
    for hashes, key in phrases.items():
        trie.add(hashes, key)
    trie.add((1, 2), 4)  # two keys end on one node
    trie.freeze()
    loaded = PhraseTrie.from_state(TrieState(*marshal.loads(marshal.dumps(tuple(trie.state())))))
    text = [9, 1, 2, 3, 2**64 - 1, 5, 7, 1, 2]
    for candidate in (trie, loaded):
        assert candidate.longest == 3
        assert candidate.starts(np.array(text, dtype=np.uint64)) == [1, 4, 6, 7]
        assert sorted(candidate.matches(text, candidate.starts(np.array(text, dtype=np.uint64)))) == [
            (0, 1, 4),
            (0, 4, 6),
            (1, 1, 3),
            (1, 7, 9),
            (2, 4, 5),
            (3, 6, 7),
            (4, 1, 3),
            (4, 7, 9),
        ]
        assert candidate.matches(np.array(text, dtype=np.uint64), [4]) == [(2, 4, 5), (0, 4, 6)]


def test_the_start_filter_never_drops_a_match() -> None:
    """Walking only from ``starts`` finds what walking from every token finds (real vocabulary, random text)."""
    import random

    from spacy.attrs import LOWER

    import resumematch
    from resumematch.match.pipeline import build_pipeline

    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    trie = nlp.get_pipe("resumematch_terms").search._phrases  # type: ignore[attr-defined]
    words = sorted({w for term in vocabulary for form in (term.name, *term.aliases) for w in form.lower().split()})
    rng = random.Random(12)
    for _ in range(1_000):
        text = " ".join(rng.choice([*words, "the", "and", ",", "\n"]) for _ in range(rng.randint(1, 40)))
        lower = nlp.make_doc(text).to_array(LOWER)
        hashes = lower.tolist()
        everywhere = trie.matches(hashes, range(len(hashes)))
        assert sorted(trie.matches(hashes, trie.starts(lower))) == sorted(everywhere), text
