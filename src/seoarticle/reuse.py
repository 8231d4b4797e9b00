"""Parses of the article's lines as the checks read them (`Line`), and their
making from the input's parse, without spaCy.

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

A `Line` holds what the checks read of a parse, as plain lists by token
index: the lines built here never become spaCy Docs (building one, then
reading it Token by Token, cost more than the checks themselves), and a
parsed Doc is read into one from its `arrays.Words` and one `to_array`
call (`Line.of`).
"""

from __future__ import annotations

import collections
import functools
import itertools
from operator import itemgetter

from .arrays import features, strings, words_of

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
_DASHES = {"\u2013": "-", "\u2014": "-"}
_UINT64 = (1 << 64) - 1  # spaCy's arrays are of unsigned 64-bit integers


# The engine's own set phrases (section headings, questions, a source put
# first as « selon … »), each with a stand-in topic: the words of them in `ENGINE_WORDS` are borrowed from their
# parse when the text itself never writes them in lower case. Each phrase
# is parsed once per process, when a line first needs a word of it (`_Phrasebook`).
PHRASEBOOK = (
    "L'essentiel sur la réforme", "Les chiffres clés de la réforme", "Chronologie de la réforme",
    "Ce qui se prépare pour la réforme", "Questions-réponses sur la réforme", "Que sait-on de la réforme ?",
    "Que désigne le sigle ONU ?", "Le sigle ONU désigne l'Organisation des Nations unies.", "Qui est le ministre ?",
    "Qu'est-ce que la réforme ?", "Qu'en est-il à Paris ?", "Quand la réforme sera-t-elle votée ?",
    "Quand le projet a-t-il été voté ?", "Quand les députés ont-ils voté ?", "Quand les lois ont-elles été votées ?",
    "Pourquoi la loi est-elle reportée ?", "Combien de sièges le parti perd-il ?", "Quelle est la seule option ?",
    "Quel est le motif principal ?", "Où l'image a-t-elle été prise ?", "À partir de quand la loi s'applique-t-elle ?",
    "Selon le ministre, la réforme est votée.",
)
ENGINE_WORDS = frozenset(
    "l' essentiel sur les chiffres clés de la chronologie ce qui se prépare pour que sait -on désigne le sigle "
    "est qu' -ce en -il -elle -ils -elles il elle ils elles -t quand a ont été sera pourquoi combien quelle quel "
    "où à partir questions - réponses selon".split()
)


# --- lines -----------------------------------------------------------------------


