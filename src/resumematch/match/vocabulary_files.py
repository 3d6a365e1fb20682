"""Read vocabulary file text into validated terms (the format: ``docs/vocabulary.md``).

Validation collects every problem in every file before raising a single
:class:`~resumematch.errors.VocabError`, so a user fixes a file in one pass instead
of one error at a time. Each problem names the file and the term. Finding the files,
caching them and the :class:`~resumematch.match.vocabulary.Vocabulary` they make are
``vocabulary.py``'s.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple, cast

from ..errors import VocabError
from ..models import CATEGORIES, Category, DegreeSpec, Term
from ..resume.degree_grammar import DEGREE_LEVELS
from .json_files import parse_json_data
from .patterns import as_patterns, pattern_problems
from .term_forms import canonical_form, form_problem

__all__ = ["MAX_TERMS", "SCHEMA_VERSION", "ValidTerms", "validate_vocabulary_texts"]

SCHEMA_VERSION = 1

_TOP_KEYS = {"schema", "role", "description", "terms"}
_TERM_KEYS = {
    "id",
    "name",
    "category",
    "aliases",
    "abbreviations",
    "broader",
    "ambiguous",
    "context",
    "degree",
    "patterns",
}
_DEGREE_KEYS = {"level", "fields"}
_ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LIST_KEYS = ("aliases", "abbreviations", "broader", "ambiguous", "context")
MAX_TERMS = 100_000
"""The most terms one file may hold (the shipped clinical vocabulary has a few hundred)."""


class ValidTerms(NamedTuple):
    """What the files hold once every problem is ruled out: one role per file, the terms in
    file order, and the surface forms of each term that need context evidence."""

    roles: tuple[str, ...]
    terms: tuple[Term, ...]
    ambiguous: dict[str, frozenset[str]]


def validate_vocabulary_texts(texts: tuple[tuple[str, str], ...]) -> ValidTerms:
    """The terms of ``(file name, text)`` pairs, validated together (ids, forms and
    ``broader`` links across files); one :class:`VocabError` lists every problem."""
    problems: list[str] = []
    roles: list[str] = []
    parsed: list[tuple[Term, set[str], str]] = []
    names: list[str] = []
    for name, text in texts:
        names.append(name)
        role, terms = _read_file(name, text, problems)
        roles.append(role)
        parsed.extend(terms)
    _check_consistency(parsed, problems)
    if not parsed and not problems:
        problems.append(f"{', '.join(names)}: no terms defined")
    if problems:
        shown = "\n  - ".join(problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        raise VocabError(
            f"{len(problems)} problem(s) in vocabulary {', '.join(names)}; fix them and retry:\n  - {shown}{more}",
            problems,
        )
    return ValidTerms(
        roles=tuple(roles),
        terms=tuple(term for term, _, _ in parsed),
        ambiguous={term.id: frozenset(forms) for term, forms, _ in parsed if forms},
    )


def _as_str_list(value: Any, where: str, key: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and canonical_form(v) for v in value):
        problems.append(f"{where}: '{key}' must be a list of non-empty strings")
        return []
    return list(dict.fromkeys(canonical_form(v) for v in value))  # two spellings may become one


def _parse_degree(raw: Any, where: str, category: object, problems: list[str]) -> DegreeSpec | None:
    """The ``degree`` key of an education term: ``{"level": ..., "fields": [...]}``, either or both."""
    if raw is None:
        return None
    if category != "education":
        problems.append(f"{where}: 'degree' is only for terms of category 'education', not {category!r}")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{where}: 'degree' must be an object with 'level' and/or 'fields'")
        return None
    unknown = sorted(set(raw) - _DEGREE_KEYS)
    if unknown:
        problems.append(
            f"{where}: unknown key(s) in 'degree': {', '.join(unknown)}; allowed: {', '.join(sorted(_DEGREE_KEYS))}"
        )
    level = raw.get("level")
    if level is not None and level not in DEGREE_LEVELS:
        problems.append(f"{where}: degree level {level!r} is not one of {', '.join(DEGREE_LEVELS)}")
        level = None
    fields = _as_str_list(raw.get("fields"), where, "degree.fields", problems)
    if raw.get("level") is None and not fields:
        problems.append(f"{where}: 'degree' needs a 'level', 'fields', or both")
        return None
    return DegreeSpec(level=level, fields=tuple(" ".join(f.lower().split()) for f in fields))


def _parse_term(raw: Any, where: str, role: str, problems: list[str]) -> tuple[Term, set[str]] | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: a term must be an object, got {type(raw).__name__}")
        return None
    unknown = sorted(set(raw) - _TERM_KEYS)
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_TERM_KEYS))}")
    # Check every key before giving up on the term, so one pass reports all problems.
    fatal = False
    term_id = raw.get("id")
    if not isinstance(term_id, str) or not _ID_PATTERN.match(term_id):
        problems.append(f"{where}: 'id' must be a lowercase slug like 'basic-life-support', got {term_id!r}")
        fatal = True
    else:
        where = f"{where} (id {term_id!r})"
    name = raw.get("name")
    if not isinstance(name, str) or not canonical_form(name):
        problems.append(f"{where}: 'name' must be a non-empty string")
        fatal = True
    else:
        name = canonical_form(name)
    category = raw.get("category")
    if category not in CATEGORIES:
        problems.append(f"{where}: 'category' {category!r} is not one of {', '.join(CATEGORIES)}")
        fatal = True
    if fatal:
        return None
    assert isinstance(term_id, str) and isinstance(name, str)
    lists = {key: _as_str_list(raw.get(key), where, key, problems) for key in _LIST_KEYS}
    abbreviations = set(lists["abbreviations"])
    ambiguous_lower = {form.lower() for form in lists["ambiguous"]}
    named = [("name", name)] if name not in abbreviations else []
    for kind, form in [*named, *(("alias", a) for a in lists["aliases"])]:
        found = form_problem(form, kind=kind, ambiguous=form.lower() in ambiguous_lower)
        if found:
            problems.append(f"{where}: {found}")
    for abbreviation in lists["abbreviations"]:
        found = form_problem(abbreviation, kind="abbreviation")
        if found:
            problems.append(f"{where}: {found}")
    forms_lower = {f.lower() for f in [name, *lists["aliases"]]}
    # A plural the matcher finds as a variant of a listed form may be ambiguous on its own:
    # "communications" (a department, a degree's field) of "communication".
    plurals = {f + "s" for f in forms_lower}
    for form in lists["ambiguous"]:
        if form not in abbreviations and form.lower() not in forms_lower | plurals:
            problems.append(
                f"{where}: ambiguous form {form!r} is not the term's name, alias or abbreviation, nor the plural of one"
            )
    if lists["ambiguous"] and not lists["context"]:
        problems.append(f"{where}: 'ambiguous' needs 'context' words that show the intended meaning")
    degree = _parse_degree(raw.get("degree"), where, category, problems)
    patterns: tuple[tuple[dict[str, Any], ...], ...] = ()
    if "patterns" in raw:
        pattern_errors = pattern_problems(raw["patterns"])
        problems.extend(f"{where}: {problem}" for problem in pattern_errors)
        if not pattern_errors:
            patterns = as_patterns(raw["patterns"])
    term = Term(
        id=term_id,
        name=name,
        category=cast(Category, category),
        aliases=tuple(lists["aliases"]),
        abbreviations=tuple(lists["abbreviations"]),
        broader=tuple(lists["broader"]),
        context=tuple(lists["context"]),
        vocab=role,
        degree=degree,
        patterns=patterns,
    )
    return term, set(lists["ambiguous"])


def _read_file(path: Path | str, text: str, problems: list[str]) -> tuple[str, list[tuple[Term, set[str], str]]]:
    where_file = str(path)
    try:
        data = parse_json_data(text, where_file, "vocabulary")
    except VocabError as exc:
        problems.append(str(exc))
        return "", []
    if not isinstance(data, dict):
        problems.append(f"{where_file}: the top level must be an object with 'schema', 'role' and 'terms'")
        return "", []
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        problems.append(
            f"{where_file}: unknown top-level key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_TOP_KEYS))}"
        )
    if data.get("schema") != SCHEMA_VERSION:
        problems.append(f"{where_file}: 'schema' must be {SCHEMA_VERSION}, got {data.get('schema')!r}")
    role = data.get("role")
    if not isinstance(role, str) or not role.strip():
        problems.append(f"{where_file}: 'role' must be a non-empty string")
        role = ""
    raw_terms = data.get("terms")
    if not isinstance(raw_terms, list):
        problems.append(f"{where_file}: 'terms' must be a list")
        return role, []
    if len(raw_terms) > MAX_TERMS:
        problems.append(f"{where_file}: {len(raw_terms)} terms; a vocabulary file holds at most {MAX_TERMS:,}")
        return role, []
    parsed = []
    for index, raw in enumerate(raw_terms):
        result = _parse_term(raw, f"{where_file}: term #{index + 1}", role, problems)
        if result is not None:
            parsed.append((result[0], result[1], where_file))
    return role, parsed


def _check_consistency(parsed: list[tuple[Term, set[str], str]], problems: list[str]) -> None:
    """Duplicate ids, surface forms claimed twice, and dangling ``broader`` links."""
    first_file: dict[str, str] = {}
    phrase_owner: dict[str, str] = {}
    abbreviation_owner: dict[str, str] = {}
    for term, _, file in parsed:
        if term.id in first_file:
            problems.append(f"{file}: duplicate id {term.id!r} (first defined in {first_file[term.id]})")
            continue
        first_file[term.id] = file
        phrases = {term.name.lower()} if term.name not in term.abbreviations else set()
        phrases |= {alias.lower() for alias in term.aliases}
        for phrase in sorted(phrases):
            owner = phrase_owner.setdefault(phrase, term.id)
            if owner != term.id:
                problems.append(f"{file} (id {term.id!r}): alias {phrase!r} is already claimed by term {owner!r}")
        for abbreviation in term.abbreviations:
            owner = abbreviation_owner.setdefault(abbreviation, term.id)
            if owner != term.id:
                problems.append(
                    f"{file} (id {term.id!r}): abbreviation {abbreviation!r} is already claimed by term {owner!r}"
                )
    for term, _, file in parsed:
        for broader in term.broader:
            if broader not in first_file:
                problems.append(
                    f"{file} (id {term.id!r}): broader term {broader!r} is not defined in any loaded vocabulary"
                )
            elif broader == term.id:
                problems.append(f"{file} (id {term.id!r}): a term cannot be broader than itself")
