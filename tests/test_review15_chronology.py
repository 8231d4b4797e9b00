"""Review 15, M21: a chronology line is dated by its main event, never by
the verb of saying after it (« …, a annoncé mercredi la FDJ »)."""

from __future__ import annotations

from seoarticle import rewrite

T10 = open(__file__.rsplit("/", 1)[0] + "/fixtures/review15_t10_loto.txt", encoding="utf-8").read()


def test_the_day_of_a_saying_after_the_statement_dates_no_line():
    md = rewrite(T10).markdown
    assert "**Mercredi** : un habitant de Haute-Loire" not in md
    for line in md.splitlines():
        if line.startswith("- **Mercredi**"):
            assert "a remporté" not in line, line


def test_which_sayings_own_their_date():
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _dates_a_saying
    from seoarticle.reader import read

    def owns(text: str, day: str) -> bool:
        s = analyse(read(text)).sentences[0]
        return _dates_a_saying(s, s.text.index(day))

    assert owns("Un habitant de Haute-Loire âgé de 71 ans a remporté 17 millions d'euros au tirage du Loto du "
                "samedi 2 mai, a annoncé mercredi la Française des jeux (FDJ).", "mercredi")
    # The saying is the line's main verb, or the date is the event's: the line is dated right.
    assert not owns("En mars 2025, le tribunal correctionnel de Saint-Malo avait jugé que l'élu avait favorisé "
                    "l'attribution d'un marché de rénovation à une entreprise dirigée par son beau-frère.", "mars")
    assert not owns("Le retraité s'est présenté mardi au siège de la FDJ à Boulogne-Billancourt, a précisé sa fille.",
                    "mardi")
