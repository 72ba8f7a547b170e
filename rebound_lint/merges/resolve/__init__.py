"""The resolver: a three-way merge that settles only the conflict hunks a rule proves safe, checks
the whole result with the per-file checkers, and otherwise leaves exactly what git's own merge
writes (engine.merge_file is the one entry point)."""
