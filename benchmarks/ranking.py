"""Ranking quality on real resumes and postings, against a recruiter's grades.

Every resume of ``../shared/fixtures/real-world/resumes/`` is graded against every
healthcare posting of ``../shared/fixtures/real-world/postings/`` (0 unrelated, 1 related
but weaker, 2 strong fit; ``benchmarks/data/real-world/grades/``, rules in that
folder's README). For each posting the pool is ranked by:

* resumematch -- ``resumematch.rank`` over the pool with the pool's term weights
  (``poolweights.pool_weighted``), as ``resumematch rank`` runs it;
* BM25 -- Okapi BM25 (``rank-bm25``) of the posting's words over the resumes' text;
* TF-IDF -- cosine of TF-IDF vectors of the posting and each resume's text;
* vocabulary overlap -- the share of the posting's vocabulary terms (exact lookup of
  names, aliases and abbreviations) that the resume names;

and the metrics are averaged over postings: NDCG@10 (gain 2^grade - 1), pairwise order
accuracy over resume pairs of different grades (a tie counts half), P@5 (share of the
top five graded 1 or 2), and the number of grade-0 resumes in a top five (summed). A
posting with fewer than five resumes graded 1 or 2 must fill its top five with grade-0
ones whatever the ranking: the floor (printed) is the sum of those forced places, and
"above a 1/2" counts only the grade-0 resumes of a top five ranked above a resume graded
1 or 2, the ones a better order would remove.

Run: python benchmarks/ranking.py [--show-postings] [--engines pypdfium2,pdfium-raw]
[--postings DIR --grades DIR]
(``--engines``: resumematch's PDF engines to compare in the same run, one row each;
default the library's default engine. ``--postings``/``--grades``: another set of postings
and their grades of the same resumes, e.g. the probe set ``benchmarks/data/probe/``;
default the dev set.)
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _common import FIXTURES

from resumematch import ResumeMatchError, Vocabulary, analyze, default_vocabulary, extract, rank
from resumematch.batch.pool_weights import pool_weighted
from resumematch.extract import DEFAULT_PDF_ENGINE, PdfEngine

GRADES = Path(__file__).resolve().parent / "data" / "real-world" / "grades"
REAL_WORLD = FIXTURES / "real-world"
WORD = re.compile(r"[a-z][a-z0-9+#-]*")
STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "this",
        "to",
        "we",
        "will",
        "with",
        "you",
        "your",
        "who",
        "all",
        "any",
        "can",
        "may",
        "not",
        "but",
        "more",
        "also",
        "into",
        "its",
    ]
)

Scorer = Callable[[Path, Sequence[Path]], list[float]]


def tokens(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOP]


def resumematch_scores(posting: Path, resumes: Sequence[Path], engine: PdfEngine = DEFAULT_PDF_ENGINE) -> list[float]:
    try:
        profile = analyze(posting)
    except ResumeMatchError:
        return [0.0] * len(resumes)
    rows = pool_weighted(rank(profile, [str(p) for p in resumes], workers=0, engine=engine))
    by_file = {row.file: row.score or 0.0 for row in rows}
    return [by_file.get(str(p), 0.0) for p in resumes]


class TextScorers:
    """BM25, TF-IDF and vocabulary-overlap baselines over the resumes' extracted text."""

    def __init__(self, resumes: Sequence[Path], vocab: Vocabulary) -> None:
        from flashtext import KeywordProcessor  # benchmark dependencies (pip install -e ".[bench]")
        from rank_bm25 import BM25Okapi

        self.texts = {p: extract(p, engine="pypdfium2").text for p in resumes}
        self.tokens = {p: tokens(t) for p, t in self.texts.items()}
        self.bm25 = BM25Okapi([self.tokens[p] for p in resumes])
        self.order = list(resumes)
        df = Counter(w for p in resumes for w in set(self.tokens[p]))
        self.idf = {w: math.log((1 + len(resumes)) / (1 + n)) + 1 for w, n in df.items()}
        self.folded, self.exact = KeywordProcessor(case_sensitive=False), KeywordProcessor(case_sensitive=True)
        for term in vocab:
            for form in (term.name, *term.aliases):
                self.folded.add_keyword(form, term.id)
            for form in term.abbreviations:
                self.exact.add_keyword(form, term.id)

    def _terms(self, text: str) -> set[str]:
        return set(self.folded.extract_keywords(text)) | set(self.exact.extract_keywords(text))

    def _vector(self, words: list[str]) -> dict[str, float]:
        counts = Counter(words)
        vector = {w: (1 + math.log(n)) * self.idf.get(w, 0.0) for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {w: v / norm for w, v in vector.items()}

    def bm25_scores(self, posting: Path, resumes: Sequence[Path]) -> list[float]:
        scores = self.bm25.get_scores(tokens(posting.read_text("utf-8", errors="replace")))
        by_path = dict(zip(self.order, scores, strict=True))
        return [float(by_path[p]) for p in resumes]

    def tfidf_scores(self, posting: Path, resumes: Sequence[Path]) -> list[float]:
        query = self._vector(tokens(posting.read_text("utf-8", errors="replace")))
        results = []
        for p in resumes:
            doc = self._vector(self.tokens[p])
            results.append(sum(v * doc.get(w, 0.0) for w, v in query.items()))
        return results

    def overlap_scores(self, posting: Path, resumes: Sequence[Path]) -> list[float]:
        wanted = self._terms(posting.read_text("utf-8", errors="replace"))
        return [len(wanted & self._terms(self.texts[p])) / max(len(wanted), 1) for p in resumes]


def gain(grade: float) -> float:
    """NDCG's gain of a grade: 2^grade - 1 (0, 1, 3 for grades 0, 1, 2)."""
    return float(2**grade - 1)


def dcg(gains: Sequence[float], k: int = 10) -> float:
    """Discounted cumulative gain of the first ``k`` gains, in rank order."""
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains[:k]))


