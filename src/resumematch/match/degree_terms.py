"""Which vocabulary terms a degree counts for: the vocabulary's ``degree`` keys.

The grammar (:mod:`resumematch.resume.degree_grammar`) reads a degree's level and field; the matcher
asks :class:`DegreeTerms` which terms to credit ("Bachelor of Science : Nursing" →
``bachelors-degree`` on its head, ``bsn`` and ``nursing-degree`` on the whole degree) and to
join the degrees to its phrase matches (:meth:`DegreeTerms.join`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from ..models import Term
from ..resume.degree_grammar import DegreeMatch, read_degrees
from ..resume.degree_lexicon import GED, abbreviation_key
from .trie import Found, Tokens

__all__ = ["DegreeTerms", "names_an_institution"]

_FIELD_SPLIT = re.compile(r"\s*(?:/|&|,|;|\band\b)\s*")
_INSTITUTION_BEFORE = re.compile(
    r"(?i:school|college|university|institute|academy|faculty|department|dept\.?|center|centre)\s+of\s+(?:the\s+)?$"
)


_INSTITUTION_AFTER = re.compile(r"[ \t]+(?i:center|centre|campus)\b")
_SCHOOL_WORD = re.compile(r"(?i:college|school|institute|center|centre|academy)$")
_OWN_KINDS = frozenset({"summary", "contact", "certifications"})
"""The sections where a candidate names their own degree outside Education: the top, where they
describe themselves, and a credentials list ("Education and Certifications" read as the latter)."""
_DEGREE_RANKS = frozenset({"associate", "bachelor", "master", "doctorate"})
"""The levels of a degree a school grants: its name on the degree's entry is that degree's school."""


def names_an_institution(text: str, start: int, end: int | None = None) -> bool:
    """Whether the words from ``start`` (to ``end``) name a school ("College of Nursing", "School of
    Health Sciences", "Texas Tech University Health Sciences Center")."""
    if _INSTITUTION_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    return end is not None and _INSTITUTION_AFTER.match(text, end) is not None


def _grammar_reads(written: str) -> bool:
    """Whether the degree grammar reads ``written`` as a head where it is one: only then does its
    reading no degree veto the abbreviation ("MS Office"); "GCSEs", "HiSET", "EMBA" it never reads."""
    return abbreviation_key(written) is not None or written in GED


class DegreeTerms:
    """The vocabulary terms a degree is credited to, read from their ``degree`` keys.

    A term with a level and no fields is the level's term (``bachelors-degree``); one
    with fields is credited when a degree of its level (or any level, if it has none)
    is in one of its fields (``bsn``: bachelor, nursing).
    """

    __slots__ = ("_credited", "by_level", "fields_only", "ids", "schools", "specific")

    def __init__(self, terms: Iterable[Term]) -> None:
        self.by_level: dict[str, list[str]] = {}
        self.specific: list[tuple[str, str | None, tuple[str, ...]]] = []
        ids = []
        schools = []
        for term in terms:
            spec = term.degree
            if spec is None:
                if term.category == "education":
                    schools.append(term.id)  # read from its own phrases, a school's name among them
                continue
            ids.append(term.id)
            if spec.fields:
                self.specific.append((term.id, spec.level, spec.fields))
            elif spec.level is not None:
                self.by_level.setdefault(spec.level, []).append(term.id)
        self.ids = frozenset(ids)
        self.schools = frozenset(schools)
        self.fields_only = frozenset(term_id for term_id, level, _ in self.specific if level is None)
        self._credited: dict[tuple[str, tuple[str, ...], str | None], list[tuple[str, bool]]] = {}

    def __bool__(self) -> bool:
        return bool(self.ids)

    def credit(self, degree: DegreeMatch) -> list[tuple[str, bool]]:
        """``(term id, whole)`` for each term the degree counts for; ``whole``: the term is
        credited on the whole degree (with its field), else on its head."""
        key = (degree.level, degree.fields, degree.concentration)
        known = self._credited.get(key)
        if known is not None:
            return known
        credited = [(term_id, False) for term_id in self.by_level.get(degree.level, ())]
        if degree.fields and self.specific:
            segments = [part for field in degree.fields for part in _FIELD_SPLIT.split(field) if part]
            # A concentration after a degree that names its own field ("MBA : Healthcare
            # Management") is study in that field too, but not another degree of the level.
            extra = _FIELD_SPLIT.split(degree.concentration) if degree.concentration else []
            for term_id, level, fields in self.specific:
                if level is not None and level != degree.level:
                    continue
                read = segments + extra if level is None else segments
                if any(seg == f or seg.startswith(f + " ") for seg in read if seg for f in fields):
                    credited.append((term_id, True))
        if len(self._credited) < 4096:  # a resume has a few degrees; a stream of them, a few thousand kinds
            self._credited[key] = credited
        return credited

    def join(
        self, kept: list[Found], text: str, tokens: Tokens, sections: Sequence[tuple[int, int, str]] | None
    ) -> tuple[list[Found], list[tuple[DegreeMatch, int, int]]]:
        """The phrase matches ``kept`` with the degree grammar's mentions added
        (:mod:`resumematch.resume.degree_grammar`).

        Each degree is credited to the terms whose ``degree`` key it fits (its level's term
        on its head, a specific term such as ``bsn`` on the whole degree), unless a phrase
        match of the same term already overlaps it. The grammar also vetoes: a curated
        abbreviation of such a term counts only where the grammar reads a degree ("MS" in
        "MS Office" is not a master's), and none of their phrases counts in a school's
        name ("College of Health Sciences"). Returns the matches in order and each degree
        with its token range.
        """
        education = [(start, end) for start, end, kind in sections if kind == "education"] if sections else ()
        found = read_degrees(text, education=education)
        idx, ends = tokens.idx, tokens.ends
        degrees = []
        for degree in found:
            start = bisect.bisect_right(ends, degree.start)
            if start >= len(idx):
                continue
            end = max(start + 1, bisect.bisect_left(idx, degree.end))
            degrees.append((degree, start, end, max(start + 1, bisect.bisect_left(idx, degree.head_end))))
        ids = self.ids
        credited = [f for f in kept if f[2] in ids]
        if credited:
            vetoed = [
                f
                for f in credited
                if not any(start < f[1] and f[0] < end for _, start, end, _ in degrees)
                if f[3] == "abbreviation" and _grammar_reads(tokens.word(f[0]))
            ]
            vetoed += [
                f for f in credited if f[3] != "abbreviation" and names_an_institution(text, idx[f[0]], ends[f[1] - 1])
            ]
            if vetoed:
                kept = [f for f in kept if f not in vetoed]
                credited = [f for f in credited if f not in vetoed]
        if degrees and self.schools:
            kept = self._without_granting_schools(kept, text, tokens, degrees)
        added: list[Found] = []
        for degree, start, end, head_end in degrees:
            for term_id, whole in self.credit(degree):
                last = end if whole else head_end
                if any(f[2] == term_id and f[0] < last and start < f[1] for f in credited):
                    continue
                credit = Found(start, last, term_id, "degree", 1.0)
                added.append(credit)
                credited.append(credit)
        if added:
            kept = sorted(kept + added)
        if education:
            own = [(start, end) for start, end, kind in sections or () if kind in _OWN_KINDS]
            own.append((0, min((start for start, _, _ in sections or ()), default=0)))
            kept = self._without_degrees_named_elsewhere(kept, tokens, education, own)
        return kept, [(degree, start, end) for degree, start, end, _ in degrees]

    def _without_degrees_named_elsewhere(
        self,
        kept: list[Found],
        tokens: Tokens,
        education: Sequence[tuple[int, int]],
        own: Sequence[tuple[int, int]],
    ) -> list[Found]:
        """``kept`` less a degree or a field of study named outside the Education section on a
        resume whose Education section names none of it: in a role or another section, others'
        degrees, programmes served and requirements ("Hired MBA interns", "Administrative assistant
        for the MPH program", "Bachelor's degree required"); anywhere, a field's phrase alone is
        work in the field ("public health nurse", "ten years in health care administration"). The
        candidate's own words at the top and a credentials list keep a degree ("BSN-prepared RN
        with 5 years")."""
        idx = tokens.idx
        ids, fields_only = self.ids, self.fields_only

        def within(f: Found, spans: Sequence[tuple[int, int]]) -> bool:
            return any(start <= idx[f[0]] < end for start, end in spans)

        text = tokens.text

        def in_running_text(f: Found) -> bool:
            """Inside a sentence: neither a line's first words nor a list of post-nominals."""
            before = text[_line_start(text, idx[f[0]]) : idx[f[0]]].rstrip()
            return bool(before) and not before.endswith((",", "(", "|", ":", " -", " –", " —"))

        named = [f for f in kept if f[2] in ids]
        if not named:
            return kept
        held = {f[2] for f in named if within(f, education)}
        dropped = [
            f
            for f in named
            if f[2] not in held
            and ((f[2] in fields_only and f[3] != "degree") or (not within(f, own) and in_running_text(f)))
        ]
        return [f for f in kept if f not in dropped] if dropped else kept

    def _without_granting_schools(
        self, kept: list[Found], text: str, tokens: Tokens, degrees: Sequence[tuple[DegreeMatch, int, int, int]]
    ) -> list[Found]:
        """``kept`` less the school names read as a programme ("Technical College", "Career
        College") on the entry of a degree: its line or the line after the degree's. "Associate of
        Applied Science : Accounting / Tri-County Technical College" is an associate degree from a
        college, not vocational training; below a certificate or a diploma the school still is."""
        idx, ends = tokens.idx, tokens.ends
        granted = [degree.start for degree, _, _, _ in degrees if degree.level in _DEGREE_RANKS]
        if not granted:
            return kept
        lines = {_line_start(text, at) for at in granted}
        dropped = [
            f
            for f in kept
            if f[2] in self.schools
            and f[3] != "degree"
            and _SCHOOL_WORD.search(text, idx[f[0]], ends[f[1] - 1]) is not None
            and (_line_start(text, idx[f[0]]) in lines or _previous_line_start(text, idx[f[0]]) in lines)
        ]
        return [f for f in kept if f not in dropped] if dropped else kept


def _line_start(text: str, at: int) -> int:
    """Where the line holding offset ``at`` begins."""
    return text.rfind("\n", 0, at) + 1


def _previous_line_start(text: str, at: int) -> int:
    """Where the line before the one holding ``at`` begins (-1: there is none)."""
    here = _line_start(text, at)
    return text.rfind("\n", 0, here - 1) + 1 if here > 0 else -1
