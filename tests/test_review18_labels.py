"""Review 18: key figures' labels and lines, « Qui est … ? » answers, acronyms
with their article (A-F4, B-M9, A-M6, B-M2, B-M6, A-M5, B-G6, A-G2, A-G3, A-G4)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from reading import faq_answer

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def _rewrite(name: str) -> str:
    from seoarticle import rewrite
    from seoarticle.reader import load

    path = FIXTURES / name
    return _plain(rewrite(load(path.read_bytes(), path.name)).markdown)


@lru_cache(maxsize=None)
def _rewrite_text(text: str) -> str:
    from seoarticle import rewrite

    return _plain(rewrite(text).markdown)


def _plain(md: str) -> str:
    """The Markdown with its no-break spaces as plain ones and ’ as '."""
    return md.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


def _section(md: str, heading: str) -> list[str]:
    """The lines of the section whose heading starts with `heading`."""
    lines = md.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return [line for line in lines[start + 1 : end] if line.strip()]


def _labels(text: str) -> dict[str, str]:
    """Each figure of the text's sentences -> its label (figure_label)."""
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare
    from seoarticle.engines.offline import _figure_spans, figure_label

    out = {}
    for s in analyse(prepare(text)).sentences:
        for a, b in _figure_spans(s):
            out[s.text[a:b]] = figure_label(s, a, b)
    return {k.replace("\u00a0", " ").replace("\u202f", " "): v and _plain(v) for k, v in out.items()}


# A-F4: a label cuts neither a coordinated noun nor an adjective that restricts it.

def test_a_label_keeps_a_coordinated_noun():
    lines = _section(_rewrite("review18a_t06_agriculture.txt"), "## Les chiffres clés")
    # (« quelque 180 000 canards et poulets »: the hedge is the figure's, see test_review23_g2.)
    assert any(line.startswith("- **quelque 180 000 canards et poulets** :") for line in lines), lines
    assert not any(line.startswith(("- **180 000 canards** :", "- **quelque 180 000 canards** :")) for line in lines), lines


def test_a_label_keeps_the_adjective_that_tells_one_count_from_another():
    lines = _section(_rewrite("review18a_t02_transport.txt"), "## Les chiffres clés")
    assert any(line.startswith("- **trois blessés graves** :") for line in lines), lines
    assert not any(line.startswith("- **trois blessés** :") for line in lines), lines


def test_labels_of_short_sentences():
    labels = _labels("Le séisme a fait trois morts et 12 blessés légers dans la province. "
                     "L'usine emploie 300 salariés et intérimaires depuis 2019. "
                     "Le plan supprime 120 emplois directs et indirects dans la région. "
                     "La commune compte 4 000 habitants et leurs familles viennent l'été.")
    assert labels["12"] == "12 blessés légers", labels
    assert labels["300"] == "300 salariés et intérimaires", labels
    assert labels["120"] == "120 emplois directs et indirects", labels
    assert labels["4 000"] == "4 000 habitants", labels  # (« et leurs familles »: another group)


# B-M9: a range's label is the range.

def test_a_range_without_de_is_labelled_whole():
    lines = _section(_rewrite("review18b_t06_election.txt"), "## Les chiffres clés")
    assert any(line.startswith("- **58 % à 62 %") for line in lines), lines
    assert not any(line.startswith("- **58 %** :") for line in lines), lines
    labels = _labels("Les prix ont augmenté avec 3 % à 5 % de hausse selon les produits. "
                     "Le train roulait à 80 km/h à 9 heures.")
    assert labels["3"] == "3 % à 5 %", labels
    assert labels["80"] == "80 km/h", labels  # (another unit after « à »: no range)


# A-M6: a change from an earlier value told in the sentence before.

def test_no_figure_line_of_a_change_from_an_earlier_value():
    lines = _section(_rewrite("review18a_t04_festival.txt"), "## Les chiffres clés")
    assert not any("280 000" in line or "soit une progression" in line for line in lines), lines


def test_a_change_of_the_sentence_own_value_keeps_its_line():
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare
    from seoarticle.engines.offline import _change_from_earlier

    a = analyse(prepare("Le salon a accueilli 52 000 visiteurs cette année. L'édition précédente avait attiré "
                        "48 000 visiteurs, soit une hausse de 8 % en un an. Les viticulteurs ont récolté 1,08 "
                        "million d'hectolitres, soit une baisse de 25 % par rapport à 2024. Sa production était "
                        "passée de 180 000 tonnes en 2019 à 95 000 tonnes, soit une baisse de 47 %."))
    assert [_change_from_earlier(s) for s in a.sentences] == [False, True, False, False]


# B-M2: « le Canadien » as a line's subject names nobody.

