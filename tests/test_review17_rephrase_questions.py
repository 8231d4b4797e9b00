"""Review 17 (rev17a, rev17b): lines that point back to another sentence
(rephrase.points_back), cuts that leave a noun without its complement, and
the FAQ's questions."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line", [
    # B-F4: « non plus » adds to a sentence that is not there; « il » has no antecedent in the line.
    "On ne sait pas non plus pourquoi il se trouvait à Villefranche.",
    "On ne sait pas pourquoi il se trouvait à Villefranche.",
    "Les enquêteurs ne savent pas non plus si la victime était visée.",
    "On ignore encore où elle se trouve.",
])
def test_b_f4_pronoun_or_non_plus_without_antecedent(line):
    from seoarticle.rephrase import points_back

    assert points_back(line)


@pytest.mark.parametrize("line", [
    "Le maire a assuré qu'il se représenterait en 2026.",
    "Selon le parquet, le suspect ne savait pas où il se trouvait.",
    "On ne sait pas s'il faudra reconstruire le pont.",
    "« Nous ne céderons pas non plus », a déclaré Jean Dupont.",
    "La ministre a indiqué qu'elle recevrait les syndicats mercredi.",
])
def test_b_f4_antecedent_in_the_line_or_impersonal(line):
    from seoarticle.rephrase import points_back

    assert not points_back(line)


def test_b_g1_a_measure_noun_keeps_the_relative_giving_its_value():
    """B-G1: « …des travaux de 18 mois au minimum, pour un coût qui pourrait
    atteindre 14 millions d'euros. » gave « …, pour un coût. »: a noun of
    measure (coût, montant, durée …) says nothing without the value its
    relative gives."""
    from conftest import first_sentence

    from seoarticle.engines.offline import _short_forms
    from seoarticle.rephrase import compress

    s = first_sentence("Les premières estimations évoquent des travaux de 18 mois au minimum, pour un coût qui "
                       "pourrait atteindre 14 millions d'euros.")
    forms = [compress(s), compress(s, lean=True), compress(s, keep_dates=False)] + list(_short_forms(s))
    for form in forms:
        assert form is None or "un coût." not in form and "un coût," not in form, form
    # What an indefinite noun does may still go, for another noun.
    s = first_sentence("La nouvelle série comporte un nouvel hologramme dans lequel apparait le portrait d'Europe.")
    assert compress(s, lean=True) == "La nouvelle série comporte un nouvel hologramme."
