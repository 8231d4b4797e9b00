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
    from seoarticle.engines.offline import _continues_dated_past

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


# --- r1-11 ------------------------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_claim_under_a_pronoun_source_is_no_key_point():
    # « Selon elle, le délai d'attente, qui dépasse désormais 9 heures en
    # moyenne, met les patients en danger, a déclaré la secrétaire de Sud
    # Santé » gave « Le délai d'attente dépasse 9 heures en moyenne. ».
    md = article_md(CR20 / "p_urgences_nantes.txt")
    points = list_section(md, "L'essentiel")
    assert any(p.startswith("- Selon la CGT, ") for p in points)  # (the list is there, sources kept)
    assert not any("délai d'attente" in p for p in points)


def test_a_relative_under_an_opening_source_is_no_key_point():
    # « Selon l'opposition, la piscine Saint-Georges, dont la rénovation a
    # coûté 18 millions d'euros, restera fermée … » gave « La rénovation de la
    # piscine Saint-Georges a coûté 18 millions d'euros. » in « L'essentiel »,
    # while the key figure kept « selon l'opposition ».
    md = article_md(CR20 / "p_taxe_rennes.txt")
    assert "selon l'opposition, la piscine Saint-Georges, dont la rénovation a coûté 18 millions" in md
    assert not any("18 millions" in p and "selon" not in p.lower() for p in list_section(md, "L'essentiel"))


def test_a_final_incise_goes_with_its_key_point():
    # « Le père, qui souffre d'une fracture …, a été placé en observation ;
    # ses jours ne sont pas en danger, a précisé l'hôpital. »
    points = list_section(article_md(FIXTURES / "review16a_t06_secours.txt"), "L'essentiel")
    assert "- Le père souffre d'une fracture de la cheville et d'une hypothermie sévère, a précisé l'hôpital." in points


def test_the_description_keeps_the_source_of_its_claim():
    # « La commission des sanctions de l'AMF a prononcé une sanction … à
    # l'encontre de la Banque Valmont, a annoncé le régulateur mercredi. »
    description = _description(article_md(FIXTURES / "review17b_t04_amf.txt"))
    assert "sanction" in description
    assert "a annoncé le régulateur" in description or "Selon le régulateur" in description


def _forms_kept(text: str) -> dict[str, str | None]:
    from seoarticle.engines.offline import _keeps_source, _short_forms

    s = analyse(read("Titre\n\n" + text)).sentences[0]
    return {plain(f): (plain(k) if (k := _keeps_source(s, f)) else None) for f in _short_forms(s)}


@pytest.mark.parametrize("text, source", [
    # A source at the end of the sentence.
    ("Le préjudice, qui concerne deux tableaux, est estimé entre 1,2 et 1,8 million d'euros, selon une première "
     "évaluation de la conservation.", "selon une première évaluation de la conservation"),
    # An inverted incise of saying.
    ("Le délai d'attente, qui dépasse désormais 9 heures en moyenne, met les patients en danger, a déclaré la "
     "secrétaire de Sud Santé, Karine Morel.", "la secrétaire de sud santé, karine morel"),
])
def test_a_form_without_its_final_source_gets_it_back(text, source):
    forms = _forms_kept(text)
    assert any(source not in f.lower() for f in forms)  # (a form lost it: « Le préjudice concerne deux tableaux. »)
    assert all(k is not None and source.lower() in k.lower() for k in forms.values())


def test_a_decimal_comma_does_not_end_an_opening_source():
    from seoarticle.engines.offline import _sentence_source

    s = analyse(read("Titre\n\nSelon une étude portant sur 1,5 million de patients, le risque de récidive "
                     "baisse de 20 % après un an de traitement.")).sentences[0]
    assert _sentence_source(s)[2] == "Selon une étude portant sur 1,5 million de patients"


# --- what the earlier case's rule must leave -----------------------------------------


def test_a_sentence_set_against_the_earlier_verdict_is_the_news():
    # « En mars 2025, le tribunal correctionnel … avait jugé que … La cour a
    # estimé au contraire que les faits n'étaient « pas suffisamment
    # caractérisés ». »: the appeal court of the lead, today.
    points = plain("\n".join(list_section(article_md(str(Path(__file__).parent / "fixtures" / "review13_t08_appel.txt")),
                                          "L'essentiel")))
    assert "a estimé que les faits n'étaient « pas suffisamment caractérisés »" in points


def test_a_period_that_runs_up_to_the_news_year_is_no_earlier_case():
    # « Les faits se sont étalés sur dix-huit mois, entre mars 2023 et août
    # 2024 … Les enquêteurs … ont remonté la piste … »: the investigation of
    # this news, whose latest year is 2024.
    points = plain("\n".join(list_section(article_md(str(Path(__file__).parent / "fixtures" / "review20b_t06_faux_policiers.txt")),
                                          "L'essentiel")))
    assert "Les enquêteurs de la sûreté départementale ont remonté la piste" in points
