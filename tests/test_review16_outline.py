"""Titles, slugs, descriptions and intertitres: review 16's findings (session
15), on the reviewers' French sentences."""

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class _Focus:
    def __init__(self, text: str):
        self.text = text


def test_a_slug_never_drops_a_negation_word():
    """rev16b M15: « Visite du président indonésien à Paris : mais pas de
    Rafale » gave the slug « president-indonesien-visite-paris-mais-rafale »:
    « pas », a function word, was dropped and the slug said the opposite."""
    from seoarticle.outline import make_slug

    slug = make_slug("Visite du président indonésien à Paris : mais pas de Rafale", _Focus("président indonésien"))
    assert slug == "president-indonesien-visite-paris-mais-pas-rafale"
    assert make_slug("Grenoble : l'État ne fera pas appel", _Focus("pollution")) == "pollution-grenoble-etat-fera-pas-appel"
    assert make_slug("Un accord sans la Hongrie", _Focus("accord")) == "accord-sans-hongrie"
    # « plus » negates after « ne » only: « plus de » is a measure.
    assert make_slug("La ligne n'est plus desservie", _Focus("ligne")) == "ligne-est-plus-desservie"
    assert make_slug("Plus de 300 manifestants", _Focus("manifestants")) == "manifestants-300"


def test_a_slug_too_long_for_its_negation_ends_before_what_it_negates():
    """Past SLUG_MAX_WORDS the negation would go and its verb stay
    (« …-fera » for « ne fera pas appel »): the slug ends before the verb."""
    from seoarticle.outline import make_slug

    slug = make_slug("Pollution de l'air dans la métropole de Grenoble en Isère : l'État ne fera pas appel",
                     _Focus("pollution de l'air"))
    assert slug == "pollution-air-metropole-grenoble-isere-etat"


def _plan_of(path: Path):
    from seoarticle import keyphrase, outline
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare
    from seoarticle.model import Options
    from seoarticle.reader import load

    analysis = analyse(prepare(load(path.read_bytes(), path.name), Options()))
    focus, secondary = keyphrase.choose(analysis, None)
    return outline.make_plan(analysis, focus, secondary), analysis


def test_a_title_is_never_a_second_member_of_a_coordination_alone():
    """rev16b G1: « Visite du président indonésien à Paris : mais pas de
    Rafale », of the headline « … : 9 milliards d'euros d'accords signés,
    mais pas de Rafale »: the part after the comma, on « mais », opposes
    nothing alone."""
    plan, _ = _plan_of(FIXTURES / "review16b_t03_visite.txt")
    assert not plan.title.split(" : ")[-1].lower().startswith("mais"), plan.title
    assert "9 milliards d'euros d'accords signés" in plan.title, plan.title
    # A one-digit number is a word of the slug (« 9 milliards »), never dropped.
    assert "-9-milliards-" in plan.slug, plan.slug


def _groups(text: str) -> list[str]:
    from conftest import first_sentence
    from seoarticle.outline import _heading_windows

    return [g[2].lower() for g in _heading_windows(first_sentence(text))]


def test_the_verb_of_an_incise_after_a_quotation_is_no_heading():
    """rev16a G5: H2 « Le craint Sandrine Couderc et la FCPE du Cantal »:
    « craint », the incise's verb, tagged as a noun, got an article."""
    groups = _groups("« Si la classe ferme, certaines familles iront inscrire leurs enfants à Aurillac, et l'école ne "
                     "s'en relèvera pas », craint Sandrine Couderc, mère de deux enfants scolarisés à Marcolès et "
                     "représentante des parents au conseil d'école.")
    assert not any(g.startswith("craint") for g in groups), groups
    assert "sandrine couderc" in groups, groups


def test_a_heading_never_ends_on_a_verb_the_tagger_read_as_an_adjective():
    """rev16b G4: H2 « L'Organisation mondiale de la santé recommande »
    (« recommande », tagged an adjective, is the verb: its object is cut)."""
    groups = _groups("L'Organisation mondiale de la santé recommande, elle, de ne pas dépasser 10 µg/m³.")
    assert not any(g.endswith("recommande") for g in groups), groups
    # Corpus 005: « Le groupe de tête démarre » was a heading too.
    groups = _groups("Avec plus d'une minute et vingt secondes, le groupe de tête démarre la course à pied, a l'issue "
                     "de la seconde transition.")
    assert not any(g.endswith("démarre") for g in groups), groups
    # A participle or an adjective in -e stays (« La température ressentie », « la Bourse »).
    groups = _groups("La température ressentie est descendue jusqu'à moins 15 degrés, selon Météo-France.")
    assert "la température ressentie" in groups, groups


