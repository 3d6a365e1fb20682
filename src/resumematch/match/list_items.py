"""A list item's edge in every form a layout writes it, for the patterns that read an item alone.

A soft skill standing alone as a list item (", Reliable,") is found by a vocabulary pattern
whose first and last steps are the list's separators, written as the vocabulary writes them:
``{"ORTH": {"IN": [",", ";", "|", "\u2022", "\u00b7"]}}``. Resumes separate items in more ways
than that: a wide gap between columns, a spaced dash, a slash, a symbol font's bullet ("\uf0b7")
or another bullet glyph. A line end is left out: a line that starts "Analytical, organic and
physical chemistry" is a series, not a list item. A pattern step that lists the comma, the
semicolon and the pipe is such a separator step, and reads every edge of an item: the layout,
not the vocabulary, decides how items are separated.
"""

from __future__ import annotations

__all__ = ["is_item_edge", "item_edges"]

_SEPARATOR_STEP = frozenset({",", ";", "|"})
"""A step listing all three is a list item's edge."""
_EDGES = frozenset(
    {
        "\t",
        "\t\t",
        "  ",
        "   ",
        "    ",
        "-",
        "\u2013",
        "/",
        "\u2022",
        "\u00b7",
        "\uf0b7",
        "\uf0a7",
        "\u25aa",
        "\u25cf",
        "\u25e6",
        "\u27a2",
        "\u27a4",
        "\u2713",
        "\u25a0",
        "\u2666",
    }
)
"""Tabs and gaps (a token of extra spaces), spaced dashes and slashes, and bullet glyphs
(symbol-font private-use ones too)."""


def item_edges(orth_in: frozenset[str]) -> frozenset[str]:
    """``orth_in`` with every form of a list item's edge when it is a separator step."""
    return orth_in | _EDGES if orth_in >= _SEPARATOR_STEP else orth_in


def is_item_edge(word: str) -> bool:
    """Whether a token is one of the item edges :func:`item_edges` adds (a bullet glyph, a gap)."""
    return word in _EDGES
