"""Code review cr17a: description, headings, titles, slugs and keyphrase
counting (F2, F3, G1, M1, W1, W2, W4 and two older defects)."""

from __future__ import annotations

from seoarticle import outline
from seoarticle.analysis import analyse
from seoarticle.reader import read


def _analyse(text: str):
    return analyse(read(text))


def test_no_relative_cut_under_a_negation():
    # F2: « n'était pas une décision budgétaire qui viserait les petits
    # hôpitaux bretons » lost its relative: the minister denied a budget
    # decision at all.
    a = _analyse("Maternité de Guingamp : le ministre défend la fermeture\n\n"
                 "Le ministre de la Santé a assuré mardi devant les élus des Côtes-d'Armor que la fermeture "
                 "de la maternité de Guingamp n'était pas une décision budgétaire qui viserait les petits "
                 "hôpitaux bretons.\n")
    assert outline._without_final_relative(a.sentences[0]) == []
    a = _analyse("Un ministre dément\n\nLe ministre dément une décision budgétaire qui viserait les petits hôpitaux bretons.\n")
    assert outline._without_final_relative(a.sentences[0]) == []
    # Affirmative, the cut stays.
    a = _analyse("Cyberattaque\n\nL'hôpital de Cannes a été victime d'une cyberattaque par rançongiciel "
                 "qui paralyse une grande partie de ses services.\n")
    assert outline._without_final_relative(a.sentences[0]) == [
        "L'hôpital de Cannes a été victime d'une cyberattaque par rançongiciel."]


_PONTIVY = """Marchés publics : l'{ex}maire de Pontivy condamné à deux ans de prison avec sursis

Le tribunal correctionnel de Lorient a condamné mardi Jean Le Floch, {ex}maire de Pontivy, à deux ans de prison avec sursis pour favoritisme. L'{ex}maire de Pontivy devra aussi payer une amende de 30 000 euros.

L'{ex}maire de Pontivy avait attribué en 2019 un marché de voirie de 2 millions d'euros à une entreprise dirigée par un ami. Son ancienne directrice générale des services, Marie Kerbrat, a été relaxée.

La maire actuelle de Pontivy, Anne Riou, s'est constituée partie civile au nom de la commune. « Justice est rendue aux habitants », a réagi la maire de Pontivy à la sortie de l'audience.

Le futur directeur de l'agence régionale, Paul Derrien, a été entendu comme témoin. L'avocat de l'{ex}maire de Pontivy a annoncé qu'il ferait appel.
"""


def test_former_mayor_sentences_do_not_count_for_the_mayor():
    # F3: five « ancien maire de Pontivy » (or « ex-maire ») counted as
    # mentions of « maire de Pontivy », the sitting mayor named once: the
    # former mayor's figures were filed under « la maire de Pontivy ».
    from seoarticle import keyphrase as kp
    for ex in ("ancien ", "ex-"):
        a = _analyse(_PONTIVY.replace("{ex}", ex))
        focus, others = kp.choose(a)
        assert focus.text == ex + "maire de Pontivy"
    assert kp._near_count([kp.text_stems("L'ancien maire de Pontivy devra payer")], ("mair", "pontivy")) == 0
    assert kp._near_count([kp.text_stems("L'ex-maire de Pontivy devra payer")], ("mair", "pontivy")) == 0
    assert kp._near_count([kp.text_stems("La maire de Pontivy a réagi")], ("mair", "pontivy")) == 1


def test_no_heading_joins_a_person_and_the_title_given_her():
    # « Anne Riou et la maire de Pontivy »: the text writes « La maire
    # actuelle de Pontivy, Anne Riou »; one person, not two.
    a = _analyse(_PONTIVY.replace("{ex}", "ancien "))
    assert outline._in_apposition("Anne Riou", "la maire de Pontivy", a)
    assert outline._in_apposition("Jean Le Floch", "l'ancien maire de Pontivy", a)
    assert not outline._in_apposition("Marie Kerbrat", "la maire de Pontivy", a)
    s = [x for x in a.sentences if "Anne Riou" in x.text or "sortie" in x.text]
    heading = outline.heading_for(s, a, set())
    assert "Anne Riou et la maire" not in heading


def _markdown(text: str) -> str:
    from seoarticle import rewrite
    from seoarticle.reader import load
    return rewrite(load(text.encode(), "t.txt")).markdown


def _front(md: str, field: str) -> str:
    for line in md.splitlines():
        if line.startswith(field + ":"):
            return line.split(":", 1)[1].strip().strip("'")
    return ""


_OREAL = (
    "L'Oréal rachète la marque coréenne Dr.G pour 1,5 milliard d'euros\n\n"
    "Le groupe L'Oréal a annoncé lundi le rachat de la marque coréenne de soins de la peau Dr.G pour "
    "1,5 milliard d'euros. L'opération doit être finalisée au premier semestre 2025.\n\n"
    "Dr.G, fondée en 2003 à Séoul, vend des crèmes et des soins de la peau en Asie. La marque a réalisé "
    "un chiffre d'affaires de 250 millions d'euros en 2023, selon le directeur général de L'Oréal.\n\n"
    "Les soins de la peau représentent un tiers des ventes du groupe. Les soins de la peau coréens "
    "séduisent de plus en plus de clients en Europe.\n")


def test_the_capital_of_a_name_opening_on_l_stays_after_a_colon():
    # G1: « Soins de la peau : l’Oréal rachète … »: the text writes « Le
    # groupe L'Oréal »: the capital « L' » is the name's.
    a = _analyse(_OREAL)
    assert outline._elision_of_a_name(a, "L'Oréal rachète la marque")
    assert not outline._elision_of_a_name(a, "L'opération doit être finalisée")
    title = _front(_markdown(_OREAL), "title")
    assert "l’Oréal" not in title and "l'Oréal" not in title


