"""A parsed sentence read once into plain lists, by token index.

Reading a spaCy token's attributes one at a time is slow (each access builds
a Token and reads the string store), and the engine, the outline, the
keyphrase choice and the analysis walk the same sentences' words again and
again: `words_of(doc)` reads a Doc's attributes with one `to_array` call and
keeps the lists until the Doc dies. Importing this module does not load spaCy.
"""

from __future__ import annotations

import functools
import weakref
from bisect import bisect_left

@functools.lru_cache(maxsize=1)
def _attributes() -> list:
    """The token attributes `Words` reads as arrays, in one call: three
    strings' hashes, the morphology's hash, numbers, then the hashes kept
    as they are for `reuse.Line.of` (lemma, tag, entity type). (Imported
    when a Doc is first read: spaCy is loaded by then, and importing this
    module must not load it.)"""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_PUNCT, LEMMA, LIKE_NUM, MORPH, ORTH, POS, SPACY, TAG

    return [ORTH, POS, DEP, MORPH, HEAD, IDX, SPACY, IS_PUNCT, LIKE_NUM, ENT_IOB, LEMMA, TAG, ENT_TYPE]


_UINT64 = (1 << 64) - 1  # spaCy's arrays are of unsigned 64-bit integers


class Words:
    """A sentence's parse as plain lists, by token index: text, lower, pos,
    dep, head (an index), idx, space, punct and like_num (1 or 0), ent_iob
    (spaCy's codes: 1 inside an entity, 2 outside, 3 at its start, 0 unset),
    feats (the morphology by field), verb_finite; `lower_set`, the lower
    case words as a set; `derived`, a dict where callers keep what they
    compute from these lists; and spaCy's hashes of the morphology, lemma,
    tag and entity type (`morph_hash`, `lemma_hash`, `tag`, `ent_type`: what
    `reuse.Line.of` reads besides)."""

    __slots__ = ("_doc_text", "n", "text", "lower", "pos", "dep", "head", "idx", "space", "punct", "like_num",
                 "ent_iob", "feats", "verb_finite", "morph_hash", "lemma_hash", "tag", "ent_type", "_children",
                 "_lower_set", "derived")

    def __init__(self, doc, text: str | None = None):
        # (Not the Doc itself: the Doc's death is what forgets its words.)
        self.n = len(doc)
        store = doc.vocab.strings
        attrs = _attributes()
        columns = doc.to_array(attrs).T.tolist() if self.n else [[]] * len(attrs)
        (orth, pos, dep, morph, offsets, self.idx, self.space, self.punct, self.like_num, self.ent_iob,
         self.lemma_hash, self.tag, self.ent_type) = columns
        self.morph_hash = morph
        self._doc_text = None
        if text is not None and self.n:
            # The text the Doc was parsed from is its text (spaCy's tokens
            # never change it): each token's text is cut from it, from its
            # start to the next one's less the space between, and the
            # strings met so far learn them (so a lemma that is the word
            # itself is no miss either). Reading the vocabulary's
            # strings is what costs: about a microsecond each.
            ends = self.idx[1:]
            ends.append(len(text))
            self.text = words = [text[a : b - sp] for a, b, sp in zip(self.idx, ends, self.space)]
            _STRINGS.update(zip(orth, words))
            self._doc_text = text
        else:
            self.text = strings(orth, store)
        # spaCy's LOWER is str.lower (its lexical attribute): computed, not read.
        self.lower = list(map(str.lower, self.text))
        self.pos, self.dep = strings(pos, store), strings(dep, store)
        # HEAD is an offset, a negative one (to the left) read modulo 2**64.
        self.head = [(i + o) & _UINT64 for i, o in enumerate(offsets)]
        self.feats = _morphologies(morph, store)
        # A finite verb or auxiliary, as the tagger says: asked of nearly every word.
        self.verb_finite = [p in ("VERB", "AUX") and "Fin" in f.get("VerbForm", ()) for p, f in zip(self.pos, self.feats)]
        self._children = None
        self._lower_set = None
        # What a caller derives from the words and asks again, by its own key.
        self.derived: dict = {}

    @property
    def lower_set(self) -> frozenset[str]:
        """The lower-case words as a set, built when first asked: each
        derivation of a sentence first tests whether a word it needs is
        there (« qui », « dont », a coordinator …), about ten such tests
        per sentence, each a scan of the list otherwise."""
        found = self._lower_set
        if found is None:
            found = self._lower_set = frozenset(self.lower)
        return found

    def morph(self, i: int, field: str) -> list[str]:
        """What `token.morph.get(field)` says of token i (a shared list: not to be changed)."""
        return self.feats[i].get(field, _NONE)

    def children(self, i: int) -> list[int]:
        """The indexes of token i's children, in order (as `token.children`)."""
        if self._children is None:
            self._children = [[] for _ in range(self.n)]
            for k, h in enumerate(self.head):
                if h != k:
                    self._children[h].append(k)
        return self._children[i]

    def token_at(self, char: int) -> int | None:
        """The index of the token that starts at character `char` (None: none does)."""
        i = bisect_left(self.idx, char)
        return i if i < self.n and self.idx[i] == char else None

    def subject(self, i: int) -> int | None:
        """Token i's nominal subject (nsubj, nsubj:pass): its first such child."""
        return next((c for c in self.children(i) if self.dep[c] in ("nsubj", "nsubj:pass")), None)

    def subject_heads(self) -> set[int]:
        """The tokens with a nominal subject among their children (read once
        per sentence, kept in `derived`: keyphrase and outline ask it of each
        of their groups' words)."""
        heads = self.derived.get("subject_heads")
        if heads is None:
            dep, head = self.dep, self.head
            heads = self.derived["subject_heads"] = {
                head[c] for c in range(self.n) if dep[c] in ("nsubj", "nsubj:pass") and head[c] != c}
        return heads

    def end_char(self, i: int) -> int:
        """Where token i ends in the text."""
        return self.idx[i] + len(self.text[i])

    @property
    def doc_text(self) -> str:
        """The Doc's text (as `doc.text`, rebuilt from the words: faster)."""
        if self._doc_text is None:
            self._doc_text = "".join(t + " " if sp else t for t, sp in zip(self.text, self.space))
        return self._doc_text

    def span_text(self, a: int, b: int) -> str:
        """The text of tokens a..b (as `doc[a:b].text`)."""
        return self.doc_text[self.idx[a] : self.end_char(b - 1)] if a < b else ""


