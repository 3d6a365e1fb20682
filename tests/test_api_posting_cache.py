"""A posting is analysed once: cached by its text or by its file's path, size and mtime, and
by the options that change its analysis; the cache is bounded."""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import MINI_VOCAB

import resumematch
from resumematch import api

JOB = """Clinical Coordinator
Requirements:
- Registered Nurse (RN) license
- BLS and ACLS
- Experience with Epic EHR
Nice to have: dabbled in Meditech
"""


def test_a_posting_file_is_analysed_once_until_it_changes(tmp_path: Path) -> None:
    vocab = resumematch.load_vocabulary(MINI_VOCAB)
    path = tmp_path / "posting.txt"
    path.write_text(JOB, "utf-8")
    first = resumematch.analyze(str(path), vocab=vocab)
    assert resumematch.analyze(path, vocab=vocab) is first  # a Path and a str of the same file
    # Another spelling of the same file: the cached analysis, under the name this caller gave.
    spelled = str(tmp_path / "." / "posting.txt")
    again = resumematch.analyze(spelled, vocab=vocab)
    assert again.terms is first.terms and again.requirements is first.requirements
    assert again.source == spelled and first.source == str(path)
    report = resumematch.check(resumematch.Text("Charge RN with BLS."), job=str(path), vocab=vocab)
    assert report.score >= 0 and resumematch.analyze(path, vocab=vocab) is first

    # The same size, another modification time: read again.
    path.write_text(JOB.replace("ACLS", "ACLZ"), "utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    changed = resumematch.analyze(path, vocab=vocab)
    assert changed is not first
    assert "acls" in {t.term_id for t in first.terms} and "acls" not in {t.term_id for t in changed.terms}


def test_options_that_change_the_analysis_are_part_of_the_key(tmp_path: Path) -> None:
    vocab = resumematch.load_vocabulary(MINI_VOCAB)
    path = tmp_path / "posting.txt"
    path.write_text(JOB, "utf-8")
    first = resumematch.analyze(path, vocab=vocab)
    assert resumematch.analyze(path, vocab=resumematch.load_vocabulary(MINI_VOCAB)) is not first
    limits = resumematch.ExtractLimits(timeout_seconds=50)
    assert resumematch.analyze(path, vocab=vocab, limits=limits) is not first
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [{"literal": "dabbled in", "status": "hedged"}]}), "utf-8")
    custom = resumematch.analyze(path, vocab=vocab, assertion_rules=rules)
    assert custom is not first
    assert resumematch.analyze(path, vocab=vocab, assertion_rules=rules) is custom
    assert resumematch.analyze(path, vocab=vocab) is first


def test_the_cache_is_bounded_and_forgets_the_oldest(tmp_path: Path) -> None:
    vocab = resumematch.load_vocabulary(MINI_VOCAB)
    first = resumematch.analyze(resumematch.Text(JOB), vocab=vocab)
    for i in range(api._PROFILE_CACHE_SIZE):
        resumematch.analyze(resumematch.Text(f"{JOB}- {i} years of experience\n"), vocab=vocab)
    assert len(api._profiles) <= api._PROFILE_CACHE_SIZE
    again = resumematch.analyze(resumematch.Text(JOB), vocab=vocab)
    assert again is not first and again == first


def test_bytes_and_documents_are_not_cached() -> None:
    vocab = resumematch.load_vocabulary(MINI_VOCAB)
    data = JOB.encode("utf-8")
    assert resumematch.analyze(data, vocab=vocab) is not resumematch.analyze(data, vocab=vocab)
