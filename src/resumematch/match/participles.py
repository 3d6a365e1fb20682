"""A variant that begins with a participle used as an adjective is not the duty.

Word-order variants let "assigned patients" stand for "patient assignments"; after a
determiner, number or preposition ("care to 5-8 assigned patients", "saw all scheduled
patients", "by trained staff") the "-ed" word only describes the noun after it, so the
duty is not stated (issue #18, fresh5 probe; docs/matching.md).
"""

from __future__ import annotations

from .trie import Found, Tokens
from .vocabulary import Vocabulary

__all__ = ["AttributiveParticiples"]

_ATTRIBUTIVE_BEFORE = frozenset(
    "a an the my our his her their its your all each every any some several many few these those "
    "to for of with from among by newly recently previously".split()
)
"""Words after which a past participle modifies the noun that follows it."""

_TITLE_NOUNS = frozenset(
    "specialist clerk representative rep agent analyst assistant associate technician tech".split()
)
"""A singular job noun that makes a capitalised "-ing" word before it part of a job title. Not, in a
posting, a coordinator, supervisor, manager or lead: a home care "Scheduling Coordinator" schedules the
caregivers (a probe posting asks staff scheduling by that title)."""

_RESUME_TITLE_NOUNS = _TITLE_NOUNS | frozenset("coordinator supervisor manager lead scheduler".split())
"""On a resume the title is the candidate's, and names no duty: "Scheduling Coordinator 2021 to
Current", "front office and scheduling coordinator for a sleep center". What the role did is read
from its lines ("Build the caregivers' weekly schedules" is still staff scheduling)."""

_TITLE_FOLLOWERS = frozenset({"", ",", ".", ";", ":", "for", "at", "with", "in", "of", "and", "/", "-", "(", "|"})
"""What may follow a lower-case title on a resume: a clause end, a preposition, a joiner."""

_STAFF_WORDS = frozenset(
    "staff staffing shift shifts caregiver caregivers nurses aides aide rota rotas coverage call-outs".split()
)
"""Words on a title's own line that say the title's work is the staff's schedule ("Scheduling
Coordinator, home care agency (caregiver shifts)")."""

_LINE_LOOK = 40  # words read on from a title for its line's staff words

_VERB_FIRST_CATEGORIES = frozenset({"duty", "hard_skill"})
"""Categories whose variants may begin with the duty's verb."""


class AttributiveParticiples:
    """Tells, for a variant match, whether its first word is an adjective, not the duty's verb."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._verb_first = frozenset(t.id for t in vocabulary if t.category in _VERB_FIRST_CATEGORIES)
        # A participle the vocabulary itself writes first ("informed consent") is the term's own word.
        self._written_first = frozenset(
            (t.id, form.split()[0].lower()) for t in vocabulary for form in (t.name, *t.aliases) if form.strip()
        )

    def describes_noun(self, tokens: Tokens, start: int, term_id: str) -> bool:
        """Whether the variant at ``start`` begins with a participle used as an adjective."""
        first = tokens.word(start)
        # "-ed" but no participle: "med pass", "feed", "need", "bleed" (an infinitive after "to").
        if len(first) < 5 or not first.endswith(("ed", "ED")) or first.lower().endswith("eed"):
            return False
        if term_id not in self._verb_first or (term_id, first.lower()) in self._written_first:
            return False
        before = tokens.word(start - 1).lower()
        return before in _ATTRIBUTIVE_BEFORE or before.isdigit()

    def statements(self, found: list[Found], tokens: Tokens, *, resume: bool = True) -> list[Found]:
        """The pattern matches less those whose verb is an adjective ("Verified eligibility for
        scheduled surgeries") or that are a capitalised job title ("Scheduling Specialist")."""
        describes, titled = self.describes_noun, self.names_title
        return [
            f
            for f in found
            if not ((f[0] and describes(tokens, f[0], f[2])) or titled(tokens, f[0], f[1], resume=resume))
        ]

    @staticmethod
    def names_title(tokens: Tokens, start: int, end: int, *, resume: bool = False) -> bool:
        """Whether a two-word pattern match is a capitalised job title, "Scheduling Specialist",
        "SCHEDULING CLERK": the "-ing" word names the job, not a duty the resume states
        (issue #18, fresh12 probe); "Scheduling staff" and "scheduling coordinator shifts" stay.
        On a ``resume`` a coordinator, supervisor, manager, lead or scheduler is a title too, and so
        is the pair in lower case ("scheduling coordinator for a sleep center"; fresh13 probe)."""
        if end - start != 2:
            return False
        first, second = tokens.word(start), tokens.word(start + 1)
        if not first.lower().endswith("ing"):
            return False
        noun = second.lower()
        if first[:1].isupper() and second[:1].isupper():
            if noun in _TITLE_NOUNS:
                return True
            return resume and noun in _RESUME_TITLE_NOUNS and not _names_staff(tokens, end)
        if resume and first.islower() and second.islower() and end < len(tokens.idx):
            # in lower case only before a clause end or a preposition: "scheduling coordinator
            # for", not "scheduling coordinator shifts" (the duty, its object after it)
            return (
                noun in _RESUME_TITLE_NOUNS
                and tokens.word(end).strip().lower() in _TITLE_FOLLOWERS
                and not _names_staff(tokens, end)
            )
        return False


def _names_staff(tokens: Tokens, end: int) -> bool:
    """Whether the rest of the title's line names the staff it schedules (``_STAFF_WORDS``)."""
    for k in range(end, min(end + _LINE_LOOK, len(tokens.idx))):
        word = tokens.word(k)
        if "\n" in word:
            return False
        if word.lower() in _STAFF_WORDS:
            return True
    return False
