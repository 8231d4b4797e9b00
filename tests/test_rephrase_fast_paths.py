"""The fast paths of rephrase (searches started where a match can start,
tests made before a call) give what the plain code gives, on strings made
of the fragments the patterns look for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from seoarticle import rephrase as r
from seoarticle.text import lower_for_search

FAST = settings(max_examples=400, deadline=None)

_TRAILING_PIECES = [" ", "  ", ",", ", ", "\n", "\u00a0", "\t", "x", "Le", "9", "«", "»", "é", "\u0130", "\u017f",
                    "alors qu'", "alors que ", "Alors Qu", "tandis que ", "tandis qu'", "même si ", "MÊME SI ",
                    "bien qu'", "bien que ", "à l'instar de ", "À L'INSTAR DU ", "l'instar des ", "de même que ",
                    "au même titre que ", "contrairement à ", "contrairement aux ", "comme sur ", "Comme dans ",
                    "comme ", "même", "instar"]


@FAST
@given(st.lists(st.sampled_from(_TRAILING_PIECES), max_size=14), st.integers(min_value=0, max_value=200))
def test_trailing_adjunct_search_from_its_first_word(pieces, cut):
    text = "".join(pieces)
    body_end = min(cut, len(text))
    lowered = lower_for_search(text)
    plain = r._TRAILING_ADJUNCT.search(text[:body_end]) if r._may_match(lowered, r._TRAILING_ADJUNCT_WORDS) else None
    fast = r._trailing_adjunct(text, body_end, lowered)
    assert (plain and plain.span()) == (fast and fast.span())


@FAST
@given(st.lists(st.sampled_from([",", "a", "et", ";", ""]), max_size=30), st.integers(min_value=-1, max_value=31))
def test_commas(words, end):
    assert r._commas(words, end) == [i for i, x in enumerate(words[:end]) if x == ","]


_ADJUNCT_PIECES = [" ", ", ", ",", "«", "»", "4", "7", "\u0663", "\u00b2", "x", "\n", "il ", "Il ", "elle ", "ils ",
                   "elles ", "son ", "sa ", "ses ", "leur ", "leurs ", "lui ", "Selon le maire", "en 2013",
                   "a" * 20, "é" * 9]


@FAST
@given(st.lists(st.sampled_from(_ADJUNCT_PIECES), max_size=16))
def test_pronoun_after_adjunct(pieces):
    text = "".join(pieces)
    assert r._pronoun_after_adjunct(text) == bool(r._PRONOUN_AFTER_ADJUNCT.match(text))


@FAST
@given(st.lists(st.sampled_from(["Il", "Elle", "Ce", "Ces", "Ça", "Son", "Leur", "Cela", "il", "ce", " ", "-", "x",
                                 "lundi", "sont", "Celui-ci", "É", "L", "S"]), max_size=5))
def test_anaphoric_initials(pieces):
    text = "".join(pieces)
    if r._ANAPHORIC.match(text):
        assert text[:1] in r._ANAPHORIC_INITIALS


@FAST
@given(st.lists(st.sampled_from(["qui", "que", "a", True, False]), max_size=30), st.sampled_from(["qui", True]),
       st.integers(min_value=0, max_value=31), st.integers(min_value=-3, max_value=31) | st.none())
def test_indexes(items, value, start, end):
    stop = len(items) if end is None else end
    assert r._indexes(items, value, start, end) == [
        i for i in range(len(items))[start:stop] if items[i] == value]
