"""Credentials as things with attributes: who issued a certification or license, and when.

Resumes state these next to the credential, on the same line: "BLS (AHA), exp. 06/2026",
"American Heart Association ACLS Provider, 2021–2023", "CCRC — ACRP, earned March 2022".
For each certification or license mention, the text from the mention to the next
credential on the line (or the line's end) is searched for an issuer (from
``data/credentials.json``) and for dates; a few words before the mention are searched
for an issuer only ("AHA BLS"). Dates are normalised to ``YYYY`` or ``YYYY-MM``.

A date after "exp."/"expires"/"valid through"/"expired" is the expiry; a date after
"earned"/"issued"/"obtained"/"since" or a bare date is when it was earned; a range
"2021–2023" is both; a date after "expected"/"anticipated" is neither (the credential is
not held yet, which the assertion status says).
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from ..errors import VocabError
from ..models import CREDENTIAL_CATEGORIES
from ..resume.dates import two_letter_gate

__all__ = [
    "CredentialInfo",
    "IssuerTable",
    "WrittenDate",
    "credential_attributes",
    "date_expressions",
    "default_issuers",
    "load_issuers",
    "normalise_date",
]

_LOOK_AFTER_CHARS = 90
_LOOK_BEFORE_CHARS = 45

_MONTHS = {
    m: i
    for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}(?!\d)|(?:19|20)\d{{2}})"
_KEYWORD = (
    r"(?P<kw>exp(?:ires?|iration(?:\s+date)?|ired|\.)?|valid\s+(?:through|thru|until|to)|renew(?:s|al)?(?:\s+due)?"
    r"|earned|issued|obtained|awarded|certified|since|completed|passed|expected|anticipated|est\.?)"
)
# Every match starts with a digit or one of these words. Python's re tries the whole
# pattern at each character of the text; checking two letters first lets it leave
# most characters at once (a third of the cost; the same matches, tested).
_FIRST_WORDS = (
    *("exp", "valid", "renew", "earned", "issued", "obtained", "awarded", "certified", "since", "completed"),
    *("passed", "expected", "anticipated", "est"),
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
)
_GATE = two_letter_gate(_FIRST_WORDS)
_DATE_EXPR_SOURCE = (
    rf"(?:{_KEYWORD}\s*:?\s*)?(?P<date>{_DATE})(?:\s*(?:-|–|—|to)\s*(?P<until>{_DATE}|present|current))?"
)
_DATE_EXPR = re.compile(_GATE + _DATE_EXPR_SOURCE, re.IGNORECASE)
# For ASCII text: searched in the lower-cased text, so case-sensitive, the same matches
# at a quarter of the cost (every literal of the pattern is lower case). Lower-casing
# other text can change it ("İ" becomes two characters), so it keeps re.IGNORECASE.
_DATE_EXPR_LOWER = re.compile(_DATE_EXPR.pattern.replace(r"\d", "[0-9]"))
"""For lower-cased ASCII text, where \\d is [0-9], which re checks without a Unicode look-up."""
_BEFORE_CUT = re.compile(r"[.;,|•(]")
_EXPIRES = ("exp", "valid", "renew")
_FOUR_DIGITS = re.compile(r"\d{4}")
"""Every date form holds four digits in a row (a year): text without them holds no date."""
_FOUR_ASCII_DIGITS = re.compile(r"[0-9]{4}")
"""``_FOUR_DIGITS`` for ASCII text, where \\d is [0-9]: no Unicode look-up per character."""
_WORD = re.compile(r"\w+")
_MONTH_SLASH_YEAR = re.compile(r"(\d{1,2})/(\d{4})")
_YEAR_DASH_MONTH = re.compile(r"(\d{4})-(\d{2})")
_MONTH_NAME_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{4})")
_NOT_HELD = ("expected", "anticipated", "est")
_DIGIT_RUN = re.compile(r"[0-9]{4,}")
"""Every date expression holds four digits in a row (its year)."""
_HELD_CHARACTERS = frozenset(
    [*"abcdefghijklmnopqrstuvwxyz0123456789.:/-", *(chr(c) for c in range(128) if re.fullmatch(r"\s", chr(c)))]
)
"""The ASCII characters a date expression can hold in lower-cased text: letters, digits, white
space and the pattern's four punctuation marks; any other character ("," "|" "(" ";") ends one."""
_BREAK_TABLE = bytes(c if chr(c) in _HELD_CHARACTERS else 0 for c in range(256))
"""``bytes.translate`` table: every character no date expression holds becomes a zero byte."""


class CredentialInfo(NamedTuple):
    """Issuer and dates found next to one credential mention (each may be ``None``).

    A NamedTuple, not a frozen dataclass: one is made per credential mention (20-30 on
    a nurse's resume), and a frozen dataclass sets each field through
    ``object.__setattr__``.
    """

    issuer: str | None = None
    earned: str | None = None
    expires: str | None = None


_NONE = CredentialInfo()


IssuerPhrase = tuple[tuple[str, ...], bool, str]
"""An issuer's name as words, whether it is matched case-sensitively (abbreviations are), and its key."""


