"""A wire dateline with a place (review 14, E1 and G1–G12): « Nîmes, 14
octobre 2026. – Deux personnes sont mortes … » gives the front matter its
date, keeps the place, and the first sentence starts after the dash (the
leftover « – » opened bullets, descriptions and key-figure lines)."""

from __future__ import annotations

import re

import pytest
import yaml

from seoarticle.model import Article
from seoarticle.reader import clean, read, read_dateline as dateline
from seoarticle.render import front_matter

# The opening of each of the reviewer's ten stories (/tmp/rev14/tNN_*.txt).
REVIEW14 = [
    ("Nîmes, 14 octobre 2026. – Deux personnes sont mortes et plus de 600 habitants ont été évacués dans la nuit "
     "de dimanche à lundi après des pluies torrentielles qui ont frappé le Gard, a annoncé la préfecture lundi matin.",
     "14 octobre 2026", "Nîmes"),
    ("Chambéry, 3 mars 2026. – Un TER reliant Chambéry à Modane a déraillé mardi vers 7 h 40 à hauteur de la "
     "commune d’Aiguebelle, faisant 17 blessés, dont trois en urgence absolue, a indiqué la préfecture de la Savoie.",
     "3 mars 2026", "Chambéry"),
    ("Paris, 9 janvier 2026. – Le ministère de l’Éducation nationale a annoncé jeudi l’extension des groupes de "
     "niveau en français et en mathématiques aux classes de quatrième et de troisième.", "9 janvier 2026", "Paris"),
    ("Kourou, 18 novembre 2026. – La fusée européenne Ariane 6 a décollé mercredi à 22 h 17, heure de Guyane, du "
     "Centre spatial guyanais de Kourou, a annoncé Arianespace.", "18 novembre 2026", "Kourou"),
    ("Lyon, 6 juin 2026. – Le musée des Beaux-Arts de Lyon a rouvert samedi au public après près de quatre ans de "
     "fermeture et un chantier de rénovation de 62 millions d’euros.", "6 juin 2026", "Lyon"),
    ("Aix-en-Provence, 25 septembre 2026. – Le tribunal judiciaire d’Aix-en-Provence a condamné jeudi la société "
     "Petrochim Méditerranée à une amende de 4,5 millions d’euros.", "25 septembre 2026", "Aix-en-Provence"),
    ("Annecy, 12 février 2026. – Le tribunal de commerce d’Annecy a prononcé mercredi la liquidation judiciaire du "
     "fabricant de vélos électriques Cyclalp.", "12 février 2026", "Annecy"),
    ("Paris, 21 mai 2026. – Le ministère de l’Europe et des Affaires étrangères a annoncé jeudi l’expulsion de "
     "quatre diplomates de l’ambassade de Moldavoslavie à Paris.", "21 mai 2026", "Paris"),
    ("Paris, 12 avril 2026. – L’Éthiopien Tadesse Bekele a remporté dimanche la 49e édition du marathon de Paris "
     "en 2 h 04 min 21 s.", "12 avril 2026", "Paris"),
    ("Le Havre, 30 juillet 2026. – Les douaniers du Havre ont saisi 9,7 tonnes de cocaïne dissimulées dans des "
     "conteneurs de bananes en provenance d’Équateur.", "30 juillet 2026", "Le Havre"),
]
FOLLOWING = "Le préfet s’est rendu sur place dans la matinée pour rencontrer les habitants évacués."


@pytest.mark.parametrize("opening, date, place", REVIEW14)
def test_the_reviewers_datelines_give_date_and_place(opening, date, place):
    source = read(f"Un titre de dépêche\n\n{opening}\n\n{FOLLOWING}")
    assert source.dateline == date
    assert source.location == place
    first = source.paragraphs[0]
    assert first == clean(opening.split(". – ", 1)[1])  # the sentence, from its own first word


@pytest.mark.parametrize("line, date, place, agency, rest", [
    ("Nîmes, le 14 octobre 2026 – Deux personnes sont mortes.", "14 octobre 2026", "Nîmes", None, "Deux"),
    ("NÎMES, 14 oct. 2026 (AFP) - Deux personnes sont mortes.", "14 octobre 2026", "NÎMES", "AFP", "Deux"),
    ("Nîmes (Gard), 14 octobre 2026 — Deux personnes sont mortes.", "14 octobre 2026", "Nîmes (Gard)", None, "Deux"),
    ("Nîmes (AFP) – Deux personnes sont mortes.", None, "Nîmes", "AFP", "Deux"),
    ("Nîmes (AFP), mardi 14 octobre 2026 – Deux personnes sont mortes.", "mardi 14 octobre 2026", "Nîmes", "AFP",
     "Deux"),
    ("Villeneuve-d’Ascq, 1er sept. 2026. — la mairie a annoncé.", "1er septembre 2026", "Villeneuve-d’Ascq", None,
     "la"),
    ("Rio de Janeiro (Brésil), 9 août 2026 – Le carnaval.", "9 août 2026", "Rio de Janeiro (Brésil)", None, "Le"),
    ("22 avril 2017. – Un policier a été tué.", "22 avril 2017", None, None, "Un"),
])
def test_the_forms_of_a_french_dateline(line, date, place, agency, rest):
    found = dateline(line)
    assert (found.date, found.place, found.agency) == (date, place, agency)
    assert line[found.end:].split()[0] == rest