def ndcg_at(grades_in_order: list[int], all_grades: list[int], k: int = 10) -> float:
    ideal = dcg(sorted((gain(g) for g in all_grades), reverse=True), k)
    return dcg([gain(g) for g in grades_in_order], k) / ideal if ideal else 1.0


def load_grades(folder: Path) -> dict[str, dict[str, Any]]:
    """Each posting's grades file in ``folder`` (``{"posting", "rationale", "grades"}``), by posting stem."""
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))}


def pairwise(scores: Sequence[float], grades: Sequence[float]) -> float:
    right = total = 0.0
    for i in range(len(grades)):
        for j in range(len(grades)):
            if grades[i] > grades[j]:
                total += 1
                right += 1.0 if scores[i] > scores[j] else 0.5 if scores[i] == scores[j] else 0.0
    return right / total if total else 1.0


def metrics(scores: list[float], grades: list[int]) -> tuple[float, float, float, int, int]:
    # Ties are broken by file order, the same for every system.
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    in_order = [grades[i] for i in order]
    top5 = in_order[:5]
    above = sum(1 for at, g in enumerate(top5) if g == 0 and any(later >= 1 for later in in_order[at + 1 :]))
    return (
        ndcg_at(in_order, grades),
        pairwise(scores, grades),
        sum(g >= 1 for g in top5) / 5,
        sum(g == 0 for g in top5),
        above,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-postings", action="store_true", help="print each posting's figures and top five")
    parser.add_argument("--engines", default=DEFAULT_PDF_ENGINE, help="resumematch's PDF engines, comma-separated")
    parser.add_argument("--postings", type=Path, default=None, help="folder of postings (default: the dev postings)")
    parser.add_argument("--grades", type=Path, default=GRADES, help="folder of grades, one JSON per posting stem")
    args = parser.parse_args()
    if not REAL_WORLD.is_dir():
        print(f"skipped: {REAL_WORLD} is absent (the shared fixtures are not checked out beside the project)")
        return 0
    postings_dir: Path = args.postings or REAL_WORLD / "postings"
    graded = load_grades(args.grades)
    if not graded:
        print(f"skipped: no grades in {args.grades}")
        return 0
    resumes = sorted((REAL_WORLD / "resumes").glob("*/*.pdf"))
    engines = args.engines.split(",")
    systems: dict[str, Scorer] = {
        "resumematch" + (f" ({name})" if len(engines) > 1 else ""): functools.partial(resumematch_scores, engine=name)
        for name in engines
    }
    try:
        text = TextScorers(resumes, default_vocabulary())
    except ImportError as error:
        # The test extra has no baselines; resumematch's own figures still stand on their own.
        print(f"baselines skipped: {error.name} is absent (pip install -e '.[bench]')", file=sys.stderr)
    else:
        systems |= {
            "BM25": text.bm25_scores,
            "TF-IDF": text.tfidf_scores,
            "vocabulary overlap": text.overlap_scores,
        }
    totals = {name: [0.0, 0.0, 0.0, 0, 0] for name in systems}
    floor = 0
    for stem, entry in sorted(graded.items()):
        posting = next(postings_dir.glob(f"{stem}.*"))
        grades = [entry["grades"][p.stem] for p in resumes]
        floor += max(0, 5 - sum(g >= 1 for g in grades))
        for name, scorer in systems.items():
            scores = scorer(posting, resumes)
            figures = metrics(scores, grades)
            for index, value in enumerate(figures):
                totals[name][index] += value
            if args.show_postings:
                print(f"{stem} {name}: NDCG@10 {figures[0]:.2f} pairwise {figures[1]:.2f} P@5 {figures[2]:.1f}")
            if args.show_postings and name.startswith("resumematch"):
                top = sorted(range(len(scores)), key=lambda i: -scores[i])[:5]
                print(f"{stem} ({name}): NDCG@10 {figures[0]:.2f} pairwise {figures[1]:.2f} top five:")
                for i in top:
                    print(f"    {grades[i]}  {scores[i]:6.1f}  {resumes[i].stem}")
    n = len(graded)
    print(f"\n{n} graded postings x {len(resumes)} real resumes")
    print(f"grade-0 resumes that must reach a top five (postings with < 5 graded 1-2): {floor}\n")
    print(f"{'':26}{'NDCG@10':>9}{'pairwise':>10}{'P@5':>7}{'grade-0 in top 5':>18}{'above a 1/2':>13}")
    for name, (ndcg, pair, p5, zeros, above) in totals.items():
        print(f"{name:26}{ndcg / n:>9.3f}{pair / n:>10.3f}{p5 / n:>7.3f}{int(zeros):>18}{int(above):>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
