"""Code review cr17a: description, headings, titles, slugs and keyphrase
counting (F2, F3, G1, M1, W1, W2, W4 and two older defects)."""

from __future__ import annotations

from seoarticle import outline
from seoarticle.analysis import analyse
from seoarticle.reader import read


def _analyse(text: str):
    return analyse(read(text))


def test_no_relative_cut_under_a_negation():
    # F2: « n'était pas une décision budgétaire qui viserait les petits
    # hôpitaux bretons » lost its relative: the minister denied a budget
    # decision at all.
    a = _analyse("Maternité de Guingamp : le ministre défend la fermeture\n\n"
                 "Le ministre de la Santé a assuré mardi devant les élus des Côtes-d'Armor que la fermeture "
                 "de la maternité de Guingamp n'était pas une décision budgétaire qui viserait les petits "
                 "hôpitaux bretons.\n")
    assert outline._without_final_relative(a.sentences[0]) == []
    a = _analyse("Un ministre dément\n\nLe ministre dément une décision budgétaire qui viserait les petits hôpitaux bretons.\n")
    assert outline._without_final_relative(a.sentences[0]) == []
    # Affirmative, the cut stays.
    a = _analyse("Cyberattaque\n\nL'hôpital de Cannes a été victime d'une cyberattaque par rançongiciel "
                 "qui paralyse une grande partie de ses services.\n")
    assert outline._without_final_relative(a.sentences[0]) == [
        "L'hôpital de Cannes a été victime d'une cyberattaque par rançongiciel."]
