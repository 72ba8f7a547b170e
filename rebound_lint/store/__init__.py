"""What outlives a run: the per-file result cache (cache.py), the whole-tree replay memo
(replay.py) with what a run looked at (looks.py), where both live (location.py) and which
build of the tool made them (build.py). Nothing here imports a parser or click."""
