"""Text helpers shared by the library, the importers, curation, citations and export: folding
for search (``fold``), sentences (``sentences``), dates as people and sources write them
(``dates``), language codes (``languages``), runs of formatted text (``span``) and file names
(``filenames``)."""
