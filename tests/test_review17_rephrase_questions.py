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
