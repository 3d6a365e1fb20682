"""Two cuts of the term search's cost (issue #18 item 5, fourteenth session), each beside its
plain reading:

- ``BusinessSettings.clinical_title_starts`` finds the places where a clinical title may begin
  by ``str.find`` of what the titles share and tries the pattern anchored there only; the
  reference runs the case-blind pattern over the whole text;
- ``CueOpenings.starts`` keeps only the positions where a market cue can open (a one-word cue,
  or the word and the next begin a longer one); ``cue_ends`` from those finds the ends it
  finds from every position where a cue's first word stands, read word by word.

Each is compared on every text the project holds (the bundled examples, the probe resumes and
postings but the measurement-only sets, the real-world fixtures), as written, in capitals and in lower case,
and on Hypothesis texts made of the words that make them differ if anything does.
"""

from __future__ import annotations

import functools

import spacy
from conftest import example_texts, probe_texts, real_world_texts
from hypothesis import given, settings
from hypothesis import strategies as st

import resumematch
from resumematch.match.business_settings import BusinessSettings
from resumematch.match.doc_tokens import read_tokens
from resumematch.match.market_lists import cue_ends
from resumematch.match.people import PeopleDetector
from resumematch.match.pipeline import build_pipeline


@functools.cache
def _search() -> tuple[spacy.language.Language, BusinessSettings, PeopleDetector]:
    nlp = build_pipeline(resumematch.default_vocabulary())
    search = nlp.get_pipe("resumematch_terms").search  # compiled on first use
    assert search._settings is not None and search._people is not None
    return nlp, search._settings, search._people


@functools.cache
def _texts() -> tuple[str, ...]:
    texts = example_texts()
    texts += probe_texts()  # but the measurement-only sets (conftest.MEASURED_ONLY)
    texts += real_world_texts()
    return tuple(t for t in texts + [t.upper() for t in texts] + [t.lower() for t in texts] if t.strip())


def test_every_clinical_title_begins_with_one_of_the_searched_beginnings() -> None:
    """The places searched for are beginnings of titles, and every title has one (else a title
    written in a resume would be missed)."""
    _, business, _ = _search()
    titles = business._lower_titles
    assert titles and len(business._title_anchors) < len(titles)
    assert all(any(title.startswith(anchor) for anchor in business._title_anchors) for title in titles)
    assert all(anchor for anchor in business._title_anchors)


def test_clinical_titles_tried_where_one_may_begin_are_the_patterns_matches() -> None:
    _, business, _ = _search()
    found = 0
    for text in _texts():
        starts = business.clinical_title_starts(text)
        assert starts == business.clinical_title_starts(text, reference=True), text[:80]
        found += len(starts)
    assert found > 100


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("monitor", "Monitor ", "tech", "technician", "watcher", "social", "work", "worker", "ers"),
                *("cardiac rehab", "ilitation", "dieti", "tian", "cian", "physician", "assistant", "care", "giver"),
                *("emt", "s", "x", "_", "-", " ", "\n", ",", "é", "İ"),
            ]
        ),
        max_size=30,
    )
)
def test_clinical_titles_tried_where_one_may_begin_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    _, business, _ = _search()
    assert business.clinical_title_starts(text) == business.clinical_title_starts(text, reference=True)


def _same_cue_ends(text: str) -> int:
    nlp, _, people = _search()
    _, _, tokens = read_tokens(nlp.make_doc(text), text)
    cues = people.rules.market_cues
    longest = max(len(c) for c in cues)
    firsts = [i for i in range(len(tokens.idx)) if tokens.word(i).lower() in people._market_firsts]
    opened = people._market_openings.starts(tokens, firsts)
    fast = cue_ends(tokens, opened, cues, longest, people._market_prefixes)
    assert fast == cue_ends(tokens, firsts, cues, longest), text[:60]
    return len(fast)


def test_market_cues_read_where_one_can_open_are_those_read_word_by_word() -> None:
    _, _, people = _search()
    cues = sorted(people.rules.market_cues)
    made = [
        ", ".join(" ".join(c) for c in cues),
        " ".join(" ".join(c[:-1]) + " in\n" + " ".join(c) for c in cues if len(c) > 1),
        "\n".join("  \n".join(c) for c in cues),
        " ".join(" ".join(c).upper() for c in cues) + " " + cues[0][0],
    ]
    found = sum(_same_cue_ends(text) for text in list(_texts()) + made)
    assert found > len(cues), "every cue must be found at least once"


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_market_cues_read_where_one_can_open_on_any_text(data: st.DataObject) -> None:
    _, _, people = _search()
    words = sorted({w for c in people.rules.market_cues for w in c})
    pieces = data.draw(
        st.lists(st.sampled_from([*words, "the", "\n", "\n\n", "  ", ",", "."]), max_size=25), label="pieces"
    )
    text = " ".join(pieces).strip()
    if text:
        _same_cue_ends(text)
