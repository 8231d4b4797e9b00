"""Review 19 (rev19a): a keyphrase is made of the text's own words. « lait
cru » lost the « la » of « lait » to the article stripping and gave the
keyword « it cru », its slug and two headings (A-G1)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seoarticle import keyphrase as kp
from seoarticle.analysis import analyse
from seoarticle.reader import read

ROOT = Path(__file__).parent
TEXTS = sorted((ROOT / "fixtures").glob("review1[89]*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("’", "'"))


def test_an_article_is_only_stripped_as_a_word():
    assert kp._ARTICLE.sub("", "lait cru") == "lait cru"
    assert kp._ARTICLE.sub("", "levure chimique") == "levure chimique"
    assert kp._ARTICLE.sub("", "législatives anticipées") == "législatives anticipées"
    assert kp._ARTICLE.sub("", "la grève") == "grève"
    assert kp._ARTICLE.sub("", "l'usine") == "usine"
    assert kp._ARTICLE.sub("", "l’usine") == "usine"


def test_raw_milk_cheese_recall_keyword():
    a = analyse(read((ROOT / "fixtures" / "review19a_t06_rappel_fromages.txt").read_text()))
    focus, _ = kp.choose(a)
    assert focus.text == "lait cru"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_keyphrase_is_made_of_the_text_s_words(path):
    text = path.read_text()
    focus, others = kp.choose(analyse(read(text)))
    words = set(_words(text))
    for k in [focus, *others]:
        assert set(_words(k.text)) <= words, k.text
