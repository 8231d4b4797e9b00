"""Review 22 (E and F reports), fixer b: how attributions (incises of
saying, « selon ») and sentence starts are carried into « L'essentiel » and
« Les chiffres clés »."""

from __future__ import annotations

from pathlib import Path

from reading import article_md, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"


def _md(name: str) -> str:
    return article_md(FIXTURES / name)


def _all_lines(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith(("- ", "### "))]


# F-F2: the relative clause's statement does not take the incise that tells
# who said the main clause.
def test_relative_statement_does_not_take_the_final_incise():
    md = _md("review22f_t04_delegue_syndical.txt")
    points = list_section(md, "L'essentiel")
    assert points, md
    for line in points:
        assert not ("emploie 1 200 salariés" in line and "a indiqué" in line), line


# F-G1: an opening participle is no subject, and the subject after its
# comma is not cut as an incise.
def test_opening_participle_keeps_the_subject_after_it():
    md = _md("review22f_t05_fouilles.txt")
    assert "Contacté a démenti" not in md
    for line in _all_lines(md):
        assert not line.startswith(("- Contacté a", "- Contacté :")), line


# F-G2: a quotation's guillemet is no subject: no clause without one.
def test_quoted_predicate_without_subject_is_no_line():
    md = _md("review22f_t01_station_ski.txt")
    for line in _all_lines(md):
        assert "« Pourrait en perdre" not in line, line
        assert not line.startswith("- « pourrait"), line


# F-M7: « a annoncé la régie » is not put first as « selon la régie » over
# the narrator's aside (the price, its rise).
def test_inverted_saying_not_moved_over_an_aside():
    md = _md("review22f_t01_station_ski.txt")
    for line in _all_lines(md):
        assert "selon la régie, le forfait journée, vendu" not in line.lower(), line


def test_inverted_saying_moved_when_no_aside():
    from seoarticle.api import Options, prepare
    from seoarticle.analysis import analyse
    from seoarticle.rephrase import attributions

    an = analyse(prepare("Le forfait journée sera remboursé aux détenteurs de forfaits saison, a annoncé la régie.",
                         Options()))
    forms = [plain(f) for s in an.sentences for f in attributions(s)]
    assert any(f.startswith("Selon la régie, le forfait journée sera remboursé") for f in forms), forms


# E-G4, E-G2: the words after a « selon » put first start in lower case.
def test_selon_first_lowers_seuls():
    md = _md("review22e_t04_interdiction_brulage.txt")
    assert ", Seuls " not in md
    assert "Selon la préfecture, seuls les services d'incendie et de secours" in md


def test_selon_lowers_an_elided_article():
    md = _md("review22e_t01_horaires_train.txt")
    assert "selon L'entreprise" not in md and "Selon L'entreprise" not in md
    assert "selon l'entreprise, le taux de régularité" in md


# E-G3, F-G3: a day of the week after the colon of a key figure is in lower case.
def test_weekday_lowered_after_the_label():
    md_e = _md("review22e_t02_braquage_banque.txt")
    md_f = _md("review22f_t01_station_ski.txt")
    assert "** : Lundi" not in md_e and "** : lundi vers 9 h 15, trois individus" in md_e
    assert "** : Samedi" not in md_f and "** : samedi, 320 visiteurs" in md_f


# F-M2: a possessive's role in a final incise, read apart, is of a word of the
# line (« son directeur » of the coast): the speaker's name alone.
def test_possessive_speaker_named_alone():
    md = _md("review22f_t02_erosion.txt")
    figures = list_section(md, "Les chiffres clés")
    line = next(x for x in figures if "2,5 mètres par an" in x)
    assert "son directeur" not in line
    assert line.endswith("a rappelé Hugo Lamarque.")


def test_speaker_by_name_keeps_a_role_without_name():
    from seoarticle.engines.offline import _speaker_by_name

    assert _speaker_by_name("Le club a gagné, a indiqué son président.") == "Le club a gagné, a indiqué son président."
    assert (_speaker_by_name("Le club a gagné, a indiqué sa présidente, Anne Martin.")
            == "Le club a gagné, a indiqué Anne Martin.")


# F-M4: « la même cour » with no court named before it in the line.
def test_the_same_noun_points_back():
    md = _md("review22f_t04_delegue_syndical.txt")
    for line in _all_lines(md):
        assert "la même cour" not in line, line


def test_the_same_noun_with_its_term_or_day_does_not_point_back():
    from seoarticle.rephrase import points_back

    assert points_back("En 2024, la même cour avait déjà condamné Logivrac à 40 000 euros d'amende.")
    assert points_back("Déjà l'an dernier, une chute dans la même descente avait provoqué l'abandon de sept coureurs.")
    assert not points_back("Le club a touché la même somme que l'an dernier.")
    assert not points_back("Le 3 mars, Jean Dupont a été arrêté, et le même jour relâché.")
    assert not points_back("Le préfet a du même coup suspendu les ventes.")
