"""A posting as a recruiter reads it before its terms: its role family, the licence level
it asks (and whether it requires it), its specialties, seniority and languages."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..models import CREDENTIAL_CATEGORIES, JobProfile, JobTerm
from ..posting.subjects import experience_roles
from .fit_data import CHARS_PER_WORD, FAMILIES, LADDER_VOTE, Level, family_votes, fit_data, own_words
from .role_duties import role_duties

__all__ = ["PostingFit", "posting_fit"]


@dataclass(frozen=True)
class PostingFit:
    """What the posting asks for beyond its terms (``None``/empty: it does not say)."""

    title: str | None
    family: str | None
    level: Level | None
    level_required: bool
    specialties: tuple[str, ...]
    seniority: str | None
    languages: tuple[str, ...]
    also_family: str | None = None
    """A second family the post opens itself to: its text's "open to nursing and non-clinical
    applicants" (for a candidate holding the opened rung) or its title's digital or IT
    project ("EPR Programme", for every candidate): role fit takes the better of the two rows."""
    trained_for: Level | None = None
    also_any_rung: bool = False
    """``also_family``'s row reads every candidate, whatever their rung: a title's opening
    (a care coordinator's post, to care staff), not the text's "open to nursing applicants"
    (a nurse's rung and up)."""
    aides_only: bool = False
    """``also_family``'s row reads only the candidates on a rung below a nurse's (an aide, a
    care assistant, a patient care technician): a porter's post takes hands-on patient
    handling, not a registered clinician's work (``open_to_patient_support``)."""
    languages_required: tuple[str, ...] = ()
    """The languages of ``languages`` the posting requires (a gate): read with the strength
    its own words give them (:func:`required_languages`), not only from where its term first
    appears."""
    programme: bool = False
    """An office post that runs a programme ("HIV Prevention Program Coordinator"): its
    graders put programme leaders, executives included, first, so no level is too high."""
    """The licensed rung a trainee's post trains for ("Trainee Nursing Associate": LPN):
    a candidate who already holds it is past the post, not a level above it."""


_LANGUAGE_NEED = re.compile(
    r"\b(?:bilingual|fluent|fluency|speak\w*|spoken|proficien\w*|required|essential|preferred|a plus|language)\b"
)
_LANGUAGE_WINDOW = 60
_LANGUAGE_SOFT = re.compile(
    r"\b(?:prefer\w*|desirable|desired|a plus|plus|bonus|assets?|advantage\w*|beneficial|helpful|useful"
    r"|welcome\w*|ideally|nice to have|encouraged|not (?:required|essential|necessary|mandatory))\b"
)
"""Words that make a language a wish: it lifts the candidates who speak it, gates no one."""
_LANGUAGE_FIRM = re.compile(r"\b(?:required|requirement|essential|must|mandatory|necessary)\b")
_CLAUSE = re.compile(r"[;.\n]")


def posting_fit(job: JobProfile) -> PostingFit:
    """The posting's role family, licence level, specialties, seniority and languages."""
    credentials = [t for t in job.terms if t.category in ("license", "certification") and t.kind == "required"]
    routes = [t for t in credentials if _another_route(job, t)]
    required = tuple(t.term_id for t in credentials if t not in routes)
    # "You will need previous experience as a healthcare assistant or care worker": the role
    # is the hire's own rung, though its certificate is not asked (posting/subjects.py).
    required += tuple(
        t
        for r in job.requirements
        if r.aspect == "experience" and r.kind == "required" and _names_roles(r.text)
        for t in r.term_ids
        if t not in required
    )
    # Every rung the posting names as a credential, required or preferred ("CMA, LPN or
    # Community Health Worker certification preferred"): a post that names only lower rungs
    # is not a registered clinician's, whatever its title's head.
    by_term = fit_data().level_by_term
    named = tuple(t.term_id for t in job.terms if t.category in CREDENTIAL_CATEGORIES and t.term_id in by_term)
    fit = _posting_fit(job.title, job.text, required, tuple(dict.fromkeys(t.text for t in routes)), named)
    if not fit.languages:
        return fit
    statements = tuple((r.text, r.kind) for r in job.requirements)
    firm_terms = frozenset(t.term_id for t in job.terms if t.kind == "required" and t.term_id in fit.languages)
    return replace(fit, languages_required=required_languages(job.text, fit.languages, statements, firm_terms))


@functools.lru_cache(maxsize=64)
def required_languages(
    text: str, languages: tuple[str, ...], statements: tuple[tuple[str, str], ...], firm_terms: frozenset[str]
) -> tuple[str, ...]:
    """The languages a posting requires, read with their strength: a language whose term the
    posting requires (``firm_terms``: its term's kind, from where the posting first names it)
    is a wish, not a requirement, where a clause names it with a wish's word ("Bilingual
    English/Spanish - preferred", "Speaking Spanish is an asset", "helpful but not required")
    or a requirement naming it is read as preferred ("Desirable: ability to speak Spanish"),
    and no clause requires it ("Spanish required", "Essential: fluent Spanish"). A recruiter
    gates on a required language; a preferred one only lifts the candidates who speak it. A
    language that is no vocabulary term gates no one, as before: required Polish or Welsh
    moved no valid ranking and put the people who did the work below other fields' speakers."""
    data = fit_data()
    clauses: list[tuple[str, str | None]] = [(clause, None) for clause in _CLAUSE.split(text.lower())]
    clauses += [(statement.lower(), kind) for statement, kind in statements]
    firm: set[str] = set()
    soft: set[str] = set()
    for clause, kind in clauses:
        named = {name for name, _found in data.languages.find(clause)} & firm_terms
        if not named:
            continue
        if _LANGUAGE_SOFT.search(clause) or kind == "preferred":
            soft |= named
        elif _LANGUAGE_FIRM.search(clause):
            firm |= named
    return tuple(name for name in languages if name in firm_terms and (name in firm or name not in soft))


@functools.lru_cache(maxsize=512)
def _names_roles(statement: str) -> bool:
    """Whether a requirement asks experience as a role by its title ("experience as a care
    assistant"); read once per statement of a posting."""
    return bool(experience_roles(statement))


_EXAMPLE_ROUTE = re.compile(
    r"\bor\b[^.;()]*\b(?:experience|working|work|role|background)\b[^.;()]*"
    r"[(,]\s*(?:for example\b|for instance\b|e\.g\.|such as\b)",
    re.IGNORECASE,
)
"""An experience route whose role is illustrated by examples ("or of working in a
patient-facing support role (for example as ...)")."""


def _another_route(job: JobProfile, term: JobTerm) -> bool:
    """Whether a required credential is one route of several to a lower bar: "Medical
    Assistant certification (CMA or RMA), LPN, or two years of clinical experience" asks
    no LPN (an experience or skill route needs no rung at all), and "RN or LPN licence"
    asks the LPN (a lower rung of the same requirement meets it), and "or of working in a
    patient-facing clinical support role (for example as a healthcare assistant,
    phlebotomist ...)" names backgrounds that qualify, not the rung asked (an experience
    route illustrated by examples, whether the other routes are terms or not). Such a
    credential sets no level and no gate; the requirement is still judged by its routes."""
    if _EXAMPLE_ROUTE.search(term.text):
        return True
    if not term.alternatives:
        return False
    by_term = fit_data().level_by_term
    categories = {t.term_id: t.category for t in job.terms}
    own = by_term.get(term.term_id)
    for other in term.alternatives:
        level = by_term.get(other)
        if level is None and categories.get(other, "license") not in CREDENTIAL_CATEGORIES:
            return True  # a skill or experience route: no rung is needed
        if own is not None and level is not None and level.ladder == own.ladder and level.rank < own.rank:
            return True
    return False


def _names_lower(term_ids: tuple[str, ...]) -> bool:
    """Whether the posting names credentials of its registered level's ladder and none at
    that level or above: "CMA, LPN or CHW certification preferred" on a care coordinator's
    post says who holds it, and it is not an RN."""
    data = fit_data()
    expected = data.registered_level
    rungs = [lv for t in term_ids if (lv := data.level_by_term.get(t)) is not None and lv.ladder == expected.ladder]
    return bool(rungs) and all(lv.rank < expected.rank for lv in rungs)


def _registered_post(heading: str) -> bool:
    """A clinical coordinator's, lead's or specialist's title ("Falls Coordinator -
    Community"): in practice a registered clinician's post, unless the title says it needs
    no registration ("Band 3", "Support Worker")."""
    data = fit_data()
    return bool(data.registered_heads.find(heading)) and not data.unregistered.find(heading)


_NHS_POST = re.compile(r"\bNHS\b|\bNMC\b")
_PAY_BAND = re.compile(r"\bband\s*[1-9]", re.IGNORECASE)


def _nhs_post(heading: str, text: str) -> bool:
    """A posting of the NHS: its title names a pay band ("Band 7") or its text the NHS or
    the NMC. There a "Clinical Nurse Specialist" is a registered nurse's post (Band 6/7),
    not the US advanced-practice rung."""
    return bool(_PAY_BAND.search(heading) or _NHS_POST.search(text))


def _trainee_levels(levels: list[Level]) -> list[Level]:
    """The levels a trainee's title names as the hire's (``in_training``): a licensed
    rung there is what the hire trains to become ("Trainee Nursing Associate, Band 3",
    "Apprentice Nursing Associate"), so the post asks its ladder's entry rung (the aide),
    or no level where the ladder has none that needs no licence."""
    entry = fit_data().entry_rungs
    kept = [lv if not lv.licensed else entry.get(lv.ladder) for lv in levels]
    return [lv for lv in kept if lv is not None]


def _names_role(heading: str, roles: frozenset[str]) -> bool:
    """Whether the title names one of ``roles`` of the role duties (its longest phrase)."""
    duties = role_duties(heading)
    return duties is not None and duties.role in roles


_REVERSED = re.compile(r"^([A-Za-z][\w'-]*),\s+([A-Za-z][\w &'-]*?)((?:\s+(?:I{1,3}|IV|V|\d)\b|\s*[-–(|/,]).*)?$")
"""A title written head first, as many applicant systems list them ("Technician, Pharmacy II",
"Manager, Patient Access", "Coordinator, Clinical Research - Oncology")."""


def _in_order(title: str) -> str:
    """The title in the order it is spoken ("Pharmacy Technician II"): its phrases are read so."""
    match = _REVERSED.match(title.strip())
    return f"{match[2]} {match[1]}{match[3] or ''}" if match else title


@functools.lru_cache(maxsize=64)
def _posting_fit(
    title: str | None,
    text: str,
    required_terms: tuple[str, ...],
    route_statements: tuple[str, ...] = (),
    named_rungs: tuple[str, ...] = (),
) -> PostingFit:
    data = fit_data()
    heading = own_words(_in_order(title or ""))
    votes = family_votes(heading)
    # A field's modifier ("Finance Manager") votes for the field, unless a longer family
    # phrase holds it ("Patient Financial Counselor" is an office post).
    phrases = [found.lower() for _family, found in data.families.find_in_title(heading)]
    for name, found in data.field_modifiers.find_in_title(heading):
        if not any(found.lower() in phrase for phrase in phrases):
            votes[name] = votes.get(name, 0.0) + max(1.0, len(found) / CHARS_PER_WORD)
    title_levels = data.title_levels(heading, lambda: _nhs_post(heading, text))
    if not title_levels:
        # "Consultant Cardiologist": a specialty names the doctor asked (a posting's title only).
        title_levels = [rung for rung, _found in data.posting_rungs.find(heading)]
        for rung in title_levels:
            votes[rung.family] = votes.get(rung.family, 0.0) + LADDER_VOTE
    in_training = bool(data.in_training.find(heading))
    unregistered = in_training or bool(data.unregistered.find(heading))
    trained = [lv for lv in title_levels if lv.licensed] if in_training else []
    if in_training:
        title_levels = _trainee_levels(title_levels)
    level: Level | None = None
    if title_levels:
        level = max(title_levels, key=lambda lv: lv.rank)
    else:
        # A licence the posting requires and its title does not name ("Clinical
        # Coordinator": RN required). On a post whose title says it needs no registration
        # ("Band 3", "Support Worker") only a rung that needs none: there the nurses are
        # colleagues, while "experience as a healthcare assistant" is the hire's own rung.
        term_levels = [
            lv
            for t in required_terms
            if (lv := data.level_by_term.get(t)) is not None and not (unregistered and lv.licensed)
        ]
        if term_levels:
            level = max(term_levels, key=lambda lv: lv.rank)
            votes[level.family] = votes.get(level.family, 0.0) + LADDER_VOTE
    if not votes:
        # A title that names no family ("Healthcare Science Assistant - Cardiac Physiology")
        # is read by the statement that offers a credential as one route of several: "or of
        # working in a patient-facing clinical support role (for example as a healthcare
        # assistant, phlebotomist, or cardiology or lab technician)" sets no level, but its
        # backgrounds name the post's field (technicians, then care staff).
        for statement in route_statements:
            for name, vote in family_votes(statement).items():
                votes[name] = votes.get(name, 0.0) + vote
    family = max(votes, key=lambda f: (votes[f], -FAMILIES.index(f))) if votes else None
    fields = [f for f in data.title_fields if f in votes]
    if family in data.title_heads and fields:
        # "Finance Manager", "Payroll Administrator", "IT Support Technician": the modifier
        # names the post's field, the head only its level.
        family = max(fields, key=lambda f: (votes[f], -FAMILIES.index(f)))
    if family == "other":
        family = None  # a posting outside the families' fit table: role fit has nothing to judge
    required = level is not None and level.licensed
    if level is None and family == "clinical" and _registered_post(heading) and not _names_lower(named_rungs):
        level = data.registered_level  # expected, not required: judged, never a gate
    body = text.lower()
    # Whole words: a posting's title keeps its spaces, and a glued reading would find
    # "clinic" (primary care) in every "Clinical ..." title.
    specialties = {name for name, _found in data.specialties.find(heading)}
    counts: dict[str, int] = {}
    for name, _found in data.specialties.find(text):
        counts[name] = counts.get(name, 0) + 1
    specialties |= {name for name, count in counts.items() if count >= 2}
    seniority_words = {name for name, _found in data.seniority.find_in_title(heading)}
    if not seniority_words:
        seniority_words = {name for name, _found in data.seniority.find(text) if name == "junior"}
    junior = seniority_words & {"junior", "junior in a title"}  # "trainee schedules": a text names others
    seniority = "junior" if junior else "senior" if "senior" in seniority_words else None
    languages = set()
    for name, found in data.languages.find(text):
        for match in re.finditer(re.escape(found), text):
            window = body[max(0, match.start() - _LANGUAGE_WINDOW) : match.end() + _LANGUAGE_WINDOW]
            if _LANGUAGE_NEED.search(window):
                languages.add(name)
                break
    also_family = None
    any_rung = aides_only = False
    # "Project Support Officer - Digital Transformation (EPR Programme)", "Temporary Staffing
    # Bank Coordinator, Band 4", "Immunization Outreach Coordinator"
    opening = next((o for o in data.title_openings if family in o.posts and o.phrases.find(heading)), None)
    if opening is not None:
        also_family = opening.family
    elif family == "administrative" and _names_role(heading, data.open_to_care):
        also_family, any_rung = data.open_care_family, True  # "Behavioral Health Care Coordinator"
    elif family != data.open_support_family and data.open_to_support.find(heading):
        also_family, aides_only = data.open_support_family, True  # "Hospital Porter, Band 2"
    elif family == "administrative" and data.open_to_clinical.find(text):
        also_family = data.open_level.family
    return PostingFit(
        title=title,
        family=family,
        also_family=also_family,
        also_any_rung=any_rung,
        aides_only=aides_only,
        trained_for=max(trained, key=lambda lv: lv.rank) if trained else None,
        programme=family == "administrative" and bool(data.programme_posts.find(heading)),
        level=level,
        level_required=required,
        specialties=tuple(sorted(specialties)),
        seniority=seniority,
        languages=tuple(sorted(languages)),
    )
