"""The checks' parses of the article's lines built from the input's parse (reuse.py)."""

from conftest import CORPUS
from seoarticle.analysis import analyse
from seoarticle.nlp import get_nlp
from seoarticle.reader import read
from seoarticle.reuse import Reuser


def _analysis(name):
    path = next(p for p in CORPUS if p.name == name)
    return analyse(read(path.read_text(encoding="utf-8")))


def _reuser(a) -> Reuser:
    """A Reuser of the analysis `a`'s sentences."""
    return Reuser(get_nlp(), [s.doc for s in a.sentences])


def test_a_line_of_one_sentence_s_words_keeps_their_annotations_and_tree():
    a = _analysis("004.txt")
    src = next(s.doc for s in a.sentences if s.text.startswith("L'alliance perd toutefois"))
    doc = _reuser(a).doc("L'alliance perd 65 sièges.")
    assert doc is not None and doc.text == "L'alliance perd 65 sièges."
    by_text = {t.text: t for t in src}
    for t in doc:
        assert (t.lemma_, t.pos_, str(t.morph)) == (by_text[t.text].lemma_, by_text[t.text].pos_,
                                                     str(by_text[t.text].morph))
    perd = doc[2]
    assert perd.dep_ == "ROOT" and doc[3].head.text == "sièges" and doc[4].head == perd
    # An entity the line keeps whole stays an entity.
    doc = _reuser(a).doc(
        "Angela Merkel fait face au défi de la construction d'une nouvelle coalition.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Angela Merkel", "PER")]


def test_a_line_with_words_of_its_own_is_left_to_spacy():
    a = _analysis("010.txt")
    reuser = _reuser(a)
    assert reuser.doc("Qui est Mario Monti ?") is None  # a name the text never writes
    assert reuser.doc("La nouvelle série sauvera l'euro.") is None  # a verb the text never writes
    # The words of a sentence cut in more pieces than a line may move are no parse of it.
    assert reuser.doc("Dévoilée, série la nouvelle, le 10 janvier sera 2013.") is None


def test_a_line_that_moves_a_piece_or_repeats_its_figure_is_built_from_the_sentence():
    a = _analysis("010.txt")
    src = next(s.doc for s in a.sentences if s.text.startswith("La nouvelle série, qui sera dévoilée"))
    reuser = _reuser(a)
    line = "Le 10 janvier 2013, la nouvelle série sera dévoilée."
    doc = reuser.doc(line)
    assert doc is not None and doc.text == line
    lemmas = {t.lower_: t.lemma_ for t in src}
    assert all(t.lemma_ == lemmas[t.lower_] for t in doc if not t.is_punct)
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in src.ents if e.text in line]
    # A figure the line puts first as a label, and says again in the sentence.
    a = _analysis("004.txt")
    reuser = _reuser(a)
    doc = reuser.doc("65 sièges : l'alliance perd 65 sièges.")
    assert doc is not None and [t.text for t in doc][:3] == ["65", "sièges", ":"]
    assert doc[0].lemma_ == doc[6].lemma_ and doc[1].lemma_ == doc[7].lemma_ == "siège"


def test_the_engine_s_words_are_borrowed_and_keep_what_the_checks_read():
    from seoarticle.readability import is_passive

    a = _analysis("004.txt")
    reuser = _reuser(a)
    # « est » is not in the sentence: borrowed, it still makes the passive.
    src = next(s.text for s in a.sentences if "Die Linke créée en 2007" in s.text)
    assert " est créée" not in src
    doc = reuser.doc("2007 : la formation de gauche Die Linke est créée.")
    assert doc is not None and is_passive(doc)
    src_doc = next(s.doc for s in a.sentences if s.text == src)
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in src_doc.ents if e.text in doc.text]
    # A question: « Qui », « Que », « sait », « -on » come from the engine's own phrases.
    doc = reuser.doc("Que sait-on d'Angela Merkel ?")
    assert doc is not None and [(e.text, e.label_) for e in doc.ents] == [("Angela Merkel", "PER")]
    assert not is_passive(doc)
    doc = reuser.doc("Qui est Angela Merkel ?")
    assert doc is not None and [t.lemma_ for t in doc][:2] == ["qui", "être"]


def test_the_report_is_the_same_with_the_input_s_parse_reused():
    import seoarticle.checks as checks
    from seoarticle import rewrite

    real = checks.run_checks
    for name in ("001.txt", "002.txt", "004.txt", "008.txt", "009.txt", "010.txt"):
        text = next(p for p in CORPUS if p.name == name).read_text(encoding="utf-8")
        reused = rewrite(text).report.to_dict()
        try:
            checks.run_checks = lambda *a, **k: real(*a, **{x: v for x, v in k.items() if x != "reuse_from"})
            parsed = rewrite(text).report.to_dict()
        finally:
            checks.run_checks = real
        assert reused == parsed, name


