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
def _phrasebook(nlp) -> dict[str, object]:
    """ENGINE_WORDS -> the annotations (`_attrs` row) of their first use in
    PHRASEBOOK's parse."""
    rows: dict[str, object] = {}
    for doc in nlp.pipe(PHRASEBOOK):
        arr = doc.to_array(_attrs()).tolist()
        for t in doc:
            if t.lower_ in ENGINE_WORDS and t.lower_ not in rows:
                rows[t.lower_] = arr[t.i]
    return rows


class _Source:
    """One parsed sentence as the lines are built from it: its words (`_key`
    of their lower case), their annotations, heads and entities, read once."""

    __slots__ = ("doc", "lows", "vocab", "lower_words", "_positions", "_rows", "_heads", "_ents")

    def __init__(self, doc):
        self.doc = doc
        self.lows = []
        self.lower_words: list[tuple[str, int]] = []  # words written in lower case, and where
        for t in doc:
            self.lows.append(_key(t.lower_))
            if t.is_lower and not t.is_punct:
                self.lower_words.append((t.text, t.i))
        self.vocab = set(self.lows)
        self._positions = self._rows = self._heads = self._ents = None

    @property
    def positions(self) -> dict[str, list[int]]:
        """Each word -> its indexes (read for the few sentences a line is matched on)."""
        if self._positions is None:
            self._positions = {}
            for k, low in enumerate(self.lows):
                self._positions.setdefault(low, []).append(k)
        return self._positions

    @property
    def rows(self) -> list[list[int]]:
        """Each token's annotations (`_attrs`), as Python ints."""
        if self._rows is None:
            self._rows = self.doc.to_array(_attrs()).tolist()
        return self._rows

    @property
    def heads(self) -> list[int]:
        """The absolute index of each token's head."""
        if self._heads is None:
            self._heads = [k + (h if h < 1 << 63 else h - (1 << 64)) for k, h in enumerate([r[HEAD] for r in self.rows])]
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
        self.lexicon: dict[str, tuple[int, int]] = {}
        for n, src in enumerate(self.sources):
            for text, i in src.lower_words:
                self.lexicon.setdefault(text, (n, i))
        self.holding: dict[str, list[int]] = {}  # word -> the sources holding it
        for n, src in enumerate(self.sources):
            for low in src.vocab:
                self.holding.setdefault(low, []).append(n)

    def engine_word(self, low: str) -> tuple[int, int] | None:
        """Where to borrow a word the text lacks: (-1, 0) for a word of the
        engine's own phrases, else None."""
        return (-1, 0) if low in ENGINE_WORDS and low in _phrasebook(self.nlp) else None

    def doc(self, text: str):
        """A Doc for `text` built from the source sentence that holds most of
        its words, or None. A line of several sentences (a description of two)
        is built sentence by sentence."""
        from .readability import sentences

        parts = sentences(text)
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
        tokens = self.nlp.tokenizer(text)
        words = [(t.text, t.lower_, t.orth) for t in tokens]
        if not words:
            return None
        lows = [_key(w[1]) for w in words]
        need = {low for low, w in zip(lows, words) if w[0] not in _ADDED_PUNCT}
        # The sentence may lack at most MAX_BORROWED of the words: it holds one
        # of any MAX_BORROWED + 1 of them, so only the sentences holding one of
        # the rarest few are counted (the same choice, without reading them all).
        rarest = sorted(need, key=lambda w: (len(self.holding.get(w, ())), w))[: MAX_BORROWED + 1]
        candidates = {n for w in rarest for n in self.holding.get(w, ())}
        cover = sorted(((len(need & self.sources[n].vocab), -n) for n in candidates), reverse=True)
        for covered, n in cover:
            n = -n
            if covered < len(need) - MAX_BORROWED or covered < 1:
                break
            src = self.sources[n]
            borrowed = {w: self.lexicon.get(w) or self.engine_word(w) for w in need - src.vocab}
            if None in borrowed.values():
                continue
            match = _match(words, lows, src, borrowed)
            if match is not None:
                rows = {i: self.sources[b[0]].rows[b[1]] if b[0] >= 0 else _phrasebook(self.nlp)[lows[i]]
                        for i, b in enumerate(match) if type(b) is tuple}
                return _build(tokens, words, src, match, rows)
        return None


