"""People a posting names who are not the hire: the team, the trainees, the colleagues.

"The phlebotomist is accountable to the registered nurses in the team", "work alongside
consultants and nurses", "training for clinicians including doctors and nurses",
"Reporting to the Ward Manager (RN)", "staffed by a variety of clinicians including GPs,
Nurses, Advanced Nurse Practitioners": the posting names nurses, but does not ask the
candidate to be one, and an applicant told "Add 'Registered Nurse' (required)" would be
misled (nor should a registered nurse outrank the coordinators such a post wants). A
mention that names a person is someone else's when a cue of working with, supporting,
training or serving people stands before it in its clause, or before the list of people
it stands in; without one it is the hire ("seeking Registered Nurses", "RN or LPN
required", "The post holder will be a nurse holding ...", "an experienced RMN").

The cues are data (``data/posting_people.json``, read by ``posting_people_rules.py``). Kept
apart from ``match/people.py``, which reads resumes: there a plural or a possessive already names
others ("assisted registered nurses"), while a posting names the hire in the plural ("seeking Staff Nurses").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .posting_people_rules import PostingPeopleRules, default_posting_people_rules
from .prose import HONORIFICS

__all__ = ["CLAUSE_END", "PERSON_CATEGORIES", "TOKEN", "WINDOW", "clause_before", "names_someone_else"]

PERSON_CATEGORIES = frozenset({"title", "license"})
# A duty names what the hire does ("supervising healthcare assistants"), never a person.
_NOT_A_PERSON = frozenset({"duty"})


WINDOW = 300
CLAUSE_END = re.compile(r"[.;!?\n]")
# An honorific's full stop ("Dr. Elena Vasquez") ends no clause either.
_ABBREVIATION_DOTS = re.compile(rf"\b(e\.g|i\.e|incl|etc|(?-i:{'|'.join(HONORIFICS)})(?=\.\s+[A-Z]))\.", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\([^()]{0,80}\)")
TOKEN = re.compile(r"[\w'’]+(?:[-/][\w'’]+)*|[,&/]")
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:s|'s|’s)?")
_POST_NOMINAL = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,3})?")  # "RN", "DNP", "PMHNP-BC", "FNP-C"
_POST_NOMINALS = re.compile(rf"{_POST_NOMINAL.pattern}(?:,[ \t]*{_POST_NOMINAL.pattern})*")  # "DNP, PMHNP-BC"
_POST_NOMINAL_CATEGORIES = frozenset({"license", "certification", "education"})


def _singular(word: str) -> tuple[str, ...]:
    """The forms ``word`` may be the plural or possessive of ("midwives" -> "midwife")."""
    forms = [word]
    for suffix, base in (("'s", ""), ("’s", ""), ("s'", ""), ("ies", "y"), ("ves", "fe"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            forms.append(word[: -len(suffix)] + base)
    return tuple(forms)


def _names_a_person(word: str, written: str, rules: PostingPeopleRules, *, groups: bool) -> bool:
    """Whether a list item ending in ``word`` (lower-cased; ``written`` as written) names
    people: a person word, or (``groups``) a group of people, a word with a person's ending
    ("physiotherapists") or an abbreviation ("GPs", "ODPs")."""
    if any(form in rules.person_words for form in _singular(word)):
        return True
    return groups and (
        any(form in rules.group_words or form.endswith(rules.person_endings) for form in _singular(word))
        or _ACRONYM.fullmatch(written) is not None
    )


def _item_names_people(words: list[str], written: list[str], end: int, rules: PostingPeopleRules) -> bool:
    """Whether the list item ending at ``end`` names people: one of its last words does
    ("physiotherapists", "GPs", "Director of Nursing"), or it is a person's name set off
    by commas ("the RN care manager, Maria Estrada, RN, and ...")."""
    if _a_name_between_commas(written, end, rules):
        return True
    for k in range(end - 1, max(end - 4, 0) - 1, -1):
        if words[k] in rules.breakers or words[k] in rules.list_joiners:
            return False
        if _names_a_person(words[k], written[k], rules, groups=True):
            return True
    return False


def clause_before(text: str, start: int, rules: PostingPeopleRules) -> str:
    """The text of the mention's clause before it: back to a sentence's end or a line
    break, and to a colon unless a label cue ends right before it ("Reports to: Nurse Manager");
    short parentheses left out, and the opening of one the mention stands in dropped
    ("the Ward Manager (RN" reads "the Ward Manager RN")."""
    before = _ABBREVIATION_DOTS.sub(r"\1", text[max(0, start - WINDOW) : start])
    ends = list(CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    colon = before.rfind(":")
    if colon != -1:
        words = [w.lower() for w in TOKEN.findall(before[:colon])]
        cued = any(tuple(words[len(words) - len(cue) :]) == cue for cue in rules.label_cues)
        before = before[:colon] + " " + before[colon + 1 :] if cued else before[colon + 1 :]
    before = _PARENTHESIS.sub(" ", before)
    opened = before.rfind("(")
    if opened != -1:
        before = before[:opened] + " " + before[opened + 1 :]
    return before.replace(")", " ")


def _cue_ends_in(words: list[str], first: int, last: int, rules: PostingPeopleRules) -> bool:
    """Whether a cue ends at one of the positions ``first .. last - 1`` of ``words``
    (a determiner must follow a cue of ``cues_before_a_determiner``, a count of people one
    of ``cues_before_a_count``)."""
    for k in range(max(first, 0), last):
        following = words[k + 1] if k + 1 < len(words) else ""
        if words[k] in rules.cues_before_a_determiner and following in rules.determiners:
            return True
        if words[k] in rules.cues_before_a_count and following in rules.count_words:
            return True
        for size in range(1, 5):
            if k - size + 1 >= 0 and tuple(words[k - size + 1 : k + 1]) in rules.cues_before:
                return True
        if _staff_copula_ends_at(words, k, rules):
            return True
    return False


def _staff_copula_ends_at(words: list[str], k: int, rules: PostingPeopleRules) -> bool:
    """Whether a verb of ``staff_copulas`` ends at ``k`` after the employer's people as its
    subject ("our providers are", "our clinicians include"): what follows lists the staff."""
    for size in (1, 2):
        subject = k - size
        if (
            subject >= 1
            and tuple(words[subject + 1 : k + 1]) in rules.staff_copulas
            and words[subject - 1] in rules.staff_owners
            and _names_a_person(words[subject], words[subject], rules, groups=True)
            # the people in the plural or a body ("our providers", "our staff"), not "our nurse is"
            and (words[subject].endswith("s") or words[subject] in rules.group_words)
        ):
            return True
    return False


def _opener_before(words: list[str], end: int, rules: PostingPeopleRules) -> int:
    """How many words of a list joiner or opener end at ``end`` ("including", "such as", ", and")."""
    for size in (2, 1):
        if end - size >= 0 and tuple(words[end - size : end]) in rules.list_openers:
            return size
    if end >= 1 and words[end - 1] in rules.list_joiners:
        return 2 if end >= 2 and words[end - 2] == "," else 1
    return 0


_CLOSES_A_NAME = re.compile(r"[ \t]*(?:[,.;)\n]|$)")  # "Angela Ruiz, RN, who ...", "Marcus Lee, RN."
_NAME_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.?")


def _a_name_between_commas(written: list[str], end: int, rules: PostingPeopleRules) -> bool:
    """Whether the words before ``end`` are a name of two or three capitalised words, none
    a person or group word, with a comma before it ("..., Maria Estrada")."""
    for size in (2, 3):
        name = written[end - size : end]
        if end - size < 1 or written[end - size - 1] != ",":
            continue
        if all(_NAME_WORD.fullmatch(w) for w in name) and not any(
            _names_a_person(w.lower(), w, rules, groups=True) for w in name if len(w) > 2
        ):
            return True
    return False


def _after_a_named_person(written: list[str], rules: PostingPeopleRules) -> bool:
    """Whether the clause before a licence's letters ends in a person's name set off by
    commas ("our clinical lead, Angela Ruiz, " before "RN", and the letters end the
    apposition: a comma, a full stop or the line's end follow): the letters are that person's.
    The name is two or three capitalised words, none a person or group word ("Registered
    Nurse, RN" names the hire), after a comma ("Float Pool, RN" has none). Other letters
    may come between the name and these, each after its comma: "Dr. Elena Vasquez, DNP,
    PMHNP-BC" and "Marcus Lee, MSN, RN" list one person's degrees and licences."""
    if len(written) < 4 or written[-1] != ",":
        return False
    end = len(written) - 1
    while not _a_name_between_commas(written, end, rules):
        if end < 3 or written[end - 2] != "," or not _POST_NOMINAL.fullmatch(written[end - 1]):
            return False
        end -= 2
    return True


def _continues_a_list(text: str, end: int, rules: PostingPeopleRules) -> bool:
    """Whether the item of the mention ending at ``end`` goes on to a list joiner before a
    word of the hire: "with the primary care providers, the RN care manager, Maria Estrada,
    RN, and the behavioral health consultants" lists the team, and an item opening with
    "the" after its comma is one more colleague, not a new clause as in "Working with the
    team, a registered nurse will lead" (a word of the hire, "will", comes first) or "...,
    the nurse leads the shift" (no joiner follows)."""
    after = text[end : end + WINDOW]
    stop = CLAUSE_END.search(after)
    words = [w.lower() for w in TOKEN.findall(after[: stop.start()] if stop else after)]
    for k, word in enumerate(words[: rules.max_scope]):
        if word in rules.breakers:
            return False
        if word in rules.list_joiners:
            following = words[k + 1] if k + 1 < len(words) else ""
            return bool(following) and following not in rules.breakers
    return False


_POSSESSIVE = re.compile(r"['’]s?(?=[ \t])")
_NEXT_WORD = re.compile(r"[ \t]*-?[ \t]*([A-Za-z][\w'’]*)")


_PHRASE_STOPS = frozenset({"to", "of", "in", "for", "with", "on", "at", "by", "from", "within", "across", "into"})
_MODIFIER_REACH = 6
_PHRASE_END = re.compile(r"[.;:!?()\n]")


@lru_cache(maxsize=4)
def _cue_openers(rules: PostingPeopleRules) -> frozenset[str]:
    """The first words of the cues ("working", "alongside", "supporting"): a noun phrase
    of people does not go on over them."""
    return frozenset(cue[0] for cue in rules.cues_before)


def _modifies_a_person(text: str, end: int, rules: PostingPeopleRules) -> bool:
    """Whether a field named at ``end`` goes on to the people of that field ("primary care
    providers", "behavioral health consultants", "pharmacy staff", "the mental health and
    learning disability nursing teams"): the colleagues' field names them, so it is theirs,
    as their title would be, when a cue names them as others. The phrase goes on over
    other fields and joiners, never over a preposition, a determiner or a word of the hire
    ("mental health experience working with patients" names no people of the field)."""
    after = text[end : end + 120]
    stop = _PHRASE_END.search(after)
    for k, word in enumerate(TOKEN.findall(after[: stop.start()] if stop else after)):
        lowered = word.lower()
        if k >= _MODIFIER_REACH or lowered in rules.breakers or lowered in rules.determiners:
            return False
        # Lower-cased: an acronym ("CAMHS") is a service as often as a team of people here.
        if _names_a_person(lowered, lowered, rules, groups=True):
            return True
        if lowered in _PHRASE_STOPS or lowered in _cue_openers(rules):
            return False  # "..., working alongside pharmacists": a clause of its own
    return False


def _names_a_body(name: list[str], text: str, start: int, end: int, rules: PostingPeopleRules) -> bool:
    """Whether a mention ending in a body word ("leadership", "the leadership team") names
    the people the hire reports or presents to: a cue of ``cues_before_a_determiner``
    before a determiner or body opener, a few words of the body's own between ("share them
    with the revenue cycle leadership team", "present to senior leadership"), or a cue of
    ``cues_before`` ending in one right before it ("report to leadership"). "Strong
    leadership skills", "to provide leadership", "develop leadership" name the hire's."""
    lowered = [w.lower() for w in TOKEN.findall(" ".join(name))]
    last = lowered[-1] if lowered else ""
    if not (
        last in rules.body_words
        or (any(w in rules.body_words for w in lowered) and any(f in rules.group_words for f in _singular(last)))
    ):
        return False
    if _goes_on(text, end, rules):
        return False  # "our leadership development programme": a thing, not the people
    words = [w.lower() for w in TOKEN.findall(clause_before(text, start, rules))]
    for k in range(len(words) - 1, max(len(words) - 1 - rules.max_scope, -1), -1):
        word = words[k]
        if k == len(words) - 1 and word in rules.cues_before_a_determiner:
            return any(tuple(words[k - size + 1 : k + 1]) in rules.cues_before for size in range(1, 5) if k >= size - 1)
        if (
            (word in rules.determiners or word in rules.body_openers)
            and k > 0
            and words[k - 1] in rules.cues_before_a_determiner
        ):
            return True
        if word in rules.breakers or word in rules.list_joiners:
            return False
    return False


def _goes_on(text: str, end: int, rules: PostingPeopleRules) -> bool:
    """Whether the noun phrase ending at ``end`` goes on with another noun ("leadership
    development programme"): the next word is none of a preposition, a list joiner, a word
    of the hire, a determiner or an adverb ("monthly")."""
    following = _NEXT_WORD.match(text, end)
    if following is None or text[end : following.start(1)].strip(" \t"):
        return False  # punctuation or the clause's end
    word = following.group(1).lower()
    return not (
        word in _PHRASE_STOPS
        or word in rules.list_joiners
        or word in rules.breakers
        or word in rules.determiners
        or word.endswith("ly")
        or word in {"about", "regarding", "on", "when", "each", "every", "as"}
    )


_SENTENCE_END = re.compile(r"[.!?\n]")


# At most this many words between a cue and a title it names as another post ("apply
# under Public Health Nurse", "see our other openings for Registered Nurse").
_ELSEWHERE_TITLE_GAP = re.compile(r"(?:\s+(?:for\s+)?(?:an?\s+|the\s+)?[A-Z][\w'’&-]*){0,3}\s+$")


def _sent_elsewhere(text: str, start: int, end: int, cues: re.Pattern[str]) -> bool:
    """Whether the rest of the sentence after the people named at ``end`` sends them to
    another post or page ("...: please see our other openings", "rather than applying
    here"), or the title at ``start`` is that other post ("Nurses can apply under Public
    Health Nurse")."""
    after = text[end : end + WINDOW]
    stop = _SENTENCE_END.search(after)
    if cues.search(after[: stop.start()] if stop else after) is not None:
        return True
    before = text[max(0, start - 80) : start]
    before = _SENTENCE_END.split(before)[-1]
    # "please see our RN Case Manager openings": a title inside the cue names the other post
    around = before + text[start:end] + (after[: stop.start()] if stop else after)
    if any(found.start() < len(before) and found.end() > len(before) + end - start for found in cues.finditer(around)):
        return True
    ends = [found.end() for found in cues.finditer(before)]
    return bool(ends) and _ELSEWHERE_TITLE_GAP.fullmatch(" " + before[ends[-1] :]) is not None


_VERB_FORM = re.compile(r"(?:ing|ed)$")


def _people_as_a_duty(name: list[str], rules: PostingPeopleRules) -> bool:
    """Whether a duty's mention is written as the people who do it, a bare noun phrase
    ending in a person word ("health educators"): "supervises two health educators" names
    the team, not the hire's health education. A duty written as an act ("managing the
    consultants", "work with the surgeons", "educated nurses") names what the hire does."""
    words = [w.lower() for w in name]
    return _names_a_person(words[-1], name[-1], rules, groups=False) and not any(
        _VERB_FORM.search(w) or w in rules.determiners or w in _ACT_WORDS for w in words[:-1]
    )


_CONJUNCTIONS = frozenset({"and", "or", "&", "and/or"})
_ACT_WORDS = frozenset({"work", "works", "with", "to", "for", "of", "manage", "manages", "lead", "leads", "support"})


def names_someone_else(text: str, start: int, end: int, category: str) -> bool:
    """Whether the person named at ``start:end`` of the posting's ``text`` is someone the
    hire works with, supports, trains or serves, not the hire."""
    rules = default_posting_people_rules()
    name = text[start:end].split()
    if not name:
        return False
    if category in _NOT_A_PERSON and not _people_as_a_duty(name, rules):
        return False
    if rules.body_words and _names_a_body(name, text, start, end, rules):
        return True  # "report to the revenue cycle leadership team": whom the hire reports to
    if (
        category in _POST_NOMINAL_CATEGORIES
        and _POST_NOMINALS.fullmatch(text[start:end])
        and _CLOSES_A_NAME.match(text, end)
        and _after_a_named_person(TOKEN.findall(clause_before(text, start, rules)), rules)
    ):
        return True  # "Marcus Lee, MSN, RN": a named person's degrees and licences, not the hire's
    if (
        category not in PERSON_CATEGORIES
        and not _names_a_person(name[-1].lower(), name[-1], rules, groups=False)
        and not _modifies_a_person(text, end, rules)
    ):
        return False
    if _POSSESSIVE.match(text, end) and _NEXT_WORD.match(text, end + 1):
        return True  # "the nurses' station", "the nurse's notes": a thing of theirs, not the hire
    if rules.acts_on_the_hire is not None and rules.acts_on_the_hire.match(text, end):
        return True  # "The school nurse (RN) supervises this role": the hire's supervisor
    if rules.elsewhere_cues is not None and _sent_elsewhere(text, start, end, rules.elsewhere_cues):
        return True  # "Registered nurses: please see our other openings": another post's hire
    written = TOKEN.findall(clause_before(text, start, rules))
    words = [w.lower() for w in written]
    item_end = len(words)  # the mention's own item: the words before it
    head = item_end  # the last position a cue may end before (exclusive)
    bridged = False
    for step in range(rules.max_items):
        first = item_end
        while first > 0 and item_end - first < rules.max_scope:
            word = words[first - 1]
            if word in rules.breakers or word in rules.list_joiners or _opener_before(words, first, rules):
                break
            first -= 1
        if _cue_ends_in(words, first - 1, head, rules):
            return True
        joiner = _opener_before(words, first, rules)  # "such as" before "as", a word of the hire
        if not joiner or first - joiner <= 0:
            return False
        if (
            words[first - 1] == ","
            and first < len(words)
            and words[first] in rules.clause_openers
            and step == 0  # an item further on was reached through a joiner: a list goes on
            and not _continues_a_list(text, end, rules)
        ):
            return False  # "Working with the team, a registered nurse will lead": a new clause
        item_end = first - joiner
        if words[item_end - 1] == ",":
            item_end -= 1  # "GPs, and Nurses"
        if _item_names_people(words, written, item_end, rules):
            bridged = False
        elif joiner == 1 and words[first - 1] in _CONJUNCTIONS and not bridged:
            # "speech and language therapists": a bare conjunct naming no people modifies them; read on once
            bridged = True
        else:
            return False
        head = item_end - 1
    return False
