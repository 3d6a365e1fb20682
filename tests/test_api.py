"""The public API end to end: every kind of input, one Report shape."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import MINI_VOCAB
from makers import make_docx, make_pdf

import resumematch
from resumematch import InputError, JobDescriptionError, check, find_terms

RESUME = "Jane Doe, RN\nEXPERIENCE\nScheduled patients in Epic.\nSKILLS\nPhlebotomy\nCERTIFICATIONS\nBLS"
JOB = "Clinical Coordinator\nRequirements\n- RN license\n- BLS and ACLS\nPreferred\n- Meditech a plus"


@pytest.fixture(scope="module")
def vocab() -> resumematch.Vocabulary:
    return resumematch.load_vocabulary(MINI_VOCAB)


def test_public_api_names_resolve() -> None:
    for name in resumematch.__all__:
        assert getattr(resumematch, name) is not None, name
    assert callable(resumematch.extract)
    with pytest.raises(AttributeError):
        resumematch.no_such_thing  # noqa: B018


def test_all_input_kinds_give_the_same_score(tmp_path: Path, vocab: resumematch.Vocabulary) -> None:
    pdf = make_pdf([RESUME])
    path = tmp_path / "resume.pdf"
    path.write_bytes(pdf)
    job_path = tmp_path / "job.txt"
    job_path.write_text(JOB, "utf-8")
    profile = resumematch.analyze(JOB, vocab=vocab)
    scores = {
        check(RESUME, job=JOB, vocab=vocab).score,
        check(path, job=job_path, vocab=vocab).score,
        check(str(path), job=str(job_path), vocab=vocab).score,
        check(pdf, job=profile, vocab=vocab).score,
        check(io.BytesIO(pdf), job=JOB.encode(), vocab=vocab).score,
        check(resumematch.extract(path), job=profile, vocab=vocab).score,
    }
    assert len(scores) == 1


def test_report_contents(vocab: resumematch.Vocabulary) -> None:
    report = check(RESUME, job=JOB, vocab=vocab)
    assert 0 <= report.score <= 100
    assert {m.term_id for m in report.matched} == {"registered-nurse", "bls"}
    assert [m.term_id for m in report.missing] == ["acls", "meditech"]  # largest gain first
    assert report.missing[0].gain > report.missing[1].gain
    # what a candidate can describe by editing (a tool) comes before what only holding it makes true
    meditech = next(i for i, s in enumerate(report.suggestions) if "'Meditech'" in s)
    assert report.suggestions[meditech].startswith("Add 'Meditech' (preferred) if you have it")
    acls = next(i for i, s in enumerate(report.suggestions) if "Advanced Cardiovascular Life Support" in s)
    assert report.suggestions[acls].startswith("If you hold 'Advanced Cardiovascular Life Support' (required), name it")
    assert meditech < acls
    data = report.to_dict()
    assert set(data) >= {"score", "parts", "matched", "missing", "suggestions", "resume", "job", "mentions"}
    assert "text" not in data["resume"]


def test_broader_term_counts_through_narrower(vocab: resumematch.Vocabulary) -> None:
    report = check(
        "Charted daily in Epic for every patient.", job="Requirements\n- Experience with EHR systems", vocab=vocab
    )
    (match,) = report.matched
    assert match.term_id == "ehr" and match.via == "epic"
    assert report.score == 100


def test_keyword_stuffing_does_not_help(vocab: resumematch.Vocabulary) -> None:
    honest = check("CERTIFICATIONS\nBLS", job=JOB, vocab=vocab).score
    stuffed = check("CERTIFICATIONS\n" + "BLS " * 50, job=JOB, vocab=vocab).score
    assert stuffed == honest


def test_find_terms_on_text(vocab: resumematch.Vocabulary) -> None:
    document, mentions = find_terms(RESUME, vocab=vocab)
    assert document.format == "text"
    by_id = {m.term_id: m for m in mentions}
    assert by_id["schedule-patients"].method == "variant"
    assert by_id["schedule-patients"].section == "experience"
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for mention in mentions:
        assert document.text[mention.start : mention.end] == mention.text


def test_docx_resume_with_table(vocab: resumematch.Vocabulary) -> None:
    data = make_docx(["SUMMARY", "Charge nurse."], header="Jane Doe, RN", table=[["BLS", "ACLS"]])
    report = check(data, job=JOB, vocab=vocab)
    assert {m.term_id for m in report.matched} == {"registered-nurse", "bls", "acls"}


def test_errors(vocab: resumematch.Vocabulary) -> None:
    with pytest.raises(InputError, match="empty"):
        check("   ", job=JOB, vocab=vocab)
    with pytest.raises(JobDescriptionError, match="names none"):
        check(RESUME, job="We sell bread.", vocab=vocab)
    with pytest.raises(InputError):
        check(12345, job=JOB, vocab=vocab)  # type: ignore[arg-type]


def test_today_makes_experience_reproducible(vocab: resumematch.Vocabulary) -> None:
    import datetime as dt

    resume = "EXPERIENCE\nStaff Nurse\nJan 2020 - Present\nRN on a surgical unit."
    early = check(resume, job=JOB, vocab=vocab, today=dt.date(2021, 1, 1))
    later = check(resume, job=JOB, vocab=vocab, today=dt.date(2025, 1, 1))
    assert later.experience_years - early.experience_years == pytest.approx(4, abs=0.1)


def test_a_posting_given_as_text_is_analysed_once_per_vocabulary(vocab: resumematch.Vocabulary) -> None:
    first = resumematch.analyze(JOB, vocab=vocab)
    assert resumematch.analyze(JOB, vocab=vocab) is first
    other = resumematch.load_vocabulary(MINI_VOCAB)  # same terms, another object: analysed anew
    assert resumematch.analyze(JOB, vocab=other) is not first
    assert resumematch.analyze(JOB, vocab=other) == first


def test_a_posting_given_as_a_path_is_read_again(tmp_path: Path, vocab: resumematch.Vocabulary) -> None:
    path = tmp_path / "job.txt"
    path.write_text(JOB, "utf-8")
    before = resumematch.analyze(str(path), vocab=vocab)
    path.write_text(JOB.replace("- BLS and ACLS\n", ""), "utf-8")
    after = resumematch.analyze(str(path), vocab=vocab)
    assert {t.term_id for t in before.terms} - {t.term_id for t in after.terms} == {"bls", "acls"}
