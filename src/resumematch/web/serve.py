"""What ``resumematch serve`` needs: which packages of the web extra are missing, and
running uvicorn on the app. Nothing of the web stack is imported at module level, so the
CLI can tell a user without the extra what to install.
"""

from __future__ import annotations

import importlib.util

__all__ = ["INSTALL_HINT", "LOCAL_HOSTS", "missing_packages", "run"]

INSTALL_HINT = 'pip install "resumematch[web]"'
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_NEEDED = {"starlette": "starlette", "uvicorn": "uvicorn", "multipart": "python-multipart"}


def missing_packages() -> list[str]:
    """The web extra's packages (their pip names) that cannot be imported."""
    return [package for module, package in _NEEDED.items() if importlib.util.find_spec(module) is None]


def run(host: str, port: int) -> None:
    """Serve the app until interrupted (uvicorn's own logging at warnings only)."""
    import uvicorn

    from .app import create_app

    uvicorn.run(create_app(), host=host, port=port, log_level="warning", server_header=False)
