"""Review 20 (u): a relative in a compound conditional is never promoted to
a statement of its own (A-M4)."""

from __future__ import annotations

from pathlib import Path

from seoarticle.analysis import analyse
from seoarticle.reader import read
from seoarticle.rephrase import relative_statements

from reading import article_md, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"


def _key_points(name: str) -> list[str]:
    return list_section(article_md(FIXTURES / name), "L'essentiel")


def test_a_relative_in_the_conditional_past_is_no_key_point():
    # A-M4: « Le préfet …, Thierry Vaillant, qui aurait pu déférer lui-même
    # l'arrêté devant le tribunal, ne l'a pas fait. » gave the key point
    # « Thierry Vaillant aurait pu déférer lui-même l'arrêté devant le tribunal. »
    md = article_md(FIXTURES / "review20a_t06_arrete_antimendicite.txt")
    assert not any("aurait pu" in line for line in _key_points("review20a_t06_arrete_antimendicite.txt"))
    assert "Thierry Vaillant aurait pu" not in md


_CONDITIONALS = """Essais

Le maire, qui aurait dû signer le contrat en mai, s'est finalement désisté.

Le club a recruté l'attaquant Paul Martin, qui aurait coûté 3 millions d'euros, selon la presse.

Le club a recruté l'attaquant Paul Martin, qui a coûté 3 millions d'euros, selon la presse.
"""


def test_no_relative_statement_of_a_compound_conditional():
    statements = [[plain(x) for x in relative_statements(s)] for s in analyse(read(_CONDITIONALS)).sentences]
    assert statements[-3:] == [
        [],  # (not « Le maire aurait dû signer le contrat en mai. »)
        [],  # (not « Paul Martin aurait coûté 3 millions d'euros. »)
        ["Paul Martin a coûté 3 millions d'euros."],  # (the indicative states a fact: still promoted)
    ]
