"""Review 16: entities (the facts check, persons named twice) and keyphrases."""

from __future__ import annotations

from pathlib import Path

from seoarticle import facts as fx
from seoarticle.checks import run_checks, source_facts_of
from seoarticle.nlp import get_nlp

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_question_word_opening_a_heading_is_no_name():
    # B-W17: the model tags « Combien » opening a question; the facts check
    # then reported it as a name missing from the source.
    nlp = get_nlp()
    line = "Combien de mètres la Loire a-t-elle atteints ?"
    found = fx.extract(line, [nlp(line)])
    assert "Loire" in found.entities.values()
    assert "Combien" not in found.entities.values()


def test_the_crue_article_invents_no_name():
    source = (FIXTURES / "review16b_t06_crue.txt").read_text(encoding="utf-8")
    md = ("---\ntitle: Crue de la Loire\n---\n\n# Crue de la Loire\n\n"
          "La Loire a atteint 6,12 mètres à l'échelle du pont Royal d'Orléans.\n\n"
          "## Questions-réponses\n\n### Combien de mètres la Loire a-t-elle atteints ?\n\n6,12 mètres.\n")
    report = run_checks(md, source=source, source_facts=source_facts_of(source))
    check = next(c for c in report.checks if c.id == "facts_named_entities")
    assert check.items["absent_from_source"] == []


def _analysis(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read(text))


def test_a_rank_and_the_surname_is_the_person_named_in_full():
    # A-W18: « le capitaine Laurent Mathieu », then « le capitaine Mathieu »:
    # one person (the FAQ asked « Qui est Laurent Mathieu ? » and « Que sait-on
    # du capitaine Mathieu ? », the keywords had « capitaine Mathieu »).
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16a_t06_secours.txt").read_text(encoding="utf-8"))
    e = a.entity("Laurent Mathieu")
    assert e.count == 2 and "Mathieu" in e.forms
    _, secondary = choose(a)
    texts = [k.text for k in secondary]
    assert "capitaine Mathieu" not in texts and "Laurent Mathieu" in texts


def test_a_title_and_the_surname_in_keywords_is_the_full_name():
    # « M. Santoso » (B, t03) as a keyword: readers search « Arief Santoso ».
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16b_t03_visite.txt").read_text(encoding="utf-8"))
    texts = [k.text for k in choose(a)[1]]
    assert "M. Santoso" not in texts and "Arief Santoso" in texts


def test_a_surname_two_persons_share_joins_neither():
    text = ("Sauvetage en mer\n\nLe capitaine Paul Morel et le lieutenant Anne Morel ont dirigé les secours au large "
            "de Brest, selon la préfecture maritime.\n\n« La mer était forte », a expliqué le capitaine Morel.\n")
    a = _analysis(text)
    assert a.entity("Paul Morel").forms == ["Paul Morel"] and a.entity("Anne Morel").forms == ["Anne Morel"]


def test_a_capital_title_and_the_surname_is_the_person_named_in_full():
    # « M. Kerbrat » (tagged with its title) is Yves Kerbrat, not a second person.
    text = ("Relaxe en appel\n\nLa cour d'appel de Rennes a relaxé jeudi l'ancien maire de Saint-Malo, Yves Kerbrat, "
            "qui avait été condamné en première instance.\n\nSelon l'arrêt, il n'est pas établi que M. Kerbrat ait "
            "participé à la commission d'appel d'offres qui a retenu l'entreprise.\n")
    a = _analysis(text)
    assert [e.name for e in a.entities if e.label == "PER"] == ["Yves Kerbrat"]
    assert a.entity("Yves Kerbrat").count == 2


def test_a_rank_the_model_takes_into_the_name_is_dropped():
    # The model tags « capitaine Morel » whole: the person is « Morel », and
    # the name given in full elsewhere (one person of that name) is the entity's.
    text = ("Sauvetage en mer\n\nLe capitaine Paul Morel a dirigé les secours au large de Brest, selon la "
            "préfecture maritime.\n\n« La mer était forte », a expliqué le capitaine Morel.\n")
    e = _analysis(text).entity("Paul Morel")
    assert e is not None and e.count == 2 and "Morel" in e.forms


def test_a_surname_alone_two_persons_share_joins_neither():
    text = ("Triathlon\n\nAlistair Brownlee et Jonathan Brownlee ont pris la tête de la course à Rio.\n\n"
            "Selon Brownlee, la course était parfaite.\n")
    a = _analysis(text)
    assert a.entity("Alistair Brownlee").count == 1 and a.entity("Jonathan Brownlee").count == 1


