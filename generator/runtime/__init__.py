"""How a build runs: its processes, caches, timing and the staging of its outputs."""
