"""The bundled examples: rebuilt byte for byte from make_examples.py, and readable.

Scoring the examples against the job is tested elsewhere; here we only check that the
committed files are exactly what the script produces (so nobody edits a PDF by hand
or forgets to regenerate) and that third-party readers see the text we put in.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import docx
import pdfplumber
import pytest
from conftest import EXAMPLES

RESUMES = EXAMPLES / "resumes"
SCRIPT = EXAMPLES / "make_examples.py"

EXPECTED_FILES = {
    "strong-fit-rn.pdf",
    "strong-fit-rn.txt",
    "partial-fit-medical-assistant.docx",
    "career-changer-operations.pdf",
    "unrelated-software-engineer.docx",
}

PDF_PHRASES = {
    "strong-fit-rn.pdf": [
        "Registered Nurse (RN)",
        "Bachelor of Science in Nursing (BSN)",
        "Advanced Cardiovascular Life Support (ACLS)",
        "Basic Life Support (BLS)",
        "discharge planning",
        "Epic EHR",
        "HIPAA",
        "Aug 2019 - Present",
        "02/2016 to 07/2019",
        "LICENSES AND CERTIFICATIONS",
    ],
    "career-changer-operations.pdf": [
        "Certified Associate in Project Management (CAPM)",
        "Currently pursuing CCMA certification",
        "no clinical license yet",
        "staff scheduling",
        "VOLUNTEER EXPERIENCE",
        "Jan 2018 - Present",
    ],
}


def _load_script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Import examples/make_examples.py by path (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("make_examples", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses looks the module up in sys.modules while building the classes.
    monkeypatch.setitem(sys.modules, "make_examples", module)
    spec.loader.exec_module(module)
    return module


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_committed_examples_are_exactly_what_the_script_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _load_script(monkeypatch)
    written = script.write_examples(tmp_path)
    assert {p.name for p in written} == EXPECTED_FILES
    assert {p.name for p in RESUMES.iterdir()} >= EXPECTED_FILES
    stale = [p.name for p in written if _sha256(p) != _sha256(RESUMES / p.name)]
    assert not stale, (
        f"{stale} differ from a fresh build: run `python examples/make_examples.py` and commit "
        "the result (also needed after upgrading fpdf2 or python-docx)"
    )


def test_script_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _load_script(monkeypatch)
    first = {p.name: _sha256(p) for p in script.write_examples(tmp_path / "a")}
    second = {p.name: _sha256(p) for p in script.write_examples(tmp_path / "b")}
    assert first == second


def test_main_writes_to_out_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _load_script(monkeypatch)
    assert script.main(["--out", str(tmp_path)]) == 0
    assert {p.name for p in tmp_path.iterdir()} == EXPECTED_FILES


@pytest.mark.parametrize("name", sorted(PDF_PHRASES))
def test_pdf_text_extracts_cleanly(name: str) -> None:
    with pdfplumber.open(RESUMES / name) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    for phrase in PDF_PHRASES[name]:
        assert phrase in text, f"{phrase!r} not found in {name}"
    assert "example.com" in text and "(555)" in text


def _docx_parts(path: Path) -> tuple[str, str, list[list[str]]]:
    """Header text, body paragraph text and the first table's rows of a DOCX."""
    document = docx.Document(str(path))
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    body = "\n".join(p.text for p in document.paragraphs)
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    return header, body, rows


def test_medical_assistant_docx_has_header_and_skills_table() -> None:
    header, body, rows = _docx_parts(RESUMES / "partial-fit-medical-assistant.docx")
    assert "marisol.reyes@example.com" in header and "(555) 013-4470" in header
    assert "example.com" not in body  # the contact line lives only in the header
    assert rows[0] == ["Clinical", "Administrative"]
    assert all(len(row) == 2 for row in rows)
    cells = {cell for row in rows for cell in row}
    assert {"Phlebotomy", "Vital signs", "Insurance verification"} <= cells
    assert "athenahealth (athenaOne)" in cells
    for phrase in ("Certified Clinical Medical Assistant (CCMA)", "Medical Assisting", "BLS"):
        assert phrase in body
    for absent in ("ACLS", "Registered Nurse"):
        assert absent not in body


def test_software_engineer_docx_has_traps_for_false_matches() -> None:
    header, body, rows = _docx_parts(RESUMES / "unrelated-software-engineer.docx")
    assert "theo.lindqvist@example.com" in header
    assert ["C", "Kubernetes, Docker, Terraform"] in rows
    assert ["R", "PostgreSQL, Kafka, Airflow"] in rows
    for phrase in ("two-quarter epic", "Google Cloud Platform (GCP)", "ERP", "(BLS)", "ACLs"):
        assert phrase in body


def test_text_resume_matches_pdf_content() -> None:
    text = (RESUMES / "strong-fit-rn.txt").read_text(encoding="utf-8")
    for phrase in PDF_PHRASES["strong-fit-rn.pdf"]:
        assert phrase in text
