"""Evidence for ambiguous surface forms: "GCP", "Epic", "CPT", "ER", "OR".

A form the vocabulary marks ``ambiguous`` counts only with evidence for the intended
meaning: one of the term's ``context`` words within 20 tokens (on the same line, for a
form written in lower case: a common word such as "documentation" or "referrals" is
clinical only where its own line is), or the mention sitting
in a section where that kind of term is listed (a certification under
"Certifications", a tool under "Skills"), or, for a tool, the word standing as an item of a
list that names another tool (``tool_lists.py``). Sections come from the Document when the
pipeline knows them (the ``doc._.resumematch_sections`` extension, set by
:func:`resumematch.match.pipeline.find_mentions`); in a user's own pipeline only the
context words count.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from ..models import CATEGORY_TABLE
from ..models.document import BISECT_SECTIONS
from .tool_lists import ToolLists
from .variants import alias_variants
from .vocabulary import Vocabulary

__all__ = ["CONTEXT_WINDOW_TOKENS", "EVIDENCE_SECTIONS", "Evidence", "SectionKinds", "section_extension"]

CONTEXT_WINDOW_TOKENS = 20
EVIDENCE_SECTIONS: dict[str, frozenset[str]] = {
    row.name: row.evidence_sections for row in CATEGORY_TABLE.values() if row.evidence_sections
}
_SECTIONS_EXT = "resumematch_sections"

if not Doc.has_extension(_SECTIONS_EXT):
    Doc.set_extension(_SECTIONS_EXT, default=None)


def section_extension() -> str:
    """Name of the Doc extension holding ``(start_char, end_char, kind)`` section ranges."""
    return _SECTIONS_EXT


_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
"""US postal codes: an ambiguous abbreviation written as one after a city is the state ("OR", "MA", "ME")."""
_CITY_BEFORE = re.compile(r"\b[A-Z][a-z]+\.?,[ \t]*$")
_PLACE_AFTER = re.compile(r"[ \t]*(?:$|\n|\d|[|•·(–—-]|,[ \t]*(?:\d|$|\n))")
"""What follows a city's state: the line's end, a zip code or year, a separator, a bracket."""


class Evidence:
    """Decide whether an ambiguous match of a term has the evidence it needs."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._category = {term.id: term.category for term in vocabulary}
        # An ambiguous word needs its evidence in every form the matcher finds it in:
        # "referral" and "Referrals" as much as the listed "referrals".
        self._forms: dict[str, frozenset[str]] = {}
        self._common: dict[str, frozenset[str]] = {}
        # A form the term lists as it is, outside ``ambiguous``, needs no evidence even where
        # it is an inflection of an ambiguous one: "communication" of Communication skills
        # counts alone, its plural "communications" (a department, a degree's field) does not.
        listed = {
            term.id: {" ".join(f.lower().split()) for f in (term.name, *term.aliases, *term.abbreviations)}
            for term in vocabulary
            if term.id in vocabulary.ambiguous
        }
        for term_id, forms in vocabulary.ambiguous.items():
            category = self._category[term_id]
            plain = listed.get(term_id, set()) - {" ".join(form.lower().split()) for form in forms}
            variants = {
                form: {" ".join(v) for v, _ in alias_variants(form.lower().split(), category)} - plain for form in forms
            }
            self._forms[term_id] = frozenset(v for group in variants.values() for v in group)
            # Forms written in lower case are common words ("documentation", "referrals"):
            # their own line decides their domain, not a word 20 tokens away in a list.
            self._common[term_id] = frozenset(v for form, group in variants.items() if form.islower() for v in group)
        self._context = {term.id: _context_pattern(term.context) for term in vocabulary if term.context}
        self._tool_lists = ToolLists(vocabulary)
        self._last_sections: tuple[Sequence[tuple[int, int, str]], SectionKinds] | None = None

    def needs_evidence(self, term_id: str) -> bool:
        """True when the term has forms that count only with evidence (a dict lookup)."""
        return term_id in self._forms

    def is_ambiguous_form(self, term_id: str, written: str) -> bool:
        """Whether ``written`` (lower-cased, single-spaced) is one of the term's forms that need evidence."""
        forms = self._forms.get(term_id)
        return forms is not None and written in forms

    def ok(
        self,
        text: str,
        span: tuple[int, int],
        window: tuple[int, int],
        term_id: str,
        sections: Sequence[tuple[int, int, str]] | None = None,
    ) -> bool:
        """True unless ``text[span[0]:span[1]]`` is an ambiguous form of the term with no evidence.

        ``window`` is the character range of the :data:`CONTEXT_WINDOW_TOKENS` tokens
        either side, computed by the caller from the Doc's token offsets, so no spaCy
        object is built here.
        """
        forms = self._forms.get(term_id)
        start, end = span
        written = " ".join(text[start:end].lower().split())
        if not forms or written not in forms:
            return True
        if (
            text[start:end] in _STATES
            and _CITY_BEFORE.search(text, max(0, start - 40), start)
            and _PLACE_AFTER.match(text, end)
        ):
            return False  # "Travel nurse in Portland, OR 97201": a state after its city
        if written in self._common[term_id]:
            line_start = text.rfind("\n", window[0], start) + 1
            line_end = text.find("\n", end, window[1])
            window = (max(window[0], line_start), window[1] if line_end == -1 else line_end)
        if sections:
            kinds = EVIDENCE_SECTIONS.get(self._category[term_id], frozenset())
            if len(sections) > BISECT_SECTIONS:
                if kinds and self._section_kinds(sections).holds(start, kinds):
                    return True
            else:  # a resume's few sections: scanned
                for section_start, section_end, kind in sections:
                    if section_start <= start < section_end and kind in kinds:
                        return True
        pattern = self._context.get(term_id)
        if pattern is not None and (
            pattern.search(text[window[0] : start].lower()) or pattern.search(text[end : window[1]].lower())
        ):
            return True
        return self._category[term_id] == "tool" and self._tool_lists.listed(text, start, end)

    def _section_kinds(self, sections: Sequence[tuple[int, int, str]]) -> SectionKinds:
        """The document's sections as a :class:`SectionKinds`, made once per document.

        The matcher asks for each ambiguous match with the same ``sections`` tuple, so
        the last one is kept (one pair, replaced whole: safe across threads). A list,
        which its owner may change between documents, is read afresh each time.
        """
        if not isinstance(sections, tuple):
            return SectionKinds(sections)
        last = self._last_sections
        if last is None or last[0] is not sections:
            last = self._last_sections = (sections, SectionKinds(sections))
        return last[1]


