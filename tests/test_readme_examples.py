"""README.md's ```python blocks run as written and do what their comments say.

Each block is taken from the README itself (so a stale example fails here), run on the
bundled examples under the names the README uses ("resume.pdf", "posting.txt",
"resume.docx", "my-role.json", "resumes/"), and the value of every expression statement
is kept so the test can check the claim written beside it: the score is 0..100 and the
sum of the parts, missing terms come largest gain first, the rank loop prints one line
per file, the spaCy component finds the terms of its example sentence.
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT

import resumematch

README = ROOT / "README.md"
RESUMES = EXAMPLES / "resumes"
# A user's own vocabulary for load_vocabulary("my-role.json", ...): one term of a role
# the shipped files do not cover.
MY_ROLE = (
    '{"schema": 1, "role": "My role", "terms": [{"id": "kanban-board", "name": "Kanban board", "category": "tool"}]}'
)


def python_blocks() -> list[str]:
    """The README's ```python blocks, in order."""
    return re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), flags=re.M | re.S)


class Run:
    """What running a block left: its names, the value of each expression statement (by
    its source text), and what it printed."""

    def __init__(self, names: dict[str, Any], values: dict[str, Any], printed: str) -> None:
        self.names, self.values, self.printed = names, values, printed

    def value(self, source_start: str) -> Any:
        return next(v for code, v in self.values.items() if code.startswith(source_start))


def run_block(code: str, edit: Callable[[str], str] = lambda line: line) -> Run:
    """Run ``code`` statement by statement (``edit`` may change a statement's text)."""
    names: dict[str, Any] = {}
    values: dict[str, Any] = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for node in ast.parse(code).body:
            source = edit(ast.get_source_segment(code, node) or "")
            if isinstance(node, ast.Expr):
                values[source] = eval(compile(source, "README.md", "eval"), names)  # the README's own code
            else:
                exec(compile(source, "README.md", "exec"), names)  # the README's own code
    return Run(names, values, printed.getvalue())


@pytest.fixture
def readme_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding the files under the names the README's library block uses."""
    shutil.copy(RESUMES / "strong-fit-rn.pdf", tmp_path / "resume.pdf")
    shutil.copy(RESUMES / "partial-fit-medical-assistant.docx", tmp_path / "resume.docx")
    shutil.copy(EXAMPLES / "jobs" / "clinical-coordinator.txt", tmp_path / "posting.txt")
    (tmp_path / "my-role.json").write_text(MY_ROLE, encoding="utf-8")
    shutil.copytree(RESUMES, tmp_path / "resumes")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_has_the_blocks_this_file_checks() -> None:
    blocks = python_blocks()
    assert len(blocks) == 2, "a new ```python block in README.md needs its claims checked here"
    assert "resumematch.check(" in blocks[0] and 'nlp.add_pipe("resumematch_terms"' in blocks[1]


def _check_library_block(run: Run, files: Path) -> None:
    report = run.names["report"]
    score = run.value("report.score")
    assert 0 <= score <= 100 and score == pytest.approx(sum(p.points for p in report.parts))
    assert score >= 85  # the strong-fit example: the quick start prints 93/100 (90 before the fifteenth session)
    matched = run.value("[m.name for m in report.matched]")
    assert "Registered Nurse" in matched and all(m.evidence for m in report.matched)
    gains = [m.gain for m in report.missing]
    assert run.value("[m.name for m in report.missing]") and gains == sorted(gains, reverse=True)
    assert {c.met for c in run.value("report.requirements")} <= {"met", "partly", "not_met", "unknown"}
    suggestions = run.value("report.suggestions")
    assert suggestions and all(isinstance(tip, str) and "_" not in tip.split(":")[0] for tip in suggestions)
    as_dict = run.value("report.to_dict()")
    assert as_dict["score"] == pytest.approx(score, abs=0.05) and "requirements" in as_dict

    document, mentions = run.names["document"], run.names["mentions"]
    assert document.source == "resume.pdf" and "Registered Nurse" in document.text  # extract() came last
    assert {m.term_id for m in mentions} >= {"bls", "hipaa"}  # find_terms on the medical assistant's DOCX
    assert run.names["profile"].title == "Clinical Coordinator"
    vocab = run.names["vocab"]
    assert vocab.get("kanban-board") is not None and vocab.get("registered-nurse") is not None

    lines = run.printed.splitlines()
    assert len(lines) == len(list(RESUMES.iterdir()))  # one row per file, as they finish
    for line in lines:
        file, score_text, error = line.rsplit(" ", 2)
        assert (files / file).is_file() and error == "None" and 0 <= float(score_text) <= 100


def test_library_block_runs_and_shows_what_it_says(readme_files: Path) -> None:
    # The fast suite starts no process pool (README: those tests are slow): the same block
    # with workers=0 ranks in this process; the slow test below runs it exactly as written.
    run = run_block(python_blocks()[0], lambda source: source.replace("workers=2", "workers=0"))
    _check_library_block(run, readme_files)


@pytest.mark.slow
def test_library_block_runs_as_written_with_its_worker_pool(readme_files: Path) -> None:
    _check_library_block(run_block(python_blocks()[0]), readme_files)


def test_spacy_component_block_finds_the_terms_of_its_sentence() -> None:
    run = run_block(python_blocks()[1])
    spans = run.value("[(span.text, span.label_, span.id_)")
    assert ("BLS", "certification", "bls") in spans
    assert ("Epic", "tool", "epic") in spans
    assert {"acls", "charge-nurse"} <= {term_id for _text, _label, term_id in spans}
    # "On any pipeline of yours ... the component finds the same terms" as find_terms.
    doc = run.names["doc"]
    _document, mentions = resumematch.find_terms(resumematch.Text(doc.text))
    assert {term_id for *_rest, term_id in spans} == {m.term_id for m in mentions}


def test_quick_start_command_prints_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick start's last command (after the install), run through the CLI's main()."""
    from resumematch.cli import main

    quick_start = re.search(r"^```sh\n(python3 -m venv .*?)\n```", README.read_text(encoding="utf-8"), flags=re.M)
    assert quick_start is not None
    command = quick_start.group(1).rsplit(" && ", 1)[1].split()
    assert command[0] == ".venv/bin/resumematch"
    monkeypatch.chdir(ROOT)
    out, err = io.StringIO(), io.StringIO()
    assert main([*command[1:], "--color", "never"], stdout=out, stderr=err) == 0, err.getvalue()
    first = out.getvalue().splitlines()[0]
    match = re.fullmatch(r"Score: (\d+)/100  for Clinical Coordinator", first)
    assert match is not None and int(match.group(1)) >= 85, first  # 93 (docs/scoring.md)
    assert "What to do next:" in out.getvalue() and "ATS readiness" in out.getvalue()
