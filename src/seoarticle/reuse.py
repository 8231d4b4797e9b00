"""Parses of the article's lines made from the input's parse, without spaCy.

The lines the offline engine derives are words of the input's sentences:
« L'alliance perd 65 sièges. » of « L'alliance perd toutefois 65 sièges et
réalise … », « Le 10 janvier 2013, la nouvelle série sera dévoilée. » of « La
nouvelle série, qui sera dévoilée le 10 janvier 2013, conserve … », « 65
sièges : … ». The checks need a parse of every line; this module builds it
from the sentence that holds most of the line's words: its tokens' tags,
morphology, lemmas and entities, and their tree with each token hung on its
nearest ancestor that the line keeps. A few words may come from elsewhere: a
word the text writes in another sentence (« est » in « Vladimir Poutine est
le président russe. »), or a word of the engine's own headings and questions
(« L'essentiel sur », « Que sait-on de », « -t-elle »), whose annotations
come from a parse of those set phrases (`PHRASEBOOK`). A line with any other
word (a name, a verb the text never writes) goes to spaCy. A line of several
sentences (a description) is built sentence by sentence.

The annotations are those the tokens had in their sentence, which is what
the article's facts and readability are about; a line spaCy parsed alone
might be tagged a little differently, as any two contexts are. On the corpus,
the ISW briefing and the seeds, the report is the same either way (tests).
"""

from __future__ import annotations

import functools

# Punctuation a line may add around its words: a label's colon, the final full stop, a
# question mark, the comma after a moved adjunct.
_ADDED_PUNCT = {":", ".", "?", ","}
# A line may be the sentence cut into this many pieces put in another order.
MAX_PIECES = 3
# Words of the line not in that sentence, taken from the text's other
# sentences where they are written in lower case (« est » in « X est le
# président russe. », « qui », « quand »): at most this many.
MAX_BORROWED = 4
# A word's key, as the lines are matched: its lower case, a dash being a dash
# whatever its length (the engine writes the text's « - » incise as « – »).
# Lines and sources are compared by spaCy's hashes of these keys (`_hashes`).
_DASHES = {"\u2013": "-", "\u2014": "-"}


# The engine's own set phrases (section headings, questions), each with a
# stand-in topic: the words of them in `ENGINE_WORDS` are borrowed from their
# parse when the text itself never writes them in lower case. Parsed once
# per process, when a line first needs one.
PHRASEBOOK = (
    "L'essentiel sur la réforme", "Les chiffres clés de la réforme", "Chronologie de la réforme",
    "Ce qui se prépare pour la réforme", "Questions-réponses sur la réforme", "Que sait-on de la réforme ?",
    "Que désigne le sigle ONU ?", "Le sigle ONU désigne l'Organisation des Nations unies.", "Qui est le ministre ?",
    "Qu'est-ce que la réforme ?", "Qu'en est-il à Paris ?", "Quand la réforme sera-t-elle votée ?",
    "Quand le projet a-t-il été voté ?", "Quand les députés ont-ils voté ?", "Quand les lois ont-elles été votées ?",
    "Pourquoi la loi est-elle reportée ?", "Combien de sièges le parti perd-il ?", "Quelle est la seule option ?",
    "Quel est le motif principal ?", "Où l'image a-t-elle été prise ?", "À partir de quand la loi s'applique-t-elle ?",
)
ENGINE_WORDS = frozenset(
    "l' essentiel sur les chiffres clés de la chronologie ce qui se prépare pour que sait -on désigne le sigle "
    "est qu' -ce en -il -elle -ils -elles il elle ils elles -t quand a ont été sera pourquoi combien quelle quel "
    "où à partir questions - réponses".split()
)


@functools.lru_cache(maxsize=4)
def _phrasebook(nlp) -> dict[int, object]:
    """ENGINE_WORDS (by the hash of their lower case) -> the annotations
    (`_attrs` row) of their first use in PHRASEBOOK's parse."""
    rows: dict[int, object] = {}
    engine = _hashes()[2]
    for doc in nlp.pipe(PHRASEBOOK):
        arr = doc.to_array(_attrs())
        for i, low in enumerate(doc.to_array("LOWER").tolist()):
            if low in engine and low not in rows:
                rows[low] = arr[i]
    return rows


