"""The shipped vocabularies, one JSON file per role, installed as the package ``resumematch.vocabularies``.

``load_vocabulary("clinical-coordinator")`` reads one by its name; ``docs/vocabulary.md`` describes the format.
"""
