"""Review 22 (/work/rev22/E_report.md, F_report.md), fixer a: a subject
pronoun and its antecedent, and the choice of key points.

E-F2, E-F3: « C'est ce rapport de l'Igas, …, qui avait révélé l'affaire. Il
pointait « une gouvernance défaillante » … »: « Il » was read as the only
man named so far (the accused director), in L'essentiel and Les chiffres
clés. The cleft's focus is the next sentence's subject.
F-F1: « Une partie d'entre eux n'a pas encore signé de contrat : la
direction envisage de reporter leur prise de poste … »: the line after the
colon kept « leur » without what it stands for, after « La régie … emploie
68 saisonniers »: all 68.
F-M1: « …commenter le montant, qui reste une proposition … » -> « Le montant
reste une proposition … »: a bare definite noun named in passing stands for
what the text said before.
E-M2: « Le maire … salue une décision « de bon sens » » right after the
first-instance order the appeal overturned: it judged that one."""

from __future__ import annotations

from pathlib import Path

from reading import article_md, list_section, plain
from seoarticle.analysis import analyse
from seoarticle.reader import read

FIXTURES = Path(__file__).parent / "fixtures"


def _md(name: str) -> str:
    return article_md(str(FIXTURES / name))


def test_the_pronoun_after_a_cleft_is_its_focus_not_the_man_named_before():
    md = _md("review22e_t06_caisse_retraite.txt")
    points, figures = list_section(md, "L'essentiel"), list_section(md, "Les chiffres clés")
    assert not any("Delorme pointait" in line for line in points + figures)
    assert "- Le rapport de l'Igas pointait « une gouvernance défaillante » et relevait que le comité des placements " \
           "ne s'était réuni que deux fois en six ans." in points
    assert any(line.endswith(": le rapport de l'Igas pointait « une gouvernance défaillante » et relevait que le comité "
                             "des placements ne s'était réuni que deux fois en six ans, alors que ses statuts prévoyaient "
                             "quatre réunions par an.") for line in figures)


def test_a_cleft_gives_its_focus_as_antecedent_and_the_only_man_is_no_guess():
    text = ("Le directeur, Paul Martin, a été mis en examen vendredi. Il conteste les faits. La caisse a porté plainte.\n\n"
            "C'est cette enquête de la police, ouverte en mars, qui avait révélé les faits. "
            "Elle pointait des placements risqués.\n\n"
            "C'est un rapport accablant. Il pointait une gouvernance défaillante.")
    sents = analyse(read(text)).sentences
    by_start = {s.text[:15]: s for s in sents}
    assert by_start["Elle pointait d"].antecedent == "l'enquête de la police"
    # « C'est un rapport accablant » has no relative: no cleft, and no guess of the man named before.
    assert by_start["Il pointait une"].antecedent is None


def test_leur_without_what_it_stands_for_gives_no_line():
    md = _md("review22f_t01_station_ski.txt")
    assert not any("leur prise de poste" in line for line in plain(md).splitlines() if line.startswith("- "))
    # The text's own paragraph keeps it.
    assert "Une partie d'entre eux n'a pas encore signé de contrat : la direction envisage de reporter leur prise de " \
           "poste au 20 décembre, sans la garantir." in md


def test_leur_with_its_antecedent_in_the_line_is_kept():
    from seoarticle.engines.offline import _short_forms

    s = analyse(read("Pour la première fois depuis leur introduction en 2002, une nouvelle version des billets en euro "
                     "va être lancée, a annoncé Mario Draghi, le président de la Banque centrale européenne.")).sentences[0]
    assert any("depuis leur introduction" in f for f in _short_forms(s))


def test_a_bare_definite_noun_named_in_passing_gives_no_relative_statement():
    from seoarticle.rephrase import relative_statements

    md = _md("review22f_t01_station_ski.txt")
    assert not any("Le montant reste" in line for line in list_section(md, "L'essentiel"))
    s = analyse(read("Son président n'a pas souhaité commenter le montant, qui reste une proposition de la commission "
                     "des finances.")).sentences[0]
    assert not any(f.startswith("Le montant") for f in relative_statements(s))
    # Its sentence's subject, the parse's root or not, still gives one.
    v = analyse(read("Le vol, qui n'a été découvert qu'à l'ouverture des salles, vers 9 h 15, par un agent de "
                     "surveillance, n'aurait duré que quelques minutes.")).sentences[0]
    assert any(f.startswith("Le vol n'a été découvert") for f in relative_statements(v))


def test_a_judgement_of_an_unnamed_decision_does_not_follow_another_decision():
    md = _md("review22e_t05_coq_tribunal.txt")
    points = list_section(md, "L'essentiel")
    for k, line in enumerate(points):
        if "salue une décision" in line:
            # Only first, right after the lead, which tells the appeal ruling.
            assert k == 0
    assert not any("salue une décision" in line for line in points[1:])
