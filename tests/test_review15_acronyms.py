"""Review 15, G7/G8: an acronym's expansion takes its definite article, also
when the text gives it only inside « du », « des » (its head noun's gender
and number from the parse)."""

from __future__ import annotations

from seoarticle import rewrite


def _answers(text: str) -> list[str]:
    md = rewrite(text).markdown.replace("\u2019", "'")
    return [line for line in md.splitlines() if line.startswith("Le sigle ")]


def test_an_expansion_after_du_takes_le():
    text = ("Quotas de pêche : accord à Bruxelles\n\n"
            "Bruxelles, 11 décembre 2026 – Les ministres européens de la pêche sont parvenus jeudi matin à un accord "
            "sur les possibilités de pêche pour 2027 en Atlantique et en mer du Nord. Le quota de merlu du golfe de "
            "Gascogne sera réduit de 15 %.\n\n"
            "Les scientifiques du Conseil international pour l'exploration de la mer (CIEM) avaient recommandé une "
            "réduction comprise entre 25 et 35 % pour le merlu, dont le stock serait passé sous le seuil de "
            "précaution pour la première fois depuis 2012. Plusieurs ONG environnementales ont dénoncé l'accord.\n")
    answers = _answers(text)
    assert "Le sigle CIEM désigne le Conseil international pour l'exploration de la mer." in answers, answers


def test_an_expansion_after_du_starting_with_a_vowel_is_elided():
    from seoarticle.engines.offline import _contracted_article
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    text = ("Le directeur de l'Office national des forêts a démissionné. Le budget du Bureau interprofessionnel des "
            "vins de Bourgogne (BIVB) baisse.")
    analysis = analyse(read(text))
    joined = " ".join(s.text for s in analysis.sentences)
    assert _contracted_article("Bureau interprofessionnel des vins de Bourgogne", joined, analysis) == "le "
    # No contraction before it: no article from one (« de l'Office »: the faq reads the text's own « l' »).
    assert _contracted_article("Office national des forêts", joined, analysis) == ""
