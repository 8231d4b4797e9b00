"""facts: numbers (text.NUMBER_RE, written for speed) and entities."""

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from seoarticle import facts
from seoarticle.text import NUMBER_RE


# NUMBER_RE as it was written first, its look-behind opening it (sre then
# tried it at every position of a text); the digit-first form must match alike.
READABLE_NUMBER_RE = re.compile(r"(?<![\w,])\d+(?:[  \u202f]\d{3})*(?:[,.]\d+)?(?![\w])"
                                r"|(?<![\w,])\d+(?:[,.]\d+)?(?=e\b|er\b|ème\b|%)")


def test_number_re_finds_what_its_readable_form_finds():
    rnd = random.Random(5)
    alphabet = list("0123456789٣², .e%_aé") + ["\u00a0", "\u202f", "ème", "er", " 000", ",5", "\n"]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(20000)]
    texts += ["Le 3e jour, 2 800 000 euros (66,1 %) et 1,5 million; x12 12x 1er 2ème a,1 5.000.000"]
    for t in texts:
        assert [m.span() for m in NUMBER_RE.finditer(t)] == [m.span() for m in READABLE_NUMBER_RE.finditer(t)], t


def test_an_entity_the_text_repeats_is_one_fact():
    from seoarticle.nlp import get_nlp

    nlp = get_nlp()
    text = "Angela Merkel parle à Berlin. Angela Merkel quitte Berlin."
    docs = list(nlp.pipe(["Angela Merkel parle à Berlin.", "Angela Merkel quitte Berlin."]))
    f = facts.extract(text, docs)
    assert list(f.entities.values()).count("Angela Merkel") <= 1



def test_compare_folds_the_text_it_is_given_whatever_the_facts_kept():
    # `extract` keeps the fold of its text for `compare`; the facts of
    # another text leave `compare` to fold the text it is given.
    art = "Le « Maire » a parlé."
    src = "A  Lyon, le « maire » a parlé\u00a0: Jean Dupont.\nFin."
    kept = facts.extract(src)
    assert kept.folded == facts.fold(src)
    for s in (kept, facts.extract("Rien à voir."), facts.Facts()):
        quotations = facts.compare(art, facts.extract(art), src, s)[3]
        assert quotations.kind == "quotations" and quotations.invented == []  # « maire » is in the source


_PIECES = ["Jean", "Dupont", "jean dupont", " ", "  ", "\n", "\u00a0", "\u2003", "\t", "«", "»", "ΑΣ", "ς", "İ", "é"]


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join),
       st.lists(st.sampled_from(_PIECES), max_size=3).map("".join))
def test_a_key_is_written_where_the_fold_holds_it(text, key):
    # `compare` looks for a key in the text's lower case before folding it.
    f = facts.Facts(text=text, norm=facts.normalize(text))
    for k in (key, facts.fold(key)):
        assert facts._written(k, f) == (k in facts.fold(text))
