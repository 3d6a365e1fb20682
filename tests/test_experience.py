"""Years of experience from resume date ranges, and the highest degree."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from resumematch.extract import extract_text
from resumematch.resume.dates import _POINT, _RANGE, _RANGE_LOWER, _SEPARATOR, find_date_ranges
from resumematch.resume.degrees import _LEVEL_SOURCES, degree_level_at_least, find_degrees, highest_degree, levels_in
from resumematch.resume.roles import (
    _FILLER,
    StemMemo,
    _stem,
    find_roles,
    subject_in,
    total_years,
)

TODAY = dt.date(2024, 6, 15)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Aug 2011 – Current", "2011-08-01", "2024-06-15"),
        ("02/2010 to 08/2011", "2010-02-01", "2011-09-01"),
        ("2019-Present", "2019-07-01", "2024-06-15"),
        ("Summer 2020", "2020-06-01", "2020-09-01"),
        ("2015 - 2018", "2015-07-01", "2018-07-01"),
        ("Jan. 2020 – Mar. 2021", "2020-01-01", "2021-04-01"),
        ("March 2019 to present", "2019-03-01", "2024-06-15"),
        ("2019-03 – 2021-06", "2019-03-01", "2021-07-01"),
        ("Jan '18 – Feb '20", "2018-01-01", "2020-03-01"),
        ("Fall 2019 - Spring 2021", "2019-09-01", "2021-06-01"),
        ("2/2015 – 11/2016", "2015-02-01", "2016-12-01"),
        ("June 2018 until May 2020", "2018-06-01", "2020-06-01"),
        ("May 2016 - Ongoing", "2016-05-01", "2024-06-15"),
        ("from 2012 to 2014", "2012-07-01", "2014-07-01"),
        ("Dec 2019-Jan 2021", "2019-12-01", "2021-02-01"),
        ("Since 2020", "2020-07-01", "2024-06-15"),
        ("Oct 2019 – Till date", "2019-10-01", "2024-06-15"),
        ("03.2015 - 06.2017", "2015-03-01", "2017-07-01"),
        ("September 2017 — December 2019", "2017-09-01", "2020-01-01"),
        ("Sept. 2021 - Now", "2021-09-01", "2024-06-15"),
        ("1/2010-12/2012", "2010-01-01", "2013-01-01"),
        ("APRIL 2014 THROUGH JUNE 2016", "2014-04-01", "2016-07-01"),
        ("Nov, 2013 ~ Feb, 2015", "2013-11-01", "2015-03-01"),
    ],
)
def test_date_formats(written: str, start: str, end: str) -> None:
    (found,) = find_date_ranges(f"Staff Nurse | {written}\n", today=TODAY)
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


def test_counting_rules() -> None:
    (years,) = find_date_ranges("2015 - 2018", today=TODAY)
    assert years.years == pytest.approx(3.0, abs=0.01)
    (months,) = find_date_ranges("Jan 2020 - Mar 2020", today=TODAY)
    assert months.years == pytest.approx(0.25, abs=0.01)
    assert find_date_ranges("Graduated May 2019; BLS 2023", today=TODAY) == []


def test_date_ranges_within_character_ranges_keep_their_offsets() -> None:
    text = "EDUCATION\nBSN 2010 - 2014\nEXPERIENCE\nStaff Nurse, Jan 2015 - Mar 2020\n"
    everywhere = find_date_ranges(text, today=TODAY)
    experience = text.index("EXPERIENCE")
    (found,) = find_date_ranges(text, today=TODAY, within=[(experience, len(text))])
    assert len(everywhere) == 2 and found == everywhere[1]
    assert text[found.offset : found.end_offset] == "Jan 2015 - Mar 2020"


def test_present_is_relative_to_the_reference_date() -> None:
    (early,) = find_date_ranges("Jan 2020 - Present", today=dt.date(2021, 1, 1))
    (late,) = find_date_ranges("Jan 2020 - Present", today=dt.date(2023, 1, 1))
    assert early.years == pytest.approx(1.0, abs=0.01)
    assert late.years == pytest.approx(3.0, abs=0.01)


RESUME = """Jordan Rivera, RN