def test_the_office_de_la_republique_is_no_place():
    # B-W13: « le procureur de la République de Rouen » gave the entity
    # « République de Rouen » (a keyword); the place is Rouen.
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16b_t04_saisie.txt").read_text(encoding="utf-8"))
    assert not any(e.name.startswith("République") for e in a.entities)
    assert a.entity("Rouen").count == 2
    texts = [k.text for k in choose(a)[1]]
    assert "République de Rouen" not in texts


def test_persons_counted_by_their_country_are_no_keyword():
    # B-W13: « deux Néerlandais, un Albanais » gave the keyword « Néerlandais ».
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16b_t04_saisie.txt").read_text(encoding="utf-8"))
    assert "Néerlandais" not in [k.text for k in choose(a)[1]]


def test_two_names_the_text_never_lists_together_are_no_keyword():
    # B-W17: « Orléans et Saint-Marceau » (« les quartiers de Saint-Marceau, à
    # Orléans »): two names sharing sentences, no phrase of the text.
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16b_t06_crue.txt").read_text(encoding="utf-8"))
    texts = [k.text for k in choose(a)[1]]
    assert "Orléans et Saint-Marceau" not in texts and "Saint-Marceau et Orléans" not in texts


def test_a_weekday_after_a_name_is_no_part_of_it():
    # B-W17: « placé en vigilance rouge crues par Vigicrues samedi soir » gave
    # the entity and keyword « Vigicrues samedi ».
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16b_t06_crue.txt").read_text(encoding="utf-8"))
    assert a.entity("Vigicrues samedi") is None and a.entity("Vigicrues").count == 2
    assert "Vigicrues samedi" not in [k.text for k in choose(a)[1]]
    nlp = get_nlp()
    line = "Le département du Loiret a été placé en vigilance rouge crues par Vigicrues samedi soir."
    assert "Vigicrues samedi" not in fx.extract(line, [nlp(line)]).entities.values()


def test_the_headline_subject_named_again_is_the_focus():
    # B-W1: « Valmeyre annonce la suppression de 412 postes … »: the focus was
    # « salariés de Vénissieux » (86 employees of a second site), which the
    # headline does not say; the story is Valmeyre's.
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16b_t01_pse.txt").read_text(encoding="utf-8"))
    assert choose(a)[0].text == "Valmeyre"


def test_a_headline_subject_the_text_gives_an_article_is_not_taken():
    # « Nexa dévoile … », then « le Nexa Fold »: the headings would write
    # « L'essentiel sur le Nexa »; the focus stays as it was.
    from seoarticle.keyphrase import choose

    text = (FIXTURES / "review16b_t01_pse.txt").read_text(encoding="utf-8")
    text = text.replace("L’équipementier automobile Valmeyre", "L’équipementier automobile, le Valmeyre Group,", 1)
    assert choose(_analysis(text))[0].text != "Valmeyre"


def test_a_place_rubric_gives_way_to_the_headline_group():
    # A-W5: « Cantal : quatorze fermetures de classes annoncées, … »: the focus
    # was « Cantal » (« L'essentiel sur le Cantal »), where; the news is the
    # closures. (A company's rubric, « Valcor : le bénéfice net recule », stays.)
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16a_t02_rentree.txt").read_text(encoding="utf-8"))
    assert choose(a)[0].text == "fermetures de classes"
    valcor = ("Valcor : le bénéfice net recule de 12 %\n\nLe groupe agroalimentaire Valcor a publié mardi un bénéfice net "
              "en recul de 12 %, à 48 millions d'euros. Valcor invoque la hausse du prix du cacao.\n\n"
              "Le chiffre d'affaires de Valcor progresse pourtant de 3 %.\n")
    assert choose(_analysis(valcor))[0].text == "Valcor"


def test_the_kind_after_a_noun_and_a_is_no_keyphrase():
    # A-W5: « des fromages à pâte molle Bergerie du Vercors rappelés »: the
    # focus was « pâte molle » (« L'essentiel sur la pâte molle »), the kind
    # of the cheeses, not what the news is about.
    from seoarticle.keyphrase import choose

    a = _analysis((FIXTURES / "review16a_t01_rappel.txt").read_text(encoding="utf-8"))
    focus, secondary = choose(a)
    assert "pâte molle" not in [focus.text] + [k.text for k in secondary]
    assert focus.text == "Bergerie du Vercors"
