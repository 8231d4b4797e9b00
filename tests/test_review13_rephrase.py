"""Session 12, second reviewer's findings on rephrase.py and
engines/questions.py: each test on the reviewer's sentence (or a shorter
real-French sentence of the same shape)."""

from conftest import first_sentence as _first_sentence




def test_a_relative_after_a_name_in_a_complement_is_nobody_s_when_the_noun_agrees_too():
    """« Parmi eux figure l'amendement du député écologiste Julien
    Marchetti, qui impose aux opérateurs … » gave « Julien Marchetti impose
    aux opérateurs … »: the amendment imposes, and « qui » may be of either."""
    from seoarticle.rephrase import relative_statements

    s = _first_sentence("Parmi eux figure l'amendement du député écologiste Julien Marchetti, qui impose aux "
                        "opérateurs d'afficher l'empreinte carbone moyenne d'un abonnement mobile.")
    assert relative_statements(s) == []
    # A plural noun cannot be the subject of « impose »: the deputy is.
    s = _first_sentence("Parmi eux figurent les amendements du député écologiste Julien Marchetti, qui impose aux "
                        "opérateurs d'afficher l'empreinte carbone.")
    assert relative_statements(s) == ["Julien Marchetti impose aux opérateurs d'afficher l'empreinte carbone."]
    # An apposition is no complement: the name is the antecedent.
    s = _first_sentence("La cour d'appel de Rennes a relaxé jeudi 5 février l'ancien maire de Saint-Malo, Yves Kerbrat, "
                        "qui avait été condamné en première instance à dix-huit mois d'emprisonnement.")
    assert relative_statements(s) == ["Yves Kerbrat avait été condamné en première instance à dix-huit mois "
                                      "d'emprisonnement."]


def test_a_reflexive_verb_of_saying_after_the_statement_is_its_source():
    """« « Malgré la météo, … », s'est félicité le directeur du festival,
    Jérôme Le Goff. » gave the clauses « « Malgré la météo, … ». » (no
    speaker) and « S'est félicité le directeur du festival, Jérôme Le Goff. »"""
    from seoarticle.rephrase import clauses

    for text in ("« Malgré la météo, le public a été d'une fidélité incroyable », s'est félicité le directeur du "
                 "festival, Jérôme Le Goff.",
                 "Le public a été fidèle, la salle était pleine chaque soir, s'est réjoui le directeur, Paul Martin.",
                 "Le public a été fidèle, la salle était pleine chaque soir, s'inquiète-t-elle."):
        assert clauses(_first_sentence(text)) == [], text


def test_a_relative_giving_a_share_of_a_whole_the_main_clause_defines_does_not_stand_alone():
    """« La maladie touche majoritairement les hommes, qui représentent près
    de 80 % des cas. » gave « Les hommes représentent près de 80 % des
    cas. »: cases of what? A named antecedent keeps its statement."""
    from seoarticle.rephrase import relative_statements

    s = _first_sentence("La maladie touche majoritairement les hommes, qui représentent près de 80 % des cas.")
    assert relative_statements(s) == []
    s = _first_sentence("Le scrutin a profité à la formation de gauche Die Linke créée en 2007, qui réalise près de "
                        "10 % des voix et gagne cinq sièges.")
    assert relative_statements(s) == ["La formation de gauche Die Linke créée en 2007 réalise près de 10 % des voix et "
                                      "gagne cinq sièges."]


def test_a_line_pointing_back_anywhere_in_it_points_back():
    """Lines whose antecedent is in another sentence, not at their opening:
    rev13 t01, t08, t09, t10, t07 and rev12 t09. Lines naming what they
    speak of stay."""
    from seoarticle.rephrase import points_back

    for line in ("Parmi eux figure l'amendement du député écologiste Julien Marchetti.",
                 "D'ici là, les sénateurs, majoritairement de droite, ont déjà annoncé qu'ils supprimeraient l'article 4.",
                 "À Lyon et à Bordeaux ils ont reculé respectivement de 5,3 % et de 6,1 %.",
                 "Les juges relèvent aussi que celle-ci avait présenté l'offre la moins chère.",
                 "Il y a deux ans, ces surfaces étaient respectivement de 52 et de 9 mètres carrés.",
                 "Seuls 30 % de ses composants sont toutefois produits en Europe, l'écran et le processeur étant "
                 "fabriqués en Asie, a reconnu Camille Fournier.",
                 "Jeanne Lefort n'a alors que 26 ans.",
                 "Celle de jeudi n'a réuni que 61 000 personnes."):
        assert points_back(line), line
    for line in ("Les sanctions prises peuvent alors atteindre 0,2 % du PIB.",
                 "Le recrutement intervient alors que l'OL est en difficulté.",
                 "Le festival reverse ses bénéfices au territoire.",
                 "Dans son rapport, la Cour des comptes estime que la dette augmente.",
                 "Le festival a attiré cette année 298 000 festivaliers.",
                 "Alistair accélère et crée un écart avec son frère Jonathan que ce dernier ne parviendra pas à combler.",
                 "Selon l'arrêt il n'est pas établi que M. Kerbrat ait participé à la commission.",
                 "Il faudrait quatre jours afin de vider les sept tunnels de métro inondés."):
        assert not points_back(line), line


