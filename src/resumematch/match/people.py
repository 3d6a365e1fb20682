"""Titles and licences that name other people: "assisted registered nurses", "the charge RN".

A resume names many people besides its writer: the nurses a scheduler scheduled, the
physicians an assistant supported, the case manager an aide reported to. Such a mention
of a title or licence does not mean the candidate holds it, so it gets the status
``other_person`` (credited nothing, listed as discounted). The same words in the
candidate's headline ("Jane Doe, RN"), role title ("Charge Nurse, Mercy Hospital"),
licence list or "as a registered nurse" stay affirmed.

The cues are data (``data/people.json``; :meth:`PeopleRules.from_dict` rejects unknown
keys): a plural or possessive ("RNs", "nurses", "RN's", "nurse's schedules"), a
determiner just before ("to the RN", "under the charge nurse"), a verb or preposition
before in the same clause ("assisting case managers", "communicated with physicians
and registered nurses"), a word after that makes it a group ("RN staffing"), and a
list joined to such a mention ("physicians, RN's, CNA's"). A person mention right
before another person word ("Certified Nurse Assistant", "nurse aides") is not a
mention of that person at all and is dropped. A skill or setting in a list of the
customers a sales role served ("selling to ... family practice, ... and cardiology") is
``other_person`` too (:mod:`.market_lists`).

Cost: only mentions of terms that can name a person or a department are looked at, and the words before one are
read only when a cue word (a determiner, a role marker, a word of a cue) stands within reach of it: one pass
over the document's word hashes finds those, then a binary search per mention.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np
from spacy.strings import hash_string  # type: ignore[attr-defined]

from ..models import CATEGORY_TABLE, Status
from .clause_words import CLAUSE_ENDS, clause_after, clause_before, has_phrase, next_word
from .field_titles import FieldTitles
from .market_lists import CueOpenings, cue_ends, cue_prefixes, in_market_list
from .named_people import NamedPeople
from .people_rules import PeopleRules, default_people_rules
from .people_words import (
    LIST_JOINERS,
    POSSESSIVES,
    TEAM_LIST,
    after_department_cue,
    form_names_person,
    joined_list,
    person_word,
    title_line,
)
from .section_reading import within
from .trie import Tokens
from .variants import dotted_abbreviations
from .vocabulary import Vocabulary
from .wordsets import HashSet

__all__ = ["OTHER_PERSON", "PeopleDetector"]

OTHER_PERSON: Status = "other_person"
_MARKET_LOOK = 12
"""Words read after a specialty for the business noun that ends its list (:meth:`PeopleDetector._names_market`)."""
_LIST_END_JOINERS = frozenset({",", "and", "&"})
_DETERMINER_REACH = 3
# How far back in its clause a seat's verb ("served", "member") makes a body the candidate's own.
_OWN_CUE_REACH = 10
# After a team named in lower case ("worked with case management on discharges"): the words
# that end its name.
_TEAM_ENDS = LIST_JOINERS | CLAUSE_ENDS | {"on", "to", "for", "in", "about", "regarding", "with", "team", "teams", ""}
_ROLE_REACH = 3


class PeopleDetector:
    """Which mentions of titles and licences name other people, and which name no one.

    Built once per vocabulary: a term can name a person when its category can (a title or
    licence: the category table's ``names_person``) or one of its forms ends with a person
    word ("case manager" of Case management).
    """

    def __init__(self, vocabulary: Vocabulary, rules: PeopleRules | None = None) -> None:
        self.rules = rules or default_people_rules()
        self._named = NamedPeople(self.rules.name_labels)
        self._fields = FieldTitles((t.id for t in vocabulary if t.category == "title"), self.rules)
        words = self.rules.person_words
        self._terms: dict[str, frozenset[str]] = {}
        for term in vocabulary:
            forms = [term.name, *term.aliases]
            if CATEGORY_TABLE[term.category].names_person or any(form_names_person(f, words) for f in forms if f):
                dotted = dotted_abbreviations([(a, term.id, term.category) for a in term.abbreviations])
                self._terms[term.id] = frozenset(term.abbreviations) | {form for form, _ in dotted}  # "R.N."
        self._departments = frozenset(
            term.id
            for term in vocabulary
            if term.id not in self._terms and term.category in self.rules.department_categories
        )
        # A setting with a person among its forms ("home health aide" of Home health): its
        # other forms ("home health agency") are read as a department's or a market's.
        self._mixed = frozenset(
            term.id
            for term in vocabulary
            if term.id in self._terms and term.category in self.rules.department_categories
        )
        cues = self.rules.cues_before | self.rules.department_cues_before
        self._longest_cue = max((len(c) for c in cues), default=1)
        rules = self.rules
        person_cues = rules.determiners | rules.role_markers | {w for c in rules.cues_before for w in c}
        self._person_cues = frozenset(hash_string(w) for w in person_cues)
        self._department_cues = frozenset(hash_string(w) for c in rules.department_cues_before for w in c)
        self._longest_market_cue = max((len(c) for c in rules.market_cues), default=1)
        self._market_prefixes = cue_prefixes(rules.market_cues)
        self._market_openings = CueOpenings(rules.market_cues, hash_string)
        self._market_after = rules.market_after | rules.market_places
        self._longest_market_after = max((len(c) for c in self._market_after), default=1)
        # Market cues by their first word (see market_lists.py).
        self._market_firsts = frozenset(c[0] for c in rules.market_cues)
        self._market_cues = frozenset(hash_string(w) for w in self._market_firsts)
        self._any_cue = self._person_cues | self._department_cues | self._market_cues
        self._cue_set = HashSet(self._any_cue)
        self._reach = max(rules.max_scope, _ROLE_REACH, self._longest_cue)

    def names_people(self, term_id: str) -> bool:
        """Whether mentions of this term may name a person or a group of people (set look-ups)."""
        return term_id in self._terms or term_id in self._departments

    def apply(
        self,
        tokens: Tokens,
        found: Sequence[tuple[int, int, str]],
        statuses: list[Status],
        sections: Sequence[tuple[int, int, str]] | None = None,
        *,
        lower: np.ndarray | None = None,
    ) -> set[int]:
        """Set ``other_person`` in ``statuses`` (affirmed ones only); return the indexes to drop.

        ``found`` holds ``(start token, end token, term id)`` of each mention in text
        order, ``statuses`` their statuses, changed in place. ``lower``, the Doc's
        ``LOWER`` array, finds the cue words in one look-up (:meth:`cue_positions`).
        """
        rules = self.rules
        drop: set[int] = set()
        previous: tuple[int, bool] | None = None  # (end token, other person?) of the last person mention
        n = len(tokens.idx)
        hashes = tokens.lower
        cues = self.cue_positions(hashes, lower)  # one pass, then split by kind
        person_cues = [i for i in cues if hashes[i] in self._person_cues]
        department_cues = [i for i in cues if hashes[i] in self._department_cues]
        market_cues = self._market_openings.starts(tokens, [i for i in cues if hashes[i] in self._market_cues])
        markets = (
            cue_ends(tokens, market_cues, rules.market_cues, self._longest_market_cue, self._market_prefixes)
            if market_cues
            else []
        )
        # The sections where a title is the candidate's own, their ranges read once.
        held = [(s, e) for s, e, kind in sections if kind in rules.held_sections] if sections else []
        # Words read back from a mention reach at most this many tokens (a word and the
        # whitespace before it, per word); no cue word in them, no cue.
        span = 2 * self._reach + 2
        for index, (start, end, term_id) in enumerate(found):
            abbreviations = self._terms.get(term_id)
            if abbreviations is None:
                if statuses[index] == "affirmed" and (
                    self._group(tokens, start, end, n, department_cues)
                    or self._titled(tokens, start, end, n)
                    or (markets and in_market_list(tokens.text, tokens.idx[start], markets))
                    or (term_id in rules.market_terms and self._names_market(tokens, start, end, n))
                ):
                    statuses[index] = OTHER_PERSON
                continue
            last = tokens.word(end - 1)
            last_lower = last.lower()
            # "RNs", "LPNs": many people, never the candidate's own role ("such as RNs")
            abbreviated_plural = last not in abbreviations and last.endswith("s") and last[:-1] in abbreviations
            if last in abbreviations or abbreviated_plural:
                plural = abbreviated_plural
            else:
                head = last_lower
                if end - start > 2 and tokens.word(start + 1).lower() == "of":
                    head = tokens.word(start).lower()  # "Director of Nursing": the person comes before "of"
                base = person_word(head, rules.person_words)
                if base is None:
                    if (
                        term_id in self._mixed
                        and statuses[index] == "affirmed"
                        and (
                            self._group(tokens, start, end, n, department_cues)
                            or (markets and in_market_list(tokens.text, tokens.idx[start], markets))
                            or (term_id in rules.market_terms and self._names_market(tokens, start, end, n))
                        )
                    ):
                        statuses[index] = OTHER_PERSON
                    continue
                plural = base != head
            after = next_word(tokens, end, n)
            if after in rules.modifier_of:
                drop.add(index)
                continue
            other = False
            if statuses[index] == "affirmed" and not (held and within(tokens.idx[start], held)):
                if _near(person_cues, start, span):
                    before, whole = clause_before(tokens, start, self._reach)
                    if POSSESSIVES.intersection(before[-_ROLE_REACH:]):
                        # "the practice's lead nurse", "as the hospital's charge nurse": a
                        # possessive belongs to its word, it is not one of the words counted back
                        before = [w for w in before if w not in POSSESSIVES]
                else:
                    before, whole = [], False
                if not abbreviated_plural and _role_marked(before[-_ROLE_REACH:], rules):
                    other = False
                elif (
                    plural
                    or after in rules.cues_after
                    or person_word(after, rules.person_words)
                    not in (None, after)  # "the RN coordinators", "nurse navigators"
                    or self._opens_plural_title(tokens, end, n, after)  # "RN care managers"
                    or (after and f"{after} {next_word(tokens, end + 1, n)}" in rules.cues_after)
                    or self._determined(before, whole)
                    or self._cued(before)
                    or self._listed_after_person(before, previous, start)
                    or (
                        previous is not None
                        and previous[1]
                        and joined_list(tokens, previous[0], start, rules.person_words)
                    )
                ):
                    other = True
                if other:
                    statuses[index] = OTHER_PERSON
            previous = (end, other)
        spans = [(tokens.idx[s], tokens.ends[e - 1]) for s, e, _ in found]
        self._named.apply(tokens.text, spans, statuses, sections)  # credentials after a person's name
        self._fields.apply(tokens.text, found, spans, statuses)  # titles in another field's sense
        return drop

    def cue_positions(self, hashes: list[int], lower: np.ndarray | None = None) -> list[int]:
        """The positions of every cue word, in order: from the ``LOWER`` array in one
        :class:`HashSet` look-up when given (C speed), else word by word (the reference)."""
        if lower is None:
            return _positions(hashes, self._any_cue)
        return list(self._cue_set.member(lower).nonzero()[0].tolist())

    def _group(self, tokens: Tokens, start: int, end: int, n: int, cues: list[int]) -> bool:
        """A skill or duty that names a department or a group of people: "data entry staff",
        "Worked closely with Decision Support, Medical Records", "Product Owners, Quality Assurance",
        and in lower case one of ``lower_case_teams`` right after a department cue, its name
        ending there ("Worked with case management on discharge needs")."""
        rules = self.rules
        written = tokens.text[tokens.idx[start] : tokens.ends[end - 1]].split()
        after = next_word(tokens, end, n)
        if after in rules.group_after or (after in rules.team_after and " ".join(written).islower()):
            if tokens.word(end - 1).lower() in rules.group_verbs:
                return False  # "Interview and hire techs": the staff are the verb's object
            # "ICU staff" is a group, "ICU Staff Nurse" the candidate's title: a person word
            # after the group word makes it part of a title.
            return person_word(next_word(tokens, end + 1, n), rules.person_words) is None
        if not all(word[:1].isupper() for word in written):
            if " ".join(written).lower() not in rules.lower_case_teams:  # lower case splits the same
                return False
            if (
                not _near(cues, start, 2 * (self._longest_cue + TEAM_LIST) + 2)
                or next_word(tokens, end, n) not in _TEAM_ENDS
            ):
                return False  # "working with case management software" goes on naming a thing
            before, _ = clause_before(tokens, start, self._longest_cue + TEAM_LIST)
            return after_department_cue(before, rules.department_cues_before)
        if _near(cues, start, 2 * rules.max_scope + 2):
            before, _ = clause_before(tokens, start, rules.max_scope)
            if has_phrase(before, rules.department_cues_before, self._longest_cue):
                return True
        else:
            before, _ = clause_before(tokens, start, 2)  # the same last two words
        words = rules.person_words
        if len(before) >= 2 and before[-1] in LIST_JOINERS and person_word(before[-2], words):
            return not (person_word(before[-2], words) == before[-2] and title_line(tokens.text, tokens.idx[start]))
        after = next_word(tokens, end, n)
        return after in LIST_JOINERS and person_word(next_word(tokens, end + 1, n), words) is not None

    def _titled(self, tokens: Tokens, start: int, end: int, n: int) -> bool:
        """A skill or duty that begins another person's title or a body's name: one of
        ``title_after`` after it and a determiner before it, with no role marker ("the infection
        control coordinator", "at the nursing practice committee"; "as the infection control
        coordinator", "Chaired the data governance committee" (one of ``title_own_cues``) and a bare
        "Infection Control Coordinator" on a role line stay the candidate's)."""
        rules = self.rules
        if next_word(tokens, end, n) not in rules.title_after:
            return False
        # "an Infection Control Coordinator who ..." in a posting is the job itself: only a
        # definite or possessive determiner names someone else.
        before, _ = clause_before(tokens, start, _DETERMINER_REACH)
        if rules.role_markers.intersection(before) or rules.title_own_cues.intersection(before):
            return False  # "as the ...", "Chaired the data governance committee": the candidate's own
        if not any(w in rules.determiners and w not in rules.indefinite for w in before):
            return False
        # The seat's verb may stand further back in the clause: "Serve on the hospital Patient
        # Safety committee and the Infection Prevention committee" (issue #18, fresh15).
        wider, _ = clause_before(tokens, start, _OWN_CUE_REACH)
        return not rules.title_own_cues.intersection(wider)

    def _names_market(self, tokens: Tokens, start: int, end: int, n: int) -> bool:
        """A specialty or setting (``market_terms``) that names a line of business: followed on
        its line by one of ``market_after``, directly ("Oncology Sales Specialist", "ED denials")
        or after more items of a list that "and"/"or"/"&"/"/" closes ("ED and OR workflows",
        "ICU, ER, OR and L&D placements"). Each item is at most three words, a clause end stops
        the look, and a noun that opens an item ("hospice, market analysis") or follows a comma
        alone (a skills list: "assisted living, business development") is not the list's.
        A place noun (``market_places``: "primary care and pediatrics offices", "cardiology
        practices") names the offices served or called on, unless one of ``market_place_held``
        ("in", "at") stands before it in its clause: "Worked in primary care offices" is the
        candidate's own setting. The place noun may end the mention itself ("for 42 primary care
        practices", a form of the vocabulary's "primary care practice"), read the same way."""
        if end - start > 1 and (tokens.word(end - 1).lower(),) in self.rules.market_places:
            return not self._place_held(tokens, start)
        written = clause_after(tokens, end, _MARKET_LOOK, n)  # as written: "OR" is the operating room, "or" a joiner
        lower = [word.lower() for word in written]
        item = 0
        joiner = ""
        for k, word in enumerate(written):
            found = self._market_phrase_at(lower, k) if k == 0 or (item > 0 and joiner != ",") else None
            if found is not None:
                if found in self.rules.market_places and found not in self.rules.market_after:
                    return not self._place_held(tokens, start)
                return True
            if word in LIST_JOINERS:
                item, joiner = 0, word
                continue
            if k == 0:
                return False  # the next word neither names a market nor goes on a list
            item += 1
            if item > 3:
                return False
        return False

    def _place_held(self, tokens: Tokens, start: int) -> bool:
        """Whether one of ``market_place_held`` ("in", "at") stands before ``start`` in its
        clause: "Worked in primary care offices" is the candidate's own setting."""
        before, _ = clause_before(tokens, start, _MARKET_LOOK)
        return any(w in self.rules.market_place_held for w in before)

    def _market_phrase_at(self, lower: list[str], k: int) -> tuple[str, ...] | None:
        """The shortest ``market_after`` or ``market_places`` phrase starting at word ``k``."""
        for m in range(1, self._longest_market_after + 1):
            phrase = tuple(lower[k : k + m])
            if phrase in self._market_after:
                return phrase
        return None

    def _opens_plural_title(self, tokens: Tokens, end: int, n: int, after: str) -> bool:
        """A licence or title that opens someone else's two-word plural title: "a team of 14 RN
        care managers", "Supervised LPN charge nurses" (a one-word one, "the RN coordinators", is
        read by the plural person word right after). "RN Case Manager" is singular: held."""
        if not after or after in LIST_JOINERS:
            return False
        second = next_word(tokens, end + 1, n)
        return person_word(second, self.rules.person_words) not in (None, second)

    def _determined(self, before: list[str], whole: bool) -> bool:
        """A determiner at most three words before ("to the charge RN", "the on-call RN"), but "A registered
        nurse with ten years ..." at the start of a clause heads a summary."""
        rules = self.rules
        before = [w for w in before if w != "-"]  # "the on-call RN": a hyphen is no word of its own
        first = max(0, len(before) - _DETERMINER_REACH)
        for k in range(first, len(before)):
            word = before[k]
            if word in rules.determiners and not (k == 0 and whole and word in rules.indefinite):
                return True
        return False

    def _listed_after_person(self, before: list[str], previous: tuple[int, bool] | None, start: int) -> bool:
        """The last of a list of people read after a cue ("meetings with the psychiatrist, social
        worker and RN"): a person word, then "and", "&" or "," right before. A person mention
        just before ("Nurse Manager and RN") is left to :func:`.people_words.joined_list`, which follows its status."""
        if len(before) < 2 or before[-1] not in _LIST_END_JOINERS:
            return False
        if previous is not None and previous[0] >= start - 3:
            return False
        return person_word(before[-2], self.rules.person_words) is not None

    def _cued(self, before: list[str]) -> bool:
        return has_phrase(before[-self.rules.max_scope :], self.rules.cues_before, self._longest_cue)


def _positions(hashes: list[int], wanted: frozenset[int]) -> list[int]:
    """The token positions whose word hash is in ``wanted``, in order."""
    return [i for i, h in enumerate(hashes) if h in wanted] if wanted else []


def _role_marked(words: list[str], rules: PeopleRules) -> bool:
    """Whether one of ``role_markers`` names the candidate's role in ``words`` ("as RN"), not
    an instruction's source ("as directed by RN/MD": the marker before one of
    ``instruction_words``)."""
    last = len(words) - 1
    return any(
        w in rules.role_markers and not (k < last and words[k + 1] in rules.instruction_words)
        for k, w in enumerate(words)
    )


def _near(positions: list[int], start: int, span: int) -> bool:
    """Whether one of ``positions`` (sorted) lies in the ``span`` tokens before ``start``."""
    k = bisect_left(positions, start)
    return k > 0 and positions[k - 1] >= start - span
