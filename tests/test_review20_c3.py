"""Code review c3 (fixes by c3f): « Ce plan » / « Ce fonds » given the
complement of another referent (c3-1) or a name cut after its first word
(c3-2); a demonym made the first name of a particle surname (c3-3); the
adjective « démentiel » read as a denial (c3-7); a verb of saying that
reports an act read as a claim a later « nie les faits » denies (c3-8);
apposed nouns cut as verbs in the keyphrase (c3-9); the denial pre-check
(c3-10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seoarticle.analysis import analyse
from seoarticle.arrays import words_of
from seoarticle.engines import offline
from seoarticle.keyphrase import _cut_off
from seoarticle.nlp import get_nlp
from seoarticle.reader import read
from reading import article_md, plain

FIXTURES = Path(__file__).parent / "fixtures" / "cr20"


def _md(name: str) -> str:
    return plain(article_md(str(FIXTURES / name)))


def _lists(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("- ")]


# --- c3-1, c3-2: the complement given back to « Ce N » -------------------------------

def test_the_replaced_plan_lends_no_complement_to_the_new_one():
    # « Le dispositif remplace le plan d'urgence de 2023 … Ce plan prévoit une indemnisation de 90 % »
    md = _md("c3_p10.txt")
    assert any("prévoit une indemnisation de 90 %" in line for line in _lists(md))
    assert not any("plan d'urgence prévoit" in line for line in _lists(md))


def test_a_closed_fund_lends_no_complement_to_the_new_one():
    # « distinct du fonds de solidarité …, clos en 2022. Ce fonds sera ouvert aux demandes … »
    md = _md("c3_p01.txt")
    assert any("sera ouvert aux demandes" in line for line in _lists(md))
    assert not any("fonds de solidarité sera" in line for line in _lists(md))


def test_a_name_of_several_words_is_given_back_whole_or_not_at_all():
    # « … de la ville de New York … Cette ville accueillera … »; « le patron de Météo France … Ce patron a promis … »
    lines = _lists(_md("c3_p02.txt")) + _lists(_md("c3_p03.txt"))
    assert not any("ville de New " in line and "ville de New York" not in line for line in lines)
    assert not any("de Météo " in line and "de Météo France" not in line for line in lines)
    assert any("accueillera d'ailleurs" in line for line in lines)


@pytest.mark.parametrize("text", [
    "Le club évolue en Ligue 1 depuis 2019. Le président de Ligue 1 a démissionné. Ce président sera remplacé en mars.",
    "Le patron de Radio France a démissionné mardi. Ce patron sera remplacé en mars.",
])
def test_no_complement_cut_inside_a_name(text):
    a = analyse(read("Titre\n\n" + text))
    s = next(s for s in a.sentences if s.text.startswith("Ce "))
    assert s.named_in_full and s.named_in_full[1] in ("de Ligue 1", "de Radio France")  # (the whole name)


# --- c3-3: a demonym is no first name -------------------------------------------------

def test_a_demonym_before_a_particle_surname_is_no_first_name():
    md = _md("c3_p09.txt")
    assert "Madrilène Di Maria" not in md.split("## ")[0] + "\n".join(
        line for line in md.splitlines() if line.startswith(("#", "- **")))
    names = {e.name for e in analyse(read((FIXTURES / "c3_p09.txt").read_text())).entities}
    assert not any(n.startswith(("Madrilène ", "Lyonnais ")) for n in names), names


# --- c3-7, c3-8, c3-10: denial -----------------------------------------------------------

@pytest.mark.parametrize("text, denied", [
    # c3-7: the adjective « démentiel » denies nothing
    ("Selon L'Équipe, le club aurait accepté une offre de 80 millions d'euros. Un montant démentiel pour un joueur de 21 ans.",
     False),
    # c3-8: « a annoncé » reports an act, « nie les faits » does not deny it
    ("Le parquet de Grenoble a annoncé jeudi la mise en examen pour meurtre d'un homme de 34 ans. "
     "Le suspect, placé en détention provisoire, nie les faits.", False),
    ("Selon le journal, le club vendrait son stade. Le club dément la vente.", True),
    ("L'ancien directeur affirme avoir prévenu le conseil. Le président nie avoir reçu le moindre courrier.", True),
])
def test_denied_later(text, denied):
    a = analyse(read("Titre\n\n" + text))
    assert offline.denied_later(a, a.sentences[0]) is denied


def test_the_denial_pre_check_skips_ni_inside_words():
    assert not offline._DENIAL_START.search("Le fini uni de Nicolas, ni l'un ni l'autre")
    assert offline._DENIAL_START.search("Il NIE les faits") and offline._DENIAL_START.search("Le groupe a démenti")


def test_the_key_figure_of_a_transfer_stays_beside_a_demented_amount():
    md = _md("c3_p05.txt")
    assert any(line.startswith("- **80 millions d'euros**") for line in _lists(md))


# --- c3-9: apposed nouns in the keyphrase ------------------------------------------------

@pytest.mark.parametrize("text, word, verb", [
    ("La préfecture fixe la date limite ce jeudi.", "limite", False),
    ("Les appareils restent en mode veille chaque nuit.", "veille", False),
    ("Rugby : le club annonce un appel", "annonce", True),
])
def test_an_apposed_noun_before_a_determiner_is_no_verb(text, word, verb):
    doc = get_nlp()(text)
    w = words_of(doc, text)
    k = w.text.index(word)
    assert (_cut_off(w, k, doc) == "verb") is verb
