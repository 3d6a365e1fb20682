"""Matching speed: ms per 600-word resume, resumematch vs flashtext and pyahocorasick.

All on the same seeded corpus of generated resumes and the same vocabulary, in one run;
each figure is the median of 7 passes over the corpus, each result dropped before the
next document. resumematch runs ``find_mentions`` with everything on (case, inflections
and word order, abbreviations, document-defined abbreviations, fuzzy, assertion status,
credentials). The fuzzy cost is the difference
with fuzzy switched off; the fuzzy matcher remembers each word's answer and this corpus
repeats its words, so the cost with every word new to it is measured too. The spaCy
tokenizer alone (``nlp.make_doc``) is the floor: the component's contract is spans over
spaCy tokens; a second floor adds making the Mentions alone (as many as find_mentions
returns for each document, with no matching at all), the least any matcher that
returns resumematch's Mentions could cost. Then the vocabulary is grown to 20,000 terms
(synthetic pseudo-word tools and skills) to see how throughput scales. Passes
alternate between the contenders (one pass of each, then again), so that load from
elsewhere on a shared machine falls on all of them alike.

The same comparison runs on the real resumes of ``../shared/fixtures/real-world/resumes``
(their text as the fast PDF engine extracts it; skipped when the folder is absent):
issue #23 item 5 asks for matching at least as fast as flashtext on both.

``--stages`` prints where ``find_mentions``' time goes instead, step by step, on both;
``--against-commit b55fe56[,COMMIT...]`` compares ``find_terms`` on the bundled one-page resume
with each commit's code and vocabulary (issue #18 item 5: within 1.25x of b55fe56).

Run: python benchmarks/matching_speed.py [--docs 300] [--real-only | --stages | --against-commit COMMIT[,COMMIT]]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import EXAMPLES, FIXTURES, interleaved_medians

from resumematch import default_vocabulary, load_vocabulary
from resumematch.extract import extract, extract_text
from resumematch.match.pipeline import build_pipeline, find_mentions
from resumematch.match.vocabulary import Vocabulary, surface_forms
from resumematch.models import Document, Mention

REAL_RESUMES = FIXTURES / "real-world" / "resumes"

FILLER = [
    "worked",
    "with",
    "physicians",
    "families",
    "and",
    "staff",
    "on",
    "a",
    "busy",
    "unit",
    "kept",
    "records",
    "accurate",
    "in",
    "a",
    "fast",
    "paced",
    "environment",
    "handled",
    "a",
    "caseload",
    "of",
    "patients",
    "per",
    "shift",
    "known",
    "for",
    "calm",
    "work",
    "under",
    "pressure",
    "the",
    "team",
    "improved",
    "wait",
    "times",
    "across",
    "three",
    "clinics",
    "and",
    "reported",
    "weekly",
    "to",
    "the",
    "director",
    "of",
    "operations",
]
TRAPS = [
    "no experience with Epic",
    "familiar with REDCap",
    "pursuing CCRC, expected May 2027",
    "BLS (AHA), exp. 06/2026",
    "Phlebotamy",
    "HIPPA",
    "scheduled patients",
    "verified insurance",
    "Electronic Health Records (EHR)",
    "EHR",
    "BLS/ACLS",
    "an epic journey",
    "RNA sequencing",
]


FULL = "resumematch find_mentions (all on)"
TOKENIZER = "floor: spaCy tokenizer alone (nlp.make_doc)"
NO_PATTERNS = "resumematch without token patterns"
CONTRACT = "floor: tokenizer + making the Mentions (no matching)"
FLASHTEXT = "flashtext (exact, case-insensitive)"
AHOCORASICK = "pyahocorasick + word boundaries"


def corpus(vocab: Vocabulary, n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    forms = [f for t in vocab for f, _ in surface_forms(t)]
    docs = []
    for _ in range(n):
        lines, words = [], 0
        while words < 600:
            parts = [rng.choice(FILLER) for _ in range(rng.randint(6, 14))]
            for _ in range(rng.randint(0, 2)):
                form = rng.choice(forms)
                parts.insert(rng.randrange(len(parts) + 1), form.lower() if rng.random() < 0.3 else form)
            if rng.random() < 0.3:
                parts.insert(rng.randrange(len(parts) + 1), rng.choice(TRAPS))
            line = " ".join(parts)
            words += len(line.split())
            lines.append(("- " if rng.random() < 0.5 else "") + line[0].upper() + line[1:] + ".")
        docs.append("\n".join(lines))
    return docs


def interleaved_ms(runners: dict[str, Callable[[str], object]], docs: list[str], repeat: int = 7) -> dict[str, float]:
    """Median milliseconds per document of each runner, passes taken in turns (one of each, then again)."""

    def one_pass(run: Callable[[str], object]) -> Callable[[], object]:
        def measured() -> None:
            # Each result is dropped before the next document, as a caller that uses it
            # and goes on would: kept for the whole pass, 300 Docs (or result lists) would
            # make every runner pay for memory that no caller holds.
            for doc in docs:
                run(doc)

        return measured

    medians = interleaved_medians([one_pass(run) for run in runners.values()], repeat=repeat)
    return {name: seconds / len(docs) * 1000 for name, seconds in zip(runners, medians, strict=True)}


def resumematch_runner(vocab: Vocabulary, docs: list[str], *, fuzzy: bool = True) -> Callable[[str], object]:
    nlp = build_pipeline(vocab)
    matcher = nlp.get_pipe("resumematch_terms")
    matcher.fuzzy_enabled = fuzzy  # type: ignore[attr-defined]
    matcher._ready = False  # type: ignore[attr-defined]
    documents = {text: extract_text(text, source="<bench>") for text in docs}  # extraction is not timed
    nlp(docs[0])  # compile
    return lambda text: find_mentions(documents[text], vocab)


def fuzzy_new_word_cost(vocab: Vocabulary, docs: list[str], *, repeat: int = 7) -> float:
    """Extra ms per document when every word is new to the fuzzy matcher.

    The matcher remembers each word's answer, and this corpus repeats its words, so the
    table's fuzzy cost is mostly answers from memory. Here passes with the answers
    forgotten before each document alternate with passes that find them all remembered
    (after an untimed pass that remembers them), on the same pipeline.
    """
    nlp = build_pipeline(vocab)
    nlp(docs[0])  # compile
    answers = nlp.get_pipe("resumematch_terms").search._fuzzy._answers  # type: ignore[attr-defined]
    documents = [extract_text(text, source="<bench>") for text in docs]
    new: list[float] = []
    remembered: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        for document in documents:
            answers.clear()
            find_mentions(document, vocab)
        new.append(time.perf_counter() - start)
        for document in documents:
            find_mentions(document, vocab)
        start = time.perf_counter()
        for document in documents:
            find_mentions(document, vocab)
        remembered.append(time.perf_counter() - start)
    return (statistics.median(new) - statistics.median(remembered)) / len(documents) * 1000


def flashtext_runner(vocab: Vocabulary) -> Callable[[str], object] | None:
    try:
        from flashtext import KeywordProcessor
    except ImportError:
        return None
    processor = KeywordProcessor(case_sensitive=False)
    for term in vocab:
        for form, _ in surface_forms(term):
            processor.add_keyword(form, term.id)
    return processor.extract_keywords


def ahocorasick_runner(vocab: Vocabulary) -> Callable[[str], object] | None:
    try:
        import ahocorasick
    except ImportError:
        return None
    automaton = ahocorasick.Automaton()
    for term in vocab:
        for form, _ in surface_forms(term):
            automaton.add_word(form.lower(), (term.id, len(form)))
    automaton.make_automaton()

    def run(text: str) -> list[str]:
        lower = text.lower()
        found = []
        for end, (term_id, length) in automaton.iter(lower):
            start = end - length + 1
            if (start == 0 or not lower[start - 1].isalnum()) and (
                end + 1 == len(lower) or not lower[end + 1].isalnum()
            ):
                found.append(term_id)
        return found

    return run


def regex_runner(vocab: Vocabulary) -> Callable[[str], object]:
    """The naive approach: one case-insensitive alternation of every form, with word boundaries."""
    forms = {form.lower(): term.id for term in vocab for form, _ in surface_forms(term)}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

    def run(text: str) -> list[str]:
        return [forms[m.group(0).lower()] for m in pattern.finditer(text) if m.group(0).lower() in forms]

    return run


def astuple_of(mention: Mention) -> tuple[object, ...]:
    """A Mention's field values in order (``dataclasses.astuple`` copies deeply, which is slower)."""
    return tuple(mention.__dict__.values())


