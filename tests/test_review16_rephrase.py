"""Session 15, review 16's findings on how sentences are shortened
(rephrase.py, text.py): each test on the reviewer's sentence, or a text
made of it."""

from conftest import first_sentence as _first_sentence


def _forms(text: str) -> list[str]:
    from seoarticle.engines.offline import _short_forms

    return _short_forms(_first_sentence(text))


def test_an_additive_adverb_stays_in_its_clause():
    """rev16a F2: « l'académie, qui regroupe aussi l'Allier, la Haute-Loire et
    le Puy-de-Dôme » lost « aussi »: the académie then holds three
    départements, the Cantal not among them (false). Before a list or a
    number the clause keeps it, or goes whole."""
    text = ("Le Cantal n'est pas le seul département concerné : dans l'ensemble de l'académie, qui regroupe aussi "
            "l'Allier, la Haute-Loire et le Puy-de-Dôme, 58 fermetures et 31 ouvertures sont envisagées.")
    forms = _forms(text)
    assert not any("regroupe l" in f for f in forms), forms
    # « également » alike, and a mid-clause « en outre ».
    for text in ("La DNCG a également interdit de recrutement deux autres pensionnaires de Ligue 2 cette année.",
                 "Braga conserverait en outre 15 % d'une éventuelle plus-value à la revente du joueur."):
        forms = _forms(text)
        assert all("également" in f or "en outre" in f for f in forms if "recrutement" in f or "Braga" in f), forms
    # « non seulement … mais aussi »: never without « aussi ».
    text = ("Moscou peut projeter sa puissance non seulement vers l'ouest mais aussi vers le sud, selon les "
            "analystes de l'institut.")
    assert all("mais aussi" in f for f in _forms(text) if "mais" in f), _forms(text)
    # With no list nor number after it, the clause says no whole: it may go.
    from seoarticle.rephrase import drop_emphatic

    s = _first_sentence("Les réunions prévues aux Nations unies ont également été annulées par les organisateurs.")
    assert drop_emphatic(s, s.text) == "Les réunions prévues aux Nations unies ont été annulées par les organisateurs."
    # A connective adverb still goes (« toutefois »).
    s = _first_sentence("L'alliance perd toutefois 65 sièges au Parlement, selon les premiers résultats.")
    assert drop_emphatic(s, s.text) == "L'alliance perd 65 sièges au Parlement, selon les premiers résultats."


def test_a_relative_with_a_clause_of_its_own_after_it_stays():
    """rev16b F3: « …, dimanche 29 novembre à 18 heures, un niveau qui n'avait
    plus été observé depuis la crue de 1907, quand le fleuve était monté à
    6,48 mètres. » gave « …, un niveau, quand le fleuve était monté à 6,48
    mètres. »: the 1907 rise said of Sunday (false), and « un niveau » said
    nothing."""
    text = ("La Loire a atteint 6,12 mètres à l'échelle du pont Royal d'Orléans, dimanche 29 novembre à 18 heures, "
            "un niveau qui n'avait plus été observé depuis la crue de 1907, quand le fleuve était monté à 6,48 "
            "mètres.")
    for form in _forms(text):
        assert "quand" not in form or "1907" in form, form
        assert "un niveau," not in form and "un niveau." not in form, form
    # The same relative followed by a « quand » clause, the group not in apposition.
    from seoarticle.rephrase import compress

    s = _first_sentence("La Loire a atteint jeudi à Orléans un niveau qui n'avait plus été observé depuis la crue de "
                        "1907, quand le fleuve était monté à 6,48 mètres.")
    assert compress(s, lean=True) is None or "1907" in compress(s, lean=True)
    # What an indefinite noun does may still go, alone (« un nouvel hologramme dans lequel … »).
    s = _first_sentence("La nouvelle série comporte un nouvel hologramme dans lequel apparait le portrait d'Europe.")
    assert compress(s, lean=True) == "La nouvelle série comporte un nouvel hologramme."


def test_no_cut_of_the_noun_a_kept_pronoun_stands_for():
    """rev16a F3: « l'école, qui accueille 34 élèves répartis en deux classes,
    devrait perdre l'une d'elles en septembre » gave « l'école devrait perdre
    l'une d'elles en septembre »: the classes, all « elles » stands for, cut.
    rev16b M11: « Jakarta, qui avait commandé 42 Rafale en 2022, envisageait
    d'en acquérir 24 supplémentaires » gave « Jakarta envisageait d'en
    acquérir 24 supplémentaires » (24 what?)."""
    text = ("C'est à Marcolès, village de 620 habitants, que la mobilisation est la plus forte : l'école, qui "
            "accueille 34 élèves répartis en deux classes, devrait perdre l'une d'elles en septembre.")
    for form in _forms(text):
        assert "l'une d'elles" not in form or "deux classes" in form, form
    text = ("Jakarta, qui avait commandé 42 Rafale en 2022, envisageait d'en acquérir 24 supplémentaires, mais aucun "
            "contrat n'a été signé.")
    for form in _forms(text):
        assert "d'en acquérir" not in form or "42 Rafale" in form, form
    # A relative with no noun a later pronoun may stand for still goes.
    from seoarticle.rephrase import compress

    s = _first_sentence("La série, qui sera dévoilée en mai, conserve les couleurs des billets actuels.")
    assert compress(s) == "La série conserve les couleurs des billets actuels."


