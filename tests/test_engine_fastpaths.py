"""The engine's quick tests say what the searches they stand before say."""

from __future__ import annotations

import itertools

from seoarticle.engines import offline

_PIECES = ["plus", "Plus", "pas moins", "au moins", "près", "environ", "vers", "jusqu'à", "jusqu’à", "de", "d'",
           "et", "ET", "à", "À", "entre", "3", "12 000", "%", "km", "la", "ville"]
_GAPS = [" ", "  ", "\n", "\u00a0", ""]


def _texts():
    for a, b in itertools.product(_PIECES, repeat=2):
        for gap in _GAPS:
            yield f"Un mot {a}{gap}{b}{gap}5 km"
    yield " " * 50 + "plus de" + " " * 50 + "7"  # spaces longer than the window
    yield "plus" + " " * 60 + "de 7"


def test_quantifier_before_is_the_search_of_the_text_before():
    for text in _texts():
        for at in range(len(text) + 1):
            whole = offline._QUANTIFIER.search(text[:at])
            quick = offline._quantifier_before(text, at)
            assert (whole and whole.span()) == (quick and quick.span()), (text, at)


def test_conjunction_before_holds_where_a_range_ends():
    for text in _texts():
        for at in range(len(text) + 1):
            m = offline._RANGE_BEFORE.search(text, max(0, at - 40), at)
            if m and m.end() == at:
                assert offline._conjunction_before(text, at), (text, at)


def test_shared_words_counts_the_words_in_common():
    assert offline._shared_words("Le chat, le chien.", "le chien et le chat") == 1.0
    assert offline._shared_words("le le le chat", "le chat chien") == 2 / 3
    assert offline._shared_words("", "le chat") == 0.0
