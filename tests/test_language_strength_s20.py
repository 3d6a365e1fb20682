"""A posting's language read with its strength (issue #20 item 4, twentieth session).

A language the posting requires gates every part of a resume that does not name it
(``LANGUAGE_GATE``); one it prefers, finds desirable or calls an asset only earns the small
languages part. Each case is a short posting and the languages it requires.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resumematch
from resumematch.scoring.posting_fit import posting_fit

HEAD = (
    "Patient Services Representative\nRiverside Clinic\n\nCheck patients in, verify insurance and schedule visits.\n\n"
)

CASES = [
    ("Requirements\n- Fluent in spoken and written Spanish and English (required)\n", ("spanish",)),
    ("Requirements\n- Bilingual English/Spanish\n- 1 year of front desk experience\n", ("spanish",)),
    ("Fluency in Spanish and English is required; you will interpret for patients.\n", ("spanish",)),
    ("Requirements\n- 1 year of front desk experience\n- Bilingual English/Spanish - preferred\n", ()),
    ("Requirements\n- 1 year of front desk experience\n- Bilingual English/Spanish a plus\n", ()),
    ("Requirements\n- 1 year of front desk experience\n- Bilingual English/Spanish strongly preferred\n", ()),
    ("Spanish language skills are helpful but not required.\n", ()),
    ("Speaking Vietnamese is an asset.\n", ()),
    ("The ability to speak Welsh is desirable for this post.\n", ()),
    ("Essential: fluent spoken and written Spanish and English.\n", ("spanish",)),
    ("Spanish speaking is desirable.\n", ()),
    ("Desirable\n- Experience in a GP practice\n- Ability to speak Spanish\n", ()),
    # A language that is no vocabulary term gates no one (measured: docs/scoring.md, "Languages").
    ("Essential: fluent spoken and written Polish and English.\n", ()),
    (
        "Duties\n- Give patients instructions, in Spanish where needed\n\n"
        "Requirements\n- 1 year of front desk experience\n- Bilingual English/Spanish - preferred\n",
        (),
    ),
    (
        "Requirements\n- Bilingual English/Spanish (required)\n- Vietnamese speaking is a plus\n",
        ("spanish",),
    ),
]


@pytest.mark.parametrize(("body", "required"), CASES)
def test_language_read_with_its_strength(tmp_path: Path, body: str, required: tuple[str, ...]) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text(HEAD + body, encoding="utf-8")
    fit = posting_fit(resumematch.analyze(posting))
    assert fit.languages_required == required
    assert set(required) <= set(fit.languages)


def test_a_preferred_language_gates_no_one(tmp_path: Path) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text(HEAD + CASES[3][0], encoding="utf-8")
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Kelly Barnes\nPatient Access Representative\nExperience\n"
        "Patient Registration Specialist - Banner Health, 2019 - present\n"
        "- Register patients in Epic, verify insurance, collect copays, schedule visits\n",
        encoding="utf-8",
    )
    report = resumematch.check(resume, job=resumematch.analyze(posting))
    languages = next(part for part in report.parts if part.name == "languages")
    assert "required" not in languages.detail
