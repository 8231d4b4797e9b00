"""Review 22 (/work/rev22/E_report.md, F_report.md): title, headings,
description, keyphrase and the body's paragraphs.

E-G1: the title cut after a numeral (« … la région Nouvelle-Aquitaine
supprime neuf »): a count without what it counts.
E-M6: the keyphrase « charge de la région », of the locution « à la charge
de », framed the sections as the region's charge.
E-G7: « Le porte-parole de France Nature Environnement »: a woman's role
(« Élise Caradec, porte-parole de … ») with a masculine article, and the
organisation's name cut before « Provence-Alpes-Côte d'Azur ».
F-M8: « Hugo Lamarque et l'arrêté de péril », an act the text ties to
another person (« signé par le préfet Étienne Marchal »).
E-M3: a description whose « sa propriétaire … son coq » is the owner of
Marcel, named in the sentence before only.
F-M6: an unattributed closing paragraph joined to the one before, after
« Selon lui », read as the expert's words."""

from __future__ import annotations

import re
from pathlib import Path

from reading import article_md, plain

FIXTURES = Path(__file__).parent / "fixtures"


def _md(name: str) -> str:
    return article_md(str(FIXTURES / name))


def _front(md: str, field: str) -> str:
    m = re.search(rf"^{field}: (.*)$", md, re.M)
    return m.group(1).strip("'") if m else ""


def _headings(md: str) -> list[str]:
    return [line[3:] for line in md.splitlines() if line.startswith("## ")]


def _analysis(name: str):
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare

    return analyse(prepare((FIXTURES / name).read_text()))


# --- E-G1 ---------------------------------------------------------------------------


def test_a_title_never_ends_on_a_count_without_its_noun():
    md = _md("review22e_t01_horaires_train.txt")
    title = _front(md, "title")
    h1 = next(line[2:] for line in md.splitlines() if line.startswith("# "))
    for t in (title, h1):
        assert not re.search(r"\b(?:neuf|\d+)$", t), t


def test_fit_refuses_a_cut_after_a_cardinal():
    from seoarticle.outline import _fit

    assert _fit("la région supprime neuf allers-retours entre Limoges et Poitiers", 30) == ""
    assert _fit("le club recrute 12 joueurs venus de toute la France pour la saison", 20) == ""
    # « neuf » after a noun is the adjective: a cut may end on it.
    assert _fit("la ville inaugure un stade neuf sur le site de l'ancienne usine", 36).endswith("stade neuf")


# --- E-M6 ---------------------------------------------------------------------------


def test_no_keyphrase_from_the_locution_a_la_charge_de():
    md = _md("review22e_t01_horaires_train.txt")
    assert "charge de" not in _front(md, "keyword")
    assert not any("charge de" in h for h in _headings(md))


def test_a_window_never_opens_on_a_locution_noun_after_a_and_its_article():
    from seoarticle import keyphrase as kpm

    a = _analysis("review22e_t01_horaires_train.txt")
    s = next(s for s in a.sentences if "à la charge de la région" in s.text)
    from seoarticle.arrays import words_of

    w = words_of(s.doc)
    texts = [w.span_text(t[0], t[-1] + 1) for t in kpm._windows(s.doc)]
    assert not any(t.startswith("charge") for t in texts), texts


# --- E-G7 ---------------------------------------------------------------------------


def test_no_heading_cuts_an_organisation_name_before_its_region():
    md = _md("review22e_t04_interdiction_brulage.txt")
    assert not any(h.endswith("France Nature Environnement") for h in _headings(md))


def test_a_role_held_by_a_woman_takes_her_article():
    from seoarticle.outline import _article_for_heading

    a = _analysis("review22e_t04_interdiction_brulage.txt")
    assert _article_for_heading("porte-parole de France Nature Environnement", a).startswith("la porte-parole")
    assert _article_for_heading("préfet du Var", a) == "le préfet du Var"  # (Philippe Mahé)


# --- F-M8 ---------------------------------------------------------------------------


def test_a_person_is_not_paired_with_an_act_another_person_signed():
    md = _md("review22f_t02_erosion.txt")
    assert not any("Hugo Lamarque" in h and "arrêté" in h for h in _headings(md))


# --- E-M3 ---------------------------------------------------------------------------


def test_the_description_gives_no_possessive_an_owner_it_does_not_name():
    description = _front(_md("review22e_t05_coq_tribunal.txt"), "description")
    assert "sa propriétaire" not in description or "Marcel" in description, description
    # (Nor a cut that keeps a completive's subject without its verb.)
    assert not description.endswith("et que les voisins."), description


# --- F-M6 ---------------------------------------------------------------------------


def test_a_narrators_paragraph_is_not_joined_to_a_speakers():
    md = plain(_md("review22f_t06_recomptage.txt"))
    paragraphs = md.split("\n\n")
    said = next(p for p in paragraphs if "Selon lui, le recours" in p)
    assert "Lors des régionales de 2015" not in said
    assert any(p.startswith("Lors des régionales de 2015, la région avait déjà connu") for p in paragraphs)
