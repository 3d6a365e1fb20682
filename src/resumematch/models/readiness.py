"""What the ATS readiness checks find (scoring.readiness works them out): one record per check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .frozen import fast_init

__all__ = ["AtsCheck", "AtsReadiness", "CheckStatus", "TermFrequency"]

CheckStatus = Literal["pass", "warn", "fail"]


@fast_init
@dataclass(frozen=True)
class AtsCheck:
    """One readiness check: what was found, and what to do about it (empty when nothing)."""

    code: str
    name: str
    status: CheckStatus
    finding: str
    fix: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "status": self.status, "finding": self.finding, "fix": self.fix}


@fast_init
@dataclass(frozen=True)
class TermFrequency:
    """How often a posting term appears in the posting and in the resume (raw counts)."""

    term_id: str
    name: str
    kind: str
    posting: int
    resume: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "term_id": self.term_id,
            "name": self.name,
            "kind": self.kind,
            "posting": self.posting,
            "resume": self.resume,
        }


@fast_init
@dataclass(frozen=True)
class AtsReadiness:
    """Every check, in a fixed order, and the term counts."""

    checks: tuple[AtsCheck, ...]
    terms: tuple[TermFrequency, ...] = ()

    @property
    def passed(self) -> int:
        return sum(1 for c in self.checks if c.status == "pass")

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "total": len(self.checks),
            "checks": [c.to_dict() for c in self.checks],
            "terms": [t.to_dict() for t in self.terms],
        }