def _sentence(text: str):
    from conftest import first_sentence

    return first_sentence(text)


def test_a_description_is_never_a_subject_and_its_relative_without_the_main_verb():
    """rev16b G3: description « Le ministère de la Transition écologique, qui
    dispose de deux mois pour faire appel devant la cour administrative
    d'appel de Lyon. » (the main verb « a indiqué » was cut)."""
    from seoarticle.outline import _truncations

    s = _sentence("Le ministère de la Transition écologique, qui dispose de deux mois pour faire appel devant la cour "
                  "administrative d'appel de Lyon, a indiqué « prendre acte » de la décision.")
    assert _truncations(s) == [], _truncations(s)
    # A cut inside a relative whose verb follows: « …, un pays qui, malgré ses liens étroits avec Moscou. »
    s = _sentence("De plus, l'intégration militaire permet à la Russie de maintenir une influence sur la Biélorussie, "
                  "un pays qui, malgré ses liens étroits avec Moscou, a parfois montré des signes d'indépendance.")
    assert not any(t.endswith("Moscou.") for t in _truncations(s)), _truncations(s)


def test_a_description_never_keeps_the_first_item_of_a_list_alone():
    """rev16a t01: « … dans les enseignes Carrefour. » and « Les lots portent
    les numéros 4471. » were cuts of « Carrefour, Intermarché et Super U »,
    « 4471, 4472 et 4480 »."""
    from seoarticle.outline import _truncations

    s = _sentence("Les produits concernés ont été vendus entre le 2 et le 21 novembre dans les enseignes Carrefour, "
                  "Intermarché et Super U, ainsi que sur plusieurs marchés de la Drôme et de l'Isère.")
    assert not any(t.endswith("Carrefour.") for t in _truncations(s)), _truncations(s)
    s = _sentence("Les lots portent les numéros 4471, 4472 et 4480, avec des dates limites de consommation comprises "
                  "entre le 28 novembre et le 9 décembre.")
    assert not any(t.endswith("4471.") for t in _truncations(s)), _truncations(s)


def test_a_description_opens_on_no_group_a_sentence_before_named():
    """rev16a M1: description « Les produits concernés ont été vendus … »
    (concerned by what?); rev16b M2: « …, mais pas à salaire égal, précise le
    texte. » (« le texte » reads as the article)."""
    from seoarticle.outline import _unknown_start

    assert _unknown_start("Les produits concernés ont été vendus entre le 2 et le 21 novembre dans les enseignes "
                          "Carrefour, Intermarché et Super U.", ())
    assert _unknown_start("Les salariés de Vénissieux se verraient proposer un reclassement à Saint-Priest, mais pas à "
                          "salaire égal, précise le texte.", ())
    assert _unknown_start("Selon le document, 318 départs seraient contraints.", ())
    assert not _unknown_start("Selon le document remis aux élus du comité social et économique, 318 départs seraient "
                              "contraints et 94 autres pourraient se faire sur la base du volontariat.", ())


def test_a_description_may_be_the_shortened_lead_cut_before_its_cause():
    """rev16a M1: the lead « La société Fromagerie Aubert, qui commercialise …,
    a lancé mardi 24 novembre une procédure de rappel …, en raison d'une
    possible contamination … » is too long whole, cut or shortened; without
    its relative and cut before « en raison de », it says the news."""
    plan, _ = _plan_of(FIXTURES / "review16a_t01_rappel.txt")
    assert plan.description == ("La société Fromagerie Aubert a lancé mardi 24 novembre une procédure de rappel de "
                                "plusieurs lots de fromages à pâte molle."), plan.description


