"""Days of the week that date nothing (review 14, t01, t02, t05): a weekday
that is one end of a span (« dans la nuit de dimanche à lundi »), a bound
(« au moins jusqu'à vendredi ») or a day of every month (« le premier
dimanche de chaque mois ») gives no chronology line, and one sentence gives
one line at most."""

from __future__ import annotations

import re

import pytest

from seoarticle import rewrite
from seoarticle.engines.offline import _WEEKDAY, _names_a_day

T01 = """Crues dans le Gard : deux morts et des centaines d’évacués après des pluies diluviennes

Nîmes, 14 octobre 2026. – Deux personnes sont mortes et plus de 600 habitants ont été évacués dans la nuit de dimanche à lundi après des pluies torrentielles qui ont frappé le Gard, a annoncé la préfecture lundi matin.

Quelque 12 000 foyers restaient privés d’électricité lundi à midi, selon Enedis, qui a mobilisé 200 techniciens. La circulation ferroviaire entre Nîmes et Montpellier était interrompue jusqu’à nouvel ordre.

Le ministre de l’Intérieur doit se rendre sur place mardi.

Le département avait été placé en vigilance rouge pluie-inondation dès dimanche à 16 heures. En septembre 2002, des inondations dans la même région avaient fait 23 morts.
"""

T02 = """Déraillement d’un TER en Savoie : 17 blessés, dont trois graves

Chambéry, 3 mars 2026. – Un TER reliant Chambéry à Modane a déraillé mardi vers 7 h 40 à hauteur de la commune d’Aiguebelle, faisant 17 blessés, dont trois en urgence absolue, a indiqué la préfecture de la Savoie.

Le Bureau d’enquêtes sur les accidents de transport terrestre (BEA-TT) a ouvert une enquête technique. Le parquet d’Albertville a de son côté ouvert une enquête pour blessures involontaires, confiée à la gendarmerie des transports aériens et ferroviaires.

La circulation est interrompue entre Montmélian et Saint-Jean-de-Maurienne au moins jusqu’à vendredi. Des bus de substitution ont été mis en place. Environ 8 000 voyageurs empruntent chaque jour cette ligne, selon la région.
"""

T05 = """Après quatre ans de travaux, le musée des Beaux-Arts de Lyon rouvre ses portes

Lyon, 6 juin 2026. – Le musée des Beaux-Arts de Lyon a rouvert samedi au public après près de quatre ans de fermeture et un chantier de rénovation de 62 millions d’euros, qui a permis d’agrandir de 2 800 mètres carrés ses espaces d’exposition.

Les travaux, financés à 60 % par la Ville de Lyon, à 25 % par l’État et à 15 % par du mécénat, ont notamment porté sur la mise en accessibilité des bâtiments, la climatisation des salles et la restauration du cloître.

Le maire de Lyon, Grégory Dumont, a annoncé la gratuité pour les moins de 26 ans et pour tous les visiteurs le premier dimanche de chaque mois. « Un musée public doit appartenir à tous », a-t-il déclaré.
"""


def chronology(md: str) -> list[tuple[str, str]]:
    if "## Chronologie" not in md:
        return []
    section = md.split("## Chronologie", 1)[1].split("\n## ", 1)[0]
    # (« **Lundi** : … », the colon after a no-break space.)
    return [tuple(re.match(r"- \*\*(.+?)\*\*\s:\s(.*)", line).groups())
            for line in section.splitlines() if line.startswith("- **")]


