"""What an office handles for others, not its own work: clinical papers and training programmes.

**Papers.** A clinician writes a care plan, obtains consent and documents progress notes; a front desk,
scheduler or records clerk tracks, files, scans, faxes, routes and prints the same papers
("Tracked unsigned plans of care", "Kept consent forms filed", "Scheduled care plan
meetings"), or names them as the subject of a date ("plan of care recertification dates",
"update the plan of care hours"). A hard skill whose words name a paper is the candidate's own
only when no handling verb governs it: the nearest verb word before it in its clause decides (a
handling verb makes it ``other_person``, an authoring or taking-part verb keeps it: "Wrote care
plans and tracked consent forms" keeps the care plans, "Participate in care plan meetings" keeps
them too), and so does the word right after it (a date, a signature, "filed"). The papers' words
and both verb sets are word classes, not phrases of one resume, so an unseen line of the same
kind reads the same way (issue #18, fifteenth session).

**Goods.** An act's name before a thing ("EKG machines", "wound care supplies", "IV pumps",
"phlebotomy carts") names equipment or stock; whoever stocks, orders, cleans, repairs, services or
sells it does not do the act ("Restocked wound care supplies", "Calibrated EKG machines"), while
whoever sets it up or runs it does ("Operated EKG machines": no supplying verb). The nearest verb
before it in its clause decides, as for papers.

**Programmes.** A training programme or school named in the plural is an institution the
candidate deals with, not the one they attended: "Hosted hiring events at nursing schools and CNA
programs", "partnering with two local medical assisting programs for externs", "Advised students
in the BSN and ADN programs". One's own training is one programme ("Completed the CNA program").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.strings import hash_string  # type: ignore[attr-defined]

from ..models import Status
from .clause_words import clause_before, next_word
from .trie import Tokens

__all__ = ["mark_goods_handled", "mark_handled", "mark_handled_papers", "mark_institution_programmes"]


def _hashes(words: frozenset[str]) -> frozenset[int]:
    """The ``LOWER`` hashes of lower-case ``words``: a token's hash is in it exactly when its
    lower-cased text is one of them, so one set look-up of ``Tokens.lower`` rules a mention out
    before its words are sliced and lower-cased."""
    return frozenset(hash_string(word) for word in words)


_PAPERS = frozenset(
    """plan plans form forms notes summary summaries chart charts flowsheet flowsheets packet packets
    documentation documents paperwork""".split()
)
"""Words that make a mention name a paper ("plans of care", "consent forms", "progress notes",
"patient documentation", "medical documents")."""
_PAPER_HASHES = _hashes(_PAPERS)

_HANDLING = frozenset(
    """track tracks tracked tracking log logged logging file filed filing scan scanned scanning fax
    faxes faxed faxing route routed routing copy copied copying print printed printing distribute
    distributes distributed distributing deliver delivers delivered delivering pull pulls pulled
    pulling collect collects collected collecting index indexed indexing upload uploads uploaded
    uploading mail mailed mailing send sends sent sending retrieve retrieves retrieved retrieving
    sort sorts sorted sorting schedule scheduled scheduling chase chases chased chasing attach
    attaches attached attaching""".split()
)
"""Verbs of moving a paper: its author is someone else. The third person is left out where it is
a plural noun as often ("screening logs, regulatory documents", "personnel files", "CT scans",
"staff schedules", "delivery routes", "copies", "prints", "mails")."""

_AUTHORING = frozenset(
    """write writes wrote written writing develop develops developed developing create creates
    created creating complete completes completed completing document documents documented
    documenting update updates updated updating revise revises revised revising review reviews
    reviewed reviewing initiate initiates initiated initiating implement implements implemented
    implementing obtain obtains obtained obtaining explain explains explained explaining follow
    follows followed following carry carries carried carrying establish establishes established
    formulate formulated draft drafts drafted drafting prepare prepares prepared preparing
    individualize individualized contribute contributed participate participates participated
    participating attend attends attended attending lead leads led leading""".split()
)
"""Verbs of making or carrying out a paper's content: the candidate's own work."""

_AFTER = frozenset(
    """due dates date hours deadline deadlines recertification recertifications recert recerts
    signature signatures filed faxed scanned""".split()
)
"""A word right after the paper that makes it the subject of a date, a signature or a filing:
"plan of care hours", "recertification dates". A meeting is no such word: "Participate in care
plan meetings" is a nurse's own care planning, "Scheduled care plan meetings" a scheduler's
(the verb decides)."""

_REACH = 6
"""Words read back in the clause for the verb that governs the paper."""


def mark_handled(
    tokens: Tokens,
    spans: Sequence[tuple[int, int, str]],
    statuses: list[Status],
    categories: Sequence[str],
    *,
    reference: bool = False,
) -> None:
    """The readings of this module, in place (see :func:`mark_handled_papers`); ``reference``:
    each mention's words read as strings only, without the hash gates."""
    mark_handled_papers(tokens, spans, statuses, categories, reference=reference)
    mark_goods_handled(tokens, spans, statuses, categories, reference=reference)
    mark_institution_programmes(tokens, spans, statuses, categories)


