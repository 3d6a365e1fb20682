"""What a mention's section says of it (match/section_reading.py): a heading line, a lapsed certificate."""

from __future__ import annotations

from resumematch import build_pipeline, default_vocabulary
from resumematch.match.component import SPANS_KEY
from resumematch.match.section_reading import expire_lapsed_elsewhere, heading_mentions
from resumematch.models import Status

TEXT = "Clinical Experience:\nClinical experience in wound care\n"
SECTIONS = ((0, len(TEXT), "experience"),)


def test_only_a_hard_skill_that_is_the_whole_heading_line_is_a_heading() -> None:
    heading = (0, len("Clinical Experience"))
    sentence = (21, 21 + len("Clinical experience"))
    assert heading_mentions([heading, sentence], ["hard_skill", "hard_skill"], TEXT, SECTIONS) == {0}
    # A soft skill as a heading ("Leadership" over leadership roles) is kept.
    assert heading_mentions([heading], ["soft_skill"], TEXT, SECTIONS) == set()
    # No section starts there: not a heading.
    assert heading_mentions([heading], ["hard_skill"], TEXT, ()) == set()


def test_a_certificate_lapsed_in_its_section_is_lapsed_elsewhere() -> None:
    text = "Experience\nNursing Assistant 2013 - 2015\nCertifications\nSTNA - lapsed 2016\n"
    sections = ((0, 41, "experience"), (41, len(text), "certifications"))
    spans = [(11, 28), (56, 60)]
    statuses: list[Status] = ["affirmed", "expired"]
    cna = frozenset({"certified-nursing-assistant"})
    expire_lapsed_elsewhere(spans, ["certified-nursing-assistant"] * 2, statuses, cna, sections)
    assert statuses == ["expired", "expired"]
    # One held copy in the section keeps the term held.
    statuses = ["affirmed", "expired", "affirmed"]
    spans3 = [*spans, (61, 65)]
    expire_lapsed_elsewhere(spans3, ["certified-nursing-assistant"] * 3, statuses, cna, sections)
    assert statuses == ["affirmed", "expired", "affirmed"]


def test_a_users_own_pipeline_reads_headings_and_lapsed_certificates_too() -> None:
    nlp = build_pipeline(default_vocabulary())
    doc = nlp(
        "Clinical Experience\nStudent nurse, Mercy Hospital\n\nWork History\nNursing Assistant 2013 - 2015\n\n"
        "Certifications\nSTNA - lapsed 2016\n"
    )
    spans = doc.spans[SPANS_KEY]
    assert "clinical-knowledge" not in {span.id_ for span in spans}
    assert all(span._.resumematch_status == "expired" for span in spans if span.id_ == "certified-nursing-assistant")