def test_a_night_from_one_day_to_the_next_is_no_day_and_a_sentence_gives_one_line():
    lines = chronology(rewrite(T01).markdown)
    # Was: « Dimanche », « Lundi » and « Lundi matin » for the first sentence,
    # two of them with a hole (« dans la nuit de à lundi », « de dimanche à après »).
    # (« Lundi matin » and « Lundi » repeat two key figures' statements: they come
    # back only when the article lacks words, which depends on the other sections.)
    labels = [label for label, _ in lines]
    assert labels[0] == "Dimanche" and labels[-1] == "Mardi"
    assert set(labels) <= {"Dimanche", "Lundi matin", "Lundi", "Mardi"} and len(set(labels)) == len(labels)
    assert sum("sont mortes" in text for _, text in lines) <= 1
    assert all(" de à " not in text and " à après " not in text for _, text in lines)
    assert all("dans la nuit de dimanche à lundi" in text for _, text in lines if "sont mortes" in text)


def test_a_day_up_to_which_something_lasts_is_no_day_it_happened():
    # Was « **Vendredi** : la circulation est interrompue … au moins. », before Tuesday.
    lines = chronology(rewrite(T02).markdown)
    assert all(label != "Vendredi" and "interrompue" not in text for label, text in lines)


def test_a_day_of_every_month_is_no_day_it_happened():
    # Was « **Dimanche** : … pour tous les visiteurs le premier de chaque mois. »
    lines = chronology(rewrite(T05).markdown)
    assert all(label != "Dimanche" and "chaque mois" not in text for label, text in lines)


@pytest.mark.parametrize("sentence, dates", [
    # Spans: both ends.
    ("Les trains ne circuleront pas du lundi au vendredi.", []),
    ("La grève est prévue entre mardi et jeudi.", []),
    ("Les bureaux de vote seront ouverts samedi et dimanche.", []),
    ("La décision sera rendue lundi ou mardi.", []),
    ("Les pompiers sont intervenus dans la nuit de dimanche soir à lundi matin.", []),
    # Bounds.
    ("Les candidats ont jusqu’à vendredi pour se déclarer.", []),
    ("Le décret sera publié d’ici lundi.", []),
    ("Le chantier ne reprendra pas avant mardi.", []),
    ("Le couvre-feu s’appliquera à partir de jeudi soir.", []),
    ("Le rapport doit être remis mercredi au plus tard.", []),
    # Days aimed at.
    ("Le procès a été renvoyé à jeudi.", []),
    ("Le vote, d’abord annoncé pour mardi, a été repoussé.", []),
    # Days of every week or month.
    ("Le marché se tient chaque dimanche matin.", []),
    ("Le musée est fermé le lundi.", []),
    ("La séance a lieu le dernier vendredi du mois.", []),
    # Days something happened on.
    ("Le musée a rouvert samedi au public.", ["samedi"]),
    ("Le département a été placé en vigilance rouge dès dimanche à 16 heures.", ["dimanche"]),
    ("Le maire a annoncé lundi matin la fermeture des écoles, qui restera en vigueur jusqu’à vendredi.", ["lundi"]),
    ("Le ministre doit se rendre sur place mardi.", ["mardi"]),
    ("Les deux hommes ont été interpellés ce mercredi soir.", ["mercredi"]),
    ("Les habitants sont privés d’eau depuis jeudi.", ["jeudi"]),
])
def test_which_weekdays_date_a_fact(sentence, dates):
    assert [m.group(1) for m in _WEEKDAY.finditer(sentence) if _names_a_day(sentence, m)] == dates


def test_a_sentence_with_two_days_gives_one_line():
    # The first sentence of t01 with its night told by one day: « dimanche
    # soir » dates the facts, « lundi matin » the announcement. Was: the
    # sentence under both days (the second line a spare one, see _dated_lines).
    text = T01.replace("dans la nuit de dimanche à lundi après des pluies torrentielles qui ont frappé le Gard",
                       "après des pluies torrentielles qui ont frappé le Gard dimanche soir")
    lines = chronology(rewrite(text).markdown)
    # (The line repeats a key figure's statement: it comes back only when the
    # article lacks words; never twice.)
    assert sum("sont mortes" in text for _, text in lines) <= 1
    assert [label for label, text in lines if "sont mortes" in text] in ([], ["Dimanche soir"])
