"""What the term matcher reads from a spaCy ``Doc``, as arrays and plain lists.

Every step of matching looks at tokens by position: their ``LOWER`` hashes, where they
start and end in the text, and which of them are line breaks. Reading those through
``Token`` objects costs a Python object per token; ``Doc.to_array`` fills a numpy array
per attribute instead. Even that has a cost per column (spaCy takes and releases the
GIL for every cell), so only two columns are read whose values
cannot be had otherwise (``LOWER``, ``IDX``) plus one cheap one (``SPACY``); token ends
and line breaks are worked out from those and the text.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, LOWER, SPACY
from spacy.tokens import Doc

from .trie import Tokens

__all__ = ["line_break_tokens", "read_tokens", "sentence_breaks", "token_ends"]


def read_tokens(doc: Doc, text: str) -> tuple[np.ndarray, np.ndarray, Tokens]:
    """``(LOWER hashes, line-break mask, Tokens)`` of a non-empty ``doc`` made from ``text``.

    The three columns come from one ``to_array`` call, each then made contiguous (one
    call per column measured about the same; docs/performance.md).
    """
    lower, starts, trailing_space = doc.to_array([LOWER, IDX, SPACY]).T.copy()
    ends = token_ends(starts, trailing_space, len(text))
    return lower, line_break_tokens(text, starts), Tokens(text, starts.tolist(), ends.tolist(), lower.tolist())


def token_ends(starts: np.ndarray, trailing_space: np.ndarray, text_length: int) -> np.ndarray:
    """Each token's end offset: where the next one starts, less its trailing space.

    A Doc's text is its tokens' texts, each followed by its trailing whitespace (one
    space or none), so this is ``IDX + LENGTH``; ``SPACY`` is read from the token, where
    ``LENGTH`` goes through the lexeme and costs ``Doc.to_array`` twice as much.
    """
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1] = text_length
    ends -= trailing_space.astype(starts.dtype)
    return ends


def line_break_tokens(text: str, starts: np.ndarray) -> np.ndarray:
    """Which tokens hold a line break, from the text and the tokens' start offsets.

    spaCy's tokenizer splits runs of whitespace from everything else, so a token with a
    "\\n" in it is whitespace: the same answer as a lexeme flag, which ``Doc.to_array``
    reads about as slowly as the whole matching of a line (tested to agree on a corpus).
    """
    if text.isascii():  # a byte per character, a quarter of the UTF-32 copy
        characters = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    else:
        characters = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)  # one unit a character
    newline = np.zeros(len(starts), dtype=bool)
    breaks = (characters == 10).nonzero()[0]
    if len(breaks):
        newline[starts.searchsorted(breaks.astype(starts.dtype), side="right") - 1] = True
    return newline


def sentence_breaks(newline: np.ndarray, tokens: Tokens) -> np.ndarray:
    """The line breaks that end what came before: all but a wrapped sentence's.

    A PDF wraps prose where the line is full ("Looking to move from bedside care into\na
    clinical coordinator role"); a single line break followed by a lowercase word
    continues the sentence, so a cue before it ("Looking to", "no experience with") still
    reaches the words after it. Any other break (a blank line, a capital, a bullet) ends it.
    """
    breaks = newline.nonzero()[0].tolist()
    if not breaks:
        return newline
    stops = newline.copy()
    text, n = tokens.text, len(tokens.idx)
    for b in breaks:
        if b + 1 < n and text[tokens.idx[b + 1]].islower() and tokens.word(b).count("\n") == 1:
            stops[b] = False
    return stops