class Line:
    """A parsed line, as the checks read it: its text, and by token index
    the token's text (`words`), lower case, lemma, part of speech and
    relation (strings, as `token.lemma_` … give them; "" for none), its
    morphology (`feats`: the values by field; `morph`: spaCy's hash), its
    tag (spaCy's hash), its head (an index), where it starts in the text
    (`idx`), whether a space follows it, whether it is punctuation; the
    entities as (start, end, label) token spans. The lists may be shared
    with the Doc's `arrays.Words` or a source's Line: they are not changed.
    `memo` keeps what a reader derives from the line (the keyphrase keys)."""

    __slots__ = ("text", "words", "lower", "lemma", "pos", "dep", "feats", "morph", "tag", "head", "_idx", "space",
                 "punct", "ents", "memo")

    def __init__(self, text, words, lower, lemma, pos, dep, feats, morph, tag, head, idx, space, punct, ents):
        self.text, self.words, self.lower, self.lemma, self.pos, self.dep = text, words, lower, lemma, pos, dep
        self.feats, self.morph, self.tag, self.head, self._idx = feats, morph, tag, head, idx
        self.space, self.punct, self.ents = space, punct, ents
        self.memo: dict = {}

    def __len__(self) -> int:
        return len(self.words)

    @property
    def idx(self) -> list[int]:
        """Where each token starts in the text (`token.idx`); None given, read when first asked."""
        if self._idx is None:
            self._idx = _offsets(self.words, self.space)
        return self._idx

    @classmethod
    def of(cls, doc) -> Line:
        """The Line of a parsed Doc: its `arrays.Words` (read once per Doc,
        and most Docs the checks see were read before), which hold the
        lemmas', tags', morphologies' and entity types' hashes too."""
        w = words_of(doc)
        store = doc.vocab.strings
        return cls(w.doc_text, w.text, w.lower, strings(w.lemma_hash, store), w.pos, w.dep, w.feats, w.morph_hash,
                   w.tag, w.head, w.idx, w.space, w.punct, _entities(w.ent_iob, w.ent_type, store))

    def feature(self, i: int, field: str) -> list[str]:
        """What `token.morph.get(field)` says of token i (a shared list: not to be changed)."""
        return self.feats[i].get(field, _NONE)

    def has_head(self, i: int) -> bool:
        """Whether token i has a head, as spaCy says: a token without a
        relation has none (`token.head` is then the token itself)."""
        return self.dep[i] != ""

    def children(self, i: int) -> list[int]:
        """The indexes of token i's children, in order (`token.children`)."""
        return [k for k, h in enumerate(self.head) if h == i and k != i]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end (`doc[start:end].text`). (The text is
        its words, each followed by a space where its flag says: a span's
        text is its words so joined, without the offsets of every token.)"""
        if start >= end:
            return ""
        if self._idx is not None:
            return self.text[self._idx[start] : self._idx[end - 1] + len(self.words[end - 1])]
        last = end - 1
        return "".join([w + " " if sp else w for w, sp in zip(self.words[start:last], self.space[start:last])]) + self.words[last]

    def entities(self) -> list[tuple[str, str]]:
        """(text, label) of each entity, in order."""
        return [(self.span_text(a, b), label) for a, b, label in self.ents]

    def row(self, i: int) -> tuple:
        """Token i's annotations, as a line built from it copies them."""
        return self.tag[i], self.pos[i], self.morph[i], self.feats[i], self.lemma[i], self.dep[i]

    def to_doc(self, vocab):
        """A spaCy Doc of the line (its words, annotations and entities)."""
        import numpy
        from spacy.parts_of_speech import IDS
        from spacy.tokens import Doc

        add = vocab.strings.add
        n = len(self.words)
        iob, ent_type = [_IOB_O] * n, [0] * n
        for a, b, label in self.ents:
            iob[a], ent_type[a] = _IOB_B, add(label)
            for k in range(a + 1, b):
                iob[k], ent_type[k] = _IOB_I, ent_type[a]
        cols = [self.tag, [IDS[p] if p else 0 for p in self.pos], self.morph, list(map(add, self.lemma)),
                [(h - i) & _UINT64 for i, h in enumerate(self.head)], list(map(add, self.dep)), iob, ent_type]
        doc = Doc(vocab, words=self.words, spaces=[bool(s) for s in self.space])
        return doc.from_array(_attrs(), numpy.array(cols, dtype=numpy.uint64).T.copy())


_NONE: list[str] = []


def as_line(doc) -> Line:
    """`doc` itself if a Line, else the Line of that spaCy Doc."""
    return doc if type(doc) is Line else Line.of(doc)


def _offsets(words: list[str], space: list[int]) -> list[int]:
    """Where each token starts in the text (`token.idx`)."""
    out, at = [], 0
    for w, sp in zip(words, space):
        out.append(at)
        at += len(w) + sp
    return out


def _entities(iob: list[int], ent_type: list[int], store) -> list[tuple[int, int, str]]:
    """The entities as `Doc.ents` reads them from the tokens' ENT_IOB and
    ENT_TYPE (labels read from the StringStore `store`)."""
    out = []
    if _IOB_B not in iob:
        return out
    # Most sentences: each entity a B token with a type, then its I tokens,
    # and no other I token. Found by jumping from one B to the next (list
    # scans in C), not by reading every token; the count of the I tokens
    # tells that none was left out (else the walk below, which raises).
    n = len(iob)
    inside = 0
    a = iob.index(_IOB_B)
    while True:
        t = ent_type[a]
        b = a + 1
        while b < n and iob[b] == _IOB_I:
            b += 1
        if t:
            out.append((a, b, t))
            inside += b - a - 1
        try:
            a = iob.index(_IOB_B, b)
        except ValueError:
            break
    if inside != iob.count(_IOB_I):
        out = _walked(iob, ent_type)
    labels = strings([label for _, _, label in out], store)
    return [(a, b, name) for (a, b, _), name in zip(out, labels) if name != ""]


