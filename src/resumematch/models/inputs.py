"""Say what a string is: :class:`Text` is always the document's text, never a path.

The library has always taken a ``str`` as either a path or the text itself: a one-line
string that names an existing file or ends in a document suffix is a path, anything
else is text. That guess stays for backwards compatibility, but a caller who holds
untrusted text (a pasted posting, a form field) should not let its content decide:
``Text("...")`` is read as text whatever it looks like, and a :class:`pathlib.Path` is
read as a file whatever it is called (a missing one is an ``InputError``, never text).

>>> from resumematch import Text, find_terms
>>> document, mentions = find_terms(Text("resume.pdf"))  # the words "resume.pdf", not a file
"""

from __future__ import annotations

__all__ = ["Text"]


class Text(str):
    """A ``str`` that is a document's text, never a path to one."""

    __slots__ = ()
