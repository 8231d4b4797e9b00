"""Review 20 (q): an inverted incise of saying after a cut incise keeps its
comma whatever its verb (r2-8); a capital article inside a name stays
capital in a label or a title (r2-11)."""

from __future__ import annotations

import pytest

from pathlib import Path

from seoarticle import rewrite
from seoarticle.analysis import analyse
from seoarticle.reader import read
from seoarticle.rephrase import compress

from reading import article_md, list_section, plain

CR20 = Path(__file__).parent / "fixtures" / "cr20"

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


def test_an_incise_of_faire_savoir_keeps_its_comma_in_the_article():
    # r2-8, in the article: the key point said « … une cave de Dijon ont fait savoir les enquêteurs. »
    md = plain(rewrite(_INCISES).markdown)
    assert "une cave de Dijon ont fait savoir" not in md
    assert "à Marseille a-t-on appris" not in md


def test_a_capital_article_of_an_organisation_stays_in_the_title_and_labels():
    # r2-11: « La Poste, qui emploie … », « Les Républicains, qui comptent … »
    # gave « la Poste supprime … » in the title and « la Poste emploie … »,
    # « les Républicains comptent … » after the key figures' labels.
    md = article_md(CR20 / "q_poste.txt")
    title = next(line for line in md.splitlines() if line.startswith("title:"))
    assert ": La Poste supprime 4 000 postes" in title
    figures = list_section(md, "Les chiffres clés")
    assert "- **230 000 personnes** : La Poste emploie 230 000 personnes en France." in figures
    assert "- **47 députés** : Les Républicains comptent 47 députés." in figures
    assert "la Poste" not in md and "les Républicains" not in md


def test_a_name_written_with_its_article_inside_a_sentence_keeps_it_and_others_are_lowered():
    # « … cités par Le Monde »: the capital article is the paper's name, kept
    # when a line moves the sentence's opening after a source. An article
    # before a name that does not hold it (« Le Sénat », « La France »), is
    # lowered after a label as before.
    figures = list_section(article_md(CR20 / "q_polices.txt"), "Les chiffres clés")
    assert "- **3 200 communes** : selon une enquête publiée lundi, Le Monde a recensé 3 200 communes dotées d'une police municipale." in figures
    assert "- **120 sénateurs** : Les Républicains comptent 120 sénateurs." in figures
    assert any(line.startswith("- **210 voix** : le Sénat a adopté mardi") for line in figures)
    assert any(line.startswith("- **27 000 policiers municipaux** : la France compte") for line in figures)
