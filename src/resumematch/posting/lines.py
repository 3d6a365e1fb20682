"""A posting's lines: which are headings, which are bullet points, which hard-wrapped
lines make one paragraph, and which line is the posting's title.

Kept apart from ``layout.py`` (which walks these lines and makes statements of them) and
``prose.py`` (which cuts a paragraph into sentences and clauses) because these rules read
only the shape of a line and its neighbours: capitals, colons, bullets, blank lines and
where a sentence visibly carries on.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .headings import CANDIDATE_LEAD_IN, QUESTION_HEADING, is_section_name
from .prose import SENTENCE_SPLIT

__all__ = ["BULLET", "PostingLines", "in_bare_list", "posting_lines", "title_line", "unwrap"]

# A requirement written as a field and its value ("License: MD/DO", "Certification: BLS").
_REQUIREMENT_FIELD_LINE = re.compile(
    r"^(?:licen[cs]e|licensure|certifications?|registration|degree|education)\s*:\s+\S", re.IGNORECASE
)
_HEADING_MAX_WORDS = 6
_LEAD_IN_MAX_WORDS = 10
# A line that ends on one of these characters or words has not ended its sentence.
_OPEN_END_CHARACTERS = ",&/(–—-"
_OPEN_END_WORDS = frozenset({
    "and", "or", "nor", "but", "of", "the", "a", "an", "to", "for", "in", "into", "on", "onto", "with", "within",
    "without", "from", "by", "via", "as", "at", "about", "across", "between", "through", "over", "under",
    "including", "such", "than", "our", "your", "their", "its", "this", "that", "these", "those", "is", "are", "be",
    "will", "can", "must", "should", "who", "which",
})  # fmt: skip
_CLOSING_MARKS = "\"'”’)]"
_TRAILING_WORD = re.compile(r"\w+$")
# "." too: NHS Jobs pastes its bullets as a full stop and a space (". RMN / RNLD").
BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣·o.]|\d+[.)])\s+")
_JOIN_WORDS = {"and", "or", "of", "the", "a", "an", "to", "for", "in", "with", "&"}
_TITLE_MAX_WORDS = 12
# Words a title does not use, which make a first line an item of a bare list instead.
_NOT_A_TITLE = re.compile(r"\b(?:years?|must|required|preferred|degree|certified|certification)\b|:", re.IGNORECASE)


class PostingLines(NamedTuple):
    """A posting's lines (a hard-wrapped paragraph joined into one, its line breaks kept
    so that offsets still add up), each with whether it is a heading and a bullet point."""

    lines: list[str]
    headings: list[bool]
    bullets: list[bool]


def _is_heading(line: str, alone: bool = False) -> bool:
    """A short line without a full stop whose words are capitalised or that ends in a colon,
    or (``alone``: blank lines around it) any short line without end punctuation."""
    stripped = line.strip()
    if stripped.endswith((":-", "…", "...")):
        # "About the Division / Speciality / Service :-", "You are…": a colon by another mark
        stripped = stripped.rstrip(".…-").rstrip() + ":"
    # Words, not the slashes and dashes between them ("Division / Speciality / Service").
    words = [w for w in stripped.rstrip(":").split() if any(c.isalnum() for c in w)]
    # A line that ends in a colon and stands alone leads in to what follows, though it is
    # longer than a heading ("What we would like to give you:").
    most = _LEAD_IN_MAX_WORDS if alone and stripped.endswith(":") else _HEADING_MAX_WORDS
    if not 0 < len(words) <= most or BULLET.match(line) or stripped.endswith((".", ",", ";")):
        return False
    if _REQUIREMENT_FIELD_LINE.match(stripped):
        return False  # "License: MD/DO": a requirement stated as a field, not a heading
    capitalised = all(w[0].isupper() or w.lower() in _JOIN_WORDS or not w[0].isalpha() for w in words)
    if stripped.endswith(":") or capitalised or stripped.isupper() or (alone and len(words) <= 4):
        return True
    # "Required qualifications", "What you'll do": a section's name in sentence case
    return len(words) <= 4 and is_section_name(stripped)


def unwrap(text: str) -> str:
    """A paragraph's text with each line break and the spaces around it made one space; a
    word broken at its hyphen ("scikit-" / "learn") is joined as written."""
    lines = [line.strip() for line in text.split("\n")]
    joined = lines[0]
    for line in lines[1:]:
        if line:
            hyphen = joined[-1:] == "-" and joined[-2:-1].isalnum() and line[0].isalnum()
            joined += line if hyphen else " " + line
    return joined


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` visibly carries on the sentence of ``previous``: the line above
    ends mid-sentence, and either this one starts with a lower-case word (or a bracket) or
    the line above ends on a comma or a word that cannot end a sentence ("...orchestration
    with Kubernetes or" / "ECS; strong grasp of SQL ...")."""
    tail = previous.rstrip()
    if not tail or tail.rstrip(_CLOSING_MARKS)[-1:] in (".", "!", "?", ":", ""):
        return False
    words = line.split(maxsplit=1)
    first = words[0] if words else ""
    # "eClinicalWorks", "iPhone": a name, which may start a list item
    if first.islower() or first.startswith("(") or tail[-1] in _OPEN_END_CHARACTERS:
        return True
    last_word = _TRAILING_WORD.search(tail[-20:])
    return last_word is not None and last_word.group(0).lower() in _OPEN_END_WORDS