@pytest.mark.parametrize("line", [
    "Nîmes, 14 octobre 2026. Deux personnes sont mortes.",  # a comma and a date, no dash
    "Paris, 9 janvier 2026, le ministère a annoncé l’extension des groupes de niveau.",
    "Jeudi, 14 octobre 2026 – une date et un tiret, mais un jour et non un lieu.",
    "Kinshasa (RDC) – un lieu entre parenthèses n’est pas une agence.",
    "Lyon – Le maire a annoncé la gratuité.",
    "- Un élément de liste.",
    "Le maire de Lyon, Grégory Dumont, a annoncé – enfin – la gratuité.",
])
def test_what_is_no_dateline(line):
    assert dateline(line) is None
    source = read(f"{line}\n\n{FOLLOWING}")
    assert source.dateline is None and source.location is None
    assert clean(line) in [source.title, *source.paragraphs]


def test_a_dateline_on_a_line_of_its_own_is_no_title():
    source = read(f"Nîmes, 14 octobre 2026. –\n{REVIEW14[0][0].split('. – ', 1)[1]}\n\n{FOLLOWING}")
    assert source.title is None
    assert (source.dateline, source.location) == ("14 octobre 2026", "Nîmes")
    assert source.paragraphs[0].startswith("Deux personnes sont mortes")


def _article(**kw) -> Article:
    return Article(title="Crues dans le Gard", description="Deux personnes sont mortes.", slug="crues-gard",
                   keyword="crues", keyword_how="", keywords=[], blocks=[], date="14 octobre 2026", **kw)


def test_the_front_matter_keeps_the_place():
    article = _article()
    assert "location" not in yaml.safe_load(front_matter(article).strip("-\n"))
    article.location = "Villeneuve-d'Ascq (Nord)"  # (Article.location, from Source.location)
    data = yaml.safe_load(front_matter(article).strip("-\n"))
    assert data["date"] == "14 octobre 2026"
    assert data["location"] == "Villeneuve-d’Ascq (Nord)"


# The reviewer's t05, short: its description and first bullet began « – Le musée… ».
T05 = """Après quatre ans de travaux, le musée des Beaux-Arts de Lyon rouvre ses portes

Lyon, 6 juin 2026. – Le musée des Beaux-Arts de Lyon a rouvert samedi au public après près de quatre ans de fermeture et un chantier de rénovation de 62 millions d’euros, qui a permis d’agrandir de 2 800 mètres carrés ses espaces d’exposition.

Dès l’ouverture des portes, à 10 heures, plusieurs centaines de visiteurs patientaient sur la place des Terreaux. La directrice du musée, Isabelle Dubois-Brémond, a évoqué « une renaissance ».

Le chantier, financé par la Ville de Lyon, l’État et la région Auvergne-Rhône-Alpes, a duré plus longtemps que prévu. La réouverture était initialement annoncée pour l’automne 2024.

Le nouveau parcours présente près de 2 500 œuvres, dont 400 sorties des réserves. Le musée espère accueillir 400 000 visiteurs par an.
"""


def test_no_dash_of_the_dateline_is_left_in_the_article():
    from seoarticle import rewrite

    md = rewrite(T05).markdown
    front = yaml.safe_load(md.split("---\n")[1])
    assert front["date"] == "6 juin 2026"
    assert not front["description"].startswith("–")
    assert not re.search(r"^(?:- )?[–—]|, [–—] [A-ZÉ]", md, re.M), md
    assert "Lyon, 6 juin 2026" not in md


# The place of the dateline, in the front matter and among the facts compared.
T01 = (REVIEW14[0][0] + "\n\nLe ministre de l’Intérieur doit se rendre sur place mardi. Le département avait été placé "
       "en vigilance rouge pluie-inondation dès dimanche à 16 heures.")


def _front(md: str) -> dict:
    return yaml.safe_load(md.split("---\n")[1])


def _absent(report) -> list[str]:
    return report.get("facts_named_entities").items["absent_from_source"]


def test_the_place_of_the_dateline_reaches_the_front_matter():
    from seoarticle import rewrite

    result = rewrite("Crues dans le Gard : deux morts après des pluies diluviennes\n\n" + T01)
    assert result.article.location == "Nîmes"
    assert _front(result.markdown)["location"] == "Nîmes"
    assert _absent(result.report) == []


def test_a_place_only_the_dateline_names_is_a_fact_of_the_input():
    # « Alès » is in the input's dateline alone (the reader takes it out of
    # the first paragraph): the front matter's place is no invention.
    from seoarticle import rewrite

    result = rewrite("Crues dans le Gard : deux morts après des pluies diluviennes\n\n" + T01.replace("Nîmes", "Alès"))
    assert _front(result.markdown)["location"] == "Alès"
    assert "Alès" not in result.markdown.split("---\n", 2)[2]
    assert _absent(result.report) == []


def test_a_place_in_the_front_matter_the_input_lacks_is_reported():
    from seoarticle import rewrite
    from seoarticle.checks import run_checks

    text = "Crues dans le Gard : deux morts après des pluies diluviennes\n\n" + T01
    md = rewrite(text).markdown.replace("\nlocation: Nîmes\n", "\nlocation: Villeneuve-d’Ascq (Nord)\n")
    assert _front(md)["location"] == "Villeneuve-d’Ascq (Nord)"
    report = run_checks(md, source=text)
    assert _absent(report) == ["Villeneuve-d’Ascq (Nord)"]
    assert report.get("facts_named_entities").status == "fail"
