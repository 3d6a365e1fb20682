"""How far one resume shows one posting term: the credit of its mentions, or of a narrower term's.

Kept apart from ``requirement_checks`` (which judges whole requirement statements) because
every part of the score asks it, term by term: a mention earns by its assertion status
(affirmed in full, hedged half, the rest nothing), a mention in a bare keyword list earns
what ``stuffing`` says, a narrower term shows its broader one (Epic shows EHR), and a
licence the resume never names but its current role titles show earns part credit.
"""

from __future__ import annotations

from ..match.vocabulary import Vocabulary
from ..models import Mention
from .stuffing import ListedLines

__all__ = ["STATUS_CREDIT", "TITLE_LICENCE_CREDIT", "Credit", "TermCredits", "term_credit"]

STATUS_CREDIT: dict[str, float] = {
    "affirmed": 1.0,
    "hedged": 0.5,
    "in_progress": 0.0,
    "expired": 0.0,
    "negated": 0.0,
    "other_person": 0.0,
}
"""What a mention of each assertion status earns: affirmed in full, hedged half, the rest nothing."""


Credit = tuple[float, list[Mention], str | None]

TITLE_LICENCE_CREDIT = 0.75
"""The credit of a licence the resume never names but its current role titles show ("Staff
Nurse", "Charge Nurse", "OR Nurse, Circulator" for an RN licence): a recruiter reads those
titles as a registered nurse's, but only the licence named (and its state or number) shows
it is held and current, so the requirement is partly met and the report says so. Three
quarters, not half (twelfth session): at half, a specialty nurse whose titles say "Oncology
Nurse" lost the licence part's gap to a named RN of another specialty, more than her
specialty's terms won back (docs/scoring.md)."""


def _best_credit(found: list[Mention], listed: ListedLines | None = None) -> float:
    """The best credit among ``found``: ``max(STATUS_CREDIT[status] × listed.factor)``,
    stopping at the first mention that earns 1 (nothing earns more), and asking where a
    mention stands (``factor``: 0 or 1) only when it would raise the best so far."""
    if listed is not None and (listed.keyword or listed.skills):
        best = 0.0
        for mention in found:
            credit = STATUS_CREDIT.get(mention.status, 0.0)
            if credit > best and listed.factor(mention):
                if credit >= 1.0:
                    return credit
                best = credit
        return best
    # Most terms have an affirmed mention, and nothing earns more than one.
    for mention in found:
        if mention.status == "affirmed":
            return 1.0
    return max([STATUS_CREDIT.get(m.status, 0.0) for m in found], default=0.0)


class TermCredits:
    """:func:`term_credit` for every term of one resume's mentions.

    Scoring asks for the credit of each posting term, some several times (as a term and
    inside requirements); this finds each mentioned term's broader terms once, instead
    of walking the vocabulary for every mentioned term at every question, and keeps
    the answers.
    """

    def __init__(
        self,
        by_term: dict[str, list[Mention]],
        vocabulary: Vocabulary,
        *,
        listed: ListedLines | None = None,
        titled: dict[str, str] | None = None,
    ) -> None:
        self.listed = listed or ListedLines()
        """The resume's bare keyword lists, where a mention earns little or nothing (``stuffing``)."""
        self.titled = titled or {}
        """Licence terms the candidate never names but their current role titles show (a
        "Staff Nurse" and "Charge Nurse" for the RN licence), each with the level the titles
        name: credited :data:`TITLE_LICENCE_CREDIT` (``signals.licences_by_title``)."""
        self._by_term = by_term
        self._narrower: dict[str, list[str]] = {}  # broader id -> mentioned narrower ids, in by_term order
        for other in by_term:
            if other in vocabulary:
                for broader in vocabulary.ancestors(other):
                    if broader != other:
                        self._narrower.setdefault(broader, []).append(other)
        self._answers: dict[str, Credit] = {}
        self._best: dict[str, float] = {}  # a mentioned term's own best credit, asked by each broader term

    def narrower(self, term_id: str) -> tuple[str, ...]:
        """The resume's mentioned terms whose broader terms include ``term_id`` (Epic for
        EHR, a nurse's title for nursing experience)."""
        return tuple(self._narrower.get(term_id, ()))

    def __call__(self, term_id: str) -> Credit:
        """``(credit, mentions, via)``, as :func:`term_credit` gives it."""
        answer = self._answers.get(term_id)
        if answer is None:
            answer = self._answers[term_id] = self._credit(term_id)
        return answer

    def _credit(self, term_id: str) -> Credit:
        own = self._by_term.get(term_id, [])
        best: Credit = (_best_credit(own, self.listed), own, None)
        if best[0] >= 1.0:
            return best
        for other in self._narrower.get(term_id, ()):
            credit = self._best.get(other)
            if credit is None:
                credit = self._best[other] = _best_credit(self._by_term[other], self.listed)
            if credit > best[0]:
                best = (credit, self._by_term[other], other)
        if best[0] < TITLE_LICENCE_CREDIT and term_id in self.titled:
            return (TITLE_LICENCE_CREDIT, [], None)
        return best


def term_credit(term_id: str, by_term: dict[str, list[Mention]], vocabulary: Vocabulary) -> Credit:
    """``(credit, mentions, via)``: the best credit among mentions of the term, else of a
    narrower term (``via`` names it); repeated mentions count once. (To ask about many
    terms of one resume, make one :class:`TermCredits` and call it.)"""
    return TermCredits(by_term, vocabulary)(term_id)
