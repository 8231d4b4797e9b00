"""The session 12 code review's findings on rephrase, the offline engine's
figure labels and first words, and the title's cuts (B2-B11)."""

from seoarticle.analysis import analyse
from seoarticle.reader import read


def _first_sentence(text: str):
    return analyse(read(text)).sentences[0]


def _labels(text: str) -> list[str | None]:
    from seoarticle.engines.offline import _figure_spans, figure_label

    s = _first_sentence(text)
    return [figure_label(s, a, b) for a, b in _figure_spans(s)]


def test_a_source_in_the_middle_of_a_sentence_stays_with_its_clause():
    """B2: « …, selon la fédération, et les constructeurs ont annoncé … »
    gave no clause at all (read as a source ending the sentence, which
    holds for every clause before it)."""
    from seoarticle.rephrase import clauses

    s = _first_sentence("Les ventes de voitures électriques ont progressé de 12 % en un an, selon la fédération, et les "
                        "constructeurs ont annoncé de nouveaux modèles pour la rentrée.")
    assert clauses(s) == ["Les ventes de voitures électriques ont progressé de 12 % en un an, selon la fédération.",
                          "Les constructeurs ont annoncé de nouveaux modèles pour la rentrée."]
    s = _first_sentence("Les prix de l'énergie ont augmenté de 5 % en mars, note l'Insee, et les salaires des ouvriers "
                        "ont stagné sur la même période.")
    assert clauses(s) == ["Les prix de l'énergie ont augmenté de 5 % en mars, note l'Insee.",
                          "Les salaires des ouvriers ont stagné sur la même période."]
    # A source that ends the sentence (a comma inside it) still holds for all.
    s = _first_sentence("Le groupe n'exclut pas de nouvelles acquisitions, mais aucune n'est à l'étude à ce stade, a "
                        "précisé le directeur financier, Nadia Ferhat.")
    assert clauses(s) == []


def test_a_reflexive_verb_or_a_quoted_cest_makes_no_cleft():
    """B11: « se sont » (a reflexive verb) and a « C'est » inside an earlier
    quotation were read as a cleft, whose relative stays."""
    from seoarticle.rephrase import compress

    s = _first_sentence("Les syndicats se sont réunis mardi avec le préfet, qui a promis une réponse écrite avant la fin "
                        "du mois.")
    assert compress(s) == "Les syndicats se sont réunis mardi avec le préfet."
    s = _first_sentence("« C'est un premier pas », a salué mardi le délégué syndical devant le préfet, qui a promis une "
                        "réponse écrite avant la fin du mois.")
    assert compress(s) == "« C'est un premier pas », a salué mardi le délégué syndical devant le préfet."
    # A finite verb between « c'est » and the relative: another clause's relative.
    s = _first_sentence("C'est ce qu'a expliqué mardi le préfet de région, qui a promis une réponse écrite avant la fin "
                        "du mois.")
    assert compress(s) == "C'est ce qu'a expliqué mardi le préfet de région."
    # A cleft keeps its relative.
    for text in ("C'est un oncle, photographe amateur, qui lui offre son premier appareil photo à douze ans.",
                 "Ce sont les riverains du quartier, excédés, qui ont alerté la mairie."):
        s = _first_sentence(text)
        for form in (compress(s), compress(s, keep_dates=False), compress(s, lean=True)):
            assert form is None or " qui " in form, form
