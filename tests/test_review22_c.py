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


# E-F1: « Cette affaire rappelle celle du coq Maurice … En 2019, le tribunal de
# Rochefort avait débouté des voisins qui réclamaient que l'animal cesse de
# chanter … »: another rooster's case, whose ruling « Chronologie du coq
# Marcel » gave to Marcel (« l'animal », « sa propriétaire »).
def test_recalled_case_gives_no_line_to_the_news_chronology():
    md = article_md(COQ)
    lines = list_section(md, "Chronologie")
    # No line of that case, even one naming it (« 2020 : le coq Maurice est
    # mort » is no step of Marcel's story); the news's own June 2023 ruling
    # left alone, the chronology has too few lines to be given.
    assert not any("Rochefort" in line or "l'animal" in line or "Maurice" in line for line in lines), lines
    assert "## Chronologie du coq Marcel" not in md


RECALL = ("Un chien de chasse a été abattu mardi par un voisin à Brive, a-t-on appris auprès des gendarmes.\n\n"
          "Le propriétaire a porté plainte. Le voisin a été placé en garde à vue.\n\n"
          "Ce drame rappelle celui du chien Rex, dans le Lot. En 2018, un agriculteur avait tué l'animal "
          "qui divaguait sur ses terres, et avait été condamné à verser 800 euros à sa propriétaire. "
          "Le chien Rex avait été enterré en 2018.")


def test_recalled_case_sentences():
    a = analyse(read("Chien abattu à Brive\n\n" + RECALL))
    cases = {s.text[:12]: offline._recalled_case(a, s) for s in a.sentences}
    assert cases["En 2018, un "] == "du chien Rex"
    assert cases["Ce drame rap"] is None and cases["Le voisin a "] is None
    s = next(s for s in a.sentences if s.text.startswith("En 2018"))
    assert offline._subject_of_earlier_case(a, s) is False  # (« un agriculteur »: no definite subject)
    assert offline._names_the_case("Le chien Rex avait été enterré.", "du chien Rex")
    assert not offline._names_the_case("Un agriculteur avait tué l'animal.", "du chien Rex")


# E-G9: « Quand le tribunal de Rochefort a-t-il débouté ? » asked, under
# « Questions-réponses sur le coq Marcel », of the other rooster's case.
def test_no_question_of_the_recalled_case():
    md = article_md(COQ)
    assert "Rochefort" not in md.split("## Questions-réponses", 1)[1]
    assert "### Quand le tribunal de Rochefort" not in md
    from seoarticle import rewrite

    md = plain(rewrite("Chien abattu à Brive\n\n" + RECALL).markdown)
    assert "### Quand un agriculteur" not in md  # (« l'animal »: the news's dog, asked alone)


# E-M1: « En première instance, le tribunal … avait donné raison aux voisins en
# juin 2023. Il avait ordonné à Mme Lafargue de déplacer le poulailler … »: the
# order the appeal overturned, given as a key point, a key figure and an
# answer as if it held now. The date, which the parse hangs on « voisins »,
# dates the pluperfect's event; the sentence after it goes on with that past.
def test_overturned_order_is_no_key_point_figure_or_answer():
    md = article_md(COQ)
    assert not any("avait ordonné" in line for line in list_section(md, "L'essentiel"))
    assert not any("avait ordonné" in line for line in list_section(md, "Les chiffres clés"))
    assert "avait ordonné" not in md.split("## Questions-réponses", 1)[1]


def test_final_date_hung_on_the_object_dates_the_pluperfect():
    a = analyse(read(COQ.read_text()))
    s = next(s for s in a.sentences if s.text.startswith("En première instance"))
    dm = next(dm for dm in s.dates if dm.text == "en juin 2023")
    assert offline._dates_final_argument(s, dm)
    assert offline._past_year_of(a, s, False)
    nxt = a.sentences[s.id + 1]
    assert nxt.text.startswith("Il avait ordonné") and offline._continues_dated_past(a, nxt)


def test_a_participle_or_a_day_is_no_final_argument_date():
    for text in ("Le scrutin avait été organisé à la demande du maire, Yannick Le Bihan, élu en 2020.",
                 "La fédération a appelé à une journée de mobilisation le 27 janvier 2026."):
        s = _last_sentence(text)
        assert not any(offline._dates_final_argument(s, dm) for dm in s.dates)


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
