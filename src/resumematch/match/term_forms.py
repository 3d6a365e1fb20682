"""The surface forms a vocabulary may give a term, in the form resume text is in.

Resume and posting text is NFKC-normalised with ASCII dashes and quotes
(:func:`resumematch.extract.normalize.normalize_text`), so a vocabulary's names, aliases,
abbreviations and context words are brought to the same form: an alias written with a
decomposed accent ("e" + U+0301), a ligature, a full-width letter or a curly apostrophe
then matches the text that writes it either way. NFKC, not NFC, because the text is NFKC:
an NFC alias "ﬁrst aid" could never match.

A form that would match almost anywhere is refused rather than trusted: one character
("-" once matched every bullet), no letter or digit at all, only function words ("the",
"and") unless the term declares it ``ambiguous`` with context words, or a form longer
than any name needs.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_FORM_CHARS", "canonical_form", "form_problem"]

MAX_FORM_CHARS = 200
"""The longest name, alias or abbreviation (the longest shipped one has under 100)."""

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1b\x7f-\x9f]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"'})
"""As extract/normalize.py maps them in the text."""

_FUNCTION_WORDS = frozenset(
    (
        "a an the and or nor but of in on at to for from by with without as into onto upon over under "
        "about after before during between through per via than then so if not no yes is are was were be "
        "been am do does did has have had it its this that these those i me my we us our you your he him "
        "his she her they them their who whom which what where when how all any each some such"
    ).split()
)
"""Words that name nothing: a form made only of them would match in every sentence."""


def canonical_form(text: str) -> str:
    """``text`` as normalised resume text writes it: NFKC, no zero-width or control
    characters, ASCII dashes and quotes, single spaces, no outer spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _DASHES.sub("-", text).translate(_QUOTES)
    return " ".join(text.split())


def form_problem(form: str, *, kind: str, ambiguous: bool = False) -> str | None:
    """Why ``form`` (a canonical name, alias or abbreviation) may not be used, or None.

    ``kind`` names it in the message ("alias", "name", "abbreviation"); ``ambiguous``:
    the term lists the form as ambiguous, so it counts only beside its context words.
    """
    if len(form) > MAX_FORM_CHARS:
        return f"{kind} {form[:40]!r}... is {len(form)} characters long; at most {MAX_FORM_CHARS}"
    if len(form) < 2:
        return f"{kind} {form!r} is shorter than 2 characters: it would match almost anywhere"
    if not any(ch.isalnum() for ch in form):
        return f"{kind} {form!r} has no letter or digit: it would match punctuation (every bullet or dash)"
    if kind != "abbreviation" and not ambiguous and all(w in _FUNCTION_WORDS for w in form.lower().split()):
        return (
            f"{kind} {form!r} is only common words: it would match in every sentence; "
            "make it longer, or list it in 'ambiguous' with 'context' words"
        )
    return None
