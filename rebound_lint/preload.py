"""Imported by a cold run's fork server (runner.start_fork_server), and nowhere else: every
checker and the parser libraries it loads for every file, imported once there, so each worker
forked from it starts with them instead of importing them on its first file of each kind."""
from .languages import preload

preload()
