"""Errors a command reports as one line on stderr with exit 2 (never a finding, never exit 1)."""
from __future__ import annotations


class UsageProblem(Exception):
    """A user-facing error: one line on stderr, exit 2."""


class ManifestError(Exception):
    """Input the planner cannot use; the message names the file and the entry."""
