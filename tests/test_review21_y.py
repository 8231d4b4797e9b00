"""Review 21 (reviewers C and D), items of engineer y: D-F5 (a « Quand »
question asked of a sentence of an earlier case, its definite subject read
as the news's), C-F1 (a « depuis » date put in the chronology as the event's
year), D-F6 (a heading cutting a name at its own « et »), D-G1 (a
nationality read as a first name in « Qui est … ? »), D-G2 (a person asked
with « Qu'est-ce que »), D-G3 (a capitalised keyphrase the text writes after
« du » given no article in the headings)."""

from __future__ import annotations

import re
from pathlib import Path

from seoarticle.analysis import analyse
from seoarticle.arrays import words_of
from seoarticle.reader import read
from reading import article_md, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"


def _headings(md: str, level: str = "## ") -> list[str]:
    return [line[len(level):] for line in md.splitlines() if line.startswith(level)]


# --- D-F5 ------------------------------------------------------------------------


def test_no_when_question_of_an_earlier_case_sentence_with_a_definite_subject():
    # « En octobre 2020, un vététiste … avait été tué par un chasseur … Le tireur avait
    # été condamné en 2022 … »: « Quand le tireur a-t-il été condamné ? » names with
    # « le tireur » today's suspect (the lead's « Le tireur, un chasseur de 34 ans »).
    md = article_md(FIXTURES / "review21d_t06_chasse.txt")
    questions = _headings(md, "### ")
    assert questions, md
    assert not any(q.startswith("Quand le tireur") for q in questions), questions
    assert "En 2022." not in md
    # The earlier case's own sentence, with its indefinite subject, is still asked.
    assert "Quand un vététiste de 25 ans a-t-il été tué ?" in questions


# --- C-F1 ------------------------------------------------------------------------


def test_depuis_date_is_no_event_year_in_the_chronology():
    # « Depuis 2020, sept des onze médecins … sont partis à la retraite »: not all
    # seven in 2020.
    md = article_md(FIXTURES / "review21c_t03_medecins.txt")
    lines = list_section(md, "Chronologie")
    assert lines, md
    assert not any(line.startswith("- **2020** :") for line in lines), lines
    assert "- **Depuis 2020** : sept des onze médecins généralistes de la commune sont partis à la retraite " \
           "sans être remplacés." in lines


def test_depuis_date_of_a_relative_clause_is_labelled_as_the_text_says():
    # « L'association Vent de Colère Plouguern, qui mène campagne contre le projet
    # depuis 2022, … »
    md = article_md(FIXTURES / "review17b_t02_eolien.txt")
    lines = list_section(md, "Chronologie")
    assert not any(line.startswith("- **2022** : l'association Vent de Colère") for line in lines), lines
    assert "- **Depuis 2022** : l'association Vent de Colère Plouguern mène campagne contre le projet." in lines


# --- D-F6 ------------------------------------------------------------------------


def test_heading_never_cuts_a_name_at_its_own_et():
    md = article_md(FIXTURES / "review21d_t04_algues.txt")
    headings = _headings(md)
    assert headings
    assert not any(re.search(r"\bEau\b", h) and "rivières" not in h for h in headings), headings


def _words(text: str):
    s = analyse(read(text)).sentences[0]
    return s, words_of(s.doc)


def test_name_goes_on_after_a_class_noun_not_after_a_complement():
    from seoarticle.outline import _name_goes_on

    s, w = _words("Pour l'association Eau et rivières de Bretagne, ces échouages ne doivent rien au hasard.")
    assert _name_goes_on(w, w.text.index("Eau"))
    # Two roles of one person: « de Carhaix » ends the first, « cofondateur » opens the second.
    s, w = _words("Le président de l'association, Christian Troadec, ancien maire de Carhaix et cofondateur "
                  "de l'événement, a tenu à rassurer les bénévoles.")
    assert not _name_goes_on(w, w.text.index("Carhaix"))


# --- D-G1, D-G2 ---------------------------------------------------------------------


def test_who_is_asked_of_the_name_without_its_nationality():
    # « … qui appartenait depuis 2019 au Kényan Wilson Kipsang Chebet »
    md = article_md(FIXTURES / "review21d_t01_marathon.txt")
    questions = _headings(md, "### ")
    assert not any("Kényan Wilson" in q for q in questions), questions
    assert "Qui est Wilson Kipsang Chebet ?" in questions
    assert "Wilson Kipsang Chebet est l'ancien détenteur du record." in md


def test_a_person_named_with_a_first_name_is_asked_with_qui():
    # « Le Français le mieux classé, Julien Ferrand, sociétaire de l'Entente Athlétique Rhône, … »
    md = article_md(FIXTURES / "review21d_t01_marathon.txt")
    questions = _headings(md, "### ")
    assert not any(q.startswith("Qu'est-ce que Julien") for q in questions), questions
    assert "Qui est Julien Ferrand ?" in questions


# --- D-G3 ---------------------------------------------------------------------------


def test_keyphrase_written_after_du_takes_le_in_the_headings():
    # Headline: « la directrice du Centre dramatique national de Besançon démissionne »
    md = article_md(FIXTURES / "review21d_t02_theatre.txt")
    headings = _headings(md)
    assert not any(h.endswith("sur Centre dramatique national de Besançon") for h in headings), headings
    assert "L'essentiel sur le Centre dramatique national de Besançon" in headings
