"""What a requirement's years are of, in the terms a role can show: licences, specialties, settings.

"3 years of RN clinical experience", "2 years of oncology nursing", "a year in a medical office
or clinic": ``requirement_checks`` counts the years of the roles that show the subject; this
module reads the subject once per posting (cached) into what a role's text is tested for, from
``data/fit.json`` (ladders, ``specialties``, ``clinic_settings``).
"""

from __future__ import annotations

import functools
import re

from .fit_data import Level, fit_data, fit_json
from .title_phrases import WORDS

__all__ = [
    "licences_named",
    "names_a_clinic_setting",
    "names_a_specialty",
    "opens_clinic_settings",
    "specialties_named",
    "subject_fields",
]

_OR = re.compile(r"\s+or\s+|\s*/\s*")  # "hospital or clinic", "administrative/management": either


@functools.lru_cache(maxsize=256)
def licences_named(text: str, subject: str) -> tuple[Level, ...]:
    """The licensed levels a years subject names, read in the statement's own case ("RN
    clinical": the subject is lower-cased, and "RN" is read case-sensitively)."""
    at = text.lower().find(subject)
    if at < 0:
        return ()
    written = text[at : at + len(subject)]
    return tuple(level for level, _found in fit_data().levels.find_in_title(written) if level and level.licensed)


@functools.lru_cache(maxsize=256)
def specialties_named(subject: str) -> frozenset[str]:
    """The clinical specialties (``specialties`` in data/fit.json) a years subject names."""
    return frozenset(name for name, _found in fit_data().specialties.find(subject))


def names_a_specialty(text: str, specialties: frozenset[str]) -> bool:
    lowered = text.lower()
    return not specialties.isdisjoint(fit_data().specialties.labels_in(lowered, frozenset(WORDS.findall(lowered))))


def _setting_pattern() -> re.Pattern[str]:
    phrases = sorted(fit_json()["clinic_settings"]["phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


_CLINIC_SETTINGS = _setting_pattern()
_CLINIC_FIELDS = frozenset(fit_json()["clinic_settings"]["fields"])


def names_a_clinic_setting(text: str) -> bool:
    """Whether a role's text names a medical office, a clinic or a hospital's patient-facing
    department (``clinic_settings`` in data/fit.json)."""
    return _CLINIC_SETTINGS.search(text) is not None


@functools.lru_cache(maxsize=512)
def opens_clinic_settings(subject: str) -> bool:
    """Whether an experience subject asks only a medical office's or a clinic's years
    (``clinic_settings`` in data/fit.json), which a hospital department's role meets; a
    subject that also names other work ("clinical laboratory or specimen processing or
    medical office") asks the office's kind of work, which a hospital's setting does not
    show. Read once per posting's subject."""
    fields = subject_fields(subject)
    return bool(fields) and all(field.strip().lower() in _CLINIC_FIELDS for field in fields)


def subject_fields(subject: str | None) -> list[str]:
    """The alternatives of a years subject ("hospital or clinic", "administrative/management")."""
    return [f for f in _OR.split(subject or "") if f]
