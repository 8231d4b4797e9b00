"""French-aware keyphrase matching on parsed text, for the checks.

A word of the keyphrase matches a word of the text when their stems agree
(`keyphrase.stem`: case, elision « l’ », plural -s/-x and feminine -e folded,
accents ignored) or when their spaCy lemmas do (« signent » / « signé » /
« signer », « chevaux » / « cheval »). Hyphenated forms match their parts
(« Russie-Biélorussie » holds « Russie »). A text holds the keyphrase when
every content word of it is there, in any order, as Yoast counts it; the
number of occurrences in a sentence is the count of its rarest word.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .keyphrase import FUNCTION_WORDS, stem

Term = frozenset  # the keys one keyphrase word can be matched by


def _lemma_key(lemma: str) -> str:
    return "=" + stem(lemma)


@lru_cache(maxsize=1 << 15)
def _keys_of_ids(orth: int, lemma: int, strings) -> frozenset[str]:
    """A token's keys, by the hashes of its text and lemma (`strings`: the
    vocabulary's StringStore): reading the strings costs more than the look-up."""
    text = strings[orth]
    return _keys(text, strings[lemma] or text)


@lru_cache(maxsize=1 << 15)  # pure; the checks ask it for every word of the article
def _keys(text: str, lemma: str) -> frozenset[str]:
    keys = {stem(text), _lemma_key(lemma)}
    if "-" in text:
        for part in text.split("-"):
            if part:
                keys.add(stem(part))
    return frozenset(keys)


def phrase_terms(doc) -> list[Term]:
    """The content words of a parsed keyphrase, each as a set of keys."""
    terms = []
    for t in doc:
        if t.is_punct or t.is_space:
            continue
        s = stem(t.text)
        if not s or s in FUNCTION_WORDS or stem(s) in FUNCTION_WORDS or t.lower_ in FUNCTION_WORDS:
            continue
        terms.append(frozenset({s, _lemma_key(t.lemma_ or t.text)}))
    return terms


def count(doc, terms: list[Term]) -> int:
    """Occurrences of the keyphrase in one parsed sentence."""
    if not terms:
        return 0
    strings = doc.vocab.strings
    keys = [_keys_of_ids(t.orth, t.lemma, strings) for t in doc if not t.is_punct]
    # isdisjoint: no intersection built per word and term.
    return min(sum(1 for k in keys if not k.isdisjoint(term)) for term in terms)


def contains(docs: Iterable, terms: list[Term]) -> bool:
    """Every content word somewhere in these parsed segments (one paragraph, say)."""
    if not terms:
        return False
    seen: set[str] = set()
    for doc in docs:
        strings = doc.vocab.strings
        for t in doc:
            seen |= _keys_of_ids(t.orth, t.lemma, strings)
    return all(not term.isdisjoint(seen) for term in terms)


def position(doc, terms: list[Term]) -> int | None:
    """Characters from the start of `doc` to where the keyphrase is complete."""
    if not terms:
        return None
    left = list(terms)
    strings = doc.vocab.strings
    for t in doc:
        k = _keys_of_ids(t.orth, t.lemma, strings)
        left = [term for term in left if term.isdisjoint(k)]
        if not left:
            return t.idx + len(t.text)
    return None


def in_slug(slug: str, terms: list[Term]) -> bool:
    parts = {stem(p) for p in slug.split("-") if p}
    return bool(terms) and all(term & parts for term in terms)
