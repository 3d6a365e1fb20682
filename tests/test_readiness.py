"""ATS readiness checks: each has a finding and a fix; contact details are never echoed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import EXAMPLES

from resumematch import check
from resumematch.render.json import report_json
from resumematch.render.markdown import report_markdown
from resumematch.render.text import report_text
from resumematch.scoring.readiness import ats_readiness

JOB = "Unit Coordinator\n\nRequirements:\n- BLS and ACLS certification\n- Phlebotomy\n- Epic\n"
GOOD = (
    "Sam Lee\nUnit Coordinator\nsam.lee@example.com | (555) 123-4567\n\nExperience\n"
    "Staff Nurse, Mercy Hospital | Jan 2019 – Present\n- Phlebotomy; charting in Epic\n\n"
    "Education\nBSN, State University\n\nSkills\nBLS, ACLS, Phlebotomy\n"
)
POOR = "Sam Lee\nWhere I've been\nNurse at Mercy, Summer '19 on.\nBLS\n"


def _checks(report):  # type: ignore[no-untyped-def]
    return {c.code: c for c in report.ats.checks}


def test_a_well_formed_resume_passes(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    checks = _checks(check(GOOD, job=JOB, vocab=mini_vocab))
    assert [c for c in checks if checks[c].status != "pass"] == []
    assert all(c.finding for c in checks.values())


def test_a_poor_resume_gets_a_fix_for_every_failed_check(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    report = check(POOR, job=JOB, vocab=mini_vocab)
    checks = _checks(report)
    for code in ("contact", "headings", "dates", "keywords", "title"):
        assert checks[code].status in ("warn", "fail"), code
        assert checks[code].fix, code
    assert "Summer '19" in checks["dates"].finding
    assert "Experience" in checks["headings"].fix
    assert "Unit Coordinator" in checks["title"].fix
    terms = {t.term_id: t for t in report.ats.terms}
    assert terms["bls"].resume == 1 and terms["phlebotomy"].resume == 0 and terms["phlebotomy"].posting >= 1


def test_contact_details_are_never_echoed(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    report = check(GOOD, job=JOB, vocab=mini_vocab)
    ats = json.dumps(report.to_dict()["ats"])
    assert "sam.lee" not in ats and "123-4567" not in ats and "Sam" not in ats
    for text in (report_text(report), report_markdown(report)):
        section = text[text.index("ATS readiness") :]
        assert "sam.lee" not in section and "123-4567" not in section


def test_the_ats_key_is_added_to_the_json_contract(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(report_json(check(GOOD, job=JOB, vocab=mini_vocab)))
    assert {"score", "parts", "matched", "missing", "requirements", "mentions"} <= set(data)
    ats = data["ats"]
    assert set(ats) == {"passed", "total", "checks", "terms"}
    assert ats["total"] == len(ats["checks"]) == 8
    assert [c["code"] for c in ats["checks"]] == [
        "text_layer", "contact", "headings", "dates", "layout", "keywords", "title", "credential_dates",
    ]  # fmt: skip
    assert all(set(c) == {"code", "name", "status", "finding", "fix"} for c in ats["checks"])
    assert all(set(t) == {"term_id", "name", "kind", "posting", "resume"} for t in ats["terms"])


@pytest.mark.parametrize("name", ["partial-fit-medical-assistant.docx"])
def test_parse_warnings_become_a_layout_check(name: str) -> None:
    report = check(EXAMPLES / "resumes" / name, job=EXAMPLES / "jobs" / "clinical-coordinator.txt")
    layout = _checks(report)["layout"]
    assert layout.status == "warn" and "header" in layout.fix and "table" in layout.fix.lower()


DATED = GOOD.replace("BLS, ACLS, Phlebotomy", "BLS (AHA), exp. {bls}\nACLS, expires {acls}\nPhlebotomy")


@pytest.mark.parametrize(
    ("bls", "acls", "status", "named"),
    [
        ("06/2028", "2027", "pass", []),
        ("2026", "12/2026", "pass", []),  # a year runs to its end; a month to the month's
        ("11/2026", "2028", "warn", ["BLS (2026-11)"]),
        ("2019", "2025", "warn", ["BLS (2019)", "ACLS (2025)"]),
    ],
)
def test_a_credential_dated_as_run_out_is_flagged(  # type: ignore[no-untyped-def]
    mini_vocab, bls: str, acls: str, status: str, named: list[str]
) -> None:
    report = check(DATED.format(bls=bls, acls=acls), job=JOB, vocab=mini_vocab)
    dates = {c.code: c for c in ats_readiness(report, today=dt.date(2026, 12, 6)).checks}["credential_dates"]
    assert dates.status == status, dates.finding
    for name in named:
        assert name in dates.finding
    assert bool(dates.fix) == (status == "warn")
    # Matching still counts the credential: a pooled resume may have been written years ago.
    assert {"bls", "acls"} <= {m.term_id for m in report.mentions if m.status == "affirmed"}


def test_an_expired_credential_is_left_to_its_suggestion(mini_vocab) -> None:  # type: ignore[no-untyped-def]
    report = check(
        DATED.format(bls="06/2028", acls="2027").replace("ACLS, expires", "ACLS, expired"), job=JOB, vocab=mini_vocab
    )
    dates = {c.code: c for c in ats_readiness(report, today=dt.date(2026, 12, 6)).checks}["credential_dates"]
    assert dates.status == "pass"  # stated as expired: the mention is not held, and its suggestion says so
    assert any(m.term_id == "acls" and m.status == "expired" for m in report.mentions)
