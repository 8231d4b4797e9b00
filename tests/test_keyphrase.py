from conftest import CORPUS, ISW
from seoarticle import keyphrase as kp
from seoarticle.analysis import analyse
from seoarticle.reader import read


def test_french_matching():
    assert kp.contains("Il faut poursuivre l’intégration.", "intégration Biélorussie") is False
    assert kp.contains("l’intégration de la Biélorussie", "intégration Biélorussie")
    assert kp.contains("deux policiers tués", "policier tué")
    assert kp.contains("la campagne anti-dengue", "dengue campagne")
    assert kp.count_in_sentences(["La Russie et la Biélorussie.", "La Russie seule."], "Russie Biélorussie") == 1


def test_isw_keyphrase_is_what_a_reader_types():
    a = analyse(read(ISW.read_text()))
    focus, others = kp.choose(a)
    assert set(focus.key) == {"russi", "bielorussi"}
    assert 2 <= len(focus.text.split()) <= 4
    assert "chosen from the text" in focus.how


def test_keyword_option_wins():
    a = analyse(read(CORPUS[8].read_text()))
    focus, _ = kp.choose(a, keyword="ouragan Sandy")
    assert focus.text == "ouragan Sandy" and focus.how == "given with --keyword"