def mark_handled_papers(
    tokens: Tokens,
    spans: Sequence[tuple[int, int, str]],
    statuses: list[Status],
    categories: Sequence[str],
    *,
    reference: bool = False,
) -> None:
    """Set ``other_person`` (in place) on affirmed hard skills that name a paper handled,
    not written. ``spans`` are ``(start token, end token, term id)``, ``categories`` the
    terms' categories, both in the order of ``statuses``."""
    n = len(tokens.idx)
    hashes = tokens.lower
    for index, (start, end, _) in enumerate(spans):
        if statuses[index] != "affirmed" or categories[index] != "hard_skill":
            continue
        if not reference and _PAPER_HASHES.isdisjoint(hashes[start:end]):
            continue  # no paper's word in it (most mentions)
        if not any(tokens.word(k).lower() in _PAPERS for k in range(start, end)):
            continue
        if next_word(tokens, end, n) in _AFTER:
            statuses[index] = "other_person"
            continue
        before, _ = clause_before(tokens, start, _REACH)
        for word in reversed(before):
            if word in _AUTHORING:
                break
            if word in _HANDLING:
                statuses[index] = "other_person"
                break


_GOODS = frozenset(
    """supplies supply machine machines equipment pump pumps product products cart carts kit kits
    tray trays device devices stock inventory""".split()
)
"""Words right after an act's name that make it name a thing ("EKG machines", "IV pumps")."""
_GOODS_HASHES = _hashes(_GOODS)

_SUPPLYING = frozenset(
    """stock stocks stocked stocking restock restocks restocked restocking order orders ordered
    ordering reorder reordered reordering clean cleans cleaned cleaning repair repairs repaired
    repairing service serviced servicing calibrate calibrates calibrated calibrating maintain
    maintains maintained maintaining sell sells sold selling market markets marketed marketing
    deliver delivers delivered delivering inventory inventoried unpack unpacked assemble
    assembled install installed installing test tested testing purchase purchased purchasing
    procure procured procuring replenish replenished replenishing distribute distributed
    distributing ship shipped shipping demonstrate demonstrated demonstrating organize organized
    organizing count counted sterilize sterilized disinfect disinfected""".split()
)
"""Verbs of keeping, moving or selling a thing: the act it serves is someone else's."""

_GOODS_REACH = 6
"""Words read back in the clause for the verb that governs the thing."""


def mark_goods_handled(
    tokens: Tokens,
    spans: Sequence[tuple[int, int, str]],
    statuses: list[Status],
    categories: Sequence[str],
    *,
    reference: bool = False,
) -> None:
    """Set ``other_person`` (in place) on affirmed hard skills and duties that name a thing
    stocked, cleaned, repaired or sold (same arguments as :func:`mark_handled_papers`)."""
    n = len(tokens.idx)
    hashes = tokens.lower
    for index, (start, end, _) in enumerate(spans):
        if statuses[index] != "affirmed" or categories[index] not in ("hard_skill", "duty"):
            continue
        if not reference and (end >= n or hashes[end] not in _GOODS_HASHES):
            continue  # the next token names no thing (most mentions)
        if next_word(tokens, end, n) not in _GOODS:
            continue
        before, _ = clause_before(tokens, start, _GOODS_REACH)
        if any(word in _SUPPLYING for word in before):
            statuses[index] = "other_person"


_INSTITUTIONS = frozenset({"programs", "programmes", "schools", "colleges", "academies"})
"""The last word of an education mention that names many institutions."""


def mark_institution_programmes(
    tokens: Tokens,
    spans: Sequence[tuple[int, int, str]],
    statuses: list[Status],
    categories: Sequence[str],
) -> None:
    """Set ``other_person`` (in place) on affirmed education mentions that end with a plural
    institution word (same arguments as :func:`mark_handled_papers`)."""
    for index, (_, end, _) in enumerate(spans):
        if (
            statuses[index] == "affirmed"
            and categories[index] == "education"
            and tokens.word(end - 1).lower() in _INSTITUTIONS
        ):
            statuses[index] = "other_person"
