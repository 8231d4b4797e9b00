"""A code review's probe (session 17, r2-13): « faute de … » after a name is
a locution (for lack of), not what the name is."""

from seoarticle import rewrite

TEXT = (
    "Usine Valdor : la décision sur la reprise encore reportée\n\n"
    "Les 180 salariés de l'usine Valdor de Saint-Claude, dans le Jura, restent dans l'incertitude. "
    "Le tribunal de commerce de Lons-le-Saunier a de nouveau reporté lundi sa décision sur l'offre "
    "de reprise du groupe italien Brenta, faute de garanties financières suffisantes.\n\n"
    "Le délégué syndical, Marc Jeantet, a dénoncé « une attente insupportable ». La prochaine audience "
    "est fixée au 14 mars. L'offre de Brenta prévoit de conserver 120 emplois sur les 180 que compte le site.\n"
)


def test_a_locution_after_a_name_is_no_role():
    md = rewrite(TEXT).markdown.replace("\u202f", " ").replace("\xa0", " ").replace("’", "'")
    assert "est une faute" not in md and "est un faute" not in md
