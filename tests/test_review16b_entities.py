"""Code review cr16b: persons a title and a surname name (CB-F1, CB-F3),
names ending on a time word (CB-W1), a company after a dative « à » (CB-W2)."""

from __future__ import annotations


def _analysis(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read(text))


def _speakers(a) -> dict[str, str]:
    """Quotation -> who says it, as the article lists them."""
    from seoarticle.engines.offline import quotations

    items, _ = quotations(a)
    out = {}
    for item in items:
        who, _, quote = item.partition(" : « ")
        out[quote.rstrip(" »")] = who.strip("*")
    return out


def test_a_woman_called_mme_is_not_the_man_named_in_full():
    # CB-F1 (p37): « Mme Dupont » joined Jean Dupont, who was then quoted
    # speaking of himself in the third person.
    a = _analysis(
        "Disparition d'un randonneur en Chartreuse : les recherches suspendues pour la nuit\n\n"
        "Jean Dupont, un randonneur de 71 ans, est porté disparu depuis dimanche dans le massif de la Chartreuse, "
        "en Isère.\nMme Dupont, institutrice retraitée, a donné l'alerte dimanche soir.\n"
        "« Il connaît la montagne par cœur, je ne comprends pas », a confié Mme Dupont.\n")
    assert "Mme Dupont" not in a.entity("Jean Dupont").forms
    assert _speakers(a)["Il connaît la montagne par cœur, je ne comprends pas"] == "Mme Dupont"


def test_a_spouse_in_apposition_is_another_person():
    # CB-F1 (p01): « Son épouse, Mme Dupont » is not Jean Dupont; « M. Dupont »
    # (a man, as Jean Dupont is) still is.
    a = _analysis(
        "Jean Dupont retrouvé sain et sauf après trois jours de recherches\n\n"
        "Jean Dupont, un randonneur de 71 ans, a été retrouvé vivant jeudi dans le massif de la Chartreuse, en Isère.\n"
        "Son épouse, Mme Dupont, avait donné l'alerte lundi soir. « J'ai cru que je ne le reverrais jamais », "
        "a confié Mme Dupont.\n"
        "M. Dupont a été transporté au centre hospitalier de Grenoble, où il doit passer la nuit en observation.\n")
    jean = a.entity("Jean Dupont")
    assert "Mme Dupont" not in jean.forms and "Dupont" in jean.forms  # (« M. Dupont »)
    assert _speakers(a)["J'ai cru que je ne le reverrais jamais"] == "Mme Dupont"


def test_a_husband_in_apposition_is_not_the_woman_named_in_full():
    # CB-F3 (p33): « Son mari, M. Ribes » got Claire Ribes' name on his quotation.
    a = _analysis(
        "Claire Ribes, agricultrice à Moissac, lance une pétition contre la fermeture de l'abattoir\n\n"
        "Claire Ribes, agricultrice à Moissac, dans le Tarn-et-Garonne, a lancé lundi une pétition contre la "
        "fermeture de l'abattoir municipal.\n"
        "Son mari, M. Ribes, éleveur de bovins, estime que la fermeture lui coûterait « 15 000 euros par an ».\n"
        "« Nous devrons faire 120 kilomètres pour abattre nos bêtes », a déploré M. Ribes.\n")
    assert a.entity("Claire Ribes").forms == ["Claire Ribes"]
    assert _speakers(a)["Nous devrons faire 120 kilomètres pour abattre nos bêtes"] == "M. Ribes"


def test_a_son_with_a_rank_is_not_his_father():
    # CB-F3 (p32): « Son fils, le lieutenant Morel » joined the mayor Jean
    # Morel: « Jean Morel est le maire de la commune et le lieutenant. »
    a = _analysis(
        "Incendie d'une ferme à Plouescat : le maire salue l'intervention des pompiers\n\n"
        "Le maire de la commune, Jean Morel, s'est rendu sur place dès 3 heures du matin.\n"
        "Son fils, le lieutenant Morel, commandait les 45 pompiers mobilisés.\n"
        "« Le feu était impossible à contenir sans les moyens aériens », a expliqué le lieutenant Morel.\n"
        "« Je suis fier de nos pompiers », a déclaré Jean Morel.\n")
    jean = a.entity("Jean Morel")
    assert jean.roles == ["le maire de la commune"]
    said = _speakers(a)
    assert said["Je suis fier de nos pompiers"] == "Jean Morel"
    assert said["Le feu était impossible à contenir sans les moyens aériens"] != "Jean Morel"


