"""Review 16: the offline engine's key points, quotations, FAQ answers and
key figures (A-F4, A-M8, B-F2, B-M16, …)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def _rewrite(name: str) -> str:
    from seoarticle import rewrite
    from seoarticle.reader import load

    path = FIXTURES / name
    return rewrite(load(path.read_bytes(), path.name)).markdown


def _plain(md: str) -> str:
    """The Markdown with its non-breaking spaces as plain ones."""
    return md.replace("\u00a0", " ").replace("\u202f", " ")


def _section(md: str, heading: str) -> list[str]:
    """The lines of the section whose heading starts with `heading`."""
    lines = md.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start + 1 : end]


def test_a_possessive_whose_owner_is_only_quoted_points_back():
    """A-F4, A-M8: « « … », a souligné son directeur, Jean-Marc Pellerin. »:
    « son » is the BEA-TT of the sentence before; the words of the quotation
    own nothing the narrator says."""
    from seoarticle.engines.offline import _points_back

    assert _points_back("« Il est beaucoup trop tôt pour tirer des conclusions ; nos enquêteurs examineront la "
                        "voie, le matériel et les conditions météorologiques », a souligné son directeur, "
                        "Jean-Marc Pellerin.")
    assert _points_back("« La majorité emprunte 640 millions d’euros cette année pour financer des dépenses de "
                        "communication et des structures qui ne servent à rien », a lancé son président, "
                        "Julien Sanchez.")
    # Its owner named outside the quotation: the line stands alone.
    assert not _points_back("Le BEA-TT a ouvert une enquête : « Il est beaucoup trop tôt », a souligné son "
                            "directeur, Jean-Marc Pellerin.")
    assert not _points_back("« Il est beaucoup trop tôt », a souligné Jean-Marc Pellerin.")


def test_no_key_point_on_a_possessive_owned_by_another_sentence():
    for name, words in (("review16a_t03_deraillement.txt", "a souligné son directeur"),
                        ("review16a_t04_budget.txt", "a lancé son président")):
        points = _section(_rewrite(name), "## L’essentiel")
        assert not any(words in p for p in points), points


def test_a_quotation_is_not_credited_to_a_person_named_after_it_in_another_sentence():
    """B-F2: « Elle regrette néanmoins … : « Cinq millions par semestre, pour
    l'État, ce n'est pas dissuasif. » Pour Thomas Roux, avocat des
    associations, le jugement « confirme … ». » (read as one sentence): the
    quotation is Claire Vasseur's (« Elle »), not Thomas Roux's."""
    md = _plain(_rewrite("review16b_t02_pollution.txt"))
    assert "Cinq millions par semestre" in md
    assert "**Thomas Roux** : « Cinq millions" not in md
    for line in md.splitlines():
        if "« Cinq millions par semestre" in line and line.startswith("- **"):
            assert line.startswith("- **Claire Vasseur** :"), line


def test_each_part_of_a_sentence_read_as_one_has_its_own_speaker():
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _quote_speakers
    from seoarticle.reader import read

    text = ("Titre\n\n« C'est une victoire pour les enfants », s'est félicitée Claire Vasseur, présidente de "
            "Respire Alpes. Elle regrette néanmoins que le tribunal n'ait pas fixé un montant plus élevé : "
            "« Cinq millions par semestre, pour l'État, ce n'est pas dissuasif. » Pour Thomas Roux, avocat des "
            "associations, le jugement « Confirme que l'inaction a un prix ».")
    a = analyse(read(text))
    s = next(s for s in a.sentences if s.text.startswith("Elle regrette"))
    assert len(s.quotes) == 2, s.quotes
    speakers = _quote_speakers(s, a)
    assert speakers[0] in (None, "Claire Vasseur"), speakers
    assert speakers[1] == "Thomas Roux", speakers


def test_a_line_opening_on_a_rank_without_its_noun_points_back():
    """B-M16: « Le septième a été remis en liberté sans poursuites à ce stade,
    les enquêteurs n'ayant pas établi son rôle. » (« Le septième, l'un des
    dockers, … » after « six des sept suspects … »)."""
    from seoarticle.engines.offline import _points_back

    assert _points_back("Le septième a été remis en liberté sans poursuites à ce stade, les enquêteurs "
                        "n'ayant pas établi son rôle.")
    assert _points_back("Le septième, l'un des dockers, a été remis en liberté sans poursuites à ce stade.")
    assert _points_back("L'autre n'a pas été retrouvé.")
    assert _points_back("Le dernier s'est rendu lundi aux enquêteurs.")
    assert not _points_back("Le premier ministre a été reçu à l'Élysée.")
    assert not _points_back("L'un des dockers a été remis en liberté.")
    assert not _points_back("Le deuxième tour aura lieu le 12 juin.")
    md = _rewrite("review16b_t04_saisie.txt")
    assert not any(p.startswith("- Le septième") for p in _section(md, "## L’essentiel"))


def test_a_things_bare_role_takes_the_indefinite_article():
    """A-G6: « C'est à Marcolès, village de 620 habitants, que … » gave
    « Marcolès est village de 620 habitants. »"""
    md = _plain(_rewrite("review16a_t02_rentree.txt"))
    assert "Marcolès est village" not in md
    assert "Marcolès est un village de 620 habitants." in md


def _forms_of(text: str, start: str) -> list:
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _short_forms
    from seoarticle.reader import read

    s = next(s for s in analyse(read(text)).sentences if s.text.startswith(start))
    return _short_forms(s)


def test_a_statement_of_a_relatives_antecedent_keeps_its_determiner():
    """A-G7: « …, souligne le capitaine Mathieu, qui rappelle toutefois que
    … » gave « Capitaine Mathieu rappelle toutefois … »; A-G4: « La société
    Fromagerie Aubert, qui commercialise … » gave « Fromagerie Aubert
    commercialise … »."""
    forms = _forms_of("Titre\n\n« Ils ont eu les bons réflexes : ne pas se séparer, se protéger du vent et garder "
                      "leur téléphone allumé le moins possible », souligne le capitaine Mathieu, qui rappelle "
                      "toutefois que le bulletin météo n'avait pas été consulté avant de partir.", "« Ils")
    assert not any(f.startswith("Capitaine") for f in forms), forms
    assert any(f.startswith("Le capitaine Mathieu rappelle") for f in forms), forms
    # The group as the sentence writes it: « le député Jean Dupont, qui … » ->
    # « Le député Jean Dupont réclame … » (or « Jean Dupont réclame … »).
    forms = _forms_of("Titre\n\nLe texte a été défendu par le député Jean Dupont, qui réclame un audit des "
                      "organismes associés à la région.", "Le texte")
    assert any(f.endswith("Jean Dupont réclame un audit des organismes associés à la région.") for f in forms), forms
    assert not any(f.startswith(("Député", "Le député député")) for f in forms), forms


def test_a_company_named_on_a_common_noun_is_asked_with_its_class_noun():
    """A-G4: « Que sait-on de Fromagerie Aubert ? » / « Fromagerie Aubert
    commercialise … »."""
    md = _plain(_rewrite("review16a_t01_rappel.txt"))
    assert "de Fromagerie Aubert" not in md and "\nFromagerie Aubert" not in md
    assert "### Que sait-on de la société Fromagerie Aubert ?" in md


def _labels(text: str) -> list:
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _figure_spans, figure_label
    from seoarticle.reader import read

    s = next(s for s in analyse(read("Titre\n\n" + text)).sentences if s.text.startswith(text[:6]))
    return [figure_label(s, a, b) for a, b in _figure_spans(s)]


def test_a_year_after_a_noun_or_a_ranked_noun_is_no_figure_label():
    """B-G7: « **semestre 2027** » of « d'ici à la fin du premier semestre
    2027 »; A-W13: « **rentrée 2027** »; A-W17: « **exercice 2026** »."""
    labels = _labels("La direction entend fermer son site de Vénissieux, où travaillent 86 salariés, d'ici à la "
                     "fin du premier semestre 2027.")
    assert len(labels) == 2 and "semestre 2027" not in labels, labels
    assert "rentrée 2027" not in _labels("Le rectorat a présenté lundi son projet de carte scolaire pour la "
                                         "rentrée 2027 dans le Cantal.")
    # A number after its noun is still labelled: « catégorie 4 ».
    assert "catégorie 4" in _labels("L'ouragan a été classé en catégorie 4 par les météorologues.")


def test_a_figure_counting_what_en_stands_for_has_no_label():
    """B-G8: « **24 supplémentaires** » of « Jakarta, qui avait commandé 42
    Rafale en 2022, envisageait d'en acquérir 24 supplémentaires, … »."""
    labels = _labels("Jakarta, qui avait commandé 42 Rafale en 2022, envisageait d'en acquérir 24 "
                     "supplémentaires, mais aucun contrat n'a été signé.")
    assert "24 supplémentaires" not in labels, labels