def test_a_title_says_the_news_of_a_headline_too_long_for_it():
    """Titles without the news, « keyphrase : topic » (rev16a W1, W2, rev16b
    W1, rev15 t01, t06), where a faithful shorter form of the headline fits:
    before a cause, with the rubric reduced to its place, the first of two
    coordinated verbs, a cut the parse can vouch for (« à 2 800 mètres »:
    a figure the tagger calls a determiner is no misreading)."""
    expected = {
        "review15_t01_urgences.txt": "Vierzon : les urgences fermeront la nuit jusqu'au 15 janvier",  # not « Hôpital de Vierzon : l'ARS »
        "review15_t06_cyclisme.txt": "Lenny Martinez s'impose au sommet de la Loge des Gardes",  # « Lenny Martinez : la Loge des Gardes »
        "review16a_t06_secours.txt": "Massif du Mont-Blanc : deux randonneurs secourus après une nuit",  # « … : le PGHM de Chamonix »
        "review16a_t03_deraillement.txt": "Déraillement d'un TER dans le Jura : 23 blessés",  # « SNCF Réseau : la ligne des Hirondelles »
        "review16b_t01_pse.txt": "Valmeyre annonce la suppression de 412 postes",  # « Salariés de Vénissieux : Saint-Priest »
    }
    for name, title in expected.items():
        plan, _ = _plan_of(FIXTURES / name)
        assert plan.title == title, (name, plan.title)


def _analysis(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read(text))


def test_a_shorter_title_never_drops_a_bound_nor_a_person_s_rubric():
    """A cause goes only when nothing after it bounds what stays (« faute de
    médecins jusqu'au 15 janvier »); a rubric naming a person keeps it
    (« Maire de Lyon »: without it, who resigns?)."""
    from seoarticle.outline import _rubric_place, _shorter_statements, _title_splits

    body = "Les urgences de Vierzon fermeront la nuit faute de médecins jusqu'au 15 janvier"
    a = _analysis(body + "\n\nLes urgences de l'hôpital de Vierzon fermeront la nuit, a annoncé l'ARS mardi à Vierzon.")
    assert _shorter_statements(a, body, 0, _title_splits(a, 0)) == []
    body = "Les urgences de Vierzon fermeront la nuit jusqu'au 15 janvier faute de médecins"
    a = _analysis(body + "\n\nLes urgences de l'hôpital de Vierzon fermeront la nuit, a annoncé l'ARS mardi à Vierzon.")
    assert _shorter_statements(a, body, 0, _title_splits(a, 0)) == [
        "Les urgences de Vierzon fermeront la nuit jusqu'au 15 janvier"]
    a = _analysis("Maire de Lyon : démission annoncée\n\nLe maire de Lyon a annoncé sa démission mardi à Lyon.")
    assert _rubric_place(a, "Maire de Lyon") == ("", 0)


def test_a_rubric_reduced_to_its_place_keeps_a_quotation_s_speaker():
    """rev16b W14: « Trois tableaux dérobés en pleine nuit » lost the place
    of « Vol au musée des Beaux-Arts de Dijon : … »; reduced to its place,
    the rubric fits. Never for a rubric naming who speaks: « Sophie
    Marchetti, directrice de l'hôpital de Cahors : « … » » is no « Cahors : « … » »."""
    from test_titles_review12 import ENTRETIEN
    from seoarticle import rewrite

    plan, _ = _plan_of(FIXTURES / "review16b_t05_vol.txt")
    assert plan.title == "Dijon : trois tableaux dérobés en pleine nuit", plan.title
    title = rewrite(ENTRETIEN).article.title
    assert not title.startswith("Cahors"), title


def test_a_heading_never_cuts_a_name_before_its_acronym():
    """rev16a M6: H2 « Jean-Marc Pellerin et le Bureau d'enquêtes », of « Le
    Bureau d'enquêtes sur les accidents de transport terrestre (BEA-TT) »."""
    groups = _groups("Le Bureau d'enquêtes sur les accidents de transport terrestre (BEA-TT) a ouvert une enquête "
                     "technique, distincte de l'enquête judiciaire confiée au parquet de Lons-le-Saunier.")
    assert "le bureau d'enquêtes" not in groups, groups
    assert "l'enquête judiciaire" in groups, groups


def test_a_heading_never_ends_on_a_participle_before_its_complement():
    """« L'autocontrôle réalisé » of « … lors d'un autocontrôle réalisé le 20
    novembre sur un échantillon … » (rev16a t01): the participle's date and
    place follow; cut, the group says less than a thing done then."""
    groups = _groups("La contamination a été détectée lors d'un autocontrôle réalisé le 20 novembre sur un échantillon "
                     "prélevé en fin de chaîne de production à Saint-Jean-en-Royans.")
    assert not any(g.endswith("réalisé") for g in groups), groups
