"""benchmarks/grade_agreement.py: how far two graders agree, on grade folders whose figures
were worked out by hand, and on the project's second grades of two validation posting sets.

The second grades (``benchmarks/data/agreement/``) are a measurement, not a corpus: no test
reads their folder's texts (it holds none), and the first grades of those sets
(``grades23``/``grades24``, measurement-only in ``conftest.MEASURED_ONLY``) are not read here.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, MEASURED_ONLY, PROBES, ROOT, texts_in

SCRIPT = ROOT / "benchmarks" / "grade_agreement.py"
AGREEMENT = ROOT / "benchmarks" / "data" / "agreement"
RESUMES = FIXTURES / "real-world" / "resumes"

# Posting p1, resumes r1..r7: A = 2 1 0 0 1 0 0, B = 2 0 0 1 1 0 0.
#   exact 5/7; linear-weighted kappa: observed 6/7, chance 31/49 (both marginals 4/2/1 of 7), so 11/18;
#   pairs A orders strictly: 14, B agrees on 6 (r1 first) + 1.5 (r2 ties r3, r6, r7) + 3.5 (r5 over the
#   three, tie with r4) = 11, so 11/14;
#   ranking by B, judged by A (gains 3 1 0 0 1 0 0): tie groups {r1} {r4 r5} {r2 r3 r6 r7} get mean gains
#   3, 0.5, 0.25 per place; the top five holds r1, both of {r4 r5} (one A-zero) and two places of a group
#   whose A-zero share is 3/4: 0 + 1 + 1.5 = 2.5 grade-0 resumes.
# Posting p2: every resume 0 by both: kappa undefined (n/a), exact 1, no ordered pair (1.0), no gain (1.0),
#   five grade-0 resumes in any top five.
A_P1 = [2, 1, 0, 0, 1, 0, 0]
B_P1 = [2, 0, 0, 1, 1, 0, 0]
DCG_B = 3 + 0.5 / math.log2(3) + 0.5 / 2 + sum(0.25 / math.log2(i) for i in (5, 6, 7, 8))
IDEAL = 3 + 1 / math.log2(3) + 1 / 2


def write_grades(folder: Path, grades: dict[str, list[int]]) -> Path:
    folder.mkdir(parents=True)
    for stem, values in grades.items():
        entry = {"posting": stem, "rationale": "test", "grades": {f"r{i + 1}": g for i, g in enumerate(values)}}
        (folder / f"{stem}.json").write_text(json.dumps(entry), "utf-8")
    return folder


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )


def figures(a: Path, b: Path) -> dict[str, object]:
    result = run("--json", "--a", a, "--b", b)
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


@pytest.fixture
def graders(tmp_path: Path) -> tuple[Path, Path]:
    a = write_grades(tmp_path / "a", {"p1": A_P1, "p2": [0] * 7})
    b = write_grades(tmp_path / "b", {"p1": B_P1, "p2": [0] * 7})
    return a, b


def test_one_postings_agreement_is_the_hand_worked_figures(graders: tuple[Path, Path]) -> None:
    p1 = figures(*graders)["postings"]["p1"]  # type: ignore[index]
    assert p1["exact"] == pytest.approx(5 / 7)
    assert p1["kappa"] == pytest.approx(11 / 18)
    assert p1["pairwise"] == pytest.approx(11 / 14)
    assert p1["b_ndcg"] == pytest.approx(DCG_B / IDEAL)
    assert p1["b_pairwise"] == pytest.approx(11 / 14)
    assert p1["b_zeros"] == pytest.approx(2.5)


def test_the_reverse_ranks_by_a_and_judges_by_b(graders: tuple[Path, Path]) -> None:
    # By A: groups {r1} {r2 r5} {r3 r4 r6 r7}; B's gains 3, mean(0, 1), mean(0, 1, 0, 0): the same DCG;
    # B-zeros in the top five: 0 + 2 * 1/2 + 2 * 3/4 = 2.5.
    p1 = figures(*graders)["postings"]["p1"]  # type: ignore[index]
    assert p1["a_ndcg"] == pytest.approx(DCG_B / IDEAL)
    assert p1["a_pairwise"] == pytest.approx(11 / 14)
    assert p1["a_zeros"] == pytest.approx(2.5)


def test_a_posting_graded_all_zero_has_no_kappa_and_the_means_skip_it(graders: tuple[Path, Path]) -> None:
    result = figures(*graders)
    p2 = result["postings"]["p2"]  # type: ignore[index]
    assert p2["kappa"] is None
    assert (p2["exact"], p2["pairwise"], p2["b_ndcg"], p2["b_zeros"]) == (1.0, 1.0, 1.0, 5.0)
    mean = result["mean"]
    assert mean["kappa"] == pytest.approx(11 / 18)  # type: ignore[index]
    assert mean["exact"] == pytest.approx(6 / 7)  # type: ignore[index]
    assert mean["b_zeros"] == pytest.approx(3.75)  # type: ignore[index]
    # Pooled over 14 posting-resume pairs: marginals 11/2/1 each, observed 13/14, chance 150/196.
    assert result["pooled_kappa"] == pytest.approx(16 / 23)
    assert result["pooled_exact"] == pytest.approx(6 / 7)
    # Summed as ranking.py sums them: 2.5 + 5; forced: p1 has three resumes graded 1-2 (two places), p2 none.
    assert result["zeros_summed"] == {"b_ranks": pytest.approx(7.5), "a_ranks": pytest.approx(7.5)}
    assert result["zeros_forced"] == {"by_a": 7, "by_b": 7}


def test_the_table_prints_na_for_an_undefined_kappa(graders: tuple[Path, Path]) -> None:
    result = run("--a", graders[0], "--b", graders[1])
    assert result.returncode == 0, result.stderr
    p2 = next(line for line in result.stdout.splitlines() if line.startswith("p2 "))
    assert re.search(r"1\.000\s+n/a\s+1\.000", p2)


def test_folders_that_grade_different_postings_are_refused(tmp_path: Path) -> None:
    a = write_grades(tmp_path / "a", {"p1": A_P1})
    b = write_grades(tmp_path / "b", {"p9": B_P1})
    result = run("--a", a, "--b", b)
    assert result.returncode != 0
    assert "only A ['p1'], only B ['p9']" in result.stderr


def test_the_second_grades_grade_every_dev_resume_against_every_posting_of_their_set() -> None:
    if not RESUMES.is_dir():
        pytest.skip(f"{RESUMES} is absent (../shared is only on CI and dev machines)")
    folders = [AGREEMENT / "grades23", AGREEMENT / "grades24"]
    if not all(f.is_dir() for f in folders):
        pytest.skip("benchmarks/data/agreement/grades23 and grades24 are absent")
    resumes = {p.stem for p in RESUMES.glob("*/*.pdf")}
    for folder in folders:
        postings = PROBES / folder.name.replace("grades", "postings")
        stems = {p.stem for p in postings.iterdir()}  # file names only: the postings are measurement-only
        graded = {p.stem: json.loads(p.read_text("utf-8")) for p in folder.glob("*.json")}
        assert set(graded) == stems
        for stem, entry in graded.items():
            assert entry["posting"] == stem and entry["rationale"]
            assert set(entry["grades"]) == resumes and set(entry["grades"].values()) <= {0, 1, 2}
    # A grader agrees with itself: the agreement and the ceiling figures are all 1.
    mean = figures(folders[0], folders[0])["mean"]
    assert {mean[k] for k in ("exact", "kappa", "pairwise", "b_ndcg", "b_pairwise")} == {1.0}  # type: ignore[index]


def test_no_corpus_reader_can_take_the_second_grades_as_texts() -> None:
    # conftest's corpus helpers read .txt/.md files of the probe folders; the agreement folder lies outside
    # them, holds label and grade files and its README only, and texts_in refuses it outright.
    assert AGREEMENT.parent != PROBES and PROBES not in AGREEMENT.parents
    with pytest.raises(ValueError, match="not a corpus"):
        texts_in(AGREEMENT)
    assert {p.suffix for p in AGREEMENT.rglob("*") if p.is_file() and p.name != "README.md"} == {".json"}
    assert {"postings23", "postings24", "grades23", "grades24"} <= MEASURED_ONLY


@pytest.mark.slow
def test_resumematch_against_one_grader_is_ranking_pys_figure(tmp_path: Path) -> None:
    if not RESUMES.is_dir():
        pytest.skip(f"{RESUMES} is absent (../shared is only on CI and dev machines)")
    postings = tmp_path / "postings"
    postings.mkdir()
    (postings / "nurse.txt").write_text(
        "Staff Nurse, Band 5\nRegistered Nurse (Adult) on the NMC register, ward experience, IV therapy.\n", "utf-8"
    )
    stems = sorted(p.stem for p in RESUMES.glob("*/*.pdf"))
    nurses = {"healthcare-23944036": 2, "healthcare-56520872": 2, "healthcare-17960690": 1}
    for name, lapsed in (("a", 1), ("b", 0)):
        folder = tmp_path / name
        folder.mkdir()
        grades = {s: nurses.get(s, 0) for s in stems} | {"healthcare-17960690": lapsed}
        (folder / "nurse.json").write_text(json.dumps({"posting": "nurse", "rationale": "t", "grades": grades}))
    result = run("--json", "--a", tmp_path / "a", "--b", tmp_path / "b", "--postings", postings)
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)["postings"]["nurse"]
    ranking = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "ranking.py"),
            "--postings",
            str(postings),
            "--grades",
            str(tmp_path / "a"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=600,
    )
    line = next(x for x in ranking.stdout.splitlines() if x.startswith("resumematch"))
    ndcg, pairwise = map(float, line.split()[1:3])
    assert (round(row["ndcg_a"], 3), round(row["pairwise_a"], 3)) == (ndcg, pairwise)
    assert all(0.0 <= row[k] <= 1.0 for k in ("ndcg_b", "ndcg_mean", "pairwise_b", "pairwise_mean"))
