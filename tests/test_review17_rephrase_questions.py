"""Review 17 (rev17a, rev17b): lines that point back to another sentence
(rephrase.points_back), cuts that leave a noun without its complement, and
the FAQ's questions."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line", [
    # B-F4: « non plus » adds to a sentence that is not there; « il » has no antecedent in the line.
    "On ne sait pas non plus pourquoi il se trouvait à Villefranche.",
    "On ne sait pas pourquoi il se trouvait à Villefranche.",
    "Les enquêteurs ne savent pas non plus si la victime était visée.",
    "On ignore encore où elle se trouve.",
])
def test_b_f4_pronoun_or_non_plus_without_antecedent(line):
    from seoarticle.rephrase import points_back

    assert points_back(line)


@pytest.mark.parametrize("line", [
    "Le maire a assuré qu'il se représenterait en 2026.",
    "Selon le parquet, le conducteur ne savait pas où il se trouvait.",
    "On ne sait pas s'il faudra reconstruire le pont.",
    "« Nous ne céderons pas non plus », a déclaré Jean Dupont.",
    "La ministre a indiqué qu'elle recevrait les syndicats mercredi.",
])
def test_b_f4_antecedent_in_the_line_or_impersonal(line):
    from seoarticle.rephrase import points_back

    assert not points_back(line)


def test_b_g1_a_measure_noun_keeps_the_relative_giving_its_value():
    """B-G1: « …des travaux de 18 mois au minimum, pour un coût qui pourrait
    atteindre 14 millions d'euros. » gave « …, pour un coût. »: a noun of
    measure (coût, montant, durée …) says nothing without the value its
    relative gives."""
    from conftest import first_sentence

    from seoarticle.engines.offline import _short_forms
    from seoarticle.rephrase import compress

    s = first_sentence("Les premières estimations évoquent des travaux de 18 mois au minimum, pour un coût qui "
                       "pourrait atteindre 14 millions d'euros.")
    forms = [compress(s), compress(s, lean=True), compress(s, keep_dates=False)] + list(_short_forms(s))
    for form in forms:
        assert form is None or "un coût." not in form and "un coût," not in form, form
    # What an indefinite noun does may still go, for another noun.
    s = first_sentence("La nouvelle série comporte un nouvel hologramme dans lequel apparait le portrait d'Europe.")
    assert compress(s, lean=True) == "La nouvelle série comporte un nouvel hologramme."


def test_b_g4_selon_takes_no_date_of_the_announcement():
    """B-G4: « …a prononcé une sanction … à l'encontre de la Banque Valmont,
    a annoncé le régulateur mercredi. » gave « Selon le régulateur mercredi,
    la commission … a prononcé … »: « selon X » takes no date, and the
    announcement's day then reads as the decision's: the day goes with the
    verb of saying."""
    from conftest import first_sentence

    from seoarticle.rephrase import attributions

    s = first_sentence("La commission des sanctions de l'Autorité des marchés financiers (AMF) a prononcé une sanction "
                       "pécuniaire de 18 millions d'euros à l'encontre de la Banque Valmont, a annoncé le régulateur "
                       "mercredi.")
    forms = attributions(s)
    assert not any("mercredi" in f.split(",")[0] for f in forms), forms
    # The day is the announcement's: it goes with the verb of saying.
    assert any(f.startswith("Selon le régulateur, la commission") for f in forms), forms
    # Without a day, the source still goes first.
    s = first_sentence("La commission des sanctions de l'Autorité des marchés financiers (AMF) a prononcé une sanction "
                       "pécuniaire de 18 millions d'euros à l'encontre de la Banque Valmont, a annoncé le régulateur.")
    assert any(f.startswith("Selon le régulateur, la commission") for f in attributions(s)), attributions(s)


@pytest.mark.parametrize("noun, gender", [("maître", "Masc"), ("maîtresse", "Fem"), ("comtesse", "Fem"),
                                          ("président", "Masc")])
def test_b_g5_nouns_with_a_feminine_in_esse_name_persons(noun, gender):
    """B-G5: « Hugo Harari-Kermadec, maître de conférences en économie … »
    was asked « Qu'est-ce que Hugo Harari-Kermadec ? »: « maître » (feminine
    « maîtresse ») has both genders, a person's noun, which the
    lemmatizer's tables do not pair."""
    from seoarticle.engines.questions import paired_gender

    assert paired_gender(noun) == gender


def test_b_g5_a_maitre_de_conferences_is_asked_qui():
    from seoarticle.api import rewrite

    text = ("L'université de Lorraine gagne 23 places dans le classement de Shanghai publié vendredi, selon le "
            "cabinet ShanghaiRanking Consultancy. Le palmarès fait l'objet de nombreuses critiques. « Il mesure la "
            "recherche, pas la formation », estime Hugo Harari-Kermadec, maître de conférences en économie à l'ENS "
            "Paris-Saclay, qui a consacré plusieurs travaux au sujet.")
    md = rewrite(text).markdown
    assert "Hugo Harari-Kermadec\u202f?" in md  # (asked about)
    assert "Qu’est-ce que Hugo" not in md and "Qu'est-ce que Hugo" not in md