def _wrapped_paragraphs(
    lines: list[str], blank: list[bool], heading: list[bool], bullet: list[bool]
) -> list[tuple[int, int]]:
    """``(first, end)`` line indices of each hard-wrapped paragraph of a posting, as
    e-mailed and plain-text postings are written.

    A run of prose lines (not blank, headings or bullet points) is one paragraph when
    somewhere in it a line visibly carries on the sentence above (:func:`_continues`):
    then its other breaks ("...expertise in Hugging Face" / "Transformers; ...") are the
    same wrapping. A run with none is a bare list, one item per line, and each line stays
    apart ("BLS certification" / "3+ years of clinical experience"). A bullet point's
    wrapped lines are joined to it anyway, when the statements are read.
    """
    prose = [not (b or h or u) for b, h, u in zip(blank, heading, bullet, strict=True)]
    paragraphs: list[tuple[int, int]] = []
    for i in [i for i in range(1, len(lines)) if prose[i] and prose[i - 1]]:
        if paragraphs and paragraphs[-1][1] == i:
            paragraphs[-1] = (paragraphs[-1][0], i + 1)  # the run goes on
        else:
            paragraphs.append((i - 1, i + 1))
    return [
        (first, end)
        for first, end in paragraphs
        if any(_continues(lines[k - 1], lines[k]) for k in range(first + 1, end))
    ]


def posting_lines(text: str) -> PostingLines:
    """A posting's lines, each with whether it is a heading and whether it is a bullet
    point; the lines of a hard-wrapped paragraph are joined into one, their line breaks
    kept (so that offsets still add up), so that a sentence is read whole."""
    physical = text.splitlines(keepends=True)
    blank = [not line.strip() for line in physical]
    heading = [
        not blank[i]
        and (
            _is_heading(line, (i == 0 or blank[i - 1]) and (i + 1 == len(physical) or blank[i + 1]))
            or (CANDIDATE_LEAD_IN.match(line) is not None and not BULLET.match(line))
            or (
                QUESTION_HEADING.match(line) is not None
                and (i == 0 or blank[i - 1])
                and (i + 1 == len(physical) or blank[i + 1])
                and len(line.split()) <= 14
            )
        )
        for i, line in enumerate(physical)
    ]
    for i in [i for i, is_heading in enumerate(heading) if is_heading and i]:
        # a short line that carries on the sentence above is no heading ("(Feast or Tecton), and")
        if not blank[i - 1] and not heading[i - 1] and _continues(physical[i - 1], physical[i]):
            heading[i] = False
    bullet = [not empty and BULLET.match(line) is not None for line, empty in zip(physical, blank, strict=True)]
    paragraphs = _wrapped_paragraphs(physical, blank, heading, bullet)
    if not paragraphs:
        return PostingLines(physical, heading, bullet)
    lines: list[str] = []
    headings: list[bool] = []
    bullets: list[bool] = []
    done = 0
    for first, end in paragraphs:
        lines += [*physical[done:first], "".join(physical[first:end])]
        headings += [*heading[done:first], False]
        bullets += [*bullet[done:first], bullet[first]]
        done = end
    return PostingLines(lines + physical[done:], headings + heading[done:], bullets + bullet[done:])


def in_bare_list(lines: list[str], headings: list[bool], i: int) -> bool:
    """Whether line ``i`` is one line of a run of lines of one sentence each (no blank
    line, heading or wrapped paragraph between them): a list whose bullets were lost. A
    line of several sentences is a paragraph of prose."""

    def one_sentence(k: int) -> bool:
        line = lines[k].strip()
        return bool(line) and not headings[k] and "\n" not in line and len(SENTENCE_SPLIT.split(line)) == 1

    return one_sentence(i) and any(one_sentence(k) for k in (i - 1, i + 1) if 0 <= k < len(lines))


def title_line(lines: list[str]) -> int | None:
    """The index of the posting's first line when it reads as its title: short, with no
    end punctuation, not a section's name nor an ask, and heading a block of at most two
    lines (the title and the employer), not a list."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    line = lines[first].strip()
    if "\n" in line or len(line.split()) > _TITLE_MAX_WORDS or line.endswith((".", "!", "?", ";", ",")):
        return None
    block = 1
    while first + block < len(lines) and lines[first + block].strip():
        block += 1
    if block > 2 or _NOT_A_TITLE.search(line) or is_section_name(line):
        return None
    return first