def _walked(iob: list[int], ent_type: list[int]) -> list[tuple[int, int, int]]:
    """The entities (start, end, type hash) of `_entities`, read token by
    token as `Doc.ents` reads them (an I token after no B raises)."""
    out = []
    start, label = -1, 0
    for i, (b, t) in enumerate(zip(iob, ent_type)):
        if b == _IOB_I:
            if start == -1:
                raise ValueError("an entity's inside token without its beginning")
        elif b == _IOB_O or b == 0 or (b == _IOB_B and t == 0):
            if start != -1:
                out.append((start, i, label))
            start, label = -1, 0
        elif b == _IOB_B:
            if start != -1:
                out.append((start, i, label))
            start, label = i, t
    if start != -1:
        out.append((start, len(iob), label))
    return out


@functools.lru_cache(maxsize=4)
def _phrasebook(nlp) -> _Phrasebook:
    """The phrasebook of the pipeline `nlp` (its rows, once parsed, kept for the process)."""
    return _Phrasebook(nlp)


class _Phrasebook:
    """ENGINE_WORDS -> the annotations (`Line.row`) of their first use in
    PHRASEBOOK's parse.

    Which words it holds, and the phrase of each one's first use, are the
    tokenizer's (the pipeline keeps the tokenizer's tokens: none of its
    components merges or splits any); a phrase is parsed only when a line
    takes a word's annotations from it (`rows`). Parsing all the phrases
    cost about half the parse of an input, for the five to ten of them an
    article's lines need. A phrase parsed with others or alone gets the
    same annotations (a Doc's parse does not depend on the others of its
    batch, as the checks of several articles, parsed in one `nlp.pipe`,
    assume too)."""

    def __init__(self, nlp):
        from spacy.attrs import LOWER
        from spacy.strings import get_string_id

        self.nlp = nlp
        self.first: dict[str, int] = {}  # word -> the index of the phrase of its first use
        self.rows: dict[str, tuple] = {}  # word -> its annotations, for the phrases parsed
        self._parsed: set[int] = set()
        self._requested: set[int] = set()  # (`request`)
        self._ids = {w: get_string_id(w) for w in ENGINE_WORDS}  # (spaCy's hash of each)
        words = {h: w for w, h in self._ids.items()}
        # The phrases tokenized at once, a line break between two: the
        # tokenizer cuts at whitespace, so each line break is a token of its
        # own and the tokens between two are a phrase's (see `Reuser.tokenize`).
        lows = nlp.tokenizer("\n".join(PHRASEBOOK)).to_array(LOWER).tolist()
        newline = get_string_id("\n")
        if lows.count(newline) != len(PHRASEBOOK) - 1:  # (not expected: each phrase on its own)
            lows = [low for phrase in PHRASEBOOK
                    for low in nlp.tokenizer(phrase).to_array(LOWER).tolist() + [newline]]
        k = 0
        for low in lows:
            if low == newline:
                k += 1
                continue
            word = words.get(low)
            if word is not None and word not in self.first:
                self.first[word] = k

    def __contains__(self, word: str) -> bool:
        return word in self.first

    def parse(self, words) -> None:
        """Read the rows of `words` (words of the phrasebook), parsing in one
        `nlp.pipe` the phrases of their first uses not parsed yet."""
        todo = sorted({self.first[w] for w in words}.difference(self._parsed))  # (the phrases' indexes)
        if todo:
            self.read(todo, self.nlp.pipe([PHRASEBOOK[k] for k in todo]))

    def request(self, words) -> list[int]:
        """The phrases (their indexes) to parse for the rows of `words`, but
        for those parsed or asked for already: the checks parse them with
        the article's other lines, in one `nlp.pipe` (`read` reads them
        back; `parse` parses any that a caller asked for and never read)."""
        todo = sorted({self.first[w] for w in words}.difference(self._parsed, self._requested))
        self._requested.update(todo)
        return todo

    def read(self, todo: list[int], docs) -> None:
        """Read the rows of the phrases `todo` (indexes) from their parses `docs`, in order."""
        from spacy.attrs import DEP, LEMMA, LOWER, MORPH, POS, TAG
        from spacy.parts_of_speech import NAMES

        self._parsed.update(todo)
        # (Only the rows of the words whose first use is there: a token's
        # lower case is known by its hash, without reading the strings.)
        ids = {self._ids[w]: w for w, k in self.first.items() if k in self._parsed and w not in self.rows}
        store = self.nlp.vocab.strings
        rows = self.rows
        for doc in docs:
            for low, tag, pos, morph, lemma, dep in doc.to_array([LOWER, TAG, POS, MORPH, LEMMA, DEP]).tolist():
                word = ids.get(low)
                if word is not None and word not in rows:
                    rows[word] = tag, NAMES[pos], morph, features(store[morph]), store[lemma], store[dep]


