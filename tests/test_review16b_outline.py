"""Titles: code review cr16b's findings (session 15, round 2), on the
reviewer's French headlines (/tmp/cr16b/p*.txt)."""


def _analysis(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read(text))


def _title(text: str) -> str:
    from seoarticle import rewrite

    return rewrite(text).article.title


GARE = ("Gare de Lyon : un incendie provoque l'évacuation de 2 000 voyageurs en pleine heure de pointe\n\n"
        "Un incendie s'est déclaré mardi matin dans un local technique de la gare de Lyon, à Paris.\n"
        "Environ 2 000 voyageurs ont été évacués, selon la SNCF.\n"
        "Le trafic des TGV à destination de Lyon a été interrompu pendant trois heures.\n"
        "Les pompiers de Paris ont maîtrisé le feu vers 10 heures.\n")
BANQUE = ("Banque de France : la croissance du PIB ralentira nettement à 0,6 % en 2026 selon les prévisions\n\n"
          "La Banque de France a abaissé mardi sa prévision de croissance pour 2026 à 0,6 %, contre 0,9 % attendu "
          "en septembre.\n"
          "L'inflation reculerait à 1,4 % en France sur l'ensemble de l'année, selon l'institution.\n"
          "Le gouverneur François Villeroy de Galhau invoque « l'incertitude politique » et le ralentissement du "
          "commerce mondial.\n"
          "Le chômage atteindrait 7,8 % fin 2026.\n")


def test_a_rubric_that_names_a_thing_elsewhere_is_never_reduced_to_the_place():
    """cr16b F2: « Gare de Lyon : un incendie … » gave « Lyon : un incendie
    … » (the text: « la gare de Lyon, à Paris »), « Banque de France : la
    croissance … » gave « France : … » (the text: « La Banque de France a
    abaissé … », a name). The place alone only when the text writes the
    rubric's thing in lower case with it, placed nowhere else."""
    from seoarticle.outline import _rubric_place

    assert not _title(GARE).startswith("Lyon"), _title(GARE)
    assert _rubric_place(_analysis(GARE), "Gare de Lyon") == ("", 0)
    assert not _title(BANQUE).startswith("France"), _title(BANQUE)
    assert _rubric_place(_analysis(BANQUE), "Banque de France") == ("", 0)
    # A name the text writes with its capital (« l'Opéra de Paris »): no place of it.
    a = _analysis("Opéra de Paris : une grève annule la première de Carmen\n\n"
                  "Une grève des techniciens a contraint l'Opéra de Paris à annuler mardi la première de Carmen "
                  "à Paris.\n")
    assert _rubric_place(a, "Opéra de Paris") == ("", 0)
    # A common noun the text writes with its place: the thing is there.
    a = _analysis("Hôpital de Vierzon : les urgences fermeront la nuit faute de médecins pendant tout l'hiver\n\n"
                  "Le service des urgences de l'hôpital de Vierzon fermera chaque nuit pendant tout l'hiver, a "
                  "annoncé l'agence régionale de santé (ARS) mardi à Vierzon.\n")
    assert _rubric_place(a, "Hôpital de Vierzon") == ("Vierzon", 3)


CHEMINOT = ("Un cheminot de Rennes licencié pour faute de négligence grave après un déraillement\n\n"
            "Un cheminot de Rennes a été licencié pour faute grave par la SNCF, a-t-on appris mercredi.\n"
            "La direction lui reproche une négligence lors d'un déraillement survenu le 12 septembre en gare de "
            "Rennes.\n"
            "Le syndicat SUD-Rail dénonce une sanction « disproportionnée ».\n"
            "L'agent, qui comptait 22 ans d'ancienneté, va saisir les prud'hommes.\n")
URGENCES = ("Les urgences de Vierzon fermeront la nuit faute de médecins pendant tout l'hiver\n\n"
            "Le service des urgences de l'hôpital de Vierzon fermera chaque nuit de 20 heures à 8 heures pendant "
            "tout l'hiver, a annoncé l'agence régionale de santé (ARS) mardi.\n"
            "L'établissement manque de médecins urgentistes : seuls quatre postes sur douze sont pourvus.\n"
            "Les patients devront se rendre à Bourges, à 35 kilomètres.\n"
            "Le maire de Vierzon dénonce une décision « inacceptable ».\n")