_DASHES = {"\u2013": "-", "\u2014": "-"}


def _key(low: str) -> str:
    """A word as the lines are matched: a dash is a dash, whatever its length
    (the engine writes the text's « - » incise as « – »)."""
    return _DASHES.get(low, low)


def _match(words, lows: list[str], src: _Source, borrowed: dict) -> list | None:
    """The index in `src` of each word of the line, case aside; None for a
    colon, full stop, question mark or comma the source has no unused one
    of. Each word takes the first unused source word of its form after the
    one the word before took, else the first unused one from the start: the
    line may move a piece of the sentence (« 1991 : Minsk avait … », « Selon
    l'ISW, la Russie pourrait … » of « La Russie pourrait …, selon l'ISW »),
    in at most `MAX_PIECES` pieces. A word the line says twice (« 11 % : …
    seulement 11 % … ») and the source once is that word again. A word in
    `borrowed` (its form -> (sentence, token)) is matched there. None when a
    word is not the source's, or the pieces are more."""
    positions = src.positions
    match: list = []
    used: set[int] = set()
    j = 0  # after the source word the word before took
    breaks = 0
    for w, low in zip(words, lows):
        if low in borrowed:
            match.append(borrowed[low])  # (sentence, token) elsewhere in the text
            continue
        free = [k for k in positions.get(low, ()) if k not in used]
        if free:
            k = next((k for k in free if k >= j), free[0])
        elif w[0] in _ADDED_PUNCT:
            match.append(None)
            continue
        elif j < len(src.lows) and src.lows[j] == low:
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


def _build(tokens, words: list[tuple], src: _Source, match: list, borrowed_rows: dict):
    """The Doc of the line `tokens` (the tokenizer's Doc, annotated in place;
    `words` holds (text, lower, orth) of each) from the tokens of `src` at
    `match`; `borrowed_rows` holds the annotations of the words borrowed from
    elsewhere (line index -> row). The annotations are copied as arrays
    (`Doc.from_array`), without a Python object per token."""
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
    n = len(words)
    src_rows = src.rows
    strings = tokens.vocab.strings
    punct_tag, punct_dep, root_dep = strings.add("PUNCT"), strings.add("punct"), strings.add("ROOT")
    rows: list[list[int]] = []
    for i, k in enumerate(match):
        if k is None:  # an added colon or full stop hangs on the root
            row = [0] * len(_ATTR_NAMES)
            row[TAG], row[POS], row[DEP], row[LEMMA], row[HEAD] = punct_tag, PUNCT, punct_dep, words[i][2], root - i
        elif type(k) is not int:  # a borrowed word, with its own relation, hangs on the root
            row = list(borrowed_rows[i])
            row[HEAD] = root - i
        else:
            row = list(src_rows[k])
            h = head_of[i]
            if h is None:
                row[HEAD], row[DEP] = 0, root_dep
            else:
                row[HEAD] = h - i
        row[ENT_IOB], row[ENT_TYPE] = _IOB_O, 0
        rows.append(row)
    # A borrowed auxiliary (« est » in « la formation … est créée. ») hangs
    # on the verb or adjective after it, as French puts it.
    for i in borrowed_rows:
        if rows[i][POS] == AUX:
            verb = next((j for j in range(i + 1, n) if type(match[j]) is int and rows[j][POS] in (VERB, ADJ)), None)
            if verb is not None:
                rows[i][HEAD] = verb - i
    # The entities whose every token the line keeps, side by side.
    for start, end, label in src.ents:
        idx = [kept.get(x) for x in range(start, end)]
        if None in idx or idx != list(range(idx[0], idx[0] + len(idx))):
            continue
        rows[idx[0]][ENT_IOB], rows[idx[0]][ENT_TYPE] = _IOB_B, label
        for x in idx[1:]:
            rows[x][ENT_IOB], rows[x][ENT_TYPE] = _IOB_I, label
    for row in rows:
        if row[HEAD] < 0:
            row[HEAD] += 1 << 64  # two's complement, as Doc.to_array gives it
    return tokens.from_array(_attrs(), numpy.array(rows, dtype=numpy.uint64))