def _keys_of(lower: list[str], text: str) -> list[str]:
    """The keys of words (their lower case, of a text `text`): `_DASHES` folded."""
    if "\u2013" in text or "\u2014" in text:
        return [_DASHES.get(low, low) for low in lower]
    return lower


class _Source:
    """One parsed sentence as the lines are built from it: its words' keys
    (lower case, `_DASHES` folded) and their set (`vocab`), and its `Line`
    (read for the few sentences a line is matched on)."""

    __slots__ = ("doc", "lows", "vocab", "_line")

    def __init__(self, doc):
        self.doc = doc
        w = words_of(doc)
        self.lows = _keys_of(w.lower, w.doc_text)
        # (Without a dash to fold, the keys are the lower-case words: their
        # set is the one the other stages asked of the sentence.)
        self.vocab = w.lower_set if self.lows is w.lower else frozenset(self.lows)
        self._line = None

    @property
    def line(self) -> Line:
        if self._line is None:
            self._line = Line.of(self.doc)
        return self._line

    def row(self, i: int) -> tuple:
        """`self.line.row(i)`, read off the sentence's `arrays.Words` when its
        Line is not read (a sentence a word is borrowed from, and no more)."""
        if self._line is not None:
            return self._line.row(i)
        w = words_of(self.doc)
        lemma = strings([w.lemma_hash[i]], self.doc.vocab.strings)[0]
        return w.tag[i], w.pos[i], w.morph_hash[i], w.feats[i], lemma, w.dep[i]


# What `Reuser.line` gives, with `defer`, for a line that waits for the rows of the engine's words.
LATER = object()


