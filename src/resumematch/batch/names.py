"""The candidate's name, read off the top of a resume, and every spelling of it to remove.

A resume states its owner's name once, near the top: on the first line, under a
"RESUME" or "CURRICULUM VITAE" heading, as "DOE, JANE" or in a ``Name:`` field. Once
known, every word of it is removed wherever it appears later (a signature, "Doe led the
unit", a handle such as ``janedoe88``), in any case and with or without its accents and
apostrophes. A name word that is also an English word ("Rose", "Baker") is removed only
where it is capitalised, so "baker" and "rose" in prose stay.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..english import english_words
from .identity import identity_data

__all__ = ["find_name", "name_pattern"]

_NAME_FIELD = re.compile(
    r"^\s*(?:full\s+|candidate\s+|applicant\s+)?name\s*[:\-]\s*(?P<name>[^\n|;•]+)", re.IGNORECASE | re.MULTILINE
)
_WORD = re.compile(r"^[^\W\d_][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_TOP_LINES = 8
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev"})


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    data = identity_data()
    headings = tuple(sorted(data["name_headings"], key=len, reverse=True))
    return (
        frozenset(data["not_name_words"]) | frozenset(data["name_headings"]),
        frozenset(data["name_particles"]),
        frozenset(data["credential_suffixes"]) | frozenset(data["us_states"]),
        headings,
    )


def _strip_heading(line: str) -> str:
    """``line`` without a leading "Resume", "Curriculum Vitae of", "CV -" heading."""
    _, _, _, headings = _lists()
    for heading in headings:
        match = re.match(rf"\s*{re.escape(heading)}\b\s*(?:of\b|for\b)?\s*[:\-–—|]?\s*", line, re.IGNORECASE)
        if match:
            return line[match.end() :]
    return line


def _name_shaped(word: str, english: bool) -> bool:
    """Whether ``word`` can be part of a name: not a long English word ("Certification"),
    not words run together ("CompanyName", "EXECUTIVEOFFICER"; "MacLeod" and "DeShawn" are)."""
    if english and len(word) >= 8:
        return False
    for part in re.split(r"['’\-]", word):
        low = part.lower()
        if len(part) > 15 or (len(part) >= 10 and _two_words(low)):
            return False
        inner = [i for i, c in enumerate(part) if c.isupper() and i > 0]
        if not part.isupper() and any(i > 3 for i in inner):
            return False
    return True


def _two_words(word: str) -> bool:
    """Whether ``word`` is two English words run together ("teamleadership")."""
    common = english_words()
    return any(word[:i] in common and word[i:] in common for i in range(3, len(word) - 2))


def _name_words(part: str, *, at_least: int = 2) -> list[str] | None:
    """The words of ``part`` when all of them could be a person's name, else None."""
    not_name, particles, _, _ = _lists()
    words = part.split()
    if not at_least <= len(words) <= 5:
        return None
    kept = []
    common = english_words()
    _, _, suffixes, _ = _lists()
    while words and words[0].strip(".").lower() in _TITLES:  # "Dr. Jane Doe"
        words = words[1:]
    while words and words[-1].strip(".").lower() in suffixes and (words[-1].isupper() or "." in words[-1]):
        words = words[:-1]  # "Jane Doe RN", "Jane Doe Ph.D."
    if not at_least <= len(words) <= 5:
        return None
    for word in words:
        bare = word.strip(".").lower()
        if bare in not_name or not _WORD.match(word) or not _name_shaped(word.strip("."), bare in common):
            return None
        if not word[0].isupper() and bare not in particles:  # "van", "de": a particle joins the name
            return None
        kept.append(word.strip("."))
    full = [w for w in kept if not _INITIAL.match(w + ".") and len(w) > 1]
    if len([w for w in full if w.lower() not in particles]) < 1:
        return None
    return full if len(full) >= min(at_least, 2) or (at_least == 1 and full) else None


def _from_line(line: str) -> list[str] | None:
    """The name words of a top line: "Jane Q. Doe, RN", "DOE, JANE", "José Núñez | Nurse"."""
    _, _, suffixes, _ = _lists()
    line = re.sub(r"\s*[(\[][^)\]]*[)\]]", " ", _strip_heading(line))  # "(she/her)", "[Photo]"
    head = re.split(r"\s*[|•·–—]\s*|\s{3,}|\t", line.strip())[0].strip()
    if not head:
        return None
    pieces = [p.strip() for p in head.split(",")]
    tail = [p for p in pieces[1:] if p]
    credentials = all(w.lower().strip(".") in suffixes for p in tail for w in p.split())
    if len(pieces) == 2 and tail and not credentials:
        last, first = _name_words(pieces[0], at_least=1), _name_words(pieces[1], at_least=1)
        if last and first:  # "LAST, FIRST"
            return last + first
    return _name_words(pieces[0])


def find_name(text: str) -> list[str]:
    """The name words of the resume whose text is ``text``: a ``Name:`` field, and the
    first line at the top that reads as a name (headings such as "RESUME" skipped)."""
    words: list[str] = []
    for match in _NAME_FIELD.finditer(text):
        found = _from_line(match.group("name")) or _name_words(match.group("name"), at_least=1)
        words.extend(found or [])
    for line in [ln for ln in text.splitlines() if ln.strip()][:_TOP_LINES]:
        found = _from_line(line)
        if found:
            words.extend(found)
            break
    return list(dict.fromkeys(words))


def _plain(word: str) -> str:
    """``word`` without accents ("Núñez" → "Nunez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _spellings(word: str) -> set[str]:
    """A name word as it may be written: with and without accents and apostrophes,
    and each half of a hyphenated name."""
    forms = {word, _plain(word)}
    for form in list(forms):
        forms |= {form.replace("'", "’"), form.replace("’", "'"), re.sub(r"['’]", "", form)}
        forms |= {part for part in re.split(r"-", form) if len(part) > 2}
    return {f for f in forms if len(f) > 1}


def name_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A pattern for every spelling of the name ``words`` (and handles built from it,
    such as ``janedoe``, ``jane.doe``, ``jdoe``), or None when there is no name."""
    if not words:
        return None
    common = english_words()
    _, particles, _, _ = _lists()
    chains, chain = [], []
    for word in words:  # "van der Berg" is one name word; "van" alone is not removed
        chain.append(word)
        if word.lower() not in particles:
            chains.append(" ".join(chain))
            chain = []
    folded: set[str] = set()
    capital_only: set[str] = set()
    for word in chains:
        forms = _spellings(word) | (_spellings(word.split()[-1]) if " " in word else set())
        for form in forms:
            (capital_only if form.lower() in common else folded).add(form)
    full = [re.sub(r"[\s'’]", "", _plain(w).lower()) for w in chains]
    if len(full) >= 2:
        first = full[0]
        for last in {full[-1].replace("-", ""), *full[-1].split("-")}:  # "nunez-garcia", "nunez", "garcia"
            for joiner in ("", ".", "_", "-"):
                folded |= {first + joiner + last, last + joiner + first, first[0] + joiner + last}
    parts = [rf"(?i:{re.escape(f).replace(' ', r's+')})" for f in sorted(folded, key=len, reverse=True)]
    cased = {f for form in capital_only for f in (form[0].upper() + form[1:], form[0].upper() + form[1:].lower())}
    for form in sorted(cased, key=len, reverse=True):
        parts += [re.escape(form), re.escape(form.upper())]
    return re.compile(rf"(?<![\w@])(?:{'|'.join(parts)})\d*(?!\w)")
