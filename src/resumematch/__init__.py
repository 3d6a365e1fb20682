"""resumematch: find the skills, credentials and tools a resume names, and score it
against a job description.

>>> import resumematch
>>> report = resumematch.check("resume.pdf", job="posting.txt")  # doctest: +SKIP
>>> report.score, [m.name for m in report.missing]  # doctest: +SKIP

The names below are the whole public API. They are imported lazily (PEP 562), so
``import resumematch`` and ``resumematch --help`` stay fast: spaCy loads only when
something that needs it is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

_EXPORTS: dict[str, str] = {
    # entry points
    "check": "api",
    "find_terms": "api",
    "analyze": "api",
    # vocabulary
    "Vocabulary": "match.vocabulary",
    "load_vocabulary": "match.vocabulary",
    "default_vocabulary": "match.vocabulary",
    "shipped_vocabularies": "match.vocabulary",
    # spaCy
    "TermMatcher": "match.component",
    "build_pipeline": "match.pipeline",
    # scoring
    "ScoreWeights": "scoring.part_worth",
    # models
    "Document": "models",
    "Section": "models",
    "ParseWarning": "models",
    "Term": "models",
    "Mention": "models",
    "Requirement": "models",
    "JobTerm": "models",
    "JobProfile": "models",
    "TermMatch": "models",
    "MissingTerm": "models",
    "PostingPhrase": "models",
    "ScorePart": "models",
    "Report": "models",
    # errors
    "ResumeMatchError": "errors",
    "InputError": "errors",
    "ExtractionError": "errors",
    "UnsupportedFormatError": "errors",
    "NoTextLayerError": "errors",
    "EmptyDocumentError": "errors",
    "EncryptedFileError": "errors",
    "CorruptFileError": "errors",
    "FileTooLargeError": "errors",
    "ExtractionTimeoutError": "errors",
    "MemoryLimitError": "errors",
    "VocabError": "errors",
    "JobDescriptionError": "errors",
    # input
    "Text": "models.inputs",
    # batch ranking
    "rank": "batch.ranking",
    "ranked": "batch.ranking",
    "collect_resumes": "batch.ranking",
    "RankRow": "batch.ranking",
    "frozen_heap": "_runtime.collector",
}

# ``extract`` is both a subpackage and its main function. Importing the function
# eagerly (the subpackage is light: no spaCy, no PDF library) binds the name to the
# function, which a lazy lookup could not do once the subpackage had been imported.
from .extract import ExtractLimits, extract, extract_text  # noqa: E402

__all__ = ["__version__", "extract", "extract_text", "ExtractLimits", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'resumematch' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from ._runtime.collector import frozen_heap
    from .api import analyze, check, find_terms
    from .batch.ranking import RankRow, collect_resumes, rank, ranked
    from .errors import (
        CorruptFileError,
        EmptyDocumentError,
        EncryptedFileError,
        ExtractionError,
        ExtractionTimeoutError,
        FileTooLargeError,
        InputError,
        JobDescriptionError,
        MemoryLimitError,
        NoTextLayerError,
        ResumeMatchError,
        UnsupportedFormatError,
        VocabError,
    )
    from .match.component import TermMatcher
    from .match.pipeline import build_pipeline
    from .match.vocabulary import Vocabulary, default_vocabulary, load_vocabulary, shipped_vocabularies
    from .models import (
        Document,
        JobProfile,
        JobTerm,
        Mention,
        MissingTerm,
        ParseWarning,
        PostingPhrase,
        Report,
        Requirement,
        ScorePart,
        Section,
        Term,
        TermMatch,
    )
    from .models.inputs import Text
    from .scoring.part_worth import ScoreWeights
