"""Suggestions for applicants: what to add or rephrase, the most valuable first.

Each suggestion that changes the score says by how many points ("Add 'Epic' if you have
it: +2.0 points"); they come first, largest gain first: first what a candidate can
honestly describe by editing (skills, tools, duties), then what only holding it makes
true (licences, certificates, degrees, titles, years of experience), always phrased as a
condition, never as "Add": "If you hold 'ACLS' (required), name it on your resume".
Alternatives of one requirement ("CMA or CCMA") are one suggestion. Then
the ones that change no points here but help with applicant tracking systems that match words literally:
spelling out an abbreviation the posting writes in full, or adding the abbreviation
the posting uses. Last, the parse warnings from extraction (text in page headers,
tables, text boxes), which many ATS lose.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import CATEGORY_TABLE, Document, JobProfile, Mention, MissingTerm, Role
from .requirement_checks import Judgement

__all__ = ["PARSE_WARNING_PREFIX", "suggestions"]

PARSE_WARNING_PREFIX = "Parse warning: "
"""How a suggestion that repeats an extraction warning starts (renderers that show the ATS
layout check, which states the same warning, leave such a suggestion out)."""

_MIN_GAIN = 0.05
_STATUS_WORDS = {"in_progress": "in progress", "other_person": "names other people, not you"}
_PLAINLY = "state it plainly if it is current"
_STATUS_ADVICE = {
    "other_person": "if you hold it yourself, name it as your own",
    "in_progress": "state it plainly once you have it",
    "expired": "state it plainly if you have renewed it",
}
"""What to do about a mention that does not count, by why it does not: "if it is current"
reads wrongly for a title that names a colleague ("reported to the Charge Nurse")."""
# Categories that editing a resume cannot make true (CategoryInfo.held_only): suggested after the others.


def _held_only(category: str) -> bool:
    row = CATEGORY_TABLE.get(category)
    return row is not None and row.held_only


_HELD_WORDING = {
    "hold it": ("hold", "name it on your resume"),
    "have earned it": ("have earned", "name it in your Education section"),
    "have held this role": ("have held the role", "write it as that role's title"),
}
"""How a suggestion for what only holding it makes true reads, by the category's
``suggestion_verb``: "If you hold 'ACLS' (required), name it on your resume", never "Add
'ACLS'", which reads as if a licence could be added by editing."""


def _group_gain(group: Sequence[MissingTerm]) -> float:
    """What showing one of a requirement's alternatives gains: each one's gain already counts
    the rows of the others it meets ("CMA or CCMA"), so the best one, never their sum."""
    return max(m.gain for m in group)


def _term_tip(group: Sequence[MissingTerm]) -> str:
    item = group[0]
    points = f"+{_group_gain(group):.1f} points"
    if item.discounted and len(group) == 1:
        found = {m.status for m in item.discounted}
        statuses = ", ".join(sorted({_STATUS_WORDS.get(status, status) for status in found}))
        advice = _STATUS_ADVICE.get(next(iter(found)), _PLAINLY) if len(found) == 1 else _PLAINLY
        return f"'{item.name}' is mentioned but not counted ({statuses}); {advice}: {points}"
    condition = row.suggestion_verb if (row := CATEGORY_TABLE.get(item.category)) else "have it"
    names = (
        f"'{item.name}'"
        if len(group) == 1
        else ", ".join(f"'{m.name}'" for m in group[:-1]) + f" or '{group[-1].name}'"
    )
    kind = item.kind if len(group) == 1 else f"{item.kind}; any one meets it"
    held = _HELD_WORDING.get(condition)
    if held is not None:  # a licence, a degree, a title: not something to "add", only to name if true
        verb, where = held
        return f"If you {verb} {names} ({kind}), {where}: {points}"
    return f"Add {names} ({kind}) if you {condition}: {points}"


def _term_groups(missing: Sequence[MissingTerm], job: JobProfile) -> list[list[MissingTerm]]:
    """Missing terms, the alternatives of one requirement together, in the given order."""
    alternatives = {t.term_id: t.alternatives for t in job.terms}
    by_id = {m.term_id: m for m in missing}
    groups: list[list[MissingTerm]] = []
    seen: set[str] = set()
    for item in missing:
        if item.term_id in seen:
            continue
        group = [item, *(by_id[t] for t in alternatives.get(item.term_id, ()) if t in by_id and t not in seen)]
        seen.update(m.term_id for m in group)
        groups.append(group)
    return groups


