"""Job description analysis: which vocabulary terms a posting asks for, and how firmly.

A posting mixes duties, hard requirements and wishes. Each term it names is
classified as **required** or **preferred** from the words of its own statement
("preferred", "a plus", "nice to have", "ideally", ...) and from the heading it
stands under ("Preferred Qualifications"). A term named both ways counts as required.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from ..match.vocabulary import Vocabulary
from ..models import (
    CATEGORY_TABLE,
    CREDENTIAL_CATEGORIES,
    Document,
    JobProfile,
    JobTerm,
    Mention,
    PostingPhrase,
    Requirement,
    RequirementKind,
)
from .acts import acted_on_by_an_unlicensed_hire, names_a_service, names_anothers_act, names_anothers_duty
from .asks import (
    is_equal_opportunity_statement,
    not_needed_at,
    offers_or_names_a_contact,
    states_no_need,
    states_the_employers_values,
)
from .clauses import clause_kinds
from .formats import PostingSource, fields_start
from .headings import PREFERRED_HEADING, REQUIRED_HEADING, is_section_name
from .layout import posting_statements as _statements
from .others import PERSON_CATEGORIES, names_someone_else
from .phrases import place_names, unknown_phrases
from .posting_people_rules import hire_holds_no_licence
from .statements import main_clause_end, read_statement, statement_kind, wished_items
from .subjects import experience_roles, experience_route

__all__ = ["TERM_WEIGHTS", "analyze_job", "statement_kind"]

# How much a term weighs inside its part of the score, by category (the category table):
# credentials and tools are what screeners check first; soft skills are cheap to claim.
TERM_WEIGHTS: dict[str, float] = {row.name: row.weight for row in CATEGORY_TABLE.values()}


def analyze_job(
    document: Document,
    mentions: Iterable[Mention],
    vocabulary: Vocabulary,
    *,
    fields: PostingSource | None = None,
) -> JobProfile:
    """Build a JobProfile from a posting's text and the mentions found in it.

    Every statement contributes its terms (required unless softened); statements under
    a requirements heading, or that read as requirements in a posting without one,
    also become :class:`Requirement` objects with their years, degree level and setting.
    ``fields`` are the posting's own title, organisation and location, when its format
    names them (:func:`~resumematch.posting.formats.read_posting`); they win over the text.
    """
    mentions = tuple(mentions)
    # Mention indices by start offset: each statement's mentions are two binary searches
    # away (then put back in the given order, which decides ties between statements).
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in order]
    text = document.text
    kinds: dict[str, RequirementKind] = {}
    first_text: dict[str, str] = {}
    # Terms named as alternatives ("CMA, RMA or CCMA"), and terms also named on their own
    # somewhere, which stay whole.
    alternatives: dict[str, set[str]] = {}
    named_alone: set[str] = set()
    requirements: list[Requirement] = []
    phrases: dict[str, PostingPhrase] = {}
    places: frozenset[str] | None = None
    title = _given_title(fields) or _title(document, mentions)
    # A recruiter's or a sales representative's posting names nurses as the people recruited
    # or sold to, a support worker's as supervisors or a career path: outside its
    # requirements, a licence or clinical title is not the hire's.
    no_licence = hire_holds_no_licence(title)
    # "Tri-River County Public Health is hiring", "Stonebridge Physical Therapy & Sports
    # Rehab is a therapist-owned group": the employer's own name asks nothing.
    in_name = _organisation_spans(text, fields.organisation if fields is not None else None)
    for start, end, statement, heading, is_requirement in _statements(text, fields_start(text, fields)):
        if _CONTACT_RECORD.match(statement):
            continue  # whom to phone: "Job titleHealth Records Manager" is the contact's, not an ask
        if is_equal_opportunity_statement(statement):
            continue  # "We are a Disability Confident Leader": the employer's pledge, no ask
        if not is_requirement and offers_or_names_a_contact(statement):
            continue  # "We offer a full induction ...", "please contact ..., Team Leader": not the hire's
        if states_the_employers_values(statement):
            continue  # "We value kindness, respect and teamwork": the employer's creed, no ask
        # "You do not need a clinical background": what the statement says is not needed is no ask.
        no_need = states_no_need(statement)
        # "Pinnacle Reference Laboratories processes 20,000 samples a day for hospitals ... and
        # long-term care facilities": a sentence whose subject is the employer by name describes
        # its business; outside a requirement, the fields it names are not the hire's.
        by_name = not is_requirement and _described_by_name(text, start, in_name)
        # ... up to its hiring verb: "... is a clinic in Phoenix, seeking a Clinic Manager to
        # lead staff, ensure excellent patient care" names the hire's duties after it.
        hiring = _HIRING_VERB.search(text, start, end) if by_name else None
        business_end = hiring.start() if hiring is not None else end
        inside = [
            mention
            for i in sorted(order[bisect_left(starts, start) : bisect_left(starts, end)])
            for mention in (mentions[i],)
            # "accountable to the registered nurses": someone the hire works with asks nothing
            if not names_someone_else(text, mention.start, mention.end, mention.category)
            and not (
                no_licence
                and mention.category in PERSON_CATEGORIES
                and (not is_requirement or acted_on_by_an_unlicensed_hire(text, mention.start))
            )
            # "promote our oncology service line": what the employer markets, not the hire's field
            and not (not is_requirement and names_a_service(text, mention.start, mention.end, mention.category))
            and not (by_name and mention.start < business_end and mention.category in _BUSINESS_CATEGORIES)
            # "We are hiring a Medical Receptionist", "under the supervision of the nurses": not the hire's duty
            and not names_anothers_duty(text, mention.start, mention.category)
            and not names_anothers_act(text, mention.start, mention.category)
            and not (no_need and not_needed_at(text, mention.start, mention.end))
            and not (in_name and _within(mention, in_name))
            # "Annual continuing education allowance", "CEU reimbursement": what the employer pays for
            and not _PAID_FOR.match(text, mention.end)
        ]
        if not inside and not is_requirement:
            continue  # a duty or introduction line naming no term: nothing to read in it
        # Only a requirement needs all the facts; for a line of duties, how firmly it is
        # written (the kind, which read_statement would give the same) is enough.
        facts = read_statement(statement, heading) if is_requirement else None
        firmness = facts.kind if facts is not None else statement_kind(statement, heading)
        main_end = start + main_clause_end(text[start:end]) if inside else end
        for group in _alternative_groups(text, inside):
            if len(group) > 1:
                for term_id in group:
                    alternatives.setdefault(term_id, set()).update(group - {term_id})
            else:
                named_alone.update(group)
        wished = [(start + a, start + b) for a, b in wished_items(text[start:end])]
        # "experience as a healthcare assistant": a certificate's name there is the role's title,
        # whose work the statement asks (judged on the resume's roles), not the certificate.
        as_role = [(start + a, start + b) for a, b, _ in experience_roles(text[start:end])] if inside else []
        # "BLS required, ACLS a plus": each cue over its own clause (clauses.py)
        by_clause = [(start + a, start + b, k) for a, b, k in clause_kinds(text[start:end])] if inside else []
        for mention in inside:
            if as_role and mention.category == "certification" and _within(mention, as_role):
                continue
            kind = firmness if mention.start < main_end and not _within(mention, wished) else "preferred"
            if kind == firmness and by_clause:
                kind = next((k for a, b, k in by_clause if a <= mention.start < b), kind)
            if kinds.get(mention.term_id) != "required":
                kinds[mention.term_id] = kind
            first_text.setdefault(mention.term_id, statement)
        if facts is not None:
            term_ids = tuple(dict.fromkeys(m.term_id for m in inside if m.status != "negated"))
            aspect = facts.aspect
            if aspect == "terms" and not term_ids:
                aspect = "other"
            elif (
                aspect == "terms"
                and any(vocabulary.get(t).category == "education" for t in term_ids)
                and experience_route(statement) is not None
            ):
                # "NVQ Level 3 in Business Administration, or equivalent administrative
                # experience": a qualification with an experience route, judged as education
                # (either route meets it), not as its qualification's term alone.
                aspect = "education"
            elif aspect == "terms" and all(vocabulary.get(t).category in CREDENTIAL_CATEGORIES for t in term_ids):
                aspect = "credential"
            # "Care Certificate, or willingness to complete it": a wish when all it names is wished
            wished_only = bool(wished) and bool(inside) and all(_within(m, wished) for m in inside)
            requirements.append(
                Requirement(
                    text=statement,
                    kind="preferred" if wished_only else facts.kind,
                    term_ids=term_ids,
                    years=facts.years,
                    level=facts.level,
                    subject=facts.subject if facts.years is not None or aspect == "experience" else facts.field,
                    aspect=aspect,
                    setting=facts.setting,
                )
            )
            # Years and degrees judge their own subject and field; other asks may name
            # what the vocabulary does not know.
            if places is None:
                places = place_names(text)
            found = (
                ()
                if aspect in ("experience", "education")
                else unknown_phrases(statement, facts.kind, _spans_of(statement, inside), places=places)
            )
            for phrase in found:
                known = phrases.get(phrase.key.lower())
                if known is None or (known.kind == "preferred" and phrase.kind == "required"):
                    phrases[phrase.key.lower()] = phrase
    terms = tuple(
        JobTerm(
            term_id=term_id,
            name=term.name,
            category=term.category,
            kind=kind,
            weight=TERM_WEIGHTS.get(term.category, 1.0),
            text=first_text.get(term_id, ""),
            alternatives=()
            if term_id in named_alone
            else tuple(sorted(t for t in alternatives.get(term_id, ()) if t in kinds and t not in named_alone)),
        )
        for term_id, kind in kinds.items()
        for term in (vocabulary.get(term_id),)
    )
    return JobProfile(
        source=document.source,
        text=text,
        title=title,
        terms=terms,
        requirements=tuple(requirements),
        mentions=mentions,
        organisation=fields.organisation if fields is not None else None,
        location=fields.location if fields is not None else None,
        unknown_terms=tuple(phrases.values()),
    )


# What an employer's own description names of its business (as ``names_a_service`` reads).
_BUSINESS_CATEGORIES = frozenset({"hard_skill"})
_HIRING_VERB = re.compile(
    r"\b(?:seeking|seeks|hiring|hires|looking\s+for|recruiting|recruits|searching\s+for|to\s+join|needs)\b",
    re.IGNORECASE,
)
# A benefit written right after a term: the employer pays for it, the hire need not bring it.
_PAID_FOR = re.compile(r"\s+(?:allowances?|reimbursements?|stipends?|funding)\b", re.IGNORECASE)


def _organisation_spans(text: str, organisation: str | None) -> list[tuple[int, int]]:
    """Where the posting writes its employer's name (as its fields give it, in any case)."""
    name = " ".join(organisation.split()) if organisation else ""
    if len(name) < 4:
        return []
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
    spans = [found.span() for found in pattern.finditer(text)]
    # Its initials as the posting writes them ("Bayou Community AIDS Project" -> "BCAP"), in
    # capitals only: "BCAP is a community-based non-profit serving ..." names it too.
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    if len(initials) >= 3:
        spans += [found.span() for found in re.finditer(rf"(?<!\w){re.escape(initials)}(?!\w)", text)]
    return sorted(spans)


