"""Briefing's licence and the licences of everything it ships, as the app shows them
(Help → About, ``briefing --licenses``).

They live in ``resources/licenses/``: ``NOTICES.txt`` (made by ``scripts/make_notices.py`` from
``components.toml`` and the installed Python distributions: who holds what, under which
licence, with each distribution's own licence files) and the full text of every licence named
there, one ``.txt`` file each.

citeproc-js is used under the Common Public Attribution License 1.0, whose section 14 and
Exhibit B ask a program that includes it to show its attribution information where the user
sees it: ``ATTRIBUTION`` is that information, word for word from citeproc-js's CPAL file.
"""

from __future__ import annotations

from pathlib import Path

NOTICES = "NOTICES.txt"
ATTRIBUTION_COPYRIGHT = "(c) Frank Bennett"
ATTRIBUTION_PHRASE = "citeproc-js implements the Citation Style Language"
ATTRIBUTION_URL = "https://citationstyles.org/"
ATTRIBUTION = f"{ATTRIBUTION_PHRASE}. {ATTRIBUTION_COPYRIGHT}. {ATTRIBUTION_URL}"


def licences_dir(resources: Path) -> Path:
    return resources / "licenses"


def licence_texts(resources: Path) -> list[Path]:
    """The full licence texts shipped, by file name (``CPAL-1.0.txt``, ``LGPL-3.0.txt``...)."""
    return sorted(p for p in licences_dir(resources).glob("*.txt") if p.name != NOTICES)


def notices(resources: Path) -> str:
    """NOTICES.txt: Briefing's licence, the attribution, and every shipped part's notice."""
    return (licences_dir(resources) / NOTICES).read_text(encoding="utf-8")


def everything(resources: Path) -> str:
    """The notices followed by the full text of each licence they name."""
    parts = [notices(resources).rstrip("\n")]
    for path in licence_texts(resources):
        title = f"Full text: {path.name}"
        parts.append(f"{'=' * 78}\n{title}\n{'=' * 78}\n\n"
                     + path.read_text(encoding="utf-8").rstrip("\n"))
    return "\n\n\n".join(parts) + "\n"
