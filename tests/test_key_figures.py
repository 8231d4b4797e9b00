"""The key figures: each line a statement of the input that says what its
figure is about, never a bare nominal group, never its label twice at once."""

from __future__ import annotations

from seoarticle.text import normalize


def _figure_lines(md: str) -> list[str]:
    section = md.split("## Les chiffres clés", 1)
    if len(section) < 2:
        return []
    body = section[1].split("\n## ", 1)[0]
    return [line for line in body.splitlines() if line.startswith("- ")]


def _sentence(text: str, start: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return next(s for s in analyse(read(text)).sentences if s.text.startswith(start))


def test_a_figure_line_is_a_statement_not_a_nominal_group(results):
    """« **11,9 %** du PIB en 2009. », « **8 boucles** de 5 km. », « **28
    programmes** différents de 2021 à 2023. » were lines with neither subject
    nor verb: every line is now « **figure** : statement »."""
    for name, (text, res) in results.items():
        for line in _figure_lines(normalize(res.markdown)):
            assert "** : " in line, (name, line)
    text, res = results["007.txt"]
    assert "**11,9 %** du PIB" not in res.markdown and "**21 %** de la population" not in res.markdown


def test_a_long_sentence_gives_its_start_up_to_the_figure(results):
    """005's 66-word sentence has no shorter form: its start, up to the
    figure's group, is a statement; the adjuncts after the comma go."""
    text, res = results["005.txt"]
    lines = _figure_lines(normalize(res.markdown))
    assert ("- **40 km** : les 55 qualifiés se sont présentés sur la ligne de départ pour une course proposant un "
            "départ sur la plage de Fort Copacabana et une épreuve d'un parcours vélo de 40 km en 8 boucles de 5 km."
            ) in lines, lines


def test_a_start_never_drops_a_complement_run_on_nor_the_source():
    from seoarticle.engines.offline import _figure_prefix

    # « dans le cas de l'Espagne » (no comma before it) tells whose six billions.
    s = _sentence("Les sanctions prises peuvent alors atteindre 0,2 % du PIB du pays en question, voire 0,5 % en cas "
                  "de récidive, représentant par exemple au maximum plus de six milliards d'euros dans le cas de "
                  "l'Espagne.", "Les sanctions")
    assert _figure_prefix(s, s.text.index("six")) is None
    # « , selon le SIE » is the source of the statement.
    s = _sentence("Poutine et son homologue biélorusse Loukachenko doivent se rencontrer mercredi pour des discussions "
                  "bilatérales privées, qui « aborderont la mise en œuvre du traité sur l'État de l'Union » à travers "
                  "28 programmes différents de 2021 à 2023, selon le SIE.", "Poutine")
    assert _figure_prefix(s, s.text.index("28")) is None
    # « de 11,9 % du PIB en 2009 [à 5,1 % en 2015, et 10,2 % à 4,4 %] »: one end of a range.
    s = _sentence("Depuis l'éclatement de la crise de la dette en zone euro, l'Espagne et le Portugal ont adopté "
                  "plusieurs plans d'austérité budgétaire, qui ont conduit les déficits publics à se réduire "
                  "respectivement de 11,9 % du PIB en 2009 à 5,1 % en 2015, et 10,2 % à 4,4 %.", "Depuis")
    assert _figure_prefix(s, s.text.index("11,9")) is None and _figure_prefix(s, s.text.index("5,1")) is None


def test_a_line_never_says_its_label_twice_at_once(results):
    """005: « **plus d'une minute et vingt secondes** : avec plus d'une minute
    et vingt secondes, le groupe de tête … »: the adjunct that is the figure
    goes to the end of its statement."""
    from seoarticle.engines.offline import _figure_last

    text, res = results["005.txt"]
    lines = _figure_lines(normalize(res.markdown))
    assert ("- **plus d'une minute et vingt secondes** : le groupe de tête démarre la course à pied, a l'issue de la "
            "seconde transition, avec plus d'une minute et vingt secondes.") in lines, lines
    for name, (text, res) in results.items():
        for line in _figure_lines(normalize(res.markdown)):
            label, _, statement = line[4:].partition("** : ")
            assert not statement.lower().startswith(("avec " + label.lower(), "à " + label.lower())), (name, line)
    assert _figure_last("Avec 33 % des voix, la CDU arrive en tête des élections.", "33 % des voix") == (
        "La CDU arrive en tête des élections avec 33 % des voix.")
    # Another adjunct, or the figure inside a longer one, stays where it is.
    assert _figure_last("Le 22 avril, Cassini survolera la lune Titan.", "22 avril") == (
        "Le 22 avril, Cassini survolera la lune Titan.")
