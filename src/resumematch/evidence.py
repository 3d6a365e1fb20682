"""Evidence for ambiguous surface forms: "GCP", "Epic", "CPT", "ER", "OR".

A form the vocabulary marks ``ambiguous`` counts only with evidence for the intended
meaning: one of the term's ``context`` words within 20 tokens, or the mention sitting
in a section where that kind of term is listed (a certification under
"Certifications", a tool under "Skills"). Sections come from the Document when the
pipeline knows them (the ``doc._.resumematch_sections`` extension, set by
:func:`resumematch.pipeline.find_mentions`); in a user's own pipeline only the
context words count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from .vocab import Vocabulary

__all__ = ["Evidence", "section_extension", "CONTEXT_WINDOW_TOKENS", "EVIDENCE_SECTIONS"]

CONTEXT_WINDOW_TOKENS = 20
EVIDENCE_SECTIONS: dict[str, frozenset[str]] = {
    "certification": frozenset({"certifications"}),
    "license": frozenset({"certifications"}),
    "education": frozenset({"education"}),
    "tool": frozenset({"skills"}),
}
_SECTIONS_EXT = "resumematch_sections"

if not Doc.has_extension(_SECTIONS_EXT):
    Doc.set_extension(_SECTIONS_EXT, default=None)


def section_extension() -> str:
    """Name of the Doc extension holding ``(start_char, end_char, kind)`` section ranges."""
    return _SECTIONS_EXT


class Evidence:
    """Decide whether an ambiguous match of a term has the evidence it needs."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._forms = {
            term_id: frozenset(form.lower() for form in forms) for term_id, forms in vocabulary.ambiguous.items()
        }
        self._category = {term.id: term.category for term in vocabulary}
        self._context = {
            term.id: re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in term.context) + r")")
            for term in vocabulary
            if term.context
        }

    def ok(
        self, doc: Doc, start: int, end: int, term_id: str, sections: Sequence[tuple[int, int, str]] | None = None
    ) -> bool:
        """True unless the match is an ambiguous form of the term with no evidence nearby."""
        forms = self._forms.get(term_id)
        if not forms or doc[start:end].text.lower() not in forms:
            return True
        if sections:
            kinds = EVIDENCE_SECTIONS.get(self._category[term_id], frozenset())
            offset = doc[start].idx
            for section_start, section_end, kind in sections:
                if section_start <= offset < section_end and kind in kinds:
                    return True
        pattern = self._context.get(term_id)
        if pattern is None:
            return False
        before = doc[max(0, start - CONTEXT_WINDOW_TOKENS) : start].text.lower()
        after = doc[end : end + CONTEXT_WINDOW_TOKENS].text.lower()
        return bool(pattern.search(before) or pattern.search(after))
