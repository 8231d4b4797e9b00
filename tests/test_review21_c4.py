"""Review 21, code review c4 of the day's fixes (/work/cr20/c4, probes in
tests/fixtures/cr20/c4_*): a false chronology line and three true lines the
fixes lost.

c4-1: « Depuis cette date, l'exploitant a installé … » was dated to the
anchor (« **Mars 2021** : l'exploitant a installé … »): since is no date.
c4-2: « a déclaré le secrétaire régional de SUD-Rail, l'ancien contrôleur
Fabien Villedieu »: a group apposed to the speaker's names him.
c4-3: a second verb sharing the first one's auxiliary (« a débloqué … et
ouvert ») left no statement at all: the first one stands.
c4-4: « La concertation reprend cette semaine » after a dated pluperfect is
the news's own moment."""

from __future__ import annotations

from pathlib import Path

from reading import article_md, list_section, plain

CR20 = Path(__file__).parent / "fixtures" / "cr20"


def _md(name: str) -> str:
    return article_md(str(CR20 / name))


def test_since_an_anchored_date_is_no_event_of_that_date():
    chronology = plain("\n".join(list_section(_md("c4_p03.txt"), "Chronologie")))
    assert "installé un système de détection" not in chronology
    # (« un premier incendie avait détruit une partie du même site »: read
    # apart, « du même site » is of no site; review 22, F-M4, leaves it out.)
    assert "du même site" not in chronology


def test_a_group_apposed_to_the_speaker_names_him():
    md = plain(_md("c4_p01.txt"))
    assert "- **Fabien Villedieu** : « Nous demandons simplement que les engagements pris en décembre soient tenus »" in md


def test_the_first_of_two_verbs_sharing_an_auxiliary_stands():
    points = plain("\n".join(list_section(_md("c4_p02.txt"), "L'essentiel")))
    assert "- La région a débloqué une enveloppe de 2 millions d'euros." in points
    assert "- La direction a présenté son projet au comité social et économique lundi matin." in points
    assert "La région ouvert" not in points and "La région ouvre" not in points


def test_this_weeks_present_after_a_dated_background_is_the_news():
    figures = plain("\n".join(list_section(_md("c4_p04.txt"), "Les chiffres clés")))
    assert "la concertation reprend cette semaine avec quatre réunions publiques" in figures


def test_a_time_counted_from_an_earlier_sentence_points_back():
    # c4-5: « Trois jours après, », « Dans la foulée, », « Plus tard dans la
    # soirée, » count from a moment told before, as « Le lendemain, » does;
    # « Trois jours de grève », « Dans la matinée, » do not.
    from seoarticle.rephrase import points_back

    back = ["Trois jours après, la mairie a annoncé la fermeture du site.",
            "Dans la foulée, le préfet a suspendu l'arrêté.",
            "Plus tard dans la soirée, les pompiers ont maîtrisé le feu.",
            "Une heure plus tard, le suspect a été interpellé."]
    own = ["Trois jours de grève ont paralysé le réseau.", "Dans la matinée, le préfet a suspendu l'arrêté.",
           "Deux heures après le début du match, la pluie a cessé."]
    assert [bool(points_back(t)) for t in back + own] == [True] * len(back) + [False] * len(own)
