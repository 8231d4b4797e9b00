"""Review 20 (engineer v): a keyphrase holding a verb the tagger read as a
noun (« club annonce » of « le club annonce un appel »); a claim the
paragraph denies after it listed without its denial (A-M2); a relative
clause given to the first noun of « le renouvellement du contrat …, qui
fixe … » and « Ce fonds » read as « le fonds » with nothing to say which
(A-M3); a person's first name the tagger made a place of (« Flavio Di
Giacomo » named « Di Giacomo », B-M4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seoarticle.analysis import analyse
from seoarticle.engines import offline
from seoarticle.reader import read
from seoarticle.rephrase import relative_statements
from reading import article_md, list_section

FIXTURES = Path(__file__).parent / "fixtures"
RUGBY = str(FIXTURES / "review20b_t01_rugby_dnacg.txt")
POSTE = str(FIXTURES / "review20a_t04_la_poste_cantal.txt")
MIGRANTS = str(FIXTURES / "review20b_t05_naufrage_libye.txt")
PROBE = str(FIXTURES / "probe17c_claim_key_point.txt")


def _front(md: str, field: str) -> str:
    m = re.search(rf"^{field}: (.*)$", md, re.M)
    return m.group(1).strip("'") if m else ""


def _headings(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("#")]


def _lists(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("- ")]


# --- a keyphrase is a noun phrase --------------------------------------------------

def test_a_verb_read_as_a_noun_makes_no_keyphrase():
    # « le club annonce un appel »: « annonce » (tagged a noun, also « annoncer »'s
    # present) is the headline's verb; « club annonce » gave « Rugby : le club
    # annonce un appel » and « L'essentiel sur le club annonce ».
    md = article_md(RUGBY)
    assert _front(md, "keyword") and "annonce" not in _front(md, "keyword")
    assert not any("club annonce" in h for h in _headings(md))


def test_a_preposition_read_as_a_noun_makes_no_keyphrase():
    # « le ministre face aux syndicats »: « face » there is no noun of « ministre ».
    md = article_md(PROBE)
    assert _front(md, "keyword") and "face" not in _front(md, "keyword")


# --- A-M2: a claim denied after it -----------------------------------------------

def test_a_denied_claim_is_no_line_of_its_own():
    # « Selon Le Monde, …, La Poste prévoirait de transformer environ 1.000 bureaux …
    # Le groupe a démenti l'existence d'un « plan chiffré » … »
    md = article_md(POSTE)
    body = [p for p in md.split("\n\n") if "1.000 bureaux" in p]
    assert body and all("démenti" in p for p in body)  # only the body's paragraph, with its denial
    assert not any("1.000" in line for line in _lists(md))


def test_a_claim_a_later_sentence_of_its_paragraph_denies_is_no_key_point():
    # « L'ancien manager … affirme … avoir alerté la direction … M. Vallardin a démenti
    # avoir reçu la moindre alerte »
    md = article_md(RUGBY)
    assert list_section(md, "L'essentiel")
    assert not any("alerté" in line for line in list_section(md, "L'essentiel"))


@pytest.mark.parametrize("text, denied", [
    ("Selon le journal, l'entreprise prévoirait de fermer trois usines. La direction a démenti ces informations.", True),
    ("L'ancien directeur affirme avoir prévenu le conseil. Le président nie avoir reçu le moindre courrier.", True),
    ("Le suspect a été interpellé mardi à Lyon. Il nie les faits qui lui sont reprochés.", False),  # no claim
    ("Selon le journal, l'entreprise prévoirait de fermer trois usines. La direction n'a ni confirmé ni démenti.", False),
    ("Selon le journal, l'entreprise prévoirait de fermer trois usines.\n\nLa direction a démenti.", False),  # another paragraph
])
def test_denied_later(text, denied):
    a = analyse(read("Titre\n\n" + text))
    assert offline.denied_later(a, a.sentences[0]) is denied


# --- A-M3: a relative of « N1 du N2 », a demonstrative's noun ------------------------

def test_a_relative_after_du_and_a_noun_has_no_sure_antecedent():
    # « le renouvellement du contrat …, qui fixe … »: the contract fixes it, not its renewal.
    a = analyse(read("Titre\n\nLe député a écrit au ministre pour lui demander de suspendre tout projet en "
                     "attendant le renouvellement du contrat de présence postale territoriale, qui fixe pour "
                     "2026-2028 le montant du fonds de péréquation."))
    assert "qui fixe" in a.sentences[0].text
    assert not any(f.startswith("Le renouvellement") for f in relative_statements(a.sentences[0]))


def test_the_renewal_fixes_nothing_in_the_lists():
    md = article_md(POSTE)
    assert not any("renouvellement" in line for line in _lists(md))


def test_a_demonstrative_keeps_the_complement_that_said_which():
    # « … le montant du fonds de péréquation. Ce fonds, alimenté …, s'élève à 174 millions
    # d'euros par an. »: « le fonds » alone says not which fund.
    md = article_md(POSTE)
    lines = [line for line in _lists(md) if "174 millions" in line]
    assert lines and all("fonds de péréquation" in line for line in lines)
    assert not any(re.search(r"\b[Ll]e fonds(?! de péréquation)", line) for line in _lists(md))


# --- B-M4: the first name the tagger made a place of ---------------------------------

def test_a_first_name_read_as_a_place_stays_with_its_surname():
    # « a déclaré Flavio Di Giacomo, porte-parole de l'OIM »: « Flavio » tagged a place.
    md = article_md(MIGRANTS)
    assert "- Flavio Di Giacomo" in md.split("---")[1]  # (the keywords)
    assert "**Flavio Di Giacomo** :" in md
    assert not re.search(r"(?<!Flavio )Di Giacomo", md)
    names = {e.name for e in analyse(read(Path(MIGRANTS).read_text())).entities}
    assert "Flavio Di Giacomo" in names and "Flavio" not in names


def test_a_place_before_a_particle_name_is_no_first_name():
    # « à Rome Di Maio … »: after a preposition, the capitalised word is no first name.
    a = analyse(read("Titre\n\nLe ministre est arrivé mardi à Rome Di Maio en tête de la délégation."))
    assert not any(name.startswith("Rome ") for s in a.sentences for name, _ in s.entities)
