"""Duties read as a verb of the duty's action and a noun of its object in one clause.

A token pattern says "train", a few words, then "staff"; an unseen writer puts the object
further off ("Orient new resident assistants to the med room"), behind a phrase, or picks
another verb of the same action ("orient", "precept"). Here a duty is also credited when a
verb of its action class opens a clause and a noun of its object class heads a phrase later
in that clause (classes per term in ``data/duty_clauses.json``, every inflection). A clause
ends at a stop, a semicolon, a bracket, a bullet, a line break that does not wrap a sentence,
a subordinate word ("who", "so", "when") or "by" (a passive's agent). The object is read
through "of", "for", "in", "on", "at", "with" and the rule's own linking words, not through a
preposition that leaves the clause ("into Excel"); a noun right after "in", "on" or "at" is a
place ("on staff"). A verb's nominalisation (the file's ``nominals``) reads as the verb where
its object follows "of", "for", "to" or "with" ("Responsible for the supervision of 12 CNAs"),
but not after a word that makes the action the writer's lot ("under the supervision of"); a
list of such nouns shares the last one's object. The object may also come first, as a short
label before a colon ("New staff: oriented, trained ...": ``clause_fronted``); each duty alias
that begins with a verb is a rule too (``clause_aliases``); and a duty whose object only its
work acts on is read from that object whatever the verb ("Juggled 60 appointments a day":
``clause_objects``). A clause match only adds a duty nothing else found
(:func:`clause_additions`); the word lists are ``clause_lexicon``'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from ..english import _words_digest
from . import clause_lexicon as lex
from .clause_aliases import alias_rules, plain_modifier
from .clause_fronted import fronted_label
from .clause_join import clause_additions, with_clause_matches
from .clause_objects import ObjectReading, anchored_families
from .clause_rules import clause_words, inflections, load_clause_data
from .clause_words import heads_phrase, next_in_line, on_line
from .pattern_spec import cached_lemma_forms
from .trie import Found, Tokens
from .variants import word_forms
from .vocabulary import Vocabulary, default_vocabulary
from .wordsets import HashSet

__all__ = ["ClauseDuties", "clause_additions", "with_clause_matches"]

METHOD = "pattern"
CONFIDENCE = 0.8
"""Below a token pattern (0.9): the object may stand a clause away."""

MAX_GAP = 12
"""Words between the verb and its object: a clause, not a paragraph."""
_REACH = 2 * MAX_GAP + 4
"""Tokens a verb's object may stand from it: its words, the spaces and line breaks between."""


class _Rule(NamedTuple):
    term_id: str
    objects: frozenset[int]
    through: frozenset[int]
    not_after: frozenset[int]
    context: frozenset[int] | None
    blocked: frozenset[int]
    titles: frozenset[int]
    between: tuple[frozenset[int], ...]
    gap: int
    modifiers: frozenset[int] | None


