"""A resume's dated roles and its years of experience (degrees: ``degrees.py``).

A role is a date range in an experience section (``dates.py`` reads the ranges
and counts their years) with the title written on its line or the line above (or, under a
bare date line, the line below), and the
text that runs to the next role. Overlapping roles are merged before adding up, so two
part-time jobs held at once count as the time they span, not twice.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from ..models import Document, Role
from ..models.document import line_bounds
from .dates import DateRange, find_date_ranges, merged_years
from .degrees import DEGREE_LINE

__all__ = [
    "DateRange",
    "duty_line",
    "find_date_ranges",
    "find_roles",
    "plain_title_line",
    "roles_about",
    "subject_in",
    "total_years",
]

_ROLE_SECTIONS = {"experience", "volunteer", None}
_NON_WORD = re.compile(r"\W")
_SPACES = re.compile(r"\s+")
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣·]|\d+[.)])\s")


def find_roles(document: Document, *, today: dt.date | None = None) -> tuple[Role, ...]:
    """The dated roles of a resume's experience sections, each with its years and lines.

    A role's title is the text of its date line without the dates (or the line above
    when the date line holds nothing else, else the plain title line below it:
    "03/2016 to 08/2019" / "Receptionist II"); its text runs to the next role or section.
    When the resume has an experience section, dates elsewhere (education,
    certifications) are ignored; otherwise a date range counts unless its line is about
    a degree.
    """
    text = document.text
    has_experience = any(s.kind == "experience" for s in document.sections)
    allowed: set[str | None] = {"experience", "volunteer"} if has_experience else _ROLE_SECTIONS
    ranges = []
    # Only the allowed sections are searched: Python's re costs about 40 ns a character
    # whether or not anything matches, and education or certification dates are never roles.
    for found in find_date_ranges(text, today=today, within=_spans_of(document, allowed)):
        section = document.section_of(found.offset)
        if section not in allowed:
            continue
        if not has_experience:
            line_start, line_end = line_bounds(text, found.offset)
            if DEGREE_LINE.search(text[line_start:line_end]):
                continue
        ranges.append((found, section))
    headers = [
        _header_start(
            text, found.offset, max(ranges[i - 1][0].end_offset if i else 0, _body_start(document, found.offset))
        )
        for i, (found, _section) in enumerate(ranges)
    ]
    roles = []
    for index, (found, section) in enumerate(ranges):
        line_start, line_end = line_bounds(text, found.offset, found.end_offset)
        # A title keeps 120 characters: a thousand of the line on each side of the dates
        # are more than enough, and a regular-expression pass over 4,000 per role is not
        # free on a document extracted as one line.
        before, after = text[line_start : found.offset][:1_000], text[found.end_offset : line_end][:1_000]
        title = _clean_title(before + " " + after)
        header = headers[index]
        bare = len(_NON_WORD.sub("", title)) < 3
        if header < line_start:
            above = _clean_title(text[header:line_start])
            title = f"{above}, {title}" if not bare else above
        if bare and header == line_start:
            title = _title_below(text, line_end, headers[index + 1] if index + 1 < len(ranges) else len(text)) or title
        stop = headers[index + 1] if index + 1 < len(ranges) else len(text)
        following = document.section_after(found.offset)
        if following is not None:
            stop = min(stop, following.start)
        roles.append(
            Role(
                title=_SPACES.sub(" ", title)[:120],
                dates=found.text.strip(),
                start=found.start.isoformat(),
                end=found.end.isoformat(),
                years=round(found.years, 2),
                offset=header,
                end_offset=max(stop, line_end),
                section=section,
            )
        )
    return tuple(roles)


def _spans_of(document: Document, kinds: set[str | None]) -> list[tuple[int, int]]:
    """The character ranges of ``document`` in sections of these kinds (``None``: outside every section)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for section in sorted(document.sections, key=lambda s: s.start):
        if section.start > position and None in kinds:
            spans.append((position, section.start))
        if section.kind in kinds:
            spans.append((max(position, section.start), section.end))
        position = max(position, section.end)
    if position < len(document.text) and None in kinds:
        spans.append((position, len(document.text)))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif start < end:
            merged.append((start, end))
    return merged


def _body_start(document: Document, offset: int) -> int:
    """Where the text under the heading of the section holding ``offset`` begins."""
    section = document.section_at(offset)
    if section is None:
        return 0
    # Searched up to ``offset`` only: when the heading's line runs past it, the dates sit
    # on the heading's line, and the role's heading is that line whichever start is
    # returned (see _header_start); a heading line of a million characters is not read
    # again for each of its dates.
    end_of_heading = document.text.find("\n", section.start, offset + 1)
    return section.start if end_of_heading == -1 else end_of_heading + 1


def _clean_title(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" \t|,–—-·•()")


def _title_below(text: str, line_end: int, next_header: int) -> str:
    """The title written on the line under a bare date line ("03/2016 to 08/2019" /
    "Receptionist II"), when that line is a plain title line (not a bullet, not a
    sentence, not the next role's heading)."""
    if line_end >= len(text) or text[line_end] != "\n":
        return ""
    below_end = text.find("\n", line_end + 1)
    below_end = len(text) if below_end == -1 else below_end
    if below_end > next_header or below_end - line_end > 121:
        return ""
    below = text[line_end + 1 : below_end].strip()
    return _clean_title(below) if plain_title_line(below) else ""


def plain_title_line(line: str) -> bool:
    """Whether a line may be a role's title: not blank, not a duty line, at most 12 words."""
    stripped = line.strip()
    return bool(stripped) and not duty_line(stripped) and len(stripped.split()) <= 12