def test_a_nationality_noun_opening_a_line_is_left_out():
    md = _rewrite("review18b_t03_football.txt")
    for heading in ("## Les chiffres clés", "## L'essentiel"):
        lines = _section(md, heading)
        assert not any(" le Canadien" in line or "- Le Canadien" in line for line in lines), lines


def test_a_nationality_noun_and_names_with_their_article():
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare
    from seoarticle.engines.offline import _demonym_opening

    a = analyse(prepare("Paul Martin a ouvert le score à la 12e minute. Le Brésilien a inscrit 14 buts cette saison. "
                        "La grêle est tombée dans le Beaujolais samedi. Le Beaujolais a perdu 30 % de sa récolte. "
                        "L'Iran a refusé 2 propositions."))
    s = a.sentences
    assert _demonym_opening(a, s[1], s[1].text)
    assert not _demonym_opening(a, s[3], s[3].text)  # « dans le Beaujolais »: a place of the text
    assert not _demonym_opening(a, s[4], s[4].text)  # a country's name


# B-M6, A-M5, B-G6, A-G2: « Qui est X ? »: the current role first, with its article.

_answer = faq_answer


def test_the_current_role_first_then_the_former():
    assert _answer(_rewrite("review18b_t02_crue.txt"), "Christophe Béchu") == (
        "Christophe Béchu est le ministre de la Transition écologique, ancien maire d'Angers.")
    assert _answer(_rewrite("review18a_t04_festival.txt"), "Christian Troadec") == (
        "Christian Troadec est le président de l'association, ancien maire de Carhaix et cofondateur de l'événement.")


def test_the_title_set_before_the_name_is_the_current_role():
    assert _answer(_rewrite("review18b_t04_bac.txt"), "Nicole Belloubet") == (
        "Nicole Belloubet est la ministre démissionnaire de l'Éducation nationale, ancienne membre du Conseil "
        "constitutionnel.")
    md = _rewrite_text(
        "Hôpital de Vannes : la maternité fermera trois semaines cet été\n\n"
        "La maternité du centre hospitalier de Vannes fermera du 28 juillet au 17 août faute de sages-femmes, a "
        "annoncé lundi la direction. Les femmes enceintes seront orientées vers Lorient et Ploërmel.\n\n"
        "« Nous avons tout essayé, mais nous ne trouvons pas de remplaçantes », a déclaré le directeur général de "
        "l'établissement, Marc Durand, ancien chirurgien du service. Il a assuré que la fermeture serait « "
        "strictement temporaire ».\n\nLe syndicat CGT dénonce « un abandon du territoire ». Selon lui, 14 postes de "
        "sages-femmes sont vacants sur 32. Un rassemblement est prévu samedi devant l'hôpital.\n")
    assert _answer(md, "Marc Durand") == (
        "Marc Durand est le directeur général de l'établissement, ancien chirurgien du service."), md


def test_no_former_role_alone_when_the_current_one_is_a_possessive():
    # « Son homologue lillois, Paulo Fonseca, ancien entraîneur de l'AS Rome »,
    # « son chef de file, Ludovic Fagaut, ancien adjoint au maire … »: whose, no answer says.
    for name, person in (("review18b_t03_football.txt", "Paulo Fonseca"), ("review18a_t03_budget.txt", "Ludovic Fagaut")):
        md = _rewrite(name)
        answer = _answer(md, person)
        assert answer is None or not answer.split(" est ", 1)[1].startswith(("ancien ", "ancienne ")), answer


# A-G3, A-G4: an acronym of a common noun takes its article.

def test_an_acronym_of_a_common_noun_takes_its_article():
    md = _rewrite("review18a_t05_sante.txt")
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert "## L'essentiel sur l'ARS Occitanie" in headings, headings
    assert not any(h.endswith((" ARS Occitanie", "d'ARS Occitanie")) and "l'ARS" not in h for h in headings), headings
    md = _rewrite("review18a_t02_transport.txt")
    assert "### Que sait-on de TER ?" not in md
    assert "### Que sait-on du TER ?" in md


def test_the_article_of_an_acronym():
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare
    from seoarticle.engines.offline import _acronym_article

    a = analyse(prepare("Un train express régional (TER) a déraillé samedi près de Saint-Flour. La région organise "
                        "les TER depuis 2002. L'agence régionale de santé (ARS) de Bretagne suit la situation. "
                        "La SNCF a annoncé des contrôles. EDF a annoncé 3 000 embauches."))
    assert _acronym_article("TER", a) == "le "
    assert _acronym_article("ARS", a) == "l'"
    assert _acronym_article("SNCF", a) == "la "
    assert _acronym_article("EDF", a) == ""