def test_an_incise_goes_with_the_right_comma():
    """rev13 t08, t09: « Le beau-frère poursuivi pour recel, a été relaxé. »
    (a comma between subject and verb), « Selon l'arrêt il n'est pas établi
    … » (the source's comma lost), « À Lyon et à Bordeaux ils ont reculé … »."""
    from seoarticle.rephrase import compress

    for text, expected in (
        ("Le beau-frère, Loïc Tanguy, poursuivi pour recel, a lui aussi été relaxé.", "Le beau-frère, Loïc Tanguy, a été relaxé."),  # (review 15: a bare role keeps its name)
        ("Selon l'arrêt, dont l'AFP a obtenu copie, il n'est pas établi que M. Kerbrat ait participé à la commission "
         "d'appel d'offres.", "Selon l'arrêt, il n'est pas établi que M. Kerbrat ait participé à la commission "
         "d'appel d'offres."),
        ("À Lyon et à Bordeaux, en revanche, ils ont reculé respectivement de 5,3 % et de 6,1 %.",
         "À Lyon et à Bordeaux, ils ont reculé respectivement de 5,3 % et de 6,1 %."),
        ("À Lyon, toutefois, les prix ont reculé de 5,3 % sur un an.", "À Lyon, les prix ont reculé de 5,3 % sur un an."),
        # Between a subject and its verb, or a verb and its object, both commas go.
        ("Le gouvernement, en revanche, a refusé de publier le bilan du dispositif.",
         "Le gouvernement a refusé de publier le bilan du dispositif."),
        ("Le texte prévoit, en revanche, que les fabricants garantissent les mises à jour.",
         "Le texte prévoit que les fabricants garantissent les mises à jour."),
    ):
        assert compress(_first_sentence(text)) == expected, text


def test_a_range_moves_whole_or_not_at_all():
    """rev13 t08: « Yves Kerbrat avait dirigé la ville de 2014 à 2024. » gave
    « À 2024, Yves Kerbrat avait dirigé la ville de 2014. »"""
    from seoarticle.rephrase import reorders

    assert reorders(_first_sentence("Yves Kerbrat avait dirigé la ville de 2014 à 2024.")) == [
        "De 2014 à 2024, Yves Kerbrat avait dirigé la ville."]
    assert reorders(_first_sentence("Le festival se tiendra du 16 au 19 juillet.")) == []
    # A place after a noun's complement is no range: it moves.
    assert reorders(_first_sentence("Le ministre de l'Intérieur a inauguré le nouveau commissariat à Paris.")) == [
        "À Paris, le ministre de l'Intérieur a inauguré le nouveau commissariat."]


def test_a_question_passes_over_an_incise_before_the_verb_s_complement():
    """rev13 t01, t08: « Quand les députés ont-ils adopté ? », « Quand le
    tribunal correctionnel de Saint-Malo avait-il jugé que l'élu ? »: the
    question stopped at the first comma, before the object or inside the
    clause in « que »."""
    from seoarticle.engines import questions as Q

    def asked(text):
        s = _first_sentence(text)
        return [q.text for q in (Q.when(s, dm) for dm in s.dates) if q]

    assert asked("Les députés ont adopté mardi 17 novembre, en première lecture, le projet de loi sur la sobriété "
                 "numérique, par 312 voix contre 221 et 19 abstentions.") == [
        "Quand les députés ont-ils adopté le projet de loi sur la sobriété numérique ?"]
    assert asked("En mars 2025, le tribunal correctionnel de Saint-Malo avait jugé que l'élu, âgé aujourd'hui de 67 "
                 "ans, avait favorisé l'attribution d'un marché de rénovation à une entreprise dirigée par son "
                 "beau-frère.") == [
        "Quand le tribunal correctionnel de Saint-Malo a-t-il jugé que l'élu avait favorisé l'attribution d'un "
        "marché de rénovation à une entreprise dirigée par son beau-frère ?"]  # (the passé composé: review 16)
