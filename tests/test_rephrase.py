from conftest import ISW
from seoarticle.analysis import analyse
from seoarticle.reader import read
from seoarticle.rephrase import compress


def test_compress_only_removes_words():
    a = analyse(read(ISW.read_text()))
    done = 0
    for s in a.sentences:
        c = compress(s)
        if c is None:
            continue
        done += 1
        # Every word of the short form is a word of the sentence, in order.
        src = s.text.split()
        it = iter(w.strip(".,").lower() for w in src)
        assert all(w.strip(".,").lower() in it for w in c.split()), (s.text, c)
        assert c.count("«") == c.count("»")
    assert done >= 3


def test_trailing_participle_clause_goes():
    a = analyse(read(ISW.read_text()))
    s = next(s for s in a.sentences if s.text.startswith("Moscou a utilisé"))
    assert compress(s).endswith("dans le pays.")


def _analysis(name):
    from conftest import CORPUS

    path = next(p for p in CORPUS if p.name == name)
    return analyse(read(path.read_text(encoding="utf-8")))


def test_coordinated_verbs_become_two_sentences_only_when_they_agree():
    from seoarticle.rephrase import split_coordination

    a = _analysis("004.txt")
    alliance = next(s for s in a.sentences if s.text.startswith("L'alliance perd"))
    assert split_coordination(alliance) == [
        "L'alliance perd toutefois 65 sièges.",
        "L'alliance réalise une performance mauvaise par rapport à ses niveaux habituels.",
    ]
    # « Les sociaux-démocrates réalisent … et perd 40 sièges »: the text's own
    # agreement slip is not copied into a sentence of ours.
    sd = next(s for s in a.sentences if s.text.startswith("Les sociaux-démocrates réalisent"))
    assert split_coordination(sd) == []


def test_relative_clause_becomes_a_sentence_with_its_antecedent():
    from seoarticle.rephrase import relative_statements

    a = _analysis("010.txt")
    forms = [f for s in a.sentences for f in relative_statements(s)]
    assert "La nouvelle série sera dévoilée le 10 janvier 2013." in forms


def test_figure_labels_carry_their_unit_or_noun():
    from seoarticle.engines.offline import _figure_spans, figure_label

    labels = set()
    for name in ("004.txt", "009.txt"):
        for s in _analysis(name).sentences:
            labels.update(figure_label(s, a, b) for a, b in _figure_spans(s))
    assert {"12 000 vols", "plus de 125 km/h", "20,5 % des voix", "65 sièges", "catégorie 1"} <= labels
    # Dates are not figures.
    assert not any(label and "1933" in label for label in labels)
