"""The page-reader table (#21): every format and PDF engine the library names has a reader,
and adding one is a line in ``PAGE_READERS`` (tested with a reader registered here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import resumematch
from resumematch.errors import UnsupportedFormatError
from resumematch.extract import PDF_ENGINES, readers
from resumematch.extract.readers import PAGE_READERS, PageReader, page_reader

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "resumes"


def test_every_engine_and_format_has_a_reader_that_loads() -> None:
    for engine in PDF_ENGINES:
        assert page_reader("pdf", engine).pdf_text
        assert callable(page_reader("pdf", engine).load())
    for kind in ("docx", "text"):
        assert callable(page_reader(kind, "pypdfium2").load())  # the engine does not matter


def test_an_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(UnsupportedFormatError, match="'docx', 'pdf', 'text'"):
        page_reader("odt", "pypdfium2")


def shouting_text_pages(data: bytes, name: str, password: str | None, limits: object) -> tuple[list[str], list]:
    return [data.decode("utf-8").upper()], []


def test_a_reader_registered_in_the_table_is_the_one_extract_uses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "resume.txt"
    source.write_text("Registered Nurse with BLS", "utf-8")
    monkeypatch.setitem(PAGE_READERS, ("text", None), PageReader(__name__, "shouting_text_pages"))
    document = resumematch.extract(source)
    assert document.text == "REGISTERED NURSE WITH BLS"
    assert readers.PAGE_READERS[("text", None)].function == "shouting_text_pages"


@pytest.mark.parametrize(
    ("name", "kind"),
    [("strong-fit-rn.pdf", "pdf"), ("partial-fit-medical-assistant.docx", "docx"), ("strong-fit-rn.txt", "text")],
)
def test_each_format_of_the_examples_reads_through_the_table(name: str, kind: str) -> None:
    document = resumematch.extract(EXAMPLES / name)
    assert document.format == kind
    assert "medical" in document.text.lower() or "nurse" in document.text.lower()