@functools.lru_cache(maxsize=1)
def _hashes() -> tuple[frozenset[int], dict[int, int], frozenset[int]]:
    """The hashes (spaCy's string ids) the lines are matched by: of
    `_ADDED_PUNCT`, of the dashes (-> that of « - »: `_key`), of ENGINE_WORDS."""
    from spacy.strings import hash_string

    return (frozenset(map(hash_string, _ADDED_PUNCT)), {hash_string(d): hash_string("-") for d in _DASHES},
            frozenset(map(hash_string, ENGINE_WORDS)))


class _Source:
    """One parsed sentence as the lines are built from it: its words (the
    hashes of their keys, `_DASHES`), their annotations, heads and entities,
    read once, as arrays."""

    __slots__ = ("doc", "lows", "vocab", "lower_words", "_positions", "_rows", "_heads", "_ents")

    def __init__(self, doc):
        import spacy.attrs

        self.doc = doc
        dashes = _hashes()[1]
        lowers, orths, is_lower, is_punct = doc.to_array(
            [spacy.attrs.LOWER, spacy.attrs.ORTH, spacy.attrs.IS_LOWER, spacy.attrs.IS_PUNCT]).T.tolist()
        self.lows = [dashes.get(low, low) for low in lowers]
        # Words written in lower case (the hash of their text), and where.
        self.lower_words = [(o, i) for i, (o, low, punct) in enumerate(zip(orths, is_lower, is_punct)) if low and not punct]
        self.vocab = set(self.lows)
        self._positions = self._rows = self._heads = self._ents = None

    @property
    def positions(self) -> dict[int, list[int]]:
        """Each word -> its indexes (read for the few sentences a line is matched on)."""
        if self._positions is None:
            self._positions = {}
            for k, low in enumerate(self.lows):
                self._positions.setdefault(low, []).append(k)
        return self._positions

    @property
    def rows(self):
        """Each token's annotations (`_attrs`): a numpy array, a row a token."""
        if self._rows is None:
            self._rows = self.doc.to_array(_attrs())
        return self._rows

    @property
    def heads(self) -> list[int]:
        """The absolute index of each token's head."""
        if self._heads is None:
            import numpy

            rel = self.rows[:, HEAD].view(numpy.int64)
            self._heads = (rel + numpy.arange(len(rel))).tolist()
        return self._heads

    @property
    def ents(self) -> list[tuple[int, int, int]]:
        if self._ents is None:
            self._ents = [(e.start, e.end, e.label) for e in self.doc.ents]
        return self._ents


