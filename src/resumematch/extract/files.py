"""Open a path only if it is a regular file, and read no more of it than a limit allows.

A FIFO blocks ``open()`` until someone writes to it, ``/dev/zero`` reports a size of
0 and never ends, a directory or a socket cannot be read at all: none of them is a
resume. Every path resumematch reads (a resume, a posting, a vocabulary, a file
hashed for a blind id) goes through :func:`open_regular`, which refuses anything but
a regular file *before* reading a byte, and does so on the opened descriptor
(``O_NONBLOCK`` so that opening a FIFO cannot block; ``fstat`` so that a file swapped
between the check and the open is caught too).
"""

from __future__ import annotations

import errno
import os
import re
import stat

from ..errors import InputError

__all__ = ["MAX_PATH_CHARS", "check_argument", "check_path", "open_regular", "printable", "read_regular", "unprintable"]

MAX_PATH_CHARS = 1024
"""Longer arguments are not paths anyone typed (PATH_MAX is 4,096; no real resume path
comes near 1,024), and the CLI says so instead of trying them."""


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_path(path: str | os.PathLike[str], *, what: str = "file") -> str:
    """``path`` as a string if it names a regular file; else :class:`InputError` saying why.

    Raised for: a missing path, a symlink loop, no permission, and anything that is not a regular
    file (directory, FIFO, device, socket). Nothing is opened.
    """
    name = os.fspath(path)
    if isinstance(name, bytes):  # pragma: no cover - os.PathLike[bytes] is not accepted by the types
        name = os.fsdecode(name)
    shown = printable(name)
    if "\x00" in name:
        raise InputError(f"{shown}: a path cannot hold a NUL character.")
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError as exc:
        if set("*?[") & set(name):  # rank keeps a glob pattern that matched nothing as its own row
            raise InputError(f"{shown}: no such file (no file matches this pattern); check the pattern.") from exc
        raise InputError(f"{shown}: no such file; check the path.") from exc
    except PermissionError as exc:
        raise InputError(f"{shown}: permission denied; check the file's permissions.") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{shown}: a symbolic link loop; point the link at a real file.") from exc
        if exc.errno == errno.ENAMETOOLONG:
            raise InputError(f"{shown[:60]}...: the path is too long for this system.") from exc
        raise InputError(f"{shown}: cannot be read ({exc.strerror or exc}).") from exc
    kind = _kind(mode)
    if kind is not None:
        hint = " (or use 'rank' for folders)" if kind == "a directory" else ""
        raise InputError(f"{shown} is {kind}, not a regular file; pass a {what}{hint}.")
    return name


def check_argument(path: str, *, what: str = "file") -> str:
    """:func:`check_path` for a path typed on a command line, which is refused also when
    it holds a line break or is over :data:`MAX_PATH_CHARS` characters: such an argument
    is pasted text, not a path (a file found in a folder may have any name)."""
    shown = printable(path)
    if "\n" in path or "\r" in path:
        raise InputError(f"{shown}: a file name with a line break is not a path; pass the path of a {what}.")
    if len(path) > MAX_PATH_CHARS:
        raise InputError(
            f"{shown[:60]}...: {len(path):,} characters is too long for a path (limit {MAX_PATH_CHARS:,}); "
            f"pass the path of a {what}."
        )
    return check_path(path, what=what)


def open_regular(path: str | os.PathLike[str], *, what: str = "file") -> int:
    """A read-only descriptor of ``path``, which is a regular file (checked before and after opening)."""
    name = check_path(path, what=what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(name, flags)
    except PermissionError as exc:
        raise InputError(f"{printable(name)}: permission denied; check the file's permissions.") from exc
    except OSError as exc:
        raise InputError(f"{printable(name)}: cannot be read ({exc.strerror or exc}).") from exc
    kind = _kind(os.fstat(fd).st_mode)
    if kind is not None:  # swapped for something else between stat and open
        os.close(fd)
        raise InputError(f"{printable(name)} is {kind}, not a regular file; pass a {what}.")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def read_regular(path: str | os.PathLike[str], limit: int, *, what: str = "file") -> bytes:
    """At most ``limit + 1`` bytes of the regular file ``path`` (one more than allowed
    tells the caller the file is over its limit, whatever its reported size)."""
    fd = open_regular(path, what=what)
    try:
        with os.fdopen(fd, "rb", closefd=True) as handle:
            # Sized by the file: read(limit + 1) allocates the whole limit (20 MB) before
            # reading; a file that grew since fstat is read on, up to the same bound.
            data = handle.read(min(limit, os.fstat(fd).st_size) + 1)
            if len(data) <= limit and (more := handle.read(limit + 1 - len(data))):
                data += more
            return data
    except OSError as exc:
        raise InputError(f"{printable(os.fspath(path))}: cannot be read ({exc.strerror or exc}).") from exc


def printable(name: str, *, keep_lines: bool = False) -> str:
    """A file name safe to print on one line: control characters and undecodable bytes
    (``os.fsdecode``'s surrogate escapes) written as ``\\xNN`` escapes (docs/batch.md).
    ``keep_lines``: escape only what cannot be encoded (for messages)."""
    if name.isprintable():
        return name
    out = []
    for char in name:
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:  # a byte that was not UTF-8 (surrogateescape), or a lone surrogate
            out.append(f"\\x{code - 0xDC00:02x}" if code >= 0xDC80 and code <= 0xDCFF else f"\\u{code:04x}")
        elif keep_lines:
            out.append(char)
        elif not char.isprintable():
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def unprintable(shown: str) -> str:
    """The name :func:`printable` was given, where that name exists (an escape-like
    sequence in a real name is ambiguous: the existing file decides)."""
    if "\\" not in shown:
        return shown

    def back(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(0xDC00 + code) if match.group(1) and code >= 0x80 else chr(code)

    name = re.sub(r"\\x([0-9a-f]{2})|\\u([0-9a-f]{4})", back, shown)
    return name if os.path.lexists(name) and not os.path.lexists(shown) else shown
