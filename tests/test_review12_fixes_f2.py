"""The session 12 code review's findings on rephrase, the offline engine's
figure labels and first words, and the title's cuts (B2-B11)."""

from seoarticle.analysis import analyse
from seoarticle.reader import read

from conftest import first_sentence as _first_sentence




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


def test_a_figure_label_takes_no_article_nor_adverb_after_its_unit():
    """B3: « 2 millions d'euros des » (« des » read as « de » + « s »),
    « 300 dollars de plus » (« dollars » read as ending on a « de » group)."""
    assert _labels("L'État a versé 2 millions d'euros des contribuables à la société en faillite.") == [
        "2 millions d'euros"]
    assert _labels("Le billet coûte désormais 300 dollars de plus qu'en janvier.") == ["300 dollars"]
    assert _labels("Le génome compte 6,4 millions de paires de bases selon les chercheurs.") == [
        "6,4 millions de paires de bases"]


def test_a_range_of_grouped_figures_is_one_label():
    """B4: « 12 000 habitants » was read as the unit « 000 »: the range gave
    two labels, each half of it."""
    from seoarticle.engines.offline import _range_of

    text = "La commune compte entre 12 000 habitants et 15 000 habitants selon les saisons."
    assert _labels(text) == ["entre 12 000 habitants et 15 000 habitants"] * 2
    for sep in (" ", "\u00a0", "\u202f"):  # (group spaces the reader may not have normalised)
        text = f"entre 12{sep}000 habitants et 15{sep}000 habitants selon les saisons"
        start = text.index("15")
        end = text.index(" selon")
        assert _range_of(text, start, end, text[start:end]) == (0, end), sep
    assert _labels("La commune compte entre 12 habitants et 15 habitants selon les saisons.") == [
        "entre 12 habitants et 15 habitants"] * 2


def test_a_name_opening_on_an_apostrophe_keeps_its_capital():
    """B6: « N'Golo Kanté a signé … » -> « n'Golo Kanté … »."""
    from seoarticle.engines.offline import lower_first_word

    for text in ("N'Golo Kanté a signé mardi un contrat de deux ans avec le club saoudien.",
                 "N'Djamena a annoncé mardi la fermeture de sa frontière avec le Soudan."):
        assert lower_first_word(text, _first_sentence(text)) == text
    for text, lowered in (("N'ayant pas reçu de réponse, le syndicat a déposé un préavis de grève.", "n'ayant"),
                          ("S'il pleut samedi, le match de la finale sera reporté.", "s'il"),
                          ("C'est la première fois que le club se qualifie.", "c'est")):
        assert lower_first_word(text, _first_sentence(text)).startswith(lowered)


GREVE_BODY = (
    "La Direction générale de l'aviation civile (DGAC) a demandé mardi aux compagnies aériennes de réduire de 50 % "
    "leurs programmes de vols à l'aéroport de Marseille-Provence jeudi 16 octobre, en raison d'un préavis de grève "
    "des contrôleurs aériens déposé par le SNCTA, le principal syndicat de la profession. À Nice et à Montpellier, "
    "la réduction demandée est de 30 %.")


def test_a_headline_without_rubric_is_cut_on_its_parse():
    """B5: with no rubric, the parse's test never fired (every word read as
    before the part): « Contrôleurs aériens : la DGAC demande »."""
    from seoarticle.keyphrase import Keyphrase
    from seoarticle.outline import _title_candidates

    a = analyse(read("La DGAC demande aux compagnies d'annuler un vol sur deux à Marseille jeudi pour une grève des "
                     "contrôleurs\n\n" + GREVE_BODY))
    assert a.source.title.startswith("La DGAC demande")
    focus = Keyphrase("contrôleurs aériens", ("control", "aerien"), 1.0, 1, "test")
    texts = [t for t, _ in _title_candidates(a, focus, "")]
    assert not [t for t in texts if t.endswith("la DGAC demande")], texts


def test_after_the_colon_an_elided_article_takes_no_capital():
    """B8: « Stade : L'opposition dénonce … »: the first word was looked up
    whole (« l'opposition »), the tags being per token (« l' »)."""
    from seoarticle.keyphrase import Keyphrase
    from seoarticle.outline import _title_candidates

    a = analyse(read("L'opposition dénonce un « gouffre financier » pour le nouveau stade\n\n"
                     "Le conseil municipal de Saint-Nazaire a voté lundi soir la construction d'un nouveau stade de "
                     "15 000 places, pour un coût estimé à 48 millions d'euros. L'opposition juge le projet trop cher."))
    focus = Keyphrase("stade", ("stad",), 1.0, 1, "test")
    texts = [t for t, _ in _title_candidates(a, focus, "")]
    assert "Stade : l'opposition dénonce un « gouffre financier »" in texts, texts
    assert not [t for t in texts if t.startswith("Stade : L'")], texts
