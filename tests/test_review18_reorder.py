"""Review 18 (A_report, B_report): the reordering forms of rephrase.py.
A-F1 (a final duration of the last member of a coordinated object put
first), B-G4 (« selon X » put first with a coordinated clause after it), B-G5
(« selon lesquelles », a relative, taken for « selon » and a source), A-M9
(« selon X » put first over a phrase that is the writer's)."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import first_sentence

from seoarticle import rewrite
from seoarticle.rephrase import final_adjunct, reorder_form, reorders

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _plain(text: str) -> str:
    """The output's typography (no-break spaces, ’) as the input's."""
    return text.replace("\u202f", " ").replace("\xa0", " ").replace("’", "'")


def _forms(text: str) -> list[str]:
    s = first_sentence(text)
    return [_plain(f) for f in reorders(s)]


_SENTENCE_F1 = ("Les juges ont également prononcé à son encontre une amende de 80 000 euros et une interdiction "
                "d'exercer toute fonction publique pendant cinq ans.")


def test_a_f1_a_final_duration_of_the_last_member_stays_at_the_end():
    # « pendant cinq ans » is the ban's term, not the fine's, nor the sentencing's.
    s = first_sentence(_SENTENCE_F1)
    assert final_adjunct(s) is None
    assert not any(f.lower().startswith("pendant cinq ans") for f in _forms(_SENTENCE_F1))
    assert reorder_form(s, _SENTENCE_F1) is None


@pytest.mark.parametrize("text, lead", [
    # The same after a coordination with no verb in it.
    ("Le tribunal a prononcé une amende de 5 000 euros et une interdiction de séjour dans le département "
     "pendant trois ans.", "pendant trois ans"),
    # A date after a coordination: the term of the ban, not the day of the sentencing.
    ("Le tribunal a prononcé une amende de 5 000 euros et une interdiction de séjour dans le département "
     "jusqu'en 2030.", "jusqu'en 2030"),
])
def test_a_f1_no_final_phrase_first_after_a_coordinated_object(text, lead):
    assert not any(f.lower().startswith(lead) for f in _forms(text))


def test_a_f1_two_numbers_joined_are_one_group():
    # « les samedis 23 et 30 mars » is one date: the place may still go first.
    text = "Des séances de vaccination gratuites seront organisées les samedis 23 et 30 mars à Lodève et à Clermont-l'Hérault."
    assert ("À Lodève et à Clermont-l'Hérault, des séances de vaccination gratuites seront organisées les samedis "
            "23 et 30 mars.") in _forms(text)


def test_b_g4_selon_is_not_put_first_with_a_coordinated_clause():
    text = ("Chaque année, environ 82 millions de tonnes de PET sont produites dans le monde, selon l'Organisation "
            "de coopération et de développement économiques (OCDE), et moins de 20 % sont recyclées.")
    forms = _forms(text)
    assert not any(f.startswith("Selon") for f in forms), forms


def test_b_g5_selon_lesquelles_is_a_relative_not_a_source():
    text = ("Les services de Vasconcelos ont par ailleurs démenti lundi des informations de l'hebdomadaire Expresso "
            "selon lesquelles le candidat aurait rencontré en décembre des représentants du Rassemblement national "
            "français.")
    forms = _forms(text)
    assert not any(f.lower().startswith("selon") for f in forms), forms


@pytest.mark.parametrize("text", [
    "Le ministère a démenti les rumeurs selon lesquelles le lycée serait fermé à la rentrée de septembre.",
    "Les tarifs varient selon que le voyageur réserve son billet en ligne ou au guichet de la gare.",
])
def test_b_g5_selon_opening_a_clause_stays_in_place(text):
    assert not any(f.lower().startswith("selon") for f in _forms(text))


def test_a_m9_selon_does_not_take_the_writers_comparison():
    text = ("Au niveau national, la couverture à deux doses atteint 85 % chez les enfants de 33 mois, selon Santé "
            "publique France, loin de l'objectif de 95 % fixé par l'Organisation mondiale de la santé (OMS) pour "
            "interrompre la circulation du virus.")
    forms = _forms(text)
    assert not any(f.startswith("Selon Santé publique France, loin") for f in forms), forms


def test_selon_with_the_sources_title_still_goes_first():
    # What the rule is for: a source and its title in apposition.
    text = ("Depuis sa mise en service il y a 108 ans, le métro de New York n'avait jamais connu un pareil désastre, "
            "selon Joseph J. Lhota, le président de la MTA.")
    assert ("Selon Joseph J. Lhota, le président de la MTA, le métro de New York n'avait jamais connu un pareil "
            "désastre depuis sa mise en service il y a 108 ans.") in _forms(text)


@pytest.mark.parametrize("name, bad", [
    ("review18a_t01_justice.txt", "pendant cinq ans, les juges"),
    ("review18a_t05_sante.txt", "Selon Santé publique France, loin"),
    ("review18b_t05_science.txt", "et moins de 20 % sont recyclées, chaque année"),
    ("review18b_t06_election.txt", "Selon lesquelles"),
])
def test_the_fixtures_lines_are_gone(name, bad):
    md = _plain(rewrite((FIXTURES / name).read_text(encoding="utf-8")).markdown)
    assert bad not in md