class Reuser:
    """Builds Lines (or Docs) for lines from the parsed source sentences `docs`."""

    def __init__(self, nlp, docs, defer: bool = False):
        self.nlp = nlp
        # With `defer`, a line that borrows a word of the engine's phrases
        # whose annotations are not read yet is kept for later (`LATER`):
        # the words are listed in `engine_wanted`, and the checks parse their
        # phrases with the article's other lines (`_Phrasebook.request`).
        self.defer = defer
        self.engine_wanted: set[str] = set()
        self._waiting: dict[str, tuple] = {}  # sentence -> what `_build` takes, once the rows are read
        self._missing: dict[str, set[str]] = {}  # sentence -> the engine words whose rows it waits for
        self.sources = [_Source(d) for d in docs if d is not None and len(d)]
        self._lexicon: dict[str, tuple[int, int] | None] = {}  # (`lexicon`, word by word)
        self.holding: dict[str, list[int]] = collections.defaultdict(list)  # word -> the sources holding it
        holding = self.holding
        for n, src in enumerate(self.sources):
            for low in src.vocab:
                holding[low].append(n)
        self._by_doc = {id(src.doc): src for src in self.sources}
        from .readability import has_inner_end, sentences  # (readability reads Lines: imported here)

        self._has_inner_end, self._sentences = has_inner_end, sentences
        self._tokens: dict[str, tuple] = {}  # sentence -> its words, punctuation and space flags (`tokenize`)
        self._split: dict[str, list[str] | None] = {}  # line -> its sentences, or None (`_parts`)
        self._engine_asked = False  # (`_engine_row`)

    def lexicon(self, word: str) -> tuple[int, int] | None:
        """Where a word may be borrowed from: (sentence, token) of its first
        occurrence written in lower case (IS_LOWER is str.islower),
        punctuation aside; None if none. (Looked for among the sentences
        holding its key, which a token written so has: its lower case.)"""
        found = self._lexicon.get(word, 0)
        if found == 0:
            found = None
            if word.islower():  # (then its key is the word itself)
                for n in self.holding.get(word, ()):  # (in order)
                    w = words_of(self.sources[n].doc)
                    i = _first(w.text, w.punct, word)
                    if i is not None:
                        found = (n, i)
                        break
            self._lexicon[word] = found
        return found

    def engine_word(self, low: str) -> tuple[int, int] | None:
        """Where to borrow a word (its key) the text lacks: (-1, 0) for a
        word of the engine's own phrases, else None."""
        return (-1, 0) if low in ENGINE_WORDS and low in _phrasebook(self.nlp) else None

    def _engine_row(self, low: str) -> tuple:
        """The annotations of a word of the engine's phrases (`engine_word`).
        At the first one asked, those of every such word that the lines
        tokenized (`tokenize`) may borrow are read too: their phrases parsed
        in one `nlp.pipe` (one call per phrase cost more than them all)."""
        book = _phrasebook(self.nlp)
        row = book.rows.get(low)
        if row is None:
            wanted = {low}
            if not self._engine_asked:
                self._engine_asked = True
                # (The lines' words in lower case, in one call: a word more or
                # less here costs a parse more, never another row.)
                lows = set("\x00".join(itertools.chain.from_iterable(t[0] for t in self._tokens.values()))
                           .lower().split("\x00"))
                if "\u2013" in lows or "\u2014" in lows:
                    lows.add("-")
                wanted.update(w for w in lows.intersection(book.first) if self.lexicon(w) is None)
            book.parse(wanted)
            row = book.rows[low]
        return row

    def line_of(self, doc) -> Line:
        """The Line of a parsed Doc: that of a source sentence read once."""
        src = self._by_doc.get(id(doc))
        return src.line if src is not None and src.doc is doc else Line.of(doc)

    def doc(self, text: str):
        """A spaCy Doc for `text` (see `line`), or None."""
        line = self.line(text)
        return None if line is None else line.to_doc(self.nlp.vocab)

    def line(self, text: str) -> Line | None:
        """A Line for `text` built from the source sentence that holds most of
        its words, or None. A line of several sentences (a description of two)
        is built sentence by sentence."""
        parts = self._parts(text)
        if parts is not None:
            lines = [self.one(p) for p in parts]
            if None in lines:
                return None
            if LATER in lines:
                for p, line in zip(parts, lines):
                    if line is LATER:
                        self.engine_wanted.update(self._missing[p])
                return LATER
            return _joined(lines, text)
        line = self.one(text)
        if line is LATER:
            self.engine_wanted.update(self._missing[text])
        return line

    def _parts(self, text: str) -> list[str] | None:
        """The sentences of a line of several (which `line` builds one by one), else None
        (kept: `tokenize` asks first, then `line`)."""
        parts = self._split.get(text, 0)
        if parts == 0:
            # Only a line with an end mark before its last character can be
            # several sentences (most lines have none: `sentences` is not run).
            parts = self._sentences(text) if self._has_inner_end(text) else ()
            parts = self._split[text] = parts if len(parts) > 1 and " ".join(parts) == text else None
        return parts

    def tokenize(self, texts: list[str]) -> None:
        """Tokenize at once the sentences `one` will be asked for the lines
        `texts`: one tokenizer call and one array read instead of one per
        line. spaCy's tokenizer cuts a text at whitespace and reads each
        piece on its own (its special cases never span a whitespace token),
        so the lines joined by line breaks give each line's tokens between
        "\n" tokens, with the same space flags, as long as no line holds a
        line break or begins or ends with whitespace (those are left to `one`)."""
        todo = {}
        for text in texts:
            for p in self._parts(text) or (text,):
                if p and p not in self._tokens and "\n" not in p and p.strip() == p:
                    todo[p] = None
        if not todo:
            return
        doc = self.nlp.tokenizer("\n".join(todo))
        orths, punct, space = doc.to_array(_token_attrs()).T.tolist()
        words = strings(orths, doc.vocab.strings)
        # Each line break of the text is a token "\n" of its own (a run of
        # whitespace between two lines' edges, which are not whitespace), and
        # spaCy's tokens give back their text: so the tokens between two "\n"
        # tokens are those of the line between, when there are as many as
        # the line breaks. (A guard, cheaper than joining the tokens again:
        # their characters and spaces must add up to the line's length.)
        if words.count("\n") != len(todo) - 1:
            return  # (not expected: every line is left to `one`)
        a = 0
        index = words.index
        for p in todo:
            try:
                b = index("\n", a)
            except ValueError:
                b = len(words)
            w, sp = words[a:b], space[a:b]
            if sum(map(len, w)) + sum(sp) == len(p):
                self._tokens[p] = w, punct[a:b], sp
            a = b + 1

    def one(self, text: str) -> Line | None:
        """A Line for the sentence `text` (see `line`), or None (or `LATER`: see `defer`)."""
        how = self._waiting.get(text)
        if how is not None:  # (matched before, waiting for the engine words' rows)
            return self._borrowing(text, how)
        tokens = self._tokens.get(text)
        if tokens is None:
            doc = self.nlp.tokenizer(text)
            if not len(doc):
                return None
            orths, punct, space = doc.to_array(_token_attrs()).T.tolist()
            words = strings(orths, doc.vocab.strings)
        else:
            words, punct, space = tokens
        # The words, their lower case (LOWER is str.lower), and their keys.
        lower = list(map(str.lower, words))
        lows = _keys_of(lower, text)
        need = set(lows).difference(_ADDED_PUNCT)  # (the key of such a mark is the mark)
        if not need:
            return None  # (no sentence covers a word of it: none is tried below)
        tokens = text, words, lower, space, punct
        sources, holding = self.sources, self.holding
        # The sentences are tried by the words of the line they hold, most
        # first, then in order. Those that hold every word come first: they
        # are among those holding any one word, so they are found from the
        # word the fewest sentences hold, without counting the others (most
        # lines are words of one sentence, and one of these is the line's).
        # (Each word's count, then the word: the words are distinct, so the
        # pairs sort as the words by that key.)
        counts = [(len(holding.get(w, ())), w) for w in need]
        whole = []
        for n in holding.get(min(counts)[1], ()):  # (in order)
            if need <= sources[n].vocab:
                whole.append(n)
                match = _match(words, lows, sources[n], {})
                if match is not None:
                    return _build(tokens, sources[n], match, {})
        # The sentence may lack at most MAX_BORROWED of the words: it holds one
        # of any MAX_BORROWED + 1 of them, so only the sentences holding one of
        # the rarest few are counted (the same choice, without reading them all).
        rarest = sorted(counts)[: MAX_BORROWED + 1]
        candidates = {n for _, w in rarest for n in holding.get(w, ())}.difference(whole)
        cover = sorted(((len(need & sources[n].vocab), -n) for n in candidates), reverse=True)
        for covered, n in cover:
            n = -n
            if covered < len(need) - MAX_BORROWED or covered < 1:
                break
            src = sources[n]
            borrowed = {}
            for w in need - src.vocab:
                borrowed[w] = self.lexicon(w) or self.engine_word(w)
                if borrowed[w] is None:  # (a word no sentence lends: the next sentence)
                    break
            else:
                match = _match(words, lows, src, borrowed)
                if match is not None:
                    return self._borrowing(text, (tokens, src, match, lows))
        return None

    def _borrowing(self, text: str, how: tuple) -> Line | None:
        """The Line of sentence `text` matched on a source with borrowed words
        (`how`: what `_build` takes, and the words' keys); `LATER` when it
        waits for the rows of words of the engine's phrases (see `defer`)."""
        tokens, src, match, lows = how
        if self.defer:
            book = _phrasebook(self.nlp)
            missing = {lows[i] for i, b in enumerate(match) if type(b) is tuple and b[0] < 0}.difference(book.rows)
            if missing:
                self._waiting[text] = how
                self._missing[text] = missing
                return LATER
        sources = self.sources
        rows = {i: sources[b[0]].row(b[1]) if b[0] >= 0 else self._engine_row(lows[i])
                for i, b in enumerate(match) if type(b) is tuple}
        return _build(tokens, src, match, rows)


