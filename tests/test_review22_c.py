"""Review 22, items F-F3, E-F1, E-M1, E-M4, E-G9: dates, the chronology,
an earlier case recalled by the text, and the key figures' labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from seoarticle.analysis import analyse
from seoarticle.engines import offline
from seoarticle.reader import read

from reading import article_md, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"
FOUILLES = FIXTURES / "review22f_t05_fouilles.txt"
COQ = FIXTURES / "review22e_t05_coq_tribunal.txt"
BRAQUAGE = FIXTURES / "review22e_t02_braquage_banque.txt"


def _last_sentence(text: str):
    return analyse(read("Titre\n\n" + text)).sentences[-1]


# F-F3: « … ont dérobé … dans la nuit de dimanche à lundi, a-t-on appris
# mercredi auprès de la gendarmerie »: « mercredi » dates the learning of
# the news, not the theft; the chronology put the theft on Wednesday, after
# Monday's discovery and Tuesday's restart.
def test_theft_not_dated_by_the_day_it_was_learned():
    lines = list_section(article_md(FOUILLES), "Chronologie")
    assert lines, "the chronology keeps Monday's and Tuesday's lines"
    assert not any("dérobé" in line for line in lines)
    assert not any(line.startswith("- **Mercredi**") for line in lines)


@pytest.mark.parametrize("text, day", [
    ("Des cambrioleurs ont dérobé une trentaine de tableaux dans un musée de Lyon, a-t-on appris mercredi auprès de la police.",
     "mercredi"),
    ("Deux hommes ont été interpellés à Nantes, indique-t-on mardi de source policière.", "mardi"),
    ("Le club a limogé son entraîneur, a-t-il annoncé lundi.", "lundi"),
])
def test_inverted_saying_incise_dates_the_saying(text, day):
    s = _last_sentence(text)
    assert offline._dates_a_saying(s, s.text.index(day))


@pytest.mark.parametrize("text, day", [
    ("Le maire a annoncé mercredi la fermeture de la piscine.", "mercredi"),
    ("Le conseil municipal, qui s'est réuni lundi, a voté la fermeture de la piscine.", "lundi"),
])
def test_a_main_clause_day_is_no_saying_day(text, day):
    s = _last_sentence(text)
    assert not offline._dates_a_saying(s, s.text.index(day))


# E-M4: « déjà condamné en 2019 à cinq ans de prison » gave the label
# « **2019 à cinq ans** », a range from a year to a length.
def test_year_of_verdict_is_no_range_start():
    figures = list_section(article_md(BRAQUAGE), "Les chiffres clés")
    assert not any("2019 à" in line.split(":")[0] for line in figures)
    assert any(line.startswith("- **cinq ans** : le plus âgé, déjà condamné en 2019") for line in figures)
    s = _last_sentence("Le prévenu, déjà condamné en 2017 à trois ans de prison pour escroquerie, a été libéré en mai.")
    a = s.text.index("trois")
    assert offline.figure_label(s, a, a + len("trois")) == "trois ans"
    # (A true range keeps its two ends.)
    s = _last_sentence("Ces monnaies se vendent de 20 à 150 euros l'unité sur le marché.")
    a = s.text.index("150")
    assert offline.figure_label(s, a, a + 3).startswith("de 20 à 150 euros")
