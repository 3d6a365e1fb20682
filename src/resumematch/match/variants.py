"""Build-time expansion of a vocabulary's phrases into the variants a resume may use.

Every variant is computed once, when the vocabulary is compiled, so matching stays one
``PhraseMatcher`` pass at run time (no lemmatizer, no per-token Python). Kinds of variant:

* **inflection** ("scheduled patients" for "schedule patients"), from the English
  lookup table of ``spacy-lookups-data``; confidence 0.95;
* **hyphenation** ("follow-up" / "follow up" / "followup", "e-mail" / "email");
  confidence 0.95;
* **vendor prefix** ("MS Excel" for "Microsoft Excel"); confidence 0.95;
* **word order** of two-word duties and skills, with nominalisations and an optional
  "of"/"for" ("patient scheduling", "scheduling of patients", "verified insurance" for
  "insurance verification"). These are the least certain, so they are allowed only
  as contiguous phrases (a window of at most four tokens) and carry confidence 0.85.

Products and laws (``tool``, ``regulation``) are never inflected ("Excel" must not
become "excelled"); credentials, degrees and titles only take a plural. An abbreviation
of a term that names a person (a licence, a title) takes its plural too ("RNs", "LPNs"):
written as it is, so it matches case-sensitively like the abbreviation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from ..english import english_lemmas, english_words
from ..models import CATEGORY_TABLE

__all__ = [
    "INFLECTION_CONFIDENCE",
    "REORDER_CONFIDENCE",
    "abbreviation_plurals",
    "abbreviation_spellings",
    "alias_variants",
    "dotted_abbreviations",
    "word_family",
    "word_forms",
]

INFLECTION_CONFIDENCE = 0.95
REORDER_CONFIDENCE = 0.85

PROPER_CATEGORIES = frozenset(row.name for row in CATEGORY_TABLE.values() if row.variants == "proper")
PLURAL_ONLY_CATEGORIES = frozenset(row.name for row in CATEGORY_TABLE.values() if row.variants == "plural_only")
REORDER_CATEGORIES = frozenset(row.name for row in CATEGORY_TABLE.values() if row.variants == "reorder")
PERSON_CATEGORIES = frozenset(row.name for row in CATEGORY_TABLE.values() if row.names_person)
CREDENTIAL_CATEGORIES = frozenset(row.name for row in CATEGORY_TABLE.values() if row.credential)
_CAPITALS = re.compile(r"[A-Z]{2,}")
_INITIALS = re.compile(r"[A-Z]{2,5}")
_CONNECTORS = ("of", "for")
_VENDOR_PREFIXES = {"microsoft": ("ms",)}
_CREDENTIAL_SHORT_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "assistant": (("asst",), ("asst", ".")),
    "certified": (("cert", "."), ("cert",)),
    "technician": (("tech",),),
}
"""Short forms resumes write for the words of credentials and titles (only those: "tech"
is no technician in a duty, and "a surgical tech program" a plan more often than a diploma)."""
_CLINICAL_CLIPPED = {
    "dressing": "dsg",
    "dressings": "dsgs",
    "outpatient": "outpt",
    "inpatient": "inpt",
    "antibiotics": "abx",
    "medicine": "med",
    "medical": "med",
    "medication": "med",
    "medications": "meds",
    "critical": "crit",
    "perioperative": "periop",
    "nebulizer": "neb",
    "emergency": "emerg",
    "psychiatric": "psych",
    "psychiatry": "psych",
    "geriatric": "geri",
    "pediatric": "peds",
    "telemetry": "tele",
    "oncology": "onc",
    "orthopedics": "ortho",
    "orthopaedics": "ortho",
    "respiratory": "resp",
    "neurological": "neuro",
}
_WORK_SHORT_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "patient": (("pt",), ("pt", ".")),
    "patients": (("pts",),),
    "management": (("mgmt",), ("mgt",)),
    "administration": (("admin",),),
    "control": (("ctrl",),),
    **{word: ((short,),) for word, short in _CLINICAL_CLIPPED.items()},
    "department": (("dept",), ("dept", ".")),
}
"""Short forms of the words of work done ("pt care", "inventory mgmt", "medication admin") and the
clipped words care staff write for clinical ones ("dsg changes", "outpt clinic", "crit care", "IV
abx"), taken only inside a phrase of two words or more: alone, "psych", "tele" and "onc" have other
senses (a psychology degree, "tele-sales", the ONC)."""
_SHORT_WORDS = {
    **{category: _CREDENTIAL_SHORT_WORDS for category in CREDENTIAL_CATEGORIES | {"title"}},
    **{category: _WORK_SHORT_WORDS for category in ("hard_skill", "duty")},
}
_SHORT_WORDS_ALONE = CREDENTIAL_CATEGORIES | {"title"}
"""Categories whose one-word forms take a short form ("Technician": "Tech"); work words do not."""
_MAX_VARIANTS_PER_ALIAS = 64
_MAX_REORDERED_PER_ALIAS = 96
_MAX_PRODUCT = 4096
_WORD = re.compile(r"^[a-z][a-z'-]*$")
# Closed-class words are never inflected: the lookup table turns "and" into "'n'" and
# multiplies a long duty's variants for nothing.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "per",
        "into",
        "via",
        "its",
        "their",
        "our",
        "your",
    ]
)

# Verb → noun derivations (suffix of the verb, suffix of the noun), tried in order and
# kept only when the result is a real English word: verify → verification,
# coordinate → coordination, analyze → analysis, manage → management, document →
# documentation, collect → collection.
_DERIVATIONS: tuple[tuple[str, str], ...] = (
    ("ify", "ification"),
    ("ate", "ation"),
    ("yze", "ysis"),
    ("ize", "ization"),
    ("ise", "isation"),
    ("ibe", "iption"),
    ("e", "ation"),
    ("e", "ement"),
    ("", "ment"),
    ("", "ation"),
    ("", "ion"),
)


@lru_cache(maxsize=1)
def _english_forms() -> dict[str, list[str]]:
    """lemma → the lowercase forms that lemmatise to it (the inverse table, without the lemma).

    Lists, not sets: a compile asks for a few thousand lemmas of the 25,000, and making a
    set for each of them was a tenth of a first run's compile.
    """
    forms: dict[str, list[str]] = {}
    for form, lemma in english_lemmas().items():
        if form.islower() and lemma.islower():
            group = forms.get(lemma)
            if group is None:
                forms[lemma] = [form]
            else:
                group.append(form)
    return forms


def word_forms(word: str, *, plural_only: bool = False) -> frozenset[str]:
    """The inflected forms of one lowercase word (itself included).

    With ``plural_only`` only the word, its lemma and their plurals are kept, and a
    gerund stays a gerund ("nursing" never becomes "nurse").
    """
    if not _WORD.match(word) or len(word) < 3:
        return frozenset({word})
    lemma = english_lemmas().get(word, word)
    forms = {lemma, word, *_english_forms().get(lemma, ())}
    if plural_only:
        if word.endswith("ing") and not lemma.endswith("ing"):
            return frozenset({word, word + "s"} & (forms | {word}))
        allowed = {word, lemma, word + "s", word + "es", lemma + "s", lemma + "es"}
        forms &= allowed
    return frozenset(forms)


def _is_plural_noun(word: str) -> bool:
    """Whether ``word`` is the plural of another word ("records", "sales"; not "process")."""
    lemma = english_lemmas().get(word, word)
    return lemma != word and word in (lemma + "s", lemma + "es")


@lru_cache(maxsize=4096)
def word_family(word: str) -> frozenset[str]:
    """Inflections plus verb ↔ noun derivations that are real English words.

    >>> sorted(word_family("verify"))  # doctest: +ELLIPSIS
    ['verification', 'verifications', 'verified', 'verifies', 'verify', 'verifying']
    """
    words = english_words()
    family = set(word_forms(word))
    lemma = english_lemmas().get(word, word)
    for verb_end, noun_end in _DERIVATIONS:
        if lemma.endswith(verb_end):
            noun = lemma[: len(lemma) - len(verb_end)] + noun_end
            if noun in words and noun != lemma:
                family |= {noun, noun + "s"} & words | {noun}
        if lemma.endswith(noun_end) and len(lemma) > len(noun_end) + 2:
            verb = lemma[: len(lemma) - len(noun_end)] + verb_end
            if verb in words and verb != lemma and len(verb) >= 4:
                family |= word_forms(verb)
    return frozenset(family)


def _hyphenations(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """'follow-up' ↔ 'follow up' ↔ 'followup' (spaCy splits 'follow-up' in three tokens)."""
    out: list[tuple[str, ...]] = []
    if "-" in tokens:
        i = tokens.index("-")
        if 0 < i < len(tokens) - 1:
            left, right = tokens[: i - 1], tokens[i + 2 :]
            out.append((*left, tokens[i - 1] + tokens[i + 1], *right))
            out.append((*left, tokens[i - 1], tokens[i + 1], *right))
    elif 2 <= len(tokens) <= 3:
        for i in range(len(tokens) - 1):
            if tokens[i].isalpha() and tokens[i + 1].isalpha():
                out.append((*tokens[: i + 1], "-", *tokens[i + 1 :]))
    return out


def _reorderings(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Word-order variants of a two-content-word phrase (optionally joined by of/for)."""
    content = tuple(t for t in tokens if t not in _CONNECTORS)
    if len(content) != 2 or not all(_WORD.match(t) for t in content) or len(tokens) > 3:
        return []
    first, second = (sorted(word_family(t)) for t in content)
    # "X of Y" in the written order reads a verb and its object ("verify insurance":
    # "verification of insurance"); a plural noun first is a compound's modifier, whose
    # only reading is "Y of X": "records management" is "management of records", never
    # "record of managing" (that is "a track record of managing").
    # The cap applies before that filter, so the other variants kept stay the same.
    compound = len(tokens) == 2 and _is_plural_noun(content[0])  # "plans of care" keeps its order
    out: list[tuple[tuple[str, ...], bool]] = []
    for a, b in itertools.product(first, second):
        out.append(((b, a), True))
        for connector in _CONNECTORS:
            out.append(((a, connector, b), not compound))
            out.append(((b, connector, a), True))
    for a, b in itertools.product(first, second):
        out.append(((a, b), True))
    return [variant for variant, kept in out[:_MAX_REORDERED_PER_ALIAS] if kept]


def _fewest_changes_first(original: tuple[str, ...], options: Sequence[set[str]]) -> list[tuple[str, ...]]:
    """Inflected combinations, those changing the fewest words first, capped.

    Alphabetical order with a cap used to drop every inflection of the first word of a
    long duty ("Manages the supplies and inventory" for "Manage the supplies and
    inventory"); one changed word is the common case, so those variants come first.
    """
    product = itertools.islice(itertools.product(*map(sorted, options)), _MAX_PRODUCT)

    def changes(combination: tuple[str, ...]) -> int:
        return sum(a != b for a, b in zip(combination, original, strict=True))

    return sorted(product, key=changes)[:_MAX_VARIANTS_PER_ALIAS]


def alias_variants(tokens: Sequence[str], category: str) -> list[tuple[tuple[str, ...], float]]:
    """Variants of an alias's lowercase tokens with their confidence, the alias first (1.0)."""
    original = tuple(tokens)
    if not original:
        return []
    variants: dict[tuple[str, ...], float] = {original: 1.0}

    def add(candidate: tuple[str, ...], confidence: float) -> None:
        if candidate not in variants:
            variants[candidate] = confidence

    for hyphenated in _hyphenations(original):
        add(hyphenated, INFLECTION_CONFIDENCE)
    prefixes = _VENDOR_PREFIXES.get(original[0], ())
    for prefix in prefixes if len(original) > 1 else ():
        add((prefix, *original[1:]), INFLECTION_CONFIDENCE)
    if category in PROPER_CATEGORIES:
        return list(variants.items())
    if category in PLURAL_ONLY_CATEGORIES:
        options = [{t} for t in original[:-1]] + [set(word_forms(original[-1], plural_only=True))]
    elif category in REORDER_CATEGORIES and len(original) > 1:
        options = [set(word_forms(t)) for t in original]
    else:
        options = [set(word_forms(t, plural_only=True)) for t in original]
    options = [{t} if t in _FUNCTION_WORDS else o for t, o in zip(original, options, strict=True)]
    for combination in _fewest_changes_first(original, options):
        add(combination, INFLECTION_CONFIDENCE)
    short = _SHORT_WORDS.get(category, {})
    if short and not short.keys().isdisjoint(w for v in variants for w in v):
        for _ in range(2 if category in PLURAL_ONLY_CATEGORIES else 1):  # "Cert. Medical Asst."
            for variant in list(variants):
                if len(variant) < 2 and category not in _SHORT_WORDS_ALONE:
                    continue
                for shortened in _shortenings(variant, short):
                    add(shortened, INFLECTION_CONFIDENCE)
    if category in REORDER_CATEGORIES:
        for reordered in _reorderings(original):
            add(reordered, REORDER_CONFIDENCE)
    return list(variants.items())


def _shortenings(tokens: tuple[str, ...], short_words: dict[str, tuple[tuple[str, ...], ...]]) -> list[tuple[str, ...]]:
    """A phrase with one of its words in its written short form ("Registered Medical Asst.",
    "Cert. Nursing Assistant", "Pharmacy Tech License", "pt care", "project mgmt"); a short
    form's dot is a token of its own, written or left out."""
    out: list[tuple[str, ...]] = []
    for i, word in enumerate(tokens):
        for short in short_words.get(word, ()):
            out.append((*tokens[:i], *short, *tokens[i + 1 :]))
    return out


def abbreviation_plurals(written: Sequence[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """``(plural, term id)`` for each ``(abbreviation, term id, category)`` of a term that
    names a person, when the abbreviation is capital letters ("RN" -> "RNs", "LPN" ->
    "LPNs") and the plural is no abbreviation of its own: a plural names people ("two
    RNs"), which ``people.py`` then tells from the candidate."""
    taken = {abbreviation for abbreviation, _, _ in written}
    return [
        (abbreviation + "s", term_id)
        for abbreviation, term_id, category in written
        if category in PERSON_CATEGORIES and _CAPITALS.fullmatch(abbreviation) and abbreviation + "s" not in taken
    ]


def dotted_abbreviations(written: Sequence[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """``(dotted, term id)`` for each ``(abbreviation, term id, category)`` of a licence or
    certificate written in capitals ("RN" -> "R.N.", "CNA" -> "C.N.A.", "CMA" -> "C.M.A."):
    a credential's initials are written with dots as often as without, and a dotted form is
    one token, matched case-sensitively like the abbreviation. Degrees have their own
    grammar (B.S.N.), and other kinds' initials are not dotted in resumes ("O.R.")."""
    taken = {abbreviation for abbreviation, _, _ in written}
    dotted = []
    for abbreviation, term_id, category in written:
        if category in CREDENTIAL_CATEGORIES and _INITIALS.fullmatch(abbreviation):
            form = ".".join(abbreviation) + "."
            if form not in taken:
                dotted.append((form, term_id))
                taken.add(form)
    return dotted


def abbreviation_spellings(written: Sequence[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """``(spelling, term id)`` of every curated abbreviation as written, its plural where it
    names people, and its dotted form where it is a credential's initials."""
    return [(a, term_id) for a, term_id, _ in written] + abbreviation_plurals(written) + dotted_abbreviations(written)
