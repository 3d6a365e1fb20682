"""``resumematch rank``: every format, one row per file, resume, blind mode and its id map."""

from __future__ import annotations

import csv
import gc
import io
import json
import warnings
from pathlib import Path

import pytest
from conftest import EXAMPLES
from makers import make_docx, make_pdf

from resumematch.cli import main

JOB = str(EXAMPLES / "jobs" / "clinical-coordinator.txt")
STRONG = "Experience\nRegistered Nurse (RN); staff scheduling; discharge planning\nCertifications\nBLS, ACLS\nBSN"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a-strong.txt").write_text(STRONG, "utf-8")
    (root / "b-middle.pdf").write_bytes(make_pdf(["Skills\nBLS certified; Epic EHR"]))
    (root / "c-weak.docx").write_bytes(make_docx(["Skills", "Microsoft Excel"]))
    (root / "d-broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    return root


def test_table_to_stdout_with_summary_on_stderr(folder: Path) -> None:
    code, out, err = run("rank", str(folder), "--job", JOB, "--workers", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["rank", "score", "required"]
    assert "a-strong.txt" in lines[1] and lines[1].split()[0] == "1"
    assert "CorruptFileError" in lines[-1]
    assert err.strip() == "3 ranked, 1 failed"  # no progress bar: stderr is not a terminal


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_each_format_to_stdout_and_file_has_one_row_per_file(folder: Path, tmp_path: Path, fmt: str) -> None:
    code, out, err = run("rank", str(folder), str(tmp_path / "gone.txt"), "--job", JOB, "-f", fmt, "--workers", "2")
    assert code == 0 and err.strip() == "3 ranked, 2 failed"
    target = tmp_path / f"rows.{fmt}"
    code, _, _ = run(
        "rank", str(folder), str(tmp_path / "gone.txt"), "--job", JOB, "-f", fmt, "-o", str(target), "--workers", "2"
    )
    assert code == 0
    assert target.read_text("utf-8") == out  # streamed-then-ranked file == in-memory ranking
    rows = _rows(target, fmt)
    assert len(rows) == 5
    assert [r["rank"] for r in rows] == [1, 2, 3, None, None]
    assert [Path(r["file"]).name for r in rows[:3]] == ["a-strong.txt", "b-middle.pdf", "c-weak.docx"]
    # Failed rows come last, in path order: .../gone.txt before .../in/d-broken.pdf.
    assert [r["error"]["type"] for r in rows[3:]] == ["InputError", "CorruptFileError"]  # type: ignore[index]


def _rows(path: Path, fmt: str) -> list[dict[str, object]]:
    text = path.read_text("utf-8")
    if fmt == "json":
        return list(json.loads(text))
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    rows = []
    for record in csv.DictReader(io.StringIO(text)):
        rows.append(
            {
                "rank": int(record["rank"]) if record["rank"] else None,
                "file": record["file"],
                "score": float(record["score"]) if record["score"] else None,
                "error": {"type": record["error_type"]} if record["error_type"] else None,
            }
        )
    return rows


def test_top_keeps_the_best_rows(folder: Path) -> None:
    code, out, err = run("rank", str(folder), "--job", JOB, "-f", "jsonl", "--top", "2", "--workers", "1")
    assert code == 0 and err.strip() == "3 ranked, 1 failed"
    assert [json.loads(line)["rank"] for line in out.splitlines()] == [1, 2]


def test_resume_skips_rows_already_written(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "rows.jsonl"
    assert run("rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(target), "--workers", "1")[0] == 0
    rows = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    # An interrupted run: two rows written (one with a marker score), a third cut short.
    kept = rows[0] | {"score": 99.5, "rank": None}
    partial = json.dumps(kept) + "\n" + json.dumps(rows[3]) + "\n" + json.dumps(rows[1])[:40]
    target.write_text(partial, "utf-8")
    code, _, err = run(
        "rank", str(folder), "--job", JOB, "-f", "jsonl", "-o", str(target), "--resume", "--workers", "1"
    )
    assert code == 0
    assert err.strip() == f"3 ranked, 1 failed (2 already in {target})"
    final = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert len(final) == 4
    assert final[0]["score"] == 99.5 and final[0]["rank"] == 1  # not scored again
    assert sorted(Path(r["file"]).name for r in final) == sorted(p.name for p in folder.iterdir())


def test_blind_rows_and_id_map_only_when_asked(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "blind.csv"
    code, _, _ = run("rank", str(folder), "--job", JOB, "-f", "csv", "-o", str(target), "--blind", "--workers", "1")
    assert code == 0
    text = target.read_text("utf-8")
    assert "a-strong" not in text and str(folder) not in text
    ids = [r["id"] for r in csv.DictReader(io.StringIO(text))]
    assert len(ids) == 4 and all(i.startswith("cand-") for i in ids)
    # no mapping unless asked (the hidden file records what the rows were ranked for: --resume)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".blind.csv.resumematch.json", "blind.csv", "in"]

    mapping = tmp_path / "ids.csv"
    code, _, _ = run(
        "rank",
        str(folder),
        "--job",
        JOB,
        "-f",
        "csv",
        "-o",
        str(target),
        "--blind",
        "--id-map",
        str(mapping),
        "--workers",
        "1",
    )
    assert code == 0
    pairs = {r["id"]: Path(r["file"]).name for r in csv.DictReader(io.StringIO(mapping.read_text("utf-8")))}
    ids = [r["id"] for r in csv.DictReader(io.StringIO(target.read_text("utf-8")))]  # a new random salt per run
    assert set(pairs) == set(ids)
    assert sorted(pairs.values()) == sorted(p.name for p in folder.iterdir())


def test_usage_errors(folder: Path, tmp_path: Path) -> None:
    assert run("rank", str(folder), "--job", JOB, "--resume")[0] == 2
    assert run("rank", str(folder), "--job", JOB, "--id-map", str(tmp_path / "m.csv"))[0] == 2
    assert not (tmp_path / "m.csv").exists()
    code, _, err = run("rank", str(folder), "--job", str(tmp_path / "nojob.txt"))
    assert code == 1 and err.startswith("resumematch: error:")


def test_rank_output_inside_the_ranked_folder_is_not_a_candidate(tmp_path: Path) -> None:
    import io

    from resumematch.cli import main

    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "a.txt").write_text("Charge RN with BLS and ACLS, Epic EHR.", "utf-8")
    (folder / "b.txt").write_text("Barista and shift lead.", "utf-8")
    job = tmp_path / "job.txt"
    job.write_text("Requirements\n- Registered Nurse (RN)\n- BLS and ACLS", "utf-8")
    output = folder / "ranking.jsonl"
    for _ in range(2):  # the second run would see the first run's output in the folder
        code = main(
            ["rank", str(folder), "--job", str(job), "-f", "jsonl", "-o", str(output), "--workers", "1"],
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
        assert code == 0
        files = [json.loads(line)["file"] for line in output.read_text("utf-8").splitlines()]
        assert sorted(Path(f).name for f in files) == ["a.txt", "b.txt"]


def test_pool_independent_rows_score_as_check_does(tmp_path: Path) -> None:
    import resumematch

    root = tmp_path / "pool"
    root.mkdir()
    texts = {
        "a.txt": STRONG,
        "b.txt": "Experience\nMedical Assistant, Jan 2019 - Jan 2023\nBLS certified; Epic EHR; vital signs",
        "c.txt": "Experience\nStaff Accountant, Jan 2015 - Jan 2023\nBudgeting; Microsoft Excel",
    }
    for name, text in texts.items():
        (root / name).write_text(text, "utf-8")
    checked = {name: round(resumematch.check(root / name, job=JOB).score, 1) for name in texts}
    code, out, _err = run("rank", str(root), "--job", JOB, "--workers", "0", "-f", "json", "--pool-independent")
    assert code == 0
    alone = {Path(row["file"]).name: row["score"] for row in json.loads(out)}
    assert alone == checked
    code, out, _err = run("rank", str(root), "--job", JOB, "--workers", "0", "-f", "json")
    pooled = json.loads(out)
    assert all(0 <= row["score"] <= 100 for row in pooled)
    assert [Path(row["file"]).name for row in pooled][-1] == "c.txt"


@pytest.mark.parametrize("option", ["--output", "--id-map"])
def test_an_output_in_a_missing_folder_is_refused_before_anything_is_written(
    folder: Path, tmp_path: Path, option: str
) -> None:
    out, id_map = tmp_path / "rows.csv", tmp_path / "ids.csv"
    paths = {"--output": out, "--id-map": id_map}
    paths[option] = tmp_path / "missing" / "file.csv"
    before = set(tmp_path.iterdir())
    code, _, err = run(
        "rank", str(folder), "--job", JOB, "-f", "csv", "--blind", "--workers", "0",
        "--output", str(paths["--output"]), "--id-map", str(paths["--id-map"]),
    )  # fmt: skip
    assert code == 2
    assert f"cannot write {paths[option]}: the folder {tmp_path / 'missing'} does not exist" in err
    assert set(tmp_path.iterdir()) == before  # no checkpoint, no partial file


def test_an_id_map_that_cannot_be_opened_names_it_and_leaves_no_file_open(folder: Path, tmp_path: Path) -> None:
    # The id map is opened after the rows' checkpoint: an error there must close the checkpoint.
    blocked = tmp_path / "ids.csv"
    (tmp_path / "ids.csv.partial").mkdir()  # where the id map is written until the run ends
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        code, _, err = run(
            "rank", str(folder), "--job", JOB, "-f", "csv", "--blind", "--workers", "0",
            "--output", str(tmp_path / "rows.csv"), "--id-map", str(blocked),
        )  # fmt: skip
        gc.collect()  # an unclosed file would warn here, as an error
    assert code == 1
    assert "cannot write" in err and "ids.csv.partial" in err


def test_a_pattern_that_matches_nothing_says_so(tmp_path: Path) -> None:
    from resumematch import rank

    (tmp_path / "job.txt").write_text("Clinical Coordinator\n\nRequirements:\n- BLS certification\n", "utf-8")
    [row] = list(rank(tmp_path / "job.txt", [str(tmp_path / "*.xyz")], workers=0))
    assert row.error is not None and row.error.type == "InputError"
    assert "no file matches this pattern" in row.error.message
