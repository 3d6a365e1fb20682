"""What the term matcher knows about each span it writes, read through Span extensions.

The component labels each span in ``doc.spans["resumematch_terms"]`` with the term's
category and id; the rest (how it was found, confidence, assertion status, a
credential's issuer and dates) is in the component's match rows, kept whole in
``doc.user_data`` (one entry per Doc, not one per span), and read through the getters
of ``span._.resumematch_method``, ``span._.resumematch_status``, ... The library reads
the rows themselves (:func:`match_rows_of`): the matches in characters, no Span made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from .term_search import MatchRow

__all__ = ["match_rows_of", "span_confidence", "span_details", "span_method", "span_status", "store_rows"]

_ROWS = "resumematch_rows"
_INDEX = "resumematch_row_index"
_FIELDS = ("method", "confidence", "status", "issuer", "earned", "expires")
_DEFAULT_INFO = ("phrase", 1.0, "affirmed", None, None, None)

Row = tuple[Any, ...]
"""A :class:`~resumematch.match.term_search.MatchRow`: ``(start token, end token, term id,
start char, end char, method, confidence, status, issuer, earned, expires)``."""


def store_rows(doc: Doc, rows: Sequence[MatchRow]) -> None:
    """Keep the component's matches in ``doc.user_data``, replacing any earlier run's."""
    user_data = _user_data(doc)
    user_data[_ROWS] = rows
    user_data.pop(_INDEX, None)


def match_rows_of(doc: Doc) -> Sequence[MatchRow]:
    """The match rows the component wrote for ``doc`` (empty if it has not run), in text order."""
    return cast("Sequence[MatchRow]", _user_data(doc).get(_ROWS, ()))


def _details(doc: Doc) -> dict[tuple[int, int, int], Row]:
    """Each span's details by ``(start, end, span id)``, indexed on the first question.

    The span's id (the hash of its term id) is part of the key: a degree gives two terms'
    spans over the same tokens ("BSN": ``bsn`` by abbreviation, ``bachelors-degree`` by the
    degree grammar), each with its own method.
    """
    user_data = _user_data(doc)
    index = user_data.get(_INDEX)
    if index is None:
        index = user_data[_INDEX] = {
            (row[0], row[1], hash_string(row[2])): tuple(row[5:]) for row in user_data.get(_ROWS, ())
        }
    return cast(dict[tuple[int, int, int], Row], index)


def _user_data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, whose keys may be tuples (spaCy's stubs say ``str``)."""
    return cast(dict[Any, Any], doc.user_data)


def _getter(index: int) -> Any:
    def get(span: Span) -> Any:
        info = _details(span.doc).get((span.start, span.end, span.id))
        return (info or _DEFAULT_INFO)[index]

    return get


for _index, _field in enumerate(_FIELDS):
    if not Span.has_extension(f"resumematch_{_field}"):
        Span.set_extension(f"resumematch_{_field}", getter=_getter(_index))


def span_method(span: Span) -> str:
    """How a span in ``doc.spans[SPANS_KEY]`` was found (see :data:`resumematch.models.Method`)."""
    return str(span._.resumematch_method)


def span_confidence(span: Span) -> float:
    """The confidence (0..1) of a span in ``doc.spans[SPANS_KEY]``."""
    return float(span._.resumematch_confidence)


def span_status(span: Span) -> str:
    """The assertion status of a span (see :data:`resumematch.models.Status`)."""
    return str(span._.resumematch_status)


def span_details(span: Span) -> dict[str, Any]:
    """Everything the matcher knows about a span: method, confidence, status, issuer, dates."""
    info = _details(span.doc).get((span.start, span.end, span.id)) or _DEFAULT_INFO
    return dict(zip(_FIELDS, info, strict=True))
