"""Code review of the review-15 fixes (/tmp/cr15b): figures, chronology,
FAQ acronyms, headings."""

from __future__ import annotations


def _labels(text: str) -> list:
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _figure_spans, figure_label
    from seoarticle.reader import read

    s = next(s for s in analyse(read(text)).sentences if s.text.startswith(text[:6]))
    return [figure_label(s, a, b) for a, b in _figure_spans(s)]


def test_a_duration_keeps_all_its_parts():
    """1: « **1 minute** » of « a fini à 1 minute 48 derrière le vainqueur »."""
    assert _labels("Il a fini à 1 minute 48 derrière le vainqueur.")[0] == "1 minute 48"
    assert _labels("Il a gagné en 4 heures 12 devant Martin.")[0] == "4 heures 12"
    assert _labels("Il a couru en 1 heure 2 minutes 30 secondes.")[0] == "1 heure 2 minutes 30 secondes"
    assert _labels("Il a couru le marathon en 3 min 29 s.")[0] == "3 min 29 s"
    # A number that counts a noun of its own is no part of the duration.
    assert _labels("Pendant 2 heures 30 manifestants ont bloqué la rocade.") == ["2 heures", "30 manifestants"]


def test_a_pair_after_de_or_a_repeated_preposition_is_one_label():
    """2: « **4 %** » of « ont augmenté de 4 % et 5 % », « 4,2 % » of « fixés à 4,2 % et à 2,7 % »."""
    assert _labels("Les prix des billets ont augmenté de 4 % et 5 %.") == ["4 % et 5 %"] * 2
    assert _labels("Les objectifs étaient fixés à 4,2 % et à 2,7 %.") == ["4,2 % et à 2,7 %"] * 2
    # A range stays whole, two counts of two nouns stay two.
    assert _labels("Le prix passe de 40 à 60 %.")[1] == "de 40 à 60 %"
    assert _labels("Il y a eu 2 morts et 25 blessés.") == ["2 morts", "25 blessés"]


def test_only_a_real_enumeration_hides_its_members():
    """9: « Le taux est passé à 7 %, 2 % de plus qu'en 2024. » lost both labels;
    « de 1 200 euros, 1 500 euros et 2 000 euros » escaped the list rule."""
    assert _labels("Le taux est passé à 7 %, 2 % de plus qu'en 2024.") == ["7 %", "2 %"]
    assert _labels("Les primes sont de 1 200 euros, 1 500 euros et 2 000 euros.") == [None, None, None]
    assert _labels("Les taux sont de 4 %, 3 % et 2 %.") == [None, None, None]


def _dates_a_saying(text: str, day: str) -> bool:
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _dates_a_saying as dates
    from seoarticle.reader import read

    s = analyse(read(text)).sentences[0]
    return dates(s, s.text.index(day))


_WIN = "Un habitant de Haute-Loire âgé de 71 ans a remporté 17 millions d'euros au tirage du Loto du samedi 2 mai"


def test_a_day_in_an_incise_of_saying_dates_no_line():
    """3: « …, annonce mercredi la FDJ » and its variants dated the win on Wednesday."""
    for incise in ("annonce mercredi la Française des jeux (FDJ)", "a fait savoir mercredi la Française des jeux (FDJ)",
                   "a communiqué mercredi la Française des jeux (FDJ)",
                   "selon un communiqué publié mercredi par la Française des jeux (FDJ)",
                   "a annoncé la Française des jeux mercredi (FDJ)"):
        assert _dates_a_saying(f"{_WIN}, {incise}.", "mercredi"), incise
    # The saying of the main clause is the line's own event.
    assert not _dates_a_saying("Le maire, qui a été élu en 2020, annonce mercredi un plan de relance.", "mercredi")
    assert not _dates_a_saying("La FDJ a annoncé mercredi un gain record.", "mercredi")
    # A quotation before the incise is what was said: the line tells the saying.
    assert not _dates_a_saying("« Les loyers explosent », a déclaré mardi l'adjoint au logement, Ian Brossat.", "mardi")


def test_a_coordinated_saying_with_its_own_object_is_dated():
    """12: « Le maire a reçu les syndicats et a annoncé mercredi un plan de relance »."""
    assert not _dates_a_saying("Le maire a reçu les syndicats et a annoncé mercredi un plan de relance.", "mercredi")
    assert _dates_a_saying(f"{_WIN}, a annoncé mercredi la Française des jeux (FDJ).", "mercredi")
    assert _dates_a_saying(f"{_WIN}, ont indiqué mercredi les responsables de la Française des jeux.", "mercredi")


def _acronym_lines(text: str) -> list:
    from seoarticle import rewrite

    return [line for line in rewrite(text).markdown.splitlines() if line.startswith("Le sigle")]


def test_no_article_for_the_complement_of_a_longer_name():
    """4: « l'Organisation des Nations unies pour l'alimentation et l'agriculture
    (FAO) » gave « Le sigle FAO désigne les Nations unies pour … »."""
    lines = _acronym_lines("Selon un rapport de l'Organisation des Nations unies pour l'alimentation et l'agriculture "
                           "(FAO), publié mardi, la faim progresse dans le monde. La FAO appelle à agir.")
    assert not any("désigne les Nations" in line for line in lines), lines


def test_the_head_of_an_expansion_is_its_first_noun():
    """11: « du Haut Conseil pour le climat (HCC) », « du Fonds monétaire international (FMI) » gave no answer."""
    assert _acronym_lines("Selon le dernier avis du Haut Conseil pour le climat (HCC), publié jeudi, la France reste "
                          "en retard. Le HCC demande des mesures.") == ["Le sigle HCC désigne le Haut Conseil pour le climat."]
    assert _acronym_lines("Selon les prévisions du Fonds monétaire international (FMI), publiées mardi, la croissance "
                          "ralentit. Le FMI appelle à la prudence.") == ["Le sigle FMI désigne le Fonds monétaire international."]