def _first(text: list[str], punct: list[int], word: str) -> int | None:
    """The index of the first token written `word` that is not punctuation, or None."""
    i = -1
    try:
        while True:
            i = text.index(word, i + 1)
            if not punct[i]:
                return i
    except ValueError:
        return None


def _match(words: list[str], lows: list[str], src: _Source, borrowed: dict) -> list | None:
    """The index in `src` of each word of the line (`words`, `lows`: their
    keys), case aside; None for a colon, full stop, question mark or comma
    (`_ADDED_PUNCT`) the source has no unused one of. Each word takes the first unused source word of its form
    after the one the word before took, else the first unused one from the
    start: the line may move a piece of the sentence (« 1991 : Minsk avait … », « Selon
    l'ISW, la Russie pourrait … » of « La Russie pourrait …, selon l'ISW »),
    in at most `MAX_PIECES` pieces. A word the line says twice (« 11 % : …
    seulement 11 % … ») and the source once is that word again. A word in
    `borrowed` (its key -> (sentence, token)) is matched there. None when a
    word is not the source's, or the pieces are more."""
    src_lows = src.lows
    n = len(src_lows)
    match: list = []
    used: set[int] = set()
    j = 0  # after the source word the word before took
    breaks = 0
    again = False  # whether the word before took a used position (a word said again)
    for word, low in zip(words, lows):
        if borrowed and low in borrowed:
            match.append(borrowed[low])  # (sentence, token) elsewhere in the text
            continue
        # The words after a word said again are said again as long as they
        # follow it in the source (« plus de six mois : … depuis plus de six
        # mois … »); else the first unused position at or after j, else the
        # first unused one. (Most words are the source's next one, unused:
        # that first unused position at or after j.)
        if j < n and src_lows[j] == low and (again or j not in used):
            k = j
        else:
            # (Found by list scans from j, then from the start: cheaper than
            # an index of every word of the sentence, for the few words asked.)
            k = _unused(src_lows, low, used, j, n)
            if k is None and j:
                k = _unused(src_lows, low, used, 0, j)
        if k is None:  # every one of the word's positions taken, or none
            if word in _ADDED_PUNCT:
                match.append(None)
                continue
            if j < n and src_lows[j] == low:
                k = j
            elif low in src.vocab:  # (the set of `src_lows`)
                k = src_lows.index(low)
            else:
                return None
        if k < j:
            breaks += 1
            if breaks >= MAX_PIECES:
                return None
        again = k in used
        match.append(k)
        used.add(k)
        j = k + 1
    return match