def test_a_line_of_two_sentences_is_built_sentence_by_sentence():
    a = _analysis("004.txt")
    reuser = _reuser(a)
    line = ("Angela Merkel réussit son pari mais sort fragilisée des dernières élections. "
            "L'alliance CSU/CDU arrive en tête mais avec un score faible.")
    doc = reuser.doc(line)
    assert doc is not None and doc.text == line
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Angela Merkel"]
    assert "CDU" in [e.text for e in doc.ents]
    assert [t.text for t in doc if t.is_sent_start] == ["Angela", "L'"]
    # One sentence the text lacks makes the whole line spaCy's.
    assert reuser.doc(line.replace("L'alliance CSU/CDU arrive", "Le Bundestag vote")) is None


def test_the_line_built_reads_as_the_doc_it_gives_and_the_checks_read_either_alike():
    from seoarticle import matching, readability
    from seoarticle.reuse import Line

    a = _analysis("004.txt")
    reuser = _reuser(a)
    terms = matching.phrase_terms(get_nlp()("alliance sièges"))
    for text in ("L'alliance perd 65 sièges.", "2007 : la formation de gauche Die Linke est créée.",
                 "Que sait-on d'Angela Merkel ?"):
        line, doc = reuser.line(text), reuser.doc(text)
        read = Line.of(doc)
        for name in ("words", "lower", "lemma", "pos", "dep", "head", "feats", "morph", "tag", "space", "punct", "ents"):
            assert list(getattr(line, name)) == list(getattr(read, name)), (text, name)
        assert line.text == read.text == doc.text and line.idx == read.idx == [t.idx for t in doc]
        assert line.entities() == [(e.text, e.label_) for e in doc.ents]
        assert readability.is_passive(line) == readability.is_passive(doc)
        assert readability.plural_verbs(line) == readability.plural_verbs(doc)
        assert matching.count(line, terms) == matching.count(doc, terms)
        assert matching.position(line, terms) == matching.position(doc, terms)


def test_lines_tokenized_together_are_tokenized_as_one_by_one():
    nlp = get_nlp()
    lines = ["L'alliance perd 65 sièges.", "Aujourd'hui, M. Dupont (UE) a-t-il dit « non » ? Oui.",
             "Le 20 h 30 : 2\u00a0000 euros, soit 11\u202f% … etc.", "http://example.fr/a?b=c qu'il  l'ONU\tc'est-à-dire",
             "  espace au début", "fin avec espace ", "deux\nlignes", "", "L'alliance perd 65 sièges."]
    reuser = Reuser(nlp, [])
    reuser.tokenize(lines)
    together = reuser._tokens
    # A line of two sentences is read as its sentences (as `line` builds it);
    # a line with a line break, or whitespace at either end, is left to `one`.
    assert set(together) == {lines[0], "Aujourd'hui, M. Dupont (UE) a-t-il dit « non » ?", "Oui.", lines[2], lines[3]}
    for text, (words, punct, space) in together.items():
        doc = nlp.tokenizer(text)
        assert (words, punct, space) == ([t.text for t in doc], [int(t.is_punct) for t in doc],
                                         [int(bool(t.whitespace_)) for t in doc])


def test_a_label_said_again_in_the_sentence_follows_the_sentence():
    # The label's words said again are taken in the sentence's order, not at
    # the next unused « de » further on (which made the pieces too many).
    a = _analysis("007.txt")
    reuser = _reuser(a)
    line = ("plus de six mois : l'Espagne est désormais depuis plus de six mois sans gouvernement capable de mener "
            "des réformes.")
    built = reuser.line(line)
    assert built is not None and built.text == line
    assert built.lemma[11] == "de" and built.dep[11] == built.dep[1]


def test_a_source_put_first_with_selon_is_built_from_the_sentence():
    # The engine's « selon X, … » of « X montrent que … »: « selon » is its own word.
    a = _analysis("002.txt")
    reuser = _reuser(a)
    line = ("65,6 % : selon les études, le vaccin permet de réduire le risque de contracter la dengue de 65,6 % et de "
            "prévenir 8 hospitalisations sur 10.")
    built = reuser.line(line)
    assert built is not None and (built.pos[3], built.lemma[3], built.dep[3]) == ("ADP", "selon", "case")
