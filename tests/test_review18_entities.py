"""Review 18: entities (acronyms' names, speakers, names cut or doubled) and
the wire's notes on the dispatch itself."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from seoarticle import rewrite
from seoarticle.reader import read

FIXTURES = Path(__file__).parent / "fixtures"


def _plain(text: str) -> str:
    """The output with plain spaces and straight apostrophes: the strings
    compared below are typed with them."""
    return re.sub(r"[\u00a0\u202f]", " ", text).replace("’", "'")


@functools.cache
def _article(name: str) -> str:
    return _plain(rewrite((FIXTURES / name).read_text(encoding="utf-8")).markdown)


def _analysis(text: str):
    from seoarticle.analysis import analyse

    return analyse(read(text))


# --- A-F2: an acronym's name, not a piece of the common noun before it ----------

def test_an_acronym_names_what_its_letters_stand_for():
    # « l'office public de l'habitat Drôme Aménagement Habitat (DAH) »: DAH is
    # « Drôme Aménagement Habitat », not « l'habitat Drôme Aménagement Habitat ».
    md = _article("review18a_t01_justice.txt")
    assert "Le sigle DAH désigne Drôme Aménagement Habitat." in md
    assert "l'habitat Drôme Aménagement Habitat." not in md


def test_a_class_noun_before_an_acronym_s_name_stays_when_the_name_is_its():
    # « Un combattant de l'organisation État islamique (EI) … l'EI »: the class is
    # the organisation's, as the parse attaches the name to it.
    from seoarticle.analysis import class_noun_of

    a = _analysis("Un combattant de l'organisation État islamique (EI) a été arrêté jeudi à Mossoul.\n\n"
                  "L'EI a revendiqué l'attaque dans la soirée.")
    assert class_noun_of(a.sentences, "EI", "État islamique", "organisation")
    b = _analysis("Le tribunal a condamné l'ancien directeur de l'office public de l'habitat Drôme Aménagement "
                  "Habitat (DAH), mardi.\n\nLa présidente de DAH s'est félicitée du jugement.")
    assert not class_noun_of(b.sentences, "DAH", "Drôme Aménagement Habitat", "habitat")


# --- B-F2: a place after « à » says nothing of who spoke ------------------------

def test_a_place_after_a_is_not_the_speaker():
    md = _article("review18b_t06_election.txt")
    assert "**Setúbal**" not in md and "Setúbal et" not in md
    # « a-t-il déclaré »: the person the sentence before names.
    assert ("- **Rui Vasconcelos** : « Pour la première fois, un candidat de la droite nationale sera au second "
            "tour d'une présidentielle au Portugal »") in md


# --- B-F4: a name cut at its comma before its acronym ---------------------------

def test_a_name_runs_up_to_its_acronym_in_brackets():
    a = _analysis("Des chercheurs de l'Institut national de recherche pour l'agriculture, l'alimentation et "
                  "l'environnement (Inrae) ont identifié une bactérie capable de décomposer le plastique.\n\n"
                  "L'Inrae a déposé un brevet.")
    names = [e.name for e in a.entities]
    assert "Institut national de recherche pour l'agriculture, l'alimentation et l'environnement" in names
    assert "Institut national de recherche pour l'agriculture" not in names


def test_the_science_faq_asks_of_the_whole_name():
    md = _article("review18b_t05_science.txt")
    assert "de l'Institut national de recherche pour l'agriculture ?" not in md
    assert ("### Que sait-on de l'Institut national de recherche pour l'agriculture, l'alimentation et "
            "l'environnement ?") in md


# --- B-G3: « et » inside one name joins no names --------------------------------

def test_de_before_a_name_holding_et_is_said_once():
    from seoarticle.outline import de

    assert de("l'Organisation de coopération et de développement économiques") == (
        "de l'Organisation de coopération et de développement économiques")
    assert de("le Bureau de recherches géologiques et minières") == "du Bureau de recherches géologiques et minières"
    assert de("la France et l'Allemagne") == "de la France et de l'Allemagne"  # two names: each its « de »


def test_the_oecd_is_named_without_a_doubled_de():
    md = _article("review18b_t05_science.txt")
    assert "de de" not in md
    # (Its FAQ question went with the « selon » fronting refused by B-G4; the
    # name is still written whole where the article gives it.)
    assert "l'Organisation de coopération et de développement économiques" in md


# --- B-M5: the wire's correction notes are no news ------------------------------

def test_a_correction_note_of_the_wire_is_left_out_and_said():
    text = (FIXTURES / "review18b_t03_football.txt").read_text(encoding="utf-8")
    source = read(text)
    assert not any("Cette dépêche corrige" in b.text for b in source.blocks)
    assert source.wire_notes == ["Cette dépêche corrige une version précédente qui attribuait par erreur "
                                 "l'expulsion à Loïs Openda, lequel a quitté Lens l'été dernier pour le RB Leipzig."]
    result = rewrite(text)
    assert "dépêche" not in result.markdown and "par erreur" not in result.markdown
    notes = result.report.facts["left_out"]
    assert len(notes) == 1 and "Cette dépêche corrige une version précédente" in notes[0]


def test_a_correction_note_ending_a_paragraph_is_taken_out_of_it_alone():
    text = ("Bac 2024 : le taux de réussite recule\n\n"
            "Le taux de réussite au baccalauréat atteint 91,4 %, selon le ministère. Les candidats ajournés "
            "peuvent s'inscrire à nouveau l'an prochain. Une version précédente de cette dépêche indiquait par "
            "erreur que Nicole Belloubet avait présidé le Conseil constitutionnel ; elle en a été membre de "
            "2013 à 2017.\n\nLa ministre a salué des résultats « solides ».")
    source = read(text)
    assert source.blocks[0].text == ("Le taux de réussite au baccalauréat atteint 91,4 %, selon le ministère. Les "
                                     "candidats ajournés peuvent s'inscrire à nouveau l'an prochain.")
    assert len(source.wire_notes) == 1 and source.wire_notes[0].startswith("Une version précédente de cette dépêche")
    md = _article("review18b_t04_bac.txt")
    assert "version précédente" not in md and "par erreur" not in md


def test_a_version_or_an_article_of_something_else_stays():
    text = ("Le Sénat a adopté le texte\n\n"
            "La première version du projet de loi corrigeait déjà le barème. Le Sénat a adopté le texte mardi.\n\n"
            "Cet article du code pénal a été corrigé par erreur en 2019, selon le rapporteur.")
    source = read(text)
    assert source.wire_notes == []
    assert len(source.blocks) == 2 and "La première version du projet de loi" in source.blocks[0].text