class Reuser:
    """Builds Docs for lines from the parsed source sentences `docs`."""

    def __init__(self, nlp, docs):
        self.nlp = nlp
        self.sources = [_Source(d) for d in docs if d is not None and len(d)]
        # Where a word may be borrowed from: its first lower-case occurrence.
        self.lexicon: dict[int, tuple[int, int]] = {}
        for n, src in enumerate(self.sources):
            for orth, i in src.lower_words:
                self.lexicon.setdefault(orth, (n, i))
        self.holding: dict[int, list[int]] = {}  # word -> the sources holding it
        for n, src in enumerate(self.sources):
            for low in src.vocab:
                self.holding.setdefault(low, []).append(n)

    def engine_word(self, low: int) -> tuple[int, int] | None:
        """Where to borrow a word (the hash of its key) the text lacks:
        (-1, 0) for a word of the engine's own phrases, else None."""
        return (-1, 0) if low in _hashes()[2] and low in _phrasebook(self.nlp) else None

    def doc(self, text: str):
        """A Doc for `text` built from the source sentence that holds most of
        its words, or None. A line of several sentences (a description of two)
        is built sentence by sentence."""
        from .readability import has_inner_end, sentences

        # Only a line with an end mark before its last character can be
        # several sentences (most lines have none: `sentences` is not run).
        parts = sentences(text) if has_inner_end(text) else ()
        if len(parts) > 1 and " ".join(parts) == text:
            docs = [self.one(p) for p in parts]
            if None in docs:
                return None
            from spacy.tokens import Doc

            merged = Doc.from_docs(docs, ensure_whitespace=True)
            return merged if merged.text == text else None
        return self.one(text)

    def one(self, text: str):
        """A Doc for the sentence `text` (see `doc`), or None."""
        import spacy.attrs

        tokens = self.nlp.tokenizer(text)
        if not len(tokens):
            return None
        added, dashes, _ = _hashes()
        # The words as spaCy's string hashes: of their text, and of their key.
        orths, lowers = tokens.to_array([spacy.attrs.ORTH, spacy.attrs.LOWER]).T.tolist()
        lows = [dashes.get(low, low) for low in lowers]
        need = {low for low, orth in zip(lows, orths) if orth not in added}
        # The sentence may lack at most MAX_BORROWED of the words: it holds one
        # of any MAX_BORROWED + 1 of them, so only the sentences holding one of
        # the rarest few are counted (the same choice, without reading them all).
        holding = self.holding
        rarest = sorted(need, key=lambda w: (len(holding.get(w, ())), w))[: MAX_BORROWED + 1]
        candidates = {n for w in rarest for n in holding.get(w, ())}
        cover = sorted(((len(need & self.sources[n].vocab), -n) for n in candidates), reverse=True)
        for covered, n in cover:
            n = -n
            if covered < len(need) - MAX_BORROWED or covered < 1:
                break
            src = self.sources[n]
            borrowed = {w: self.lexicon.get(w) or self.engine_word(w) for w in need - src.vocab}
            if None in borrowed.values():
                continue
            match = _match(orths, lows, src, borrowed, added)
            if match is not None:
                rows = {i: self.sources[b[0]].rows[b[1]] if b[0] >= 0 else _phrasebook(self.nlp)[lows[i]]
                        for i, b in enumerate(match) if type(b) is tuple}
                return _build(tokens, orths, src, match, rows)
        return None


def _match(orths: list[int], lows: list[int], src: _Source, borrowed: dict, added: frozenset[int]) -> list | None:
    """The index in `src` of each word of the line (`orths`: the hashes of
    its words, `lows`: of their keys), case aside; None for a colon, full
    stop, question mark or comma (`added`: their hashes) the source has no
    unused one of. Each word takes the first unused source word of its form
    after the one the word before took, else the first unused one from the
    start: the line may move a piece of the sentence (« 1991 : Minsk avait … », « Selon
    l'ISW, la Russie pourrait … » of « La Russie pourrait …, selon l'ISW »),
    in at most `MAX_PIECES` pieces. A word the line says twice (« 11 % : …
    seulement 11 % … ») and the source once is that word again. A word in
    `borrowed` (its key -> (sentence, token)) is matched there. None when a
    word is not the source's, or the pieces are more."""
    positions = src.positions
    match: list = []
    used: set[int] = set()
    j = 0  # after the source word the word before took
    breaks = 0
    for orth, low in zip(orths, lows):
        if low in borrowed:
            match.append(borrowed[low])  # (sentence, token) elsewhere in the text
            continue
        # The first unused position at or after j, else the first unused one.
        k = first = None
        for x in positions.get(low, ()):
            if x not in used:
                if x >= j:
                    k = x
                    break
                if first is None:
                    first = x
        if k is None:
            k = first
        if k is None:  # every one of the word's positions taken, or none
            if orth in added:
                match.append(None)
                continue
            if j < len(src.lows) and src.lows[j] == low:
                k = j
            elif low in positions:
                k = positions[low][0]
            else:
                return None
        if k < j:
            breaks += 1
            if breaks >= MAX_PIECES:
                return None
        match.append(k)
        used.add(k)
        j = k + 1
    return match


