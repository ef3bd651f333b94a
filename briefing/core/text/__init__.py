"""Text helpers shared by the library, the importers, curation and export: folding for search
(``fold``) and sentences (``sentences``)."""
