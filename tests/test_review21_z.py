"""Review 21 (reviewers C and D, /work/rev21), the outline and the labels.

C-M3: a headline part with no verb has its participle for predicate (« le
détenu [toujours recherché] »): a title cut before it, adverbs first, says
nothing.
D-M1: a title is never cut inside a locution (« le tireur placé en garde [à
vue] »): a preposition and a bare noun are the second half of their head's.
"""

from __future__ import annotations

import re
from pathlib import Path

from reading import article_md, list_section, plain

FIX = Path(__file__).parent / "fixtures"


def _front(md: str, key: str) -> str:
    m = re.search(rf"^{key}: (.*)$", md, re.M)
    return m.group(1).strip("'\"") if m else ""


def _h1(md: str) -> str:
    return next(line[2:] for line in md.splitlines() if line.startswith("# "))


def test_a_title_keeps_the_participle_its_subject_needs():
    md = article_md(str(FIX / "review21c_t02_evasion.txt"))
    for title in (_front(md, "title"), _h1(md)):
        assert not title.endswith("le détenu"), title
        assert "détenu toujours recherché" in title or "détenu" not in title, title


def test_a_title_is_never_cut_inside_a_locution():
    md = article_md(str(FIX / "review21d_t06_chasse.txt"))
    for title in (_front(md, "title"), _h1(md)):
        assert not title.endswith(("en garde", "placé")), title
        assert "garde" not in title or "garde à vue" in title, title
    assert not _front(md, "slug").endswith("place-garde")


def _sentence(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return next(s for s in analyse(read(text)).sentences if s.text.startswith(text[:6]))


def _labels(text: str) -> list:
    from seoarticle.engines.offline import _figure_spans, figure_label

    s = _sentence(text)
    return [figure_label(s, a, b) for a, b in _figure_spans(s)]


def test_a_rates_label_keeps_its_base():
    """C-M4: « **61 médecins** » read as a count of the Cher's doctors; the
    figure is a density, « pour 100 000 habitants »."""
    md = article_md(str(FIX / "review21c_t03_medecins.txt"))
    figures = "\n".join(list_section(md, "Les chiffres clés"))
    assert "**61 médecins généralistes pour 100 000 habitants**" in figures, figures
    assert "**61 médecins**" not in figures
    labels = _labels("Le département compte 3,4 pharmacies pour 10 000 habitants, selon l'ARS.")
    assert "3,4 pharmacies pour 10 000 habitants" in labels, labels


def test_one_of_several_is_no_key_figure():
    """C-M6: « **une des trois lignes** » (of « l'une des trois lignes »)
    held no figure, and broke the elision."""
    md = article_md(str(FIX / "review21c_t05_aeroport.txt"))
    figures = "\n".join(list_section(md, "Les chiffres clés"))
    assert "des trois lignes**" not in figures, figures
    labels = _labels("Les passagers ayant réservé sur l'une des trois lignes seront remboursés, a indiqué Ryanair.")
    assert not any(label and "une des" in label for label in labels), labels


def test_a_description_is_not_cut_at_an_incises_closing_comma():
    """C-G1, C-G2: « … un centre de santé municipal où exerceront, d'ici à
    septembre. », « … a annoncé mercredi la suppression, à compter du 27
    octobre. »: the comma closing an incise was taken for the sentence's
    end, its subject or complement dropped."""
    from seoarticle.outline import _truncations

    for name, bad in (("review21c_t03_medecins.txt", "exerceront, d'ici à septembre."),
                      ("review21c_t05_aeroport.txt", "la suppression, à compter du 27 octobre.")):
        md = article_md(str(FIX / name))
        assert not _front(md, "description").endswith(bad), _front(md, "description")
    for text in ("La mairie a inauguré samedi une maison de santé où exerceront, dès le mois de mars, "
                 "quatre médecins salariés par la commune, a indiqué le maire.",
                 "La SNCF a annoncé lundi la fermeture, à compter du 3 novembre, de deux des quatre lignes "
                 "du réseau régional, faute de voyageurs."):
        cuts = [plain(c) for c in _truncations(_sentence(text))]
        assert not any(c.endswith(("mars.", "novembre.")) for c in cuts), cuts


def test_a_secondary_keyword_is_no_fragment_across_a_bracket():
    """C-G3: « ARS) Centre-Val de Loire », the tagger's name across the
    bracket of « l'agence régionale de santé (ARS) Centre-Val de Loire »."""
    md = article_md(str(FIX / "review21c_t03_medecins.txt"))
    front = md.split("\n---", 1)[0]
    keywords = [line[2:] for line in front.splitlines() if line.startswith("- ")]
    assert keywords, front
    assert all(k.count("(") == k.count(")") for k in keywords), keywords


def _headings(md: str) -> list[str]:
    return [line[3:] for line in md.splitlines() if line.startswith("## ")]


def test_a_heading_keeps_the_adjective_after_its_adverb():
    """C-M7: « la part des enseignants » of « la part des enseignants non
    titulaires », « le nombre de journées de classe » of « … non
    remplacées »: the qualifier that carries the meaning was cut."""
    heads = _headings(article_md(str(FIX / "review21c_t04_enseignants.txt")))
    assert heads
    for h in heads:
        assert not h.endswith(("la part des enseignants", "de journées de classe")), heads
    from seoarticle.outline import _heading_windows_of

    s = _sentence("Selon le syndicat, le nombre de postes non pourvus a doublé en un an dans le département.")
    assert "le nombre de postes" not in [x[2] for x in _heading_windows_of(s, True)]


def test_a_heading_does_not_run_a_party_into_a_name():
    """C-G4: « Les Républicains Guillaume Guérin » of « le conseiller
    régional Les Républicains Guillaume Guérin »."""
    heads = _headings(article_md(str(FIX / "review21c_t05_aeroport.txt")))
    assert heads
    assert not any("Républicains Guillaume" in h for h in heads), heads


def test_a_rate_on_a_million_keeps_its_noun():
    """c4-7: « pour 1 million d'habitants » was cut to « … pour 1 million »,
    which reads as a sum, not as the base of a rate."""
    labels = _labels("Le pays recense 42 cas pour 1 million d'habitants, selon l'OMS.")
    assert any(plain(x).endswith("42 cas pour 1 million d'habitants") for x in labels if x), labels
