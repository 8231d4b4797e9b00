"""The second code review of session 13 (of the day's behaviour fixes) found
these on French inputs; each test failed before its fix."""

from conftest import first_sentence
from seoarticle import rewrite
from seoarticle.analysis import analyse
from seoarticle.engines.offline import _names_a_person
from seoarticle.outline import _capitalised_inside, _heading_windows
from seoarticle.reader import read, read_dateline


def test_a_name_and_a_span_of_dates_is_no_dateline():
    # « Marie Curie » became the place, 1867 the date, and the lead lost its subject.
    assert read_dateline("Marie Curie, 7 novembre 1867 – 4 juillet 1934, reste la seule femme à avoir reçu "
                         "deux prix Nobel scientifiques.") is None
    assert read_dateline("Victor Hugo, 26 février 1802 - 22 mai 1885 : poète, romancier.") is None
    assert read_dateline("Paris, 14 octobre 2026 – 15 octobre 2026 : le salon ouvre ses portes.") is None
    src = read("Marie Curie, 7 novembre 1867 – 4 juillet 1934, reste la seule femme à avoir reçu deux prix Nobel "
               "scientifiques. Elle a découvert le polonium et le radium avec Pierre Curie.\n")
    assert src.dateline is None and src.location is None
    assert src.blocks[0].text.startswith("Marie Curie, 7 novembre 1867")


def test_a_place_after_a_preposition_is_no_dateline():
    assert read_dateline("À Nîmes, 14 octobre 2026 – Le distributeur a fermé.") is None
    assert read_dateline("Au Havre, 14 octobre 2026 – Le port a rouvert.") is None
    assert read_dateline("Le Havre, 14 octobre 2026 – Le port a rouvert.").place == "Le Havre"


def test_a_dateline_alone_on_its_line_leaves_the_headline_after_it_the_title():
    text = ("Nîmes, 14 octobre 2026. –\nIncendie dans une usine chimique : trois blessés légers\n"
            "Un incendie s'est déclaré mardi soir dans une usine chimique de la zone industrielle de Nîmes. "
            "Trois salariés ont été légèrement blessés, selon les pompiers. Le site a été évacué.\n")
    src = read(text)
    assert src.title == "Incendie dans une usine chimique : trois blessés légers"
    assert src.dateline == "14 octobre 2026" and src.location == "Nîmes"


def test_a_deadline_is_not_moved_first_by_the_final_adjunct():
    text = ("Travaux à Nîmes\n\nLe chantier de la place centrale sera achevé d'ici au 28 février 2027. Les travaux "
            "seront terminés d'ici à la fin du mois de mars 2027, selon la mairie. Le coût total atteint 12 millions "
            "d'euros. Les commerçants demandent des aides.\n")
    md = rewrite(text).markdown
    assert "d’ici." not in md and "Au 28 février 2027," not in md and "À la fin du mois de mars 2027," not in md


FIGURES = ("Inondations dans le Gard\n\nDepuis 24 heures, les riverains de Milhaud se mobilisent pour vider leurs "
           "caves. La commune, située à 2 heures de Marseille, a reçu 300 millimètres de pluie en une nuit. "
           "L'accident a fait 4 blessés en urgence absolue et 12 blessés légers, selon les pompiers. "
           "Quelque 450 sapeurs-pompiers ont été mobilisés. Le préfet a demandé l'état de catastrophe naturelle.\n")


def test_a_length_of_time_and_a_distance_in_hours_are_key_figures():
    labels = [line.split("**")[1].replace("\u00a0", " ")  # (a figure and its unit: a no-break space)
              for line in rewrite(FIGURES).markdown.splitlines() if line.startswith("- **")]
    assert "24 heures" in labels and "2 heures" in labels


def test_a_label_never_ends_inside_a_noun_and_its_adjective():
    labels = [line.split("**")[1] for line in rewrite(FIGURES).markdown.splitlines() if line.startswith("- **")]
    assert "4 blessés en urgence" not in labels and "4 blessés" in labels


def test_kin_and_trades_name_a_person():
    assert all(_names_a_person(r) for r in ("l'écrivain", "le père de la victime", "le policier", "la reine",
                                             "le témoin"))
    assert not _names_a_person("le fonds d'investissement suisse")
    text = ("Procès à Lyon\n\nL'écrivain Michel Lambert, père de la victime, a témoigné mardi devant la cour "
            "d'assises du Rhône. « Je veux comprendre », a-t-il déclaré. Michel Lambert a publié douze romans. "
            "Le verdict est attendu vendredi. Michel Lambert est resté dans la salle toute la journée.\n")
    md = rewrite(text).markdown.replace("\u202f", " ")
    assert "### Qui est Michel Lambert ?" in md and "Qu’est-ce que Michel Lambert" not in md


def test_an_article_of_a_name_is_no_capitalised_word():
    analysis = analyse(read("Taxe carbone\n\nLe gouvernement renonce à la hausse de la taxe carbone, selon "
                            "Le Parisien. La mesure devait rapporter 3 milliards d'euros.\n"))
    assert _capitalised_inside(analysis, "Parisien") and not _capitalised_inside(analysis, "Le")


def test_a_noun_after_de_la_is_a_heading_group_unless_a_locution_after_a():
    for sentence, group in (("Les manifestants sont partis de la place de la République vers 14 heures.",
                             "la place de la République"),
                            ("Les prix dépendent de la demande de logements sociaux.",
                             "la demande de logements sociaux")):
        texts = [text for _, _, text, _, _ in _heading_windows(first_sentence(sentence))]
        assert any(t.lower() == group.lower() for t in texts), texts
