"""A time or a duration in hours keeps its parts on one line (review 14, G21:
« 7 h 40 », « 22 h 17 », « 2 h 04 min 21 s » kept breakable spaces while
« 12 000 » had its narrow no-break space)."""

from seoarticle.text import french_typography

NBSP = "\u00a0"


def test_a_time_and_a_race_time_take_no_break_spaces():
    assert french_typography("Le train est parti à 7 h 40 de Chambéry.") == f"Le train est parti à 7{NBSP}h{NBSP}40 de Chambéry."
    assert french_typography("Il a couru en 2 h 04 min 21 s.") == f"Il a couru en 2{NBSP}h{NBSP}04{NBSP}min{NBSP}21{NBSP}s."
    assert french_typography("Rendez-vous à 8 h.") == f"Rendez-vous à 8{NBSP}h."


def test_words_opening_on_h_are_left_alone():
    assert french_typography("Il y a 3 hôtels et 2 hangars.") == "Il y a 3 hôtels et 2 hangars."