def duty_line(line: str) -> bool:
    """Whether a line is a duty, never a title: a bullet ("- Call on nurses and physicians")
    or a sentence ending in a full stop."""
    stripped = line.strip()
    return _BULLET.match(stripped) is not None or stripped.endswith(".")


def _header_start(text: str, offset: int, previous_end: int) -> int:
    """Where a role's heading starts: its date line, or the line above when that line is a
    plain title line (not a bullet, not blank, after the previous role's dates)."""
    line_start = line_bounds(text, offset)[0]
    if line_start == 0 or text[line_start - 1] != "\n":
        return line_start  # the first line, or a line longer than the reach: no line above to take
    above_start = line_bounds(text, line_start - 1)[0]
    above = text[above_start : line_start - 1].strip()
    if above_start < previous_end or not plain_title_line(above):
        return line_start
    return above_start


StemMemo = dict[str, str]
"""Each text already asked about, lower-cased, so that one scoring pass (many subjects
asked of the same few role texts) lower-cases each text once. Make one per resume."""


def total_years(
    roles: Sequence[Role],
    *,
    subject: str | None = None,
    text: str = "",
    offsets: Iterable[int] = (),
    memo: StemMemo | None = None,
) -> float:
    """Years the roles span, overlaps merged; with ``subject``, only the roles about it.

    A role is about the subject when its text names it (``text`` is the resume text the
    roles' offsets point into) or holds one of ``offsets`` (mentions of the subject's terms).
    """
    chosen = roles
    if subject:
        chosen = roles_about(roles, subject, text, offsets, memo=memo)
    return round(merged_years((dt.date.fromisoformat(r.start), dt.date.fromisoformat(r.end)) for r in chosen), 2)


SUBJECT_SPAN = 60
"""How far apart (characters) a subject's words may stand in a role's text and still name
it: "acute care clinical nursing", "healthcare administration" fit; words from three
different duty lines do not."""


def roles_about(
    roles: Sequence[Role], subject: str, text: str, offsets: Iterable[int] = (), *, memo: StemMemo | None = None
) -> list[Role]:
    """The roles whose text names ``subject`` or holds one of ``offsets``."""
    points = sorted(offsets)
    return [
        r
        for r in roles
        if subject_in(subject, role_text(text, r), memo=memo, within=SUBJECT_SPAN)
        or any(r.offset <= p < r.end_offset for p in points)
    ]


def role_text(text: str, role: Role) -> str:
    """What a role is about, for :func:`subject_in`: its lines in the resume and its title."""
    return text[role.offset : role.end_offset] + " " + role.title


@functools.lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """A crude stem (nursing → nurs); memoised, as the same words recur in every resume."""
    word = word.lower()
    for suffix in ("ing", "ship", "ers", "er", "es", "s", "al"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_LETTERS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=4096)
def _subject_prefixes(subject: str) -> tuple[str, ...]:
    """The stem prefix each content word of ``subject`` must begin a stem of the text with;
    memoised: a posting asks about the same few subjects of every resume."""
    return tuple(_stem(w)[:5] for w in _LETTERS.findall(subject.lower()) if w not in _FILLER)


def _stem_starts(lowered: str, prefix: str) -> Iterator[int]:
    """Where the words of ``lowered`` whose stem starts with ``prefix`` start, in order.

    A stem is a prefix of its word, so only words that start with ``prefix`` can: they
    are found with ``str.find`` and only they are stemmed, instead of every word of the
    text.
    """
    at = lowered.find(prefix)
    while at != -1:
        if at == 0 or not "a" <= lowered[at - 1] <= "z":  # a word starts here
            word = _LETTERS.match(lowered, at)
            if word is not None and _stem(word.group()).startswith(prefix):
                yield at
        at = lowered.find(prefix, at + 1)


def _has_stem(lowered: str, prefix: str) -> bool:
    """Whether a word of ``lowered`` has a stem starting with ``prefix`` (stops at the first)."""
    return next(_stem_starts(lowered, prefix), None) is not None


def _close_together(lowered: str, prefixes: tuple[str, ...], within: int) -> bool:
    """Whether one word of each prefix stands in a stretch of at most ``within`` characters."""
    places = [list(_stem_starts(lowered, prefix)) for prefix in prefixes]
    if not all(places):
        return False
    return any(all(any(abs(q - p) <= within for q in other) for other in places[1:]) for p in places[0])


def subject_in(subject: str, text: str, *, memo: StemMemo | None = None, within: int | None = None) -> bool:
    """Whether every content word of ``subject`` appears in ``text`` (by stem: nursing ~ nurse).

    ``within``: the words must also stand close together, at most that many characters
    from the first ("clinical research coordination" is not "clinical team" in one line,
    "coordination of care" in another and "coordinated research and grants" in a third).
    ``memo`` (one dict per resume) keeps each text lower-cased for the next subject asked.
    """
    prefixes = _subject_prefixes(subject)
    if not prefixes:
        return False
    lowered = memo.get(text) if memo is not None else None
    if lowered is None:
        lowered = text.lower()
        if memo is not None:
            memo[text] = lowered
    if not all(_has_stem(lowered, prefix) for prefix in prefixes):
        return False
    return within is None or len(prefixes) < 2 or _close_together(lowered, prefixes, within)


_FILLER = {"a", "an", "the", "and", "or", "of", "in", "related", "field", "similar", "equivalent", "any"}
