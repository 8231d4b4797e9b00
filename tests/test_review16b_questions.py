"""Session 15, round 2: code review cr16a's findings on the FAQ's questions
(engines/questions.py) and on rephrase.py, each test on the reviewer's
sentence."""

from seoarticle.analysis import analyse
from seoarticle.engines.offline import specific_questions
from seoarticle.reader import read
from seoarticle.rephrase import _replace_outside_quotes


def _asked(text: str) -> dict[str, str]:
    """The questions asked of `text`, with their short answers."""
    return {q.text: q.answer for q in specific_questions(analyse(read(text)))}


def test_a_question_does_not_name_one_item_of_a_list_the_parse_missed():
    """cr16a CA-1: « Quand le ministère a-t-il versé des aides aux éleveurs
    ? » of « … des aides aux éleveurs, aux abattoirs et aux transporteurs »
    (one of three): the parse gave the list no « conj » to read by."""
    asked = _asked("Le ministère a versé le 20 novembre des aides aux éleveurs, aux abattoirs et aux transporteurs.")
    assert asked == {"Quand le ministère a-t-il versé des aides ?": "Le 20 novembre."}, asked
    asked = _asked("La maladie a été détectée le 20 novembre chez des canards, des poulets et des dindes.")
    assert asked == {"Quand la maladie a-t-elle été détectée ?": "Le 20 novembre."}, asked
    asked = _asked("La préfecture a accordé le 20 novembre des dérogations à Dole, Lons-le-Saunier et Champagnole.")
    assert asked == {"Quand la préfecture a-t-elle accordé des dérogations ?": "Le 20 novembre."}, asked
    # A comma before no list: the complement stays.
    asked = _asked("Le ministre s'est rendu le 3 mars à Dole, où il a rencontré les élus et les agriculteurs.")
    assert "Quand le ministre s'est-il rendu à Dole ?" in asked, asked
    # A name, then its apposition: no list.
    asked = _asked("La cour d'appel de Rennes a relaxé jeudi 5 février l'ancien maire de Saint-Malo, Yves Kerbrat, qui "
                   "avait été condamné en première instance à dix-huit mois d'emprisonnement avec sursis et cinq ans "
                   "d'inéligibilité pour prise illégale d'intérêts.")
    assert "Quand la cour d'appel de Rennes a-t-elle relaxé l'ancien maire de Saint-Malo ?" in asked, asked


def test_what_is_is_not_asked_of_a_kind_its_name_tells():
    """cr16a CA-2: « Quelle est la grippe aviaire ? », « Quelle est la maladie
    de Lyme ? »: an indefinite defines the kind the subject names, whatever
    its length; and « Quelles sont les frelons asiatiques ? » (masculine)."""
    for text in ("La grippe aviaire est une maladie virale très contagieuse.",
                 "La maladie de Lyme est une infection transmise par les tiques.",
                 "La fièvre catarrhale ovine est une maladie animale.",
                 "Les frelons asiatiques sont des insectes invasifs."):
        assert not any(q.startswith("Quel") for q in _asked(text)), text
    asked = _asked("La seule option envisagée par les syndicats est une grève reconductible dès lundi.")
    assert "Quelle est la seule option envisagée par les syndicats ?" in asked, asked


def test_a_demonstrative_made_an_article_contracts_after_an_elided_a():
    """cr16a CA-3: « jusqu'à ces analyses complémentaires » became « jusqu'à
    les analyses complémentaires »."""
    assert _replace_outside_quotes("valable jusqu'à ces dates", " ces ", " les ") == "valable jusqu'aux dates"
    assert _replace_outside_quotes("valable jusqu’à ce jour", " ce ", " le ") == "valable jusqu’au jour"
    assert _replace_outside_quotes("lié à ces produits", " ces ", " les ") == "lié aux produits"


def test_where_is_asked_of_a_region_the_tagger_takes_for_a_noun():
    """cr16a CA-4: « en Haute-Savoie », « en Ardèche » (tagged NOUN) lost
    their « Où »."""
    for place in ("Haute-Savoie", "Ardèche"):
        asked = _asked(f"Un loup a été aperçu en {place} par un groupe de randonneurs. Le loup gris est une espèce "
                       "protégée en France.")
        assert asked.get("Où un loup a-t-il été aperçu par un groupe de randonneurs ?") == f"En {place}.", asked
    # « en » of a phrase stays no place.
    assert not _asked("La réunion s'est tenue en présence du maire de Dijon. La Bourgogne est touchée.")


def test_where_is_asked_through_a_town_noun_or_a_hyphened_noun():
    """cr16a CA-5: « dans les locaux de la mairie de Calvi », « dans le
    centre-ville de Dijon » lost their « Où »; « sous la présidence du maire
    de Dijon » still gives none."""
    asked = _asked("Les habitants ont été évacués dans les locaux de la mairie de Calvi. La Corse est touchée.")
    assert asked == {"Où les habitants ont-ils été évacués ?": "Dans les locaux de la mairie de Calvi."}, asked
    asked = _asked("Le suspect a été interpellé dans le centre-ville de Dijon. La Bourgogne est touchée.")
    assert asked == {"Où le suspect a-t-il été interpellé ?": "Dans le centre-ville de Dijon."}, asked
    assert not _asked("La réunion s'est tenue sous la présidence du maire de Dijon. La Bourgogne est touchée.")


