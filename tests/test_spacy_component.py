"""spaCy citizenship: to_disk/spacy.load, inside a user's own pipeline, nlp.pipe."""

from __future__ import annotations

from pathlib import Path

import spacy
from conftest import MINI_VOCAB

from resumematch import build_pipeline, load_vocabulary
from resumematch.match.component import SPANS_KEY, span_details

TEXT = "Charge RN. BLS/ACLS (AHA). No experience with Meditech; charted in Epic. Phlebotamy.\nFamiliar with HIPAA."


def summary(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, str]]:
    return [(s.text, s.id_, s.label_, span_details(s)["status"]) for s in doc.spans[SPANS_KEY]]


def user_pipeline() -> spacy.language.Language:
    nlp = spacy.blank("en")  # the stock tokenizer, without our whitespace fix
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [str(MINI_VOCAB)]})
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "AHA"}])  # type: ignore[attr-defined]
    return nlp


def test_works_in_a_users_pipeline_with_other_components() -> None:
    nlp = user_pipeline()
    doc = nlp(TEXT)
    assert [e.text for e in doc.ents] == ["AHA"]
    assert summary(doc) == summary(build_pipeline(load_vocabulary(MINI_VOCAB))(TEXT))
    assert ("Meditech", "meditech", "tool", "negated") in summary(doc)
    assert ("HIPAA", "hipaa", "regulation", "hedged") in summary(doc)


def test_to_disk_and_spacy_load_round_trip(tmp_path: Path) -> None:
    nlp = user_pipeline()
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == nlp.pipe_names
    assert summary(loaded(TEXT)) == summary(nlp(TEXT))
    assert (tmp_path / "model" / "resumematch_terms" / "vocabulary.json").is_file()


def test_saved_pipeline_does_not_need_the_vocabulary_file(tmp_path: Path) -> None:
    source = tmp_path / "vocab.json"
    source.write_bytes(MINI_VOCAB.read_bytes())
    nlp = spacy.blank("en")
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [str(source)]})
    before = summary(nlp(TEXT))
    nlp.to_disk(tmp_path / "model")
    source.unlink()
    assert summary(spacy.load(tmp_path / "model")(TEXT)) == before


def test_to_bytes_round_trip() -> None:
    nlp = user_pipeline()
    other = user_pipeline()
    other.get_pipe("resumematch_terms").from_bytes(nlp.get_pipe("resumematch_terms").to_bytes())  # type: ignore[attr-defined]
    assert summary(other(TEXT)) == summary(nlp(TEXT))


def test_pipe_batches_equal_single_calls() -> None:
    nlp = user_pipeline()
    texts = [TEXT, "No BLS.", "", "Scheduled patients in Epic EHR.\n\nBLS expired 2019."] * 5
    batched = [summary(doc) for doc in nlp.pipe(texts, batch_size=3)]
    assert batched == [summary(nlp(t)) for t in texts]


def test_switches_turn_off_fuzzy_and_status() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("resumematch_terms", config={"vocab_sources": [str(MINI_VOCAB)], "fuzzy": False, "assertion": False})
    doc = nlp(TEXT)
    assert "Phlebotamy" not in [s.text for s in doc.spans[SPANS_KEY]]
    assert {span_details(s)["status"] for s in doc.spans[SPANS_KEY]} == {"affirmed"}