def test_a_line_does_not_move_its_sentences_subject_after_the_verb():
    """B-G2: « **environ 300 personnes** : selon la préfecture de police, se
    sont rassemblées …, Mardi, environ 300 personnes. »"""
    forms = _forms_of("Titre\n\nMardi, environ 300 personnes, selon la préfecture de police, se sont rassemblées "
                      "place de la République à l'appel de plusieurs organisations, dont Amnesty International et "
                      "Survival International, pour dénoncer la situation des droits humains en Papouasie.", "Mardi")
    assert not any(", Mardi" in f for f in forms), forms


def test_a_line_keeps_no_les_nor_counting_en_without_what_it_stands_for():
    """B-M19: « Le musée ne les avait pas fait assurer. » of « Le musée, qui
    ne les avait pas fait assurer, n'a pas souhaité confirmer ce montant. »;
    B-M11: « Jakarta envisageait d'en acquérir 24 supplémentaires, … »
    without « qui avait commandé 42 Rafale en 2022 »."""
    text = ("Titre\n\nLes trois tableaux ont été volés dans la nuit. Le musée, qui ne les avait pas fait assurer, "
            "n'a pas souhaité confirmer ce montant. Jakarta, qui avait commandé 42 Rafale en 2022, envisageait "
            "d'en acquérir 24 supplémentaires, mais aucun contrat n'a été signé.")
    forms = _forms_of(text, "Le musée")
    assert not any("ne les avait" in f for f in forms), forms
    forms = _forms_of(text, "Jakarta")
    assert not any(f.startswith("Jakarta envisageait d'en") for f in forms), forms
    # What « en » counts in the line: the line stands.
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _clitic_without_antecedent
    from seoarticle.reader import read

    s = next(s for s in analyse(read(text)).sentences if s.text.startswith("Jakarta"))
    assert _clitic_without_antecedent(s, "Jakarta envisageait d'en acquérir 24 supplémentaires.")
    assert not _clitic_without_antecedent(s, s.text)


