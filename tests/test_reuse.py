"""The checks' parses of the article's lines built from the input's parse (reuse.py)."""

from conftest import CORPUS
from seoarticle.analysis import analyse
from seoarticle.nlp import get_nlp
from seoarticle.reader import read
from seoarticle.reuse import Reuser


def _analysis(name):
    path = next(p for p in CORPUS if p.name == name)
    return analyse(read(path.read_text(encoding="utf-8")))


def test_a_line_of_one_sentence_s_words_keeps_their_annotations_and_tree():
    a = _analysis("004.txt")
    src = next(s.doc for s in a.sentences if s.text.startswith("L'alliance perd toutefois"))
    doc = Reuser(get_nlp(), [s.doc for s in a.sentences]).doc("L'alliance perd 65 sièges.")
    assert doc is not None and doc.text == "L'alliance perd 65 sièges."
    by_text = {t.text: t for t in src}
    for t in doc:
        assert (t.lemma_, t.pos_, str(t.morph)) == (by_text[t.text].lemma_, by_text[t.text].pos_,
                                                     str(by_text[t.text].morph))
    perd = doc[2]
    assert perd.dep_ == "ROOT" and doc[3].head.text == "sièges" and doc[4].head == perd
    # An entity the line keeps whole stays an entity.
    doc = Reuser(get_nlp(), [s.doc for s in a.sentences]).doc(
        "Angela Merkel fait face au défi de la construction d'une nouvelle coalition.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Angela Merkel", "PER")]


def test_a_line_with_words_of_its_own_is_left_to_spacy():
    a = _analysis("010.txt")
    reuser = Reuser(get_nlp(), [s.doc for s in a.sentences])
    assert reuser.doc("Qui est Mario Draghi ?") is None
    assert reuser.doc("Quand la nouvelle série sera-t-elle dévoilée ?") is None
    # The words of a sentence out of their order are no parse of it.
    assert reuser.doc("Le 10 janvier 2013, la nouvelle série sera dévoilée.") is None


def test_the_report_is_the_same_with_the_input_s_parse_reused():
    import seoarticle.checks as checks
    from seoarticle import rewrite

    real = checks.run_checks
    for name in ("004.txt", "009.txt", "010.txt"):
        text = next(p for p in CORPUS if p.name == name).read_text(encoding="utf-8")
        reused = rewrite(text).report.to_dict()
        try:
            checks.run_checks = lambda *a, **k: real(*a, **{x: v for x, v in k.items() if x != "reuse_from"})
            parsed = rewrite(text).report.to_dict()
        finally:
            checks.run_checks = real
        assert reused == parsed, name
