"""Review 21, items D-F2, D-F3, C-F2, D-M2: a line never tells an earlier
event as the news's (its tense moved, its earlier case or the moment it
counts from left behind)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seoarticle.analysis import analyse
from seoarticle.engines.offline import _short_forms
from seoarticle.reader import read
from seoarticle.rephrase import points_back, split_coordination

from reading import article_md, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"
FOUILLES = FIXTURES / "review21d_t03_fouilles.txt"
ISLANDE = FIXTURES / "review21d_t05_islande.txt"
EVASION = FIXTURES / "review21c_t02_evasion.txt"


def _key_points(path: Path) -> list[str]:
    return list_section(article_md(path), "L'essentiel")


def _description(path: Path) -> str:
    return re.search(r"^description: (.*)$", article_md(path), re.M).group(1)


def _sentence(text: str, start: str):
    a = analyse(read(text))
    return next(s for s in a.sentences if s.text.startswith(start))


# D-F3: « En janvier, une coulée avait franchi une de ces digues et détruit
# trois maisons … » gave « Une coulée détruit trois maisons … », this week's.

def test_january_flow_is_not_told_in_the_present():
    points = _key_points(ISLANDE)
    assert points  # (the list is there)
    assert not any("détruit trois maisons" in p for p in points)
    md = article_md(ISLANDE)
    assert "Une coulée détruit" not in md


_TEXT = ("Tempête : deux morts dans le Finistère\n\n"
         "La tempête Ciaran a frappé la Bretagne dans la nuit de mercredi à jeudi, privant 780 000 foyers "
         "d'électricité.\n\n"
         "{}")


@pytest.mark.parametrize("sentence, start, moved", [
    ("En 2019, la tempête Miguel avait arraché des centaines d'arbres et fait deux morts dans le département.",
     "En 2019", "La tempête Miguel fait deux morts"),
    ("Un incendie a ravagé l'entrepôt municipal de la ville et détruit trois camions de pompiers.",
     "Un incendie", "Un incendie détruit trois camions"),
])
def test_a_shared_auxiliary_is_not_dropped(sentence, start, moved):
    s = _sentence(_TEXT.format(sentence), start)
    forms = [plain(f) for f in split_coordination(s) + _short_forms(s)]
    assert not any(f.startswith(moved) for f in forms)
    assert any(f.startswith(sentence.split(" et ")[0]) for f in forms)  # the first verb's statement stays


def test_a_finite_second_verb_still_stands():
    s = _sentence(_TEXT.format("Le conseil municipal a voté la délibération et prend acte de la décision du préfet."),
                  "Le conseil")
    assert "Le conseil municipal prend acte de la décision du préfet." in split_coordination(s)


# D-F2: « Le mobilier, dont une fibule en or, est aujourd'hui exposé … » after
# the 2017 find at Mainvilliers, listed among the points of the Lucé find.

def test_the_earlier_find_s_goods_are_not_today_s():
    points = _key_points(FOUILLES)
    assert not any("mobilier" in p for p in points)
    assert "- Les fouilles ont débuté en janvier." in points  # the news's own facts stay
    assert "- Les analyses ADN ne seront pas connues avant 2026." in points


# C-F2: « Depuis, le ministère de la Justice a promis … » (since the May 2024
# attack) in the description and the key points.

def test_since_needs_its_sentence_before():
    assert not _description(EVASION).startswith("Depuis")
    assert not any(p.startswith("- Depuis") for p in _key_points(EVASION))
    assert "Depuis, le ministère de la Justice a promis" in article_md(EVASION)  # (the body keeps it)


@pytest.mark.parametrize("line, back", [
    ("Depuis, le ministère de la Justice a promis de développer les téléconsultations en détention.", True),
    ("Depuis lors, la commune n'a plus connu d'inondation.", True),
    ("Dès lors, le projet a été abandonné par la métropole.", True),
    ("Entre-temps, le suspect avait quitté le territoire.", True),
    ("Le lendemain, le suspect a été interpellé à son domicile.", True),
    ("Mais depuis, le ministère a promis de développer les téléconsultations.", True),
    ("Depuis 2020, sept des onze médecins généralistes sont partis à la retraite.", False),
    ("Depuis le début de l'année, 2 300 hectares ont brûlé dans le département.", False),
    ("Peu après minuit, les pompiers sont intervenus sur place.", False),
])
def test_an_opening_that_counts_from_a_moment_told_before(line, back):
    assert points_back(line) is back


# D-M2: « La plupart des habitants ne sont jamais revenus » (since November
# 2023) after today's evacuation.

def test_never_came_back_keeps_to_its_earlier_evacuation():
    points = _key_points(ISLANDE)
    assert not any("jamais revenus" in p for p in points)
    assert any(p.startswith("- Les quelques dizaines d'habitants qui étaient revenus") for p in points)