_ATTR_NAMES = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE")
TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE = range(len(_ATTR_NAMES))
_IOB_I, _IOB_O, _IOB_B = 1, 2, 3  # spaCy's codes of ENT_IOB


@functools.lru_cache(maxsize=1)
def _attrs() -> tuple[int, ...]:
    import spacy.attrs

    return tuple(getattr(spacy.attrs, name) for name in _ATTR_NAMES)


def _build(tokens, orths: list[int], src: _Source, match: list, borrowed_rows: dict):
    """The Doc of the line `tokens` (the tokenizer's Doc, annotated in place;
    `orths` holds the hash of each word) from the tokens of `src` at
    `match`; `borrowed_rows` holds the annotations of the words borrowed from
    elsewhere (line index -> row). The annotations are copied as arrays
    (`Doc.from_array`), without a Python object per token: the source's rows
    taken at once, then the columns the line changes (heads, the roots'
    relation, entities) written whole."""
    import numpy
    from spacy.parts_of_speech import ADJ, AUX, PUNCT, VERB

    kept: dict[int, int] = {}  # source index -> line index (its first use)
    for i, k in enumerate(match):
        if type(k) is int:
            kept.setdefault(k, i)
    if not kept or len(kept) + len(borrowed_rows) < 2:
        return None
    src_heads = src.heads
    # Each kept token hangs on its nearest kept ancestor, or is a root.
    head_of: dict[int, int | None] = {}
    for i, k in enumerate(match):
        if type(k) is not int:
            continue
        h = src_heads[k]
        while h != src_heads[h] and h not in kept:
            h = src_heads[h]
        head_of[i] = kept[h] if h in kept and kept[h] != i else None
    root = min((i for i, h in head_of.items() if h is None), default=0)
    n = len(match)
    strings = tokens.vocab.strings
    # Each token's source row (the first row for the others, overwritten below).
    rows = src.rows[[k if type(k) is int else 0 for k in match]]
    heads = []  # each token's head, relative
    roots = []
    for i, k in enumerate(match):
        if k is None:  # an added colon or full stop hangs on the root
            rows[i] = 0
            rows[i, TAG], rows[i, POS], rows[i, DEP], rows[i, LEMMA] = (
                strings.add("PUNCT"), PUNCT, strings.add("punct"), orths[i])
            heads.append(root - i)
        elif type(k) is not int:  # a borrowed word, with its own relation, hangs on the root
            rows[i] = borrowed_rows[i]
            heads.append(root - i)
        elif head_of[i] is None:
            roots.append(i)
            heads.append(0)
        else:
            heads.append(head_of[i] - i)
    # A borrowed auxiliary (« est » in « la formation … est créée. ») hangs
    # on the verb or adjective after it, as French puts it.
    if borrowed_rows:
        pos = rows[:, POS].tolist()
        for i in borrowed_rows:
            if pos[i] == AUX:
                verb = next((j for j in range(i + 1, n) if type(match[j]) is int and pos[j] in (VERB, ADJ)), None)
                if verb is not None:
                    heads[i] = verb - i
    rows[:, HEAD] = numpy.array(heads, dtype=numpy.int64).view(numpy.uint64)  # two's complement, as Doc.to_array gives it
    rows[roots, DEP] = strings.add("ROOT")
    rows[:, ENT_IOB], rows[:, ENT_TYPE] = _IOB_O, 0
    # The entities whose every token the line keeps, side by side.
    for start, end, label in src.ents:
        idx = [kept.get(x) for x in range(start, end)]
        if None in idx or idx != list(range(idx[0], idx[0] + len(idx))):
            continue
        rows[idx[0], ENT_IOB], rows[idx[0], ENT_TYPE] = _IOB_B, label
        rows[idx[0] + 1 : idx[-1] + 1, ENT_IOB] = _IOB_I
        rows[idx[0] + 1 : idx[-1] + 1, ENT_TYPE] = label
    return tokens.from_array(_attrs(), rows)
