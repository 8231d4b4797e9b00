"""Parses of the article's lines made from the input's parse, without spaCy.

Most lines the offline engine derives are words of one input sentence in
their order (« L'alliance perd 65 sièges. » of « L'alliance perd toutefois 65
sièges et réalise … »). The checks need a parse of every line; for such a
line this module builds it from the sentence's own tokens: their tags,
morphology, lemmas and entities, and their tree with each token hung on its
nearest ancestor that the line keeps. Only the lines with words of their own
(a label's colon aside, a resolved pronoun, a question) go to spaCy.

The annotations are those the tokens had in their sentence, which is what
the article's facts and readability are about; a line spaCy parsed alone
might be tagged a little differently, as any two contexts are.
"""

from __future__ import annotations

# Punctuation a line may add around its words: a label's colon, the final full stop.
_ADDED_PUNCT = {":", "."}


class Reuser:
    """Builds Docs for lines from the parsed source sentences `docs`."""

    def __init__(self, nlp, docs):
        self.nlp = nlp
        self.docs = [d for d in docs if d is not None and len(d)]
        self.lows = [[t.lower_ for t in d] for d in self.docs]
        self.sets = [set(low) for low in self.lows]

    def doc(self, text: str):
        """A Doc for `text` built from one source sentence, or None."""
        words = self.nlp.tokenizer(text)
        if not len(words):
            return None
        lows = [t.lower_ for t in words]
        need = {w for w, t in zip(lows, words) if t.text not in _ADDED_PUNCT}
        for src, src_lows, vocab in zip(self.docs, self.lows, self.sets):
            if not need <= vocab:
                continue
            match = _match(words, lows, src_lows)
            if match is not None:
                return _build(words, src, match)
        return None


def _match(words, lows: list[str], src_lows: list[str]) -> list[int | None] | None:
    """The index in the source of each word of the line, in order, case
    aside; None for a colon or full stop the source lacks there. None when
    the words are not the source's in its order."""
    match: list[int | None] = []
    j = 0
    n = len(src_lows)
    for w, low in zip(words, lows):
        k = j
        while k < n and src_lows[k] != low:
            k += 1
        if k < n:
            match.append(k)
            j = k + 1
        elif w.text in _ADDED_PUNCT:
            match.append(None)
        else:
            return None
    return match


def _build(words, src, match: list[int | None]):
    """The Doc of the line `words` from the tokens of `src` at `match`."""
    from spacy.tokens import Doc

    kept = {k: i for i, k in enumerate(match) if k is not None}
    if len(kept) < 2:
        return None
    # Each kept token hangs on its nearest kept ancestor, or is a root.
    head_of: dict[int, tuple[int, str]] = {}
    for k, i in kept.items():
        t = src[k]
        h = t.head
        while h.i != h.head.i and h.i not in kept:
            h = h.head
        head_of[i] = (kept[h.i], t.dep_) if h.i in kept and h.i != k else (i, "ROOT")
    root = min((i for i, (_, dep) in head_of.items() if dep == "ROOT"), default=0)
    heads, deps, tags, pos, morphs, lemmas = [], [], [], [], [], []
    for i, k in enumerate(match):
        if k is None:  # an added colon or full stop hangs on the root
            heads.append(root)
            deps.append("punct")
            tags.append("PUNCT")
            pos.append("PUNCT")
            morphs.append("")
            lemmas.append(words[i].text)
            continue
        t = src[k]
        heads.append(head_of[i][0])
        deps.append(head_of[i][1])
        tags.append(t.tag_)
        pos.append(t.pos_)
        morphs.append(str(t.morph))
        lemmas.append(t.lemma_)
    # The entities whose every token the line keeps, side by side.
    ents = ["O"] * len(words)
    for e in src.ents:
        idx = [kept.get(x) for x in range(e.start, e.end)]
        if None in idx or idx != list(range(idx[0], idx[0] + len(idx))):
            continue
        ents[idx[0]] = f"B-{e.label_}"
        for x in idx[1:]:
            ents[x] = f"I-{e.label_}"
    return Doc(words.vocab, words=[w.text for w in words], spaces=[bool(w.whitespace_) for w in words],
               tags=tags, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads, deps=deps, ents=ents)
