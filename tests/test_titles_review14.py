"""Titles and intertitres: the rev14 review's findings (session 13), on the
reviewer's French sentences."""

from conftest import first_sentence as _first_sentence


def _groups(text: str) -> list[str]:
    from seoarticle.outline import _heading_windows

    return [g[2].lower() for g in _heading_windows(_first_sentence(text))]


def test_a_heading_never_stops_before_a_coordinated_complement_of_its_last_noun():
    """rev14 t01: H2 « Le directeur du service départemental d’incendie »
    (« … et de secours » cut)."""
    groups = _groups("« Ils ont tenté de franchir un gué submergé, malgré les barrières », a expliqué le colonel Éric "
                     "Fabre, directeur du service départemental d’incendie et de secours.")
    assert not any(g.endswith("incendie") for g in groups), groups
    # Two coordinated groups, each whole, stay.
    groups = _groups("Les services de transport en commun et des liaisons ferroviaires dans les grandes villes de la "
                     "côte est sont suspendus.")
    assert "les services de transport en commun" in groups, groups


def test_a_heading_never_stops_before_the_complement_of_a_locution():
    """rev14 t07: H2 « Christophe Mugnier et la mise en place » (« … d’une
    cellule de reclassement » cut)."""
    groups = _groups("La préfecture de la Haute-Savoie a annoncé la mise en place d’une cellule de reclassement.")
    assert "la mise en place" not in groups, groups
    assert "la préfecture de la haute-savoie" in groups, groups


def test_a_prepositional_locution_and_tels_que_are_no_heading():
    """« à l'exception du quintuple champion du monde » gave a heading
    « L’exception du quintuple champion du monde »; « des exercices
    militaires réguliers tels que … », « Les exercices militaires réguliers tels »."""
    groups = _groups("Les meilleurs mondiaux ont pris le départ à l'exception du quintuple champion du monde.")
    assert not any(g.startswith("l'exception") for g in groups), groups
    groups = _groups("Les deux pays organisent des exercices militaires réguliers tels que des manœuvres navales.")
    assert not any(g.endswith("tels") for g in groups), groups


SPATIAL = 'Ariane 6 place en orbite deux satellites de la constellation Galileo\n\nKourou, 18 novembre 2026. – La fusée européenne Ariane 6 a décollé mercredi à 22 h 17, heure de Guyane, du Centre spatial guyanais de Kourou, et a placé avec succès en orbite deux satellites du système de navigation Galileo, a annoncé Arianespace.\n\nIl s’agissait du septième lancement de la fusée depuis son vol inaugural, en juillet 2024, et du deuxième de l’année dans sa version à quatre propulseurs d’appoint, baptisée Ariane 64.\n\nLes deux satellites, construits par l’allemand OHB à Brême, pèsent chacun environ 750 kilogrammes. Ils ont été largués 3 heures et 55 minutes après le décollage, à une altitude de 22 922 kilomètres.\n\n« C’est une soirée parfaite. Ariane 6 confirme qu’elle est la réponse européenne à l’autonomie d’accès à l’espace », s’est félicité le président exécutif d’Arianespace, David Carrère, dans la salle de contrôle Jupiter.\n\nLe directeur général de l’Agence spatiale européenne (ESA), Josef Amberg, a salué « un jalon important pour la souveraineté européenne ». Avec ces deux nouveaux engins, la constellation Galileo compte désormais 30 satellites, dont 26 opérationnels.\n\nGalileo, concurrent du GPS américain, revendique plus de 4 milliards d’utilisateurs dans le monde, principalement par l’intermédiaire des smartphones. Sa précision est annoncée à 20 centimètres pour les services à haute précision.\n\nArianespace vise dix lancements d’Ariane 6 en 2027, contre six cette année. « La montée en cadence est notre priorité absolue », a souligné David Carrère.\n\nLe programme a accumulé des retards importants : le premier vol d’Ariane 6, initialement prévu en 2020, n’a eu lieu que quatre ans plus tard. Son développement a coûté environ 4 milliards d’euros.\n\nLe prochain lancement, prévu le 16 décembre, doit emporter un satellite militaire français de la série CSO.\n'

