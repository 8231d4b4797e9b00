"""A generic noun as the bare complement of another (« de » and no article)
makes a compound, which may be a keyphrase: « groupes de niveau » (review 14,
t03, whose keyphrase was « élèves des groupes », cut from « les élèves des
groupes les plus faibles »)."""

from pathlib import Path

from seoarticle.analysis import analyse
from seoarticle.keyphrase import _compound_tail, choose
from seoarticle.reader import read

T03 = Path(__file__).parent / "fixtures" / "review14_t03_ecole.txt"


def test_the_school_reform_is_about_groupes_de_niveau():
    focus, _ = choose(analyse(read(T03.read_text(encoding="utf-8"))))
    assert focus.text == "groupes de niveau"


def test_only_a_bare_complement_of_a_few_generic_nouns_makes_a_compound():
    assert _compound_tail("groupes de niveau") and _compound_tail("étude de cas")
    assert not _compound_tail("nuit de dimanche")  # a time word dates
    assert not _compound_tail("niveau de vie")  # the generic word is not the complement
    assert not _compound_tail("baisse du niveau")  # « du »: an article, not a compound
