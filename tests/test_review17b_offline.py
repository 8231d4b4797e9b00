"""Review 17, round 2 (rev17a, rev17b): the offline engine's FAQ roles, key
figures and key lines opening on a bare definite noun."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def _md(name: str) -> str:
    from seoarticle import rewrite

    return rewrite((FIXTURES / name).read_text(encoding="utf-8")).markdown.replace("’", "'").replace("\u202f", " ").replace("\xa0", " ")


def _faq(md: str) -> dict[str, str]:
    """Question -> answer of the article's FAQ."""
    return dict(re.findall(r"^### (.+?)\n\n(.+)$", md, re.M))


def test_a_g2_role_without_complement_takes_the_indefinite_article():
    """A-G2: « Le coureur cycliste français Thomas Berthier, 27 ans, … »
    gave « Thomas Berthier, 27 ans, est le coureur cycliste français. »
    (the only one); a role with its complement keeps « le » (« Marc
    Massion est le maire de Grand-Quevilly. »)."""
    faq = _faq(_md("review17a_t05_cycliste_dopage.txt"))
    assert faq["Qui est Thomas Berthier ?"] == "Thomas Berthier, 27 ans, est un coureur cycliste français."
    faq = _faq(_md("review17b_t03_seveso.txt"))
    assert faq["Qui est Marc Massion ?"] == "Marc Massion est le maire de Grand-Quevilly."


def test_a_w15_a_class_before_a_dedicated_name_is_no_answer():
    """A-W15: « Le centre hospitalier Yves-Le Foll de Saint-Brieuc … » gave
    « Qu'est-ce qu'Yves-Le Foll ? » / « Yves-Le Foll est un centre
    hospitalier. »: the class is part of the hospital's name."""
    md = _md("review17a_t04_cyberattaque_hopital.txt")
    assert "Yves-Le Foll est" not in md and "Qu'est-ce qu'Yves-Le Foll" not in md


def test_b_w15_elided_article_of_a_thing_becomes_indefinite():
    """B-W15: « l'usine chimique Norchim », « Norchim, filiale du groupe
    allemand Kessler Chemie » gave « Norchim est l'usine chimique et une
    filiale du groupe allemand Kessler Chemie. »"""
    faq = _faq(_md("review17b_t03_seveso.txt"))
    assert faq["Qu'est-ce que Norchim ?"] == "Norchim est une usine chimique, filiale du groupe allemand Kessler Chemie."


def test_b_m21_key_figure_of_a_whole_sentence_drops_its_connective():
    """B-M21: « En revanche, l'université n'a obtenu aucun prix Nobel ni
    médaille Fields, deux critères qui pèsent 30 % du total. » gave the key
    figure « **30 %** : en revanche, l'université … »: a contrast with nothing."""
    md = _md("review17b_t06_classement.txt")
    assert not any(x.startswith("- **") and "revanche" in x for x in md.splitlines())


def test_b_m21_without_connective_drops_a_contrast():
    """B-M21: a line alone contrasts with nothing: « En revanche, » goes as
    « Toutefois, » does."""
    from seoarticle.rephrase import without_connective

    assert without_connective("En revanche, l'université n'a obtenu aucun prix Nobel ni médaille Fields.") == (
        "L'université n'a obtenu aucun prix Nobel ni médaille Fields.")
    assert without_connective("Au contraire, les ventes ont progressé de 4 % en 2024.") == (
        "Les ventes ont progressé de 4 % en 2024.")


def test_b_m22_bare_president_takes_his_earlier_mention():
    """B-M22: « Le président a toutefois reconnu que la performance restait
    fragile. » gave the key point « Le président a reconnu … »: which one?"""
    md = _md("review17b_t06_classement.txt")
    assert ("- Le président de l'université, Pierre Mutzenhardt, a reconnu que la performance restait fragile."
            in md.splitlines())
    assert "- Le président a reconnu" not in md


def test_b_m21_bare_university_after_two_universities_takes_no_name():
    """B-M21: after « L'université de Lorraine figure … » and « …,
    l'université Grenoble Alpes et l'université de Strasbourg. », the key
    point « L'université n'a obtenu aucun prix Nobel … » may read as
    Strasbourg. Which one the bare noun means, the words do not say for
    sure: the line keeps the text's own words, never a guessed name (the
    subject's, taken at first, gave a statement to the wrong minister in a
    probe: tests/test_review17d_offline.py)."""
    lines = [x for x in _md("review17b_t06_classement.txt").splitlines() if "aucun prix Nobel" in x]
    assert lines
    assert not any(name in x for x in lines for name in ("de Lorraine n'a", "de Strasbourg n'a", "Alpes n'a"))


def test_a_m11_bare_union_takes_its_acronym():
    """A-M11: « Le syndicat affirme que le centre d'Aix-en-Provence … » did
    not say which union: the text named it « le Syndicat national des
    contrôleurs du trafic aérien (SNCTA) »."""
    lines = _md("review17a_t03_greve_controleurs.txt").splitlines()
    assert any(x.startswith("- Le SNCTA affirme que le centre d'Aix-en-Provence") for x in lines)
    assert not any(x.startswith("- Le syndicat affirme") for x in lines)


def test_two_mentions_of_the_noun_give_the_line_as_written():
    """Two universities named before: « L'université n'a … » may be either;
    the line as the text writes it. One named before: that one."""
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _bare_noun_checked
    from seoarticle.reader import read

    a = analyse(read("L'université de Lorraine gagne 23 places au classement. L'université de Strasbourg "
                     "recule au classement. En revanche, l'université n'a obtenu aucun prix Nobel cette année."))
    s = a.sentences[-1]
    line = "L'université n'a obtenu aucun prix Nobel cette année."
    assert _bare_noun_checked(a, s, line) == line
    one = analyse(read("L'université de Lorraine gagne 23 places au classement. En revanche, l'université "
                       "n'a obtenu aucun prix Nobel cette année."))
    assert _bare_noun_checked(one, one.sentences[-1], line) == (
        "L'université de Lorraine n'a obtenu aucun prix Nobel cette année.")
    # Another mention after another word (« au », « un »): maybe another one.
    other = analyse(read("L'université de Lorraine gagne 23 places. Un prix a été remis à une université "
                         "voisine. En revanche, l'université n'a obtenu aucun prix Nobel cette année."))
    assert _bare_noun_checked(other, other.sentences[-1], line) == line


def test_a_w12_one_acronym_question_the_most_written():
    """A-W12, A-W19: three acronym questions in a row (DGAC, SNCTA, A4E; UCI,
    TAS, AFLD): only the acronym the text writes most, written again after
    its expansion, is asked."""
    faq = _faq(_md("review17a_t03_greve_controleurs.txt"))
    assert [q for q in faq if q.startswith("Que désigne")] == ["Que désigne le sigle DGAC ?"]
    faq = _faq(_md("review17a_t05_cycliste_dopage.txt"))
    assert [q for q in faq if q.startswith("Que désigne")] == ["Que désigne le sigle TAS ?"]


def test_a_w12_no_question_on_a_country_as_a_place():
    """A-W12: « Qu'en est-il en France ? » of a French strike asked nothing."""
    faq = _faq(_md("review17a_t03_greve_controleurs.txt"))
    assert "Qu'en est-il en France ?" not in faq
