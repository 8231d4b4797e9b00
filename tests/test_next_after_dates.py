"""« Ce qui se prépare » comes just below the chronology: it does not say
again a statement the chronology gave under its date (corpus 009: « **Mercredi** :
la Bourse de New York devrait rouvrir. » then « La Bourse de New York devrait
rouvrir mercredi. »)."""

from __future__ import annotations

from pathlib import Path

from seoarticle import rewrite

CORPUS = Path(__file__).parent / "corpus"


def _section(md: str, heading: str) -> list[str]:
    lines = md.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").splitlines()
    if heading not in lines:
        return []
    start = lines.index(heading) + 1
    end = next((k for k in range(start, len(lines)) if lines[k].startswith("## ")), len(lines))
    return [line for line in lines[start:end] if line.startswith("- ")]


def test_what_comes_next_does_not_repeat_the_chronology():
    md = rewrite((CORPUS / "009.txt").read_text()).markdown
    dated = [line.split(" : ", 1)[1].lower().rstrip(".") for line in _section(md, "## Chronologie de l'ouragan Sandy")]
    assert any("bourse de new york devrait rouvrir" in line for line in dated)
    nxt = [line[2:].lower() for line in _section(md, "## Ce qui se prépare")]
    assert not any("bourse de new york devrait rouvrir" in line for line in nxt)
