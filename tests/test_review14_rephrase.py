"""Session 13, rev14 reviewer's findings on rephrase.py: each test on the
reviewer's sentence (or a shorter real-French sentence of the same shape)."""

from conftest import first_sentence as _first_sentence


def test_a_final_date_completing_a_noun_does_not_go_first():
    """rev14 t03: « La FCPE a appelé à une journée de mobilisation le 27
    janvier. » gave « Le 27 janvier, la FCPE a appelé … »: the date is the
    mobilisation's, not the call's."""
    from seoarticle.rephrase import reorders

    s = _first_sentence("La Fédération des conseils de parents d’élèves (FCPE) a appelé à une journée de "
                        "mobilisation le 27 janvier.")
    assert not any(r.startswith("Le 27 janvier") for r in reorders(s)), reorders(s)
    # A date the parse hangs on the verb still goes first.
    s = _first_sentence("Les Philippines ont lancé le premier programme au monde de vaccination contre la dengue "
                        "ce lundi 4 avril.")
    assert reorders(s) == ["Ce lundi 4 avril, les Philippines ont lancé le premier programme au monde de "
                           "vaccination contre la dengue."]


def test_a_deadline_moves_with_its_whole_lead_or_not_at_all():
    """rev14 t07: « Les salariés recevront leur lettre de licenciement d’ici
    au 28 février. » gave « Au 28 février, les salariés recevront leur lettre
    de licenciement d’ici. »"""
    from seoarticle.rephrase import reorders

    s = _first_sentence("Les salariés recevront leur lettre de licenciement d’ici au 28 février.")
    assert reorders(s) == []
    s = _first_sentence("Le gouvernement présentera son projet d’ici au 28 février.")
    assert reorders(s) == ["D'ici au 28 février, le gouvernement présentera son projet."]
    s = _first_sentence("Les élèves passeront les épreuves avant le 15 juin.")
    assert reorders(s) == ["Avant le 15 juin, les élèves passeront les épreuves."]


def test_an_incise_cut_before_an_inverted_saying_verb_leaves_its_comma():
    """rev14 t02: « …, faisant 17 blessés, dont trois en urgence absolue, a
    indiqué la préfecture de la Savoie. » gave « …faisant 17 blessés a indiqué
    la préfecture … » (no comma before the incise of saying)."""
    from seoarticle.rephrase import compress

    s = _first_sentence("Un TER reliant Chambéry à Modane a déraillé mardi vers 7 h 40 à hauteur de la commune "
                        "d’Aiguebelle, faisant 17 blessés, dont trois en urgence absolue, a indiqué la préfecture "
                        "de la Savoie.")
    assert compress(s) == ("Un TER reliant Chambéry à Modane a déraillé mardi vers 7 h 40 à hauteur de la commune "
                           "d'Aiguebelle, faisant 17 blessés, a indiqué la préfecture de la Savoie.")
    # Between a subject and its verb, both commas go.
    s = _first_sentence("Dix personnes, dont trois enfants, ont été tuées dans l'explosion d'un immeuble à Lyon.")
    assert compress(s) == "Dix personnes ont été tuées dans l'explosion d'un immeuble à Lyon."


def test_selon_needs_a_clause_said_not_the_object_of_the_saying_verb():
    """rev14 t05: « Le maire de Lyon, Grégory Dumont, a annoncé la gratuité
    pour les moins de 26 ans … » gave « Selon la gratuité pour les moins de 26
    ans …, le maire de Lyon, Grégory Dumont. »"""
    from seoarticle.rephrase import attributions

    s = _first_sentence("Le maire de Lyon, Grégory Dumont, a annoncé la gratuité pour les moins de 26 ans et pour "
                        "tous les visiteurs le premier dimanche de chaque mois.")
    assert attributions(s) == []
    s = _first_sentence("Un TER a déraillé mardi près de Chambéry, faisant 17 blessés, a indiqué la préfecture de la "
                        "Savoie.")
    # (The shorter form, its participial clause cut, comes too now that the cut
    # keeps the comma of the incise of saying: review 20, B-G5.)
    assert attributions(s) == ["Selon la préfecture de la Savoie, un TER a déraillé mardi près de Chambéry.",
                               "Selon la préfecture de la Savoie, un TER a déraillé mardi près de Chambéry, faisant "
                               "17 blessés."]


def test_a_determiner_of_quantity_after_a_fronted_adjunct_is_lowered():
    """rev14 t01: « Au cours de la nuit, Quelque 450 sapeurs-pompiers ont
    effectué 180 sauvetages. » (a capital after the comma)."""
    from seoarticle.rephrase import compress, lower_start, reorder_form

    s = _first_sentence("Quelque 450 sapeurs-pompiers, appuyés par trois hélicoptères de la Sécurité civile, ont "
                        "effectué 180 sauvetages au cours de la nuit.")
    assert reorder_form(s, compress(s)) == ("Au cours de la nuit, quelque 450 sapeurs-pompiers ont effectué 180 "
                                            "sauvetages.")
    assert lower_start("Plusieurs centaines de visiteurs") == "plusieurs centaines de visiteurs"
    assert lower_start("Quelque Européens") == "quelque Européens"
    assert lower_start("Xavier Jugelé") == "Xavier Jugelé"


def test_a_deadline_never_leaves_its_lead_when_its_date_goes_to_a_label():
    """rev14 t07: « … d’ici au 28 février. » without its date left « … sa
    lettre de licenciement d’ici. », a deadline made a fixed date."""
    from seoarticle.rephrase import without_date

    for text in ("Les salariés recevront leur lettre de licenciement d’ici au 28 février.",
                 "Le gouvernement présentera son projet d'ici le 28 février."):
        s = _first_sentence(text)
        assert [without_date(s, d) for d in s.dates] == [None], text
    s = _first_sentence("Le gouvernement a présenté son projet le 28 février.")
    assert [without_date(s, d) for d in s.dates] == ["Le gouvernement a présenté son projet."]


def test_a_source_after_the_last_segment_without_a_comma_is_not_put_first():
    # Review 14, t09: « selon les pompiers » vouches for « sans gravité »; put
    # first (« Selon les pompiers, les secours ont pris en charge 312
    # personnes, … ») it vouched for the figures too.
    from seoarticle.rephrase import reorders

    s = _first_sentence("Les secours ont pris en charge 312 personnes, dont 14 ont été transportées à l'hôpital, "
                       "sans gravité selon les pompiers.")
    assert not [r for r in reorders(s) if r.startswith("Selon")]
    # With its comma, or in a sentence of one segment, the source is the whole sentence's.
    s = _first_sentence("Les secours ont pris en charge 312 personnes selon les pompiers.")
    assert "Selon les pompiers, les secours ont pris en charge 312 personnes." in reorders(s)
