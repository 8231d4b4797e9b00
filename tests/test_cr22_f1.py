"""Code review 22, c2 (fixer f1): a relative clause's claim keeps its
source or gives no line (c2-1); a name's own capital article is kept after
« selon » (c2-13); a first name in -é/-ée is no opening participle (c2-6)."""

from __future__ import annotations

from pathlib import Path

from reading import article_md, plain

FIXTURES = Path(__file__).parent / "fixtures" / "cr22"


def _analysed(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read("Titre\n\nUn paragraphe d'ouverture sur un fait divers à Lyon.\n\n" + text))


# c2-1: the family's allegation, in a relative out of the guillemets, is
# never stated bare in the description nor in « L'essentiel ».
def test_relative_claim_before_a_final_selon_is_not_stated_bare():
    md = article_md(FIXTURES / "c2_p12_famille_hopital_roanne.txt")
    for line in md.splitlines():
        if "infection nosocomiale" in line and (line.startswith(("- ", "description:"))):
            assert "selon sa famille" in line, line


def test_relative_claim_before_a_final_incise_gives_no_bare_line():
    from seoarticle.engines.offline import _keeps_source
    from seoarticle.rephrase import relative_statements

    s = _analysed("Le conducteur, qui roulait à 140 km/h sous l'emprise de cocaïne, a été « placé en garde "
                  "à vue », a précisé le parquet.").sentences[-1]
    forms = relative_statements(s)
    assert forms, forms
    for f in forms:
        k = _keeps_source(s, f)
        assert k is None or "a précisé le parquet" in k, k


# c2-13: « L'Oréal », written so in the text, keeps its capital article
# after « selon »; « l'Élysée » and « l'entreprise » take a small one.
def test_selon_keeps_a_names_own_article():
    from seoarticle.rephrase import attributions

    an = _analysed("Les ventes de L'Oréal ont progressé en Asie. "
                   "L'Oréal affirme que ses ventes ont progressé de 8 % en 2024.")
    forms = [plain(f) for f in attributions(an.sentences[-1])]
    assert "Selon L'Oréal, ses ventes ont progressé de 8 % en 2024." in forms, forms
    an = _analysed("L'entreprise affirme que ses ventes ont progressé de 8 % en 2024.")
    forms = [plain(f) for f in attributions(an.sentences[-1])]
    assert "Selon l'entreprise, ses ventes ont progressé de 8 % en 2024." in forms, forms


# c2-6: « Chloé, une étudiante … » is a name and its apposition, not a
# participle before its subject.
def test_first_name_in_e_acute_is_no_opening_participle():
    from seoarticle.engines.offline import _short_forms

    s = _analysed("Chloé, une étudiante de 19 ans originaire de Lille, a été secourue mardi soir "
                  "par les pompiers.").sentences[-1]
    assert "Chloé a été secourue mardi soir par les pompiers." in [plain(f) for f in _short_forms(s)]
    s = _analysed("Contacté, son président, Thierry Mouchel, a démenti toute irrégularité.").sentences[-1]
    assert not any(plain(f).startswith("Contacté a") for f in _short_forms(s))
