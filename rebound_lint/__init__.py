"""rebound-lint: a type-aware pre-merge guard against botched conflict resolutions."""
__version__ = "0.2.0"
