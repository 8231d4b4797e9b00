"""Round 3 of review 16: rephrase's own fixes for what offline patched
(a possessive's owner only quoted; a relative's antecedent without its
determiner)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line", [
    "« Il est beaucoup trop tôt pour tirer des conclusions ; nos enquêteurs examineront la voie, le matériel et les "
    "conditions météorologiques », a souligné son directeur, Jean-Marc Pellerin.",
    "« Nous ferons appel de cette décision », a annoncé sa présidente, Marie Leclerc.",
    "« Le Conseil d'État tranchera », ont indiqué ses avocats, Me Paul Durand et Me Anne Roy.",
])
def test_a_quotation_owns_no_possessive_after_it(line):
    """A-F4, A-M8: the words of a quotation own nothing the narrator says
    after it: « son », « sa », « ses » are of someone of another sentence."""
    from seoarticle.rephrase import points_back

    assert points_back(line)


@pytest.mark.parametrize("line", [
    "Le BEA-TT a ouvert une enquête : « Il est beaucoup trop tôt », a souligné son directeur, Jean-Marc Pellerin.",
    "« Il est beaucoup trop tôt », a souligné Jean-Marc Pellerin.",
    "Selon Jean Dupont, « la commune » a perdu ses recettes.",
])
def test_an_owner_named_out_of_the_quotation_still_owns(line):
    from seoarticle.rephrase import points_back

    assert not points_back(line)


def _attributions(text: str) -> list[str]:
    from seoarticle.analysis import analyse
    from seoarticle.reader import read
    from seoarticle.rephrase import attributions

    s = next(s for s in analyse(read("Titre\n\n" + text)).sentences if s.text.startswith(text[:8]))
    return attributions(s)


def test_no_selon_form_when_the_line_already_names_a_source():
    """CA (p06): « Selon la préfecture, les ventes resteraient suspendues …
    jusqu'aux analyses complémentaires, selon un communiqué publié mercredi. »:
    two sources in one line."""
    assert _attributions("La préfecture a indiqué que les ventes resteraient suspendues dans les 42 magasins de la "
                         "Drôme jusqu'à ces analyses complémentaires, selon un communiqué publié mercredi.") == []
    assert _attributions("La préfecture a indiqué que les ventes resteraient suspendues dans les 42 magasins de la "
                         "Drôme, d'après un communiqué publié mercredi.") == []
    # One source: the « selon » form stays.
    assert _attributions("La préfecture a indiqué que les ventes resteraient suspendues dans les 42 magasins de la "
                         "Drôme jusqu'au 15 décembre.") == [
        "Selon la préfecture, les ventes resteraient suspendues dans les 42 magasins de la Drôme jusqu'au 15 décembre."]
