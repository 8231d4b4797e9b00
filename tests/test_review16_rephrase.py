"""Session 15, review 16's findings on how sentences are shortened
(rephrase.py, text.py): each test on the reviewer's sentence, or a text
made of it."""

from conftest import first_sentence as _first_sentence


def _forms(text: str) -> list[str]:
    from seoarticle.engines.offline import _short_forms

    return _short_forms(_first_sentence(text))


def test_an_additive_adverb_stays_in_its_clause():
    """rev16a F2: « l'académie, qui regroupe aussi l'Allier, la Haute-Loire et
    le Puy-de-Dôme » lost « aussi »: the académie then holds three
    départements, the Cantal not among them (false). Before a list or a
    number the clause keeps it, or goes whole."""
    text = ("Le Cantal n'est pas le seul département concerné : dans l'ensemble de l'académie, qui regroupe aussi "
            "l'Allier, la Haute-Loire et le Puy-de-Dôme, 58 fermetures et 31 ouvertures sont envisagées.")
    forms = _forms(text)
    assert not any("regroupe l" in f for f in forms), forms
    # « également » alike, and a mid-clause « en outre ».
    for text in ("La DNCG a également interdit de recrutement deux autres pensionnaires de Ligue 2 cette année.",
                 "Braga conserverait en outre 15 % d'une éventuelle plus-value à la revente du joueur."):
        forms = _forms(text)
        assert all("également" in f or "en outre" in f for f in forms if "recrutement" in f or "Braga" in f), forms
    # « non seulement … mais aussi »: never without « aussi ».
    text = ("Moscou peut projeter sa puissance non seulement vers l'ouest mais aussi vers le sud, selon les "
            "analystes de l'institut.")
    assert all("mais aussi" in f for f in _forms(text) if "mais" in f), _forms(text)
    # With no list nor number after it, the clause says no whole: it may go.
    from seoarticle.rephrase import drop_emphatic

    s = _first_sentence("Les réunions prévues aux Nations unies ont également été annulées par les organisateurs.")
    assert drop_emphatic(s, s.text) == "Les réunions prévues aux Nations unies ont été annulées par les organisateurs."
    # A connective adverb still goes (« toutefois »).
    s = _first_sentence("L'alliance perd toutefois 65 sièges au Parlement, selon les premiers résultats.")
    assert drop_emphatic(s, s.text) == "L'alliance perd 65 sièges au Parlement, selon les premiers résultats."