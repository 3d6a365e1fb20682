"""The recruiter's signals as score parts: each a credit from 0 to 1 and a one-line why.

Every function returns ``None`` when the posting gives it nothing to judge (no role
family in its title, no licence level, no specialty, no seniority word, no language),
so that the part is left out and its worth goes to the others (``scoring.py``).

* **role fit**: the candidate's families (shares of headline and role titles) against
  the posting's, through the ``family_fit`` table of ``data/fit.json``; for a clinical or
  technician post it also scales the parts judged by the posting's terms and
  requirements (:func:`field_words_factor`).
* **licence level**: the candidate's highest level on the posting's ladder (a clinical
  coordinator's, lead's or specialist's post that names none expects an RN, never as a
  gate); the level asked earns 1, a level above it a little less, a level below much less
  (:func:`ladder_credit`); another clinical field 0.3; none 0. A licence the posting's
  title names, or that it requires, is a **gate**: without it (or a higher licence
  of the same ladder) every part of the score counts at most :data:`GATE_FACTOR`, less
  the further the candidate's level is from it (:func:`gate_factor`).
* **specialty and setting**: the share of the posting's specialties the resume names.
* **experience level**: a new-graduate posting prefers few years, a senior one many.
* **languages**: the share of the languages the posting asks for that the resume names. A
  language the posting *requires* ("Fluent in spoken and written Spanish and English",
  under Required) is a gate like a licence: a recruiter does not phone a candidate who
  cannot do the job's talking, so without any of them every part counts
  :data:`LANGUAGE_GATE` (:func:`language_gate`). A preferred one ("Bilingual English/Spanish
  a plus") only earns its part.

The text similarity part, how close the posting's and the resume's words are, is
``text_similarity.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .fit import CandidateFit, Level, PostingFit, fit_data

__all__ = [
    "GATE_FACTOR",
    "LANGUAGE_GATE",
    "field_words_factor",
    "gate_factor",
    "ladder_credit",
    "language_gate",
    "languages_credit",
    "licence_credit",
    "licences_by_title",
    "role_fit_credit",
    "seniority_credit",
    "specialty_credit",
]

GATE_FACTOR = 0.4
"""What every part of a resume counts, at most, when it lacks a licence the posting
requires: a candidate a rung below it counts 60% of this, one with no level a third of it
(:func:`gate_factor`)."""
LANGUAGE_GATE = 0.6
"""What every part counts, at most, when the resume names none of the languages the posting
requires: a gate milder than a licence's. Graders read the language as one requirement among
the work: a health-plan navigator without the Spanish asked is a 1, a Spanish-speaking loan
officer a 0 (docs/scoring.md, "Languages")."""
_OTHER_FIELD = 0.3
_ABOVE_STEP = 0.3
_BELOW_STEP = 0.6
_FLOOR_ABOVE = 0.2
BACKGROUND_SHARE = 0.5
"""What a level read only from an old role's title earns, as a share of its ladder credit:
background a recruiter counts in part ("a former dental assistant" for a medical
assistant's post), never a level held now, so never past the gate."""
_JUNIOR_YEARS = 5.0
_SENIOR_YEARS = 5.0

Credit = tuple[float, str]


_FAMILY_WORDS = {"it": "IT", "hr": "HR"}
"""Role families whose id is an abbreviation: "an IT post ... read as IT 87%", never "it 87%"."""


def _family_word(family: str) -> str:
    return _FAMILY_WORDS.get(family, family)


def role_fit_credit(posting: PostingFit, candidate: CandidateFit) -> Credit | None:
    if posting.family is None:
        return None
    data = fit_data()
    row = data.family_fit[posting.family]
    rungs = data.registered_as_other.get(posting.family)
    if (
        rungs is not None
        and not posting.aides_only
        and any(lv.licensed and (not rungs or lv.name in rungs) for lv in candidate.levels.values())
    ):
        # A registered professional on a housekeeper's post, a physician on a receptionist's,
        # is another field, not the care or clinic worker next door (``registered_as_other``).
        row = {**row, "clinical": row["other"], "technician": row["other"]}
    by_work = candidate.work_families.get(posting.family)
    if not candidate.families and by_work is None:
        return row["other"], f"{_family_word(posting.family)} post; no role title of yours names a known role"
    credit = (
        sum(share * row[family] for family, share in candidate.families.items()) if candidate.families else row["other"]
    )
    shown = candidate.families
    if by_work is not None:
        # An office post reads the office work a role's lines show under a healthcare title or
        # none, a manager's post its management work (``work_families``): the better of the
        # two readings, never below the titles'.
        worked = sum(share * row[family] for family, share in by_work.items())
        if worked > credit:
            credit, shown = worked, by_work
    opened = data.open_level
    held = candidate.levels.get(opened.ladder)
    # The clinical row opens to a nurse's rung and up ("open to nursing applicants"); a digital
    # post's IT row to everyone (an IT project manager or systems analyst, whatever their rung),
    # and a care coordinator's post its clinical row to every care worker (``open_to_care``).
    rung_held = held is not None and held.rank >= opened.rank
    # A porter's post opens its clinical row to the care staff below a nurse's rung only.
    below = held is not None and held.rank < opened.rank
    opens = below if posting.aides_only else posting.also_family != opened.family or rung_held or posting.also_any_rung
    if posting.also_family is not None and opens:
        also = data.family_fit[posting.also_family]
        credit = max(credit, sum(share * also[family] for family, share in candidate.families.items()))
    read = ", ".join(
        f"{_family_word(family)} {share:.0%}" for family, share in sorted(shown.items(), key=lambda i: -i[1])
    )
    # The work read: an office's for an office post, a manager's for a manager's post.
    work = "office" if posting.family == "administrative" else _family_word(posting.family)
    by = "role titles" if shown is candidate.families else f"role titles and the {work} work of your roles"
    return credit, f"{_family_word(posting.family)} post; your headline and {by} read as {read}"


def field_words_factor(posting: PostingFit, role_fit: float) -> float:
    """What the posting's terms and requirements count for a candidate of this role fit:
    for a post of a field of its own (clinical, technician: ``field_words`` in
    ``data/fit.json``) ``floor + (1 - floor) × role fit``, so that another field's shared
    words ("quality assurance", "stakeholders") do not carry a marketer into a nurse's
    shortlist; 1 for any other post."""
    data = fit_data()
    if posting.family not in data.field_families:
        return 1.0
    return data.field_floor + (1.0 - data.field_floor) * role_fit


def ladder_credit(asked: Level, held: Level) -> float:
    """Credit of a level held for a level asked, on the same ladder: 1 for the level
    asked; above it 1 - 0.3 per rung (at least 0.2); below it 1 - 0.6 per rung (at least 0)."""
    steps = held.rank - asked.rank
    if steps >= 0:
        return max(_FLOOR_ABOVE, 1.0 - _ABOVE_STEP * steps) if steps else 1.0
    return max(0.0, 1.0 + _BELOW_STEP * steps)


def _other_field(asked: Level, held: Level) -> float:
    """Credit of a rung on another ladder than the one asked: another trade of the allied
    field (a laboratory technician for a pharmacy assistant's post) ``trades``' credit,
    another field (a nurse) :data:`_OTHER_FIELD`."""
    data = fit_data()
    return data.trade_credit if asked.ladder in data.trades and held.ladder in data.trades else _OTHER_FIELD


def gate_factor(credit: float) -> float:
    """What every part counts for a candidate without the licence the posting requires,
    given their licence credit: ``GATE_FACTOR × (1 + 2 × credit) / 3``. The gate keeps the
    ladder's order among the gated (for a nurse anaesthetist's post no one holds, an RN,
    credit 0.4, counts 24%; an aide or no level 13%): a factor that varies less with the
    level would let role fit and shared words put an aide whose titles are all clinical
    above an RN now working as an analyst, whom a recruiter would phone first."""
    return GATE_FACTOR * (1.0 + 2.0 * credit) / 3.0


def licence_credit(posting: PostingFit, candidate: CandidateFit) -> tuple[float, str, float] | None:
    """``(credit, detail, gate)``: ``gate`` is what every part of the score counts, below 1
    when the posting requires a licence the candidate lacks (:func:`gate_factor`)."""
    asked = posting.level
    if asked is None:
        return None
    # A licensed level neither named nor required: a clinical coordinator's or lead's post
    # that registered clinicians hold in practice (``registered_heads``).
    said = "expected of a clinical coordinator or lead" if asked.licensed and not posting.level_required else "asked"
    same = candidate.levels.get(asked.ladder)
    if same is not None:
        credit = ladder_credit(asked, same)
        detail = f"{asked.name} {said}; you hold {same.name}"
        trained = posting.trained_for
        if trained is not None and trained.ladder == same.ladder and same.rank >= trained.rank:
            # "Trainee Nursing Associate": a nurse already holds what the post trains for
            credit = 0.0
            detail = f"{asked.name} asked; the post trains for {trained.name}, which you hold {same.name}"
    elif candidate.levels:
        credit = max(_other_field(asked, held) for held in candidate.levels.values())
        detail = f"{asked.name} {said}; you hold {', '.join(sorted(lv.name for lv in candidate.levels.values()))}"
    else:
        credit = 0.0
        detail = f"{asked.name} {said}; no licence or credential level found in your titles or licences"
    # A level read only from a role of long ago: its ladder credit (or another field's)
    # at BACKGROUND_SHARE, where that is more than the levels held now earn.
    for former in candidate.background_levels.values():
        earned = BACKGROUND_SHARE * (
            ladder_credit(asked, former) if former.ladder == asked.ladder else _other_field(asked, former)
        )
        if earned > credit:
            credit = earned
            detail = (
                f"{asked.name} {said}; {former.name} only in a role of long ago ({BACKGROUND_SHARE:.0%} as background)"
            )
    holds = same is not None and same.rank >= asked.rank and (same.licensed or not asked.licensed)
    if not posting.level_required or holds:
        return credit, detail, 1.0
    gate = gate_factor(credit)
    return credit, detail + f"; {asked.name} is required: every part counts {gate:.0%}", gate


def licences_by_title(term_ids: Iterable[str], candidate: CandidateFit) -> dict[str, str]:
    """The licence terms among ``term_ids`` (a ladder rung's: RN, LPN) that the titles of the
    candidate's current dated roles reach on the same ladder, each with the level: a nurse whose
    roles are "Staff Nurse", "Charge Nurse" and "OR Nurse, Circulator" holds the RN
    licence as a recruiter reads her, though she never writes "RN". Only a role's title,
    not the resume's first lines (a sentence there, "Coordinated shifts for registered
    nurses", names other people), nor a role of long ago or a trainee's title; never an
    unlicensed rung's certificate (a CNA's is named or not)."""
    by_term = fit_data().level_by_term
    found = {}
    for term_id in term_ids:
        asked = by_term.get(term_id)
        if asked is None or not asked.licensed:
            continue
        held = candidate.role_levels.get(asked.ladder)
        if held is not None and held.licensed and held.rank >= asked.rank:
            found[term_id] = held.name
    return found


def specialty_credit(posting: PostingFit, candidate: CandidateFit) -> Credit | None:
    if not posting.specialties:
        return None
    found = [name for name in posting.specialties if name in candidate.specialties]
    detail = f"{len(found)} of {len(posting.specialties)} ({', '.join(posting.specialties)}) named on your resume"
    return len(found) / len(posting.specialties), detail


def seniority_credit(posting: PostingFit, years: float | None) -> Credit | None:
    if posting.seniority is None:
        return None
    if years is None:
        return 0.5, f"{posting.seniority} post; no dated roles to count years from"
    if posting.seniority == "junior":
        credit = 1.0 if years <= _JUNIOR_YEARS else max(0.25, 1.0 - (years - _JUNIOR_YEARS) / 15.0)
    else:
        credit = min(1.0, years / _SENIOR_YEARS)
    return credit, f"{posting.seniority} post; {years:.1f} years of dated roles"


def languages_credit(posting: PostingFit, candidate: CandidateFit) -> Credit | None:
    if not posting.languages:
        return None
    found = [name for name in posting.languages if name in candidate.languages]
    return len(found) / len(posting.languages), f"{', '.join(posting.languages)} asked; {len(found)} named"


def language_gate(posting: PostingFit, candidate: CandidateFit) -> tuple[float, str]:
    """``(gate, note)``: what every part counts for a candidate who names none of the
    languages the posting requires (``PostingFit.languages_required``, each read with the
    strength the posting's words give it), or names them only below fluency ("Intermediate in
    Spanish"), :data:`LANGUAGE_GATE`; 1 and no note when the posting requires none or the
    candidate names one."""
    needed = list(posting.languages_required)
    fluent = candidate.languages - candidate.basic_languages
    if not needed or any(name in fluent for name in needed):
        return 1.0, ""
    below = " (named below fluency)" if any(name in candidate.basic_languages for name in needed) else ""
    return LANGUAGE_GATE, f"; {' or '.join(needed)} is required{below}: every part counts {LANGUAGE_GATE:.0%}"
