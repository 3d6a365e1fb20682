"""Blind review: an anonymous, stable id per resume, and personal details taken out of
every text a ranking shows.

Inclusive-hiring guidance asks screeners not to see who a candidate is (name, contact
details, where they live, gender, family, faith, origin) or how old they are until the
shortlist is made. The score never reads any of these details in any mode; this module
only makes sure the *output* does not show them either: evidence snippets, parse-warning
and error messages go through :meth:`Redactor.redact` in blind mode.

Redaction is rule-based (no model, nothing downloaded): the rules are in
:mod:`resumematch.batch.identity` (word lists in ``data/identity.json``), the name is
read by :mod:`resumematch.batch.names`. It errs on the side of removing too much; what
is removed and kept is in docs/blind-review.md.

>>> redactor = Redactor.for_text("Jane Q. Doe\\njane@x.org | (555) 123-4567\\nBSN, 2009")
>>> redactor.redact("Jane Doe, BSN 2009 - jane@x.org")
'[name] [name], BSN [year] - [email]'
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

from .identity import identity_rules
from .names import find_name, name_pattern

__all__ = ["Redactor", "anonymous_id", "new_salt", "redact"]

_ID_PREFIX = "cand-"
_INITIAL = re.compile(r"(\[name\])\s+[A-Z]\.?\s+(?=\[name\])")


def new_salt() -> str:
    """A fresh random salt (128 bits from :mod:`secrets`): the default of a blind run,
    so that nobody holding a resume can compute its id without the run's id map."""
    return secrets.token_hex(16)


def anonymous_id(content: bytes, *, salt: str) -> str:
    """A stable anonymous id for a resume: a hash of its bytes and ``salt``.

    The same file with the same salt always gets the same id (so a mapping kept aside
    can be resolved, and an interrupted run can resume), and the id says nothing about
    the file's name. With a known salt (or none) anyone holding the resume can compute
    its id, so pass a secret one per hiring round, e.g. :func:`new_salt`.
    """
    digest = hashlib.sha256(salt.encode("utf-8") + b"\x00" + content).hexdigest()
    return _ID_PREFIX + digest[:16]


@dataclass(frozen=True)
class Redactor:
    """Removes one candidate's personal details from any text about their resume.

    ``names`` are the words of the candidate's name (found by :meth:`for_text`), removed
    wherever they appear, in every spelling; ``extra`` are literal strings to remove
    too (e.g. the file path, which often holds the name).
    """

    names: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    _names: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _done: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_names", name_pattern(list(self.names)))

    @classmethod
    def for_text(cls, text: str, *, extra: Iterable[str] = ()) -> Redactor:
        """A redactor for the resume whose extracted text is ``text``."""
        return cls(names=tuple(find_name(text)), extra=tuple(e for e in extra if e))

    def redact(self, text: str) -> str:
        """``text`` with every personal detail replaced by a ``[placeholder]``."""
        done = self._done.get(text)
        if done is None:  # one resume line is often the evidence of several terms
            done = self._done[text] = self._redact(text)
        return done

    def _redact(self, text: str) -> str:
        for literal in sorted(self.extra, key=len, reverse=True):
            text = text.replace(literal, "[file]")
        for rule in identity_rules():
            text = rule.pattern.sub(rule.placeholder, text)
        if self._names is not None:
            text = self._names.sub("[name]", text)
            text = _INITIAL.sub(r"\1 ", text)  # "[name] P. [name]": the middle initial too
        return text


def redact(text: str, *, names: Iterable[str] = ()) -> str:
    """Remove contact details, addresses, years, ages and the other identity details
    (and ``names``) from ``text``."""
    return Redactor(names=tuple(names)).redact(text)
