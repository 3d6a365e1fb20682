"""The shipped vocabularies, installed as the package ``resumematch.vocab``."""