@pytest.mark.parametrize("line", [
    # A-M3: « l' » is Bernard Lacombe, of another sentence; « Nîmes » is in the subject's group.
    "Le tribunal correctionnel de Nîmes l’avait jugé les 3 et 4 avril 2025.",
    # A-M11: the quotation opens on what another sentence told.
    "« Malgré ces mesures préventives, des perturbations et des retards importants sont à prévoir sur l’ensemble "
    "du territoire », a averti la DGAC dans un communiqué.",
    # B-M4: « ensuite »: after what?
    "Le rapport sera ensuite publié en ligne.",
    # B-M17: « Les deux femmes »: the two the text counted before.
    "Les deux femmes, âgées de 27 et 68 ans, ont été blessées au bras et à la main.",
    "Les trois autres bassins restent en alerte renforcée.",
    # B-M10 (A), B-W10: a contrast with a sentence that is not there (inside the line:
    # an opening connective is the callers' to drop, see without_connective).
    "En 2023, les électeurs de Lanvéoc avaient au contraire approuvé un parc de quatre éoliennes.",
    "À Lyon, le marché a en revanche reculé de 4 %.",
])
def test_review17_lines_pointing_back(line):
    from seoarticle.rephrase import points_back

    assert points_back(line)


@pytest.mark.parametrize("line", [
    "La police a arrêté Jean Dupont et l'a placé en garde à vue.",
    "Le maire a reçu les manifestants, puis les a écoutés.",
    "« Nous ne céderons pas », a déclaré le préfet.",
    "« Il faut agir vite », a déclaré le préfet.",
    "Le rapport sera présenté le 23 octobre, et ensuite publié en ligne.",
    "Les deux chambres du Parlement ont adopté le texte.",
    "Le président de l'université, Pierre Mutzenhardt, a reconnu que la performance restait fragile.",
    "Le président Emmanuel Macron a reconnu que la performance restait fragile.",
    "La ministre de la Santé a reconnu que la performance restait fragile.",
    "« Le prix baissera en revanche », a déclaré Jean Dupont.",
])
def test_review17_lines_standing_alone(line):
    from seoarticle.rephrase import points_back

    assert not points_back(line)


@pytest.mark.parametrize("line, back", [
    ("Selon le président de l'université, la performance restait fragile.", False),
    ("Le président indonésien doit se rendre jeudi à Toulouse.", False),
    ("Le vice-président chargé des finances, Kamel Chibli, a insisté sur la maîtrise des dépenses.", False),
    ("Les deux formations CDU/CSU soutenant Angela Merkel arrivent en tête.", False),
    ("« Ce n'est pas la première annonce de ce type, et aucune n'a changé la donne », tempère Marc Oberlin.", False),
])
def test_review17_named_groups_stand_alone(line, back):
    from seoarticle.rephrase import points_back

    assert points_back(line) is back


def test_b_w10_no_question_of_a_contrast_with_another_sentence():
    """B-W10: « En 2023, les électeurs de Lanvéoc avaient au contraire
    approuvé un parc de quatre éoliennes » was asked « Quand les électeurs
    de Lanvéoc avaient-ils au contraire approuvé … ? »: contrary to what?"""
    from conftest import first_sentence

    from seoarticle.engines.questions import when

    s = first_sentence("En 2023, les électeurs de Lanvéoc avaient au contraire approuvé un parc de quatre éoliennes, "
                       "avec 61 % de « oui ».")
    assert s.dates
    assert all(when(s, dm) is None for dm in s.dates)
    s = first_sentence("En 2023, les électeurs de Lanvéoc avaient approuvé un parc de quatre éoliennes, avec 61 % de "
                       "« oui ».")
    assert any(when(s, dm) is not None for dm in s.dates)


def test_a_m12_a_relative_after_a_name_in_apposition_to_a_complement_is_either():
    """A-M12: « …, a indiqué l'entourage du ministre, Philippe Tabarot, qui
    n'exclut pas de recevoir les représentants syndicaux mercredi. » gave
    « Philippe Tabarot n'exclut pas de recevoir … » (a FAQ answer): « qui »
    may be the entourage's as well as the minister's."""
    from conftest import first_sentence

    from seoarticle.rephrase import relative_statements

    s = first_sentence("« La porte reste ouverte, mais on ne négocie pas sous la menace d'une paralysie du ciel », a "
                       "indiqué l'entourage du ministre, Philippe Tabarot, qui n'exclut pas de recevoir les "
                       "représentants syndicaux mercredi.")
    assert not any(f.startswith("Philippe Tabarot") for f in relative_statements(s)), relative_statements(s)
    # After a name that is no complement's, « qui » is that person.
    s = first_sentence("Le titre revient au Britannique Alistair Brownlee, qui conserve son titre olympique à Rio.")
    assert any("Alistair Brownlee conserve" in f for f in relative_statements(s)), relative_statements(s)


@pytest.mark.parametrize("text, statement", [
    ("Le tribunal a par ailleurs entendu l'ancien adjoint au logement de la ville, Pierre Vasseur, qui a reconnu que "
     "la procédure de péril n'avait pas été engagée, faute de moyens.", "Pierre Vasseur a reconnu"),
    ("Elle devance le candidat du Rassemblement national, Thierry Gaudin, qui a recueilli 47,6 % des voix.",
     "Thierry Gaudin a recueilli"),
])
def test_a_m12_a_name_renaming_the_group_head_is_qui(text, statement):
    from conftest import first_sentence

    from seoarticle.rephrase import relative_statements

    assert any(f.startswith(statement) for f in relative_statements(first_sentence(text)))


@pytest.mark.parametrize("line, back", [
    # B-W25: later than what?
    ("Selon le parquet, un homme de 34 ans a été interpellé quelques minutes plus tard par des policiers municipaux.",
     True),
    ("Le suspect a été relâché le lendemain.", True),
    ("Le maire avait démissionné la veille.", True),
    ("Le verdict sera rendu au plus tard le 12 mars.", False),
    ("Le verdict sera rendu le lendemain de l'audience.", False),
    ("Le conducteur a été interpellé dix minutes après l'attaque, puis relâché deux jours plus tard.", False),
])
def test_b_w25_a_time_relative_to_another_sentence(line, back):
    from seoarticle.rephrase import points_back

    assert points_back(line) is back