EXPULSION = 'La France expulse quatre diplomates d’un pays d’Europe de l’Est soupçonnés d’espionnage\n\nParis, 21 mai 2026. – Le ministère de l’Europe et des Affaires étrangères a annoncé jeudi l’expulsion de quatre diplomates de l’ambassade de Moldavoslavie à Paris, accusés de s’être livrés à des « activités incompatibles avec leur statut », expression consacrée pour désigner l’espionnage.\n\nLes quatre diplomates, dont un premier secrétaire et un attaché militaire adjoint, disposent de 72 heures pour quitter le territoire français. L’ambassadeur, Viktor Drăgan, a été convoqué au Quai d’Orsay mercredi soir.\n\nSelon une source proche du dossier, les diplomates sont soupçonnés d’avoir tenté de recruter au moins deux fonctionnaires du ministère des Armées et d’avoir collecté des informations sur des livraisons d’armes. La Direction générale de la sécurité intérieure (DGSI) les surveillait depuis dix-huit mois.\n\n« La France ne tolérera aucune ingérence sur son sol. Notre réponse est proportionnée et ferme », a déclaré le porte-parole du Quai d’Orsay, Pascal Confavreux, lors de son point de presse hebdomadaire.\n\nUn fonctionnaire de la Direction générale de l’armement, âgé de 41 ans, a été mis en examen le 16 mai pour « intelligence avec une puissance étrangère » et placé en détention provisoire, a confirmé le parquet de Paris.\n\nDans un communiqué publié dans la soirée, le ministère des Affaires étrangères de Moldavoslavie a dénoncé une « provocation inacceptable » et promis une « réponse réciproque ». « Ces accusations sont sans fondement et relèvent de la paranoïa », a affirmé sa porte-parole, Irina Vasilescu.\n\nIl s’agit de la troisième vague d’expulsions de diplomates par la France depuis 2022. En avril 2022, Paris avait expulsé 35 diplomates russes, puis six autres en 2023.\n\nPlusieurs pays européens, dont l’Allemagne et la Belgique, ont annoncé étudier des mesures similaires. « Nous partageons les informations avec nos partenaires », a précisé Pascal Confavreux.\n\nL’ambassade de France à Tiraslav a été placée en « vigilance renforcée », et les ressortissants français sur place, environ 1 200 personnes, ont été invités à la prudence.\n'


def _plan(text: str):
    from seoarticle import keyphrase, outline
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    analysis = analyse(read(text))
    focus, secondary = keyphrase.choose(analysis, None)
    return outline.make_plan(analysis, focus, secondary), analysis


def test_a_title_keeps_a_name_s_capital_and_never_cuts_a_headline_its_parse_cannot_read():
    """rev14 t04: « Satellites de la constellation Galileo : ariane 6 place »:
    « Ariane » lowered (the parser calls it a determiner) and « place » left
    without its object (the parser calls it a noun)."""
    plan, analysis = _plan(SPATIAL)
    assert "place" not in plan.title.split(), plan.title
    assert "ariane" not in plan.title, plan.title
    from seoarticle.arrays import words_of
    from seoarticle.outline import _capitalised_inside, _misparsed

    assert _capitalised_inside(analysis, "Ariane")
    assert _misparsed(words_of(analysis.title_doc))


def test_a_title_topic_is_never_a_name_s_tail():
    """rev14 t08: « Expulsions de diplomates : Affaires étrangères » (of « le
    ministère de l'Europe et des Affaires étrangères »)."""
    plan, analysis = _plan(EXPULSION)
    assert not plan.title.endswith("Affaires étrangères"), plan.title
    from seoarticle.outline import _only_a_complement

    assert _only_a_complement("Affaires étrangères", analysis)
    assert not _only_a_complement("Quai d'Orsay", analysis)  # « convoqué au Quai d'Orsay »: a place of its own
