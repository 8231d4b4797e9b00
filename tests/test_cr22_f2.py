"""Code review c2 (/work/cr22/c2/report.md), fixer f2: dates and « le même ».

c2-2: « Le conseil municipal avait voté la fermeture de l'école en 2026 »
under « 14 mars 2025 » was dated « 2026 » in the chronology: the year the
school closes, not the vote's (a pluperfect tells a past).
c2-3: « Le 3 novembre 2023, l'Aa est sortie de son lit … ; le même jour,
1 200 habitants ont été évacués »: the line, its date moved into the label,
was read as pointing back, and the chronology went.
c2-4: « ont le même âge », « habitent la même rue » were read as pointing
back: only « le/la même » + a noun the text names elsewhere does.
c2-5: « Cette hausse est inférieure à celle de l'hiver dernier » was read as
recalling another case, and the news's own background figures went."""

from __future__ import annotations

from pathlib import Path

from reading import answer, article_md, list_section
from seoarticle.analysis import analyse
from seoarticle.engines import offline
from seoarticle.reader import read

FIXTURES = Path(__file__).parent / "fixtures" / "cr22"


def _md(name: str) -> str:
    return article_md(str(FIXTURES / name))


def test_c2_2_a_target_year_dates_no_past_decision():
    md = _md("c2_fermeture_ecole_votee.txt")
    assert not any("2026" in line for line in list_section(md, "Chronologie"))
    assert "**2026** : le conseil municipal avait voté" not in md


def test_c2_2_an_act_on_a_thing_is_not_dated_by_the_main_verb():
    # (No dateline: the object « la fin du chantier » may be what 2028 dates.)
    a = analyse(read("Titre\n\nUn paragraphe d'ouverture sur un chantier à Lyon mardi.\n\n"
                     "Le gouvernement avait programmé la fin du chantier en 2028."))
    s = a.sentences[-1]
    assert not any(offline._dates_final_argument(s, dm) for dm in s.dates)
    # (« avait condamné le promoteur en mars 2022 » still is.)
    a = analyse(read("Titre\n\nUn paragraphe d'ouverture sur un procès à Lyon mardi.\n\n"
                     "Le tribunal avait condamné le promoteur en mars 2022."))
    s = a.sentences[-1]
    assert any(offline._dates_final_argument(s, dm) for dm in s.dates)


def test_c2_3_the_same_day_as_the_lines_own_event():
    # (The chronology line, its date moved into the label: « le même jour » is
    # the day of the line's own first clause. The fixture's chronology itself
    # is not given since « la même cour avait déjà jugé que … » (c2-10) left it
    # one line.)
    from seoarticle.rephrase import points_back

    assert not points_back("l'Aa est sortie de son lit et a envahi 600 maisons ; le même jour, 1 200 habitants ont été évacués.")
    assert points_back("Le même jour, 1 200 habitants ont été évacués.")


def test_c2_4_a_sameness_inside_the_line_is_kept():
    md = _md("c2_crue_aa_meme_jour.txt")
    assert "- Les deux plaignants, le maire Rémi Pauvros et son adjoint, ont le même âge, 62 ans." in list_section(md, "L'essentiel")
    assert answer(md, "Que sait-on de Rémi Pauvros ?") == "Le maire Rémi Pauvros et son adjoint habitent la même rue, au bord de l'Aa."


def test_c2_4_the_same_noun_the_text_names_elsewhere_still_points_back():
    from seoarticle import rephrase

    token = rephrase._NAMED_NOUNS.set(frozenset({"cour", "tribunal"}))
    try:
        assert rephrase.points_back("Le même tribunal avait condamné la préfecture en 2020.")
        assert not rephrase.points_back("Les deux clubs partagent le même stade depuis 1998.")
        assert rephrase.points_back("La même année, l'usine a fermé.")  # (a time: the year of a sentence before)
    finally:
        rephrase._NAMED_NOUNS.reset(token)


def test_c2_5_a_comparison_with_another_time_recalls_no_case():
    lines = list_section(_md("c2_hausse_electricite_hiver.txt"), "Les chiffres clés")
    assert any(line.startswith("- **17,9 milliards d'euros** : EDF avait annoncé en 2022") for line in lines)
    assert any(line.startswith("- **9,7 milliards d'euros** : le groupe avait été renationalisé en juin 2023") for line in lines)


def test_a_que_further_on_is_no_term_of_le_meme():
    """c2-10: « la même cour avait déjà jugé que … » took the verb's « que »
    for the comparison's other term, and the line kept its « la même cour »
    naming nothing (a chronology line, an FAQ question)."""
    from seoarticle.rephrase import points_back

    assert points_back("En 2021, la même cour avait déjà jugé que l'État devait financer les travaux.")
    assert not points_back("La commune versera la même somme que l'an dernier aux associations.")
    assert not points_back("Le syndicat réclame le même montant d'aide que l'an passé.")
