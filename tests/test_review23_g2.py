"""Review 23 (/work/rev23/G_report.md), fixer g2: headings, keyphrase,
key figures and FAQ answers that said more, or other, than the text.

G-G4: « L'essentiel sur les meublé de tourisme »: the tagger's plural on
« meublé » gave the keyphrase « les » / « des » before a singular noun.
G-M1: the keyphrase « tonne de cocaïne » came from the only measure written
without a figure, « d'une tonne de cocaïne », an earlier case (today's is
« 2,3 tonnes »); « euros d'amende » (« 5 000 euros d'amende », its « 000 »
tagged a determiner) became a headline.
G-M2: « Me Julien Ferrand et la voix nouée »: the defendant's « voix nouée »
(« a-t-il déclaré, la voix nouée ») paired with his lawyer.
G-M3: « Pierre-Lamy est une salle. »: « la salle Pierre-Lamy » is named after
someone; the name alone is no hall.
G-M4: « **1 700 salariés** » of « quelque 1 700 salariés »: the label dropped
the hedge.
G-M5, G-M6: FAQ answers ending on a bare definite noun whose referent is
elsewhere: « le président exécutif de la société » (Arianespace; the text names
other companies, « la société Avio »), « la moitié du coût » (of the filters,
two sentences before)."""

from __future__ import annotations

from pathlib import Path

from reading import answer, article_md, faq_answer, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"


def _md(name: str) -> str:
    return article_md(str(FIXTURES / name))


def _headings(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("#")]


def _keyword(md: str) -> str:
    return next(line for line in md.splitlines() if line.startswith("keyword:")).split(":", 1)[1].strip()


# --- G-G4 ----------------------------------------------------------------------


def test_a_singular_keyphrase_gets_no_plural_article():
    md = _md("review23g_t05_meubles_tourisme.txt")
    assert _keyword(md) == "meublé de tourisme"
    heads = _headings(md)
    assert not any("les meublé " in h or "des meublé " in h for h in heads)
    assert "## L'essentiel sur le meublé de tourisme" in heads
    assert "## Questions-réponses sur le meublé de tourisme" in heads


def test_a_plural_noun_keeps_its_plural_article():
    # (« meublés », a plural form: the tagger's plural stands.)
    from seoarticle.outline import _singular_form

    assert _singular_form("meublé") and _singular_form("tourisme")
    assert not _singular_form("meublés") and not _singular_form("prix") and not _singular_form("gaz")


# --- G-M1 ----------------------------------------------------------------------


def test_a_measure_written_after_une_is_no_keyphrase():
    md = _md("review23g_t06_saisie_cocaine.txt")
    assert "tonne" not in _keyword(md)
    assert not any("la tonne de cocaïne" in h for h in _headings(md))
    assert "Que sait-on de la tonne de cocaïne ?" not in md


def test_a_measure_after_a_figure_whose_digits_the_tagger_calls_determiners_is_no_keyphrase():
    md = _md("review23g_t01_avalanche_proces.txt")
    assert "euros" not in _keyword(md)
    assert "# Euros d'amende" not in md
    assert not any("euros d'amende" in h for h in _headings(md))


# --- G-M2 ----------------------------------------------------------------------


def test_an_absolute_construction_names_no_heading():
    md = _md("review23g_t01_avalanche_proces.txt")
    assert not any("voix nouée" in h for h in _headings(md))


def test_an_absolute_construction_is_no_heading_group():
    from seoarticle.analysis import analyse
    from seoarticle.outline import _heading_windows
    from seoarticle.reader import read

    for sentence, group in (("« Je n'ai jamais mis un client en danger », a-t-il déclaré, la voix nouée.", "voix nouée"),
                            ("Le prévenu a quitté la salle d'audience, les larmes aux yeux.", "larmes aux yeux")):
        s = analyse(read(sentence + "\n")).sentences[0]
        texts = [plain(t) for _, _, t, _, _ in _heading_windows(s)]
        assert not any(group in t for t in texts), texts
    # (A group after a comma with its preposition is no such adjunct.)
    s = analyse(read("Le moniteur a été jugé mardi, devant le tribunal correctionnel d'Albertville.\n")).sentences[0]
    assert any("tribunal correctionnel" in t for _, _, t, _, _ in _heading_windows(s))


# --- G-M3 ----------------------------------------------------------------------


def test_a_place_named_after_a_person_is_not_asked_as_the_name_alone():
    md = _md("review23g_t05_meubles_tourisme.txt")
    assert "Qu'est-ce que Pierre-Lamy ?" not in md
    assert "Pierre-Lamy est une salle" not in md
    # (The hall keeps its whole name where the text gives it.)
    assert "la salle Pierre-Lamy" in md


def test_a_hyphenated_first_name_and_surname_is_a_dedication():
    from seoarticle.engines.offline import _person_hyphenated

    assert _person_hyphenated("Pierre-Lamy") and _person_hyphenated("Jean-Moulin")
    assert not _person_hyphenated("Saint-Malo") and not _person_hyphenated("Cassini")


# --- G-M4 ----------------------------------------------------------------------


def test_a_figure_label_keeps_quelque():
    md = _md("review23g_t04_ariane_report.txt")
    figures = list_section(md, "Les chiffres clés")
    assert any(line.startswith("- **quelque 1 700 salariés** :") for line in figures)
    assert not any(line.startswith("- **1 700 salariés**") for line in figures)


# --- G-M5, G-M6 ----------------------------------------------------------------


def test_a_role_of_a_bare_class_noun_the_text_sets_before_names_is_not_said():
    md = _md("review23g_t04_ariane_report.txt")
    assert faq_answer(md, "David Cavaillolès") is None
    assert "président exécutif de la société." not in md


def test_an_answer_ending_on_a_noun_introduced_earlier_is_not_given():
    md = _md("review23g_t02_pfas_eau.txt")
    assert "la moitié du coût." not in md.split("## Questions-réponses", 1)[-1]
    assert answer(md, "Que sait-on de Thomas Perrin ?") is None
    # (The role the text gives in full stays.)
    assert faq_answer(md, "Gérard Fontaine") == ("Gérard Fontaine est le président du syndicat des eaux, "
                                                 "ancien maire de Bellegarde.")
