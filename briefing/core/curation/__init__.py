"""Curating the library: sentences and claim suggestions, capturing and editing claims,
near-duplicates and links between claims. Pure Python; the GUI and CLI call these."""
