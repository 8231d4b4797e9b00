"""Review 15: headings (F3, M1, M12, G9)."""

from __future__ import annotations


def _sentence(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read(text)).sentences[0]


def test_a_heading_group_never_ends_inside_a_longer_name():
    """F3: « ## Le président de l'association Bocage », cut from « président
    de l'association Bocage vivant »."""
    from seoarticle.outline import _heading_windows

    s = _sentence("« C'est une victoire pour la biodiversité, mais ce n'est pas une victoire contre l'éolien », a "
                  "réagi Bernard Chaillou, président de l'association Bocage vivant, qui avait déposé le recours en "
                  "septembre 2023 avec 54 riverains.")
    texts = [text for _, _, text, _, _ in _heading_windows(s)]
    assert not any(t.endswith("Bocage") for t in texts), texts