class SectionKinds:
    """Which kinds of section hold an offset, by bisection instead of a scan of every section.

    A resume has a dozen sections, but a list of ten thousand one-line items has as many
    headings, and a scan per ambiguous match made such a file quadratic
    (``benchmarks/odd_documents.py``, docs/performance.md). The
    sections of each kind are merged into sorted, disjoint ranges, so the answer is the
    scan's: is ``offset`` inside ``start <= offset < end`` of some section of one of the
    kinds. :class:`Evidence` uses it past ``BISECT_SECTIONS`` sections.
    """

    def __init__(self, sections: Iterable[tuple[int, int, str]]) -> None:
        self._ranges: dict[str, tuple[list[int], list[int]]] = {}
        for start, end, kind in sorted(sections):
            if start >= end:
                continue
            starts, ends = self._ranges.setdefault(kind, ([], []))
            if starts and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)

    def holds(self, offset: int, kinds: Iterable[str]) -> bool:
        """Whether a section of one of ``kinds`` holds ``offset``."""
        for kind in kinds:
            ranges = self._ranges.get(kind)
            if ranges is not None:
                i = bisect.bisect_right(ranges[0], offset) - 1
                if i >= 0 and offset < ranges[1][i]:
                    return True
        return False


def _context_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """A context word at the start of a word ("certif" finds "certified") in lower-cased text."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in words) + ")")
