"""briefing: news articles in, a searchable briefing site and a printable PDF out."""

__version__ = "0.1.0"