def _sentence(text: str):
    return _analyse("Titre\n\n" + text).sentences[0]


def _heading_texts(text: str) -> list[str]:
    return [t for _, _, t, _, _ in outline._heading_windows(_sentence(text))]


def test_a_second_clause_with_its_own_subject_is_not_the_first_subject_s_negation():
    # W1: « La région Occitanie a affrété 40 cars …, et les abonnés ne
    # seront pas remboursés »: the région acted; the abonnés are not refunded.
    assert "La préfecture du Var" in _heading_texts(
        "La préfecture du Var a ordonné l'évacuation de 300 habitants, et les résidents ne pourront pas "
        "rentrer avant lundi.")
    assert "La région Occitanie" in _heading_texts(
        "La région Occitanie a affrété 40 cars de remplacement, et les abonnés ne seront pas remboursés.")
    # The subject's own second verb negated still refuses it.
    assert "Le ministère de l'Enseignement supérieur" not in _heading_texts(
        "Le ministère de l'Enseignement supérieur a été informé et n'a pas souhaité commenter.")


_VAR = """Incendie dans le Var : 3 000 hectares brûlés près de Vidauban

Un incendie a brûlé 3 000 hectares de forêt près de Vidauban depuis mardi, selon les pompiers du Var. Le feu n'était toujours pas fixé mercredi soir.

La préfecture du Var a ordonné l'évacuation de 300 habitants du hameau des Blaïs, et les résidents ne pourront pas rentrer chez eux avant lundi. La préfecture du Var a aussi fermé l'autoroute A8 entre Le Luc et Brignoles.

Le Service départemental d'incendie et de secours a engagé 800 pompiers, mais les renforts venus d'Italie n'ont pas pu intervenir à cause du vent. Météo-France prévoit un mistral à 90 km/h jeudi, et les canadairs ne pourront pas décoller.

Le procureur de Draguignan a ouvert une enquête pour destruction involontaire. Aucune piste n'est écartée, a-t-il indiqué.
"""


def test_a_part_that_never_names_the_keyphrase_is_not_headed_by_it():
    # M1: « ## La préfecture du Var » over the firefighters' paragraph, which
    # never names it: the denied subject (« les renforts venus d'Italie
    # n'ont pas pu intervenir ») is what the part tells of.
    md = _markdown(_VAR)
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert "## Les renforts venus d’Italie" in headings
    assert headings.count("## La préfecture du Var") <= 1


_NANTES = """Saint-Nazaire : le chantier du nouveau pont retardé d'un an

Le chantier du nouveau pont de Saint-Nazaire prendra un an de retard, a annoncé jeudi le conseil départemental de Loire-Atlantique. La livraison est repoussée à 2027, pour un coût qui pourrait atteindre 90 millions d'euros.

Les travaux du pont de Cheviré, à Nantes, doivent commencer en 2027 et paralyser la circulation pendant six mois. Le conseil départemental de Loire-Atlantique a voté une enveloppe de 12 millions d'euros.

Selon le conseil départemental, le retard est dû à une découverte archéologique qui a imposé des fouilles préventives sur une partie du site d'une surface de 3 hectares.

Le département a signé un contrat avec une entreprise de travaux publics qui prévoyait des pénalités de retard de 10 000 euros par jour.
"""


def test_a_future_year_is_no_background():
    # W2: « doivent commencer en 2027 » is a plan, news: its places are no
    # other story's.
    a = _analyse(_NANTES)
    assert outline._places_aside(a) == ()
    assert outline._in_the_past(_sentence("En 2019, le pont de Cheviré, à Nantes, a été fermé six mois."))
    assert not outline._in_the_past(_sentence("Le projet était important pour Nantes."))
    assert outline._in_the_past(_sentence("En 2023, le centre hospitalier de Brest avait subi une attaque."))


def test_a_slug_ends_on_no_count_taken_for_a_year():
    # W4: « 1500 » counts jobs: no « …-mulhouse-1500 ».
    from seoarticle.text import slugify
    assert not slugify("Stellantis va supprimer dans ses usines de Sochaux et Mulhouse 1500 emplois "
                       "cette annee").endswith("-1500")
    assert slugify("Stellantis va supprimer dans ses usines de Sochaux et Mulhouse en 2025 des emplois "
                   "cette annee").endswith("-en-2025")


def test_a_slug_keeps_the_minus_sign():
    # « jusqu'à - 8 °C » gave « …-jusqu-a-8-… »: +8.
    from seoarticle.text import slugify
    assert slugify("jusqu’à −8 °C") == "jusqu-a-moins-8-c"
    md = _markdown("Vague de froid : jusqu'à - 8 °C attendus dans le Doubs jeudi\n\n"
                   "Météo-France a placé mercredi le département du Doubs en vigilance orange pour grand froid. "
                   "Les températures descendront jusqu'à - 8 °C jeudi matin à Pontarlier.\n")
    slug = _front(md, "slug")
    assert "moins-8" in slug and "-a-8" not in slug


def test_a_title_cut_keeps_a_suspended_sentence_suspended():
    # Old defect (p07): « L’ancien maire de Pontivy condamné à deux ans de
    # prison » for « … à deux ans de prison avec sursis »: the cut is refused.
    assert outline._drops_a_bound("l'ancien maire de Pontivy condamné à deux ans de prison", " avec sursis")
    assert outline._drops_a_bound("condamné à dix ans de réclusion criminelle", ", dont cinq ferme")
    assert not outline._drops_a_bound("condamné à deux ans de prison", " pour favoritisme")
    title = _front(_markdown(_PONTIVY.replace("{ex}", "ancien ")), "title")
    assert not (title.endswith("prison") or "prison " in title and "sursis" not in title)
