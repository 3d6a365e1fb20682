"""A skills keyword list repeats the body's words, so it means what the body means by them.

Many resumes end with a "Skills" list of words lifted from their own text ("Critical Care,
customer satisfaction, Customer Service, Data Entry, databases, ..."). A word the body
uses for something else comes along: "staff in the Critical Care Department" becomes
"Critical Care", "Identity and Access Management" becomes "Access". So a list's mention
of a term that the body never credits is read as the body reads it:

* when the body has a mention of the same term that is not held (another person's
  department, a negated or expired credential), the list's copy takes its status;
* when the list's word is one of the term's ambiguous forms, has no context word of its
  own, and the body uses the same word without crediting it, the list's copy is dropped.

A term the body credits anywhere, and a list word the body never uses, are left alone:
a skills list is still where many real skills are named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Status
from .evidence import CONTEXT_WINDOW_TOKENS, Evidence
from .section_reading import within
from .trie import Tokens

__all__ = ["LIST_SECTIONS", "ListEchoes"]

LIST_SECTIONS = frozenset({"skills"})
"""The section kinds read as keyword lists."""


class ListEchoes:
    """Reads the mentions in a document's keyword lists the way its body reads the same words."""

    def __init__(self, evidence: Evidence, kinds: frozenset[str] = LIST_SECTIONS) -> None:
        self._evidence = evidence
        self._kinds = kinds

    def apply(
        self,
        tokens: Tokens,
        found: Sequence[tuple[int, int, str]],
        statuses: list[Status],
        sections: Sequence[tuple[int, int, str]] | None,
    ) -> set[int]:
        """Change ``statuses`` in place for list mentions the body does not credit; return
        the indexes of list mentions to drop. ``found`` holds ``(start token, end token,
        term id)`` of each mention, ``statuses`` their statuses."""
        if not sections:
            return set()
        lists = [(start, end) for start, end, kind in sections if kind in self._kinds and start < end]
        if not lists:
            return set()
        idx, ends, text = tokens.idx, tokens.ends, tokens.text
        if len(lists) == 1:  # most resumes: one skills section, two comparisons per mention
            ((first, last),) = lists
            inside = [first <= idx[start] < last for start, _, _ in found]
        else:
            inside = [within(idx[start], lists) for start, _, _ in found]
        if not any(inside):
            return set()
        body: dict[str, Status] = {}  # per term: "affirmed" if the body credits it, else its first status there
        for (_, _, term_id), status, listed in zip(found, statuses, inside, strict=True):
            if not listed and body.get(term_id) != "affirmed":
                body[term_id] = status if term_id not in body or status == "affirmed" else body[term_id]
        drop: set[int] = set()
        for k, ((start, end, term_id), listed) in enumerate(zip(found, inside, strict=True)):
            if not listed or statuses[k] != "affirmed":
                continue
            read = body.get(term_id)
            if read == "affirmed":
                continue
            if read is not None:
                statuses[k] = read
                continue
            span = (idx[start], ends[end - 1])
            written = " ".join(text[span[0] : span[1]].lower().split())
            if not self._evidence.is_ambiguous_form(term_id, written):
                continue
            window = (
                idx[max(0, start - CONTEXT_WINDOW_TOKENS)],
                ends[min(len(idx), end + CONTEXT_WINDOW_TOKENS) - 1],
            )
            if not self._evidence.ok(text, span, window, term_id, None) and _used_outside(text, written, lists):
                drop.add(k)
        return drop


def _used_outside(text: str, written: str, lists: list[tuple[int, int]]) -> bool:
    """Whether ``written`` (lower-cased words) occurs as whole words outside the lists."""
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in written.split()) + r"(?!\w)", re.IGNORECASE)
    return any(not within(m.start(), lists) for m in pattern.finditer(text))
