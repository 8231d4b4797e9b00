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
