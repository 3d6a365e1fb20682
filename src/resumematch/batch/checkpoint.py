"""What a ``rank`` output file was written for, so that ``--resume`` never mixes two runs.

``rank -o rows.csv`` streams rows to ``rows.csv.partial`` (the checkpoint) and renames
it over ``rows.csv`` only when the ranking is complete, so an interrupted or failed run
never truncates an earlier result. Beside the output, a hidden file
``.rows.csv.resumematch.json`` records the run's :class:`RunKey`: a hash of the job
file's bytes and of the vocabulary, the format, the PDF engine, blind mode and a hash
of the salt (and, when the run made up its own random salt, that salt itself, so that
``--resume`` gives the remaining files ids of the same run). ``--resume`` compares it
with the new run's key and refuses to continue a checkpoint written for anything else,
saying what differs; it also refuses a file whose content is not in the requested
format (CSV rows resumed as JSON Lines).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from typing import Any

from ..errors import InputError
from ..extract.files import printable
from .blind import new_salt

__all__ = [
    "RunKey",
    "check_resumable",
    "partial_path",
    "replace_atomically",
    "run_salt",
    "sidecar_path",
    "write_key",
]


@dataclass(frozen=True)
class RunKey:
    """Everything that must be equal for rows of two runs to belong in one ranking."""

    job: str
    vocabulary: str
    format: str
    engine: str
    blind: bool
    salt: str

    @classmethod
    def of(
        cls, *, job_bytes: bytes, vocabulary_payload: Any, format: str, engine: str, blind: bool, salt: str
    ) -> RunKey:
        vocabulary = json.dumps(vocabulary_payload, sort_keys=True, ensure_ascii=False, default=str)
        return cls(
            job=hashlib.sha256(job_bytes).hexdigest(),
            vocabulary=hashlib.sha256(vocabulary.encode("utf-8")).hexdigest(),
            format=format,
            engine=engine,
            blind=blind,
            salt=hashlib.sha256(salt.encode("utf-8")).hexdigest() if blind else "",
        )


_WHAT = {
    "job": "another job description",
    "vocabulary": "another vocabulary",
    "format": "another --format",
    "engine": "another --engine",
    "blind": "another --blind setting",
    "salt": "another --salt",
}


def partial_path(output: str) -> str:
    """The checkpoint that rows stream to before the finished ranking replaces ``output``."""
    return f"{output}.partial"


def sidecar_path(output: str) -> str:
    """The hidden file beside ``output`` that holds its :class:`RunKey` (hidden: never ranked)."""
    folder, name = os.path.split(os.path.abspath(output))
    return os.path.join(folder, f".{name}.resumematch.json")


def write_key(output: str, key: RunKey, *, salt: str | None = None) -> None:
    """Record ``key`` beside ``output``; ``salt`` is the run's own random salt, kept so
    that ``--resume`` can use it again (never written for a salt the user gave)."""
    record: dict[str, Any] = {"schema": 1, **asdict(key)}
    if salt is not None:
        record["random_salt"] = salt
    replace_atomically(sidecar_path(output), json.dumps(record, indent=1) + "\n")


def run_salt(given: str | None, *, blind: bool, resume_from: str | None = None) -> tuple[str, bool]:
    """The salt of a run and whether it is the run's own random one.

    ``--salt`` when given; else, resuming ``resume_from``, the random salt its run
    recorded; else a new random one (docs/blind-review.md: with a known or empty salt,
    anyone holding a resume could compute its id)."""
    if not blind:
        return given or "", False
    if given is not None:
        return given, False
    if resume_from is not None:
        try:
            with open(sidecar_path(resume_from), encoding="utf-8") as handle:
                stored = json.load(handle).get("random_salt")
        except (OSError, ValueError, AttributeError):
            stored = None
        if isinstance(stored, str) and stored:
            return stored, True
    return new_salt(), True


def _sniffed_format(path: str) -> str | None:
    """The rows format a file's first line shows: csv (our header), json (``[``), jsonl (``{``)."""
    try:
        with open(path, "rb") as handle:
            first = handle.readline(4096).strip()
    except OSError:
        return None
    if not first:
        return None
    if first.startswith(b"rank,file,id,"):
        return "csv"
    if first == b"[":
        return "json"
    if first.startswith(b"{"):
        return "jsonl"
    return "unknown"


def check_resumable(output: str, key: RunKey) -> str | None:
    """The file ``--resume`` continues (the checkpoint, else the finished output), or
    ``None`` when there is none; :class:`InputError` when it belongs to another run."""
    found = next((p for p in (partial_path(output), output) if os.path.exists(p)), None)
    if found is None:
        return None
    shown = printable(found)
    sniffed = _sniffed_format(found)
    if sniffed is not None and sniffed != key.format:
        held = "not a resumematch rows file" if sniffed == "unknown" else f"{sniffed} rows"
        raise InputError(
            f"--resume: {shown} holds {held}, not {key.format}; pass the same --format as the run "
            "that wrote it, or another --output."
        )
    if sniffed is None:  # empty: nothing to mix up
        return found
    try:
        with open(sidecar_path(output), encoding="utf-8") as handle:
            written = json.load(handle)
    except (OSError, ValueError):
        raise InputError(
            f"--resume: cannot tell which job {shown} was written for (no {printable(sidecar_path(output))}); "
            "rank into another --output, or delete it to start again."
        ) from None
    mine = asdict(key)
    differs = [_WHAT[name] for name in _WHAT if written.get(name) != mine[name]]
    if differs:
        raise InputError(
            f"--resume: {shown} was written for {', '.join(differs)}; resuming would mix two rankings. "
            "Use the same options, or another --output."
        )
    return found


def replace_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename:
    a reader sees the old file or the new one, never a half-written or empty one."""
    tmp = f"{path}.tmp-{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