def test_where_with_the_date_stays_when_the_when_question_lacks_the_place():
    """cr16a CA-6: the « Où » was dropped though « Quand les habitants
    ont-ils été évacués ? » does not hold the place."""
    asked = _asked("Les habitants ont été évacués le 3 mars dans les locaux de la mairie de Calvi. La Corse est touchée.")
    assert asked.get("Où les habitants ont-ils été évacués le 3 mars ?") == "Dans les locaux de la mairie de Calvi.", asked
    asked = _asked("La prochaine séance plénière est prévue le 18 février à Toulouse.")
    assert asked == {"Quand la prochaine séance plénière est-elle prévue à Toulouse ?": "Le 18 février."}, asked


def test_a_number_before_a_noun_after_the_day_is_no_other_day():
    """cr16a CA-7: « le 3 mars à 20 kilomètres de Dole » read « 20 » as a day."""
    asked = _asked("Le colis a été livré le 3 mars à 20 kilomètres de Dole.")
    assert asked == {"Quand le colis a-t-il été livré à 20 kilomètres de Dole ?": "Le 3 mars."}, asked
    asked = _asked("Les secouristes sont intervenus le 4 juillet à 10 kilomètres du site.")
    assert asked == {"Quand les secouristes sont-ils intervenus à 10 kilomètres du site ?": "Le 4 juillet."}, asked
    # A participle clause after the day, the object past it: the object stays in the question.
    asked = _asked("Le maire a inauguré le 5 mai, les 12 salariés étant présents, la nouvelle usine.")
    assert asked == {"Quand le maire a-t-il inauguré la nouvelle usine ?": "Le 5 mai."}, asked
    # Another day still makes no answer.
    assert not _asked("La commission s'est réunie le 3 mars et le 5 dans la mairie du village.")


def test_a_set_phrase_compares_with_nothing():
    """cr16a CA-8: « le paiement des heures supplémentaires » (« des » is « de
    les »), « de part et d'autre » lost their « Quand »."""
    asked = _asked("Le conseil a validé le 3 mars le paiement des heures supplémentaires.")
    assert asked == {"Quand le conseil a-t-il validé le paiement des heures supplémentaires ?": "Le 3 mars."}, asked
    asked = _asked("Les manifestants se sont rassemblés le 3 mars de part et d'autre du pont.")
    assert "Quand les manifestants se sont-ils rassemblés de part et d'autre du pont ?" in asked, asked
    # An indefinite still compares.
    assert not _asked("Le club a obtenu le 3 mars des garanties supplémentaires.")
    assert not _asked("Le suspect a été interpellé le 3 mars avec d'autres complices.")


def test_a_pluperfect_with_etre_asks_in_the_passe_compose():
    """cr16a CA-9: « Quand le maire s'était-il rendu à Dole ? »."""
    assert "Quand le maire s'est-il rendu à Dole ?" in _asked("Le maire s'était rendu à Dole le 3 mars.")
    assert "Quand le ministre est-il arrivé à Dole ?" in _asked("Le ministre était arrivé à Dole le 3 mars.")
    # A passive's « était » is an imperfect: it stays.
    assert "Quand le pont était-il fermé ?" in _asked("Le pont était fermé le 3 mars.")


def test_en_of_a_set_phrase_points_back_to_nothing():
    """cr16a CA-10: « d'en finir avec » read as a pronoun standing for a noun
    of another sentence."""
    from seoarticle.rephrase import points_back

    assert not points_back("Le président a décidé d'en finir avec les retards de paiement.")
    assert not points_back("Le club a choisi d'en savoir plus sur le joueur.")
    assert points_back("Le maire a refusé d'en parler.")


def test_the_answer_to_where_leaves_out_the_passive_agent():
    """cr16a CA-5: « sur les hauteurs de la commune de Thônes par des
    randonneurs », the agent hung by the parse on « hauteurs », was all
    the answer (« Sur les hauteurs … par des randonneurs. »)."""
    asked = _asked("Un loup a été aperçu sur les hauteurs de la commune de Thônes par des randonneurs. Le loup gris est "
                   "une espèce protégée en France.")
    assert asked == {"Où un loup a-t-il été aperçu par des randonneurs ?":
                     "Sur les hauteurs de la commune de Thônes."}, asked


def test_where_is_not_asked_of_an_hour_nor_again_of_the_when_place():
    """« Le conseil municipal se réunira le 12 décembre à 18 heures à Dole. »
    (cr16a p01) must not give « Où … se réunira-t-il le 12 décembre ? — À
    18 heures à Dole. » (the parse hangs « à Dole » on « heures »; and the
    « Quand » already asks it « à Dole »)."""
    asked = _asked("Le conseil municipal se réunira le 12 décembre à 18 heures à Dole. Le maire de Dole l'a annoncé.")
    assert asked == {"Quand le conseil municipal se réunira-t-il à Dole ?": "Le 12 décembre à 18 heures."}, asked
