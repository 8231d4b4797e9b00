"""A pronoun after a long opening adjunct points back (session 17, read by
hand in review18b_t06): « Élu en 2016 puis réélu en 2021 avec 60,7 % des
voix dès le premier tour, il n'a soutenu … » under « Les chiffres clés de
Duarte Pinheiro » made « il » read as Pinheiro (it is the outgoing
president). The adjunct is 72 characters long: the test stopped at 70."""

from pathlib import Path

from seoarticle import rewrite
from seoarticle.rephrase import points_back

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_pronoun_after_a_long_participial_adjunct_points_back():
    assert points_back("Élu en 2016 puis réélu en 2021 avec 60,7 % des voix dès le premier tour, "
                       "il n'a soutenu officiellement aucun candidat.")


def test_an_impersonal_il_after_a_long_adjunct_does_not():
    assert not points_back("Bien que la Biélorussie dépende fortement de la Russie pour sa sécurité, "
                           "il existe des craintes quant à une éventuelle domination russe.")


def test_the_key_figures_give_no_line_whose_il_is_another_person():
    md = rewrite((FIXTURES / "review18b_t06_election.txt").read_text(encoding="utf-8")).markdown
    md = md.replace("\u202f", " ").replace("\xa0", " ").replace("’", "'")
    assert ", il n'a soutenu officiellement aucun candidat." not in md.split("## Les chiffres clés")[1]
