"""The OpenAPI description of the JSON endpoint, served at ``GET /api/openapi.json``.

Written out here (Starlette generates none); the response is the JSON contract of
``check --format json`` (docs/json.md), which this describes by reference.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..extract import ExtractLimits

__all__ = ["openapi_schema"]


def openapi_schema(vocabularies: list[str], limits: ExtractLimits) -> dict[str, Any]:
    error = {
        "description": "The input could not be checked; `message` is the one `resumematch check` prints.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "error": {
                            "type": "object",
                            "properties": {"type": {"type": "string"}, "message": {"type": "string"}},
                            "required": ["type", "message"],
                        }
                    },
                }
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "resumematch",
            "version": __version__,
            "description": "Score a resume against a job posting. The response is the JSON report of "
            "`resumematch check --format json`, documented in docs/json.md.",
        },
        "paths": {
            "/api/check": {
                "post": {
                    "summary": "Check a resume against a job posting",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["resume"],
                                    "properties": {
                                        "resume": {
                                            "type": "string",
                                            "format": "binary",
                                            "description": f"PDF, DOCX or text; at most {limits.max_bytes} bytes",
                                        },
                                        "job": {"type": "string", "description": "the posting's text"},
                                        "job_file": {
                                            "type": "string",
                                            "format": "binary",
                                            "description": "the posting as a file (used instead of `job`)",
                                        },
                                        "vocab": {
                                            "type": "array",
                                            "items": {"type": "string", "enum": vocabularies},
                                            "description": "shipped vocabularies (default: clinical-coordinator)",
                                        },
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The report (docs/json.md: score, parts, requirements, matched, "
                            "missing, suggestions, resume, job, mentions, ats, ...)",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        "400": error,
                        "411": error,
                        "413": error,
                        "415": error,
                        "422": error,
                    },
                }
            }
        },
    }
