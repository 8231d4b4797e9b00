"""Review 18 (A, B): what the cutting forms of rephrase (compress, clauses)
may take out of a sentence. A cleft stays whole (B-F1, B-M7); nothing inside
a quotation is cut (A-F3); an opening adjunct that dates or bounds its
statement stays (B-F3, B-M10, B-M3, A-F5); a « dont » relative keeps its
opening (B-G1); a figure a later « d'entre eux » is read against stays
(A-M8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seoarticle import rewrite
from seoarticle.analysis import analyse
from seoarticle.engines.offline import _short_forms
from seoarticle.reader import read
from seoarticle.rephrase import clauses, compress

FIXTURES = Path(__file__).parent / "fixtures"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


def _sentence(source: str, start: str):
    raw = (FIXTURES / source).read_text() if source.endswith(".txt") else "Titre\n\n" + source
    return next(s for s in analyse(read(raw)).sentences if s.text.startswith(start))


def _forms(source: str, start: str) -> list[str]:
    s = _sentence(source, start)
    return [_plain(f) for f in _short_forms(s)]


def test_a_cleft_is_not_cut_before_its_que():
    # B-F1, B-M7: « C'est la première fois depuis 1986, il y a près de
    # quarante ans, qu'un second tour est nécessaire … » gave « C'est la
    # première fois depuis 1986. » and « Il y a près de quarante ans, qu'un
    # second tour est nécessaire … » (a second round needed for forty years).
    s = _sentence("review18b_t06_election.txt", "C'est la première fois")
    assert clauses(s) == []
    for f in _short_forms(s):
        assert f.startswith("C'est la première fois depuis 1986") and "qu'un second tour" in f
    md = _plain(rewrite((FIXTURES / "review18b_t06_election.txt").read_text()).markdown)
    assert "- C'est la première fois depuis 1986." not in md
    assert ": il y a près de quarante ans, qu'un second tour" not in md


def test_a_cleft_with_an_incise_of_place():
    s = _sentence("C'est à Lyon, au cœur de la presqu'île, que le nouveau musée ouvrira ses portes en mai.",
                  "C'est à Lyon")
    assert clauses(s) == []


def test_nothing_inside_a_quotation_is_cut():
    # A-F3: the relative « qui a freiné dès qu'il a aperçu l'obstacle » was cut
    # inside the prefect's quotation.
    quoted = ("« Sans la vigilance du conducteur, qui a freiné dès qu'il a aperçu l'obstacle, le bilan aurait pu "
              "être beaucoup plus lourd »")
    s = _sentence("review18a_t02_transport.txt", "« Sans la vigilance")
    for f in [compress(s), compress(s, keep_dates=False), compress(s, lean=True), *_short_forms(s)]:
        if f and "«" in f:
            assert quoted in f
    md = _plain(rewrite((FIXTURES / "review18a_t02_transport.txt").read_text()).markdown)
    assert "« Sans la vigilance du conducteur, le bilan" not in md


def test_a_quoted_participle_incise_stays():
    s = _sentence("« Le projet, présenté aux habitants en mars, sera achevé en 2027 », a déclaré le maire, "
                  "Paul Martin, qui s'exprimait lundi.", "« Le projet")
    for f in (compress(s), compress(s, keep_dates=False), compress(s, lean=True)):
        assert f is None or "« Le projet, présenté aux habitants en mars, sera achevé en 2027 »" in f


@pytest.mark.parametrize("source, start, needed, said", [
    # B-F3: the 2023 flood's cost read as this flood's.
    ("review18b_t02_crue.txt", "Lors des inondations", "novembre 2023", "640 millions"),
    # B-M10: the 2013 redundancy plan read as part of the present closure.
    ("review18b_t01_usine.txt", "Ce n'est pas la première fois", "2013", "230 postes"),
    # B-M3: last year's 1-0 win read against this year's 3-2.
    ("review18b_t03_football.txt", "Il y a un an", "Il y a un an", "s'était imposé"),
    # A-F5: the national rate read as the Hérault's.
    ("review18a_t05_sante.txt", "Au niveau national", "niveau national", "85 %"),
])
def test_an_opening_adjunct_that_bounds_the_statement_stays(source, start, needed, said):
    forms = _forms(source, start)
    for f in forms:
        if said in f:
            assert needed.lower() in f.lower(), f


@pytest.mark.parametrize("sentence, needed", [
    ("Lors de la précédente crue, le coût des sinistres avait été évalué à 200 millions d'euros pour le département.",
     "Lors de la précédente crue"),
    ("En 2019, une grève de onze jours avait déjà paralysé le site de production de Saint-Nazaire.", "En 2019"),
    ("Dans le monde, le nombre de cas de rougeole a bondi de 79 % en un an selon l'Organisation mondiale.",
     "Dans le monde"),
])
def test_short_sentences_keep_their_bound(sentence, needed):
    s = _sentence(sentence, sentence[:12])
    for f in (compress(s), compress(s, keep_dates=False), compress(s, lean=True)):
        assert f is None or needed in f


def test_a_connective_still_goes():
    s = _sentence("Par ailleurs, la commune a investi 3 millions d'euros dans la rénovation de son école.",
                  "Par ailleurs")
    assert compress(s) == "La commune a investi 3 millions d'euros dans la rénovation de son école."


def test_a_dont_relative_keeps_its_opening():
    # B-G1: « celle de la société clermontoise Carbios, dont l'enzyme,
    # présentée …, dépolymérisait … » gave « … Carbios dépolymérisait … ».
    s = _sentence("review18b_t05_science.txt", "La découverte intervient")
    for f in _short_forms(s):
        assert "Carbios dépolymérisait" not in f
        assert "dont l'enzyme" in f
    assert compress(s) == ("La découverte intervient cinq ans après celle de la société clermontoise Carbios, dont "
                           "l'enzyme dépolymérisait 90 % du PET en dix heures, mais à 72 °C.")


def test_a_dont_including_between_subject_and_verb_still_goes():
    s = _sentence("Dix personnes, dont trois enfants, ont été tuées dans l'accident survenu sur la route nationale.",
                  "Dix personnes")
    assert compress(s) == "Dix personnes ont été tuées dans l'accident survenu sur la route nationale."


def test_the_figure_d_entre_eux_is_read_against_stays():
    # A-M8: without « (29 sur 42) », « 34 d'entre eux » reads as 34 of the children.
    for f in _forms("review18a_t05_sante.txt", "La majorité des malades"):
        if "d'entre eux" in f:
            assert "(29 sur 42)" in f, f
    md = _plain(rewrite((FIXTURES / "review18a_t05_sante.txt").read_text()).markdown)
    assert "La majorité des malades sont des enfants" not in md