def without_patterns(vocab: Vocabulary) -> Vocabulary:
    """The same terms without their token patterns: what matching cost before patterns."""
    terms = tuple(dataclasses.replace(term, patterns=()) for term in vocab)
    return Vocabulary(roles=vocab.roles, terms=terms, ambiguous=vocab.ambiguous)


def grown_vocabulary(base: Vocabulary, size: int, folder: Path) -> Vocabulary:
    rng = random.Random(11)
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qu", "bri", "dra", "flo", "gri", "pla", "xen"]
    seen = {f.lower() for t in base for f, _ in surface_forms(t)}
    terms = []
    while len(terms) + len(base) < size:
        words = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(1, 3))]
        name = " ".join(words)
        if name in seen:
            continue
        seen.add(name)
        category = rng.choice(["tool", "hard_skill", "duty"])
        terms.append(
            {
                "id": f"synthetic-{len(terms)}",
                "name": name.title() if category == "tool" else name,
                "category": category,
            }
        )
    path = folder / "synthetic.json"
    path.write_text(json.dumps({"schema": 1, "role": "synthetic", "terms": terms}), "utf-8")
    return load_vocabulary(*base.sources, path)


def real_resumes(vocab: Vocabulary, *, repeat: int = 9) -> None:
    """resumematch, the tokenizer alone and flashtext on the real resumes' extracted text, in turns."""
    paths = sorted(REAL_RESUMES.rglob("*.pdf"))
    if not paths:
        print(f"\nreal resumes: none in {REAL_RESUMES}, skipped")
        return
    documents: dict[str, Document] = {}
    for path in paths:
        document = extract(path, engine="pypdfium2")
        documents[document.text] = document
    texts = list(documents)
    nlp = build_pipeline(vocab)
    for document in documents.values():  # compile, and the fuzzy matcher's answers, as in the generated case
        find_mentions(document, vocab)
    runners: dict[str, Callable[[str], object] | None] = {
        FULL: lambda text: find_mentions(documents[text], vocab),
        TOKENIZER: nlp.make_doc,
        FLASHTEXT: flashtext_runner(vocab),
    }
    measured = interleaved_ms({name: run for name, run in runners.items() if run is not None}, texts, repeat=repeat)
    words = statistics.mean(len(re.findall(r"\S+", t)) for t in texts)
    print(f"\nreal resumes: {len(texts)} PDFs of {REAL_RESUMES}, {words:.0f} words each on average")
    print(f"{'':58}{'ms/doc':>9}{'vs resumematch':>16}")
    for name, ms in measured.items():
        print(f"{name:58}{ms:>9.3f}{ms / measured[FULL]:>15.2f}x")
    flash = measured.get(FLASHTEXT)
    if flash:
        print(f"real resumes, throughput vs flashtext: {flash / measured[FULL]:.2f}x (goal >= 1x)")


