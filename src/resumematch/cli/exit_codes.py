"""The command's exit codes, one meaning each (README, "Exit codes").

* 0: done;
* 1: the input was refused or could not be read (a library error: a bad, missing,
  unreadable or too-large file, a bad vocabulary or rules file), or an output could not
  be written; stderr holds one line, ``resumematch: error: ...`` (a vocabulary's problems
  follow it, one indented ``  - `` line each, so all are fixed in one pass);
* 2: the command line itself is wrong (an unknown option, a value that is not a
  number, ``--timeout nan``, ``--workers -1``, ``--port 70000``, options that do not go
  together, an output that is an input):
  argparse's usage line and one error line;
* 130 / 143: stopped by Ctrl-C (SIGINT) / SIGTERM, with one line saying so.
"""

from __future__ import annotations

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_TERMINATED", "EXIT_USAGE"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
