"""Honest gains: the points a suggestion states are the points the score would move.

A person reads "Add 'Care planning': +0.2 points" as a promise: write it and the score
moves by that much. So a missing term's gain is the score with the term shown minus the
score now, worked out in closed form from the parts (re-scoring per suggestion would cost
more than the whole ``check``):

* its own part's points, those of every posting term it is an alternative of ("CMA or
  CCMA": showing one meets both rows) and those of its broader terms the posting names
  (Epic shows EHR; "Nurse" shows "Nursing experience"), each at what the part counts now
  (the licence gate, role fit's share of the posting's words: ``kept_share``);
* the text similarity of a line of its words added to the resume (0 once the cosine is
  past full credit, a few tenths below);
* a specialty or setting of the posting its words name ("Clinical research": research);
* a sign of healthcare work or one of the role's usual duties not yet shown (each earns
  1 / ``FULL_CREDIT_TERMS`` of its part, as the part counts them);
* for a licence level ("Registered Nurse"), the licence part's new credit and the gate it
  lifts: every part then counts in full.

Left out, because they depend on where and how the line is written: what a line does to
role fit or the licence level when written as a headline or role title (a licence counts
where it is held: under Licenses or Certifications, or in the headline), and a requirement
it may help meet (years of experience need dated roles). A ranking row
(``readiness=False``) shows no suggestions and pays for none of this.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..models import JobTerm
from .fit_data import fit_data, highest_levels
from .healthcare_work import FULL_CREDIT_TERMS as HEALTHCARE_FULL
from .healthcare_work import healthcare_work_signs, office_post
from .parts import Reading
from .role_duties import FULL_CREDIT_TERMS as DUTIES_FULL
from .role_duties import role_duties
from .signals import licence_credit
from .text_similarity import similarity_gain
from .title_phrases import WORDS

__all__ = ["GainParts", "Gains", "LiftedRow", "kept_shares"]


@functools.lru_cache(maxsize=4096)
def _specialties_named(line: str) -> frozenset[str]:
    """The specialties and settings a term's name names, read once per name."""
    lowered = line.lower()
    return frozenset(fit_data().specialties.labels_in(lowered, frozenset(WORDS.findall(lowered))))


def kept_shares(names: Iterable[str], gate: float, field_words: float, by_words: frozenset[str]) -> dict[str, float]:
    """What each part counts of its points: the gate's share (a licence or language the
    posting requires), times role fit's share of the posting's words for the parts read by them."""
    return {name: gate * (field_words if name in by_words else 1.0) for name in names}


@dataclass(frozen=True)
class LiftedRow:
    """One posting term row not fully shown: its part, its weight there and its credit now."""

    part: str
    term: JobTerm
    weight: float
    credit: float


@dataclass(frozen=True)
class GainParts:
    """The score's parts as the gains read them: each part's worth, weight asked and
    weight earned, what it counts now, and the gates of the parts that set one."""

    worth: Mapping[str, float]
    asked: Mapping[str, float]
    earned: Mapping[str, float]
    kept_share: Mapping[str, float]
    gates: Mapping[str, float]
    field_words: float
    by_words: frozenset[str]
    score: float


