"""Review 15: a key figure's label is the whole quantity the text gives
(F4, G6, M23)."""

from __future__ import annotations


def _labels(text: str) -> list:
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _figure_spans, figure_label
    from seoarticle.reader import read

    s = next(s for s in analyse(read(text)).sentences if s.text.startswith(text[:6]))
    return [figure_label(s, a, b) for a, b in _figure_spans(s)]


def test_a_duration_in_several_units_is_one_label():
    """F4: « **1 minute** » of « a terminé à 1 minute 48 secondes »."""
    labels = _labels("Le leader du matin, l'Américain Matteo Jorgenson, tenant du titre, a lâché prise dans "
                     "l'avant-dernière ascension et a terminé à 1 minute 48 secondes, perdant toute chance de doublé.")
    assert labels == ["1 minute 48 secondes", "1 minute 48 secondes"], labels
    assert _labels("Le record de l'ascension est de 3 heures 12 minutes.") == ["3 heures 12 minutes"] * 2
    assert _labels("Le film dure 2 h 30 et il a coûté 5 millions d'euros.")[0] == "2 h 30"
    # A number after a duration counts a noun of its own: no part of it.
    assert _labels("Pendant 2 heures 30 manifestants ont bloqué la rocade.") == ["2 heures", "30 manifestants"]
    # A time of day with its minutes is still no key figure.
    assert _labels("Le train pour Lyon est parti à 16 heures 30.") == [None, None]


def test_a_label_has_no_final_point_and_a_range_of_hours_is_no_figure():
    """G6: « **17 h.** » of « a été ouverte de 9 h à 17 h. »: the point ends
    the sentence; « de 9 h à 17 h » is a range of times of day, no key figure
    (review 14), neither whole nor cut."""
    labels = _labels("Une ligne téléphonique dédiée, le 02 40 00 40 00, a été ouverte de 9 h à 17 h.")
    assert not any(label and (label.endswith(".") or "17 h" in label) for label in labels), labels


def test_a_label_is_never_one_member_of_a_list_of_values():
    """M23: « **4,2 %** » of « les objectifs qui étaient fixés à 4,2 % et 2,7 % »."""
    labels = _labels("Les deux pays ont raté les objectifs qui étaient fixés à 4,2 % et 2,7 %.")
    assert labels == ["4,2 % et 2,7 %", "4,2 % et 2,7 %"], labels
    assert _labels("Les hausses seront de 4 %, 3 % et 2 % selon les régions.") == [None, None, None]
    assert _labels("Le bilan provisoire de l'accident est de 2 morts et 25 blessés.") == ["2 morts", "25 blessés"]


def test_a_line_never_lowercases_a_name_of_several_words():
    """G5: « **près de 15 000 décès en excès** : santé publique France rappelle … »."""
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import lower_first_word
    from seoarticle.reader import read

    for text in ("Santé publique France rappelle que la canicule d'août 2003 avait causé près de 15 000 décès en excès.",
                 "Météo France a placé le Var en vigilance rouge."):
        s = analyse(read(text)).sentences[0]
        assert lower_first_word(s.text, s) == s.text
    s = analyse(read("Côté programmation, la part des artistes féminines a atteint 46 %.")).sentences[0]
    assert lower_first_word(s.text, s).startswith("côté")
