"""Blind review: an anonymous, stable id per resume, and personal details taken out of
every text a ranking shows.

Inclusive-hiring guidance asks screeners not to see who a candidate is (name, contact
details, where they live) or how old they are (graduation years, ages, dates of birth)
until the shortlist is made. The score never reads any of these details in any mode;
this module only makes sure the *output* does not show them either: evidence snippets,
parse-warning and error messages go through :meth:`Redactor.redact` in blind mode.

Redaction is rule-based (no model, nothing downloaded): e-mail addresses, URLs and
profile handles, phone numbers, street addresses and postcodes, years, ages and dates
of birth are found by pattern; the candidate's name is taken from the top of the
resume (the first line that looks like a name, or a ``Name:`` field) and every word of
it is removed wherever it appears. It is built to err on the side of removing too much.

>>> redactor = Redactor.for_text("Jane Q. Doe\\njane@x.org | (555) 123-4567\\nBSN, 2009")
>>> redactor.redact("Jane Doe, BSN 2009 - jane@x.org")
'[name] [name], BSN [year] - [email]'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["Redactor", "anonymous_id", "redact"]

_ID_PREFIX = "cand-"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b(?:[\w-]+\.)*(?:linkedin|github|gitlab|twitter|x|facebook|instagram|doximity)\.com/\S*"
    r"|\b[\w-]+\.(?:com|org|net|io|me|dev|info)(?:/\S*)?\b",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z_][\w.]{1,30}")
# Any run of 9 to 15 digits with the usual separators; year ranges are told apart below.
_PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d ().\-]{6,22}\d(?![\w/])")
_STREET_SUFFIX = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|"
    r"terrace|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|apt|suite"
)
_STREET = re.compile(
    rf"\b\d{{1,6}}\s+(?:[A-Z0-9][\w'.-]*\s+){{0,4}}(?:{_STREET_SUFFIX})\b\.?"
    r"(?:,?\s*(?:apt|suite|unit|#)\s*[\w-]+)?",
    re.IGNORECASE,
)
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.IGNORECASE)
# "Springfield, IL 62704", "Leeds LS1 4AP": a postcode closes an address line.
_CITY_ZIP = re.compile(r"\b[A-Z][a-zA-Z .'-]{1,30},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_BIRTH = re.compile(
    r"\b(?:date of birth|birth ?date|d\.?o\.?b\.?|born(?: on| in)?)\b[:\s]*"
    r"(?:[^\n;|]{0,20}?(?<!\d)(?:19|20)\d{2}(?!\d)|[\d/.-]{6,10})?",
    re.IGNORECASE,
)
_AGE = re.compile(r"\b(?:age[d]?[:\s]+\d{1,2}|\d{1,2}\s*(?:years? old|y/?o|yrs? old))\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w.])(?:19[4-9]\d|20[0-4]\d)(?!\w)|(?<!\w)'\d{2}\b")
_NAME_FIELD = re.compile(r"^\s*(?:full\s+)?name\s*[:\-]\s*(?P<name>.+)$", re.IGNORECASE | re.MULTILINE)
_NAME_WORD = re.compile(r"^[A-Z][a-zA-Z'\-]+\.?$|^[A-Z]\.$")
_NOT_NAME = {
    "resume",
    "curriculum",
    "vitae",
    "cv",
    "summary",
    "profile",
    "objective",
    "experience",
    "education",
    "skills",
    "contact",
    "page",
    "registered",
    "nurse",
    "clinical",
    "coordinator",
}


def _phone(match: re.Match[str]) -> str:
    """``[phone]`` for 9 to 15 digits, unless the match is only years ("2005 - 2009")."""
    found = match.group(0)
    digits = sum(c.isdigit() for c in found)
    groups = re.findall(r"\d+", found)
    if all(len(g) == 4 and 1940 <= int(g) <= 2049 for g in groups) or not 9 <= digits <= 15:
        return found
    return "[phone]"


# Pattern, placeholder; order matters: e-mails before URLs and handles, streets before years.
_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_EMAIL, "[email]"),
    (_URL, "[url]"),
    (_HANDLE, "[url]"),
    (_BIRTH, "[birth date]"),
    (_AGE, "[age]"),
    (_PO_BOX, "[address]"),
    (_STREET, "[address]"),
    (_CITY_ZIP, "[address]"),
    (_PHONE, _phone),
    (_ZIP, "[address]"),
    (_YEAR, "[year]"),
)


def anonymous_id(content: bytes, *, salt: str = "") -> str:
    """A stable anonymous id for a resume: a hash of its bytes and ``salt``.

    The same file always gets the same id (so a mapping kept aside can be resolved, and
    an interrupted run can resume), and the id says nothing about the file's name.
    Pass a secret ``salt`` per hiring round so ids cannot be linked across rounds.
    """
    digest = hashlib.sha256(salt.encode("utf-8") + b"\x00" + content).hexdigest()
    return _ID_PREFIX + digest[:16]


def _name_words(line: str) -> list[str] | None:
    """The words of ``line`` when it looks like a person's name ("Jane Q. Doe-Smith, RN")."""
    head = line.split(",")[0].split("|")[0].strip()
    words = head.split()
    if not 2 <= len(words) <= 5:
        return None
    if any(w.lower().strip(".") in _NOT_NAME for w in words):
        return None
    if not all(_NAME_WORD.match(w) or (w.isupper() and w.isalpha() and len(w) > 1) for w in words):
        return None
    return [w.strip(".") for w in words if len(w.strip(".")) > 1] or None


def _find_name(text: str) -> list[str]:
    """Name words from a ``Name:`` field, else from the first lines of the resume."""
    words: list[str] = []
    for match in _NAME_FIELD.finditer(text):
        words.extend(w.strip(".,") for w in match.group("name").split() if len(w.strip(".,")) > 1)
    for line in [ln for ln in text.splitlines() if ln.strip()][:3]:
        found = _name_words(line)
        if found:
            words.extend(found)
            break
    return words


@dataclass(frozen=True)
class Redactor:
    """Removes one candidate's personal details from any text about their resume.

    ``names`` are the words of the candidate's name (found by :meth:`for_text`), removed
    wherever they appear as whole words, in any case; ``extra`` are literal strings to
    remove too (e.g. the file path, which often holds the name).
    """

    names: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()

    @classmethod
    def for_text(cls, text: str, *, extra: Iterable[str] = ()) -> Redactor:
        """A redactor for the resume whose extracted text is ``text``."""
        names = tuple(dict.fromkeys(w for w in _find_name(text) if w))
        return cls(names=names, extra=tuple(e for e in extra if e))

    def redact(self, text: str) -> str:
        """``text`` with every personal detail replaced by a ``[placeholder]``."""
        for literal in sorted(self.extra, key=len, reverse=True):
            text = text.replace(literal, "[file]")
        for pattern, placeholder in _RULES:
            text = pattern.sub(placeholder, text)
        if self.names:
            alternatives = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
            text = re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", "[name]", text, flags=re.IGNORECASE)
        return text


def redact(text: str, *, names: Iterable[str] = ()) -> str:
    """Remove contact details, addresses, years and ages (and ``names``) from ``text``."""
    return Redactor(names=tuple(names)).redact(text)
