"""Figures: the numbers that describe the story (tolls, money, counts, measures)."""

from generator.extract.figures.extract import extract_figures

__all__ = ["extract_figures"]
