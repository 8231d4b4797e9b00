from conftest import CORPUS, ISW
from seoarticle import keyphrase as kp
from seoarticle.analysis import analyse
from seoarticle.reader import read


def test_french_matching():
    assert kp.contains("Il faut poursuivre l’intégration.", "intégration Biélorussie") is False
    assert kp.contains("l’intégration de la Biélorussie", "intégration Biélorussie")
    assert kp.contains("deux policiers tués", "policier tué")
    assert kp.contains("la campagne anti-dengue", "dengue campagne")
    assert kp.count_in_sentences(["La Russie et la Biélorussie.", "La Russie seule."], "Russie Biélorussie") == 1


def test_isw_keyphrase_is_what_a_reader_types():
    a = analyse(read(ISW.read_text()))
    focus, others = kp.choose(a)
    assert set(focus.key) == {"russi", "bielorussi"}
    assert 2 <= len(focus.text.split()) <= 4
    assert "chosen from the text" in focus.how


def test_keyword_option_wins():
    a = analyse(read(CORPUS[8].read_text()))
    focus, _ = kp.choose(a, keyword="ouragan Sandy")
    assert focus.text == "ouragan Sandy" and focus.how == "given with --keyword"


def _brief(name: str, paragraph: int) -> str:
    """A brief: a corpus text's headline and one of its paragraphs."""
    parts = next(p for p in CORPUS if p.name == name).read_text().split("\n\n")
    return parts[0] + "\n\n" + parts[paragraph]


def test_a_brief_is_named_by_its_headline_group():
    # No group comes back in a headline and one paragraph: the headline's
    # group names the story, not the two most frequent nouns (« côte bilan »).
    for name, paragraph, want in (("009.txt", 1, "ouragan sandy"), ("001.txt", 3, "policier tué"),
                                  ("010.txt", 2, "billets en euros")):
        focus, _ = kp.choose(analyse(read(_brief(name, paragraph))))
        assert focus.text.lower() == want, (name, focus.text)
        assert "no group recurs: in the headline" in focus.how
    # Without a headline, a group of the text (not two nouns from apart).
    lead = _brief("009.txt", 1).split("\n\n")[1]
    focus, _ = kp.choose(analyse(read(lead)))
    assert focus.text in lead and len(focus.text.split()) >= 2, focus.text


def test_a_word_written_as_a_whole_run_of_letters():
    # What membership in the set of the text's \w runs tells, found by a search.
    assert kp._holds_run("la tempête Sandy, l'ouragan", "ouragan")
    assert kp._holds_run("anti-dengue et vaccin", "dengue")
    assert not kp._holds_run("ouragans et tempêtes", "ouragan")
    assert not kp._holds_run("_ouragan x", "ouragan")
    assert kp._holds_run("ouragan", "ouragan")


def test_the_words_searched_in_the_text_or_gathered_in_a_set_give_the_same_choice(monkeypatch):
    # « Is this word ever written in lower case? » is asked by a search of the
    # text for the first words, then of the set of its words: either way alone
    # gives the same keyphrases.
    for name in ("001.txt", "004.txt", "009.txt"):
        text = next(p for p in CORPUS if p.name == name).read_text(encoding="utf-8")
        chosen = []
        for searches in (0, 10**9):
            monkeypatch.setattr(kp, "_RUN_SEARCHES", searches)
            focus, secondary = kp.choose(analyse(read(text)))
            chosen.append((focus.text, focus.how, [k.text for k in secondary]))
        assert chosen[0] == chosen[1], name


def test_a_briefs_headline_capital_is_not_the_keyphrases():
    # « Ouragan Sandy : 39 morts … » then « Le passage de Sandy … »: the body
    # never writes « ouragan », but the capital is the headline's.
    from seoarticle import rewrite

    brief = _brief("009.txt", 1)
    focus, _ = kp.choose(analyse(read(brief)))
    assert focus.text == "ouragan Sandy", focus.text
    md = rewrite(brief).markdown
    assert "## L’essentiel sur l’ouragan Sandy" in md and "Ouragan Sandy" not in md.split("\n# ", 1)[1].split("\n", 1)[1]
    # A name keeps it: a first name that is also a noun (« olivier »), a company.
    for text, name in (("Olivier Faure : un nouveau mandat au congrès\n\nLe premier secrétaire a été réélu samedi à "
                        "la tête du parti lors du congrès de Marseille. Faure a obtenu 72 % des voix des militants.",
                        "Olivier Faure"),
                       ("Orange Bank : la banque ouvre ses comptes\n\nLa filiale bancaire de l'opérateur a ouvert jeudi "
                        "ses premiers comptes. Selon Orange Bank, 2 millions de clients sont visés en dix ans.",
                        "Orange Bank")):
        a = analyse(read(text))
        focus, others = kp.choose(a)
        assert name in [k.text for k in [focus, *others]], (focus.text, others)
        assert not any(k.text == name[0].lower() + name[1:] for k in [focus, *others]), (focus.text, others)


def test_a_name_of_the_headline_that_the_body_opens_on_keeps_its_capital():
    # (Review.) « Union Berlin : … » then « Union Berlin a annoncé … ».
    text = ("Union Berlin : Urs Fischer quitte son poste\n\nUnion Berlin a annoncé lundi le départ de son entraîneur "
            "Urs Fischer après une série de quatorze défaites. Le club de la capitale allemande cherche un successeur "
            "avant le match de samedi.")
    focus, others = kp.choose(analyse(read(text)))
    assert "union Berlin" not in [k.text for k in [focus, *others]], (focus.text, others)
