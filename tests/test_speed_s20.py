"""Cuts of the term search's cost (issues #18 item 5 and #23 item 5, twentieth session), each
beside its plain reading and compared with it here:

- The term search's hot records (``PhraseHit`` of the trie walk, ``Found`` of the phrases and of
  the token patterns, the assertion's triggers) are made by ``tuple.__new__`` in C, not by the
  class's generated ``__new__``: each must be the very record the class's own constructor makes
  (its type, its fields, its equality), on the bundled examples and the real-world fixtures as
  written, in capitals and in lower case.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

import pytest
from conftest import example_texts, real_world_texts
from test_speed_s19 import compiled_search

import resumematch
from resumematch.match.assertion import _Trigger
from resumematch.match.doc_tokens import read_tokens, sentence_breaks
from resumematch.match.pipeline import build_pipeline
from resumematch.match.trie import Found, PhraseHit


@functools.cache
def _texts() -> tuple[str, ...]:
    texts = example_texts() + real_world_texts()
    return tuple(t for t in texts + [t.upper() for t in texts] + [t.lower() for t in texts] if t.strip())


def _as_constructed(records: Sequence[Any], kind: type[NamedTuple]) -> None:
    """Each record is what ``kind(...)`` makes of its fields: same type, fields and equality."""
    for record in records:
        plain = kind(*record)
        assert type(record) is kind
        assert record == plain and record._asdict() == plain._asdict()
        assert hash(record) == hash(plain)


@pytest.mark.parametrize("part", ["phrases", "patterns", "triggers"])
def test_the_search_records_made_in_c_are_those_their_classes_make(part: str) -> None:
    search = compiled_search()
    nlp = build_pipeline(resumematch.default_vocabulary())
    seen = 0
    for text in _texts():
        lower, newline, tokens = read_tokens(nlp.make_doc(text), text)
        if part == "phrases":
            hits = search._phrases.matches(tokens.lower, search._phrases.starts(lower))
            _as_constructed(hits, PhraseHit)
            found = search._exact(nlp.make_doc(text), lower, tokens, None)
            _as_constructed(found, Found)
            seen += len(hits) + len(found)
        elif part == "patterns":
            assert search._patterns is not None
            found = search._patterns.matches(lower, tokens)
            _as_constructed(found, Found)
            assert found == search._patterns.matches(lower, tokens, reference=True)
            seen += len(found)
        else:
            assert search._assertion is not None
            triggers = search._assertion.triggers_in(lower, tokens.lower, sentence_breaks(newline, tokens))
            _as_constructed(triggers, _Trigger)
            seen += len(triggers)
    assert seen > 100  # the texts hold many of each