STAGES = (
    # (module, attribute, name): the steps of find_mentions, each timed where it is called.
    ("resumematch.match.tokenizer", "ResumeTokenizer.__call__", "spaCy tokenizer (resumematch's)"),
    ("resumematch.match.term_search", "read_tokens", "reading the Doc's arrays"),
    ("resumematch.match.term_search", "TermSearch._exact", "phrases and abbreviations (trie walk, evidence)"),
    ("resumematch.match.term_search", "TermSearch._wrapped", "phrases wrapped over a line break"),
    ("resumematch.match.term_search", "find_definitions", "abbreviations the document defines: finding"),
    ("resumematch.match.term_search", "apply_definitions", "abbreviations the document defines: applying"),
    ("resumematch.match.term_search", "TermSearch._near_misses", "fuzzy near-misses"),
    ("resumematch.match.term_search", "longest_first", "overlaps (longest first)"),
    ("resumematch.match.degree_terms", "DegreeTerms.join", "degree grammar (with crediting)"),
    ("resumematch.match.degree_terms", "read_degrees", "  of which read_degrees"),
    ("resumematch.match.patterns", "PatternMatcher.matches", "token patterns"),
    ("resumematch.match.term_search", "merge_pattern_matches", "merging pattern matches"),
    ("resumematch.match.assertion", "AssertionDetector.statuses_from_arrays", "assertion status"),
    ("resumematch.match.people", "PeopleDetector.apply", "people check"),
    ("resumematch.match.keyword_lists", "ListEchoes.apply", "keyword lists read as the body reads them"),
    ("resumematch.match.term_search", "credential_attributes", "credential issuer and dates"),
    ("resumematch.match.term_search", "TermSearch.rows", "the term search in all"),
    ("resumematch.match.component", "TermMatcher.__call__", "the component in all (rows, Spans)"),
    ("resumematch.match.pipeline", "mentions_from_matches", "making the Mentions"),
)


