"""Review 15 fixes (session 14, h14p): cuts at a comma, lines that point
back, function words as stems, chronology heading, facts cut short."""
from pathlib import Path

from seoarticle import keyphrase as kpm


def test_function_words_are_never_content_stems():
    # « dans » -> « dan », « entre » -> « entr »: the word is compared, not its stem.
    assert kpm.content_stems("dans les rues de Paris") == ["rue", "pari"]
    for w in ("sous", "sans", "vers", "plus", "entre", "contre", "cette"):
        assert kpm.content_stems(f"{w} la ville") == ["vill"], w
    assert kpm.content_stems("jusqu'au bout") == ["bout"]
    assert kpm.content_stems("jusqu‘au bout") == ["bout"]
    # A single letter is no elision when written alone: « la ligne C » names a line.
    assert kpm.content_stems("ligne C du métro") == ["lign", "c", "metro"]


def _text(path: str) -> str:
    """A text under tests/ (« fixtures/… », « corpus/… »)."""
    return (Path(__file__).parent / path).read_text(encoding="utf-8")


def _first(text: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read
    return analyse(read(text)).sentences[0]


def test_a_cut_never_drops_the_complement_the_verb_needs():
    from seoarticle.outline import _truncations
    s = _first("Après près de vingt heures de négociations, les ministres européens de la pêche sont parvenus "
               "jeudi matin, vers 6 h 30, à un accord sur les possibilités de pêche pour 2027 en Atlantique "
               "et en mer du Nord.")
    assert not any(c.endswith("jeudi matin.") for c in _truncations(s)), _truncations(s)
    s = _first("Le ministre de l'Économie a annoncé mardi, devant les députés, un plan de relance de dix "
               "milliards d'euros pour l'industrie.")
    assert not any(c.endswith("mardi.") for c in _truncations(s)), _truncations(s)
    # The complement is before the cut: the cut stays.
    s = _first("Le conseil municipal de Saint-Nazaire a adopté, lundi 3 février au soir, la gratuité des bus "
               "et du tramway le samedi et le dimanche à partir du 1er avril, par 38 voix pour, 9 contre et "
               "2 abstentions.")
    assert any(c.endswith("1er avril.") for c in _truncations(s)), _truncations(s)


def test_t08_description_is_no_cut_verb():
    from seoarticle import rewrite
    text = _text("fixtures/review15_t08_peche.txt")
    md = rewrite(text).markdown
    assert "sont parvenus jeudi matin." not in md


def test_no_question_of_a_sentence_that_points_back():
    from seoarticle import rewrite
    text = _text("corpus/007.txt")
    md = rewrite(text).markdown
    assert "une telle procédure ?" not in md
    assert "Quand la Commission européenne avait-elle renoncé" not in md


def test_which_questions_ask_of_another_sentence():
    from seoarticle.engines.offline import _asked_of_context
    from seoarticle.engines.questions import Question

    def asks(text: str, answer: str = "En mai 2016.") -> bool:
        return _asked_of_context(Question(None, text, "", answer))

    assert asks("Quand la Commission européenne avait-elle renoncé à lancer une telle procédure ?")
    assert asks("Quand la Commission a-t-elle pris cette décision ?")
    assert asks("Quand la ministre l'a-t-elle annoncé ?")
    assert asks("Pourquoi la ville a-t-elle connu un pareil désastre ?")
    assert not asks("Quand la Commission européenne a-t-elle lancé la procédure de sanction ?")
    assert not asks("Combien de sièges la France a-t-elle obtenus ?")


def test_chronology_of_the_keyphrase_only_when_its_lines_tell_of_it():
    from seoarticle import rewrite
    text = _text("fixtures/review15_t03_cyberattaque.txt")
    md = rewrite(text).markdown
    assert "keyword: mairie de Saint-Nazaire" in md
    # The lines tell of the city's computers and of weddings, not of the town hall.
    assert "## Chronologie de la mairie" not in md
    assert "\n## Chronologie\n" in md
    corpus = _text("corpus/002.txt")
    md = rewrite(corpus).markdown
    assert "## Chronologie de Sanofi Pasteur" not in md


def _facts_compared(article: str, source: str) -> dict:
    from seoarticle import facts as fx
    from seoarticle.checks import source_facts_of
    from seoarticle.nlp import get_nlp
    nlp = get_nlp()
    art = fx.extract(article, list(nlp.pipe([article])))
    return {c.kind: c.invented for c in fx.compare(article, art, source, source_facts_of(source, nlp))}


def test_facts_check_reports_a_quantity_or_a_name_cut_short():
    source = ("Le leader du matin, l'Américain Matteo Jorgenson, a lâché prise dans l'avant-dernière ascension "
              "et a terminé à 1 minute 48 secondes, perdant toute chance de doublé. « C'est une victoire pour la "
              "biodiversité », a réagi Bernard Chaillou, président de l'association Bocage vivant, qui avait "
              "déposé le recours.")
    cut = _facts_compared("Matteo Jorgenson a terminé à 1 minute. Le président de l'association Bocage a réagi.",
                          source)
    assert any(x.startswith("1 minute") for x in cut["numbers"]), cut
    assert any(x.startswith("bocage") for x in cut["named entities"]), cut
    whole = _facts_compared("Matteo Jorgenson a terminé à 1 minute 48 secondes. Le président de l'association "
                            "Bocage vivant, Bernard Chaillou, a réagi.", source)
    assert not whole["numbers"] and not whole["named entities"], whole


def test_a_cut_keeps_the_object_the_parse_hangs_elsewhere():
    from seoarticle.outline import _truncations
    s = _first("Le Français Lenny Martinez (Bahrain Victorious) a remporté jeudi en solitaire la cinquième étape "
               "de Paris-Nice, longue de 183 kilomètres entre Saint-Just-en-Chevalet et la Loge des Gardes "
               "(Allier), et s'est emparé du maillot jaune de leader.")
    assert any(c.endswith("étape de Paris-Nice.") for c in _truncations(s)), _truncations(s)


def test_a_title_is_never_cut_before_the_complement_its_verb_needs():
    from seoarticle import rewrite
    text = _text("fixtures/review15_t08_peche.txt")
    body = text.split("\n", 1)[1]
    md = rewrite("Pêche : les ministres européens sont parvenus jeudi, après vingt heures, à un accord sur les "
                 "quotas\n" + body).markdown
    title = next(line for line in md.splitlines() if line.startswith("title:"))
    assert not title.rstrip("'\"").endswith("parvenus jeudi"), title