def _unused(lows: list[str], low: str, used: set[int], start: int, stop: int) -> int | None:
    """The first index from `start` to `stop` (excluded) where `lows` holds
    `low` and that is not in `used`, or None."""
    index = lows.index
    try:
        k = index(low, start, stop)
        while k in used:
            k = index(low, k + 1, stop)
    except ValueError:
        return None
    return k


_ATTR_NAMES = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE")
_IOB_I, _IOB_O, _IOB_B = 1, 2, 3  # spaCy's codes of ENT_IOB
_NO_FEATS: dict = {}


@functools.lru_cache(maxsize=1)
def _token_attrs() -> tuple[int, ...]:
    """What `Reuser.one` reads of the tokenizer's Doc."""
    import spacy.attrs

    return spacy.attrs.ORTH, spacy.attrs.IS_PUNCT, spacy.attrs.SPACY


@functools.lru_cache(maxsize=1)
def _punct_tag() -> int:
    from spacy.strings import get_string_id

    return get_string_id("PUNCT")


@functools.lru_cache(maxsize=1)
def _attrs() -> tuple[int, ...]:
    """The annotations a Doc of a Line is given (`Line.to_doc`)."""
    import spacy.attrs

    return tuple(getattr(spacy.attrs, name) for name in _ATTR_NAMES)


