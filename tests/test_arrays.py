"""arrays.Words: the words cut from the text a Doc was parsed from are the
words read from the vocabulary."""

from conftest import CORPUS, ISW

FIELDS = ("n", "text", "lower", "pos", "dep", "head", "idx", "space", "punct", "like_num", "ent_iob", "feats",
          "verb_finite")
ODD = ["", " ", "  a  b ", "Le\u00a0chat\u202fdort.", "l'homme  est   là\n\nici\t!", "de\u0301ja\u0300 vu",
       "«Bonjour»,dit-il...", "x" * 50, "\n", "PROPN NOUN ADJ", "Il a dit : « non ».  "]


def test_words_cut_from_the_text_are_the_vocabulary_s():
    from seoarticle import arrays
    from seoarticle.nlp import get_nlp
    from seoarticle.text import split_sentences

    nlp = get_nlp()
    texts = list(ODD)
    for p in CORPUS[:4] + [ISW]:
        for para in p.read_text(encoding="utf-8").split("\n"):
            texts += split_sentences(para)
    for text, doc in zip(texts, nlp.pipe(texts)):
        arrays.words_of.cache_clear()
        cut = arrays.Words(doc, text)
        arrays.words_of.cache_clear()
        read = arrays.Words(doc)
        for f in FIELDS:
            assert getattr(cut, f) == getattr(read, f), (text, f)
        assert cut.doc_text == read.doc_text == doc.text
    # The strings learnt from the texts are the vocabulary's.
    store = nlp.vocab.strings
    assert all(store[h] == s for h, s in arrays._STRINGS.items())


def test_lower_set_is_the_set_of_the_lower_words():
    from seoarticle import arrays
    from seoarticle.nlp import get_nlp

    nlp = get_nlp()
    for text in ODD + ["Il dit qu'il viendra, et elle aussi, mais pas lui."]:
        w = arrays.Words(nlp(text), text)
        assert w.lower_set == frozenset(w.lower)
        assert w.lower_set is w.lower_set  # built once