def _requirement_tip(judgement: Judgement, gain: float) -> str:
    requirement = judgement.check.requirement
    missing = "; ".join(judgement.check.missing) or requirement.text
    points = f"+{gain:.1f} points"
    if requirement.aspect == "experience":
        return (
            f"The posting asks for {missing}. Put month and year on every role and name the "
            f"{requirement.subject or 'relevant'} work in it, if you have it: up to {points}"
        )
    return f"The posting asks for {missing}. Add it to your Education section if you have it: up to {points}"


_SHORT_METHODS = ("abbreviation", "defined_abbreviation")


def _abbreviation_tips(job: JobProfile, by_term: dict[str, list[Mention]]) -> list[str]:
    """Where the posting and the resume write the same term differently (ACLS vs in full).

    At most one tip per term, placed where the posting first writes it the other way;
    tips come in the posting's order. Worked out per term (a posting names most terms
    several times), from the profile's mentions grouped by term.
    """
    tips: list[tuple[int, str]] = []
    for term_id, posting_mentions in job.mentions_by_term.items():
        resume_all = by_term.get(term_id)
        if not resume_all:
            continue
        # The resume's affirmed mentions: the first one's text, and whether any / all are short.
        written = None
        any_short, all_short = False, True
        for mention in resume_all:
            if mention.status == "affirmed":
                if written is None:
                    written = mention.text
                if mention.method in _SHORT_METHODS:
                    any_short = True
                else:
                    all_short = False
        if written is None:
            continue
        if not any_short:  # the tip goes where the posting first writes the short form
            posting = next((m for m in posting_mentions if m.method in _SHORT_METHODS), None)
            if posting is not None:
                tips.append(
                    (
                        posting.start,
                        f"The posting writes '{posting.text}'; your resume only writes '{written}'. "
                        f"Write both once, '{written} ({posting.text})', for ATS that match words literally",
                    )
                )
        elif all_short:  # ... or where it first writes it in full
            posting = next((m for m in posting_mentions if m.method not in _SHORT_METHODS), None)
            if posting is not None:
                tips.append(
                    (
                        posting.start,
                        f"The posting writes '{posting.text}' in full; your resume only writes "
                        f"'{written}'. Spell it out once, '{posting.text} ({written})'",
                    )
                )
    tips.sort(key=lambda tip: tip[0])
    return [text for _start, text in tips]


def suggestions(
    missing: Sequence[MissingTerm],
    requirement_gains: Sequence[tuple[Judgement, float]],
    title: tuple[str | None, float],
    resume: Document,
    job: JobProfile,
    by_term: dict[str, list[Mention]],
    roles: Sequence[Role],
) -> list[str]:
    """Plain-words next steps: point-gaining ones by gain (what editing can show first, then
    what only holding it makes true), then wording, then parse warnings."""
    scored: list[tuple[bool, float, str]] = []
    for group in _term_groups(missing, job):
        gain = _group_gain(group)
        if gain >= _MIN_GAIN:
            scored.append((any(_held_only(m.category) for m in group), gain, _term_tip(group)))
    scored.extend((True, gain, _requirement_tip(j, gain)) for j, gain in requirement_gains if gain >= _MIN_GAIN)
    job_title, title_gain = title
    if job_title and title_gain >= _MIN_GAIN:
        scored.append(
            (
                False,
                title_gain,
                f"Use the posting's title '{job_title}' in your headline or summary where it "
                f"honestly describes your work: +{title_gain:.1f} points",
            )
        )
    scored.sort(key=lambda item: (item[0], -item[1]))
    tips = [text for _held_only, _gain, text in scored]
    tips.extend(_abbreviation_tips(job, by_term))
    if not roles and any(r.aspect == "experience" for r in job.requirements):
        tips.append(
            "No dated roles were found: write each role's dates as 'Mon YYYY – Mon YYYY' so ATS can "
            "count your years of experience"
        )
    tips.extend(f"{PARSE_WARNING_PREFIX}{warning.message}" for warning in resume.warnings)
    return tips
