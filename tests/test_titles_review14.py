"""Titles and intertitres: the rev14 review's findings (session 13), on the
reviewer's French sentences."""

from conftest import first_sentence as _first_sentence


def _groups(text: str) -> list[str]:
    from seoarticle.outline import _heading_windows

    return [g[2].lower() for g in _heading_windows(_first_sentence(text))]


def test_a_heading_never_stops_before_a_coordinated_complement_of_its_last_noun():
    """rev14 t01: H2 « Le directeur du service départemental d’incendie »
    (« … et de secours » cut)."""
    groups = _groups("« Ils ont tenté de franchir un gué submergé, malgré les barrières », a expliqué le colonel Éric "
                     "Fabre, directeur du service départemental d’incendie et de secours.")
    assert not any(g.endswith("incendie") for g in groups), groups
    # Two coordinated groups, each whole, stay.
    groups = _groups("Les services de transport en commun et des liaisons ferroviaires dans les grandes villes de la "
                     "côte est sont suspendus.")
    assert "les services de transport en commun" in groups, groups


def test_a_heading_never_stops_before_the_complement_of_a_locution():
    """rev14 t07: H2 « Christophe Mugnier et la mise en place » (« … d’une
    cellule de reclassement » cut)."""
    groups = _groups("La préfecture de la Haute-Savoie a annoncé la mise en place d’une cellule de reclassement.")
    assert "la mise en place" not in groups, groups
    assert "la préfecture de la haute-savoie" in groups, groups


def test_a_prepositional_locution_and_tels_que_are_no_heading():
    """« à l'exception du quintuple champion du monde » gave a heading
    « L’exception du quintuple champion du monde »; « des exercices
    militaires réguliers tels que … », « Les exercices militaires réguliers tels »."""
    groups = _groups("Les meilleurs mondiaux ont pris le départ à l'exception du quintuple champion du monde.")
    assert not any(g.startswith("l'exception") for g in groups), groups
    groups = _groups("Les deux pays organisent des exercices militaires réguliers tels que des manœuvres navales.")
    assert not any(g.endswith("tels") for g in groups), groups
