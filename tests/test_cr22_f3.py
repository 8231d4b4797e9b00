"""Code review 22 c1 (/work/cr22/c1/report.md), fixer f3.

c1-1 FALSE: « C'est ce projet de rocade qui avait provoqué … la démission de
trois adjoints. Il a assuré mardi qu'aucune maison ne serait détruite … »
gave « Le projet de rocade a assuré mardi … »: the cleft's focus was taken
for the subject of a verb of saying, which a thing is not.
c1-3 FALSE: « trois élus : le président du conseil départemental, l'ancien
sénateur Alain Bertrand, et la maire de la ville » gave « Alain Bertrand est
le président du conseil départemental et un ancien sénateur. »: the title of
the list's item before his.
c1-2 LOST-TRUE: « C'était un fondeur expérimenté, formé par l'entreprise. Il
avait été élu délégué du personnel en 2021 … »: the predicate of a portrait
(the person) stopped the pronoun from being read as the man the text tells of.
c1-5 LOST-TRUE: « un label « Terres vivantes » », a name in guillemets, was
read as a judgement of a thing named before, and the line left out."""

from __future__ import annotations

from pathlib import Path

from reading import article_md, list_section
from seoarticle.analysis import analyse
from seoarticle.reader import read

FIXTURES = Path(__file__).parent / "fixtures" / "cr22"


def _md(name: str) -> str:
    return article_md(str(FIXTURES / name))


def _antecedent(text: str, opening: str) -> str | None:
    """The antecedent found for the pronoun of the sentence of `text` opening on `opening`."""
    return next(s.antecedent for s in analyse(read(text)).sentences if s.text.startswith(opening))


def test_c1_1_a_clefts_thing_is_no_subject_of_a_verb_of_saying():
    md = _md("c1_p01_rocade_cleft.txt")
    assert "Le projet de rocade a assuré" not in md
    assert "projet de rocade a assuré" not in md.replace("Il a assuré", "")
    # The text's own paragraph keeps the sentence.
    assert "Il a assuré mardi qu'aucune maison ne serait détruite" in md


def test_c1_1_the_pronoun_of_a_verb_of_saying_after_a_cleft():
    text = ("Le maire, Jean-Louis Ferrand, a défendu le projet mardi. C'est ce projet de rocade qui avait provoqué "
            "la démission de trois adjoints. Il a assuré mardi qu'aucune maison ne serait détruite.")
    assert _antecedent(text, "Il a assuré mardi qu'") is None  # (in doubt: not the project)
    # A cleft's person may say: « C'est le maire qui … Il a assuré … ».
    text = ("Le maire, Jean-Louis Ferrand, a défendu le projet mardi. C'est le maire qui avait provoqué "
            "la démission de trois adjoints. Il a assuré mardi qu'aucune maison ne serait détruite.")
    assert _antecedent(text, "Il a assuré mardi qu'") == "le maire"
    # A cleft's thing with a verb a thing does: still its focus.
    text = ("Le directeur, Paul Martin, a été mis en examen. C'est ce rapport de l'Igas qui avait révélé l'affaire. "
            "Il pointait une gouvernance défaillante.")
    assert _antecedent(text, "Il pointait une gouve") == "le rapport de l'Igas"


def test_c1_3_a_title_of_the_item_before_in_a_list_is_not_the_names():
    md = _md("c1_p15_maternite_liste.txt")
    assert "Alain Bertrand est le président du conseil départemental" not in md
    assert "président du conseil départemental et un ancien sénateur" not in md


def test_c1_3_the_title_apposed_before_the_names_own_title_still_read():
    from seoarticle.engines.offline import _title_apposed

    a = analyse(read("Régionales : le sortant conteste le résultat\n\n"
                     "M. Maillet n'a pas reconnu sa défaite. Son directeur de campagne, l'ancien député "
                     "Marc-Antoine Reboul, a annoncé son intention de saisir le Conseil d'État. "
                     "En tête figuraient trois élus : le président du conseil départemental, l'ancien sénateur "
                     "Alain Bertrand, et la maire de la ville."))
    titles = {e.name: _title_apposed(a, e) for e in a.entities if e.label == "PER"}
    assert titles.get("Marc-Antoine Reboul") == ""  # (a possessive: no answer, as before)
    assert titles.get("Alain Bertrand") is None


def test_c1_2_a_portraits_predicate_is_no_rival_of_the_person():
    text = ("Un ouvrier de 52 ans, Patrick Schmitt, est mort lundi à la fonderie de Hayange. Il travaillait sur le site "
            "depuis 1998. C'était un fondeur expérimenté, formé par l'entreprise. Il avait été élu délégué du "
            "personnel en 2021.")
    assert _antecedent(text, "Il avait été élu délé") == "Patrick Schmitt"
    md = _md("c1_p14_fonderie_portrait.txt")
    assert "- **2021** : Patrick Schmitt avait été élu délégué du personnel et siégeait au comité social et " \
           "économique." in md.splitlines()


def test_c1_2_a_things_predicate_still_stops_the_guess():
    text = ("Le directeur, Paul Martin, a été mis en examen vendredi. Il conteste les faits.\n\n"
            "C'est un rapport accablant. Il pointait une gouvernance défaillante.")
    assert _antecedent(text, "Il pointait une gouve") is None


def test_c1_5_a_name_in_guillemets_is_no_judgement():
    from seoarticle.engines.offline import _judged_noun

    s = analyse(read("La région a par ailleurs lancé en novembre un label « Terres vivantes ».")).sentences[0]
    assert _judged_noun(s, s.text) is None
    s = analyse(read("Le maire salue une décision « de bon sens ».")).sentences[0]
    assert _judged_noun(s, s.text) == "décision"
    md = _md("c1_p06_label_terres_vivantes.txt")
    assert "- La région a lancé en novembre un label « Terres vivantes »." in list_section(md, "L'essentiel")
