"""The sentence segmenter and claim suggestions."""

from __future__ import annotations

import pytest

from briefing.core.curation.suggest import suggest_claims
from briefing.core.paths import resources_dir
from briefing.core.text.sentences import sentences


def split(text: str) -> list[str]:
    spans = sentences(text)
    for start, end in spans:
        assert text[start:end] == text[start:end].strip() and start < end
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("text, expected", [
    ("Die USA verhängten am 26. Juli 2025 neue Zölle, z. B. auf Chips. Das betrifft ca. 5.000 "
     "Firmen bzw. 3.5 Mrd. Euro.",
     ["Die USA verhängten am 26. Juli 2025 neue Zölle, z. B. auf Chips.",
      "Das betrifft ca. 5.000 Firmen bzw. 3.5 Mrd. Euro."]),
    ("Dr. Müller von der Fa. X sagte: „Wir prüfen das.“ Danach ging er, d. h. er verschwand.",
     ["Dr. Müller von der Fa. X sagte: „Wir prüfen das.“",
      "Danach ging er, d. h. er verschwand."]),
    ("Es gibt u. a. Nr. 5 und Art. 3 des Gesetzes. Er kam zum 3. Mal. Im Jahr 2025. Ende.",
     ["Es gibt u. a. Nr. 5 und Art. 3 des Gesetzes.", "Er kam zum 3. Mal.", "Im Jahr 2025.",
      "Ende."]),
    ("The U.S. Commerce Department said, e.g., that Donald J. Trump met Mr. Xi on 3 May. "
     "It was brief! Was it? Yes... and no. See No. 5, i.e. the annex.",
     ["The U.S. Commerce Department said, e.g., that Donald J. Trump met Mr. Xi on 3 May.",
      "It was brief!", "Was it?", "Yes... and no.", "See No. 5, i.e. the annex."]),
    ('He said, “We will win.” Then he left. Growth was 3.5 percent (after 2.1). Done.',
     ["He said, “We will win.”", "Then he left.", "Growth was 3.5 percent (after 2.1).",
      "Done."]),
    ("I. Die Folgen\n\nII. Die Eindämmung bleibt.\n1. Einleitung folgt.",
     ["I. Die Folgen", "II. Die Eindämmung bleibt.", "1. Einleitung folgt."]),
    ("互联网法律评论2025-07-29 11:37\nDer Wettlauf eskaliert. 中国说。美国回答！好",
     ["互联网法律评论2025-07-29 11:37", "Der Wettlauf eskaliert.", "中国说。", "美国回答！", "好"]),
    ("Eine Zeile, die weiter\ngeht und endet. Nächster Satz.",
     ["Eine Zeile, die weiter\ngeht und endet.", "Nächster Satz."]),
    ("Ein Absatz, der mitten im\n\nSatz bricht. Ein Absatz, der global zu\n\npräsentieren ist.",
     ["Ein Absatz, der mitten im", "Satz bricht.",
      "Ein Absatz, der global zu\n\npräsentieren ist."]),
])
def test_sentences(text, expected):
    assert split(text) == expected


def test_no_curated_quote_is_cut_by_a_sentence_boundary(bundle):
    """The curated quotes are whole sentences or parts of one, except one pair of questions."""
    texts = {s.id: s.text for s in bundle.sources}
    cut = set()
    for claim in bundle.claims:
        spans = sentences(texts[claim.source_id])
        assert all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:]))
        if any(claim.start < a < claim.end for a, _ in spans):
            cut.add(claim.id)
    assert cut == {"merics-ilr-34"}  # "Wie weit …? Und wie weit …?": two sentences


def test_sentences_on_large_text_are_fast():
    import time

    text = (resources_dir() / "library" / "merics-ilr.txt").read_text(encoding="utf-8") * 200
    started = time.monotonic()
    assert len(sentences(text)) > 9000
    assert time.monotonic() - started < 5


def test_suggestions_name_their_reasons():
    text = ("Die Regierung tagte lange ohne ein Ergebnis. Huawei verkaufte 2025 rund 5.000 Chips. "
            "Am 26. Juli 2025 stellte China einen Plan vor. Der Minister sagte: „Wir werden "
            "nicht nachgeben.“ Ein ruhiger Tag.")
    found = suggest_claims(text, actors=["Huawei", "China", "Nvidia"])
    by_text = {text[s.start:s.end]: s for s in found}
    assert "Die Regierung tagte lange ohne ein Ergebnis." not in by_text
    assert "Ein ruhiger Tag." not in by_text
    huawei = by_text["Huawei verkaufte 2025 rund 5.000 Chips."]
    assert huawei.reasons == ("figure", "date", "actor") and huawei.actors == ("Huawei",)
    plan = by_text["Am 26. Juli 2025 stellte China einen Plan vor."]
    assert plan.reasons == ("date", "actor") and plan.actors == ("China",)
    quote = by_text["Der Minister sagte: „Wir werden nicht nachgeben.“"]
    assert quote.reasons == ("quotation",)


def test_suggestions_on_the_merics_text(bundle):
    source = next(s for s in bundle.sources if s.id == "merics-ilr")
    actors = sorted({a for c in bundle.claims for a in c.actors})
    found = suggest_claims(source.text, actors)
    assert 5 <= len(found) < len(sentences(source.text))
    ascend = next(s for s in found if "Ascend 910" in source.text[s.start:s.end])
    assert "figure" in ascend.reasons and "Huawei" in ascend.actors
