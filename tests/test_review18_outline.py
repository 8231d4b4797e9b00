"""Review 18 (rev18a, rev18b): the title, the headings, the description,
the « what comes next » section and the keyphrase.
A title never opens a part on a word that needs what was cut (A-M1), says
the news in more than a word or two (B-t05), keeps both halves of an
opposition (A-M7); a heading holds no verb and no participle made a noun
(A-G1, B-G2); « Ce qui se prépare » holds sentences whose main verb is to
come, under a heading naming only what they tell of (A-M2, B-M12); a
description tells the news, not an earlier event (B-M4); a keyphrase is
never only the words of a quotation, nor a cut of a longer group (B-M8)."""

from __future__ import annotations

from pathlib import Path

from seoarticle import keyphrase as kp
from seoarticle.analysis import analyse
from seoarticle.engines import offline
from seoarticle.nlp import get_nlp
from seoarticle.reader import read
from reading import article_md, plain

FIXTURES = Path(__file__).parent / "fixtures"


_plain = plain


def _article(name: str) -> str:
    return article_md(FIXTURES / name)


def _front(md: str, field: str) -> str:
    for line in md.splitlines():
        if line.startswith(field + ":"):
            return line[len(field) + 1:].strip().strip("'")
    return ""


def _headings(md: str) -> list[str]:
    return [line[3:] for line in md.splitlines() if line.startswith("## ")]


def test_a_title_never_opens_a_part_on_a_relative():
    # A-M1: « Marchés truqués à Valence : dont deux avec sursis » (two of what?)
    md = _article("review18a_t01_justice.txt")
    title = _front(md, "title")
    assert "dont" not in title.lower().split()
    # Nor the prison term without its kind (« dont deux avec sursis »).
    assert "prison" not in title or "sursis" in title
    assert "# Marchés truqués à Valence : dont" not in md


def test_a_title_says_the_news_in_more_than_two_words():
    # B-t05: the title was « Bactérie », the slug « bacterie ».
    md = _article("review18b_t05_science.txt")
    title = _front(md, "title")
    assert len(title.split()) > 3
    assert "bactérie" in title.lower() and "identifie" in title
    assert _front(md, "slug") != "bacterie"


def test_a_title_keeps_both_halves_of_an_opposition():
    # A-M7: « … : une fréquentation record » of « … une fréquentation record
    # mais un déficit de 600 000 euros ».
    title = _front(_article("review18a_t04_festival.txt"), "title")
    assert "record" not in title or "déficit" in title


def test_a_title_may_drop_a_second_predicate_after_mais():
    # (Not a regression: « Un retraité de Haute-Loire remporte 17 millions
    # d'euros au Loto[, mais ne changera « rien ou presque »] » stays whole.)
    title = _front(_article("review15_t10_loto.txt"), "title")
    assert "remporte 17 millions" in title


def test_no_verb_and_no_participle_made_a_noun_in_headings():
    # A-G1: « Jérôme Tréhorel et l'association organisatrice affiche »;
    # B-G2: « La baptisée Ideonella toulousensis et les enzymes naturelles décrites ».
    heads = _headings(_article("review18a_t04_festival.txt")) + _headings(_article("review18b_t05_science.txt"))
    assert not any(h.endswith(" affiche") for h in heads)
    assert not any("baptisée" in h or h.endswith("décrites") for h in heads)


def _future(sentence: str) -> bool:
    return offline._tells_future(get_nlp()(sentence))


def test_what_comes_next_is_told_by_the_main_verb():
    # B-M12: a future in a relative clause; A-M2: « doit » in a quotation.
    assert not _future("Le site, ouvert en 1974 et qui fêtera donc ses cinquante ans le mois prochain, "
                       "n'a pas dégagé de bénéfice depuis trois exercices, selon la direction.")
    assert not _future("« Cet accident ne doit pas servir de prétexte à abandonner les territoires ruraux », "
                       "a ajouté le vice-président de la région.")
    assert _future("Une assemblée générale est prévue vendredi devant les grilles du site.")
    assert _future("Le comité social et économique doit voter jeudi.")
    assert _future("Le ministre a annoncé qu'il recevra les syndicats lundi.")


def test_no_past_fact_nor_quotation_under_what_comes_next():
    usine = _article("review18b_t01_usine.txt")
    transport = _article("review18a_t02_transport.txt")
    assert "Ce qui se prépare pour la fermeture" not in usine
    if "## Ce qui se prépare" in usine:
        section = usine.split("## Ce qui se prépare", 1)[1].split("\n## ", 1)[0]
        assert "n'a pas dégagé" not in section
    # The heading names no group its lines do not tell of.
    assert "Ce qui se prépare pour les blessés graves" not in transport


def test_a_description_tells_no_earlier_event():
    # B-M4: « Il y a un an presque jour pour jour, le Losc s'était imposé … »
    description = _front(_article("review18b_t03_football.txt"), "description")
    assert "Il y a un an" not in description and "s'était imposé" not in description
    assert "Lens" in description


def test_a_keyphrase_is_not_only_a_quotation_nor_a_cut():
    # B-M8: « candidat de la droite », in the text only inside « un candidat
    # de la droite nationale », a quotation.
    a = analyse(read((FIXTURES / "review18b_t06_election.txt").read_text()))
    focus, others = kp.choose(a)
    texts = [focus.text] + [k.text for k in others]
    assert "candidat de la droite" not in texts
    assert "candidat de la droite nationale" not in texts
