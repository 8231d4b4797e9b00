"""`seoarticle.ruler`: the model's attribute ruler as array operations sets
exactly what the stock ruler sets (tests/test_fastload.py compares whole
pipelines with a bare spacy.load; here the two rulers side by side on the
same parsed Docs, on texts full of whitespace)."""

import random

import pytest

from conftest import CORPUS
from seoarticle import ruler
from seoarticle.nlp import get_nlp

WHITESPACE = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", " \u00a0 ", "\u2009", "\r\n", "   \t "]


def annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def rulers():
    nlp = get_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), ruler.TagRuler)
    stock = nlp.create_pipe("attribute_ruler")
    stock.add_patterns(nlp.get_pipe("attribute_ruler").rules.patterns)
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    return nlp, stock, nlp.get_pipe("attribute_ruler"), before


def texts(n: int) -> list[str]:
    rng = random.Random(5)
    words = " ".join(p.read_text(encoding="utf-8") for p in CORPUS).split()
    out = []
    for _ in range(n):
        k = rng.randint(3, 40)
        i = rng.randrange(len(words) - k)
        parts = [rng.choice(WHITESPACE) if rng.random() < 0.3 else "" for _ in range(1)]
        for w in words[i : i + k]:
            parts += [w, rng.choice(WHITESPACE) if rng.random() < 0.3 else " "]
        out.append("".join(parts))
    return out


def test_same_annotations_as_the_stock_ruler(rulers):
    nlp, stock, fast, before = rulers
    spaces = 0
    with nlp.select_pipes(enable=before):
        for doc in nlp.pipe(texts(300)):
            a, b = doc.copy(), doc.copy()
            assert annotations(stock(a)) == annotations(fast(b)), doc.text
            spaces += sum(t.is_space for t in doc)
    assert spaces > 1000  # the whitespace rules were exercised


@pytest.mark.parametrize("change", [
    lambda ps: ps + [{"patterns": [[{"POS": "NOUN"}, {"POS": "ADJ"}]], "attrs": {"TAG": "X"}, "index": 0}],
    lambda ps: ps + [{"patterns": [[{"LOWER": "euro"}]], "attrs": {"LEMMA": "euro"}, "index": 0}],
    lambda ps: [{**ps[0], "index": -1}] + ps[1:],
    lambda ps: ps[-1:] + ps[:-1],  # a whitespace rule before the others: another order of precedence
])
def test_any_other_rule_keeps_the_stock_ruler(rulers, change):
    nlp, _, fast, _ = rulers
    assert not ruler._Rules(change(list(fast.rules.patterns))).ok
