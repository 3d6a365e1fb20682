"""benchmarks/label_agreement.py: two labellers of the same resumes scored against each other.

The small folders differ in known ways, so every figure below is counted by hand; the real
pair (fresh21's first labels and their second labels) checks only what holds whatever the
labels say, and never prints an evidence string.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import AGREEMENT, MEASURED_ONLY, PROBES, ROOT, probe_texts, texts_in

sys.path.insert(0, str(ROOT / "benchmarks"))
import label_agreement as la
from accuracy import evaluate

from resumematch.match.vocabulary import default_vocabulary

VOCAB = default_vocabulary()
SECRET = "EVIDENCE-NOT-TO-PRINT"


def entries(*terms: str) -> list[dict[str, str]]:
    return [{"term": term, "evidence": f"{SECRET} {term}"} for term in terms]


def write(folder: Path, stem: str, **lists: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    labels: dict[str, object] = {"file": f"{stem}.txt", "profile": {}}
    labels |= {name: entries(*lists.get(name, [])) for name in la.LISTS}
    (folder / f"{stem}.json").write_text(json.dumps(labels), "utf-8")


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """A and B differ in: data-entry (A expects, B optional), leadership (A optional, B expects),
    patient-intake (A trap, B expects), acls (A negated only), spanish (B only), bsn (B negated only).
    Broader terms count on both sides: bls holds life-support-certification, ms-excel ms-office."""
    a, b = tmp_path / "a", tmp_path / "b"
    write(
        a,
        "r1",
        expected=["bls", "data-entry", "teamwork"],
        negated=["acls"],
        traps=["patient-intake"],
        optional=["leadership"],
    )
    write(b, "r1", expected=["bls", "teamwork", "leadership", "patient-intake"], optional=["data-entry"])
    write(a, "r2", expected=["ms-excel"])
    write(b, "r2", expected=["ms-excel", "spanish"], negated=["bsn"])
    (a / "r1.txt").write_text("Skills\nTeamwork, data entry.\nCertifications\nBLS, AHA\n", "utf-8")
    (a / "r2.txt").write_text("Skills\nMicrosoft Excel\n", "utf-8")
    return a, b


def totals(tally: object) -> tuple[int, int, int, int, int, int, int]:
    tp, fp, fn = (sum(getattr(tally, name).values()) for name in ("tp", "fp", "fn"))
    return tp, fn, fp, tally.negated_held, tally.negated, tally.trap_hits, tally.traps  # type: ignore[attr-defined]


def test_each_labeller_scored_as_a_system_against_the_other(pair: tuple[Path, Path]) -> None:
    side_a, side_b = la.load_pairs(VOCAB, [pair])
    empty = la.placeholders(side_a)
    b_vs_a = evaluate(side_a, empty, la.labeller_system(side_b), VOCAB)[0]
    a_vs_b = evaluate(side_b, empty, la.labeller_system(side_a), VOCAB)[0]
    # B against A: 5 of A's 6 (data-entry missed); false: patient-intake, spanish (leadership: A's optional).
    assert totals(b_vs_a) == (5, 1, 2, 0, 1, 1, 1)
    # A against B: 5 of B's 8; data-entry is B's optional, so A has no false hit; bsn is B's negated.
    assert totals(a_vs_b) == (5, 3, 0, 0, 1, 0, 0)
    assert b_vs_a.fn == {"hard_skill": 1} and b_vs_a.fp == {"duty": 1, "hard_skill": 1}


def test_the_consensus_expects_what_both_expect_and_excuses_what_either_credits(pair: tuple[Path, Path]) -> None:
    side_a, side_b = la.load_pairs(VOCAB, [pair])
    r1, r2 = la.consensus(side_a, side_b)
    assert r1.expected == {"bls", "life-support-certification", "teamwork"}
    assert r1.optional == {"data-entry", "leadership", "patient-intake"}
    assert r1.negated == r1.traps == frozenset()
    assert r2.expected == {"ms-excel", "ms-office"} and r2.optional == {"spanish"}
    # B read as a system against the consensus: all five agreed terms, and nothing false.
    tally = evaluate([r1, r2], la.placeholders(side_a), la.labeller_system(side_b), VOCAB)[0]
    assert totals(tally)[:3] == (5, 0, 0)


def test_disagreements_by_kind_and_list(pair: tuple[Path, Path]) -> None:
    found = la.disagreements(*la.load_pairs(VOCAB, [pair]), VOCAB)
    assert found == {
        ("hard_skill", "expected", "optional"): 1,
        ("soft_skill", "optional", "expected"): 1,
        ("duty", "traps", "expected"): 1,
        ("certification", "negated", "absent"): 1,
        ("hard_skill", "absent", "expected"): 1,
        ("education", "absent", "negated"): 1,
    }


def test_the_report_prints_figures_and_classes_but_no_evidence(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert la.main([str(pair[0]), str(pair[1]), "--classes"]) == 0
    out = capsys.readouterr().out
    assert SECRET not in out
    assert "2 resumes; expected terms (with the broader terms they imply): A 6, B 8, both 5" in out
    all_rows = [line.split() for line in out.splitlines() if line.startswith("ALL")]
    assert all_rows[0] == ["ALL", "0.833", "0.714", "6", "0.625", "1.000", "8"]
    # resumematch finds the plainly written terms; against the consensus every agreed term is found.
    consensus_recall = all_rows[1][7]
    assert consensus_recall == "1.000"
    assert "disagreements: 6 terms in different lists" in out
    assert re.search(r"^hard_skill\s+1\s+1\s+0$", out, re.M)


def test_pairs_must_label_the_same_resumes(pair: tuple[Path, Path]) -> None:
    (pair[1] / "r2.json").unlink()
    with pytest.raises(ValueError, match="label different resumes"):
        la.load_pairs(VOCAB, [pair])


def test_no_test_reads_the_second_labels_as_a_corpus() -> None:
    assert {"fresh21", "fresh23"} <= MEASURED_ONLY
    with pytest.raises(ValueError, match="not a corpus"):
        texts_in(AGREEMENT / "fresh21")
    assert len(probe_texts()) == len(probe_texts(MEASURED_ONLY | {"fresh21", "fresh23"}))


REAL_A, REAL_B = PROBES / "fresh21", AGREEMENT / "fresh21"


@pytest.mark.skipif(
    not (REAL_A.is_dir() and REAL_B.is_dir()), reason="fresh21's first or second labels are absent from this checkout"
)
def test_the_real_pair_counts_one_agreement_from_both_sides(capsys: pytest.CaptureFixture[str]) -> None:
    """Labels only (no document is read): the terms both expect are the hits of either side, and
    no evidence of a validation set is printed."""
    side_a, side_b = la.load_pairs(VOCAB, [(REAL_A, REAL_B)])
    empty = la.placeholders(side_a)
    b_vs_a = evaluate(side_a, empty, la.labeller_system(side_b), VOCAB)[0]
    a_vs_b = evaluate(side_b, empty, la.labeller_system(side_a), VOCAB)[0]
    both = sum(len(a.expected & b.expected) for a, b in zip(side_a, side_b, strict=True))
    assert sum(b_vs_a.tp.values()) == sum(a_vs_b.tp.values()) == both > 0
    assert la.main([str(REAL_A), str(REAL_B), "--labels-only", "--classes"]) == 0
    out = capsys.readouterr().out
    evidence = {
        entry["evidence"]
        for folder in (REAL_A, REAL_B)
        for path in folder.glob("*.json")
        for name in la.LISTS
        for entry in json.loads(path.read_text("utf-8"))[name]
    }
    assert not [text for text in evidence if len(text) > 12 and text in out]
    assert "resumematch" not in out