def test_a_doctor_and_his_patient_of_the_same_surname_are_two_persons():
    # CB-F3 (p17): « le docteur Martin, médecin généraliste » and « Un de ses
    # patients, Kevin Martin »: « Kevin Martin est médecin généraliste. » and
    # the doctor's quotation in Kevin Martin's name.
    from seoarticle.keyphrase import choose

    a = _analysis(
        "Un médecin de Rennes condamné pour avoir prescrit des arrêts de travail de complaisance\n\n"
        "Le tribunal correctionnel de Rennes a condamné jeudi le docteur Martin, médecin généraliste, à deux ans de "
        "prison avec sursis.\nIl avait prescrit plus de 400 arrêts de travail de complaisance entre 2021 et 2023.\n"
        "Un de ses patients, Kevin Martin, a été condamné à 3 000 euros d'amende pour avoir revendu des ordonnances.\n"
        "« Je regrette profondément », a déclaré le docteur Martin à l'audience.\n")
    kevin = a.entity("Kevin Martin")
    assert kevin.roles == [] and kevin.sentences == [2]
    assert _speakers(a)["Je regrette profondément"] != "Kevin Martin"
    assert "Kevin Martin" not in [k.text for k in choose(a)[1]][:1]


def test_a_courtesy_title_needs_the_gender_the_text_tells():
    # In doubt, no merging: « Camille » is a first name of both genders, and
    # the text tells none; « M. Laurent » stays himself.
    a = _analysis(
        "Une entreprise lyonnaise recrute\n\n"
        "Camille Laurent dirige une entreprise de logistique installée à Lyon depuis 2019.\n"
        "« Nous allons recruter 50 personnes cette année », a annoncé M. Laurent mardi.\n")
    assert a.entity("Camille Laurent").forms == ["Camille Laurent"]
    # A woman the text says is one (« une chercheuse », « récompensée ») is « Mme Curie ».
    a = _analysis(
        "Une chercheuse récompensée à Lyon\n\n"
        "Marie Curie, physicienne au CNRS, a été récompensée mardi à Lyon pour ses travaux sur le radium.\n"
        "« C'est une grande joie pour toute l'équipe », a déclaré Mme Curie lors de la cérémonie.\n")
    assert a.entity("Marie Curie").count == 2


def test_a_time_word_after_du_is_part_of_the_name():
    # CB-W1 (p16): « Journal du dimanche » became the keyword « Journal du ».
    from seoarticle import facts as fx
    from seoarticle.keyphrase import choose
    from seoarticle.nlp import get_nlp

    text = ("Le ministre de l'Intérieur annonce 3 000 policiers supplémentaires dans les transports\n\n"
            "Le ministre de l'Intérieur a annoncé 3 000 policiers supplémentaires dans les transports en commun "
            "d'ici à 2027, dans un entretien au Journal du dimanche.\n"
            "Ces agents seront déployés en priorité à Paris, Lyon et Marseille.\n"
            "Le syndicat Alliance salue « un premier pas ».\n"
            "Le coût de la mesure est estimé à 150 millions d'euros par an, selon le Journal du dimanche.\n")
    a = _analysis(text)
    assert a.entity("Journal du") is None
    texts = [k.text for k in choose(a)[1]]
    assert "Journal du" not in texts and "Journal du dimanche" in texts
    line = "Le coût est estimé à 150 millions d'euros par an, selon le Journal du dimanche."
    assert "Journal du" not in fx.extract(line, [get_nlp()(line)]).entities.values()


def test_a_company_rubric_after_a_dative_a_stays_the_focus():
    # CB-W2 (p15): « ont vendu leur lait à Valcor » read as a place: the
    # focus went from the company (« Le groupe agroalimentaire Valcor ») to
    # « bénéfice net ».
    from seoarticle.keyphrase import choose

    a = _analysis(
        "Valcor : le bénéfice net recule de 18 % en 2025 malgré la hausse des ventes\n\n"
        "Le groupe agroalimentaire Valcor a publié jeudi un bénéfice net de 212 millions d'euros pour 2025, "
        "en recul de 18 %.\nSon chiffre d'affaires a pourtant progressé de 4 % à 5,3 milliards d'euros.\n"
        "La hausse du prix du lait a pesé sur les marges, selon la direction de Valcor.\n"
        "Les coopératives laitières ont vendu leur lait à Valcor à un prix record.\n"
        "L'action Valcor a perdu 6 % à la Bourse de Paris.\n")
    assert choose(a)[0].text == "Valcor"