Experience
Charge Nurse, Mercy Hospital | Aug 2019 – Present
- Led a team of 8 nurses; nursing care for 30 beds
Staff Nurse, Mercy Hospital | 06/2016 to 07/2019
- Medical-surgical nursing
Weekend Phlebotomist, City Lab | 2018 - 2020
- Drew blood samples

Education
Bachelor of Science in Nursing, State University, 2012 - 2016
Associate of Science, Community College, 2010 - 2012
"""


def _resume(text: str = RESUME):  # type: ignore[no-untyped-def]
    return extract_text(text, source="resume.txt")


def test_roles_and_overlap_not_double_counted() -> None:
    document = _resume()
    roles = find_roles(document, today=TODAY)
    assert [r.title for r in roles] == [
        "Charge Nurse, Mercy Hospital",
        "Staff Nurse, Mercy Hospital",
        "Weekend Phlebotomist, City Lab",
    ]
    # 06/2016 .. 2024-06-15 without gaps: the 2018-2020 job overlaps and adds nothing.
    assert total_years(roles) == pytest.approx(8.04, abs=0.02)
    assert sum(r.years for r in roles) > total_years(roles) + 1.9
    # education dates are not experience
    assert all(r.section == "experience" for r in roles)


def test_years_by_subject() -> None:
    document = _resume()
    roles = find_roles(document, today=TODAY)
    assert total_years(roles, subject="nursing", text=document.text) == pytest.approx(8.04, abs=0.02)
    assert total_years(roles, subject="phlebotomy", text=document.text) == pytest.approx(2.0, abs=0.02)
    assert total_years(roles, subject="radiology", text=document.text) == 0.0


def test_date_line_without_title_takes_the_line_above() -> None:
    document = _resume("Experience\nUnit Secretary, Lakeside Clinic\nSummer 2020\n")
    (role,) = find_roles(document, today=TODAY)
    assert role.title == "Unit Secretary, Lakeside Clinic"
    assert role.years == pytest.approx(0.25, abs=0.01)


def test_a_range_that_a_column_layout_split_over_two_lines() -> None:
    """Templates that put the dates in a column of their own come out of the PDF as
    "June 2020 -" ahead of the role's line and "Present" ahead of the next one."""
    document = _resume(
        "Experience\n"
        "June 2020 - MERN Stack Developer, OpenAI, San Francisco, USA\n"
        "Present Working on the development of the ChatGPT project.\n"
        "July 2015 - Full Stack Developer, Uber, San Francisco, USA\n"
        "May 2020 Developed and maintained scalable web applications.\n"
    )
    roles = find_roles(document, today=TODAY)
    assert [(r.title, r.dates) for r in roles] == [
        ("MERN Stack Developer, OpenAI, San Francisco, USA", "June 2020 - Present"),
        ("Full Stack Developer, Uber, San Francisco, USA", "July 2015 - May 2020"),
    ]
    assert total_years(roles) == pytest.approx(8.96, abs=0.02)  # July 2015 to June 2024
    (current,) = find_date_ranges("2017 - Product Manager, Google\nPresent Leading teams.\n", today=TODAY)
    assert (current.text, current.start, current.end) == ("2017 - Present", dt.date(2017, 7, 1), TODAY)
    # a year starting the next line is as often the next item of a list; after a bare
    # year, only "Present" ends such a range
    assert find_date_ranges("2019 - Led the API work\n2020 - Led the migration\n", today=TODAY) == []
    assert find_date_ranges("Jan 2019 - Led the API work\n2020 budget met\n", today=TODAY) == []
    assert find_date_ranges("2019 - Led the API work\nMay 2020 release\n", today=TODAY) == []
    # a sentence that starts with a word for now, or the next line's own range
    assert find_date_ranges("June 2022 - Staff Nurse, Mercy\nDate of hire was delayed.\n", today=TODAY) == []
    assert [r.text for r in find_date_ranges("Jan 2019 - Nurse\nMarch 2021 - Present Charge Nurse\n", today=TODAY)] == [
        "March 2021 - Present"
    ]


