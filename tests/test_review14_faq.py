"""Review 14: the FAQ's questions about names (engines/offline.faq), on
short texts made of the reviewer's sentences."""

from seoarticle import rewrite
from seoarticle.text import normalize


def _faq(text: str) -> str:
    md = normalize(rewrite(text).markdown).replace("’", "'")
    return md.split("## Questions-réponses", 1)[1] if "## Questions-réponses" in md else ""


CYCLALP = (
    "Le fabricant de vélos Cyclalp placé en liquidation judiciaire\n\n"
    "Annecy, 12 février 2026. – Le tribunal de commerce d'Annecy a prononcé mercredi la liquidation judiciaire du "
    "fabricant de vélos électriques Cyclalp, entraînant la suppression de ses 420 emplois.\n\n"
    "Le fonds d'investissement suisse Helvetia Mobility proposait de reprendre 85 salariés et la marque, pour un "
    "montant de 1,2 million d'euros. Le tribunal a jugé cette offre insuffisante.\n\n"
    "Le président de l'entreprise, Thomas Berthier, a dit sa tristesse. Les salariés ont été reçus jeudi.")


def test_an_organisation_is_asked_what_it_is_with_an_indefinite_article():
    """E34: « Qui est Helvetia Mobility ? » / « … est le fonds d'investissement
    suisse. »: a fund is no « qui », and it is one fund among others."""
    faq = _faq(CYCLALP)
    assert "Qui est Helvetia Mobility" not in faq
    if "Helvetia Mobility est" in faq:
        assert "Qu'est-ce que Helvetia Mobility ?" in faq
        assert "Helvetia Mobility est un fonds d'investissement suisse." in faq
    assert "Qui est Thomas Berthier ?" in faq  # (« le président »: a person)


def test_a_piece_of_a_longer_name_is_asked_about_not():
    """E11: « Qui est Métropole Savoie ? » / « Métropole Savoie est le centre
    hospitalier. » of « le centre hospitalier Métropole Savoie »."""
    faq = _faq("Un TER déraille en Savoie\n\nChambéry, 3 mars 2026. – Un TER reliant Chambéry à Modane a déraillé "
               "mardi à hauteur de la commune d'Aiguebelle, faisant 17 blessés.\n\nLe conducteur, âgé de 52 ans, "
               "fait partie des blessés graves. Il a été héliporté vers le centre hospitalier Métropole Savoie.\n\n"
               "Le président de la région Auvergne-Rhône-Alpes, Fabrice Delorme, s'est rendu sur place.")
    assert "Métropole Savoie ?" not in faq
    assert "Métropole Savoie est" not in faq


def test_a_bare_rank_is_no_role():
    """E44: « Hugo Lemaire est le premier Français. » of « Le premier Français,
    Hugo Lemaire, a terminé 11e »: first of what, the answer does not say."""
    faq = _faq("Marathon de Paris : Tadesse Bekele bat le record\n\nParis, 12 avril 2026. – L'Éthiopien Tadesse "
               "Bekele a remporté dimanche le marathon de Paris en 2 h 04 min 21 s.\n\nLe premier Français, Hugo "
               "Lemaire, a terminé 11e en 2 h 09 min 55 s. Le président de la course, Frédéric Sanaur, s'est "
               "félicité du record.")
    assert "le premier Français" not in faq
    assert "Qui est Frédéric Sanaur ?" in faq


def test_a_country_named_in_passing_is_asked_about_not():
    """E38: « Que sait-on de la France ? » / « Depuis 2022, il s'agit de la
    troisième vague d'expulsions de diplomates par la France. »: France is
    no subject of what is said, only named."""
    faq = _faq("La France expulse quatre diplomates\n\nParis, 5 mars 2026. – La France a décidé d'expulser quatre "
               "diplomates de l'ambassade de Tiraslav, soupçonnés d'espionnage, a annoncé mercredi le ministère.\n\n"
               "Il s'agit de la troisième vague d'expulsions de diplomates par la France depuis 2022. En avril 2022, "
               "Paris avait expulsé 35 diplomates russes.\n\nL'ambassade de France à Tiraslav a été placée en "
               "vigilance renforcée. Les diplomates expulsés disposent de 72 heures pour quitter la France.")
    assert "Que sait-on de la France ?" not in faq


def test_a_person_introduced_is_not_asked_about_again():
    """E25: « Qui est Grégory Dumont ? » then « Que sait-on de Grégory Dumont ? »
    (the reviewer's text)."""
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "review14_t05_musee.txt").read_text(encoding="utf-8")
    faq = _faq(text)
    assert "Qui est Grégory Dumont ?" in faq
    assert "Que sait-on de Grégory Dumont ?" not in faq


def test_no_when_question_of_a_verb_whose_complement_is_the_date():
    """G18: « Quand le précédent record datait-il ? » / « De novembre 2024. »."""
    from seoarticle.analysis import analyse
    from seoarticle.engines import questions as Q
    from seoarticle.reader import read

    s = analyse(read("Le précédent record datait de novembre 2024, avec 7,3 tonnes saisies sur ce même port.")).sentences[0]
    assert [Q.when(s, dm) for dm in s.dates] == [None] * len(s.dates)
    s = analyse(read("Le précédent record a été établi en novembre 2024 sur le port du Havre.")).sentences[0]
    assert any(Q.when(s, dm) for dm in s.dates)  # (a when of its own, asked)
    # (Not of « … sur ce même port »: the question would point to another sentence, rev17b W10.)
    s = analyse(read("Le précédent record a été établi en novembre 2024 sur ce même port.")).sentences[0]
    assert [Q.when(s, dm) for dm in s.dates] == [None] * len(s.dates)


def test_every_speaker_quoted_is_in_the_quotations():
    """E31: « Ce qu'a déclaré Marius Canale » when the text quotes three: Me
    Corinne Lavergne, after the quotation and its verb (which the tagger did
    not tag a name), and Me Antoine Verdier (« a-t-il affirmé » after « L'avocat
    de Petrochim, Me Antoine Verdier, a annoncé … »: Petrochim, after « de »,
    does not speak)."""
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import quotations
    from seoarticle.reader import read

    text = ("Pollution de l'étang de Berre : Petrochim condamnée\n\nAix-en-Provence, 25 septembre 2026. – Le tribunal "
            "judiciaire d'Aix-en-Provence a condamné jeudi la société Petrochim Méditerranée à une amende de 4,5 "
            "millions d'euros.\n\n« C'est la première fois qu'une juridiction de la région reconnaît un préjudice "
            "écologique d'une telle ampleur », s'est félicitée Me Corinne Lavergne, avocate de l'association Étang "
            "Vivant, partie civile.\n\nLes pêcheurs de l'étang obtiennent 340 000 euros d'indemnisation. « On a perdu "
            "la moitié de nos prises en quatre ans », a réagi Marius Canale, président de la prud'homie de pêche de "
            "Martigues.\n\nL'avocat de Petrochim, Me Antoine Verdier, a annoncé que sa cliente allait faire appel. "
            "« Le tribunal a fait une lecture erronée des données techniques. Les rejets étaient connus de "
            "l'administration », a-t-il affirmé.")
    said, speakers = quotations(analyse(read(text)))
    assert speakers == ["Me Corinne Lavergne", "Marius Canale", "Me Antoine Verdier"], speakers
