"""What the term matcher knows about each span it writes, read through Span extensions.

The component labels each span in ``doc.spans["resumematch_terms"]`` with the term's
category and id; the rest (how it was found, confidence, assertion status, a
credential's issuer and dates) is one tuple per span in ``doc.user_data``, keyed by
the span's token range and id, and read through the getters of ``span._.resumematch_method``,
``span._.resumematch_status``, ... Storing one entry per span is five times cheaper
than setting five extension values on every span.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from spacy.tokens import Doc, Span

__all__ = ["span_confidence", "span_details", "span_method", "span_status", "store_details"]

_INFO = "resumematch_span"
_FIELDS = ("method", "confidence", "status", "issuer", "earned", "expires")
_DEFAULT_INFO = ("phrase", 1.0, "affirmed", None, None, None)

Details = tuple[int, int, int, str, float, str, str | None, str | None, str | None]
"""``(start token, end token, span id, method, confidence, status, issuer, earned, expires)`` of one span.

The span's id (the hash of its term id) is part of the key: a degree gives two terms'
spans over the same tokens ("BSN": ``bsn`` by abbreviation, ``bachelors-degree`` by the
degree grammar), each with its own method."""


def store_details(doc: Doc, details: Iterable[Details]) -> None:
    """Keep each span's details in ``doc.user_data``, where the Span extensions read them."""
    user_data = _user_data(doc)
    for start, end, span_id, *info in details:
        user_data[(_INFO, start, end, span_id)] = tuple(info)


def _user_data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, whose keys may be tuples (spaCy's stubs say ``str``)."""
    return cast(dict[Any, Any], doc.user_data)


def _getter(index: int) -> Any:
    def get(span: Span) -> Any:
        info = _user_data(span.doc).get((_INFO, span.start, span.end, span.id))
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
    info = _user_data(span.doc).get((_INFO, span.start, span.end, span.id)) or _DEFAULT_INFO
    return dict(zip(_FIELDS, info, strict=True))
