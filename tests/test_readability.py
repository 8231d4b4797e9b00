"""French counts: words, sentences, syllables (hand-checked fixtures), and the
sentence-level measures on real sentences parsed by spaCy."""

import re
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
                    "cargo", ",", ";", "(", "–", "-", "'", "’", " ", "  ", "\u00a0", "\x00", "Σ", "ſoit", "İ", "É",
                    "CEPENDANT", "MAİS", "mercredı", "AU TOTAL", "Selon"]


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


# --- the fast paths against the plain readings they stand for -------------------

_LETTERS = "aeiouyàâäéèêëîïôöûùüÿœæbcdfghklmnpqrstvxçrlnt"


@given(st.text(alphabet=_LETTERS, max_size=14))
def test_groups_is_the_letter_by_letter_count(w):
    # One regex finds where each vowel group begins; the letter-by-letter
    # walk (hiatus rules, then the mute e's) is what it stands for.
    assert rd._groups(w) == rd._groups_by_letter(w)


def test_groups_on_hiatus_and_mute_e():
    words = ["naïf", "noël", "créé", "aéroport", "biélorussie", "tué", "réel", "création", "chaos", "coalition",
             "août", "coopération", "alcool", "royal", "moyen", "payer", "client", "priorité", "samedi",
             "seulement", "gouvernement", "maintenant", "également", "avenue", "semaine", "chemin", "devenement"]
    assert [rd._groups(w) for w in words] == [rd._groups_by_letter(w) for w in words]


def _sentences_by_walk(paragraph):
    """`rd.sentences` as it read a paragraph before `_END_AT`: a walk from
    each run of end marks over its closers and spaces."""
    p = rd.normalize(paragraph).strip()
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+", p):
        j = m.end()
        while j < len(p) and (p[j] in "»)\"”]" or (p[j] == " " and j + 1 < len(p) and p[j + 1] in "»)")):
            j += 1
        k = j
        while k < len(p) and p[k] == " ":
            k += 1
        if k >= len(p) or k == j:
            continue
        nxt = p[k]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "«\"(–-"):
            continue
        if m.group(0) == "." and rd._abbreviation_before(p, m.start()):
            continue
        out.append(p[start:j].strip())
        start = k
    if p[start:].strip():
        out.append(p[start:].strip())
    return [s for s in out if re.search(r"[^\W_]", s)]


_SENTENCE_BITS = ["Il", "part", "M.", "Mme", "etc.", "J.", "2019", "le", "«", "»", "(", ")", "]", "”", "\"", "–", "-",
                  ".", "!", "?", "…", "...", "?!", " ", " ", "  ", "\n", "\u00a0", "É", "a"]


@given(st.lists(st.sampled_from(_SENTENCE_BITS), max_size=30).map("".join))
def test_sentences_is_the_walk(paragraph):
    assert rd.sentences(paragraph) == _sentences_by_walk(paragraph)
    assert rd.has_inner_end(paragraph) == (re.search(r"[.!?…]", paragraph[:-1]) is not None)


def _words_rewriting_every_figure(text):
    """`rd.words` with its figure rewrites tried whenever the text holds a digit."""
    t = text.replace("\u00a0", " ").replace("\u202f", " ")
    if re.search(r"\d", t):
        t = rd._NUM_GROUPS.sub(lambda m: re.sub(r"\s", "", m.group(0)), t)
        t = rd._NUM_SYMBOL.sub(r"\1\2", t)
        t = rd._TIME.sub(lambda m: m.group(1) + "h" + (m.group(2) or ""), t)
    return [w for w in (w.strip(rd._EDGE_PUNCT) for w in t.split()) if re.search(r"[^\W_]", w)]


_WORD_BITS = ["2", "20", "800", "000", "66,1", "h", "h30", "30", "min", "en", "2019", "%", "€", "°", "-", " ", " ",
              "\u00a0", "\u202f", ",", "(", ")", "l’", "a-t-il", "٣"]


@given(st.lists(st.sampled_from(_WORD_BITS), max_size=20).map("".join))
def test_words_rewrite_figures_only_where_they_can(text):
    assert rd.words(text) == _words_rewriting_every_figure(text)


def _flesch_sentence_by_sentence(sents, docs):
    """`rd.flesch` as it read a text sentence by sentence, each word's -ent asked of its own sentence's parse."""
    n_words = n_syl = n_sents = 0
    for s, doc in zip(sents, docs):
        ws = rd.words(s)
        if not ws:
            continue
        n_sents += 1
        n_words += len(ws)
        low = s.lower()
        verbs = rd.plural_verbs(doc) if re.search(r"ent\b", low) else set()
        for w in ws:
            if "ent" in low and w.lower().endswith("ent"):
                n_syl += rd.syllables(w, re.split(r"(?<=\w)['’](?=\w)", w.lower())[-1] in verbs)
            else:
                n_syl += rd.syllables(w)
    return (n_words, n_sents, n_syl)


def _line(tokens, plural):
    from seoarticle.reuse import Line

    low = [t.lower() for t in tokens]
    n = len(tokens)
    feats = [{"Number": ["Plur"]} if t in plural else {} for t in low]
    pos = ["VERB" if t in plural else "NOUN" for t in low]
    return Line(" ".join(tokens), list(tokens), low, low, pos, [""] * n, feats, [0] * n, [""] * n, list(range(n)),
                None, [1] * n, [False] * n, [])


def test_flesch_finds_each_word_in_ent_in_its_sentence():
    sents = ["Ils président la séance.", "Le président parle souvent.", "Ils PARLENT_ lentement, et l'ENT aussi.", "",
             "« Ils mangent »", "Ils président"]
    plural = [{"président"}, set(), {"parlent"}, set(), {"mangent"}, {"président"}]  # what each parse tags so
    docs = [_line(s.replace("_", " ").split(), p) for s, p in zip(sents, plural)]
    f = rd.flesch(sents, docs)
    assert (f.words, f.sentences, f.syllables) == _flesch_sentence_by_sentence(sents, docs)
    assert rd.flesch(sents[1:2], docs[1:2]).syllables == rd.flesch(sents[1:2]).syllables  # the noun, as guessed
    assert rd.flesch(sents[:1], docs[:1]).syllables == rd.flesch(sents[:1]).syllables - 1  # the verb: silent