_NONE: list[str] = []


def features(morph: str) -> dict[str, list[str]]:
    """A token's morphology (« Gender=Fem|Number=Sing ») as lists of values by field."""
    if morph in ("", "_"):
        return {}
    feats = {}
    for f in morph.split("|"):  # (a loop: faster than a comprehension over a generator)
        field, _, values = f.partition("=")
        feats[field] = values.split(",")
    return feats


class _Strings(dict):
    """The vocabulary's strings met so far, by hash: a miss is read from
    `store`, the StringStore of the Doc being read (set before a lookup)."""

    __slots__ = ("store",)

    def __missing__(self, h: int) -> str:
        value = self[h] = self.store[h]
        return value


class _Morphologies(_Strings):
    """The morphologies met so far, read (see `features`), by hash."""

    __slots__ = ()

    def __missing__(self, h: int) -> dict[str, list[str]]:
        value = self[h] = features(self.store[h])
        return value


_STRINGS = _Strings()
_FEATURES = _Morphologies()


def strings(hashes: list[int], store) -> list[str]:
    """The strings of spaCy hashes (a hash names one string whatever the
    StringStore `store`), through the cache of those met so far."""
    _STRINGS.store = store
    return list(map(_STRINGS.__getitem__, hashes))


def _morphologies(hashes: list[int], store) -> list[dict[str, list[str]]]:
    _FEATURES.store = store
    return list(map(_FEATURES.__getitem__, hashes))


# id(Doc) -> (a weak reference to the Doc, its words): a plain dict is asked
# faster than a WeakKeyDictionary; the reference's callback forgets the
# words when the Doc dies.
_WORDS: dict[int, tuple] = {}


def words_of(doc, text: str | None = None) -> Words:
    """The `Words` of a Doc, read once (and forgotten with the Doc). `text`,
    when given, is the text the Doc was parsed from (`doc.text`): the words
    are then cut from it rather than read from the vocabulary (faster)."""
    try:
        return _WORDS[id(doc)][1]
    except KeyError:
        key = id(doc)
        w = Words(doc, text)
        _WORDS[key] = (weakref.ref(doc, lambda _, key=key: _WORDS.pop(key, None)), w)
        return w


def _forget_words() -> None:
    _WORDS.clear()
    _STRINGS.clear()
    _FEATURES.clear()


words_of.cache_clear = _forget_words  # as the memoized functions: a fresh start forgets them
