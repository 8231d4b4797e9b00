"""Code review r2 of the review-18 fixes: a title taken from a phrase before
the name, two names joined up to an acronym, a common noun kept before an
acronym's name, news taken for a wire note, an addressee taken for a speaker,
an announced future lost to the parse."""

from __future__ import annotations

import functools
import re

from seoarticle import rewrite
from seoarticle.reader import read


def _plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text).replace("’", "'")


@functools.cache
def _md(text: str) -> str:
    return _plain(rewrite(text).markdown)


def _analysis(text: str):
    from seoarticle.analysis import analyse

    return analyse(read(text))


TRIAL = ("Pontarlier : l'ancien maire Jean Dupuis reconnaît des détournements de fonds publics\n\n"
         "Devant le juge, Jean Dupuis, ancien maire de Pontarlier, a reconnu mardi avoir détourné près de 240 000 "
         "euros de fonds publics entre 2014 et 2020, selon une source judiciaire. L'ancien élu, âgé de 67 ans, "
         "comparaissait devant le tribunal correctionnel de Besançon pour détournement de fonds publics.\n\n"
         "Le procureur de la République, Étienne Manteaux, a requis trois ans de prison, dont deux avec sursis. "
         "« Il a trahi la confiance de ses administrés pendant six ans », a-t-il lancé devant Jean Dupuis, qui "
         "gardait la tête baissée.\n\n"
         "La présidente de l'association, Claire Morel, était également poursuivie. « Je n'ai jamais rien su de "
         "ces virements », a-t-elle assuré auprès de Jean Dupuis, à la sortie de l'audience.\n\n"
         "Jean Dupuis avait dirigé la ville pendant deux mandats avant de renoncer à se représenter en 2020.")


# --- r2-1: the noun of a phrase before the name is no title -----------------------

def test_the_noun_of_a_phrase_before_a_name_is_not_its_title():
    md = _md(TRIAL)
    assert "Jean Dupuis est le juge" not in md
    assert "Jean Dupuis est ancien maire de Pontarlier." in md


# --- r2-6: the person after « devant », « auprès de » did not speak --------------

def test_the_addressee_after_devant_or_aupres_de_is_not_the_speaker():
    md = _md(TRIAL)
    assert "**Jean Dupuis** :" not in md
    assert "- **Étienne Manteaux** : « Il a trahi la confiance de ses administrés pendant six ans »" in md
    assert "- **Claire Morel** : « Je n'ai jamais rien su de ces virements »" in md


# --- r2-5: two names joined by « et » are not one name up to the acronym ---------

def test_two_names_joined_by_et_are_not_made_one_up_to_an_acronym():
    a = _analysis("Saisies par plusieurs magistrats, la Commission européenne et la Cour de justice de l'Union "
                  "européenne (CJUE) ont jugé jeudi la réforme illégale.\n\nLa CJUE a condamné la Pologne.")
    names = [e.name for e in a.entities]
    assert not any(" et la Cour" in n for n in names)
    assert "Commission européenne" in names
    b = _analysis("Mardi, la Banque de France et la Banque centrale européenne (BCE) ont publié leurs prévisions.")
    assert "Banque de France et la Banque centrale européenne" not in [e.name for e in b.entities]


# --- r2-7: a common noun before an acronym's name, with no sign it is its class ---

def test_a_common_noun_before_an_acronym_s_name_needs_the_acronym_with_its_article():
    from seoarticle.analysis import class_noun_of

    a = _analysis("Par ailleurs, le bailleur social de l'agglomération Grand Besançon Habitat (GBH) a annoncé "
                  "mercredi qu'il mettrait 20 logements à la disposition des familles réfugiées.")
    assert not class_noun_of(a.sentences, "GBH", "Grand Besançon Habitat", "agglomération")
    md = _md("Logement : 20 logements pour les familles réfugiées\n\n"
             "Le bailleur social de l'agglomération Grand Besançon Habitat (GBH) a annoncé mercredi qu'il mettrait "
             "20 logements à la disposition des familles réfugiées accueillies dans le Doubs. Le directeur général "
             "du bailleur, Marc Faivre, a précisé que les premiers logements seraient attribués en mars.")
    assert "désigne l'agglomération Grand Besançon Habitat" not in md


# --- r2-2, r2-3, r2-4: a wire note speaks of the dispatch itself ----------------

def test_a_law_article_or_a_bill_s_version_corrected_is_news():
    text = ("Retraites : le Sénat adopte l'article sur les carrières longues\n\n"
            "Le Sénat a adopté mardi soir l'article 7 du projet de loi. Cet article, réécrit en commission, corrige "
            "une injustice qui pénalisait les salariés ayant commencé à travailler avant 20 ans, selon le rapporteur "
            "Olivier Henno.\n\n"
            "La version initiale, transmise par erreur aux sénateurs avant son examen en Conseil d'État, prévoyait "
            "un relèvement de l'âge de départ à 64 ans pour tous. Le gouvernement avait dû la retirer dans la "
            "journée.\n\n"
            "Rectificatif : dans une précédente version, nous avons indiqué à tort que l'article avait été adopté "
            "par 205 voix.\n\n"
            "Une version précédente de ce texte attribuait à tort au sénateur Bruno Retailleau la présidence de la "
            "commission des affaires sociales.")
    source = read(text)
    kept = " ".join(b.text for b in source.blocks)
    assert "Cet article, réécrit en commission, corrige une injustice" in kept
    assert "La version initiale, transmise par erreur aux sénateurs" in kept
    assert [n[:30] for n in source.wire_notes] == ["Rectificatif : dans une précéd", "Une version précédente de ce t"]


def test_a_speaker_s_first_person_is_no_wire_note():
    from seoarticle.reader import _is_wire_note

    assert not _is_wire_note("Nous avons corrigé le tir, a expliqué le maire.")
    assert _is_wire_note("Une version précédente de cette dépêche indiquait par erreur que le maire avait démissionné.")


# --- r2-8: « a annoncé que … votera lundi », the parse aside -----------------------

def test_an_announced_future_is_read_off_the_words():
    from seoarticle.engines.offline import _tells_future

    a = _analysis("Il a annoncé que le conseil municipal votera lundi une motion de soutien au personnel.")
    assert _tells_future(a.sentences[0].doc)
    b = _analysis("Il a annoncé que le conseil municipal a voté lundi une motion de soutien au personnel.")
    assert not _tells_future(b.sentences[0].doc)
