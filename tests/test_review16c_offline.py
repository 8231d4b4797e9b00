"""Review 16, code review round 3: a one-word person's name (a surname) in
the quotations box and the FAQ, and the offices that name a person
(engines/offline), on the code reviewer's probe texts."""

from __future__ import annotations

from types import SimpleNamespace

# CB probe p17: a doctor and one of his patients share a surname.
DOCTOR = (
    "Un médecin de Rennes condamné pour avoir prescrit des arrêts de travail de complaisance\n\n"
    "Le tribunal correctionnel de Rennes a condamné jeudi le docteur Martin, médecin généraliste, à deux ans de "
    "prison avec sursis.\n"
    "Il avait prescrit plus de 400 arrêts de travail de complaisance entre 2021 et 2023.\n"
    "Un de ses patients, Kevin Martin, a été condamné à 3 000 euros d'amende pour avoir revendu des ordonnances.\n"
    "« Je regrette profondément », a déclaré le docteur Martin à l'audience.\n"
    "La caisse primaire d'assurance maladie estime son préjudice à 250 000 euros.\n")

# CB probe p32: a mayor and his son, a fire officer.
FIRE = (
    "Incendie d'une ferme à Plouescat : le maire salue l'intervention des pompiers\n\n"
    "Un incendie a détruit un hangar agricole de 800 mètres carrés dans la nuit de samedi à dimanche à Plouescat, "
    "dans le Finistère.\n"
    "Le maire de la commune, Jean Morel, s'est rendu sur place dès 3 heures du matin.\n"
    "Son fils, le lieutenant Morel, commandait les 45 pompiers mobilisés.\n"
    "« Le feu était impossible à contenir sans les moyens aériens », a expliqué le lieutenant Morel.\n"
    "« Je suis fier de nos pompiers », a déclaré Jean Morel.\n"
    "Aucun animal n'a péri.\n")

# CB probe p29: a rubric naming a bishop by his see.
BISHOP = (
    "Évêque de Bayonne : une enquête ouverte pour harcèlement moral après la plainte de trois prêtres\n\n"
    "Le parquet de Bayonne a ouvert une enquête pour harcèlement moral visant l'évêque de Bayonne, Mgr Marc Aillet.\n"
    "Trois prêtres du diocèse avaient déposé plainte en octobre.\n"
    "L'évêque conteste les faits, selon son entourage.\n"
    "La ville de Bayonne compte 52 000 habitants.\n")


def _analysis(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read(text))


def test_a_surname_alone_is_quoted_with_the_title_the_text_gives_it():
    # Was « **Martin** : « Je regrette profondément » », under « Ce qu'a
    # déclaré Martin »: a reader takes Martin for Kevin Martin.
    from seoarticle.engines.offline import quotations

    items, speakers = quotations(_analysis(DOCTOR))
    assert items == ["**Le docteur Martin** : « Je regrette profondément »"]
    assert speakers == ["le docteur Martin"]


def test_the_lieutenant_is_quoted_as_such_beside_his_father():
    # Was « Ce qu'ont déclaré Morel et Jean Morel » / « **Morel** : … ».
    from seoarticle.engines.offline import quotations

    items, speakers = quotations(_analysis(FIRE))
    assert speakers == ["le lieutenant Morel", "Jean Morel"]
    assert items[0] == "**Le lieutenant Morel** : « Le feu était impossible à contenir sans les moyens aériens »"


def test_a_surname_with_no_title_and_a_namesake_is_left_out_of_the_box():
    from seoarticle.engines.offline import _namesake, _titled

    a = _analysis(DOCTOR)
    martin = next(e for e in a.entities if e.name == "Martin")
    assert _namesake(martin, a)
    assert _titled(martin, a) == "le docteur Martin"
    # The same person were the text to give him no title: no form to show.
    bare = SimpleNamespace(name="Martin", sentences=[4], label="PER")
    assert _titled(bare, a) is None


def test_a_titled_surname_is_asked_who_he_is_with_his_title():
    # Was « Qu'est-ce que Martin ? » / « Martin est un médecin généraliste. »
    from seoarticle.engines.offline import _Derived, faq

    a = _analysis(DOCTOR)
    plan = SimpleNamespace(focus=SimpleNamespace(text="arrêts de travail"), secondary=[])
    qa = faq(a, plan, _Derived(a))
    questions = [q for q, _ in qa]
    assert not any(q.startswith("Qu'est-ce") and "Martin" in q for q in questions)
    assert ("Qui est le docteur Martin ?", "Le docteur Martin est médecin généraliste.") in qa


def test_religious_and_civic_offices_name_a_person():
    from seoarticle.engines.offline import _names_a_person

    for role in ("l'évêque de Bayonne", "l'imam de Bagnols-sur-Cèze", "le rabbin", "le curé de la paroisse",
                 "le bâtonnier de Paris", "le bourgmestre de Liège", "l'archevêque"):
        assert _names_a_person(role), role
    assert not _names_a_person("le centre hospitalier")


def test_a_bishops_rubric_keeps_its_person():
    # outline's rubric rule reads _names_a_person: « Évêque de Bayonne : … »
    # is no « Bayonne : … » (the bishop, not the town, is under inquiry).
    from seoarticle.outline import _rubric_place

    assert _rubric_place(_analysis(BISHOP), "Évêque de Bayonne") == ("", 0)


def test_a_title_is_no_answer_to_who_he_is():
    # « Qui est le lieutenant Morel ? » / « Le lieutenant Morel est le lieutenant. »: not asked.
    from seoarticle.engines.offline import _Derived, faq

    a = _analysis(FIRE)
    plan = SimpleNamespace(focus=SimpleNamespace(text="Jean Morel"), secondary=[])
    qa = dict(faq(a, plan, _Derived(a)))
    assert "Qui est le lieutenant Morel ?" not in qa
    assert "Qui est Morel ?" not in qa and "Qu'est-ce que Morel ?" not in qa
