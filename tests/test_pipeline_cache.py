"""The pipeline cache: one pipeline per vocabulary's terms, and a bounded number kept.

``check(..., vocab="clinical-coordinator")`` loads a new Vocabulary object per call; each
call once built and kept a new pipeline (about 15 MB), so a long-running service grew
without bound (issue #24)."""

from __future__ import annotations

from resumematch import Vocabulary, load_vocabulary
from resumematch.match import pipeline
from resumematch.match.pipeline import build_pipeline, resolve_vocabulary


def test_a_shipped_name_reuses_one_pipeline_across_calls() -> None:
    first = build_pipeline(resolve_vocabulary("clinical-coordinator"))
    second = build_pipeline(resolve_vocabulary("clinical-coordinator"))
    assert first is second


def test_vocabularies_made_in_code_keep_a_bounded_number_of_pipelines() -> None:
    base = load_vocabulary("clinical-coordinator")
    made = []
    for i in range(pipeline._PIPELINES_MAX + 4):
        terms = base.terms[: 10 + i]  # a distinct tuple of terms each time
        made.append(Vocabulary(roles=base.roles, terms=terms, ambiguous={}))
        build_pipeline(made[-1])
    assert len(pipeline._pipelines) <= pipeline._PIPELINES_MAX
    # The newest is still served from the cache; its matcher knows exactly its terms.
    nlp = build_pipeline(made[-1])
    assert nlp is build_pipeline(made[-1])
    doc = nlp(made[-1].terms[-1].name)
    found = {span.id_ for span in doc.spans["resumematch_terms"]}
    assert made[-1].terms[-1].id in found
