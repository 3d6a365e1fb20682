"""The fast paths give the answers of the faithful ones (issue 7): no speed without it.

- the fast PDF engine (pypdfium2) finds the same terms as the layout-aware one
  (pdfplumber) on real resumes: the bundled examples and ../shared/fixtures;
- our tokenizer (without spaCy's whitespace and period-abbreviation special cases)
  finds the same mentions as a stock ``spacy.blank("en")`` running our component;
- ``find_mentions``, which calls the matcher without making Spans, gives exactly the
  spans, methods, statuses and credential details the spaCy component writes;
- the line-wrap prefilter (a word pair of some phrase either side of the break) loses
  no wrapped phrase that walking at every break finds.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import spacy
from conftest import EXAMPLES, FIXTURES
from hypothesis import given
from hypothesis import strategies as st

import resumematch
from resumematch.match.component import SPANS_KEY, span_details
from resumematch.match.evidence import section_extension
from resumematch.match.pipeline import build_pipeline
from resumematch.match.span_info import match_rows_of


def _resume_pdfs() -> list[Path]:
    found = sorted((EXAMPLES / "resumes").glob("*.pdf"))
    for folder in (
        "resume-matcher/resumes",
        "resume-matcher/templates",
        "template-resumes/rendercv",
        "template-resumes/deedy",
    ):
        if (FIXTURES / folder).exists():
            found += sorted((FIXTURES / folder).glob("*.pdf"))
    return found


def _vocab_for(path: Path) -> str:
    return "clinical-coordinator" if EXAMPLES in path.parents else "software-engineer"


@pytest.mark.parametrize("path", _resume_pdfs(), ids=lambda p: p.name)
def test_both_pdf_engines_find_the_same_terms(path: Path) -> None:
    vocab = _vocab_for(path)
    faithful = {m.term_id for m in resumematch.find_terms(path, vocab=vocab, engine="pdfplumber")[1]}
    fast = {m.term_id for m in resumematch.find_terms(path, vocab=vocab, engine="pypdfium2")[1]}
    assert faithful, "no terms at all: the comparison would say nothing"
    assert fast == faithful, f"only pdfplumber: {faithful - fast}; only pypdfium2: {fast - faithful}"


def _texts() -> list[Path]:
    texts = [EXAMPLES / "resumes" / "strong-fit-rn.txt", EXAMPLES / "jobs" / "clinical-coordinator.txt"]
    return texts + sorted((FIXTURES / "resume-matcher" / "job_descriptions").glob("*.txt"))


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.name)
def test_our_tokenizer_finds_what_the_stock_one_finds(path: Path) -> None:
    vocab = "clinical-coordinator" if EXAMPLES in path.parents else "software-engineer"
    text = path.read_text("utf-8")
    stock = spacy.blank("en")
    stock.add_pipe("resumematch_terms", config={"vocab_sources": [vocab]})
    doc = stock(text)
    expected = [(s.start_char, s.end_char, s.id_) for s in doc.spans[SPANS_KEY]]
    _, mentions = resumematch.find_terms(text, vocab=vocab)
    assert expected, "no terms at all: the comparison would say nothing"
    assert [(m.start, m.end, m.term_id) for m in mentions] == expected


def _generated_resumes(vocabulary: resumematch.Vocabulary, count: int) -> list[str]:
    """Seeded resumes dense with terms, traps (negations, near-misses, definitions) and dates."""
    import random

    rng = random.Random(5)
    forms = sorted({f for t in vocabulary for f in (t.name, *t.aliases, *t.abbreviations)})
    extras = [
        "no experience with Epic",
        "pursuing CCRC, expected May 2027",
        "BLS (AHA), exp. 06/2026",
        "Phlebotamy",
        "HIPPA",
        "Electronic Health Records (EHR)",
        "BLS/ACLS",
        "Clinical Research\nCoordinator",
    ]
    docs = []
    for _ in range(count):
        lines = []
        for _ in range(rng.randint(10, 30)):
            words = rng.sample(forms, rng.randint(1, 4)) + rng.sample(extras, rng.randint(0, 2))
            lines.append(rng.choice(["- ", "", "• "]) + ", ".join(words))
        docs.append("\n".join(lines))
    return docs


def test_find_mentions_equals_the_component_spans() -> None:
    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    texts = [*_generated_resumes(vocabulary, 40), (EXAMPLES / "resumes" / "strong-fit-rn.txt").read_text("utf-8")]
    compared = 0
    for text in texts:
        document = resumematch.extract_text(text)
        doc = nlp.make_doc(document.text)
        # The component reads the sections from the Doc, find_mentions hands them over.
        doc._.set(section_extension(), tuple((s.start, s.end, s.kind) for s in document.sections) or None)
        doc = nlp.get_pipe("resumematch_terms")(doc)
        spans = [(s.start_char, s.end_char, s.id_, *span_details(s).values()) for s in doc.spans[SPANS_KEY]]
        mentions = [
            (m.start, m.end, m.term_id, m.method, m.confidence, m.status, m.issuer, m.earned, m.expires)
            for m in resumematch.find_terms(document, vocab=vocabulary)[1]
        ]
        assert mentions == spans
        compared += len(spans)
    assert compared > 500, "the corpus must exercise many matches"


def test_a_doc_asked_for_rows_only_gets_the_same_rows_and_no_spans() -> None:
    """find_mentions' shortcut (no Spans made) against the component's plain call."""
    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    matcher = nlp.get_pipe("resumematch_terms")
    for text in [*_generated_resumes(vocabulary, 5), (EXAMPLES / "resumes" / "strong-fit-rn.txt").read_text("utf-8")]:
        plain = matcher(nlp.make_doc(text))
        asked = matcher.annotate(nlp.make_doc(text), spans=False)
        assert match_rows_of(asked) == match_rows_of(plain)
        assert len(plain.spans[SPANS_KEY]) == len(match_rows_of(plain)) > 0
        assert SPANS_KEY not in asked.spans
        again = matcher(asked)  # the plain call makes them
        assert [(s.start, s.end) for s in again.spans[SPANS_KEY]] == [(s.start, s.end) for s in plain.spans[SPANS_KEY]]


def _starts_a_word(text: str, i: int) -> bool:
    """``\\b`` at ``i``: a word character on one side only (``re``'s ``\\w`` is alphanumeric or "_")."""

    def word(c: str) -> bool:
        return c.isalnum() or c == "_"

    return (i > 0 and word(text[i - 1])) != (i < len(text) and word(text[i]))


@given(
    words=st.lists(st.sampled_from(["certif", "rn", "MS ", "life support", "#tag", "é", "aha", "x-ray"]), min_size=1),
    text=st.text(alphabet="aAcertifnRNMS #-éÉhx.\n(", max_size=60),
)
def test_context_words_are_found_at_word_boundaries(words: list[str], text: str) -> None:
    """``Evidence``'s context pattern finds a word exactly where it starts at a word boundary.

    (It was searched as "a non-word character, then the word" after a leading space,
    for 0.4% of a check's instructions; docs/performance.md, fast paths.)
    """
    from resumematch.match.evidence import _context_pattern

    lowered = text.lower()
    expected = any(
        lowered.startswith(w.lower(), i) and _starts_a_word(lowered, i) for w in words for i in range(len(lowered))
    )
    assert bool(_context_pattern(words).search(lowered)) == expected


class _EveryPair:
    """Stands in for the phrase table's word pairs: admits every line break to the walk."""

    def __contains__(self, pair: object) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


def test_the_line_wrap_prefilter_loses_no_wrapped_phrase() -> None:
    """Walking the trie only at breaks between a phrase's word pair finds what walking at every break finds."""
    import random

    from resumematch.match.doc_tokens import read_tokens

    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    rng = random.Random(11)
    forms = sorted({f for t in vocabulary for f in (t.name, *t.aliases) if " " in f})
    texts = []
    for _ in range(60):
        lines = []
        for _ in range(rng.randint(5, 15)):
            words = " ".join(rng.sample(forms, 3)).split(" ")
            cut = rng.randrange(1, len(words))
            lines.append(" ".join(words[:cut]) + rng.choice(["\n", "\n", "\n\n", "\n- "]) + " ".join(words[cut:]))
        texts.append("\n".join(lines))
    matcher = nlp.get_pipe("resumematch_terms").search  # compiled on first use
    pairs = matcher._wrap_pairs
    found = 0
    for text in texts:
        lower, newline, tokens = read_tokens(nlp.make_doc(text), text)
        fast = matcher._wrapped(lower, newline, tokens, None)
        matcher._wrap_pairs = _EveryPair()
        try:
            reference = matcher._wrapped(lower, newline, tokens, None)
        finally:
            matcher._wrap_pairs = pairs
        assert fast == reference
        found += len(fast)
    assert found > 100, "the corpus must hold many wrapped phrases"


@functools.cache
def _real_resume_texts() -> list[str]:
    """The text of the real-world resume PDFs (skipped when the shared fixtures are absent)."""
    folder = FIXTURES / "real-world" / "resumes"
    paths = sorted(folder.rglob("*.pdf"))
    if not paths:
        pytest.skip(f"no real-world resumes in {folder}")
    return [resumematch.extract(path, engine="pypdfium2").text for path in paths]


def test_people_cue_words_found_on_the_array_are_those_found_word_by_word() -> None:
    """``PeopleDetector.cue_positions`` with the ``LOWER`` array (one ``HashSet`` look-up) gives
    the positions the word-by-word reference gives, and ``apply`` the same statuses and drops."""
    from resumematch.match.doc_tokens import read_tokens

    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    search = nlp.get_pipe("resumematch_terms").search  # compiled on first use
    people = search._people
    texts = _real_resume_texts() + _generated_resumes(vocabulary, 20)
    cues = 0
    for text in texts:
        lower, _, tokens = read_tokens(nlp.make_doc(text), text)
        fast = people.cue_positions(tokens.lower, lower)
        assert fast == people.cue_positions(tokens.lower), text[:60]
        cues += len(fast)
        found = [row[:3] for row in search.rows(nlp.make_doc(text), text) if people.names_people(row[2])]
        with_array, word_by_word = ["affirmed"] * len(found), ["affirmed"] * len(found)
        assert people.apply(tokens, found, with_array, lower=lower) == people.apply(tokens, found, word_by_word)
        assert with_array == word_by_word
    assert cues > 1000, "the texts must hold many cue words"


def test_the_fast_pattern_walk_finds_what_the_plain_walk_finds() -> None:
    """``PatternMatcher.matches`` (the first word skipped, word lists as set look-ups, other
    case-blind tests as remembered verdicts) gives the matches of its plain walk, where every
    step goes through one test function, on the real, generated and bundled resumes, each
    also in capitals (the flags and verdicts are remembered by the lowercase form)."""
    from resumematch.match.doc_tokens import read_tokens

    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    patterns = nlp.get_pipe("resumematch_terms").search._patterns  # compiled on first use
    texts = _real_resume_texts() + _generated_resumes(vocabulary, 20)
    texts += [p.read_text("utf-8") for p in sorted((EXAMPLES / "resumes").glob("*.txt"))]
    found = 0
    for text in texts + [text.upper() for text in texts]:
        lower, _, tokens = read_tokens(nlp.make_doc(text), text)
        fast = patterns.matches(lower, tokens)
        assert fast == patterns.matches(lower, tokens, reference=True), text[:60]
        found += len(fast)
    assert found > 1000, "the texts must hold many pattern matches"


def test_a_keyword_list_read_as_one_range_reads_as_the_same_range_in_two_parts() -> None:
    """``ListEchoes.apply`` compares each mention with a lone skills section's two ends; split
    into two adjacent sections (the general path, any of several ranges), the same lists give
    the same statuses and drops on the real and bundled resumes."""
    from resumematch.match.doc_tokens import read_tokens

    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    search = nlp.get_pipe("resumematch_terms").search  # compiled on first use
    echoes = search._echoes
    texts = _real_resume_texts() + [p.read_text("utf-8") for p in sorted((EXAMPLES / "resumes").glob("*.txt"))]
    listed = 0
    for text in texts:
        document = resumematch.extract_text(text)
        sections = tuple((s.start, s.end, s.kind) for s in document.sections)
        skills = [s for s in sections if s[2] == "skills" and s[0] + 1 < s[1]]
        if len(skills) != 1:
            continue
        start, end, kind = skills[0]
        middle = (start + end) // 2
        split = [s for s in sections if s != skills[0]] + [(start, middle, kind), (middle, end, kind)]
        doc = nlp.make_doc(document.text)
        _, _, tokens = read_tokens(doc, document.text)
        rows = search.rows(doc, document.text, sections)
        found = [row[:3] for row in rows]
        one, two = [row.status for row in rows], [row.status for row in rows]
        assert echoes.apply(tokens, found, one, sections) == echoes.apply(tokens, found, two, split)
        assert one == two
        listed += sum(start <= tokens.idx[s] < end for s, _, _ in found)
    assert listed > 100, "the resumes must list many terms in a skills section"


def test_market_cues_found_with_their_prefixes_are_those_read_word_by_word() -> None:
    """``cue_ends`` with the cues' prefixes (a try ends at words that begin no cue) finds the
    cue ends the plain reading finds (every try reads up to the longest cue), on the real and
    generated resumes and on a text of every cue, each cut short and run into the next."""
    from resumematch.match.doc_tokens import read_tokens
    from resumematch.match.market_lists import cue_ends, cue_prefixes

    vocabulary = resumematch.default_vocabulary()
    nlp = build_pipeline(vocabulary)
    people = nlp.get_pipe("resumematch_terms").search._people  # compiled on first use
    cues = sorted(people.rules.market_cues)
    longest = max(len(c) for c in cues)
    prefixes = cue_prefixes(cues)
    made = [
        ", ".join(" ".join(c) for c in cues),
        " ".join(" ".join(c[:-1]) + " in\n" + " ".join(c) for c in cues if len(c) > 1),
    ]
    found = 0
    for text in _real_resume_texts() + _generated_resumes(vocabulary, 20) + made:
        _, _, tokens = read_tokens(nlp.make_doc(text), text)
        firsts = [i for i in range(len(tokens.idx)) if tokens.word(i).lower() in people._market_firsts]
        fast = cue_ends(tokens, firsts, people.rules.market_cues, longest, prefixes)
        assert fast == cue_ends(tokens, firsts, people.rules.market_cues, longest), text[:60]
        found += len(fast)
    assert found > len(cues), "every cue must be found at least once"
