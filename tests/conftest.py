"""Shared fixtures: paths to the project's data and to ../shared, and small documents.

Files from ``../shared/`` are referred to, never copied; tests that need them skip
with a reason when the folder is absent (e.g. on a machine with only the project).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

# Compiled phrase tables go to a throw-away folder, not the user's ~/.cache; subprocesses
# started by the tests inherit it.
os.environ.setdefault("RESUMEMATCH_CACHE_DIR", tempfile.mkdtemp(prefix="resumematch-cache-"))

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures"
SEEDS = SHARED / "seeds"
MINI_VOCAB = DATA / "mini-vocab.json"
PROBES = ROOT / "benchmarks" / "data" / "probe"
MEASURED_ONLY = frozenset(
    {
        *(f"fresh{n}" for n in range(13, 43)),
        *(f"postings{n}" for n in range(19, 41)),
        *(f"grades{n}" for n in range(19, 41)),
    }
)
"""Probe sets kept for out-of-sample readings (benchmarks/data/probe/README.md): no test reads them,
so no rule can be fitted to them by a test. A new measurement-only set is added here."""
AGREEMENT = ROOT / "benchmarks" / "data" / "agreement"
"""Second labels of validation sets (``benchmarks/label_agreement.py``): labels to compare, never a
corpus; ``texts_in`` refuses to read under it, and its set names are in ``MEASURED_ONLY``."""


def texts_in(folder: Path, suffixes: tuple[str, ...] = (".txt", ".md")) -> list[str]:
    """The text of every file under ``folder`` with one of ``suffixes``, in path order."""
    if folder.resolve().is_relative_to(AGREEMENT.resolve()):
        raise ValueError(f"{folder} holds labels of validation sets, not a corpus tests may read")
    return [p.read_text("utf-8") for p in sorted(folder.rglob("*")) if p.suffix in suffixes and p.is_file()]


def probe_texts(exclude: frozenset[str] = MEASURED_ONLY) -> list[str]:
    """Every probe resume and posting text, but the probe sets named in ``exclude``."""
    folders = [p for p in sorted(PROBES.iterdir()) if p.is_dir() and p.name not in exclude]
    return [text for folder in folders for text in texts_in(folder)]


def example_texts() -> list[str]:
    """The bundled examples' texts (``examples/``: text, PDF and DOCX resumes and postings), as
    resumematch reads them."""
    import resumematch

    files = [p for p in sorted(EXAMPLES.rglob("*")) if p.suffix in (".txt", ".pdf", ".docx")]
    return [resumematch.extract(path).text for path in files]


def real_world_texts() -> list[str]:
    """The real-world fixtures' texts (PDFs read by PDFium, then the postings); skips when absent."""
    import resumematch

    folder = FIXTURES / "real-world"
    pdfs = sorted(folder.rglob("*.pdf"))
    if not pdfs:
        pytest.skip(f"no real-world fixtures in {folder}")
    return [resumematch.extract(path, engine="pypdfium2").text for path in pdfs] + texts_in(folder)


def held(text: str, term_id: str) -> bool:
    """Whether ``find_terms`` credits ``term_id`` in ``text`` as the candidate's own (affirmed)."""
    from resumematch import find_terms

    return any(m.term_id == term_id and m.status == "affirmed" for m in find_terms(text)[1])


def in_experience(line: str) -> str:
    """A resume around one experience line (some rules read the whole resume, so a line alone
    would not be read as a resume's line is)."""
    return f"Summary\nOperations coordinator.\nExperience\n{line}\nEducation\nBachelor of Arts : History , 2012"


def open_case(line: str, term_id: str, is_held: bool, reason: str) -> object:
    """A line the rules still read wrongly, kept as a strict xfail with its reason (it fails
    loudly once a rule reads it right, so the case is moved to the passing lines)."""
    return pytest.param(line, term_id, is_held, marks=pytest.mark.xfail(strict=True, reason=reason))


def with_known_limits(rows: Sequence[tuple[str, str, bool]], limits: Mapping[str, str]) -> list[object]:
    """``(line, term_id, held)`` rows for ``parametrize``, those whose line is in ``limits``
    kept as :func:`open_case` with the reason given there."""
    return [
        open_case(line, term_id, held, limits[line]) if line in limits else (line, term_id, held)
        for line, term_id, held in rows
    ]


def need(path: Path) -> Path:
    """Return ``path``, or skip the test when the shared folder it lives in is absent."""
    if not path.exists():
        pytest.skip(f"{path} is not present (the ../shared folder is only on CI and dev machines)")
    return path


def mini_pipeline(**config: object):  # type: ignore[no-untyped-def]
    """``spacy.blank("en")`` with the component on the mini vocabulary and ``config``."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [str(MINI_VOCAB)], **config})
    return nlp


def write_json(path: Path, data: object) -> Path:
    """Write ``data`` as JSON to ``path`` and return the path."""
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def mini_vocab():  # type: ignore[no-untyped-def]
    from resumematch import load_vocabulary

    return load_vocabulary(MINI_VOCAB)


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium, when it is installed; the test run never installs one (``.ci/run``
    runs ``scripts/install-chromium`` first), so without it the test is skipped with the reason."""
    import shutil

    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("chromium is not installed (scripts/install-chromium installs it; .ci/run runs that first)")
    return found


def held_on_line(text: str, line: str, term_id: str) -> bool:
    """Whether an affirmed mention starting within ``line`` of ``text`` holds ``term_id``, itself or
    through a narrower term (a BSN is a bachelor's), as the labels count it: the forms tables'
    one reading of a line placed in a short resume."""
    from resumematch import default_vocabulary, find_terms

    start = text.index(line)
    end = start + len(line)
    vocabulary = default_vocabulary()
    return any(
        (m.term_id == term_id or term_id in vocabulary.ancestors(m.term_id))
        and m.status == "affirmed"
        and start <= m.start < end
        for m in find_terms(text)[1]
    )