def _build(tokens: tuple, src: _Source, match: list, borrowed_rows: dict) -> Line | None:
    """The Line of a line (`tokens`: its text, and its words, their lower
    case, space and punctuation flags, as the tokenizer reads them) from the
    tokens of `src` at `match`; `borrowed_rows` holds the annotations
    (`Line.row`) of the words borrowed from elsewhere (line index -> row).
    Each column is a list: the source's values taken, then what the line
    changes (heads, the roots' relation, entities)."""
    text, words, lower, space, punct = tokens
    kept: dict[int, int] = {}  # source index -> line index (its first use)
    i = 0
    for k in match:
        if type(k) is int and k not in kept:
            kept[k] = i
        i += 1
    if not kept or len(kept) + len(borrowed_rows) < 2:
        return None
    sl = src.line
    src_heads = sl.head
    get = kept.get
    # Each kept token hangs on its nearest kept ancestor, or is a root (its
    # own head here); the other words hang on the first root.
    n = len(match)
    heads: list[int] = []
    ks: list[int] = []  # the source token whose annotations each word takes (the first one for the others, replaced below)
    roots: list[int] = []
    others: list[int] = []
    i = 0
    for k in match:
        if type(k) is int:
            h = src_heads[k]
            j = get(h)
            while j is None:  # (its head left out: the next ancestor, up to the root)
                up = src_heads[h]
                if up == h:
                    j = i
                    break
                h = up
                j = get(h)
            if j == i:
                roots.append(i)
            heads.append(j)
            ks.append(k)
        else:
            others.append(i)
            heads.append(-1)
            ks.append(0)
        i += 1
    root = roots[0] if roots else 0
    take = itemgetter(*ks)  # (n >= 2: a tuple)
    tag, pos, morph, feats, lemma, dep = [list(take(col)) for col in (sl.tag, sl.pos, sl.morph, sl.feats, sl.lemma,
                                                                      sl.dep)]
    for i in roots:
        dep[i] = "ROOT"
    for i in others:
        heads[i] = root
        if match[i] is None:  # an added colon or full stop
            tag[i], pos[i], morph[i], feats[i], lemma[i], dep[i] = _punct_tag(), "PUNCT", 0, _NO_FEATS, words[i], "punct"
        else:  # a borrowed word, with its own relation
            tag[i], pos[i], morph[i], feats[i], lemma[i], dep[i] = borrowed_rows[i]
    # A borrowed auxiliary (« est » in « la formation … est créée. ») hangs
    # on the verb or adjective after it, as French puts it.
    for i in borrowed_rows:
        if pos[i] == "AUX":
            verb = next((j for j in range(i + 1, n) if type(match[j]) is int and pos[j] in ("VERB", "ADJ")), None)
            if verb is not None:
                heads[i] = verb
    # The entities whose every token the line keeps, side by side, in the line's order.
    ents = []
    for start, end, label in sl.ents:
        a = get(start)
        if a is None or (end - start > 1
                         and [get(x) for x in range(start + 1, end)] != list(range(a + 1, a + end - start))):
            continue
        ents.append((a, a + end - start, label))
    ents.sort()
    return Line(text, words, lower, lemma, pos, dep, feats, morph, tag, heads, None, space, punct, ents)


def _joined(lines: list[Line], text: str) -> Line | None:
    """The Line of `text` from those of its sentences, as `Doc.from_docs`
    joins Docs (a space after each one's last token, unless a space); None
    if that is not `text`."""
    words, space, heads, ents = [], [], [], []
    for n, line in enumerate(lines):
        at = len(words)
        heads += [h + at for h in line.head]
        ents += [(a + at, b + at, label) for a, b, label in line.ents]
        words += line.words
        space += line.space
        if n < len(lines) - 1 and line.words and not line.words[-1].isspace():  # IS_SPACE is str.isspace
            space[-1] = 1
    if "".join([w + " " if sp else w for w, sp in zip(words, space)]) != text:
        return None

    def cat(name):
        return [x for line in lines for x in getattr(line, name)]

    return Line(text, words, cat("lower"), cat("lemma"), cat("pos"), cat("dep"), cat("feats"), cat("morph"), cat("tag"),
                heads, None, space, cat("punct"), ents)
