"""Specialties and settings on a business resume: worked in, or served?

A recruiter reads "charges for surgical services, cath lab", "agreements with primary care
groups" or "home health agencies" on a biller's, seller's or recruiter's resume as the
customers served, not a clinical setting the candidate holds; "Unit Secretary, Cardiac
Telemetry" or "in a fast-paced Emergency Department" is still a place worked. The word lists
are people-rules data (``data/people.json``: ``clinical_holders``, ``clinical_titles``,
``worked_place_after``, ``worked_place_before``, ``role_line_sections``, ``setting_not_held``
and ``market_terms``; for generic words on a resume from another field ``generic_terms``,
``generic_words``, ``clinical_words``, ``other_field_words`` and ``top_field_words``; on any resume
``served_verbs``, for a setting things or people were taken to); docs/matching.md gives the
rule and its measurements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ..models import Status
from .clause_words import clause_before, next_word
from .people import OTHER_PERSON
from .people_rules import PeopleRules
from .section_reading import section_kind_at
from .trie import Tokens

__all__ = ["BusinessSettings"]

_Worked = Literal["yes", "no", "own word"]
"""Whether a setting is a place worked; "own word": only through a place word of its own."""

_SERVED_REACH = 12  # words read back for a verb of taking things somewhere ("restock ... the ED")
_WORKED_REACH = 6  # words read back for "in"/"at" before a setting ("in the busy, fast-paced ED")
_ROLE_LINE_WORDS = 10
_TOP_KINDS = frozenset({"summary", "contact"})  # the sections of a resume's top, read for its field
_ANCHOR_LETTERS = 4
"""Titles sharing their first four letters are found by what they share; with fewer letters
the shared beginnings ("ca", "ph") are written too often (measured: 4 is the fastest)."""
_LINE_JOINERS = frozenset({"of", "and", "the", "for", "in", "at", "on", "to", "a", "an", "with"})


class BusinessSettings:
    """Marks the settings a business resume names as served, not worked in."""

    def __init__(self, rules: PeopleRules) -> None:
        self._rules = rules
        self._clinical_word = _word_pattern(rules.clinical_words)
        self._field_word = _word_pattern(rules.other_field_words | rules.top_field_words)
        self._animal_word = _word_pattern(rules.animal_field_words)
        titles = sorted(rules.clinical_titles, key=len, reverse=True)
        self._clinical_title = (
            re.compile(r"\b(?:" + "|".join(re.escape(t) for t in titles) + r")s?\b", re.IGNORECASE) if titles else None
        )
        # The same pattern for a lower-cased ASCII text (see clinical_title_starts).
        plain = all(t.isascii() and t == t.lower() for t in titles)
        self._lower_titles = tuple(titles) if plain else ()
        # Where a title can begin: the common beginning of the titles that share their first
        # _ANCHOR_LETTERS letters ("monitor " for "monitor tech", "monitor technician" and
        # "monitor watcher"), each searched for once (see clinical_title_starts).
        shared: dict[str, list[str]] = {}
        for title in self._lower_titles:
            shared.setdefault(title[:_ANCHOR_LETTERS], []).append(title)
        self._title_anchors = tuple(_shared_beginning(group) for group in shared.values())
        self._lower_title = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in titles) + r")s?\b") if plain else None

    def clinical_title_starts(self, text: str, *, reference: bool = False) -> list[int]:
        """Where ``clinical_titles`` stand in ``text``: the starts of the case-blind pattern's
        matches (``reference``: that pattern run as it is). The pattern opens with ``\\b``, so
        Python's engine tries it at every character (0.54 ms a real resume). An ASCII text is
        read lower-cased instead (the same offsets, and no other character folds to an ASCII
        letter): every place a title may begin is found by ``str.find`` (the beginnings the
        titles share, 36 finds for 50 titles), and the pattern without ``IGNORECASE`` is tried
        only there, in order, each anchored at its place
        (``match``; its ``\\b`` still reads the character before), a place inside the last
        match skipped as ``finditer`` skips it. A match starts where a title is written, so
        these are ``finditer``'s starts (``tests/test_speed18_s13.py`` and
        ``tests/test_speed18_s14.py`` compare the two)."""
        if self._clinical_title is None:
            return []
        if reference or self._lower_title is None or not text.isascii():
            return [hit.start() for hit in self._clinical_title.finditer(text)]
        lowered = text.lower()
        places: set[int] = set()
        for anchor in self._title_anchors:
            at = lowered.find(anchor)
            while at >= 0:
                places.add(at)
                at = lowered.find(anchor, at + 1)
        if not places:
            return []
        match = self._lower_title.match
        starts = []
        reached = 0
        for at in sorted(places):
            if at >= reached and (hit := match(lowered, at)) is not None:
                starts.append(at)
                reached = hit.end()
        return starts

    def apply(
        self,
        tokens: Tokens,
        found: Sequence[tuple[int, int, str]],
        statuses: list[Status],
        sections: Sequence[tuple[int, int, str]] | None = None,
    ) -> None:
        """On a business resume, set ``other_person`` on a specialty or setting the candidate
        did not work in (``statuses`` changed in place, affirmed ones only).

        A recruiter reads "charges for surgical services, cath lab", "agreements with primary
        care groups" or "home health agencies" on a biller's, seller's or recruiter's resume as
        the customers served, not a clinical setting held. The rule applies only to a resume
        (a document with an experience section and another one, not a line or a note) where no mention of
        ``clinical_holders`` (a licence, certificate or title at or above the aide rung) is the
        candidate's own, nor a role line names one of ``clinical_titles``; there a setting (``market_terms`` less
        ``setting_not_held``) is kept only where it is a place worked: followed by one of
        ``worked_place_after`` ("telemetry unit", "pediatric clinic", "oncology trials"),
        after one of ``worked_place_before`` in its clause ("in a fast-paced Emergency
        Department"), or on a short title-case role or employer line of an experience section
        ("Emergency Department Scribe"). On such a resume whose top (headline and summary) names
        another field (``other_field_words``: a prosecutor's office, a legal aid or personal injury
        practice), a mention of ``generic_terms`` written with one of ``generic_words`` ("intake",
        "caseload", "case", "confidentiality") is ``other_person`` too unless its line has one of
        ``clinical_words`` ("Completed intake for new patients" stays)."""
        rules = self._rules
        kinds = {k for _, _, k in sections or ()}
        if not rules.clinical_holders or "experience" not in kinds or len(kinds) < 2:
            return  # a line or a note, not a resume: no candidate's profile to read it against
        # The settings read below, and those a verb of taking things somewhere marks first: a
        # list's place word reads both ("Route pages to the ICU, Emergency Department and ...").
        places = [i for i, f in enumerate(found) if f[2] in rules.market_terms and f[2] not in rules.setting_not_held]
        self._mark_served(tokens, found, statuses)
        if any(f[2] in rules.clinical_holders and statuses[i] == "affirmed" for i, f in enumerate(found)):
            return  # a clinician's resume: its settings are places worked (read first: most are)
        settings = [
            i
            for i, f in enumerate(found)
            if f[2] in rules.market_terms and f[2] not in rules.setting_not_held and statuses[i] == "affirmed"
        ]
        generic = [i for i, f in enumerate(found) if f[2] in rules.generic_terms and statuses[i] == "affirmed"]
        animal = [i for i, f in enumerate(found) if f[2] in rules.animal_terms and statuses[i] == "affirmed"]
        if animal and not self._top_names(self._animal_word, tokens.text, sections):
            animal = []
        if not settings and not generic and not animal:
            return
        for i in animal:
            # A veterinary resume (its top names the field: "Certified Veterinary Technician", "vet
            # tech with 7 years in small animal practice"): its triage, IVs and ICU are an animal's,
            # on the lines that name no animal too ("Place IV catheters, run fluids").
            statuses[i] = OTHER_PERSON
        if self._clinical_title is not None and any(
            _role_line(tokens.text, start) and section_kind_at(start, sections) != "education"
            for start in self.clinical_title_starts(tokens.text)
        ):
            # "Clinical Dietitian", "In-Home Caregiver": a clinical role the vocabulary has no term for
            # (a degree's line, "Bachelor of Social Work, 2018 Western Michigan University", is no role)
            return
        if generic and self._other_field(tokens.text, sections):
            for i in generic:
                # "did intake for shelter residents", "a caseload of 70 open cases", "trained
                # volunteers on confidentiality" on a victim advocate's resume: a generic word is
                # the clinical term only on a line that is clinical itself.
                start, end, _ = found[i]
                if self._generic_word(tokens, start, end) and not self._clinical_line(tokens.text, tokens.idx[start]):
                    statuses[i] = OTHER_PERSON
        n = len(tokens.idx)
        by_own_word = []
        for i in settings:
            start, end, _ = found[i]
            worked = self._worked_place(tokens, start, end, n, sections)
            if worked == "no":
                statuses[i] = OTHER_PERSON
            elif worked == "own word":
                by_own_word.append(i)
        for i in by_own_word:
            # "Route pages to the ICU, Emergency Department and Labor & Delivery": a place word
            # inside the mention does not make one item of a list of places served a place worked.
            k = places.index(i)
            neighbours = [places[j] for j in (k - 1, k + 1) if 0 <= j < len(places)]
            if any(
                statuses[j] == OTHER_PERSON and _joined(tokens, found[min(i, j)][1], found[max(i, j)][0])
                for j in neighbours
            ):
                statuses[i] = OTHER_PERSON

    def _mark_served(self, tokens: Tokens, found: Sequence[tuple[int, int, str]], statuses: list[Status]) -> None:
        """On any resume, a setting that a verb of taking things or people somewhere reaches
        (``served_verbs``) is a place served, not a setting worked in: "restock Pyxis machines
        on 12 floors, including the ED and ICUs", "moving patients between units, imaging, the
        OR holding area". A place word after it or its own ("the telemetry unit", "Emergency
        Department") leaves it to the rules below, which read a place worked."""
        rules = self._rules
        n = len(tokens.idx)
        for i, (start, end, term_id) in enumerate(found):
            if (
                statuses[i] == "affirmed"
                and term_id in rules.market_terms
                and term_id not in rules.setting_not_held
                and not {next_word(tokens, end, n), tokens.word(end - 1).lower()} & rules.worked_place_after
                and _carries(clause_before(tokens, start, _SERVED_REACH)[0], rules.served_verbs)
            ):
                statuses[i] = OTHER_PERSON

    def _other_field(self, text: str, sections: Sequence[tuple[int, int, str]] | None) -> bool:
        """Whether the resume's top (its headline and summary, before the first other section)
        names a field outside healthcare (``other_field_words``: "victim advocate ... in a county
        prosecutor's office", "legal assistant - personal injury", "payroll")."""
        return self._top_names(self._field_word, text, sections)

    @staticmethod
    def _top_names(words: re.Pattern[str] | None, text: str, sections: Sequence[tuple[int, int, str]] | None) -> bool:
        """Whether the resume's top (its headline and summary, before the first other section)
        has one of ``words`` (a field's words: ``other_field_words``, ``animal_field_words``)."""
        if words is None:
            return False
        top = min((s for s, _, kind in sections or () if kind not in _TOP_KINDS), default=len(text))
        return words.search(text, 0, top) is not None

    def _generic_word(self, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a mention is written with one of ``generic_words`` ("intake", "caseload",
        "case", "confidentiality"), not a wording of its own ("update demographics")."""
        return any(tokens.word(k).lower() in self._rules.generic_words for k in range(start, end))

    def _clinical_line(self, text: str, offset: int) -> bool:
        """Whether the line at ``offset`` has one of ``clinical_words`` ("Completed intake for new
        patients", "Patient confidentiality and HIPAA")."""
        if self._clinical_word is None:
            return True
        first = text.rfind("\n", 0, offset) + 1
        last = text.find("\n", offset)
        return self._clinical_word.search(text, first, last if last >= 0 else len(text)) is not None

    def _worked_place(
        self, tokens: Tokens, start: int, end: int, n: int, sections: Sequence[tuple[int, int, str]] | None
    ) -> _Worked:
        """Whether a setting names where the candidate worked (see :meth:`apply`): "yes", "no",
        or "own word" when only a place word inside the mention says so ("a home health agency",
        "Emergency Department")."""
        rules = self._rules
        if next_word(tokens, end, n) in rules.worked_place_after:
            return "yes"  # "telemetry unit"
        before, _ = clause_before(tokens, start, _WORKED_REACH)
        if any(w in rules.worked_place_before for w in before):
            return "yes"
        own = tokens.word(end - 1).lower() in rules.worked_place_after
        offset = tokens.idx[start]
        kind = section_kind_at(offset, sections)
        if kind is not None and kind not in rules.role_line_sections:
            return "own word" if own else "no"  # a skills or summary line; the headline above every section is read
        if _role_line(tokens.text, offset):
            return "yes"
        return "own word" if own else "no"


_LIST_JOINERS = frozenset({",", "and", "&", "/", "or", "the"})
_OWN_MOVE = frozenset({"to", "into", "from", "over", "up", "on", "between", "across"})
"""Words right after a verb of taking somewhere that make the candidate the one who moved."""


_NEXT_ACT = frozenset({"and", "then", "&"})
"""Words that join the candidate's next act to the last ("... and provided care in the ICU")."""


def _carries(before: list[str], verbs: frozenset[str]) -> bool:
    """Whether one of ``verbs`` in ``before`` takes an object ("restock Pyxis machines on ...
    the ED"); one followed by a preposition moved the candidate ("Moved to the ICU in 2019")."""
    for k in range(len(before) - 2, -1, -1):
        if before[k] in _NEXT_ACT and before[k + 1].endswith(("ed", "ing")):
            before = before[k + 1 :]  # "Arranged visits and provided home health care": the next act's
            break
    return any(w in verbs and (k + 1 == len(before) or before[k + 1] not in _OWN_MOVE) for k, w in enumerate(before))


def _word_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for whole words or phrases, longest first (None: no words)."""
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)", re.IGNORECASE)


def _joined(tokens: Tokens, end: int, start: int) -> bool:
    """Whether only list joiners (and spaces) stand between word ``end`` and word ``start``."""
    if start <= end:
        return False
    return all(tokens.word(k).strip().lower() in _LIST_JOINERS or not tokens.word(k).strip() for k in range(end, start))


def _shared_beginning(words: Sequence[str]) -> str:
    """The longest beginning every one of ``words`` has (that of the first and last in order)."""
    first, last = min(words), max(words)
    k = 0
    while k < len(first) and first[k] == last[k]:
        k += 1
    return first[:k]


def _role_line(text: str, offset: int) -> bool:
    """Whether the line around ``offset`` reads as a role or employer line: at most
    ``_ROLE_LINE_WORDS`` words, every word capitalised but the small joining words, at most
    two commas and no bullet ("Unit Secretary - Cardiac Telemetry", "Emergency Department
    Scribe"), not a sentence or a list of markets ("Oncology, Cardiology, Pediatrics, ...")."""
    first = text.rfind("\n", 0, offset) + 1
    last = text.find("\n", offset)
    line = text[first : last if last >= 0 else len(text)].strip()
    if not line or not line[0].isalnum() or line.count(",") > 2:
        return False
    words = [w for w in line.replace(",", " ").split() if w[:1].isalpha()]
    if not words or len(words) > _ROLE_LINE_WORDS:
        return False
    return all(w[:1].isupper() or w.lower() in _LINE_JOINERS for w in words)
