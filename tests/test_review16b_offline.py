"""Review 16, round 2: FAQ answers that say nothing of what they are asked
about (B-W16, B-W17, A-W16) and key points that point back."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def _rewrite(name: str) -> str:
    from seoarticle import rewrite
    from seoarticle.reader import load

    path = FIXTURES / name
    return rewrite(load(path.read_bytes(), path.name)).markdown.replace("\u00a0", " ").replace("\u202f", " ")


def _sentence(text: str, start: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    a = analyse(read("Titre\n\n" + text))
    return next(s for s in a.sentences if s.text.startswith(start))


# B-W16: a topic written only as the complement of another noun.

def test_a_topic_only_complement_of_a_noun_is_not_what_the_sentence_tells_of():
    from seoarticle.engines.offline import _only_a_complement

    s = _sentence("Les œuvres ont été inscrites dans la base de données d'Interpol des biens culturels volés.", "Les")
    assert _only_a_complement(s, "biens culturels")
    s = _sentence("Les biens culturels volés sont inscrits dans une base de données.", "Les")
    assert not _only_a_complement(s, "biens culturels")
    # A noun of quantity speaks of its complement.
    s = _sentence("Le nombre de fermetures de classes a doublé cette année.", "Le")
    assert not _only_a_complement(s, "fermetures de classes")


def test_no_faq_question_on_a_topic_the_text_writes_only_as_a_complement():
    md = _rewrite("review16b_t05_vol.txt")
    assert "Que sait-on des biens culturels ?" not in md
    assert "Dans la base de données d’Interpol des biens culturels volés, les œuvres" not in md


def test_a_moved_form_is_told_from_those_in_the_sentence_order():
    from seoarticle.engines.offline import _forms_and_order, _in_order_forms

    s = _sentence("Les œuvres ont été inscrites dans la base de données d'Interpol des biens culturels volés.", "Les")
    forms = dict(_forms_and_order(s))
    moved = "Dans la base de données d'Interpol des biens culturels volés, les œuvres ont été inscrites."
    assert forms.get(moved) is False
    order = _in_order_forms(s)
    assert all(forms[f] for f in order[: sum(forms.values())])


# B-W17: a place that is only where someone goes.

def test_a_place_someone_goes_to_is_not_where_the_event_happens():
    from seoarticle.engines.offline import _only_a_destination

    s = _sentence("Le ministre de l'Intérieur, qui était attendu lundi à Orléans, a annoncé que l'état de "
                  "catastrophe naturelle serait reconnu.", "Le")
    assert _only_a_destination(s, "à Orléans", "Orléans")
    s = _sentence("Le président s'est rendu mardi à Marseille.", "Le")
    assert _only_a_destination(s, "à Marseille", "Marseille")
    s = _sentence("Le pic de crue devrait être atteint à Orléans dans la nuit de dimanche à lundi.", "Le")
    assert not _only_a_destination(s, "à Orléans", "Orléans")


def test_no_place_question_answered_by_a_visit():
    md = _rewrite("review16b_t06_crue.txt")
    assert "Le ministre de l’Intérieur était attendu lundi à Orléans." not in md
    assert "Qu’en est-il à Orléans ?" not in md


# A-W16: a person named only as the source of the statement.

def test_a_person_named_only_as_a_source_is_told_nothing_of():
    from seoarticle.engines.offline import _only_a_source

    forms = ["Sophie Vandenberghe", "Vandenberghe"]
    s = _sentence("Aucun pronostic vital n'était engagé, a précisé la préfète, Sophie Vandenberghe.", "Aucun")
    assert _only_a_source(s, forms)
    s = _sentence("Selon la préfète, Sophie Vandenberghe, aucun pronostic vital n'était engagé.", "Selon")
    assert _only_a_source(s, forms)
    # The subject of the sentence, or of what follows the saying verb: told of.
    s = _sentence("Selon le rapport, Sophie Vandenberghe a été informée dès lundi.", "Selon")
    assert not _only_a_source(s, forms)
    s = _sentence("Sophie Vandenberghe a précisé qu'aucun pronostic vital n'était engagé.", "Sophie")
    assert not _only_a_source(s, forms)
    s = _sentence("Aucun pronostic vital n'était engagé, a précisé la préfète, Sophie Vandenberghe, avant de "
                  "se rendre à l'hôpital.", "Aucun")
    assert not _only_a_source(s, forms)


def test_no_faq_answer_about_a_person_named_only_as_its_source():
    md = _rewrite("review16a_t03_deraillement.txt")
    assert "Selon la préfète, Sophie Vandenberghe, aucun pronostic vital" not in md
    assert "Que sait-on de Sophie Vandenberghe ?" not in md


# The key point « L'école accueille 34 élèves … »: the school of a name the line lost.

def test_a_definite_noun_tied_to_a_name_the_line_lost_renames_it():
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _renamed_inside
    from seoarticle.reader import read

    text = ("Titre\n\nL'annonce a été très mal reçue. C'est à Marcolès, village de 620 habitants, que la "
            "mobilisation est la plus forte : l'école, qui accueille 34 élèves répartis en deux classes, "
            "devrait perdre l'une d'elles en septembre.")
    a = analyse(read(text))
    s = next(s for s in a.sentences if s.text.startswith("C'est"))
    assert _renamed_inside(a, s, "L'école accueille 34 élèves répartis en deux classes.")
    # The name kept, or the noun with its complement: it names its own.
    assert not _renamed_inside(a, s, "À Marcolès, l'école accueille 34 élèves répartis en deux classes.")
    assert not _renamed_inside(a, s, "L'école de Marcolès accueille 34 élèves.")
    # A noun the text used before is known to the reader.
    a = analyse(read("Titre\n\nL'école a été visée. " + text.split("\n\n", 1)[1]))
    s = next(s for s in a.sentences if s.text.startswith("C'est"))
    assert not _renamed_inside(a, s, "L'école accueille 34 élèves répartis en deux classes.")


def test_no_key_point_on_the_school_of_a_village_it_no_longer_names():
    md = _rewrite("review16a_t02_rentree.txt")
    points = md.split("## L’essentiel", 1)[1].split("\n## ", 1)[0]
    assert "- L’école accueille 34 élèves" not in points
