"""French-aware keyphrase matching on parsed text, for the checks.

A word of the keyphrase matches a word of the text when their stems agree
(`keyphrase.stem`: case, elision « l’ », plural -s/-x and feminine -e folded,
accents ignored) or when their spaCy lemmas do (« signent » / « signé » /
« signer », « chevaux » / « cheval »). Hyphenated forms match their parts
(« Russie-Biélorussie » holds « Russie »). A text holds the keyphrase when
every content word of it is there, in any order, as Yoast counts it; the
number of occurrences in a sentence is the count of its rarest word.

The parses are read as `reuse.Line`s (a spaCy Doc is read into one), each
token's keys once per line; a line where a word of the keyphrase is not even
written is told first, from one string per line (`_may_match`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from bisect import bisect_right
from itertools import accumulate, compress
from operator import not_

from .keyphrase import FUNCTION_WORDS, stem
from .reuse import Line, as_line

Term = frozenset  # the keys one keyphrase word can be matched by


def _lemma_key(lemma: str) -> str:
    return "=" + stem(lemma)


@lru_cache(maxsize=1 << 15)  # pure; the checks ask it for every word of the article
def _keys(text: str, lemma: str) -> frozenset[str]:
    """The keys of a token: its text's stem, its lemma's key (the text
    standing for a missing lemma), its parts' stems if hyphenated."""
    lemma = lemma or text
    if "-" not in text:
        return frozenset((stem(text), "=" + stem(lemma)))  # (`_lemma_key`)
    keys = {stem(text), _lemma_key(lemma)}
    for part in text.split("-"):
        if part:
            keys.add(stem(part))
    return frozenset(keys)


def _token_keys(line: Line) -> list[frozenset[str]]:
    """Each token's keys, read once per line."""
    keys = line.memo.get("keys")
    if keys is None:
        keys = line.memo["keys"] = list(map(_keys, line.words, line.lemma))
    return keys


# The characters of a key that `_may_match` can look for: ASCII letters and
# digits, « - » and « = », which `normalize` neither makes nor changes.
_PLAIN_KEY = re.compile(r"[A-Za-z0-9=-]*")


@lru_cache(maxsize=256)  # pure; asked for each term of each line
def _needles(term: Term) -> tuple[str, ...] | None:
    """What a token matching `term` writes in ASCII (see `_may_match`): each
    key, and a lemma key's stem; None for a key with another character."""
    out = []
    for k in term:
        if not _PLAIN_KEY.fullmatch(k):
            return None
        out.append(k)
        if k.startswith("="):
            out.append(k[1:])
    return tuple(out)


def _ascii_form(line: Line) -> str:
    """The line's words, then its lemmas, lower case, « œ » and « æ » spelt
    out, in NFKD without the characters that are not ASCII; read once per line."""
    form = line.memo.get("ascii")
    if form is None:
        text = ("\x00".join(line.words) + "\x00" + "\x00".join(filter(None, line.lemma))).lower()
        if "œ" in text or "æ" in text:
            text = text.replace("œ", "oe").replace("æ", "ae")
        form = line.memo["ascii"] = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return form


def _may_match(line: Line, term: Term) -> bool:
    """False when no token of the line can match `term`: told from the
    line's `_ascii_form`, without each token's keys.

    A key is a stem, or « = » and a lemma's stem; a stem is a piece of
    `strip_accents` of its word (or lemma) normalized and in lower case.
    `normalize` only makes or changes characters outside `_PLAIN_KEY`, or
    composes (NFC), which NFKD undoes; `strip_accents` works character by
    character: « œ » and « æ » spelt out, the NFKD form without combining
    marks. So a stem made of `_PLAIN_KEY`'s characters is written, in a row,
    in the ASCII characters of the NFKD form of the word's lower case: the
    characters dropped between them (marks, letters with no ASCII form) are
    none of its own.
    """
    needles = _needles(term)
    if needles is None:
        return True
    form = _ascii_form(line)
    return any(n in form for n in needles)


def phrase_terms(doc) -> list[Term]:
    """The content words of a parsed keyphrase (a Doc or a `reuse.Line`), each as a set of keys."""
    line = as_line(doc)
    terms = []
    for i, w in enumerate(line.words):
        if line.punct[i] or w.isspace():  # spaCy's IS_SPACE
            continue
        s = stem(w)
        if not s or s in FUNCTION_WORDS or stem(s) in FUNCTION_WORDS or line.lower[i] in FUNCTION_WORDS:
            continue
        terms.append(frozenset({s, _lemma_key(line.lemma[i] or w)}))
    return terms


def count(doc, terms: list[Term]) -> int:
    """Occurrences of the keyphrase in one parsed sentence."""
    if not terms:
        return 0
    line = as_line(doc)
    if not all(_may_match(line, term) for term in terms):
        return 0  # most lines: a term matches no word, found without each token's keys
    return _count_keys(line, terms)


def count_all(docs: Iterable, terms: list[Term]) -> int:
    """`sum(count(doc, terms) for doc in docs)`: the lines that some term
    cannot match are told in one pass over them all (`_may_match_all`)."""
    if not terms:
        return 0
    lines = [as_line(doc) for doc in docs]
    return sum(_count_keys(lines[i], terms) for i in _may_match_all(lines, terms))


