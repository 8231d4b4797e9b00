"""Session 14's restructured paths of rephrase give what the plain code
gave: the variants of `compress` derived together (`_compressed`), the
tests of a sentence's words made before the searches of `_removable`, and
`_is_clause` read through locals."""

from __future__ import annotations

import pytest

from conftest import CORPUS, ISW

from seoarticle import rephrase as r


@pytest.fixture(scope="module")
def sentences():
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    out = []
    for p in CORPUS + [ISW]:
        out += analyse(read(p.read_text(encoding="utf-8"))).sentences
    return out


def _plain_compress(s, keep_dates=True, lean=False):
    """`compress` as one function per variant (before session 14)."""
    spans, leading, leading_dated, lean_spans = r._removable(s)
    with_leading = leading is not None and not (keep_dates and leading_dated)
    if (not keep_dates or lean) and with_leading == (leading is not None and not leading_dated) and not (
            lean and lean_spans):
        return _plain_compress(s)
    spans = list(spans)
    if with_leading:
        spans.append(leading)
    if lean:
        spans += lean_spans
    if not spans:
        return None
    spans.sort()
    out, pos = [], 0
    for a, b in spans:
        if a < pos:
            pos = max(pos, b)
            continue
        out.append(s.text[pos:a])
        pos = b
    out.append(s.text[pos:])
    result = r._clean("".join(out))
    if r.word_count(result) < r.MIN_WORDS or result == r._clean(s.text) or r._dangling(result):
        return None
    return result


def test_compress_variants_as_one_function_per_variant(sentences):
    found = 0
    for s in sentences:
        for keep_dates in (True, False):
            for lean in (False, True):
                got = r.compress(s, keep_dates=keep_dates, lean=lean)
                assert got == _plain_compress(s, keep_dates, lean), (s.text, keep_dates, lean)
                found += got is not None
    assert found > 50  # (the corpus has shorter forms to give)


def test_drop_emphatic_cuts_once_per_sentence(sentences):
    s = next(s for s in sentences if s.text.startswith("Les sociaux-démocrates réalisent"))
    assert r._emphatic_cuts(s) == (("réalisent eux ", "réalisent "),)
    form = "Les sociaux-démocrates réalisent eux leur pire performance."
    assert r.drop_emphatic(s, form) == "Les sociaux-démocrates réalisent leur pire performance."
    assert r.drop_emphatic(s, form) == r.drop_emphatic(s, form)  # (asked again: the same cuts)


def _plain_is_clause(doc, a, b):
    """`_is_clause` as written before session 14."""
    from seoarticle.arrays import words_of

    w = words_of(doc)
    if "«" in w.doc_text[a:b] or "»" in w.doc_text[a:b]:
        return False
    span = doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return False
    toks = [k for k in range(span.start, span.end) if not w.punct[k]]
    if not toks:
        return False
    root = r._root_index(doc)
    if root in toks or any(w.dep[k].startswith("nsubj") and w.head[k] == root for k in toks):
        return False
    inside = set(toks)
    heads = [k for k in toks if w.head[k] not in inside or w.head[k] == k]
    return len(heads) == 1


def test_is_clause_on_every_span_between_words(sentences):
    from seoarticle.arrays import words_of

    for s in sentences[::3]:
        w = words_of(s.doc)
        starts = w.idx + [len(s.text)]
        for i in range(0, len(starts), 2):
            for j in range(i, len(starts), 3):
                for a, b in ((starts[i], starts[j]), (starts[i] + 1, starts[j] - 1)):
                    if a <= b:
                        assert r._is_clause(s.doc, a, b) == _plain_is_clause(s.doc, a, b), (s.text, a, b)


# Phrases whose words `_removable` looks for among the sentence's words
# before it searches the text, in odd company (no-break spaces, line
# breaks, capitals, punctuation against them).
_PHRASES = [", alors qu'il", " alors que les", ", tandis qu'elle", " même si ", ", bien que", ", à l'instar de",
            ", à l'instar d'", ", de même que ", ", au même titre que ", ", contrairement à ", ", comme sur ",
            " afin de ", ", afin d'", " afin qu'", ", qui ", ", dont ", ", où ", ", lequel ", ",\nqui ",
            ", ALORS QUE ", " Même si ", " AFIN DE ", ",\u00a0qui ", ", qui\u00a0", "\talors que ", " même\u00a0si ",
            ", comme\nen ", " (alors qu'il)", "-même si "]


def test_word_tests_never_miss_a_match():
    from seoarticle.arrays import words_of
    from seoarticle.nlp import get_nlp
    from seoarticle.text import lower_for_search

    base = "Le conseil municipal a voté le budget de la ville pour l'année prochaine"
    texts = [base[:k] + phrase + base[k:] + "." for phrase in _PHRASES for k in (9, 23, len(base))]
    matched = 0
    for text, doc in zip(texts, get_nlp().pipe(texts)):
        w = words_of(doc, text)
        lowered = lower_for_search(text)
        body = text[: len(text.rstrip(" .!?…"))]
        if r._TRAILING_ADJUNCT.search(body):
            matched += 1
            assert lowered is None or not r._TRAILING_ADJUNCT_TOKENS.isdisjoint(w.lower_set) or "instar" in lowered
        if r._PURPOSE.search(body):
            matched += 1
            assert lowered is None or "afin" in w.lower_set
        if r._COMMA_RELATIVE.search(text):
            matched += 1
            assert not r._COMMA_RELATIVE_WORDS.isdisjoint(w.lower_set)
    assert matched > 40
