"""matching.count: its quick test (`_may_match`, on the line's ASCII form, or
`_may_match_all` on all lines at once)
never turns away a line that the token-by-token count finds the keyphrase in."""

from itertools import compress
from operator import not_

from hypothesis import given
from hypothesis import strategies as st

from seoarticle import matching as mt
from seoarticle.reuse import Line


def _line(words: list[str], lemmas: list[str], punct: list[bool] | None = None) -> Line:
    n = len(words)
    return Line(" ".join(words), words, [w.lower() for w in words], lemmas, [""] * n, [""] * n, [{}] * n, [0] * n,
                [0] * n, list(range(n)), None, [1] * n, punct or [False] * n, [])


def _count_by_token(line: Line, terms) -> int:
    """The count as defined: per term, the words sharing a key with it; the least of those."""
    keys = list(compress(mt._token_keys(line), map(not_, line.punct)))
    return min(sum(not term.isdisjoint(k) for k in keys) for term in terms)


def test_accents_ligatures_and_lemmas_are_matched():
    line = _line(["Les", "œuvres", "d'Éloïse", "tuaient", "la", "Straße", "-", "anti-Dengue"],
                 ["le", "œuvre", "Éloïse", "tuer", "le", "Straße", "-", "anti-dengue"])
    # (Keys are stems: « œuvres » -> « oeuvr », « Straße » -> « straß », a lemma's « =tuer ».)
    for keys, expected in [(["oeuvr"], 1), (["elois"], 1), (["=tuer"], 1), (["strass"], 0), (["straß"], 1),
                           (["dengu"], 1), (["oeuvr", "=tuer"], 1), (["oeuvr", "absent"], 0)]:
        terms = [frozenset({k}) for k in keys]
        assert mt.count(line, terms) == _count_by_token(line, terms) == expected, keys


_LETTERS = "abcdeéèêëàâçîïôûùüœæßøAÉÈÀÇŒÆİıſﬁ²½ʼ’'-=.«»…\u0301\u0308\u00ad\u200b＝≠ᴬ﹣0123"
_WORD = st.text(alphabet=_LETTERS, min_size=1, max_size=7)


@given(st.lists(st.tuples(_WORD, st.one_of(st.just(""), _WORD), st.booleans()), min_size=1, max_size=6),
       st.lists(st.lists(st.integers(min_value=0), min_size=1, max_size=2), min_size=1, max_size=3), _WORD)
def test_count_is_the_count_by_token(tokens, picks, other):
    words, lemmas, punct = [list(x) for x in zip(*tokens)]
    line = _line(words, lemmas, punct)
    # Terms of the line's own keys (the keyphrase there) and of another word's.
    pool = sorted({k for keys in mt._token_keys(line) for k in keys} | mt._keys(other, ""))
    terms = [frozenset(pool[i % len(pool)] for i in pick) for pick in picks]
    assert mt.count(line, terms) == _count_by_token(line, terms)


def _lines_and_terms(segments, picks, other):
    """Lines of (word, lemma, punct) tokens, and terms drawn from their keys and another word's."""
    lines = [_line(*[list(x) for x in zip(*tokens)]) for tokens in segments]
    pool = sorted({k for line in lines for keys in mt._token_keys(line) for k in keys} | mt._keys(other, ""))
    return lines, [frozenset(pool[i % len(pool)] for i in pick) for pick in picks]


@given(st.lists(st.lists(st.tuples(_WORD, st.one_of(st.just(""), _WORD), st.booleans()), min_size=1, max_size=4),
                min_size=1, max_size=3),
       st.lists(st.lists(st.integers(min_value=0), min_size=1, max_size=2), min_size=1, max_size=3), _WORD)
def test_contains_is_every_term_in_some_token(segments, picks, other):
    lines, terms = _lines_and_terms(segments, picks, other)
    every = [k for line in lines for k in mt._token_keys(line)]
    assert mt.contains(lines, terms) == all(any(not term.isdisjoint(k) for k in every) for term in terms)


_ODD = _LETTERS + "Σσς\x00\x01"  # (a final sigma's context, the marks `_may_match_all` joins with)


@given(st.lists(st.lists(st.tuples(st.text(alphabet=_ODD, min_size=1, max_size=7),
                                   st.one_of(st.just(""), _WORD), st.booleans()), min_size=1, max_size=4),
                min_size=0, max_size=5),
       st.lists(st.lists(st.integers(min_value=0), min_size=1, max_size=2), min_size=1, max_size=3), _WORD)
def test_count_all_is_the_sum_of_counts(segments, picks, other):
    lines, terms = _lines_and_terms(segments, picks, other)
    # The one pass over all lines keeps the lines the line-by-line test keeps.
    assert mt._may_match_all(lines, terms) == [
        i for i, line in enumerate(lines) if all(mt._may_match(line, term) for term in terms)]
    assert mt.count_all(lines, terms) == sum(mt.count(line, terms) for line in lines)
