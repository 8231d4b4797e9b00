"""Review 21 (reviewer D), items D-F1 and D-F4: a quotation whose speaker
the text gives as a noun group (« a réagi l'athlète ») or a pronoun (« a-t-elle
raconté ») went to a person named nearby: the runner's words to her
husband, named in an apposition after the incise (D-F1), the victim's wife's
words to the prosecutor named two sentences before (D-F4). A quotation is
credited to a person only when the words leave no doubt; else it stays out
of « Ce qu'a déclaré … » and its heading."""

from __future__ import annotations

from pathlib import Path

from seoarticle.analysis import analyse
from seoarticle.engines.offline import quotations
from seoarticle.reader import read
from reading import article_md, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"


def _said(text: str) -> dict[str, list[str]]:
    """Speaker -> the quotations the list gives them, `plain`."""
    items, speakers = quotations(analyse(read(text)))
    out: dict[str, list[str]] = {}
    for item in map(plain, items):
        who = item.split("** : ", 1)[0].lstrip("*")
        out.setdefault(who, []).append(item)
    assert set(out) == {plain(s) for s in speakers}
    return out


def _headings(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("## Ce qu")]


# --- D-F1 ---------------------------------------------------------------

def test_the_athletes_words_are_not_her_husbands():
    md = article_md(str(FIXTURES / "review21d_t01_marathon.txt"))
    assert "Patrick Mathonnet" not in "\n".join(_headings(md)), _headings(md)
    assert not any("Ce n'est pas à moi de choisir" in line and "**Patrick Mathonnet**" in line
                   for line in md.splitlines()), md
    # The runner named in the incise's own words keeps his quotation.
    said = list_section(md, "Ce qu'a déclaré Julien Ferrand")
    assert said == ["- **Julien Ferrand** : « Je ne pensais pas descendre sous les 2 h 13 aussi tôt dans la saison »"], said


def test_a_noun_group_speaker_does_not_lend_its_quote_to_a_later_name():
    said = _said(
        "Procès du chauffard : la famille soulagée\n\n"
        "Le tribunal correctionnel de Rennes a condamné mardi le conducteur à trois ans de prison ferme. "
        "« Nous attendions ce jugement depuis deux ans », a déclaré la veuve de la victime, "
        "accompagnée de son avocat, Me Jean Lemoine. Le conducteur a dix jours pour faire appel.\n")
    assert not any("attendions ce jugement" in q for qs in said.values() for q in qs), said


def test_a_pronoun_incise_does_not_lend_its_quote_to_a_name_after_it():
    said = _said(
        "Fermeture de la maternité : les habitants inquiets\n\n"
        "La maternité de Guingamp fermera ses portes le 1er juillet, a annoncé l'agence régionale de santé. "
        "« Nous allons devoir faire quarante minutes de route pour accoucher », a-t-elle regretté, "
        "aux côtés du maire Philippe Le Goff. Une manifestation est prévue samedi.\n")
    assert not any("quarante minutes de route" in q for qs in said.values() for q in qs), said


def test_a_role_with_its_name_apposed_keeps_the_quote():
    # (What must stay: the name in apposition to the incise's noun group.)
    said = _said(
        "Inondations : la digue tient\n\n"
        "La crue de la Loire a atteint son pic dans la nuit de lundi à mardi à Orléans. "
        "« La digue tient, mais nous ne prendrons aucun risque », a affirmé dimanche le préfet du Loiret, "
        "Jean-Michel Daubert. Les écoles resteront fermées mardi.\n")
    assert said.get("Jean-Michel Daubert") == ["**Jean-Michel Daubert** : « La digue tient, mais nous ne prendrons aucun risque »"], said


# --- D-F4 ---------------------------------------------------------------

def test_the_wifes_words_are_not_the_prosecutors():
    md = article_md(str(FIXTURES / "review21d_t06_chasse.txt"))
    assert "Laurent Delmas" not in "\n".join(_headings(md)), _headings(md)
    assert not any("Nous n'avons vu ni panneau" in line and "**Laurent Delmas**" in line for line in md.splitlines()), md
    # (No chronology line cut out of « en 1999-2000 » either: a season.)
    assert ",-2000" not in md and "**1999**" not in md, md


def test_an_incise_pronoun_after_a_noun_subject_is_not_a_name_named_before():
    # The sentence before the quotation has a feminine subject (« La mère de
    # l'enfant »): « elle » is her, not the woman named two sentences before.
    said = _said(
        "Noyade évitée de justesse à la piscine municipale\n\n"
        "Un enfant de six ans a été secouru samedi à la piscine municipale de Vannes. "
        "Il a été transporté à l'hôpital, a précisé la directrice de l'établissement, Sophie Le Bihan. "
        "La mère de l'enfant affirme qu'aucun maître-nageur ne surveillait le grand bassin. "
        "« Personne n'était au bord de l'eau quand il a glissé », a-t-elle raconté à Ouest-France. "
        "Une enquête a été ouverte.\n")
    assert not any("Personne n'était au bord" in q for qs in said.values() for q in qs), said


def test_an_incise_pronoun_of_the_other_gender_than_the_person_named_before():
    said = _said(
        "Chasse : un randonneur blessé par balle\n\n"
        "Un randonneur a été blessé samedi lors d'une battue en Ardèche. "
        "Son pronostic vital n'est plus engagé, a précisé le procureur, Laurent Delmas. "
        "Les faits se sont produits vers 10 h 30 sur un chemin balisé. "
        "« Nous n'avons vu aucun panneau », a-t-elle raconté au Dauphiné libéré.\n")
    assert "Laurent Delmas" not in said, said


def test_the_speaker_named_in_the_sentence_before_keeps_the_pronouns_quote():
    # (What must stay: « elle » after the sentence whose subject she is.)
    said = _said(
        "Musée des Beaux-Arts : une renaissance\n\n"
        "Le musée rouvre ses portes après trois ans de travaux. "
        "La directrice du musée, Isabelle Dubois, a évoqué « une renaissance ». "
        "« Nous avons voulu un musée plus ouvert et plus accessible », a-t-elle expliqué vendredi.\n")
    assert said.get("Isabelle Dubois") == ["**Isabelle Dubois** : « Nous avons voulu un musée plus ouvert et plus accessible »"], said
