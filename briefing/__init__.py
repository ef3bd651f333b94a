"""Briefing: an offline composer of cited briefing notes."""

__version__ = "0.1.0"