def test_a_town_in_the_keyphrase_does_not_name_it():
    """5: « Les chiffres clés du tribunal administratif de Nantes » came back as soon
    as a figure line mentioned « de Nantes »."""
    from pathlib import Path

    from seoarticle import rewrite

    text = (Path(__file__).parent / "fixtures" / "cr15b_t05_tribunal.txt").read_text(encoding="utf-8")
    headings = [line for line in rewrite(text).markdown.splitlines() if line.startswith("## Les chiffres clés")]
    assert headings == ["## Les chiffres clés"], headings


def test_a_preposition_before_a_name_loses_its_capital_after_a_label():
    """6: « - **1 200 postes** : Comme Stellantis, Renault a annoncé … »."""
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import lower_first_word
    from seoarticle.reader import read

    text = "Comme Stellantis, Renault a annoncé mardi la suppression de 1 200 postes d'ici 2027 dans ses fonctions support."
    s = analyse(read(text)).sentences[0]
    assert lower_first_word(s.text, s).startswith("comme Stellantis")
    s = analyse(read("Santé publique France rappelle les règles.")).sentences[0]
    assert lower_first_word(s.text, s).startswith("Santé publique France")


def test_no_elision_before_h_from_un_or_une():
    """7: « l'hausse record », « l'héros du quotidien » from a headline's « Une hausse », « Un héros »."""
    from seoarticle.analysis import analyse
    from seoarticle.outline import with_article
    from seoarticle.reader import read

    a = analyse(read("Une hausse record des loyers à Paris\n\nParis, 3 mars 2026 – Les loyers parisiens ont progressé "
                     "de 4,5 % en un an, selon une étude publiée mardi. Le prix moyen atteint 32 euros le mètre carré."))
    assert not with_article("hausse record", a).startswith("l'")
    a = analyse(read("Un héros du quotidien\n\nParis, 3 mars 2026 – Un pompier a sauvé trois enfants mardi à Lyon. "
                     "Il a été salué par le maire."))
    assert not with_article("héros du quotidien", a).startswith("l'")
    # The text's own elision, or its own article, is kept.
    a = analyse(read("Un hôpital saturé\n\nLyon, 3 mars 2026 – Un hôpital de Lyon est saturé depuis lundi. "
                     "Les urgences de l'hôpital ferment."))
    assert with_article("hôpital", a) == "l'hôpital"
    a = analyse(read("La hausse continue\n\nLyon, 3 mars 2026 – Une hausse des prix est prévue. "
                     "La hausse des loyers inquiète les locataires."))
    assert with_article("hausse", a) == "la hausse"


def _windows(text: str) -> list:
    from seoarticle.analysis import analyse
    from seoarticle.outline import _heading_windows
    from seoarticle.reader import read

    s = analyse(read(text)).sentences[0]
    return [t for _, _, t, _, _ in _heading_windows(s)]


def test_heading_groups_of_asserted_and_unasserted_verbs():
    """8: « Le club a exclu le joueur Karim Benali » lost its group (« exclu »), as
    « n'a pas hésité à saisir le tribunal », « ne cache pas sa colère contre … »;
    « refuse de », « a renoncé à », « devrait », a conditional do not assert."""
    assert "le joueur Karim Benali" in _windows("Le club a exclu le joueur Karim Benali après la bagarre.")
    assert "le tribunal administratif" in _windows("Le maire n'a pas hésité à saisir le tribunal administratif.")
    assert "le projet de parc éolien" in _windows(
        "La présidente de l'association ne cache pas sa colère contre le projet de parc éolien.")
    for verb in ("n'exclut pas de saisir", "refuse de saisir", "a renoncé à saisir", "devrait saisir", "aurait saisi",
                 "a prévu de saisir"):
        assert "le tribunal administratif" not in _windows(f"Le maire {verb} le tribunal administratif."), verb


def test_an_adjective_agreeing_with_a_noun_of_the_name_is_the_names():
    """10: « Coupe du monde féminine », « Cour des comptes européenne » were flagged
    as cut out of a longer group; « État française » still is."""
    from types import SimpleNamespace

    from seoarticle.analysis import analyse
    from seoarticle.keyphrase import _cut_inside_a_group
    from seoarticle.reader import read

    def cut(text: str, name: str) -> bool:
        a = analyse(read(text))
        return _cut_inside_a_group(a, SimpleNamespace(name=name, sentences={a.sentences[0].id}))

    assert not cut("La Coupe du monde féminine débute en juin au Brésil.", "Coupe du monde féminine")
    assert not cut("La Cour des comptes européenne publie un rapport sévère.", "Cour des comptes européenne")
    assert cut("La secrétaire d'État française chargée de la Mer a parlé.", "État française")


def test_a_pair_with_de_repeated_is_one_label_for_both_values():
    """2 (second value): « de 5,3 % et de 6,1 % »; a value opening a range is no pair's end."""
    assert _labels("Ils ont reculé respectivement de 5,3 % et de 6,1 %.") == ["5,3 % et de 6,1 %"] * 2
    assert _labels("Les taux passent de 4 % et de 5 % à 6 %.")[1:] == ["de 5 % à 6 %"] * 2


def test_compter_with_an_infinitive_does_not_assert():
    """8: « compte saisir » (tagged an adverb in « Les syndicats comptent saisir »)."""
    assert "le tribunal administratif" not in _windows("Les syndicats comptent saisir le tribunal administratif.")
