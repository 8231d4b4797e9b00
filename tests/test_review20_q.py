"""Review 20 (q): an inverted incise of saying after a cut incise keeps its
comma whatever its verb (r2-8); a capital article inside a name stays
capital in a label or a title (r2-11)."""

from __future__ import annotations

import pytest

from seoarticle.analysis import analyse
from seoarticle.reader import read
from seoarticle.rephrase import compress

from reading import plain

_INCISES = """Vol au musée

Le tableau a été retrouvé dans une cave de Dijon, louée par un antiquaire, ont fait savoir les enquêteurs.

Les deux hommes ont été interpellés à Marseille, où ils résidaient depuis 2020, a-t-on appris de source policière.

Le budget sera voté en décembre par le conseil, réuni en séance extraordinaire, a martelé le ministre.

Le suspect a été placé en garde à vue à Lille, arrêté dans la nuit, estime-t-on au parquet.

Le chantier a pris six mois de retard sur la rocade, lancée en 2022, a-t-il ajouté.

La commune a perdu 300 habitants dans le quartier, touché par la crise, a fait valoir le maire.

Le parquet a indiqué que le suspect, interpellé jeudi, a reconnu les faits.
"""


def _compressed() -> dict[str, str]:
    return {s.text[:20]: plain(compress(s) or "") for s in analyse(read(_INCISES)).sentences}


@pytest.mark.parametrize("start, expected", [
    ("Le tableau a été ret", "Le tableau a été retrouvé dans une cave de Dijon, ont fait savoir les enquêteurs."),
    ("Les deux hommes ont ", "Les deux hommes ont été interpellés à Marseille, a-t-on appris de source policière."),
    ("Le budget sera voté ", "Le budget sera voté en décembre par le conseil, a martelé le ministre."),
    ("Le suspect a été pla", "Le suspect a été placé en garde à vue à Lille, estime-t-on au parquet."),
    ("Le chantier a pris s", "Le chantier a pris six mois de retard sur la rocade, a-t-il ajouté."),
    ("La commune a perdu 3", "La commune a perdu 300 habitants dans le quartier, a fait valoir le maire."),
])
def test_an_inverted_incise_keeps_its_comma_after_a_cut_incise(start, expected):
    # r2-8: « …, louée par un antiquaire, ont fait savoir les enquêteurs » gave
    # « … une cave de Dijon ont fait savoir les enquêteurs. ».
    assert _compressed()[start] == expected


def test_the_verb_of_a_completive_still_joins_its_subject():
    # (r2-1 stays fixed: the verb's subject is before the cut incise.)
    assert _compressed()["Le parquet a indiqué"] == "Le parquet a indiqué que le suspect a reconnu les faits."