# What may open a sentence before the employer's name: "Founded in 1989, BCAP is ...",
# "Since 1995, ...", "For over 30 years, ...".
_LEAD_IN = re.compile(
    r"\W*(?:(?:founded|established|formed|started|opened|incorporated)\b[^,.;:]{0,40}"
    r"|(?:since|in)\s+\d{4}|for\s+(?:over\s+|more\s+than\s+)?\w+\s+(?:years|decades))\s*,\s*",
    re.IGNORECASE,
)


def _described_by_name(text: str, start: int, in_name: list[tuple[int, int]]) -> bool:
    """Whether the sentence at ``start`` opens with the employer's name, after a lead-in such
    as "Founded in 1989," or none."""
    if not in_name:
        return False
    lead = _LEAD_IN.match(text, start)
    opening = lead.end() if lead is not None else start
    return any(start <= a <= start + 3 or opening <= a <= opening + 3 for a, _ in in_name)


def _within(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention lies wholly inside one of ``spans``."""
    return any(start <= mention.start and mention.end <= end for start, end in spans)


# NHS Jobs' contact record, often glued by the page's layout ("NameHelen FrostJob
# titleHealth Records ManagerEmail address..."): the person to phone, whose title
# ("titleHealth" read as telehealth, "Team Lead" as leadership) the posting does not ask for.
_CONTACT_RECORD = re.compile(r"^\W*Name\s*\S.{0,80}?Job\s*title", re.IGNORECASE)


def _spans_of(statement: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Where the statement writes its mentions' text (a statement may be a cleaned copy of
    the posting's lines, so the mentions' own offsets do not index it)."""
    lowered = statement.lower()
    spans = []
    for mention in mentions:
        needle = mention.text.lower()
        at = lowered.find(needle)
        while needle and at != -1:
            spans.append((at, at + len(needle)))
            at = lowered.find(needle, at + 1)
    return spans


_ALTERNATIVE_GAP_WORDS = 4


def _alternative_groups(text: str, mentions: list[Mention]) -> list[set[str]]:
    """The statement's terms, grouped: the terms of a list joined by "or" ("CMA, RMA or CCMA,
    or an active LPN license"; "BLS/ACLS") are one group, every other term a group of one.
    A list joined by "and" names each term on its own."""
    groups: list[set[str]] = []
    run: list[Mention] = []
    has_or = False

    def close() -> None:
        ids = {m.term_id for m in run}
        if has_or and len(ids) > 1:
            groups.append(ids)
        else:
            groups.extend({term_id} for term_id in ids)

    for mention in sorted((m for m in mentions if m.status != "negated"), key=lambda m: m.start):
        if run:
            gap = text[run[-1].end : mention.start]
            words = re.findall(r"[\w'’-]+", gap.lower())
            alternative = (
                mention.start >= run[-1].end
                and len(words) <= _ALTERNATIVE_GAP_WORDS
                and not re.search(r"[.;:]", gap)
                and ("and" not in words or "and/or" in gap.lower())
            )
            if alternative:
                has_or = has_or or "or" in words or "/" in gap
                run.append(mention)
                continue
            if mention.start < run[-1].end:
                continue  # an overlapping mention (a narrower term inside a broader one)
            close()
            run, has_or = [], False
        run.append(mention)
    if run:
        close()
    return groups


_HIRING = re.compile(
    r"\b(?:seeking|hiring|looking\s+for|recruiting|searching\s+for)\s+(?:an?\s+|our\s+next\s+)?"
    r"(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,4}?(?P<title>(?:[A-Z][\w&/-]*\s?){1,5}?)(?=\s+(?:to|who|for|at|in|with)\b|[.,;]|$)"
)
_TITLE_LINE = re.compile(r"^(?:job\s+)?(?:title|position|role)\s*:\s*(?P<title>.+)$", re.IGNORECASE | re.MULTILINE)
# Its case-sensitive twin, for lower-cased ASCII postings: the same matches, faster.
_TITLE_LINE_LOWER = re.compile(_TITLE_LINE.pattern, re.MULTILINE)


def _given_title(fields: PostingSource | None) -> str | None:
    """The title the posting's format gives, unless that is a section's name ("Requirements")."""
    if fields is None or not fields.title or is_section_name(fields.title):
        return None
    return fields.title


def _title(document: Document, mentions: tuple[Mention, ...]) -> str | None:
    """The posting's title: a "Title:" line, then "hiring a <Title>", then a title term
    near the top, then a short first line."""
    text = document.text
    labelled = _TITLE_LINE_LOWER.search(text.lower()) if text.isascii() else _TITLE_LINE.search(text)
    if labelled:
        return text[labelled.start("title") : labelled.end("title")].strip()
    hiring = _HIRING.search(text)
    if hiring and hiring.group("title").strip():
        return " ".join(hiring.group("title").split())  # "Senior Full Stack" / "Engineer" on two lines
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head_end = text.find(lines[0]) + len(lines[0]) if lines else 0
    for mention in mentions:
        if mention.category == "title" and mention.start <= head_end + 200:
            return mention.name
    first = lines[0].rstrip(":") if lines else ""
    if first and len(first.split()) <= 8 and not (REQUIRED_HEADING.match(first) or PREFERRED_HEADING.match(first)):
        return first
    return None
