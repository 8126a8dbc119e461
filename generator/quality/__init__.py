"""Judging a briefing: `check` (schema and consistency), `diff` (what changed between two data
folders), `evaluate` (scores against a gold annotation)."""