def count_each(docs: Iterable, terms: list[Term]) -> list[int | None]:
    """`count(doc, terms)` of each doc, None for those that some term cannot
    match (told in one pass over them all, as `count_all` tells them). A
    line's count says `contains([doc], terms)` too, but for a line of count
    0 that is not None (see `contains_one`)."""
    lines = [as_line(doc) for doc in docs]
    out: list[int | None] = [None] * len(lines)
    if terms:
        for i in _may_match_all(lines, terms):
            out[i] = _count_keys(lines[i], terms)
    return out


def contains_one(doc, terms: list[Term], counted: int | None) -> bool:
    """`contains([doc], terms)`, given `count_each`'s value for the doc: a
    line some term cannot match holds no keyphrase (None), one where each
    term matches a word holds it (a count above 0); only a line of count 0
    is read again (a term may match a punctuation token there, which
    `count` leaves out and `contains` does not)."""
    if counted is None or not terms:
        return False
    return counted > 0 or contains([doc], terms)


# Between two lines' forms in `_may_match_all`: not one of `_PLAIN_KEY`'s
# characters, and kept as it is by each step of the form.
_LINE_MARK = "\x01"


@lru_cache(maxsize=256)  # pure; asked for each term of an article's keyphrase
def _fewest(needles: tuple[str, ...]) -> tuple[str, ...]:
    """The needles that hold no other one: a form holds one of `needles`
    when it holds one of these (one that holds another holds it too)."""
    distinct = set(needles)
    return tuple(sorted(n for n in distinct if not any(m != n and m in n for m in distinct)))


def _may_match_all(lines: list[Line], terms: list[Term]) -> list[int]:
    """The indexes, in order, of the lines that `_may_match` every term.

    Each step of `_ascii_form` (lower case, « œ » and « æ » spelt out, NFKD,
    the characters that are not ASCII dropped) works character by character
    and none reaches across « \x00 » or `_LINE_MARK` (no case, combining
    class 0, ASCII; str.lower's one rule with a context, the final sigma,
    stops at them as at the text's end): the form of the lines' texts joined
    by `_LINE_MARK` is their forms so joined, made in one call of each step
    rather than one per line. A needle holds neither mark, so each place it
    is found lies in one line's form."""
    n = len(lines)
    plain_terms = []
    for term in terms:
        needles = _needles(term)
        if needles is not None and "" not in needles:  # (else the term may match any line)
            plain_terms.append(_fewest(needles))
    if not plain_terms or not n:
        return list(range(n))
    # Each line's words, then its lemmas (as `_ascii_form` joins them, with
    # one « \x00 » more between the two: no needle holds one).
    text = _LINE_MARK.join(["\x00".join(line.words) + "\x00\x00" + "\x00".join(filter(None, line.lemma))
                            for line in lines]).lower()
    if "œ" in text or "æ" in text:
        text = text.replace("œ", "oe").replace("æ", "ae")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    parts = text.split(_LINE_MARK)
    if len(parts) != n:  # (a word holding the mark: each line on its own)
        return [i for i, line in enumerate(lines) if all(_may_match(line, term) for term in terms)]
    # Where each line's form starts in `text`, and where the text ends.
    starts = [at + k for k, at in enumerate(accumulate(map(len, parts), initial=0))]
    find = text.find
    chosen = None  # the lines that every term so far may match
    for needles in plain_terms:
        found = set()
        for needle in needles:
            at = find(needle)
            while at != -1:
                i = bisect_right(starts, at) - 1
                found.add(i)
                at = find(needle, starts[i + 1])  # (the line's other places: no matter)
        chosen = found if chosen is None else chosen & found
        if not chosen:
            return []
    return sorted(chosen)


def _count_keys(line: Line, terms: list[Term]) -> int:
    """`count` of a line that may match every term: from its tokens' keys."""
    keys = list(compress(_token_keys(line), map(not_, line.punct)))  # (those of the words)
    # The words that share a key with a term: all but those disjoint from it
    # (isdisjoint: no intersection built per word and term).
    n = len(keys)
    return min(n - sum(map(term.isdisjoint, keys)) for term in terms)


def contains(docs: Iterable, terms: list[Term]) -> bool:
    """Every content word somewhere in these parsed segments (one paragraph, say)."""
    if not terms:
        return False
    lines = [as_line(doc) for doc in docs]
    if not all(any(_may_match(line, term) for line in lines) for term in terms):
        return False  # a term that no token can match, found without each token's keys
    seen: set[str] = set()
    for line in lines:
        for k in _token_keys(line):
            seen |= k
    return all(not term.isdisjoint(seen) for term in terms)


def position(doc, terms: list[Term]) -> int | None:
    """Characters from the start of `doc` to where the keyphrase is complete."""
    if not terms:
        return None
    left = list(terms)
    line = as_line(doc)
    for i, k in enumerate(_token_keys(line)):
        left = [term for term in left if term.isdisjoint(k)]
        if not left:
            return line.idx[i] + len(line.words[i])
    return None


def in_slug(slug: str, terms: list[Term]) -> bool:
    parts = {stem(p) for p in slug.split("-") if p}
    return bool(terms) and all(term & parts for term in terms)
