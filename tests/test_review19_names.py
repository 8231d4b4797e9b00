"""Review 19 (A, B): names and roles. A name's capital particle is no
article (A-F1, A-G3); « Qui est … ? » answers say no « the only one » of an
apposition, no nationality alone, the current title before the former (A-G2,
B-M2, A-M5); a name ending on an initial keeps its period (A-G4); an incise
removed before an inverted incise of saying leaves its comma (B-G1)."""

from __future__ import annotations

from pathlib import Path

from seoarticle.analysis import analyse
from seoarticle.reader import read
from seoarticle.rephrase import compress, relative_statements
from reading import article_md, faq_answer, plain

FIXTURES = Path(__file__).parent / "fixtures"


_plain = plain


def _md(name: str) -> str:
    return article_md(FIXTURES / name)


def _sentence(text: str, start: str = ""):
    return next(s for s in analyse(read("Titre\n\n" + text)).sentences if s.text.startswith(start))


_answer = faq_answer


# A-F1, A-G3: « Bruno Le Maire, qui avait refusé … » gave « le Maire avait refusé … » (the mayor).

def test_a_particle_is_never_split_from_the_first_name():
    md = _md("review19a_t05_reforme_cehr.txt")
    assert "- **sept ans** : Bruno Le Maire avait refusé toute hausse d'impôts pendant sept ans à Bercy." in md
    assert "le Maire" not in md and ": Le Maire" not in md


def test_a_particle_after_a_first_name_the_tagger_calls_a_noun():
    s = _sentence("Le maire de Lyon a rencontré la députée Sandrine Le Feur, qui a défendu son amendement "
                  "devant la commission.")
    forms = [_plain(f) for f in relative_statements(s)]
    assert "Sandrine Le Feur a défendu son amendement devant la commission." in forms, forms
    assert not any(f.startswith("Le Feur") for f in forms), forms


# A-G2, B-M2, A-M5: « Qui est … ? »

def test_a_definite_role_of_one_of_many_becomes_indefinite():
    # « l'élue écologiste Julie Laernoes » gave « Julie Laernoes est l'élue écologiste. »
    assert _answer(_md("review19a_t01_vote_loi_logement.txt"), "Julie Laernoes") == (
        "Julie Laernoes est une élue écologiste.")
    # the same with a trade's noun: « l'œnologue Pierre Lafarge »
    assert _answer(_md("review15_t09_vendanges.txt"), "Pierre Lafarge") == "Pierre Lafarge est un œnologue."


def test_a_nationality_alone_is_no_answer():
    # « le Français Hugo Mercier », « le Français Julien Thomas »: each « est le Français ».
    md = _md("review19b_t01_cyclisme_chute.txt")
    assert "est le Français" not in md and "est français" not in md
    assert _answer(md, "Hugo Mercier") is None and _answer(md, "Julien Thomas") is None
    assert _answer(md, "Lars Vandenbroucke") == "Lars Vandenbroucke est un sprinteur belge."


def test_the_title_before_an_inverted_incise_is_the_current_role():
    # « …, a reconnu la porte-parole du gouvernement, Maud Bregeon, ancienne porte-parole de Renaissance. »
    assert _answer(_md("review19a_t05_reforme_cehr.txt"), "Maud Bregeon") == (
        "Maud Bregeon est la porte-parole du gouvernement, ancienne porte-parole de Renaissance.")


def test_an_office_held_by_one_keeps_its_article():
    from seoarticle.engines.offline import _indefinite_person_role

    a = analyse(read("Titre\n\nLe président russe Vladimir Poutine a parlé."))
    assert _indefinite_person_role("le président russe", a) == "le président russe"
    assert _indefinite_person_role("le directeur financier", a) == "le directeur financier"
    assert _indefinite_person_role("le député socialiste", a) == "un député socialiste"


# A-G4: « Son ancien associé, David L., 46 ans » gave the keyword « David L ».

def test_a_name_ending_on_an_initial_keeps_its_period():
    md = _md("review19a_t02_proces_escroquerie_tva.txt")
    assert "\n- David L.\n" in md and "\n- David L\n" not in md
    a = analyse(read((FIXTURES / "review19a_t02_proces_escroquerie_tva.txt").read_text()))
    assert {"Samir B.", "David L.", "Jean-Marc V."} <= {e.name for e in a.entities}


# B-G1: the incise between two commas went with both before « a annoncé dimanche la mairie ».

def test_an_incise_before_an_inverted_saying_leaves_its_comma():
    md = _md("review19b_t02_musee_vol.txt")
    assert "musée des Beaux-Arts de Dijon, a annoncé dimanche la mairie." in md
    assert "de Dijon a annoncé" not in md
    # Between a subject and its verb, both commas go.
    s = _sentence("Le musée des Beaux-Arts de Dijon, installé dans l'ancien palais des ducs de Bourgogne, "
                  "a annoncé dimanche la fermeture de deux salles.")
    assert _plain(compress(s)) == "Le musée des Beaux-Arts de Dijon a annoncé dimanche la fermeture de deux salles."