class ClauseDuties:
    """The clause rules of the terms a vocabulary has, compiled to string hashes.

    ``forms`` gives the inflections of a ``clause_words`` key; ``words`` is the English
    word list (the words a "@suffix:" class takes, and the regular inflections kept).
    """

    def __init__(
        self,
        data: Mapping[str, Any],
        term_ids: Iterable[str],
        *,
        forms: Callable[[str], Iterable[str]],
        hash_string: Callable[[str], int],
        words: frozenset[str],
    ) -> None:
        classes: Mapping[str, Sequence[str]] = data.get("classes", {})
        known = set(term_ids)
        h = hash_string

        def expand(values: Iterable[str], kind: str = "n") -> frozenset[int]:
            out: set[str] = set()
            for value in values:
                if value.startswith("@suffix:"):
                    suffix = value.split(":", 1)[1]
                    nouns = [w for w in words if w.endswith(suffix) and w.isalpha()]
                    out.update(nouns)
                    out.update(w + "s" for w in nouns)
                    continue
                for word in classes[value[1:]] if value.startswith("@") else [value]:
                    out.add(word)
                    out.update(forms(f"{kind}:{word}"))
            return frozenset(h(w) for w in out)

        self._rules: list[_Rule] = []
        by_nominal: dict[int, list[int]] = {}
        by_verb: dict[int, list[int]] = {}
        by_lemma: dict[str, list[int]] = {}
        for term_id, entries in data.get("terms", {}).items():
            if term_id not in known:
                continue
            for entry in entries:
                context = entry.get("context")
                self._rules.append(
                    _Rule(
                        term_id,
                        expand(entry["objects"]),
                        expand(entry.get("through", ())),
                        frozenset(h(w) for w in entry.get("not_after", lex.NOT_AFTER)),
                        expand(context) if context else None,
                        expand(entry.get("not", ())),
                        frozenset(h(w) for w in entry.get("title_verbs", ())),
                        tuple(expand([w]) for w in entry.get("between", ())),
                        entry.get("gap", MAX_GAP),
                        expand(entry["modifiers"]) if "modifiers" in entry else None,
                    )
                )
                for verb in expand(entry["verbs"], "v"):
                    by_verb.setdefault(verb, []).append(len(self._rules) - 1)
                for lemma in entry["verbs"]:
                    by_lemma.setdefault(lemma, []).append(len(self._rules) - 1)
                for noun in expand(entry.get("nominals", ())):  # an alias's compound turned round
                    by_nominal.setdefault(noun, []).append(len(self._rules) - 1)
        for lemma, nouns in data.get("nominals", {}).items():
            for noun in expand(nouns):
                by_nominal.setdefault(noun, []).extend(by_lemma.get(lemma, ()))
        self._anchored = ObjectReading(data.get("anchored", {}), known, expand=expand, hash_string=h, words=words)
        self._by_verb = {verb: tuple(indexes) for verb, indexes in by_verb.items()}
        self._by_nominal = {noun: tuple(dict.fromkeys(indexes)) for noun, indexes in by_nominal.items() if indexes}
        self._verbs = HashSet(set(self._by_verb) | set(self._by_nominal))
        reads = {h: {*self._by_verb.get(h, ()), *self._by_nominal.get(h, ())} for h in self._by_verb | self._by_nominal}
        # the objects of each verb's and nominal's rules: one look-up per candidate
        self._reads = {h: frozenset().union(*(self._rules[i].objects for i in rules)) for h, rules in reads.items()}
        self._objects = HashSet(h for rule in self._rules for h in rule.objects)
        self._received = frozenset(h(w) for w in lex.RECEIVED)
        self._nominal_links = frozenset(h(w) for w in lex.NOMINAL_LINKS)
        self._breaks = frozenset(h(w) for w in lex.BREAKS)
        self._prepositions = frozenset(h(w) for w in lex.PREPOSITIONS)
        self._pronouns = frozenset(h(w) for w in lex.PRONOUNS)
        self._passive = frozenset(h(w) for w in lex.PASSIVE)
        self._openers = frozenset(h(w) for w in lex.OPENERS)
        self._gerund_openers = frozenset(h(w) for w in lex.GERUND_OPENERS)
        self._linking = frozenset(h(w) for w in ("and", "or", "&", "/", ","))
        self._colon = h(":")
        self._places = frozenset(h(w) for w in ("in", "on", "at"))
        self._partners = frozenset(h(w) for w in ("with", "to", "alongside"))
        self._determiners = frozenset(h(w) for w in ("the", "a", "an", "our", "my", "their", "its", "all", "each"))
        self._followers = frozenset(h(w) for w in STOP_WORDS - set(lex.NOT_HEAD)) | {h("member"), h("members")}

    @classmethod
    def packaged(
        cls, vocabulary: Vocabulary, *, hash_string: Callable[[str], int], words: frozenset[str]
    ) -> ClauseDuties:
        """The packaged rules of the shipped terms ``vocabulary`` holds unchanged (the rules were
        written for those terms: a vocabulary that defines its own term of the same id gets none),
        their inflections cached like the patterns' lemmas."""
        shipped = default_vocabulary()
        term_ids = [t.id for t in vocabulary if t.id in shipped and shipped.get(t.id) == t]
        data = load_clause_data()
        data["anchored"] = anchored_families(data.get("anchored", {}), (t for t in vocabulary if t.id in term_ids))
        for term_id, rules in alias_rules([t for t in vocabulary if t.id in term_ids], words).items():
            data["terms"][term_id] = [*data["terms"].get(term_id, ()), *rules]
        forms = cached_lemma_forms(
            clause_words(data), lambda key: inflections(key, word_forms, words), digest=f"{_words_digest()}-clauses"
        )
        return cls(data, term_ids, forms=forms.__getitem__, hash_string=hash_string, words=words)

    def __bool__(self) -> bool:
        return bool(self._rules) or bool(self._anchored)

    def matches(self, lower: np.ndarray, stops: np.ndarray, tokens: Tokens) -> list[Found]:
        """``(verb, object end, term id, method, confidence)`` of each verb whose clause names its object.

        ``stops`` marks the line breaks that end a sentence (:func:`~.doc_tokens.sentence_breaks`).
        Only a verb with some rule's object noun within reach is read further (two set look-ups
        of the Doc's hashes, then a bisection per verb)."""
        stop = stops.tolist()
        found = self._anchored.matches(lower, stop, tokens)
        starts = self._verbs.member(lower).nonzero()[0].tolist() if self._rules else []
        if not starts:
            return found
        objects = self._objects.member(lower).nonzero()[0].tolist()
        colons = (lower == self._colon).nonzero()[0].tolist()
        hashes = tokens.lower
        n = len(hashes)
        for i in starts:
            k = bisect_right(objects, i)
            ahead = objects[k : bisect_right(objects, i + _REACH, k)]
            reads = self._reads[hashes[i]]
            read = any(hashes[p] in reads for p in ahead)
            after_colon = bool(colons) and k > 0 and _between(colons, max(objects[k - 1], i - _REACH), i)
            if not read and not after_colon:
                continue  # no object of this word's rules within reach
            near = {hashes[p] for p in ahead}
            if hashes[i] in self._by_nominal:
                nominal = self._nominal_matches(i, n, stop, tokens, near)
                if nominal:
                    found += nominal
                    continue
            rules = [self._rules[index] for index in self._by_verb.get(hashes[i], ())]
            rules = rules if after_colon else [rule for rule in rules if not rule.objects.isdisjoint(near)]
            if not rules or not self._opens_clause(i, hashes, stop, tokens):
                continue
            label = fronted_label(i, tokens, stop, self._by_verb, self._linking, self._colon) if after_colon else -1
            if label >= 0:
                found += self._fronted_matches(i, label, n, stop, hashes)
                continue
            nxt = next_in_line(i + 1, n, stop, tokens)
            if nxt >= n or _titled(tokens.word(i), tokens.word(nxt)) or hashes[nxt] in self._pronouns:
                continue
            if tokens.word(nxt) == ",":  # a list item ("Coach, Coaching, client") unless a verb follows
                after = next_in_line(nxt + 1, n, stop, tokens)
                if after >= n or hashes[after] not in self._by_verb or not tokens.word(after).islower():
                    continue
            held = ""  # a term one rule of this verb found needs no other rule's reading
            for rule in rules:
                if rule.term_id == held or hashes[nxt] in rule.not_after or rule.objects.isdisjoint(near):
                    continue
                if hashes[i] in rule.titles and not self._opens_phrase(nxt, tokens):
                    continue
                end = self._object_end(rule, nxt, n, stop, tokens)
                if end and (rule.context is None or on_line(rule.context, i, n, stop, hashes)):
                    found.append(Found(i, end, rule.term_id, METHOD, CONFIDENCE))
                    held = rule.term_id
        return found

    def _fronted_matches(self, i: int, label: int, n: int, stop: list[bool], hashes: list[int]) -> list[Found]:
        """The rules of the verb at ``i`` whose object is the label's last word before the colon."""
        return [
            Found(label, i + 1, rule.term_id, METHOD, CONFIDENCE)
            for rule in (self._rules[index] for index in self._by_verb[hashes[i]])
            if hashes[label] in rule.objects
            and not rule.between
            and (rule.context is None or on_line(rule.context, i, n, stop, hashes))
        ]

    def _nominal_matches(self, i: int, n: int, stop: list[bool], tokens: Tokens, near: set[int]) -> list[Found]:
        """The rules of the nominal at ``i`` whose object (one of ``near``) follows it through "of",
        "for", "to" or "with" (a rule with linking words of its own: through one of those), unless
        the word before it, past determiners and a list of nominals, makes the action done to the
        writer."""
        hashes, text, idx = tokens.lower, tokens.text, tokens.idx
        nxt = self._past_nominals(next_in_line(i + 1, n, stop, tokens), n, stop, tokens)
        if nxt >= n or hashes[nxt] not in self._nominal_links:
            return []
        j = i - 1
        while j >= 0 and (
            hashes[j] in self._determiners
            or hashes[j] in self._linking
            or hashes[j] in self._by_nominal
            or (text[idx[j]].isspace() and not stop[j])
        ):
            j -= 1
        if j >= 0 and hashes[j] in self._received:
            return []
        found: list[Found] = []
        for index in self._by_nominal[hashes[i]]:
            rule = self._rules[index]
            if (rule.through and hashes[nxt] not in rule.through) or rule.objects.isdisjoint(near):
                continue
            end = self._object_end(rule, nxt, n, stop, tokens)
            if end and (rule.context is None or on_line(rule.context, i, n, stop, hashes)):
                found.append(Found(i, end, rule.term_id, METHOD, CONFIDENCE))
        return found

    def _past_nominals(self, j: int, n: int, stop: list[bool], tokens: Tokens) -> int:
        """The word after a list of nouns of action that shares the first one's object
        ("Recruitment, orientation and retention of nursing staff"): ``j`` when no list follows."""
        hashes = tokens.lower
        k, listed = j, 0
        while k < n and hashes[k] in self._linking and listed < lex.MAX_NOMINALS:
            while k < n and hashes[k] in self._linking:
                k = next_in_line(k + 1, n, stop, tokens)
            word = tokens.word(k) if k < n else ""
            if not (word.isalpha() and (hashes[k] in self._by_nominal or word.lower().endswith(lex.ACTION_ENDINGS))):
                return j
            k = next_in_line(k + 1, n, stop, tokens)
            listed += 1
        return k

    def _opens_clause(self, i: int, hashes: list[int], stop: list[bool], tokens: Tokens) -> bool:
        """Whether the verb at ``i`` begins its clause, as a duty's verb does: first on its
        line or after a clause end, a bullet, a coordinated verb ("Hired and trained"), an
        adverb ("successfully"), or, as an -ing form, after "for", "in" or "by"."""
        text, idx = tokens.text, tokens.idx
        j = i - 1
        while j >= 0 and text[idx[j]].isspace():
            if stop[j]:
                return True
            j -= 1
        if j < 0:
            return True
        h = hashes[j]
        if h in self._passive:
            return False
        if h in self._breaks or h in self._openers:
            return True
        before = tokens.word(j)
        if not before[0].isalnum():
            return True  # a bullet or a dash
        if before.isalpha() and before.lower().endswith("ly"):
            return True
        return h in self._gerund_openers and tokens.word(i).lower().endswith("ing")

    def _object_end(self, rule: _Rule, j: int, n: int, stop: list[bool], tokens: Tokens) -> int:
        """One past the object's token, or 0 when the clause ends first.

        Not an object: a noun right after "in", "on" or "at" (a place or an idiom: "on
        staff"), or one reached through the preposition of a second verb ("Led and
        collaborated with ... teams": the teams are the second verb's partners)."""
        hashes, text, idx = tokens.lower, tokens.text, tokens.idx
        seen = not rule.through
        words = step = 0  # step: the rule's words between found so far
        need = len(rule.between)
        before = after_verb = 0  # the previous word's hash; whether it is a coordinated verb
        first, last = j, j  # where the reading began; the last token read that is no space
        while j < n and words <= rule.gap:
            h = hashes[j]
            if text[idx[j]].isspace():
                if stop[j]:
                    return 0
                j += 1
                continue
            if h in self._breaks or h in rule.blocked:
                return 0
            if after_verb and (h in self._prepositions or h in self._places or h in self._partners):
                return 0
            after_verb = words > 0 and h in self._by_verb and before in self._linking
            if step < need and h in rule.between[step]:
                step += 1
            elif h in rule.through:
                seen = True
            elif h in self._prepositions:
                return 0
            elif (
                seen
                and step == need
                and h in rule.objects
                and before not in self._places
                and heads_phrase(j + 1, n, tokens, self._followers, also=rule.objects)
                and (j == first or plain_modifier(tokens.word(last), hashes[last], rule.modifiers))
            ):
                return j + 1
            if h not in self._determiners:
                before = h
            last = j
            words += text[idx[j]].isalnum()  # the gap counts words, not hyphens or commas
            j += 1
        return 0

    def _opens_phrase(self, j: int, tokens: Tokens) -> bool:
        """Whether the word at ``j`` begins a noun phrase (a determiner, a number): after a
        verb that also begins job titles ("Lead a team of 8", not "Lead designer")."""
        return tokens.lower[j] in self._followers or tokens.word(j)[0].isdigit()


def _titled(verb: str, after: str) -> bool:
    """A capitalised verb before a capitalised word is a heading or a title ("Managed Care",
    "STAFFING TEAM", "Lead Dispatcher"), not a statement."""
    if not after[:1].isalpha():
        return False
    if verb.isupper() and len(verb) > 2:
        return after.isupper() and len(after) > 3
    return verb[:1].isupper() and after.istitle() and len(after) > 1


def _between(positions: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``positions`` lies strictly between ``start`` and ``end``."""
    k = bisect_right(positions, start)
    return k < len(positions) and positions[k] < end
