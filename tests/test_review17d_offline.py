"""Session 16, my own probe of _named_in_full (c817033): a bare « Le ministre »
after two ministers named in full must not take either one's name."""
from pathlib import Path

from seoarticle import rewrite

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_bare_noun_after_two_referents_takes_neither_name():
    # « …reçus par le ministre de l'Économie, Bruno Lefort, … Le ministre a
    # reconnu que 40 % des salariés … »: the bare noun was given the earlier
    # subject's full mention (« le ministre du Travail, Paul Mercier, a
    # reconnu … »), a statement credited to the wrong minister.
    text = (FIXTURES / "probe17_deux_ministres.txt").read_text(encoding="utf-8")
    md = rewrite(text).markdown
    lines = [x for x in md.splitlines() if "des salariés seraient concernés" in x]
    assert lines  # (the body's sentence at least)
    for line in lines:
        if line.startswith("- "):
            assert "Paul Mercier" not in line and "du Travail" not in line, line
            assert "Bruno Lefort" not in line or "Économie" in line, line
