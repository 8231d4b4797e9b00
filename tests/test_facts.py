"""facts: the numbers' fast pattern finds what text.NUMBER_RE finds."""

import random

from seoarticle import facts
from seoarticle.text import NUMBER_RE


def test_the_numbers_pattern_is_number_re_s_fast_form():
    assert facts._NUMBERS is not NUMBER_RE  # NUMBER_RE is still the pattern it was written from
    rnd = random.Random(5)
    alphabet = list("0123456789٣², .e%_aé") + ["\u00a0", "\u202f", "ème", "er", " 000", ",5", "\n"]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(20000)]
    texts += ["Le 3e jour, 2 800 000 euros (66,1 %) et 1,5 million; x12 12x 1er 2ème a,1 5.000.000"]
    for t in texts:
        assert [m.span() for m in facts._NUMBERS.finditer(t)] == [m.span() for m in NUMBER_RE.finditer(t)], t


def test_an_entity_the_text_repeats_is_one_fact():
    from seoarticle.nlp import get_nlp

    nlp = get_nlp()
    text = "Angela Merkel parle à Berlin. Angela Merkel quitte Berlin."
    docs = list(nlp.pipe(["Angela Merkel parle à Berlin.", "Angela Merkel quitte Berlin."]))
    f = facts.extract(text, docs)
    assert list(f.entities.values()).count("Angela Merkel") <= 1