class IssuerTable:
    """The bodies that issue credentials (the format of ``data/credentials.json``), indexed.

    Part of the spaCy component's data, like its assertion and people rules: configured by
    a path (``credential_issuers``), saved with ``to_disk``. Names are looked up word by
    word by their first word (lower-cased), longest first: one regular expression of
    every name, each behind ``\\b``, made the engine try every alternative at every
    position of the text.
    """

    _KEYS = frozenset({"schema", "description", "issuers"})

    def __init__(self, issuers: dict[str, tuple[str, ...]]) -> None:
        self.issuers = issuers
        index: dict[str, list[IssuerPhrase]] = {}
        for key, full_names in issuers.items():
            for name, cased in [(key, True), *((full, False) for full in full_names)]:
                words = tuple(_WORD.findall(name if cased else name.lower()))
                index.setdefault(words[0].lower(), []).append((words, cased, key))
        self.index = {first: tuple(sorted(phrases, key=lambda p: -len(p[0]))) for first, phrases in index.items()}

    @classmethod
    def from_dict(cls, raw: object, *, where: str) -> IssuerTable:
        """Validated issuers; every problem is listed in one VocabError that starts with ``where``."""
        if not isinstance(raw, dict):
            raise VocabError(f"{where}: credential issuers must be a JSON object")
        problems = [f"unknown key {key!r} (allowed: {sorted(cls._KEYS)})" for key in raw if key not in cls._KEYS]
        issuers = raw.get("issuers")
        table: dict[str, tuple[str, ...]] = {}
        if not isinstance(issuers, dict):
            problems.append('"issuers" must be an object of abbreviation -> list of full names')
        else:
            for key, names in issuers.items():
                if not _WORD.search(key) or not isinstance(names, list):
                    problems.append(f"issuer {key!r}: needs a word and a list of full names")
                elif not all(isinstance(n, str) and _WORD.search(n) for n in names):
                    problems.append(f"issuer {key!r}: every full name must be a string with a word in it")
                else:
                    table[key] = tuple(names)
        if problems:
            raise VocabError(f"{where}: " + "; ".join(problems))
        return cls(table)

    def to_dict(self) -> dict[str, object]:
        return {"schema": 1, "issuers": {key: list(names) for key, names in self.issuers.items()}}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IssuerTable) and other.issuers == self.issuers

    def __hash__(self) -> int:
        return hash(tuple(self.issuers.items()))

    def find(self, text: str) -> str | None:
        """The first issuer ``text`` names, as whole words: an abbreviation as written ("AHA"), a full
        name in any case."""
        index = self.index
        words = _WORD.findall(text)
        lower = [word.lower() for word in words]
        for i, first in enumerate(lower):
            for phrase, cased, key in index.get(first, ()):
                if tuple((words if cased else lower)[i : i + len(phrase)]) == phrase:
                    return key
        return None


def _issuer_index() -> dict[str, tuple[IssuerPhrase, ...]]:
    """The packaged issuers by first word (for tests)."""
    return default_issuers().index


@lru_cache(maxsize=1)
def default_issuers() -> IssuerTable:
    """The packaged ``data/credentials.json``."""
    raw = json.loads(resources.files("resumematch.data").joinpath("credentials.json").read_text("utf-8"))
    return IssuerTable.from_dict(raw, where="resumematch/data/credentials.json")


def load_issuers(path: str | os.PathLike[str]) -> IssuerTable:
    """A credential issuers file of your own (the format of ``data/credentials.json``), validated."""
    from .assertion import read_rules_file

    return IssuerTable.from_dict(read_rules_file(path, "credential issuers"), where=str(path))


def normalise_date(text: str) -> str | None:
    """'May 2027' → '2027-05', '06/2026' → '2026-06', '2019' → '2019'; anything else → None."""
    text = text.strip().rstrip(".")
    if _FOUR_DIGITS.fullmatch(text):
        return text
    if m := _MONTH_SLASH_YEAR.fullmatch(text):
        month = int(m.group(1))
        return f"{m.group(2)}-{month:02d}" if 1 <= month <= 12 else m.group(2)
    if m := _YEAR_DASH_MONTH.fullmatch(text):
        return text if 1 <= int(m.group(2)) <= 12 else m.group(1)
    if m := _MONTH_NAME_YEAR.fullmatch(text):
        month_number = _MONTHS.get(m.group(1)[:3].lower())
        return f"{m.group(2)}-{month_number:02d}" if month_number else m.group(2)
    return None


class WrittenDate(NamedTuple):
    """One date expression of a text: where it starts, its date and range end (``YYYY`` or
    ``YYYY-MM``; ``until`` is ``None`` for a single date or "Present"), and whether a keyword
    makes it an expiry or a plan ("exp. 2025", "expected 2027") rather than a date lived."""

    offset: int
    date: str
    until: str | None
    expiry_or_plan: bool


