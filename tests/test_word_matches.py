"""text.word_matches finds what a pattern built from the word would find
(the engine looks for names and nationality nouns this way, without
compiling a pattern per word of each text), on French names and on random
strings made of the characters its boundaries read."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from seoarticle.text import word_matches

ENDINGS = [("",), ("s", ""), ("e", "ne", "es", "nes", "s", "")]


def _expected(text: str, word: str, endings: tuple[str, ...]) -> list[tuple[int, int]]:
    pattern = r"(?<![\w'’-])" + re.escape(word) + "(?:" + "|".join(map(re.escape, endings)) + r")(?![\w-])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def test_names_in_a_wire_sentence():
    text = ("Le Norvégien Erik Solberg a terminé quatrième ; les Norvégiennes et l'équipe norvégienne, "
            "Solberg-Hansen et d'Solberg non.")
    assert list(word_matches(text, "Norvégien", ("s", ""))) == [(3, 12)]
    assert [a for a, _ in word_matches(text, "norvégien", ENDINGS[2])] == [text.index("norvégienne")]
    assert list(word_matches(text, "Solberg")) == [(18, 25)]


@given(st.text(alphabet="ab s-'’éXn\n", max_size=16), st.sampled_from(["a", "ab", "a b", "a-b", "ab a", "é", "a a"]),
       st.sampled_from(ENDINGS))
@example("ab ab a", "ab a", ("",))
@example("aes", "a", ENDINGS[2])
def test_as_the_pattern_would(text, word, endings):
    assert list(word_matches(text, word, endings)) == _expected(text, word, endings)
