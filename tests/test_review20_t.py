"""Review 20 (rev20): the outline's title, description and headings.

B-G4: « Parmi les disparus figureraient des femmes » gave the heading « Les
disparus figureraient des femmes » (a conditional the tagger called an
adjective, inside the group, and « Parmi » lost), and « au large de la Libye »
the keyphrase « large de la Libye » (a locution's noun, its preposition lost).
B-G3: « …, a réagi Me Oualid » gave the heading « Réagi Me Oualid ».
B-G1, B-M1: the description « Ce n'est pas la première fois qu'un manuscrit de
Colette suscite une bataille. En 2016, une lettre adressée à sa fille, estimée
8 000 euros. »: an earlier episode, cut before its verb.
A-M6: « Montpellier et Hérault » as the focus, Montpellier only a landmark
(« près de Montpellier »)."""

from __future__ import annotations

import re
from pathlib import Path

from seoarticle import keyphrase as kp
from seoarticle import outline
from seoarticle.analysis import analyse
from seoarticle.reader import read

from reading import article_md

FIXTURES = Path(__file__).parent / "fixtures"
LIBYA = FIXTURES / "review20b_t05_naufrage_libye.txt"
COLETTE = FIXTURES / "review20b_t02_manuscrit_drouot.txt"
DENGUE = FIXTURES / "review20a_t03_dengue_herault.txt"


def _headings(md: str) -> list[str]:
    return re.findall(r"^#+ (.*)$", md, re.M)


def _front(md: str, field: str) -> str:
    return re.search(rf"^{field}: (.*)$", md, re.M).group(1)


def test_no_heading_runs_through_a_verb_the_tagger_missed():
    md = article_md(LIBYA)
    assert not any("figureraient" in h for h in _headings(md))
    assert not any("plupart" in h for h in _headings(md))  # « originaires pour la plupart du Soudan »


def test_a_conditional_is_a_verb():
    assert outline._verb_only("figureraient")
    assert outline._verb_only("prendrait")
    assert not outline._verb_only("portrait")
    assert not outline._verb_only("extrait")


def test_no_keyphrase_opens_on_the_noun_of_a_locution():
    md = article_md(LIBYA)
    assert "large de la Libye" not in _front(md, "keyword")
    assert not any(h.startswith("Large") or "le large de" in h or "du large de" in h for h in _headings(md))
    a = analyse(read("Naufrage au large de la Crète\n\nUn chalutier a chaviré mardi au large de la Crète, "
                     "a annoncé la garde côtière grecque. Les recherches au large de la Crète se poursuivent."))
    focus, others = kp.choose(a)
    assert not any(k.text.lower().startswith("large") for k in [focus, *others])


def test_no_heading_of_a_participle_after_its_auxiliary():
    md = article_md(COLETTE)
    assert not any(h.startswith("Réagi") for h in _headings(md))


def test_the_description_tells_no_earlier_episode_nor_a_verbless_cut():
    d = _front(article_md(COLETTE), "description")
    assert "2016" not in d and "8 000 euros" not in d
    assert not d.endswith("estimée 8 000 euros.")


def test_no_cut_before_the_main_verb_after_an_apposed_participle():
    a = analyse(read(COLETTE.read_text()))
    s = next(x for x in a.sentences if x.text.startswith("En 2016"))
    assert not any(c.endswith("estimée 8 000 euros.") for c in outline._truncations(s))
    assert outline._earlier_event(s)  # (its pluperfect is the main verb, hung on the apposition by the parse)


def test_a_landmark_is_not_the_place_of_the_news():
    md = article_md(DENGUE)
    assert _front(md, "keyword") == "Hérault"
    assert "## L'essentiel sur l'Hérault" in md
    assert not any("Montpellier" in h for h in _headings(md))
