"""Duties read from what the work acts on, whatever the verb.

Unseen resumes name a duty's work with verbs nobody predicts ("Juggled 60 appointments a day",
"Owned the rota", "Took care of SNF placements", "Did the staffing for nights"); what they cannot
avoid naming is what the work acts on. For the duties whose object only their work acts on
(``anchored`` in ``data/duty_clauses.json``, each with the reason it is distinctive or not; only
appointment scheduling's objects carried to unseen sets and fire now), such a noun credits the duty
in a **work statement**: a clause that opens with a verb, any verb in a past, "-ing" or base form,
that is no verb of receiving ("attended", "completed", "missed") and no "be"; or a verbless line
that opens with the object and goes on through "for", "across", "at", ... ("Appointments for 4
providers and 2 hygienists"). The noun must head its phrase; a noun right before it must be one of
the term's own words or have an adjective's form ("sales appointments" are another trade's); some
objects may count only after their modifier (``modified``), and some not with a word of another
trade on the line ("set appointments for senior reps"). Not read: an object with "my", a word of
receiving or a passive between it and the opener, one in a subordinate clause ("who", "when", "by"),
one right after "in", "on" or "at" (a place), a statement more than ``MAX_WORDS`` words long before
its object, a capitalised verb before a capitalised word (a heading or title). Speed: one set
look-up of the Doc's hashes finds the object nouns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from ..models import Term
from . import clause_lexicon as lex
from .clause_aliases import plain_modifier
from .clause_words import CLAUSE_ENDS, POSSESSIVES, heads_phrase, on_line
from .trie import Found, Tokens
from .wordsets import HashSet

__all__ = ["MAX_WORDS", "ObjectReading", "anchored_families", "is_verb_form"]

MAX_WORDS = 14
"""Words from the statement's opener to its object: one clause of work, not a paragraph."""
METHOD = "pattern"
CONFIDENCE = 0.75
"""Below a clause rule's (0.8): the verb says nothing of the duty."""
_NOT_OPENERS = frozenset(
    {*lex.RECEIVED, *"miss missed missing misses apply applied applying wait waited waiting".split()}
    - {*"get gets got getting".split()}
)
"""Opening words that make the object the writer's lot, not the writer's work ("Attended
orientation", "Missed appointments", "Was hired", "Received daily assignments")."""
_NOT_BETWEEN = frozenset({*lex.RECEIVED, "my"} - {"in", "from", "after", "before", "during", "without"})
"""Words between the opener and its object that make the object the writer's own or another's
doing ("Kept my own appointments", "Made sure patients attended their appointments")."""
_SKIPPED = frozenset({"i", "we", "also", "then", "personally"})
"""Words before a statement's verb that leave it the statement's opener ("I booked ...")."""
_VERBLESS_LINKS = frozenset({"for", "across", "at", "in", "with", "of", "on"})
"""What follows the object of a verbless statement ("Appointments for 4 providers"), not a
verb ("Appointments were booked by ...") nor a list item (","), nor "from" ("discharge from")."""
_JOINERS = frozenset({",", "&", "/", "'", "’", "+", "%", "$", "#"})
_NOT_AFTER_HEAD = POSSESSIVES | {"-"}
"""Marks after which an object is no head: a possessive, a joining hyphen ("appointment-based")."""
_PLACES = frozenset({"in", "on", "at"})
_PREPOSITIONS = frozenset(
    "of on after with through out over up off for to from in at about between into by across under around".split()
    + "without during before via among toward towards behind".split()
)
_PARTICLES = frozenset("of on after with through out over up off for".split())
"""Prepositions a verb takes as its particle, right after it or after a light noun ("Looked
after", "Helped with", "Sorted out", "Took care of", "Kept tabs on"; "of" only after the noun:
"scope of appointment" is no statement)."""
_LIGHT = frozenset("care track tabs charge eye hold note control ownership stock".split())
_DETERMINERS = frozenset("the a an all each every their our his her its this these those any".split())
_IRREGULAR_PAST = frozenset(
    """ran kept took got made did saw went gave put set led drew brought found held sat wrote caught taught built
    sent spent dealt met read told sold paid bought thought fought stood understood began rang spoke broke chose
    drove rode rose shook wore grew knew threw flew hid fed won spun struck stuck hung dug swung lent bent felt
    left lost meant swept heard said laid had split cut hit let shut spread cast oversaw undertook withdrew
    upheld rebuilt redid remade reset came became overcame sought bound wound ground lit slid""".split()
)
"""Past forms without "-ed" that open statements of work ("Ran the rota", "Kept", "Took care of")."""
_STOP_VERBS = frozenset(
    "do does doing done get gets getting make makes making keep keeps keeping take takes taking give gives".split()
    + "giving put puts putting call calls calling called show shows showing showed move moves moving moved see".split()
)
"""Stop words that open statements of work as verbs ("Keep the rota filled", "Make the assignments")."""


class _Anchor(NamedTuple):
    term_id: str
    needs: frozenset[int] | None
    family: frozenset[int]
    unless: frozenset[int]


