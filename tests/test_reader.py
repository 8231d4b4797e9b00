import pytest

from conftest import CORPUS, ISW
from seoarticle.errors import InputError
from seoarticle.reader import read


def test_headline_and_dateline():
    src = read(CORPUS[0].read_text())
    assert src.title.startswith("France : un policier tué")
    assert src.dateline == "22 avril 2017"
    assert src.paragraphs[0].startswith("Un policier a été tué jeudi 20 avril")


def test_isw_first_line_is_a_sentence_not_a_title():
    src = read(ISW.read_text())
    assert src.title is None
    assert src.paragraphs[0].startswith("La Russie pourrait essayer")


def test_author_intertitles_are_kept_as_headings():
    src = read((CORPUS[0].parent / "010.txt").read_text())
    heads = [b.text for b in src.blocks if b.kind == "heading"]
    assert heads == ["Nouveaux signes de sécurité", "Les anciens billets seront retirés"]


@pytest.mark.parametrize("text", ["", "   \n\n\t ", "\n"])
def test_empty_input_is_refused(text):
    with pytest.raises(InputError, match="empty"):
        read(text)


def test_a_capital_a_opening_a_sentence_gets_its_accent_outside_quotations():
    from seoarticle.reader import clean

    assert clean("Il a plu. A Breezy Point, un incendie.\nA Paris aussi.") == (
        "Il a plu. À Breezy Point, un incendie.\nÀ Paris aussi.")
    assert clean("« Il est parti. A demain », a-t-il dit.") == "« Il est parti. A demain », a-t-il dit."


def test_long_intertitres_of_an_author_are_headings():
    from conftest import ROOT
    from seoarticle.reader import load

    path = ROOT / "seeds" / "000_35691501ca13e87b.txt"
    src = read(load(path.read_bytes(), str(path)))
    heads = [b.text for b in src.blocks if b.kind == "heading"]
    assert "Les défis et les obstacles rencontrés dans l'intégration des capacités militaires russes avec la Biélorussie" in [
        h.replace("’", "'") for h in heads]
    assert len(heads) == 7