def stage_times(vocab: Vocabulary, documents: list[Document], *, repeat: int = 5) -> dict[str, float]:
    """Milliseconds per document in each step of ``find_mentions`` (:data:`STAGES`).

    Each step is wrapped in a timer where it is looked up (the module attribute or the
    class method), so the figures are those steps' own time plus a timer call each
    (about a microsecond per call); "find_mentions" is the whole call, timed the same way.
    """
    import importlib

    totals = dict.fromkeys([name for _, _, name in STAGES] + ["find_mentions"], 0.0)
    originals: list[tuple[object, str, object]] = []

    def timed(func: Callable[..., object], name: str) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                totals[name] += time.process_time() - start

        return run

    for module_name, attribute, name in STAGES:
        owner: object = importlib.import_module(module_name)
        *path, last = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        originals.append((owner, last, getattr(owner, last)))
        setattr(owner, last, timed(getattr(owner, last), name))
    try:
        for document in documents:  # compiled, the caches warm, as in the other tables
            find_mentions(document, vocab)
        for name in totals:
            totals[name] = 0.0
        whole = timed(find_mentions, "find_mentions")
        for _ in range(repeat):
            for document in documents:
                whole(document, vocab)
    finally:
        for owner, last, original in reversed(originals):
            setattr(owner, last, original)
    return {name: seconds / (repeat * len(documents)) * 1000 for name, seconds in totals.items()}


def print_stages(vocab: Vocabulary, docs: list[str]) -> None:
    """Where ``find_mentions``' time goes, on the generated corpus and on the real resumes."""
    corpora = {"generated": [extract_text(text, source="<bench>") for text in docs]}
    paths = sorted(REAL_RESUMES.rglob("*.pdf"))
    if paths:
        corpora["real"] = [extract(path, engine="pypdfium2") for path in paths]
    measured = {name: stage_times(vocab, documents) for name, documents in corpora.items()}
    print(f"\nfind_mentions by step, CPU ms per document (share of find_mentions); corpora: {', '.join(corpora)}")
    for step in ["find_mentions", *[name for _, _, name in STAGES]]:
        cells = "".join(
            f"{times[step]:>9.3f} ({times[step] / times['find_mentions']:>4.0%})" for times in measured.values()
        )
        print(f"{step:52}{cells}")


