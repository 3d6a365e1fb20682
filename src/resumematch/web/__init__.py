"""The web page for applicants: upload a resume, paste a posting, read the report.

``resumematch serve`` runs :func:`create_app` under uvicorn; install the extra first:
``pip install "resumematch[web]"`` (Starlette, uvicorn, python-multipart). The Starlette
application is ``app``, its HTML and static files ``page``, the description of its JSON
endpoint ``openapi``, and ``serve`` checks the extra is installed and runs uvicorn.

>>> from resumematch.web import create_app  # doctest: +SKIP
>>> app = create_app()  # an ASGI application: uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `resumematch.web.serve` can tell a user without the
    # web extra what to install instead of failing on `import starlette`.
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
