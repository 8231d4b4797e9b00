"""An intertitre or a keyphrase never takes a group a possessive determines: « son homologue
biélorusse Loukachenko » under « le » (« L'homologue biélorusse Loukachenko »)
says whose counterpart to no one (ISW, session 13)."""

import re

from conftest import ISW
from seoarticle import rewrite


def headings(md: str) -> list[str]:
    return re.findall(r"(?m)^#{2,3} (.*)$", md)


def test_no_heading_of_a_possessive_group_in_the_isw_briefing():
    md = rewrite(ISW.read_text(encoding="utf-8")).markdown
    found = headings(md)
    assert found  # the article has its sections
    assert not [h for h in found if h.startswith("L’homologue")], found


def test_a_partner_named_with_son_gives_no_heading():
    text = ("Sommet à Moscou\n\n"
            "Le président russe Vladimir Poutine recevra mercredi son homologue biélorusse Alexandre Loukachenko "
            "pour des discussions bilatérales. Les deux dirigeants doivent aborder la mise en œuvre du traité "
            "sur l'État de l'Union, selon le service de presse du Kremlin. Moscou a utilisé le territoire "
            "biélorusse pour lancer son invasion de l'Ukraine en février 2022. Les exercices militaires conjoints "
            "se poursuivent dans le pays, faisant craindre une entrée de la Biélorussie dans le conflit.\n")
    result = rewrite(text)
    assert not [h for h in headings(result.markdown) if "homologue" in h.lower()]
    # Nor the keyphrase (it was « homologue biélorusse »: « Ce qui se prépare pour l'homologue biélorusse »).
    assert "homologue" not in result.article.keyword.lower()
