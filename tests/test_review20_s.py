"""Review 20 (engineer s): the FAQ's identity statements (« Qui est … ? »,
« Qu'est-ce que … ? », « Que désigne le sigle … ? », « Que sait-on de … ? »)."""

from __future__ import annotations

from pathlib import Path

from reading import answer as answer_to, article_md, faq_answer, plain

FIXTURES = Path(__file__).parent / "fixtures"

# A short wire text of the same forms as the fixtures: a brand named after
# its founder's family, a title set before the name in an incise after « à
# l'AFP », a party label after two politicians' names, a trade's noun of both
# genders after « l' ».
BAKERY = """La chaîne de boulangeries Morin placée en sauvegarde

La chaîne de boulangeries Morin, qui compte 45 points de vente dans l'Ouest, a été placée mardi en procédure de sauvegarde par le tribunal de commerce de Nantes, a-t-on appris mercredi auprès de la direction.

« Nous voulons préserver tous les emplois », a indiqué à l'AFP la directrice générale, Claire Morin, fille du fondateur. Elle a précisé que les fournisseurs seraient payés.

La sénatrice Pauline Garnier (LR) a demandé mercredi un soutien de la région. Le député Arnaud Lemoine (PS) a écrit au préfet de Loire-Atlantique. La Ligue des droits de l'homme (LDH) ne s'est pas prononcée.

Selon l'épidémiologiste Dominique Ferrand, de l'université de Nantes, la fermeture de magasins n'aurait pas d'effet sur l'emploi local. « Les salariés retrouveront du travail », a-t-elle estimé.

La société emploie 320 salariés. Le tribunal a fixé une période d'observation de six mois, jusqu'au 15 septembre.
"""


def _md(text: str) -> str:
    from seoarticle import rewrite

    return plain(rewrite(text).markdown)


def _analysis(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read(text))


# --- A-F1: a person is what the text sets in apposition to them, never the brand ---

def test_a_person_is_not_the_brand_that_bears_the_surname():
    # « l'enseigne de chaussures Pradel » (the shop) and « le président du
    # directoire, Olivier Pradel, petit-fils du fondateur » (the man).
    md = article_md(FIXTURES / "review20a_t01_redressement_chaussures.txt")
    answer = faq_answer(md, "Olivier Pradel")
    assert answer == "Olivier Pradel est le président du directoire, petit-fils du fondateur."


def test_the_title_before_the_name_in_an_incise_to_the_agency():
    # « …, a indiqué à l'AFP la directrice générale, Claire Morin, fille du fondateur. »
    answer = faq_answer(_md(BAKERY), "Claire Morin")
    assert answer == "Claire Morin est la directrice générale, fille du fondateur."


# --- A-F2: a party label after a person's name defines no acronym -----------------

def test_a_party_label_after_a_name_is_no_acronym():
    md = article_md(FIXTURES / "review20a_t04_la_poste_cantal.txt")
    assert "Que désigne le sigle LR" not in md
    assert "désigne Lacombe" not in md
    acronyms = _analysis(BAKERY).acronyms
    assert "LR" not in acronyms and "PS" not in acronyms
    assert acronyms.get("LDH") == "Ligue des droits de l'homme"  # (a body's name, spelt out: kept)


def test_initials_of_a_person_are_no_acronym_either():
    acronyms = _analysis("Selon Pierre Sarre (PS), le projet de la région est trop coûteux pour les communes.\n\n"
                         "Le conseil régional votera le budget mardi.").acronyms
    assert "PS" not in acronyms


# --- B-F2: the body the news was learnt from is not what the sentence tells of -----

def test_the_source_of_the_news_gets_no_answer_of_another_body():
    md = article_md(FIXTURES / "review20b_t01_rugby_dnacg.txt")
    assert "Que sait-on de la Ligue nationale de rugby" not in md
    assert "Le gendarme financier du rugby professionnel, a-t-on appris" not in md.split("## Questions")[-1]


def test_a_t_on_appris_aupres_de_names_a_source_only():
    from seoarticle.engines.offline import _only_a_source

    a = _analysis("Le club de Montbrison a été rétrogradé mardi par la Direction nationale d'aide et de contrôle "
                  "de gestion, le gendarme financier du rugby, a-t-on appris auprès de la Ligue nationale de rugby "
                  "(LNR).\n\nLa Ligue nationale de rugby publiera le calendrier lundi.")
    first, second = a.sentences[0], a.sentences[1]
    assert _only_a_source(first, ["Ligue nationale de rugby"])
    assert not _only_a_source(second, ["Ligue nationale de rugby"])


# --- A-G4: a noun of both genders takes the person's gender -------------------------

def test_a_woman_is_une_epidemiologiste():
    md = article_md(FIXTURES / "review20a_t03_dengue_herault.txt")
    assert faq_answer(md, "Léa Montrichard") == "Léa Montrichard est une épidémiologiste."


def test_no_gender_guessed_when_the_name_tells_none():
    # « Dominique » is of both genders: the text's « l'épidémiologiste », not « un ».
    answer = faq_answer(_md(BAKERY), "Dominique Ferrand")
    assert answer is None or "un épidémiologiste" not in answer


# --- B-G2: two appositions of one noun are one role ------------------------------

def test_one_role_said_once():
    md = article_md(FIXTURES / "review20b_t02_manuscrit_drouot.txt")
    assert answer_to(md, "Qu'est-ce qu'Arthémis ?") == "Arthémis est une maison de ventes."


# --- A-M5: « le reste », « les deux autres » need the set another sentence gives --

def _faq(md: str) -> str:
    return md.split("## Questions-réponses", 1)[1]


def test_the_rest_of_a_sum_is_no_answer_on_its_own():
    # « Cette hausse rapporterait 4 millions … Le reste serait pris sur le budget
    # général …, a assuré le vice-président …, Patrick Prévost. »
    faq = _faq(article_md(FIXTURES / "review20a_t05_gratuite_transports.txt")).lower()
    assert "le reste serait pris" not in faq


def test_the_two_others_are_no_answer_on_their_own():
    # « … dont neuf dans la commune de Pérols … Les deux autres malades résident à
    # Lattes et à Mauguio, deux communes voisines, a précisé l'agence. »
    md = article_md(FIXTURES / "review20a_t03_dengue_herault.txt")
    assert "les deux autres malades" not in _faq(md).lower()
    assert "Les deux autres malades résident à Lattes" in md  # (the body keeps its paragraph)