def test_a_leading_adjunct_naming_what_a_bare_number_counts_stays():
    """rev16b G5: « Parmi elles, 140 ont été hébergées dans des gymnases, les
    autres ayant trouvé refuge chez des proches. » gave « 140 ont été
    hébergées … » (140 what?). The adjunct stays (the line then points back
    and goes)."""
    from seoarticle.rephrase import compress

    for text in ("Parmi elles, 140 ont été hébergées dans des gymnases, les autres ayant trouvé refuge chez des proches.",
                 "Parmi les blessés, la plupart sont sortis de l'hôpital dans la soirée de dimanche.",
                 "Parmi les blessés, trois sont dans un état grave, selon les pompiers du département."):
        s = _first_sentence(text)
        for form in (compress(s), compress(s, keep_dates=False), compress(s, lean=True)):
            assert form is None or form.startswith("Parmi"), form
        for form in _forms(text):
            assert not form.startswith(("140", "La plupart", "Trois")), form
    # A subject with its noun is no bare number: the adjunct may go.
    s = _first_sentence("Parmi les blessés, trois enfants sont dans un état grave, selon les pompiers du département.")
    assert compress(s) == "Trois enfants sont dans un état grave, selon les pompiers du département."


def test_a_demonstrative_made_an_article_contracts_after_a_or_de():
    """rev16a G1: « …qu'aucun cas de listériose lié à ces produits n'avait été
    signalé » gave « lié à les produits » (« à » + « les » is « aux »)."""
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _short_forms
    from seoarticle.reader import read

    text = ("Les produits concernés ont été vendus entre le 2 et le 21 novembre dans les enseignes Carrefour, "
            "Intermarché et Super U.\n\nLa direction départementale de la protection des populations (DDPP) de la "
            "Drôme, qui a été saisie dès le lendemain, a indiqué qu'aucun cas de listériose lié à ces produits "
            "n'avait été signalé à ce stade.")
    s = analyse(read(text)).sentences[1]
    forms = _short_forms(s)
    assert any("lié aux produits" in f for f in forms), forms
    assert not any(" à les " in f or " de les " in f for f in forms), forms
    # Each article and preposition; never inside a quotation.
    from seoarticle.rephrase import _replace_outside_quotes

    assert _replace_outside_quotes("la vente de ces fromages", " ces fromages", " les fromages") == "la vente des fromages"
    assert _replace_outside_quotes("lié à ce lot précis", " ce lot ", " le lot ") == "lié au lot précis"
    assert _replace_outside_quotes("issu de ce lot précis", " ce lot ", " le lot ") == "issu du lot précis"
    assert _replace_outside_quotes("lié à cette ville", " cette ville", " la ville") == "lié à la ville"
    assert _replace_outside_quotes("« lié à ces produits »", " ces produits ", " les produits ") == "« lié à ces produits »"


def test_a_ratio_unit_is_not_broken_from_its_figure():
    """rev16b G9: « est de 40 µg/m³ », « avec 31 µg/m³ »: an ordinary space
    between the figure and its unit, where « % », « millions », « mètres »
    got a no-break one."""
    from seoarticle.text import NBSP, french_typography

    out = french_typography("La station de la place Grenette, en revanche, n'a pas dépassé le seuil, avec 31 µg/m³. "
                            "L'Organisation mondiale de la santé recommande, elle, de ne pas dépasser 10 µg/m³.")
    assert f"31{NBSP}µg/m³" in out and f"10{NBSP}µg/m³" in out, out
    for text, unit in (("rejette 120 g/km", "g/km"), ("limitée à 90 km/h", "km/h"), ("un débit de 1 800 m³/s", "m³/s"),
                       ("jusqu'à 3 mg/l", "mg/l"), ("40 μg/m³ (mu grec)", "μg/m³")):
        assert f"{NBSP}{unit}" in french_typography(text), text
    assert french_typography("les 3 sites") == "les 3 sites"  # (no unit: a plain space)


def test_a_line_with_an_object_pronoun_of_another_sentence_points_back():
    """rev16b M6: « Une part de 100 000 euros leur reviendra, … » (« leur »:
    the plaintiffs of the sentence before); M19: « Le musée ne les avait pas
    fait assurer. » (« les »: the works of an earlier sentence); M11:
    « Jakarta envisageait d'en acquérir 24 supplémentaires » (« en »: the
    Rafale of the relative cut). Each is a key point no reader can follow."""
    from seoarticle.rephrase import points_back

    for line in ("Une part de 100 000 euros leur reviendra, le reste devant être réparti entre l'Agence de "
                 "l'environnement et de la maîtrise de l'énergie et Atmo Auvergne-Rhône-Alpes.",
                 "Le musée ne les avait pas fait assurer.",
                 "Jakarta envisageait d'en acquérir 24 supplémentaires, mais aucun contrat n'a été signé.",
                 "Le préfet l'a confirmé lundi soir lors d'un point presse à Orléans."):
        assert points_back(line), line
    # What the pronoun stands for is in the line; or no pronoun at all.
    for line in ("Le club a reçu trois offres et en a accepté une seule, selon son président.",
                 "Les œuvres volées ont été retrouvées, mais le musée ne les avait pas assurées.",
                 "Le voisin a déposé une plainte, mais la police ne l'a pas enregistrée.",
                 "Le voisin habite le quartier d'en face depuis 2010.",
                 "La police est arrivée sur les lieux en moins de dix minutes, selon la préfecture."):
        assert not points_back(line), line
