"""The outline's fast paths say what the slower forms they replace said:
string tests written without a pattern, and choices that derive or ask
less (make_title, make_description) reading the candidates as before."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from seoarticle import keyphrase as kpm
from seoarticle import outline
from seoarticle.keyphrase import Keyphrase

# Letters, digits and the characters around words whose class differs
# between str methods and patterns in odd cases (superscripts, circled
# digits, « ſ », the Kelvin sign), spaces of several kinds, punctuation.
_CHARS = st.sampled_from(list("ab _-'’é1²①.,:«» \u00a0\u2009\nſKɑ!?…)\"\x1c\x85"))


@settings(max_examples=300)
@given(st.text(_CHARS, max_size=12), st.text(_CHARS, max_size=3))
def test_holds_phrase_is_the_bounded_pattern(text, phrase):
    expected = bool(re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text))
    assert outline._holds_phrase(text, phrase) == expected


def test_holds_phrase_examples():
    assert outline._holds_phrase("procès de l'incendie de la rue x", "incendie de la rue x")
    assert not outline._holds_phrase("incendies", "incendie")
    assert outline._holds_phrase("incendies, incendie", "incendie")  # (a later occurrence)


@settings(max_examples=300)
@given(st.text(_CHARS, max_size=10))
def test_ends_as_sentence_is_the_pattern(text):
    assert outline._ends_as_sentence(text) == bool(re.search(r"[.!?…]\s*[»)\"]?\s*$", text))


def _focus(text: str) -> Keyphrase:
    return Keyphrase(text, tuple(kpm.content_stems(text)), 0.0, 0, "")


def _analysis() -> SimpleNamespace:
    source = SimpleNamespace(title="", title_given=False)
    return SimpleNamespace(source=source, entities=[], memo={}, sentences=[], title_doc=None,
                           entity=lambda name: None)


def test_title_a_raised_rank_lets_a_later_candidate_win(monkeypatch):
    # The first candidate as given lacks the keyphrase (+10): the one given
    # rank 5 that holds it wins, though the choice reads in the given order.
    cands = [("Un titre sans le mot attendu ici", 0), ("Grève : les contrôleurs arrêtent", 5),
             ("Grève : un autre titre plus court", 6)]
    monkeypatch.setattr(outline, "_title_candidates", lambda a, f, t: list(cands))
    assert outline.make_title(_analysis(), _focus("grève"), "") == "Grève : les contrôleurs arrêtent"


def test_title_equal_ranks_keep_the_longest(monkeypatch):
    cands = [("Grève : court", 1), ("Grève : un titre plus long", 1)]
    monkeypatch.setattr(outline, "_title_candidates", lambda a, f, t: list(cands))
    assert outline.make_title(_analysis(), _focus("grève"), "") == "Grève : un titre plus long"


def _description(monkeypatch, cands: list[str], pairs: list[str], focus: str) -> str:
    monkeypatch.setattr(outline, "_description_candidates", lambda a, *bounds: iter(cands))
    monkeypatch.setattr(outline, "_pairs_with", lambda a, f: list(pairs))
    monkeypatch.setattr(outline, "_summing_openings", lambda a: ())
    monkeypatch.setattr(outline, "_renamed_openings", lambda a: ())
    return outline.make_description(_analysis(), _focus(focus))


_LONG = "les contrôleurs aériens ont annoncé une grève de trois jours dans tous les aéroports du pays pour la fin du mois prochain."


def test_description_every_candidate_pointing_back_keeps_them_all(monkeypatch):
    # No candidate opens on what its reader knows: the choice reads them all.
    line = "Ils " + _LONG
    assert 120 <= len(line) <= outline.DESCRIPTION_MAX
    assert _description(monkeypatch, ["Il pleut.", line], [], "grève") == line


def test_description_a_known_opening_filters_the_others(monkeypatch):
    back = "Ils " + _LONG
    known = "Les pilotes " + _LONG[4:]
    assert _description(monkeypatch, [back, "Il pleut.", known], [], "grève") == known


def test_description_a_short_line_with_the_keyphrase_before_one_without(monkeypatch):
    short = "Les contrôleurs aériens annoncent une grève de trois jours dans tous les aéroports du pays."
    assert outline.DESCRIPTION_SOFT_MIN <= len(short) < outline.DESCRIPTION_MIN
    other = "Le gouvernement " + _LONG[4:].replace("grève", "pause")  # (of the right length, without the keyphrase)
    assert outline._fits(other)
    assert _description(monkeypatch, [other, short], [], "grève") == short


def test_description_a_known_line_out_of_range_still_filters_the_others(monkeypatch):
    # Whether some candidate opens on what its reader knows is asked of those
    # of the right length first, then of all: a short known line counts too.
    back = "Ils " + _LONG
    assert _description(monkeypatch, [back, "Le ciel est gris."], [], "grève") == "Le ciel est gris."


_COMMAS = ("Le tribunal correctionnel de Lyon a condamné jeudi Patrick Bernier, qui dirigeait la société depuis "
           "dix ans, à quatre ans de prison, dont deux avec sursis, et à une amende de 50 000 euros, a indiqué "
           "le parquet, qui avait requis six ans, lors d'une audience tenue à huis clos, sans la presse.")


def test_truncations_within_bounds_are_the_cuts_of_that_length():
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    s = analyse(read(_COMMAS)).sentences[0]
    cuts = outline._truncations(s)
    assert cuts
    for shortest, longest in ((0, None), (90, 156), (120, 156), (0, 100), (150, None)):
        expected = [c for c in cuts if shortest <= len(c) and (longest is None or len(c) <= longest)]
        assert outline._truncations(s, shortest, longest) == expected