@pytest.mark.parametrize(
    ("name", "dates", "first_title"),
    [
        (
            "bruce_wayne_fullstack",
            ["June 2020 - Present", "July 2015 - May 2020", "June 2012 - June 2015"],
            "MERN Stack Developer",
        ),
        ("harvey_dent_mle", ["2021 - Present", "2018 - 2021", "2016 - 2018"], "Machine Learning Engineer"),
    ],
)
def test_a_column_layout_fixture_has_its_roles(name: str, dates: list[str], first_title: str) -> None:
    from conftest import FIXTURES, need

    from resumematch.extract import extract

    document = extract(need(FIXTURES / "resume-matcher" / "resumes" / f"{name}.pdf"))
    roles = find_roles(document, today=dt.date(2026, 11, 26))
    assert [r.dates for r in roles] == dates
    assert roles[0].title.split(",")[0] == first_title


def test_highest_degree_and_field() -> None:
    degree = highest_degree(find_degrees(_resume()))
    assert degree is not None
    assert (degree.level, degree.field) == ("bachelor", "nursing")


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("MSN, Nursing Leadership, Duke University", "master", "nursing"),
        ("Associate Degree in Nursing (ADN), 2014", "associate", "nursing"),
        ("B.S. in Health Administration", "bachelor", "health administration"),
        ("Master of Public Health", "master", "public health"),
        ("High School Diploma, Central High", "high_school", None),
        ("B.Tech, Computer Science and Engineering, IIT Delhi", "bachelor", "computer science and engineering"),
        ("BTech in Computer Science", "bachelor", "computer science"),
        ("B.E. in Mechanical Engineering", "bachelor", "mechanical engineering"),
        ("M.Tech in Data Science, 2021", "master", "data science"),
        ("M.Eng in Electrical Engineering", "master", "electrical engineering"),
        ("BS in Computer Engineering Sept 2014 - June 2018", "bachelor", "computer engineering"),
        ("BS in Nursing Dec. 2015", "bachelor", "nursing"),
    ],
)
def test_degree_forms(line: str, level: str, field: str | None) -> None:
    degree = highest_degree(find_degrees(_resume(f"Education\n{line}\n")))
    assert degree is not None
    assert (degree.level, degree.field) == (level, field)


def test_expected_degree_is_not_held() -> None:
    degrees = find_degrees(_resume("Education\nBSN, expected May 2026\nAssociate Degree in Nursing, 2019\n"))
    assert highest_degree(degrees).level == "associate"  # type: ignore[union-attr]


def test_level_order() -> None:
    assert degree_level_at_least("bachelor", "associate")
    assert not degree_level_at_least("associate", "bachelor")


# ------------------------------------------- fast paths give the slow paths' answers

_TEXT_WORDS = [
    "nursing", "nurse", "Nurses", "leadership", "leader", "leaders", "nurseries", "unleaded", "charge", "ICU",
    "hospital", "care", "a", "of", "and",
    "Bachelor", "B.S.N", "BSN", "bsn", "MSN", "M.S.", "ms", "as", "A.S.", "ADN", "Associate's", "associate",
    "degree", "in", "Ph.D", "ph d", "PsyD", "GED", "high", "school", "diploma", "Diploma", "certificate",
    "program", "ſchool", "MAſTER", "ı", "K", "–", "\n", ",", ".", "Master's", "doctorate", "Doctor", "of",
]  # fmt: skip
_words = st.lists(st.sampled_from(_TEXT_WORDS), max_size=25).map(" ".join)


def _reference_subject_in(subject: str, text: str) -> bool:
    """subject_in as first written: every stem compared with every subject word."""
    words = [w for w in re.findall(r"[a-z]+", subject.lower()) if w not in _FILLER]
    if not words:
        return False
    stems = {_stem(w) for w in re.findall(r"[a-z]+", text.lower())}
    return all(any(s.startswith(_stem(w)[:5]) for s in stems) for w in words)


@settings(max_examples=300, deadline=None)
@given(subject=_words, text=_words)
def test_subject_in_matches_the_plain_scan(subject: str, text: str) -> None:
    memo: StemMemo = {}
    expected = _reference_subject_in(subject, text)
    assert subject_in(subject, text) is expected
    assert subject_in(subject, text, memo=memo) is expected
    assert subject_in(subject, text, memo=memo) is expected  # answered from the memo


