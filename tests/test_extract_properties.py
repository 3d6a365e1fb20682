"""Property: whatever bytes arrive, extract() returns a Document or raises a library error."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from makers import make_docx, make_pdf

from resumematch import Document, ExtractLimits, ResumeMatchError, extract

LIMITS = ExtractLimits(timeout_seconds=5, max_pages=20)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def _seeds() -> tuple[bytes, bytes]:
    pdf = make_pdf(["Jane Doe\nSKILLS\nPython, SQL, Kubernetes", "EXPERIENCE\nEngineer"])
    docx = make_docx(["SKILLS", "Python"], header="Jane Doe", table=[["AWS", "GCP"]])
    return pdf, docx


def _check(data: bytes, engine: str = "pdfplumber") -> None:
    try:
        document = extract(data, limits=LIMITS, engine=engine)  # type: ignore[arg-type]
    except ResumeMatchError:
        return
    assert isinstance(document, Document)
    assert document.text.strip()
    assert all(0 <= start <= len(document.text) for start in document.page_starts)


@st.composite
def _mutated(draw: st.DrawFn, seed_index: int) -> bytes:
    data = bytearray(_seeds()[seed_index])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip"] * 5 + ["delete", "insert", "duplicate", "truncate"]))
        position = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif kind == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=32))
        elif kind == "truncate":
            del data[position:]
        else:
            data[position:position] = data[position : position + draw(st.integers(1, 256))]
    return bytes(data)


@SETTINGS
@given(st.binary(max_size=2048))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@SETTINGS
@given(_mutated(0), st.sampled_from(["pdfplumber", "pypdfium2"]))
def test_mutated_pdf(data: bytes, engine: str) -> None:
    _check(data, engine)


@SETTINGS
@given(_mutated(1))
def test_mutated_docx(data: bytes) -> None:
    _check(data)
