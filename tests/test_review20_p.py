"""Review 20, engineer p: items r1-8 and r1-11 of /work/cr19/r1/report.md.

r1-8: a line of an earlier case told inside the story (a verdict, a role)
read as today's news in « L'essentiel », « Les chiffres clés » and the meta
description: the paragraph is followed back to its last dated sentence (not
only the sentence before), the passé composé counts once a year earlier than
the news has opened the paragraph, and a year given to the day counts too.
r1-11: a claim whose source the sentence gives (« selon X » at its start or
at its end, « a estimé X ») keeps it in « L'essentiel » and the description,
or gives no line there."""

from __future__ import annotations

from pathlib import Path

import pytest

from seoarticle.analysis import analyse
from seoarticle.engines.offline import _continues_dated_past
from seoarticle.reader import read
from reading import article_md, list_section, plain

CR20 = Path(__file__).parent / "fixtures" / "cr20"
TRIAL = str(CR20 / "p_proces_tva.txt")
FLORANGE = str(CR20 / "p_florange.txt")


def _lists(md: str) -> str:
    return "\n".join(list_section(md, "L'essentiel") + list_section(md, "Les chiffres clés")
                     + list_section(md, "Ce qui se prépare"))


def _description(md: str) -> str:
    return next(line for line in md.splitlines() if line.startswith("description:"))


# --- r1-8 -------------------------------------------------------------------------


def test_the_verdicts_of_earlier_cases_are_not_listed_as_this_trials():
    # « En 2016, un réseau similaire avait détourné … L'enquête avait duré
    # quatre ans. Le principal suspect a été condamné à neuf ans … »: one
    # sentence between the dated one and the verdict, told in the passé
    # composé; « Dans une autre affaire jugée à Marseille en 2019, … Le
    # prévenu a écopé de cinq ans … »: the year in the opening adjunct.
    md = article_md(TRIAL)
    lists = _lists(md)
    assert "**14 sociétés**" in lists  # (the lists are there)
    assert "condamné" not in lists and "écopé" not in lists
    assert "12 sociétés** : dans une autre affaire jugée à Marseille en 2019" in lists  # (its year with it)
    assert "condamné" not in _description(md) and "avait duré" not in _description(md)
    assert "Le principal suspect a été condamné à neuf ans de prison" in md  # (the body keeps them)
    assert "Le prévenu a écopé de cinq ans de prison ferme." in md


def test_a_past_event_told_to_the_day_is_not_listed_as_the_news():
    # « Le 1er octobre 2012, le groupe avait annoncé l'arrêt … La décision
    # avait provoqué une grève de trois semaines. L'État avait obtenu le
    # maintien de 629 emplois … »: a plan of 2012, not of this news (2025).
    md = article_md(FLORANGE)
    lists = _lists(md)
    assert "300 postes" in lists
    assert "629 emplois" not in lists and "trois semaines" not in lists
    assert "L'État avait obtenu le maintien de 629 emplois" in md


def _continuing(text: str) -> list[str]:
    analysis = analyse(read(text))
    return [plain(s.text) for s in analysis.sentences if _continues_dated_past(analysis, s)]


TITLE = "Procès des quotas carbone : la défense plaide la nullité\n\n"


def test_the_paragraph_is_read_back_to_its_dated_sentence():
    text = TITLE + (
        "Le procès de neuf prévenus s'est ouvert lundi 3 mars 2025 devant le tribunal correctionnel de Paris.\n\n"
        "En 2016, un réseau similaire avait détourné 283 millions d'euros. L'enquête avait duré quatre ans. "
        "Le principal suspect a été condamné à neuf ans de prison. Les deux complices ont été relaxés en appel.\n\n"
        "Le tribunal rendra sa décision mercredi.\n")
    assert _continuing(text) == ["L'enquête avait duré quatre ans.",
                                 "Le principal suspect a été condamné à neuf ans de prison.",
                                 "Les deux complices ont été relaxés en appel."]


@pytest.mark.parametrize("text", [
    # The news's own time in the paragraph: the passé composé after it is of now.
    TITLE + "Le procès s'est ouvert le 3 mars 2025 à Paris.\n\n"
            "En 2016, un réseau similaire avait détourné 283 millions d'euros. "
            "Lundi, les avocats de la défense ont plaidé la nullité de la procédure.\n",
    # The lead tells the news: a year there dates it, its passé composé too.
    "Émissions : la France en baisse\n\nEn 2024, les émissions de gaz à effet de serre de la France ont baissé "
    "de 1,8 %. Le transport a représenté 34 % du total.\n\nLe gouvernement vise une baisse de 50 % d'ici 2030.\n",
    # A target year is no news year: 2023 is the news's year here.
    "Émissions : la France en baisse\n\nLe gouvernement a présenté lundi un plan pour réduire de moitié les "
    "émissions d'ici 2030.\n\nEn 2023, les émissions ont baissé de 5,8 %. Le transport a représenté 34 % du total.\n",
    # A state since a date is of now (« Disponible depuis décembre 2015, il est autorisé … »).
    "Dengue : les Philippines lancent la vaccination\n\n7 avril 2016. – Les Philippines ont lancé lundi la "
    "vaccination contre la dengue.\n\nDisponible depuis décembre 2015, le vaccin est autorisé dans quatre pays. "
    "Il nécessite trois injections. Chaque injection a été achetée à 20 euros.\n",
])
def test_lines_of_the_news_are_not_taken_for_an_earlier_case(text):
    assert _continuing(text) == []