def test_faute_de_after_a_preposition_is_a_noun_never_a_cause_cut():
    """cr16b G1: « Un cheminot de Rennes licencié pour faute de négligence
    grave après un déraillement » gave the title « Un cheminot de Rennes
    licencié pour »: after « pour », « faute » is the noun."""
    from seoarticle.outline import _shorter_statements, _title_splits

    head = CHEMINOT.split("\n", 1)[0]
    a = _analysis(CHEMINOT)
    assert _shorter_statements(a, head, 0, _title_splits(a, 0)) == []
    title = _title(CHEMINOT)
    assert not title.endswith(" pour"), title


def test_a_cause_cut_never_drops_a_duration_after_it():
    """cr16b M1: « Les urgences de Vierzon fermeront la nuit faute de
    médecins pendant tout l'hiver » gave « Les urgences de Vierzon
    fermeront la nuit »: the closure read as permanent. The cause goes
    alone, the duration of what stays is kept; a cause followed by anything
    else (a place) is not final: no cut."""
    from seoarticle.outline import _fit, _shorter_statements, _title_splits

    head = URGENCES.split("\n", 1)[0]
    a = _analysis(URGENCES)
    assert _shorter_statements(a, head, 0, _title_splits(a, 0)) == [
        "Les urgences de Vierzon fermeront la nuit pendant tout l'hiver"]
    assert _title(URGENCES) == "Les urgences de Vierzon fermeront la nuit pendant tout l'hiver"
    # A cut at a word never leaves the duration out either.
    assert _fit(head, 65) == ""
    text = ("Les vols seront annulés mardi en raison d'une grève des contrôleurs à Marseille\n\n"
            "Les vols seront annulés mardi en raison d'une grève des contrôleurs aériens à Marseille, a annoncé "
            "la DGAC.\n")
    head = text.split("\n", 1)[0]
    a = _analysis(text)
    assert _shorter_statements(a, head, 0, _title_splits(a, 0)) == []


class _Focus:
    def __init__(self, text: str):
        self.text = text


def test_a_slug_never_ends_on_a_word_that_waits_for_its_noun():
    """« camille-corot-dijon-trois-tableaux-derobes-pleine » of « … dérobés
    en pleine nuit », « …-nuit-jusqu-au-15 » of « jusqu'au 15 janvier »: the
    slug's limit fell inside a group; the next word completes it. A number
    whose noun the slug already holds stays (« personnes-evacuees-…-3200 »).
    An elided word keeps its hyphen, as French news sites write their slugs
    (« jusqu-au »)."""
    from seoarticle.outline import make_slug

    assert make_slug("Dijon : trois tableaux dérobés en pleine nuit", _Focus("Camille Corot")) == \
        "camille-corot-dijon-trois-tableaux-derobes-pleine-nuit"
    assert make_slug("Vierzon : les urgences fermeront la nuit jusqu'au 15 janvier", _Focus("hôpital de Vierzon")) == \
        "hopital-vierzon-urgences-fermeront-nuit-jusqu-au-15-janvier"
    assert make_slug("Incendie dans le Var : 3 200 personnes évacuées", _Focus("personnes évacuées")) == \
        "personnes-evacuees-incendie-var-3200"
    # Past two more words, the slug ends before the group instead.
    assert make_slug("Vierzon : les urgences fermeront leurs portes la nuit jusqu'au premier grand froid",
                     _Focus("hôpital de Vierzon")) == "hopital-vierzon-urgences-fermeront-portes-nuit"


def test_a_rubric_that_says_where_with_a_is_reduced_to_its_place():
    """« Incendie d'une ferme à Plouescat : le maire salue … » (cr16b
    p32): « à » places the fire; reduced to the place, the rubric fits,
    whatever words of it the text writes."""
    text = ("Incendie d'une ferme à Plouescat : le maire salue l'intervention des pompiers\n\n"
            "Un incendie a détruit un hangar agricole de 800 mètres carrés dans la nuit de samedi à dimanche à "
            "Plouescat, dans le Finistère.\n"
            "Le maire de la commune, Jean Morel, s'est rendu sur place dès 3 heures du matin.\n"
            "« Je suis fier de nos pompiers », a déclaré Jean Morel.\n"
            "Aucun animal n'a péri.\n")
    assert _title(text) == "Plouescat : le maire salue l'intervention des pompiers", _title(text)
