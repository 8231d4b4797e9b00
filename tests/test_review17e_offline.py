"""Code review cr17c F5, F6, M1, M2, M3: figure labels, FAQ roles, the
description under a verb of refusal, « d'entre eux »."""
from seoarticle import rewrite
from seoarticle.rephrase import points_back

_TITLE = "Maternités : le gouvernement et la carte hospitalière\n\n"
_REST = (" Les élus bretons réclamaient des garanties depuis plusieurs mois. Selon l'agence régionale de santé,"
         " 6 maternités bretonnes sont sous ce seuil. Le ministre a promis un plan de recrutement de 200"
         " sages-femmes d'ici 2025.\n")


def _description(md: str) -> str:
    return next(x for x in md.splitlines() if x.startswith("description:"))


def test_description_keeps_the_clause_under_a_verb_of_refusal():
    # M2: « a écarté … une réforme hospitalière qui fermerait toutes les
    # maternités … » gave « … a écarté mardi à Rennes une réforme hospitalière. »
    for verb in ("a écarté mardi à Rennes", "a renoncé mardi à Rennes à"):
        text = (_TITLE + "Le ministre de la Santé, François Braun, " + verb + " une réforme hospitalière qui"
                " fermerait toutes les maternités réalisant moins de 300 accouchements par an dans les zones"
                " rurales de Bretagne et de Normandie." + _REST)
        line = _description(rewrite(text).markdown)
        assert not line.rstrip().endswith("réforme hospitalière."), line
