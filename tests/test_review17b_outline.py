"""Descriptions, slugs and keyphrases: review 17's items left by round 1,
on the reviewers' French texts."""

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class _Focus:
    def __init__(self, text: str):
        self.text = text


def _analysis_of(path: Path):
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare
    from seoarticle.model import Options
    from seoarticle.reader import load

    return analyse(prepare(load(path.read_bytes(), path.name), Options()))


def test_a_slug_keeps_a_word_elided_with_a_curly_apostrophe_whole():
    """make_slug(« jusqu’au ») split the word at the curly apostrophe and
    kept « jusqu » alone."""
    from seoarticle.outline import make_slug

    assert make_slug("Grève jusqu’au week-end", _Focus("grève")) == "greve-jusqu-au-week-end"
    assert make_slug("Grève jusqu’au week-end", _Focus("grève")) == make_slug("Grève jusqu'au week-end",
                                                                              _Focus("grève"))
    assert make_slug("L’État n’ira pas en appel", _Focus("pollution")) == "pollution-etat-ira-pas-appel"


def test_no_description_of_a_state_the_next_sentence_changes():
    """A-M5: « Bernard Lacombe, qui ne s'était pas représenté en 2020,
    envisageait de se présenter aux élections municipales de mars 2026. »,
    taken up by « Ce projet est désormais compromis … », was the
    description: alone, a plan still on course. The description cut short
    never drops « avec sursis » from the sentence."""
    from seoarticle import keyphrase, outline

    analysis = _analysis_of(FIXTURES / "review17a_t01_maire_favoritisme.txt")
    focus, _ = keyphrase.choose(analysis, None)
    description = outline.make_description(analysis, focus)
    assert "envisageait" not in description, description
    assert "emprisonnement" not in description or "emprisonnement avec sursis" in description, description


def test_a_secondary_keyword_does_not_stop_before_the_adjective_of_its_complement():
    """A-keyphrase: « grèves du contrôle » was cut from « les grèves du
    contrôle aérien français » (and « la grève du contrôle aérien »)."""
    from seoarticle import keyphrase

    _, others = keyphrase.choose(_analysis_of(FIXTURES / "review17a_t03_greve_controleurs.txt"), None)
    texts = [k.text for k in others]
    assert "grèves du contrôle" not in texts, texts
    assert any(t.startswith("grève") and t.endswith("contrôle aérien") for t in texts), texts


def test_a_keyphrase_report_counts_whole_sentences():
    """« chosen from the text: in 5.5 sentences … » printed a score as a
    count: whole sentences, and the words apart said apart."""
    from seoarticle import keyphrase

    for name in ("review17b_t04_amf.txt", "review17b_t06_classement.txt"):
        focus, others = keyphrase.choose(_analysis_of(FIXTURES / name), None)
        for k in [focus, *others]:
            assert ".5 sentence" not in k.how, (name, k.how)
            assert ".5" not in k.how, (name, k.how)


def test_the_ancien_maire_keeps_ancien_in_the_keywords():
    """r17a_t01: no secondary keyword « maire de Sauveterre » without
    « ancien » (he is the former mayor)."""
    from seoarticle import keyphrase

    focus, others = keyphrase.choose(_analysis_of(FIXTURES / "review17a_t01_maire_favoritisme.txt"), None)
    for k in [focus, *others]:
        assert "maire" not in k.text.lower() or "ancien maire" in k.text.lower(), k.text


def _title_of(path: Path) -> str:
    from seoarticle import keyphrase, outline

    analysis = _analysis_of(path)
    focus, secondary = keyphrase.choose(analysis, None)
    return outline.make_plan(analysis, focus, secondary).title


def test_a_title_keeps_the_event_the_rubric_names_at_the_keyphrase():
    """A-W13, B-W12: « Cyberattaque au centre hospitalier de Saint-Brieuc :
    une rançon … » gave « Centre hospitalier : une rançon de 2 millions de
    dollars réclamée » (no cyberattack, no Saint-Brieuc); « Incendie dans une
    usine chimique classée Seveso près de Rouen : les riverains confinés »
    gave « Usine chimique : les riverains confinés » (no fire)."""
    title = _title_of(FIXTURES / "review17a_t04_cyberattaque_hopital.txt")
    assert "Cyberattaque" in title and "Saint-Brieuc" in title and "centre hospitalier" in title, title
    title = _title_of(FIXTURES / "review17b_t03_seveso.txt")
    assert title.startswith("Incendie") and "usine chimique" in title, title


def test_a_rubric_naming_the_keyphrase_own_event_still_gives_way_to_the_news():
    """Controls: where the keyphrase is the event's own (« Visite du
    président indonésien à Paris », « Procès de l'incendie … »), the part
    after the rubric tells the news: the keyphrase as rubric before it."""
    from seoarticle.outline import _event_at_keyphrase

    assert not _event_at_keyphrase("Visite du président indonésien à Paris", _Focus("président indonésien"))
    assert not _event_at_keyphrase("Grève chez les contrôleurs aériens", _Focus("contrôleurs aériens"))
    assert _event_at_keyphrase("Incendie dans l'usine chimique de Rouen", _Focus("usine chimique"))
    title = _title_of(FIXTURES / "review16b_t03_visite.txt")
    assert "9 milliards d'euros d'accords signés" in title.replace("’", "'"), title