class Gains:
    """The honest gain of showing one term, of meeting one requirement, of the title."""

    def __init__(
        self,
        parts: GainParts,
        rows: Sequence[LiftedRow],
        reading: Reading,
        ancestors: Callable[[str], Sequence[str]],
    ) -> None:
        self._parts = parts
        self._reading = reading
        self._ancestors = ancestors
        self._rows = [
            (row.part, parts.worth[row.part] * row.weight / parts.asked[row.part] * (1.0 - row.credit)) for row in rows
        ]
        met_by: dict[str, list[int]] = {}  # term id -> the rows its mention meets
        for index, row in enumerate(rows):
            for term_id in (row.term.term_id, *row.term.alternatives):
                met_by.setdefault(term_id, []).append(index)
        self._met_by = met_by
        # The signs a term would add: (part, its term ids, what one more earns), for the
        # parts that count signs and are not yet full; none already shown.
        signs: list[tuple[str, frozenset[str], float]] = []
        if parts.asked.get("healthcare") and parts.earned["healthcare"] < 1.0:
            office = office_post(reading.posting.family)
            signs.append(("healthcare", healthcare_work_signs(office=office), 1.0 / HEALTHCARE_FULL))
        duties = role_duties(reading.job.title) if parts.asked.get("duties") and parts.earned["duties"] < 1.0 else None
        if duties is not None:
            signs.append(("duties", frozenset(duties.terms), 1.0 / DUTIES_FULL))
        shown = {m.term_id for m in reading.mentions if m.status == "affirmed"} if signs else set()
        self._signs = [(part, terms - shown, step) for part, terms, step in signs]
        self._similarity: Callable[[str], float] | None = (
            similarity_gain(reading.job.text, reading.resume.text, resume_words=reading.resume_words)
            if parts.asked.get("text")
            else None
        )

    def _text(self, line: str) -> dict[str, float]:
        if self._similarity is None:
            return {}
        return {"text": self._parts.worth["text"] * self._similarity(line)}

    def _gain(self, delta: Mapping[str, float], gate: float | None = None) -> float:
        """Points the score moves when each part gains ``delta`` points (before what it
        counts), under a new gate if given."""
        parts = self._parts
        if gate is None:
            return sum(parts.kept_share[name] * points for name, points in delta.items())
        shares = kept_shares(parts.worth, gate, parts.field_words, parts.by_words)
        total = sum(
            shares[name] * (worth * parts.earned[name] / parts.asked[name] + delta.get(name, 0.0))
            for name, worth in parts.worth.items()
            if parts.asked.get(name)
        )
        return min(100.0, max(0.0, total)) - parts.score

    def _specialty(self, line: str) -> dict[str, float]:
        """The specialty part's points for the posting's specialties ``line`` names too."""
        parts = self._parts
        asked = self._reading.posting.specialties
        if not asked or not parts.asked.get("specialty"):
            return {}
        named = self._reading.candidate.specialties | _specialties_named(line)
        credit = sum(1 for name in asked if name in named) / len(asked)
        return {"specialty": parts.worth["specialty"] * (credit - parts.earned["specialty"])}

    def term(self, term_id: str, name: str) -> float:
        """Points the score gains if the resume shows ``term_id`` (a line naming it)."""
        parts = self._parts
        delta: dict[str, float] = {}
        met = {index for shown in (term_id, *self._ancestors(term_id)) for index in self._met_by.get(shown, ())}
        for index in met:
            part, points = self._rows[index]
            delta[part] = delta.get(part, 0.0) + points
        for part, terms, step in self._signs:
            if term_id in terms:
                earned = parts.earned[part]
                delta[part] = delta.get(part, 0.0) + parts.worth[part] * (min(1.0, earned + step) - earned)
        for part, points in [*self._text(name).items(), *self._specialty(name).items()]:
            delta[part] = delta.get(part, 0.0) + points
        level = fit_data().level_by_term.get(term_id)
        if level is None or not parts.asked.get("licence"):
            return self._gain(delta)
        candidate = self._reading.candidate
        held = replace(candidate, levels=highest_levels([*candidate.levels.values(), level]))
        found = licence_credit(self._reading.posting, held)
        if found is None:
            return self._gain(delta)
        credit, _detail, licence_gate = found
        delta["licence"] = delta.get("licence", 0.0) + parts.worth["licence"] * (credit - parts.earned["licence"])
        other = min((g for name, g in parts.gates.items() if name != "licence"), default=1.0)
        return self._gain(delta, min(other, licence_gate))

    def requirement(self, aspect: str, factor: float, credit: float) -> float:
        """Points the score gains if a requirement of ``aspect`` weighing ``factor`` is met."""
        parts = self._parts
        return self._gain({aspect: parts.worth[aspect] * factor / parts.asked[aspect] * (1.0 - credit)})

    def title(self, title: str) -> float:
        """Points the score gains if the headline names the posting's title: the title part
        and its words' text similarity (not what the new headline does to role fit)."""
        parts = self._parts
        if not parts.asked.get("title"):
            return 0.0
        delta = {"title": parts.worth["title"] * (1.0 - parts.earned["title"])}
        for part, points in self._text(title).items():
            delta[part] = delta.get(part, 0.0) + points
        return self._gain(delta)
