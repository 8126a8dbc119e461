"""Checking the output: its YAML against itself, two briefings against each other, a briefing against gold."""