def test_a_figure_of_many_then_a_singular_word_has_no_label():
    """A-W15: « **trois grièvement** » of « vingt-trois personnes ont été
    blessées, dont trois grièvement »."""
    labels = _labels("Selon le dernier bilan communiqué par la préfecture du Jura lundi matin, vingt-trois "
                     "personnes ont été blessées, dont trois grièvement.")
    assert "trois grièvement" not in labels, labels
    assert "4 dimanche" not in _labels("L'ouragan a été classé en catégorie 4 dimanche soir.")
    assert "trois blessés" in _labels("L'accident a fait trois blessés.")


def test_one_of_a_set_not_named_in_the_line_points_back():
    """A-F3: « … : l'école devrait perdre l'une d'elles en septembre. » (« qui
    accueille 34 élèves répartis en deux classes » cut out); A-M9: « Le
    capitaine Mathieu rappelle toutefois que ni l'un ni l'autre n'avait
    consulté le bulletin météo avant de partir. »"""
    from seoarticle.engines.offline import _points_back

    assert _points_back("C'est à Marcolès, village de 620 habitants, que la mobilisation est la plus forte : "
                        "l'école devrait perdre l'une d'elles en septembre.")
    assert _points_back("Le capitaine Mathieu rappelle toutefois que ni l'un ni l'autre n'avait consulté le "
                        "bulletin météo avant de partir.")
    assert not _points_back("L'école, qui accueille 34 élèves répartis en deux classes, devrait perdre l'une "
                            "d'elles en septembre.")
    assert not _points_back("Le père et sa fille sont sains et saufs, mais ni l'un ni l'autre n'avait consulté "
                            "le bulletin météo.")