_joined_words = st.lists(
    st.tuples(st.sampled_from(_TEXT_WORDS), st.sampled_from([" ", "", "/", "(", ")", "-", "'", ".", "\n", "é"])),
    max_size=25,
).map(lambda pairs: "".join(word + separator for word, separator in pairs))


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(_words, _joined_words))
def test_degree_levels_match_one_search_per_pattern(text: str) -> None:
    """The combined pre-search and the scan from a non-word character find what the six
    plain patterns (each behind ``\\b``) find."""
    expected = []
    for level, pattern in _LEVEL_SOURCES:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            word = match.group(0)
            if len(word.replace(".", "")) <= 3 and not word.replace(".", "").isupper():
                continue
            expected.append((level, match.start(), match.end()))
    assert levels_in(text) == sorted(expected, key=lambda item: item[1])


_DATE_WORDS = [
    "Jan", "january", "SEPT", "Sept.", "sep", "May", "March", "Summer", "fall", "2019", "2020", "1999", "2031",
    "'18", "03", "3", "12", "13", "/", ".", "-", "--", "–", "—", "~", "to", "until", "through", "thru", "Present",
    "current", "Currently", "now", "today", "Ongoing", "to date", "date", "from", "since", "Since", "\n", ",",
    "managed", "ſ", "ı", "K", "é", "2019-03", "2021/06", "06/2019", "2020.04", "(", "|", "DATE",
]  # fmt: skip
_dates = st.lists(st.sampled_from(_DATE_WORDS), max_size=14).flatmap(
    lambda words: st.sampled_from(["", " "]).map(lambda sep: sep.join(words))
)


# The plain rule: a range not preceded by a word character, "/", "." or "-", as a
# look-behind, with no gate: what _RANGE (gated, the preceding character matched
# rather than looked behind at, for speed) must find.
_PLAIN_RANGE = re.compile(
    rf"(?<![\w/.-])(?:from\s+|since\s+(?P<since>))?{_POINT.replace('@P@', 'a_')}"
    rf"(?:{_SEPARATOR}{_POINT.replace('@P@', 'b_')})?(?![\w/])",
    re.IGNORECASE,
)


@settings(max_examples=600, deadline=None)
@given(text=_dates, cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
@example(text="2019-03 - Jan \n 2021/06", cut=(0, 0))  # a range split over two lines
def test_date_scan_matches_the_plain_pattern(text: str, cut: tuple[int, int]) -> None:
    """The gated scan finds the matches the plain look-behind pattern finds, in any window."""
    start, end = sorted(min(c, len(text)) for c in cut)
    for lo, hi in [(0, len(text)), (start, end)]:
        expected = [(m.start(), m.end()) for m in _PLAIN_RANGE.finditer(text, lo, hi)]
        found = [(m.start("range") - 1, m.end("range") - 1) for m in _RANGE.finditer(" " + text, lo, hi + 1)]
        assert found == expected
        if text.isascii():
            lowered = " " + text.lower()
            assert [(m.start("range") - 1, m.end("range") - 1) for m in _RANGE_LOWER.finditer(lowered, lo, hi + 1)] == (
                expected
            )
    for found_range in find_date_ranges(text, today=TODAY):
        written = text[found_range.offset : found_range.end_offset]
        if found_range.text != written:
            # A range split over two lines ("2019-03 -" / "2021/06"): its offsets cover the
            # start and its dash, its text adds the end as written at the next line's start.
            assert found_range.text.startswith(written.strip() + " ")
            end_written = found_range.text[len(written.strip()) + 1 :]
            next_line = text.find("\n", found_range.end_offset)
            assert next_line != -1 and text[next_line + 1 :].lstrip().startswith(end_written)


def test_roles_under_many_sections_are_the_same_by_bisection_as_by_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past BISECT_SECTIONS, sections are looked up by bisection: the roles found must not change."""
    import resumematch.models.document as document_module

    blocks = []
    for i in range(40):
        heading = ("EXPERIENCE", "SKILLS", "VOLUNTEER EXPERIENCE", "EDUCATION")[i % 4]
        blocks.append(f"{heading}\nCharge Nurse {i}\nJan {1990 + i % 30} - Mar {1991 + i % 30}\nLed the unit.\n")
    document = extract_text("\n".join(blocks))
    assert len(document.sections) > document_module.BISECT_SECTIONS
    today = dt.date(2026, 11, 26)
    bisected = find_roles(document, today=today)
    monkeypatch.setattr(document_module, "BISECT_SECTIONS", 10**9)
    scanned = find_roles(extract_text("\n".join(blocks)), today=today)
    assert len(bisected) >= 20 and bisected == scanned
