"""``cache`` and ``serve``: the commands that read no document."""

from __future__ import annotations

import argparse
from typing import TextIO

from .exit_codes import EXIT_ERROR, EXIT_OK

__all__ = ["cache_command", "serve_command"]


_MB = 1024 * 1024
"""The megabyte of ``cache info`` and ``cache clear``: the one the docs' "kept under 64 MB" means."""


def cache_command(args: argparse.Namespace, out: TextIO) -> int:
    """``cache info`` or ``cache clear``."""
    from .._runtime.cache import cache_info, clear_cache

    if args.action == "clear":
        files, size = clear_cache()
        out.write(f"removed {files} file(s), {size / _MB:.1f} MB\n")
        return EXIT_OK
    info = cache_info()
    if info.folder is None:
        out.write("cache: off (RESUMEMATCH_CACHE_DIR is empty)\n")
        return EXIT_OK
    used = f"{info.size / _MB:.1f} MB (limit {info.limit / _MB:.0f} MB)"
    out.write(f"folder: {info.folder}\nfiles: {info.files}\nsize: {used}\n")
    return EXIT_OK


def serve_command(args: argparse.Namespace, err: TextIO) -> int:
    """``serve``: the web page under uvicorn, or how to install the web extra."""
    from ..web import serve

    missing = serve.missing_packages()
    if missing:
        print(
            f"resumematch: error: serve needs the web extra ({', '.join(missing)} not installed); "
            f"install it with: {serve.INSTALL_HINT}",
            file=err,
        )
        return EXIT_ERROR
    if args.host not in serve.LOCAL_HOSTS:
        print(
            f"resumematch: warning: listening on {args.host}, beyond this computer: anyone who can reach it "
            "can upload files and read reports; use --host 127.0.0.1 unless you mean to share it",
            file=err,
        )
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"resumematch: serving on http://{shown}:{args.port}/ (Ctrl+C to stop)", file=err, flush=True)
    try:
        serve.run(args.host, args.port)
    except OSError as exc:  # an unknown host, an address in use, no permission for the port
        print(f"resumematch: error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=err)
        return EXIT_ERROR
    except SystemExit as exc:  # uvicorn could not start; it has logged why in one line
        return EXIT_ERROR if exc.code else EXIT_OK
    return EXIT_OK