def _ascii_date_matches(lowered: str) -> list[re.Match[str]]:
    """``_DATE_EXPR_LOWER.finditer(lowered)`` on lower-cased ASCII text, read only around its years.

    A match holds a year (four digits) and none of the characters outside ``_HELD_CHARACTERS``,
    so no match begins before the last such character in front of the next four digits: the
    pattern is searched from there, to the next such character (the pattern reads nothing past
    one: its last test is "no digit next", which end and a comma both pass), not tried at every
    character of the text (``tests/test_speed_s19.py`` compares the two)."""
    marked = lowered.encode("ascii").translate(_BREAK_TABLE)
    found: list[re.Match[str]] = []
    position = 0
    while (digits := _DIGIT_RUN.search(lowered, position)) is not None:
        year = digits.start()
        start = max(position, marked.rfind(0, position, year) + 1)
        end = marked.find(0, year)
        end = len(lowered) if end == -1 else end
        match = _DATE_EXPR_LOWER.search(lowered, start, end)
        if match is None:
            position = end
            continue
        found.append(match)
        position = match.end()
    return found


def date_expressions(text: str, *, reference: bool = False) -> list[WrittenDate]:
    """Every date expression of ``text`` as the credential reader finds it (call it only when a
    credential has a written expiry); ``reference``: one regular expression over the whole text,
    where ASCII text is otherwise read around its years only (:func:`_ascii_date_matches`)."""
    if not text.isascii():
        matches: Iterable[re.Match[str]] = _DATE_EXPR.finditer(text)
    elif reference:
        matches = _DATE_EXPR_LOWER.finditer(text.lower())
    else:
        matches = _ascii_date_matches(text.lower())
    found = []
    for match in matches:
        date = normalise_date(match.group("date"))
        start, end = match.start("date"), match.end("date")
        if date is None or (start and text[start - 1].isdigit()) or text[end : end + 1].isdigit():
            continue  # a postcode, a phone or licence number, not a date
        keyword = (match.group("kw") or "").lower()
        until = match.group("until")
        last = normalise_date(until) if until and until.lower() not in ("present", "current") else None
        found.append(WrittenDate(start, date, last, keyword.startswith((*_NOT_HELD, *_EXPIRES))))
    return found


def _dates(text: str) -> tuple[str | None, str | None]:
    earned = expires = None
    matches = _DATE_EXPR_LOWER.finditer(text.lower()) if text.isascii() else _DATE_EXPR.finditer(text)
    for match in matches:
        keyword = (match.group("kw") or "").lower()
        date = normalise_date(match.group("date"))
        until = match.group("until")
        if keyword.startswith(_NOT_HELD):
            continue
        if keyword.startswith(_EXPIRES):
            expires = expires or date
        elif until:
            earned = earned or date
            if until.lower() not in ("present", "current"):
                expires = expires or normalise_date(until)
        else:
            earned = earned or date
    return earned, expires


def credential_attributes(
    text: str,
    spans: Sequence[tuple[int, int, str]],
    *,
    term_ids: Sequence[str] | None = None,
    issuers: IssuerTable | None = None,
) -> list[CredentialInfo]:
    """Issuer and dates for each ``(start_char, end_char, category)``, in the same order.

    With ``term_ids`` (one per span), a repeat of the same credential right after it
    ("Registered Nurse (RN), ...") does not end its stretch of text. ``issuers``: the
    packaged ``data/credentials.json`` unless given.

    >>> text = "BLS (AHA), exp. 06/2026; ACLS, American Heart Association, 2021-2023"
    >>> [i.issuer for i in credential_attributes(text, [(0, 3, "certification"), (25, 29, "certification")])]
    ['AHA', 'AHA']
    """
    find_issuer = (issuers or default_issuers()).find
    ids = list(term_ids) if term_ids is not None else [str(i) for i in range(len(spans))]
    starts = sorted(
        (start, ids[i]) for i, (start, _, category) in enumerate(spans) if category in CREDENTIAL_CATEGORIES
    )
    four_digits = _FOUR_ASCII_DIGITS if text.isascii() else _FOUR_DIGITS
    result = []
    for index, (start, end, category) in enumerate(spans):
        if category not in CREDENTIAL_CATEGORIES:
            result.append(_NONE)
            continue
        # Both line searches look no further than the stretch can reach: on a document
        # extracted as one line, a search to the line's end per credential was quadratic.
        line_end = text.find("\n", end, end + _LOOK_AFTER_CHARS)
        stop = min(line_end if line_end != -1 else len(text), end + _LOOK_AFTER_CHARS)
        for k in range(bisect.bisect_left(starts, (end, "")), len(starts)):  # no copy of the rest
            s, term_id = starts[k]
            if s >= stop:
                break
            if term_id != ids[index]:
                stop = s
                break
        reach = max(0, start - _LOOK_BEFORE_CHARS)
        line_start = text.rfind("\n", reach, start) + 1
        before = _BEFORE_CUT.split(text[max(line_start, reach) : start])[-1]
        after = text[end:stop]
        # A cheap gate before the date expression ("(RN) with 8 years of ..." has none).
        earned, expires = _dates(after) if four_digits.search(after) else (None, None)
        result.append(CredentialInfo(issuer=find_issuer(after) or find_issuer(before), earned=earned, expires=expires))
    return result
