"""French counts: words, sentences, syllables (hand-checked fixtures), and the
sentence-level measures on real sentences parsed by spaCy."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seoarticle import readability as rd

FIX = Path(__file__).parent / "fixtures"


def rows(name):
    for line in (FIX / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


SYLLABLES = list(rows("fr_syllables.tsv"))
PASSAGES = list(rows("fr_word_counts.tsv"))


def test_fixtures_are_big_enough():
    assert len(SYLLABLES) >= 150 and len(PASSAGES) >= 12


@pytest.mark.parametrize("word,n,tag,note", SYLLABLES, ids=[r[0] for r in SYLLABLES])
def test_syllables_match_the_hand_count(word, n, tag, note):
    assert rd.syllables(word, True if tag == "VERB" else None) == int(n), note


@pytest.mark.parametrize("text,n_words,n_sents", PASSAGES)
def test_words_and_sentences_match_the_hand_count(text, n_words, n_sents):
    assert len(rd.words(text)) == int(n_words), rd.words(text)
    assert len(rd.sentences(text)) == int(n_sents), rd.sentences(text)


def test_words_keep_french_units_whole():
    assert rd.words("l’intégration, aujourd’hui, peut-être a-t-il 2 800 000 euros (66,1 %) ?!") == [
        "l’intégration", "aujourd’hui", "peut-être", "a-t-il", "2800000", "euros", "66,1%"]


def test_sentences_traps():
    assert rd.sentences("M. Dupont et Mme Durand sont là. Ils repartent.") == [
        "M. Dupont et Mme Durand sont là.", "Ils repartent."]
    assert rd.sentences("Quoi ?! Il est parti… Personne ne sait où.") == ["Quoi ?!", "Il est parti…", "Personne ne sait où."]
    # A quotation of two sentences is two sentences for a reader.
    assert len(rd.sentences("Il a dit : « Nous partons. Ne nous attendez pas. » Puis il est sorti.")) == 3
    assert rd.sentences("Le taux est de 66,1 % en 2019. Il baisse.") == ["Le taux est de 66,1 % en 2019.", "Il baisse."]


def test_plural_verb_ending_follows_the_parse():
    assert rd.syllables("président", plural_verb=True) == 2  # « ils président »
    assert rd.syllables("président", plural_verb=False) == 3
    assert rd.syllables("président") == 3  # guessed: the noun


def test_capitals():
    # A word of capitals only is an abbreviation (one syllable, as Flesch
    # counts it); a capitalised word is read as its lower case.
    assert [rd.syllables(w) for w in ("ISW", "OTAN", "URSS", "l'OTAN")] == [1, 1, 1, 1]
    assert rd.syllables("Paris") == rd.syllables("paris") == 2
    assert rd.syllables("Élysée") == rd.syllables("élysée")
    assert rd.syllables("A") == 1  # one capital: not an abbreviation, one vowel


def test_flesch_guesses_only_without_a_parse():
    # Without « ent » in a sentence, its words are counted alike with or
    # without a parse.
    sents = ["Le chat dort sur le tapis.", "Il a mangé."]
    assert rd.flesch(sents) == rd.flesch(sents, [None, None])


def test_flesch_by_hand():
    # 2 sentences, 12 words; syllables: Le(1) chat(1) dort(1) sur(1) le(1) tapis(2) = 7;
    # Il(1) fait(1) beau(1) aujourd’hui(3) à(1) Paris(2) = 9; total 16.
    f = rd.flesch(["Le chat dort sur le tapis.", "Il fait beau aujourd’hui à Paris."])
    assert (f.words, f.sentences, f.syllables) == (12, 2, 16)
    assert f.score == round(207 - 1.015 * 12 / 2 - 73.6 * 16 / 12, 1)


@pytest.fixture(scope="module")
def parse():
    from seoarticle.nlp import get_nlp

    nlp = get_nlp()
    return lambda s: nlp(rd.normalize(s))


@pytest.mark.parametrize("sentence,passive", [
    ("Le traité a été signé en 1999 par les deux pays.", True),
    ("Un hommage national lui sera rendu.", True),
    ("La Biélorussie pourrait être contrainte à davantage de concessions.", True),
    ("Les cas de dengue sévère sont eux réduits de près de 93 %.", True),
    ("Les coûts liés à la dengue sont estimés à plus de 6 milliards de dollars par an.", True),
    ("Ils sont tombés au bord du chemin.", False),
    ("Au Japon, la maladie est réapparue depuis 2013.", False),
    ("Les 55 qualifiés se sont présentés sur la ligne de départ.", False),
    ("Les gouvernements du Bélarus et de la Russie sont de fidèles alliés.", False),
    ("Une vingtaine d'états sont victimes d'inondations.", False),
    ("Moscou a utilisé le territoire biélorusse pour lancer son invasion.", False),
])
def test_passive(parse, sentence, passive):
    assert rd.is_passive(parse(sentence)) is passive


def test_transitions_are_whole_words():
    assert rd.transitions_in("Cependant, le vote a eu lieu ; par conséquent, la loi passe.") == ["cependant", "par conséquent"]
    assert rd.transitions_in("Selon l’ISW, Moscou avance.") == ["selon"]
    assert rd.transitions_in("L’or a monté, puis il a baissé.") == ["puis"]  # « l’or » is gold
    assert rd.transitions_in("Le cargo a coulé près du port.") == []  # « car » inside « cargo »
    assert rd.transitions_in("Il viendra soit lundi, soit mardi.") == ["soit … soit"]
    # « pour conclure » is a connector only when it opens a clause.
    assert rd.transitions_in("Il a fallu trois mois pour conclure un accord.") == []
    assert rd.transitions_in("Pour conclure, le vote est acquis.") == ["pour conclure"]


_TRANSITION_BITS = ["Cependant", "par conséquent", "pour conclure", "Au total", "or", "Or", "soit", "non seulement",
                    "mais", "d'une part", "d'autre part", "tantôt", "lorsqu'", "c'est-à-dire", "de plus", "et", "l'or",
                    "cargo", ",", ";", "(", "–", "-", "'", "’", " ", "  ", "\u00a0", "\x00", "Σ", "ſoit", "İ", "É"]


def test_transitions_of_sentences_are_each_sentences_own():
    sents = ["Cependant, le vote a eu lieu ; par conséquent, la loi passe.", "Il viendra soit lundi, soit mardi.",
             "Pour conclure, le vote est acquis.", "Il a fallu trois mois pour conclure un accord.", "Or, rien."]
    assert rd.transitions_of(sents) == [rd.transitions_in(s) for s in sents]
    assert rd.transitions_of([]) == []


@given(st.lists(st.lists(st.sampled_from(_TRANSITION_BITS), max_size=8).map(" ".join), max_size=5))
def test_transitions_of_is_transitions_in_each(sents):
    assert rd.transitions_of(sents) == [rd.transitions_in(s) for s in sents]


def test_repeated_openings():
    s = ["Le président a parlé.", "Le président a signé.", "Le président est parti.", "Puis il a dormi."]
    assert rd.repeated_openings(s, 3) == [("le président", 3)]
    # After an article, the next word counts: three openings, none repeated.
    s = ["Les analystes disent non.", "Les responsables disent oui.", "Les Biélorusses se taisent."]
    assert rd.repeated_openings(s, 3) == []
    s = ["L’armée avance.", "L’armée recule.", "L’armée attend."]
    assert rd.repeated_openings(s, 3) == [("l' armée", 3)]