_TERMS_CHILD = """
import statistics, sys, time
import catalogue  # the installed resumematch's entry points would register its factories, not this checkout's
_all = catalogue.AVAILABLE_ENTRY_POINTS
class _Filtered:
    def select(self, group):
        found = _all.select(group=group) if hasattr(_all, "select") else _all.get(group, [])
        return [ep for ep in found if "resumematch" not in ep.value]
catalogue.AVAILABLE_ENTRY_POINTS = _Filtered()
import resumematch
text, vocab_path = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
vocab = resumematch.load_vocabulary(vocab_path) if vocab_path else resumematch.default_vocabulary()
document = resumematch.extract_text(text)
for _ in range(20):
    mentions = resumematch.find_terms(document, vocab=vocab)[1]
runs = []
for _ in range(7):
    start = time.process_time()
    for _ in range(50):
        resumematch.find_terms(document, vocab=vocab)
    runs.append((time.process_time() - start) / 50 * 1000)
print(statistics.median(runs), len(mentions))
"""


def terms_cost(commits: list[str], rounds: int = 5) -> None:
    """Issue #18 item 5: ``find_terms`` on the bundled one-page resume, this checkout against ``commits``.

    Each commit's ``src`` and ``vocab`` (its own code and vocabulary: the cost before the
    accuracy work) are unpacked with ``git archive``; each side runs in its own process,
    the sides in turns, CPU time per call (median of 7 x 50 calls after 20 warm ones).
    """
    import os
    import subprocess

    from _common import ROOT

    resume = EXAMPLES / "resumes" / "strong-fit-rn.txt"
    with tempfile.TemporaryDirectory() as folder:
        sides: dict[str, tuple[Path, str]] = {}
        for commit in commits:
            archive = subprocess.run(
                ["git", "archive", commit, "src", "vocab"], cwd=ROOT, capture_output=True, check=True
            )
            unpacked = Path(folder) / commit
            unpacked.mkdir()
            subprocess.run(["tar", "-x", "-C", str(unpacked)], input=archive.stdout, check=True)
            sides[commit] = (unpacked / "src", str(unpacked / "vocab" / "clinical-coordinator.json"))
        sides["this checkout"] = (ROOT / "src", "")
        times: dict[str, list[float]] = {name: [] for name in sides}
        mentions: dict[str, str] = {}
        for _ in range(rounds):
            for name, (source, vocab_path) in sides.items():
                env = {**os.environ, "PYTHONPATH": str(source)}
                out = subprocess.run(
                    [sys.executable, "-c", _TERMS_CHILD, str(resume), vocab_path],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                ms, count = out.stdout.split()
                times[name].append(float(ms))
                mentions[name] = count
    print(f"find_terms on {resume.name}, CPU ms per call, {rounds} rounds in alternating processes")
    for name, runs in times.items():
        print(
            f"  {name:14} {', '.join(f'{t:.2f}' for t in runs)}  median {statistics.median(runs):.3f} "
            f"({mentions[name]} mentions)"
        )
    for commit in commits:
        ratio = statistics.median(times["this checkout"]) / statistics.median(times[commit])
        goal = " (issue #18 item 5 goal: <= 1.25x)" if commit == commits[0] else ""
        print(f"  this checkout / {commit}: {ratio:.2f}x{goal}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--real-only", action="store_true", help="measure the real resumes only")
    parser.add_argument("--stages", action="store_true", help="only the time of each step of find_mentions")
    parser.add_argument(
        "--against-commit",
        metavar="COMMIT[,COMMIT...]",
        help="only find_terms' cost against each COMMIT (b55fe56 first: issue #18 item 5)",
    )
    args = parser.parse_args()
    if args.against_commit:
        terms_cost(args.against_commit.split(","))
        return
    vocab = default_vocabulary()
    if args.real_only:
        real_resumes(vocab)
        return
    if args.stages:
        print_stages(vocab, corpus(vocab, args.docs))
        return
    docs = corpus(vocab, args.docs)
    words = statistics.mean(len(re.findall(r"\S+", d)) for d in docs)
    print(
        f"corpus: {len(docs)} generated resumes, {words:.0f} words each on average; vocabulary: {len(vocab)} terms; "
        f"python {sys.version.split()[0]}"
    )
    nlp = build_pipeline(vocab)
    found = {text: [astuple_of(m) for m in find_mentions(extract_text(text, source="<bench>"), vocab)] for text in docs}
    mentions_per_doc = statistics.mean(len(v) for v in found.values())

    def tokens_and_mentions(text: str) -> object:
        nlp.make_doc(text)
        return [Mention(*values) for values in found[text]]

    # A second Vocabulary object gets a pipeline of its own, so switching fuzzy off there
    # leaves the first one as it is.
    runners: dict[str, Callable[[str], object] | None] = {
        FULL: resumematch_runner(vocab, docs),
        "resumematch without fuzzy": resumematch_runner(load_vocabulary(*vocab.sources), docs, fuzzy=False),
        NO_PATTERNS: resumematch_runner(without_patterns(vocab), docs),
        TOKENIZER: nlp.make_doc,
        CONTRACT: tokens_and_mentions,
        FLASHTEXT: flashtext_runner(vocab),
        AHOCORASICK: ahocorasick_runner(vocab),
        "naive regex alternation (re, IGNORECASE)": regex_runner(vocab),
    }
    with tempfile.TemporaryDirectory() as folder:
        big = grown_vocabulary(vocab, 20_000, Path(folder))
        start = time.perf_counter()
        big_runner = resumematch_runner(big, docs)
        build = time.perf_counter() - start
        big_name = f"resumematch, {len(big)}-term vocabulary (build {build:.1f} s)"
        runners[big_name] = big_runner
        runners[f"flashtext, {len(big)}-term vocabulary"] = flashtext_runner(big)
        measured = interleaved_ms({name: run for name, run in runners.items() if run is not None}, docs)
    rows = list(measured.items())
    full, big_ms = measured[FULL], measured[big_name]
    no_fuzzy = measured["resumematch without fuzzy"]
    print(f"\n{'':58}{'ms/doc':>9}{'vs resumematch':>16}")
    for name, ms in rows:
        print(f"{name:58}{ms:>9.3f}{ms / full:>15.2f}x")
    flash, aho = measured.get(FLASHTEXT), measured.get(AHOCORASICK)
    print(f"\nfuzzy cost: {full - no_fuzzy:.3f} ms/doc")
    print(f"token patterns cost: {full - measured[NO_PATTERNS]:.3f} ms/doc ({full / measured[NO_PATTERNS]:.2f}x)")
    new_words = fuzzy_new_word_cost(vocab, docs)
    print(f"fuzzy cost with every word new to it: {full - no_fuzzy + new_words:.3f} ms/doc (+{new_words:.3f})")
    if flash:
        print(f"throughput vs flashtext: {flash / full:.2f}x (issue #23 goal >= 1x; issue 7's 2x judged blocked)")
    if aho:
        print(f"slowdown vs pyahocorasick: {full / aho:.1f}x (goal <= 5x)")
    print(f"slowdown at 20,000 terms: {big_ms / full:.2f}x (goal < 2x)")
    floor = measured[TOKENIZER]
    print(f"tokenizer share of find_mentions: {floor / full:.0%}; matching after it: {full - floor:.3f} ms/doc")
    contract = measured[CONTRACT]
    print(f"mentions per document: {mentions_per_doc:.0f}")
    if flash:
        print(f"tokenizer alone vs flashtext: {flash / floor:.2f}x throughput")
        print(
            f"tokenizer + Mentions, no matching, vs flashtext: {flash / contract:.2f}x throughput; the 2x goal "
            f"leaves {flash / 2 - contract:.3f} ms per document for all the matching"
        )
    real_resumes(vocab)


if __name__ == "__main__":
    main()