def _inflected(word: str) -> bool:
    """Whether ``word`` is a verb's past or "-ing" form, which no noun is before its object."""
    return word.endswith(("ed", "ing")) or word in _IRREGULAR_PAST or word in _STOP_VERBS


def is_verb_form(word: str, english: frozenset[str]) -> bool:
    """Whether lower-case ``word`` is a verb's past, "-ing" or base form: an irregular past, an
    "-ed" or "-ing" form of an English word, or a word English makes an "-ing" form of."""
    if word in _IRREGULAR_PAST:
        return True
    if word in STOP_WORDS:
        return word in _STOP_VERBS  # "the" is no verb though English has "thing"
    for ending in ("ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if stem in english or stem + "e" in english or (stem[-1] == stem[-2] and stem[:-1] in english):
                return True
            if ending == "ed" and stem.endswith("i") and stem[:-1] + "y" in english:
                return True
    if not word.isalpha() or len(word) < 3:
        return False
    return word + "ing" in english or word[:-1] + "ing" in english or word + word[-1] + "ing" in english


def anchored_families(anchored: Mapping[str, Mapping[str, Any]], terms: Iterable[Term]) -> dict[str, Any]:
    """``anchored`` with each term's own words (its aliases' words, ``family``) added: a noun
    before an object must be one of them, or have an adjective's form."""
    aliases = {term.id: term.aliases for term in terms}
    return {
        term_id: {
            **entry,
            "family": sorted({w for a in aliases.get(term_id, ()) for w in a.lower().split() if w.isalpha()}),
        }
        for term_id, entry in anchored.items()
    }


class ObjectReading:
    """The anchored objects of the terms a vocabulary has, compiled to string hashes.

    ``expand`` gives the hashes of a list of nouns in every inflection (``ClauseDuties``'s);
    ``words`` is the English word list the verb test asks.
    """

    def __init__(
        self,
        anchored: Mapping[str, Mapping[str, Any]],
        term_ids: Iterable[str],
        *,
        expand: Callable[[Iterable[str]], frozenset[int]],
        hash_string: Callable[[str], int],
        words: frozenset[str],
    ) -> None:
        known = set(term_ids)
        by_object: dict[int, list[_Anchor]] = {}
        for term_id, entry in anchored.items():
            if term_id not in known:
                continue
            family, unless = expand(entry.get("family", ())), expand(entry.get("unless", ()))
            for noun in entry.get("objects", ()):
                for form in expand([noun]):
                    by_object.setdefault(form, []).append(_Anchor(term_id, None, family, unless))
            for noun, needs in entry.get("modified", {}).items():
                for form in expand([noun]):
                    by_object.setdefault(form, []).append(_Anchor(term_id, expand(needs), family, unless))
        self._by_object = {h: tuple(anchors) for h, anchors in by_object.items()}
        self._objects = HashSet(self._by_object)
        self._words = words
        h = hash_string
        self._ends = frozenset(h(w) for w in CLAUSE_ENDS)
        self._breaks = frozenset(h(w) for w in lex.BREAKS)
        self._not_between = frozenset(h(w) for w in _NOT_BETWEEN)
        self._not_openers = frozenset(h(w) for w in _NOT_OPENERS)
        self._skipped = frozenset(h(w) for w in _SKIPPED)
        self._verbless_links = frozenset(h(w) for w in _VERBLESS_LINKS)
        self._places = frozenset(h(w) for w in _PLACES)
        self._followers = frozenset(h(w) for w in STOP_WORDS - set(lex.NOT_HEAD))
        self._hyphen = h("-")
        self._of = h("of")
        self._linking = frozenset(h(w) for w in ("and", "or", "&", "/", ","))
        self._prepositions = frozenset(h(w) for w in _PREPOSITIONS)
        self._particles = frozenset(h(w) for w in _PARTICLES)
        self._light = frozenset(h(w) for w in _LIGHT)
        self._determiners = frozenset(h(w) for w in _DETERMINERS)

    def __bool__(self) -> bool:
        return bool(self._by_object)

    def matches(self, lower: np.ndarray, stop: list[bool], tokens: Tokens) -> list[Found]:
        """``(opener, object end, term id, method, confidence)`` of each anchored object a work
        statement acts on."""
        if not self._by_object:
            return []
        found: list[Found] = []
        hashes = tokens.lower
        n = len(hashes)
        for p in self._objects.member(lower).nonzero()[0].tolist():
            if not heads_phrase(p + 1, n, tokens, self._followers, not_before=_NOT_AFTER_HEAD):
                continue
            opener, verb = self._opener(p, stop, tokens)
            if opener < 0:
                continue
            before = self._modifier(p, tokens)
            if before < opener or (verb and before == opener and _inflected(tokens.word(before).lower())):
                before = -1  # the verb itself, or a word outside the statement; a bare base form
                # right before the object is its modifier ("doctor appointments")
            if before >= 0 and hashes[before] in self._places:
                continue
            for anchor in self._by_object[hashes[p]]:
                if anchor.needs is not None:
                    if before < 0 or hashes[before] not in anchor.needs:
                        continue
                elif before >= 0 and not plain_modifier(tokens.word(before), hashes[before], anchor.family):
                    continue
                if anchor.unless and on_line(anchor.unless, p, n, stop, hashes):
                    continue  # another trade's word on the line ("set appointments for senior reps")
                found.append(Found(opener, p + 1, anchor.term_id, METHOD, CONFIDENCE))
        return found

    def _opener(self, p: int, stop: list[bool], tokens: Tokens) -> tuple[int, bool]:
        """The index of the word that opens the work statement holding the object at ``p``, and
        whether it is a verb (else the statement is verbless); (-1, False) when it is no such
        statement."""
        hashes, text, idx = tokens.lower, tokens.text, tokens.idx
        j, words = p - 1, 0
        while j >= 0:
            word = tokens.word(j)
            if word.isspace():
                if stop[j]:
                    break
            elif hashes[j] in self._ends:
                break
            elif hashes[j] in self._breaks:
                return -1, False  # a subordinate clause or a passive's agent
            elif not word[0].isalnum() and word not in _JOINERS and word not in POSSESSIVES:
                attached = hashes[j] == self._hyphen and idx[j] > 0 and not text[idx[j] - 1].isspace()
                if not attached:
                    break  # a bullet or a dash between clauses
            else:
                words += word[0].isalnum()
                if words > MAX_WORDS:
                    return -1, False
            j -= 1
        start = self._past_skipped(j + 1, p, tokens)
        first = tokens.word(start)
        if start < p and is_verb_form(first.lower(), self._words) and hashes[start] not in self._not_openers:
            after = self._past_skipped(start + 1, p, tokens)
            heading = first[:1].isupper() and tokens.word(after).istitle() and len(tokens.word(after)) > 1
            return (start, True) if not heading and self._acts_on(start, p, tokens) else (-1, False)
        return (start, False) if self._verbless(start, p, tokens) else (-1, False)

    def _acts_on(self, start: int, p: int, tokens: Tokens) -> bool:
        """Whether the object at ``p`` is what the verb at ``start`` (or a verb joined to it)
        acts on: no word of receiving, "my" or passive between; no preposition but a particle
        of the verb ("Looked after", "Took care of", "Kept an eye on"), so not an object of a
        noun ("surveillance of lab results") or a place ("to appointments"); not a list of
        nouns after the verb ("Research, sales, staffing", "Inventory and requisition")."""
        hashes = tokens.lower
        content, particle, last = 0, False, 0
        for k in range(start + 1, p):
            h, word = hashes[k], tokens.word(k)
            if word.isspace() or h in self._determiners:
                continue
            if h in self._not_between:
                return False
            if content == 0 and not particle and (h in self._linking):
                nxt = self._past_skipped(k + 1, p, tokens)
                if nxt >= p or not is_verb_form(tokens.word(nxt).lower(), self._words):
                    return False  # a list of nouns, not of verbs ("Hired and trained")
            if h in self._linking and k + 1 < p:
                nxt = self._past_skipped(k + 1, p, tokens)
                if nxt < p and tokens.word(nxt).islower() and is_verb_form(tokens.word(nxt).lower(), self._words):
                    content, particle = -1, False  # a verb joined to the first: count from it
                continue
            if h in self._prepositions:
                light = (content == 0 and h != self._of) or (content == 1 and last in self._light)
                if particle or h not in self._particles or not light:
                    return False
                particle = True
                continue
            content += word[0].isalnum()
            last = h
        return True

    def _past_skipped(self, k: int, p: int, tokens: Tokens) -> int:
        """The first word from ``k`` that is no space, subject pronoun or "-ly" adverb."""
        while k < p:
            word = tokens.word(k)
            adverb = word.isalpha() and word.lower().endswith("ly") and len(word) > 4
            if not (word.isspace() or tokens.lower[k] in self._skipped or adverb):
                break
            k += 1
        return k

    def _verbless(self, start: int, p: int, tokens: Tokens) -> bool:
        """Whether the object at ``p`` heads a verbless statement that opens at ``start``: at most
        three words before it, and a preposition after it ("Appointments for 4 providers")."""
        if sum(tokens.word(k)[0].isalnum() for k in range(start, p)) > 3:
            return False
        if any(tokens.lower[k] in self._not_between for k in range(start, p)):
            return False
        k = p + 1
        while k < len(tokens.lower) and tokens.word(k).isspace() and "\n" not in tokens.word(k):
            k += 1
        return k < len(tokens.lower) and tokens.lower[k] in self._verbless_links

    def _modifier(self, p: int, tokens: Tokens) -> int:
        """The word right before the object at ``p`` on its line, past a possessive or a joining
        hyphen ("patients' questions", "after-visit summaries"): -1 at the line's start."""
        k = p - 1
        while k >= 0 and (tokens.word(k) in POSSESSIVES or tokens.lower[k] == self._hyphen):
            k -= 1
        if k < 0 or tokens.word(k).isspace():
            return -1
        return k