def test_a_persons_age_is_no_key_figure():
    """A-W15 « **47 ans** » (« le conducteur, âgé de 47 ans »), A-W19
    « **52 ans** » (« un homme de 52 ans ») instead of « 2 800 mètres »."""
    from seoarticle.engines.offline import _an_age

    text = ("Les trois blessés graves, dont le conducteur, âgé de 47 ans, ont été transportés par hélicoptère au "
            "centre hospitalier de Besançon.")
    assert _an_age(text, text.find("47"), "47 ans")
    text = "Deux randonneurs, un homme de 52 ans et sa fille de 24 ans, ont été secourus lundi."
    assert _an_age(text, text.find("52"), "52 ans") and _an_age(text, text.find("24"), "24 ans")
    text = "Xavier Jugelé, 37 ans, a reçu deux balles dans la tête."
    assert _an_age(text, text.find("37"), "37 ans")
    # A length of time, a sentence, a bound of a group stay figures.
    text = "Il a été condamné à une peine de 20 ans de réclusion criminelle."
    assert not _an_age(text, text.find("20"), "20 ans")
    text = "Les personnes âgées de plus de 65 ans doivent être attentives."
    assert not _an_age(text, text.find("plus"), "plus de 65 ans")
    figures = _section(_plain(_rewrite("review16a_t03_deraillement.txt")), "## Les chiffres clés")
    assert not any(f.startswith("- **47 ans**") for f in figures), figures


def test_a_sentence_opening_on_a_possessive_is_not_reordered_to_hide_it():
    """B-M17: « **190 millions d'euros** : selon l'Office anti-stupéfiants
    (Ofast), qui précise …, sa valeur à la revente est estimée à 190 millions
    d'euros. » (« sa » then reads as the Ofast's)."""
    forms = _forms_of("Titre\n\nLes douaniers ont saisi 6,3 tonnes de cocaïne au Havre. Sa valeur à la revente est "
                      "estimée à 190 millions d'euros, selon l'Office anti-stupéfiants (Ofast), qui précise que le "
                      "prix de gros ne dépasse pas, lui, 30 millions d'euros.", "Sa valeur")
    assert not any(" sa valeur" in f for f in forms), forms


def test_a_bound_of_time_is_not_put_before_a_negated_clause():
    """B-M21: « Avant mercredi, la SNCF ne prévoit pas de reprise. » of « La
    SNCF ne prévoit pas de reprise avant mercredi. »"""
    forms = _forms_of("Titre\n\nLa circulation des trains a été interrompue. La SNCF ne prévoit pas de reprise avant "
                      "mercredi.", "La SNCF")
    assert not any(f.startswith("Avant") for f in forms), forms
    # Without a negation, the bound may come first.
    from seoarticle.engines.offline import _finished
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    s = next(s for s in analyse(read("Titre\n\nLa SNCF prévoit une reprise avant mercredi.")).sentences)
    assert _finished(s, "Avant mercredi, la SNCF prévoit une reprise.") is not None


def test_a_label_keeps_the_side_of_a_vote_and_the_part_of_a_whole():
    """A-W17 « **98 voix** » of « voté par 98 voix pour, 52 contre »; B-W13
    « **sept suspects** » of « six des sept suspects avaient été mis en
    examen »."""
    assert "98 voix pour" in _labels("Le texte a été voté par 98 voix pour, 52 contre et 8 abstentions.")
    labels = _labels("Les députés ont adopté le projet de loi par 312 voix contre 221 et 19 abstentions.")
    assert "312 voix contre" not in labels and "312 voix" in labels, labels
    assert "six des sept suspects" in _labels("Il a précisé que six des sept suspects avaient été mis en examen "
                                              "vendredi.")
