"""Extractors: one module per kind of record, each ``Doc -> records`` (see pipeline.py)."""
