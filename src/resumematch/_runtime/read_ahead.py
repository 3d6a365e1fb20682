"""Read a document in a forked helper process while this one imports spaCy.

A cold ``resumematch check resume.pdf`` spends about half a second importing spaCy
and building its pipeline, and 0.1-0.3 s importing the PDF reader and reading the PDF.
The two do not depend on each other, and a machine has more than one core, so the
``resumematch`` command forks a helper that reads the document (the same
:func:`resumematch.extract.extract` call) and sends the pickled ``Document`` back
through a pipe, while the parent imports spaCy.

Only where it is safe and useful: a platform with ``fork``, a process with one thread
and without spaCy imported yet, and a PDF or DOCX file (a text file reads in a
millisecond). A :class:`~resumematch.errors.ResumeMatchError` in the helper is sent
back and raised by :meth:`Prefetch.result`, as the same call would raise it here; if
the helper fails any other way, ``result`` returns ``None`` and the caller reads the
document itself, so nothing is lost but the head start.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ResumeMatchError
from ..models import Document

if TYPE_CHECKING:
    from ..extract import ExtractLimits, PdfEngine

__all__ = ["Prefetch", "WordListsAhead"]

_WORTH_IT = (".pdf", ".docx")


class Prefetch:
    """A document being read by a forked helper process."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid = pid
        self._fd = fd

    @classmethod
    def start(
        cls, path: str, *, password: str | None, engine: PdfEngine, limits: ExtractLimits | None = None
    ) -> Prefetch | None:
        """Fork a helper that extracts ``path``; ``None`` where that would not help."""
        if not _may_fork() or Path(path).suffix.lower() not in _WORTH_IT or not os.path.isfile(path):
            return None
        try:
            read_end, write_end = os.pipe()
        except OSError:  # out of file descriptors: read it the ordinary way
            return None
        try:
            pid = os.fork()
        except OSError:  # out of processes or memory: likewise
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # the helper: read, send, leave without running the parent's cleanup
            os.close(read_end)
            try:
                _send(write_end, path, password, engine, limits)
            finally:
                os._exit(0)
        os.close(write_end)
        return cls(pid, read_end)

    def result(self) -> Document | None:
        """The document; raises the helper's ResumeMatchError; ``None`` if the helper failed otherwise."""
        with os.fdopen(self._fd, "rb") as pipe:
            data = pipe.read()
        os.waitpid(self._pid, 0)
        try:
            ok, value = pickle.loads(data)
        except Exception:  # the helper died or sent nothing: read the document here
            return None
        if ok and isinstance(value, Document):
            return value
        if isinstance(value, ResumeMatchError):
            raise value
        return None


def _may_fork() -> bool:
    """A platform with ``fork``, one thread, and spaCy not imported yet (after it, the
    head start is gone and the process is large to copy)."""
    return hasattr(os, "fork") and "spacy" not in sys.modules and threading.active_count() <= 1


class WordListsAhead:
    """The English word lists built in a forked helper while this process imports spaCy.

    The first run after an install has no word lists in the cache folder, and building
    them (the lemma tables read and filtered, 123,000 words written) would take one core
    while the other waits for spaCy's import. The helper builds and caches them;
    :meth:`wait` (after the import) returns once it has, and the compile that follows
    reads them from the cache. Any failure only means the compile builds them itself.
    """

    def __init__(self, pid: int) -> None:
        self._pid = pid

    @classmethod
    def start(cls) -> WordListsAhead | None:
        """Fork the helper; ``None`` when the lists are cached already or forking would not help."""
        from ..english import word_caches_ready

        if not _may_fork() or word_caches_ready():
            return None
        try:
            pid = os.fork()
        except OSError:
            return None
        if pid == 0:  # the helper: build, cache, leave without running the parent's cleanup
            try:
                from ..english import english_words, known_words

                english_words()
                known_words()
            finally:
                os._exit(0)
        return cls(pid)

    def wait(self) -> None:
        """Return once the helper has finished (it takes a fifth of spaCy's import)."""
        with contextlib.suppress(ChildProcessError):  # already reaped
            os.waitpid(self._pid, 0)


def _send(fd: int, path: str, password: str | None, engine: PdfEngine, limits: ExtractLimits | None) -> None:
    from ..extract import extract

    try:
        payload = pickle.dumps((True, extract(path, password=password, engine=engine, limits=limits)))
    except ResumeMatchError as exc:
        payload = pickle.dumps((False, exc))
    except BaseException:  # anything else: the parent reads the file itself and meets it there
        payload = b""
    with os.fdopen(fd, "wb") as pipe:
        pipe.write(payload)
