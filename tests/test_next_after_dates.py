"""« Ce qui se prépare » comes just below the chronology: it does not say
again a statement the chronology gave under its date (corpus 009: « **Mercredi** :
la Bourse de New York devrait rouvrir. » then « La Bourse de New York devrait
rouvrir mercredi. »)."""

from __future__ import annotations

from pathlib import Path

from reading import article_md, list_section

CORPUS = Path(__file__).parent / "corpus"


def test_what_comes_next_does_not_repeat_the_chronology():
    md = article_md(CORPUS / "009.txt")
    dated = [line.split(" : ", 1)[1].lower().rstrip(".") for line in list_section(md, "Chronologie")]
    assert any("bourse de new york devrait rouvrir" in line for line in dated)
    nxt = [line[2:].lower() for line in list_section(md, "Ce qui se prépare")]
    assert not any("bourse de new york devrait rouvrir" in line for line in nxt)
