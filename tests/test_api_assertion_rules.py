"""``analyze``, ``rank`` and the CLI take a user's assertion rules, as ``find_terms`` and ``check`` do."""

from __future__ import annotations

import io
import json
from pathlib import Path

from conftest import MINI_VOCAB

import resumematch
from resumematch.batch.ranking import rank
from resumematch.cli import main

RULES = {"terminators": [";", "."], "rules": [{"literal": "dabbled in", "status": "negated"}]}
JOB = "Clinical Coordinator\nRequirements\n- RN license\n- BLS\n- dabbled in Epic; Meditech daily\n"
RESUME = "Charge RN with BLS.\ndabbled in Epic. Meditech charting daily.\n"


def write_rules(tmp_path: Path) -> Path:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(RULES), "utf-8")
    return path


def statuses(mentions: tuple[resumematch.Mention, ...]) -> dict[str, str]:
    return {m.term_id: m.status for m in mentions}


def test_analyze_reads_the_posting_with_the_rules(tmp_path: Path) -> None:
    rules = write_rules(tmp_path)
    default = resumematch.analyze(resumematch.Text(JOB), vocab=str(MINI_VOCAB))
    custom = resumematch.analyze(resumematch.Text(JOB), vocab=str(MINI_VOCAB), assertion_rules=rules)
    assert statuses(default.mentions)["epic"] == "affirmed"
    assert statuses(custom.mentions)["epic"] == "negated"


def test_rank_judges_the_resumes_with_the_rules(tmp_path: Path) -> None:
    rules = write_rules(tmp_path)
    resume = tmp_path / "resume.txt"
    resume.write_text(RESUME, "utf-8")
    job = resumematch.Text("Clinical Coordinator\nRequirements\n- RN license\n- Epic EHR\n")
    default = next(rank(job, [resume], workers=0, vocab=str(MINI_VOCAB)))
    custom = next(rank(job, [resume], workers=0, vocab=str(MINI_VOCAB), assertion_rules=rules))
    assert "epic" in {t.term_id for t in default.matched}
    assert "epic" not in {t.term_id for t in custom.matched}
    assert "epic" in {t.term_id for t in custom.missing}


def test_the_cli_takes_assertion_rules(tmp_path: Path) -> None:
    rules = write_rules(tmp_path)
    resume = tmp_path / "resume.txt"
    resume.write_text(RESUME, "utf-8")
    found = {}
    for extra in ([], ["--assertion-rules", str(rules)]):
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["terms", str(resume), "--vocab", str(MINI_VOCAB), "--format", "json", *extra], stdout=out, stderr=err
        )
        assert code == 0, err.getvalue()
        found[bool(extra)] = {m["term_id"]: m["status"] for m in json.loads(out.getvalue())["mentions"]}
    assert found[False]["epic"] == "affirmed" and found[True]["epic"] == "negated"
    out, err = io.StringIO(), io.StringIO()
    code = main(["terms", str(resume), "--assertion-rules", str(tmp_path / "missing.json")], stdout=out, stderr=err)
    assert code != 0 and "missing.json" in err.getvalue()
