"""The command's checks on the paths it is given, before any document is read.

A document argument must name a regular file (the command never reads an argument as
resume text, as the library does with a ``str`` that does not look like a path), and an
output must not be an input nor another output of the same run.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

__all__ = ["check_paths", "document_arg", "output_clash"]


def document_arg(args: argparse.Namespace) -> str:
    """The document a ``check``, ``terms`` or ``extract`` command reads."""
    return str(args.resume if args.command == "check" else args.file)


def check_paths(args: argparse.Namespace) -> None:
    """Every document argument names a regular file (else one InputError line).
    Vocabulary names are checked when loaded."""
    from ..extract.files import check_argument as check_path

    if args.command == "rank":
        check_path(args.job, what="job description file")
        return
    check_path(document_arg(args), what="document")
    if args.command == "check":
        check_path(args.job, what="job description file")


def output_clash(outputs: Sequence[str], inputs: Sequence[str]) -> str | None:
    """Why an output may not be written where it is asked (its folder is missing, it is an
    input, or two outputs are one file), or None."""
    seen: dict[str, str] = {}
    for path in outputs:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            # Refused before anything is written: a run would otherwise leave its checkpoint behind.
            return f"cannot write {path}: the folder {folder} does not exist; create it or pick another path"
        real = os.path.realpath(path)
        if real in seen:
            return f"{path} is given as two outputs; pass different files to --output and --id-map"
        seen[real] = path
        for source in inputs:
            if os.path.exists(source) and os.path.realpath(source) == real:
                return f"the output {path} is an input ({source}); writing it would destroy it: pick another file"
    return None
