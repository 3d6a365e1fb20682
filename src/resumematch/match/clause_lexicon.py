"""The words that shape a duty's clause: what ends it, what opens it, what makes it the writer's.

Kept apart from the reading (``clause_duties``): the word lists are what a reviewer changes
when a clause is read too far or too short; how they are applied is the reader's concern.
"""

from __future__ import annotations

from .clause_words import CLAUSE_ENDS

__all__ = [
    "ACTION_ENDINGS",
    "ADJECTIVE_ENDINGS",
    "BREAKS",
    "GERUND_OPENERS",
    "MAX_NOMINALS",
    "NOMINAL_LINKS",
    "NOT_AFTER",
    "NOT_HEAD",
    "OPENERS",
    "PASSIVE",
    "PLAIN_ADJECTIVES",
    "PREPOSITIONS",
    "PRONOUNS",
    "RECEIVED",
]

BREAKS = (
    *CLAUSE_ENDS,
    *"by who which while whose where so because if when until unless although though whereas".split(),
)
"""What ends a duty's clause: the people and settings rules' clause ends, the agent of a passive,
and a subordinate word."""
PREPOSITIONS = tuple(
    "into without under about during within after before via against upon onto alongside regarding throughout".split()
)
"""Prepositions that end the verb's object unless the rule reads through them ("built charts" is
not the object of "Pulled data into Excel and built charts"); "in", "on", "at" and "with" attach a
place or a partner inside the clause ("Supervised in the ICU with 14 nurses")."""
PRONOUNS = ("them", "him", "her", "it", "me", "us", "you", "myself", "themselves")
PASSIVE = ("was", "were", "been", "being", "be", "is", "are", "am", "get", "gets", "got", "getting", "highly", "well")
NOT_AFTER = ("by", "as", "under", "in", "on", "at", "to")
OPENERS = (",", "and", "&", "/", "or", "to", "i", "also", "then", "we", "help", "helps", "helped", "helping")
"""Words after which a verb still opens its clause ("Hired and trained staff", "helped train")."""
GERUND_OPENERS = ("for", "in", "by")
"""Words after which a verb's -ing form opens a clause ("responsible for training staff")."""
NOT_HEAD = (
    *"'s ’s call front side part name top bottom back move show keep take give put".split(),
    *"say see made make used first last full serious".split(),
)
"""Stop words that are nouns or verbs after an object word ("patient's", "staff call")."""
RECEIVED = (
    *PASSIVE,
    *"under from during after before without in need needs needed require requires required".split(),
    *"receive receives received receiving attend attends attended attending".split(),
    *"complete completes completed completing undergo undergoes underwent undergoing".split(),
)
"""Words before a nominal that make its action done to the writer ("under the supervision of
the charge nurse", "received training for new hires", "completed orientation with ...")."""
NOMINAL_LINKS = ("of", "for", "to", "with")
"""What must follow a nominal: its object comes after one of these ("supervision of 12 CNAs")."""
ACTION_ENDINGS = ("tion", "sion", "ment", "ing", "ance", "ence")
"""Nouns of action in a list that shares its object ("hiring, training and retention of")."""
MAX_NOMINALS = 4
"""The most nouns of action such a list reads before it stops looking for the shared object."""
ADJECTIVE_ENDINGS = (*"al ive ous ic ful ed ing ly ent ant ary able ible less ish ory".split(),)
"""Endings of an adjective's form: a word before an alias's object that ends so describes it
("incoming", "clinical", "urgent"); a plain noun there names another kind ("sales appointments")."""
PLAIN_ADJECTIVES = frozenset(
    "new old open extra daily weekly monthly yearly annual routine urgent complex multiple high key return".split()
)
"""Adjectives without such an ending that resumes put before a duty's object."""
