"""The identity rules of blind review: what in a resume's text tells who the candidate is.

Each rule is a :class:`IdentityRule` (a kind, a pattern, a placeholder), built from the
word lists in ``data/identity.json`` so that a new label, pronoun or religion word is a
data change. :func:`identity_rules` is the ordered list the redactor applies; the order
matters (e-mails before URLs and handles, addresses before bare numbers, years last).
:func:`find_name` reads the candidate's name off the top of the resume (see
:mod:`resumematch.batch.names`). What is removed and what is kept, and why, is in
docs/blind-review.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from ..english import english_words

__all__ = ["IdentityRule", "identity_data", "identity_rules"]

Replacement = str | Callable[[re.Match[str]], str]


class IdentityRule(NamedTuple):
    """One kind of identity detail: ``kind`` names it in benchmarks, ``placeholder``
    replaces it in the shown text."""

    kind: str
    pattern: re.Pattern[str]
    placeholder: Replacement


@cache
def identity_data() -> dict[str, Any]:
    """The packaged ``data/identity.json`` (word lists, all lowercase)."""
    text = resources.files("resumematch.data").joinpath("identity.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _words(items: Iterable[str]) -> str:
    """An alternation of words and phrases, longest first, spaces matching any whitespace
    or hyphen and dots optional (``d.o.b`` also matches ``dob``)."""
    parts = []
    for item in sorted(set(items), key=len, reverse=True):
        escaped = re.escape(item).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?").replace(r"\.", r"\.?")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


# A field's value runs to the end of its segment: a line, a "|" or ";" or bullet, three
# spaces (columns), or the next "Label:" after a comma.
_SEGMENT_END = r"(?=[\n|;•·]|\s{3,}|,\s*[A-Z][\w ]{0,25}:|$)"
_VALUE = r"[^\n|;•·]*?" + _SEGMENT_END
_SHORT_VALUE = r"[^\n|;•·,]*?(?=[\n|;•·,]|\s{3,}|$)"
_CAP = r"[A-ZÀ-ÖØ-Þ]"  # an upper-case letter, Latin-1 accents included
_NAMEWORD = rf"{_CAP}[\w'’.-]*"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH},?\s+\d{{4}}"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
    r"|(?:19|20)\d{2})"
)
_TLD = r"(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|eu|info|me|us|ca|au|in|ch|at|biz|dev)"
_WEBMAIL = r"(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|aol|protonmail|proton|gmx|web|mail|msn|comcast)"


def _phone(match: re.Match[str]) -> str:
    """``[phone]`` for 7 to 15 digits, unless the match is only years ("2005 - 2009")."""
    found = match.group(0)
    groups = re.findall(r"\d+", found)
    digits = sum(len(g) for g in groups)
    if all(len(g) == 4 and 1940 <= int(g) <= 2049 for g in groups) or not 7 <= digits <= 15:
        return found
    if digits < 9 and not re.fullmatch(r"\+?\(?\d{3}\)?[\s.-]\d{4}", found.strip()):
        return found  # short runs only as "555-0187": not "12 3 45" in prose
    return "[phone]"


def _place(match: re.Match[str]) -> str:
    """``[address]`` for "Austin, TX", but "Excel, MS" (one English word before a state's
    two letters) is a skills list."""
    city = match.group("city")
    if match.group("state") and " " not in city and city.lower() in english_words():
        return match.group(0)
    return "[address]"


def _labelled(labels: Iterable[str], value: str = _VALUE, *, colon: bool = True) -> str:
    separator = r"\s*(?:[:=]|[-–—](?=\s))\s*" if colon else r"\s*[:=\-]?\s*"
    return rf"(?<![\w-]){_words(labels)}{separator}{value}"


@cache
def identity_rules() -> tuple[IdentityRule, ...]:
    """Every identity rule, in the order they are applied."""
    d = identity_data()
    i = re.IGNORECASE
    handle = r"@?[\w][\w.\-/]*"
    handleish = r"@?[\w.\-]*[\d._@/][\w.\-/]*"  # "jane.doe88", "@jd", "j_doe": not a plain word
    distinctive = ["skype", "xing", "telegram", "whatsapp", "wechat", "instagram", "twitter", "tiktok", "snapchat"]
    religion_kept = _words(d["religion_institution_words"])
    demonym = _words(d["demonyms"])
    rules = [
        # --- contact details
        IdentityRule(
            "email",
            re.compile(
                r"[\w.+'-]+\s*(?:@|[\[({<]\s*(?:at|@)\s*[\])}>])\s*[\w-]+"
                r"(?:\s*(?:\.|[\[({<]\s*(?:dot|\.)\s*[\])}>]|\s+dot\s+)\s*[\w-]+)+",
                i,
            ),
            "[email]",
        ),
        IdentityRule(
            "email",
            re.compile(
                rf"[\w.+'-]+\s+at\s+(?:[\w-]+(?:\s*\.\s*[\w-]+|\s+dot\s+[\w-]+)*\s+dot\s+{_TLD}"
                rf"|{_WEBMAIL}\s*\.\s*{_TLD})\b",
                i,
            ),
            "[email]",
        ),
        IdentityRule(
            "social",
            re.compile(
                r"(?:https?://|www\.)\S+|\bskype:[\w.\-?=]+"
                r"|\b(?:[\w-]+\.)*(?:linkedin|github|gitlab|twitter|x|facebook|fb|instagram|doximity|xing|tiktok"
                r"|youtube|medium|behance|dribbble|t|wa)\.(?:com|me|de|io)/\S*"
                r"|\b[\w-]+\.(?-i:com|org|net|io|me|dev|info|de|co\.uk|eu)(?:/\S*)?\b",
                i,
            ),
            "[url]",
        ),
        IdentityRule(
            "social", re.compile(_labelled(d["contact_labels"], rf"{handle}(?:\s+{handleish})?"), i), "[handle]"
        ),
        IdentityRule("social", re.compile(rf"(?<![\w-]){_words(distinctive)}\s+{handleish}", i), "[handle]"),
        IdentityRule("social", re.compile(r"(?<![\w@])@[A-Za-z_][\w.]{1,30}"), "[handle]"),
        # --- age and birth (before addresses and phones: "DOB: 03/04/1990")
        IdentityRule(
            "birth_date", re.compile(_labelled(d["birth_labels"], rf"(?:{_DATE}|{_SHORT_VALUE})"), i), "[birth date]"
        ),
        IdentityRule(
            "birth_date",
            re.compile(
                rf"\b(?i:born)(?:\s+(?i:on|in))?\s+(?:(?i:{_DATE})(?:\s+in\s+{_NAMEWORD}(?:,?\s+{_NAMEWORD}){{0,3}})?"
                rf"|(?:in\s+)?{_NAMEWORD}(?:,?\s+{_NAMEWORD}){{0,3}}(?:\s+(?:on|in)\s+(?i:{_DATE}))?)",
            ),
            "[birth date]",
        ),
        IdentityRule(
            "age",
            re.compile(
                r"\b\d{1,3}[\s-]*(?:years?|yrs?)[\s-]*(?:of[\s-]+age|old)\b|\b\d{1,2}\s*(?:y/o|y\.o\.|yo)\b"
                r"|\bage[ds]?\s*[:=\-]?\s*\d{1,3}\b(?:\s*(?:years?|yrs?)(?:\s+old)?)?"
                r"|\bin\s+(?:my|her|his|their)\s+(?:early\s+|mid[\s-]|late\s+)?(?:\d0s|twenties|thirties|forties"
                r"|fifties|sixties)\b",
                i,
            ),
            "[age]",
        ),
        # --- addresses and places
        IdentityRule("address", re.compile(_labelled(d["address_labels"]), i), "[address]"),
        IdentityRule(
            "address",
            re.compile(
                r"\b(?i:lives|living|based|residing|resident|located|relocating)\s+(?i:in|at|from|of)\s+"
                rf"{_NAMEWORD}(?:,?\s+{_NAMEWORD}){{0,3}}"
            ),
            "[address]",
        ),
        IdentityRule(
            "address",
            re.compile(r"\b(?:P\.?\s?O\.?|Post\s+Office)\s*Box\s+\d+\b|\bPMB\s+\d+\b|\bPostfach\s+\d+\b", i),
            "[address]",
        ),
        IdentityRule(
            "address",
            re.compile(
                rf"\b\d{{1,6}}[A-Za-z]?[ \t]+(?:{_NAMEWORD}[ \t]+){{1,4}}(?i:{_words(d['street_words'])})\b\.?"
                rf"(?:,?\s*(?i:{_words(d['unit_words'])}\.?|#)\s*#?\s*[\w-]+)?",
            ),
            "[address]",
        ),
        IdentityRule(
            "address",
            re.compile(rf"\b{_CAP}[\w-]*(?i:{_words(d['street_suffixes_joined'])})\.?[ \t]+\d{{1,4}}[a-z]?\b"),
            "[address]",
        ),
        IdentityRule(
            "address",
            re.compile(rf"(?:^|(?<=[,|•]))\s*(?:{_words(d['unit_words'])}\.?|#)\s*#?\s*\d[\w-]*", i | re.MULTILINE),
            "[address]",
        ),
        IdentityRule(
            "place",
            re.compile(
                rf"\b(?P<city>{_NAMEWORD}(?:[ \t]+{_NAMEWORD}){{0,3}}),[ \t]*"
                rf"(?:(?P<state>{_words(s.upper() for s in d['us_states'])})\b(?=[ \t]*(?:$|[^\w\s]|\d))"
                rf"|(?i:{_words(d['us_state_names'])}|{_words(d['countries'])})\b)"
                r"(?:,?[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))?",
                re.MULTILINE,
            ),
            _place,
        ),
        # --- phones (labelled first: short local numbers count there)
        IdentityRule(
            "phone",
            re.compile(
                _labelled(d["phone_labels"], r"\+?[\d(][\d ()./-]{4,20}\d(?:\s*(?:x|ext\.?)\s*\d{1,5})?", colon=False),
                i,
            ),
            "[phone]",
        ),
        IdentityRule(
            "phone", re.compile(r"(?<![\w/])\+?\(?\d[\d ().\-]{5,22}\d(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w/])"), _phone
        ),
        IdentityRule(
            "address",
            re.compile(
                rf"\b(?!(?:19[4-9]|20[0-4])\d\b)\d{{4,5}}[ \t]+{_CAP}[a-zà-ÿ]+(?:[ \t-]+{_CAP}[a-zà-ÿ]+)?\b"
                rf"|(?:\b{_CAP}[a-zà-ÿ]+[ \t]+)?\b[A-Z]{{1,2}}\d[A-Z\d]?\s?\d[A-Z]{{2}}\b"
                r"|\b\d{5}(?:-\d{4})?\b"
            ),
            "[address]",
        ),
        IdentityRule(
            "place",
            re.compile(
                rf"(?<![\w-])(?:{_words(c.title() if len(c) > 3 else c.upper() for c in d['countries'])})(?![\w-])"
            ),
            "[address]",
        ),
        # --- who the person is
        IdentityRule("pronoun", re.compile(_labelled(d["pronoun_labels"], _SHORT_VALUE), i), "[pronoun]"),
        IdentityRule(
            "pronoun",
            re.compile(
                r"\b(?:she|he|they|ze|xe|zie)\s*/\s*(?:her|him|them|they|she|he|hir|xem|zir)(?:\s*/\s*\w+)?\b", i
            ),
            "[pronoun]",
        ),
        IdentityRule(
            "pronoun",
            re.compile(
                "|".join(rf"\b(?:{p}|{p.capitalize()})\b" for p in sorted(d["pronouns"], key=len, reverse=True))
            ),
            "[pronoun]",
        ),
        IdentityRule("gender", re.compile(_labelled(d["gender_labels"], _SHORT_VALUE), i), "[gender]"),
        IdentityRule(
            "gender",
            re.compile(
                rf"\b{_words(d['gender_phrases'])}\b(?:\s+(?:\d+|one|two|three|four|five))?|\b{_words(d['gender_words'])}\b",
                i,
            ),
            "[gender]",
        ),
        IdentityRule(
            "gender",
            re.compile(rf"\b(?:{'|'.join(h.capitalize() for h in d['honorifics'])})\b\.?(?=\s+{_CAP})"),
            "[gender]",
        ),
        IdentityRule("marital", re.compile(_labelled(d["marital_labels"], _SHORT_VALUE), i), "[marital status]"),
        IdentityRule(
            "marital",
            re.compile(rf"\b(?:{_words(d['marital_phrases'])}|{_words(d['marital_words'])})\b", i),
            "[marital status]",
        ),
        IdentityRule("religion", re.compile(_labelled(d["religion_labels"], _SHORT_VALUE), i), "[religion]"),
        IdentityRule(
            "religion",
            re.compile(rf"\b{_words(d['religion_words'])}\b(?!\s+(?:{religion_kept})\b)", i),
            "[religion]",
        ),
        IdentityRule("nationality", re.compile(_labelled(d["nationality_labels"], _SHORT_VALUE), i), "[nationality]"),
        IdentityRule(
            "nationality",
            re.compile(
                rf"\b(?:(?:dual|naturali[sz]ed)\s+)?{demonym}[\s-]+{_words(d['nationality_forms'])}\b"
                rf"|\b(?:dual|naturali[sz]ed)\s+(?:{demonym}\s+(?:and|&|/)\s+)?{demonym}\s+citizen(?:ship)?\b"
                rf"|\b(?:dual\s+)?citizen(?:ship)?\s+(?:of|in)\s+(?:the\s+)?[\w.-]+(?:\s+(?:and|&)\s+[\w.-]+)?"
                rf"|\bfrom\s+(?:the\s+)?{_words(d['countries'])}\b",
                i,
            ),
            "[nationality]",
        ),
        IdentityRule(
            "photo",
            re.compile(
                rf"[\w()\[\]~+-]*[\w-]\.(?:{_words(d['image_extensions'])})\b"
                rf"|[\[(<{{]\s*{_words(d['photo_words'])}[^\])>}}\n]{{0,30}}[\])>}}]"
                rf"|{_labelled(d['photo_words'])}"
                rf"|\b(?:headshot|head shot|passport photo|profile (?:photo|picture))\b"
                rf"|\b(?:photo|picture|headshot)\s+(?:attached|enclosed|included|available|below|above)\b"
                rf"|\b(?:see|attached|enclosed)\s+(?:photo|picture|headshot)\b",
                i,
            ),
            "[photo]",
        ),
        IdentityRule("year", re.compile(r"(?<![\w.])(?:19[4-9]\d|20[0-4]\d)(?!\w)|(?<![\w'’])['’]\d{2}\b"), "[year]"),
    ]
    return tuple(rules)
