"""Focus keyphrase: matching (French-aware) and choice from the analysis.

Matching works on word stems: lower case, elision removed (« l'intégration »
-> « intégration »), plural -s/-x and feminine -e folded, so that
« policiers tués » matches « policier tué ». A text segment holds a keyphrase
when every content word of the keyphrase occurs in it, in any order (as the
reference tools count it: « la Biélorussie et la Russie » holds « Russie
Biélorussie »).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import chain
from dataclasses import dataclass
from functools import lru_cache
from unicodedata import is_normalized

from .analysis import TITLE_WORD
from .arrays import words_of
from .nlp import get_nlp, is_common_noun
from .text import (INNER_APOSTROPHE, NOT_AFTER_WORD, NOT_BEFORE_WORD, WORD_BOUNDARY, case_folded, find_all, memoize,  # noqa: F401
                   memoize_value, normalize, opens_on_vowel, strip_accents, words)

ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.I)
# normalize without its memo, for the functions here that are memoized
# themselves (stem, content_stems, text_stems): its memo would only keep
# strings never asked again (and costs more than it saves there).
_normalize = normalize.__wrapped__
FUNCTION_WORDS = frozenset(
    "le la les l un une des de du d au aux à a en et ou sur sous dans par pour avec sans chez vers entre "
    "contre ce cet cette ces son sa ses leur leurs qui que quoi dont où ne pas plus se sa".split()
)


@lru_cache(maxsize=1 << 16)  # pure, and called for every word of every match (profiled: most of our time)
def stem(word: str) -> str:
    """The form a word is matched by: normalized, in lower case, its
    punctuation stripped, its elision dropped (« l'intégration » ->
    « integration »), its accents stripped, plural -s/-x and feminine -e
    folded (« policiers tués » -> « policier tue »). (Short ways for the
    words most texts are made of; `_stem_other` is the long one.)"""
    if word.isascii():
        # ASCII has no accent to strip (`strip_accents` leaves it as it is).
        if word.isalnum():
            w = word.lower()  # (letters and digits only: nothing to normalize, strip or elide)
        elif "`" in word or "\t" in word or "..." in word or "  " in word:
            return _stem_other(word)  # (`normalize` changes these)
        else:
            # `normalize` leaves it as it is; an elision is the part before
            # the first apostrophe, when it is one of `_ELIDED` (what
            # `ELISION` finds in ASCII).
            w = word.lower().strip(_PUNCTUATION)
            if "'" in w:
                head, _, tail = w.partition("'")
                if head in _ELIDED:
                    w = tail
    elif word.isalnum() and "\u02bc" not in word and is_normalized("NFC", word):
        # Letters and digits only: nothing to strip or elide; in NFC and
        # without « ʼ » (the one letter `normalize` changes, to « ' »),
        # nothing to normalize either.
        w = strip_accents(word.lower())
    else:
        return _stem_other(word)
    n = len(w)
    if n > 3:  # (plural -s/-x, then feminine -e, on what stays over three letters)
        last = w[-1]
        if last == "s" or last == "x":
            w = w[:-1]
            if n > 4 and w[-1] == "e":
                w = w[:-1]
        elif last == "e":
            w = w[:-1]
    return w


_PUNCTUATION = ".,;:!?«»()[]\"'…–-"  # stripped off a word's ends
_ELIDED = frozenset("l d j m n s t c qu jusqu lorsqu puisqu quoiqu".split())  # (ELISION's)
# Words that are never content: the function words and the elided forms
# no word is written as alone (« jusqu », « qu »: what is left of « jusque »,
# « que »); not the single letters, which may be a name (« la ligne C »).
_NOT_CONTENT = FUNCTION_WORDS | {e for e in _ELIDED if len(e) > 1}


def _stem_other(word: str) -> str:
    """`stem` of any word: normalized, in lower case, its punctuation
    stripped, its elision dropped, its accents stripped, its ending folded."""
    w = _normalize(word).lower().strip(_PUNCTUATION)
    if "'" in w or "’" in w:
        w = ELISION.sub("", w)
    w = strip_accents(w)
    if len(w) > 3 and w[-1] in "sx":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


@memoize  # pure; asked again and again for the same sentences and phrases
def content_stems(phrase: str) -> list[str]:
    norm = _normalize(phrase)
    # (The words of a phrase, unlike a sentence's, are asked for by no one
    # else: not memoized.)
    ws = _words(norm)
    if "'" in norm:  # (normalized: its only apostrophe)
        ws = [part for w in ws for part in (_split_elision(w) if "'" in w else (w,))]
    # (Each word's verdict is memoized: the phrases asked are mostly the
    # overlapping windows of the same groups, the same words again.)
    return [s for s in map(_content_stem, ws) if s]


@lru_cache(maxsize=1 << 14)
def _content_stem(word: str) -> str:
    """The stem of a word of a phrase (normalized, its elision split off)
    when it is a content word, else ""."""
    # A function word is never a content stem: the word itself is compared
    # (its stem may lose a final s/e: « dans » -> « dan », « entre » -> « entr »).
    s = stem(word)
    if s and s not in FUNCTION_WORDS and stem(s) not in FUNCTION_WORDS \
            and word.lower().strip(_PUNCTUATION) not in _NOT_CONTENT:
        return s
    return ""


_words = words.__wrapped__  # (`words` without its memo)
_split_elision = INNER_APOSTROPHE.split


@memoize  # pure; asked again and again for the same sentences and phrases
def text_stems(text: str) -> list[str]:
    norm = _normalize(text)
    if "-" not in norm:  # (no hyphenated word: each word's stem alone)
        return list(map(stem, words.cached(norm)))
    out = []
    for w in words.cached(norm):
        # Hyphenated forms match their parts too: « anti-dengue » holds « dengue ».
        out.append(stem(w))
        if "-" in w:
            out.extend(stem(p) for p in w.split("-") if p)
    return out


@memoize_value  # pure; the same lines are asked for several keyphrases, by several stages
def _stem_set(text: str) -> frozenset[str]:
    return frozenset(text_stems.cached(text))


def contains(text: str, keyphrase: str) -> bool:
    need = content_stems.cached(keyphrase)
    return bool(need) and _stem_set.cached(text).issuperset(need)


def count_in_sentences(sentences: list[str], keyphrase: str) -> int:
    """Occurrences: in each sentence, how many times the whole keyphrase is
    there (the least frequent of its words)."""
    need = content_stems(keyphrase)
    if not need:
        return 0
    total = 0
    for s in sentences:
        have = Counter(text_stems(s))
        total += min(have[n] for n in need)
    return total


def position(text: str, keyphrase: str) -> int | None:
    """Character offset at which the keyphrase is complete in `text`, or None."""
    need = set(content_stems(keyphrase))
    seen: set[str] = set()
    for m in re.finditer(r"\S+", normalize(text)):
        seen.add(stem(m.group(0)))
        if need <= seen:
            return m.end()
    return None


def in_slug(slug: str, keyphrase: str) -> bool:
    parts = {stem(p) for p in slug.split("-")}
    return all(stem(strip_accents(n)) in parts or n in parts for n in content_stems(keyphrase))


@dataclass
class Keyphrase:
    text: str  # as shown: « Russie et Biélorussie », « ouragan Sandy »
    key: tuple[str, ...]  # content stems
    score: float
    count: int
    how: str


# --- choice ----------------------------------------------------------------------

NOMINAL_POS = {"NOUN", "PROPN", "ADJ"}
LINK_WORDS = {"de", "d'", "du", "des", "la", "l'", "le", "les"}
# A noun a possessive determines (« son homologue », « leur avocat ») relates
# to someone named before: the phrase alone says not whose (no keyphrase, no
# heading).
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos",
                         "votre", "vos"})
GENERIC = {
    "cas", "fois", "partie", "part", "an", "ans", "année", "jour", "mois", "semaine", "heure", "dernier", "première",
    "premier", "deux", "trois", "autre", "autres", "même", "nombreux", "grand", "grande", "nouveau", "nouvelle",
    "certains", "plusieurs", "nom", "fin", "début", "moment", "lieu", "chose", "façon", "manière", "niveau", "total",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "midi", "soir", "soirée", "nuit",
    "journée", "question", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
}
_GENERIC_STEMS = frozenset(stem(g) for g in GENERIC)  # (once per process, not per text)
# Generic nouns that, as the bare complement of another noun (« de » and no
# article), make a compound of it: « groupes de niveau », « étude de cas »,
# « nom de lieu ». (A time word so placed dates: « nuit de dimanche ».)
_COMPOUND_COMPLEMENTS = frozenset({"cas", "niveau", "lieu", "nom", "début", "fin", "total"})


def _compound_tail(phrase: str) -> bool:
    """Whether `phrase` ends on « de » and one of `_COMPOUND_COMPLEMENTS` (its
    generic word is then the compound's, not a vague noun)."""
    head, _, last = phrase.rpartition(" ")
    return last.lower() in _COMPOUND_COMPLEMENTS and head.lower().endswith(" de")
# Nouns that count (« 4,62 milliards d'euros », « une dizaine de composés »)
# and units of measure or currencies after a figure (« 10 kilomètres de
# profondeur », « 20 euros l'injection »): a group opening on one names a
# quantity whose figure is cut off, which nobody searches for.
_COUNTING = frozenset(w + s for w in (
    "million milliard millier centaine dizaine douzaine quinzaine vingtaine trentaine quarantaine cinquantaine "
    "soixantaine").split() for s in ("", "s"))
_UNITS = frozenset(w + s for w in (
    "euro dollar centime kilomètre mètre centimètre millimètre kilogramme kilo gramme tonne litre hectolitre "
    "hectare kilowatt mégawatt gigawatt watt").split() for s in ("", "s"))

_ONE = frozenset(("un", "une"))  # the figure one, before a unit (« une tonne »)


def _unit(word: str) -> str:
    """A unit of `_UNITS` in the singular (« tonnes » -> « tonne »)."""
    return word[:-1] if word.endswith("s") else word


def _measured_units(docs) -> frozenset[str]:
    """The units (`_unit`) a figure other than one measures in `docs`:
    digits (« 2,3 tonnes », « 5 000 euros », whatever their tag) or a
    number word (« trois tonnes »)."""
    out = set()
    for doc in docs:
        w = words_of(doc)
        if w.lower_set.isdisjoint(_UNITS):
            continue
        for i in range(1, w.n):
            if w.lower[i] in _UNITS and w.lower[i - 1] not in _ONE and (
                    w.text[i - 1][:1].isdigit() or w.pos[i - 1] == "NUM" and w.like_num[i - 1]):
                out.add(_unit(w.lower[i]))
    return frozenset(out)


def _is_nominal(w, i: int) -> bool:
    """Token i (of `w`, a sentence's words: see `arrays.Words`) is a
    word of a nominal group."""
    pos = w.pos[i]
    text = w.text[i]
    if pos in ("VERB", "AUX") and "-" in text and i > 0 and text[:1].isupper() and w.ent_iob[i] in (1, 3):
        # A hyphenated name, capitalised inside a sentence, the tagger read
        # as a verb (« le pont de Saint-Julien-sur-Loire »): a name.
        return text.replace("-", "").isalpha()
    if pos == "NUM" and text[:1].isupper() and text.isalpha() and not w.like_num[i] and w.ent_iob[i] in (1, 3):
        return True  # a first name of an entity the tagger read as a number (« Xavier Jugelé »)
    if pos not in NOMINAL_POS and pos != "VERB":
        return False
    if w.like_num[i] or not text.isalpha() and not _word_like(text):
        return False  # « 000[ », glued to a bracket, is no word of a phrase
    if pos in NOMINAL_POS:
        return True
    # A past participle right after a noun works like an adjective: « policier tué ».
    return pos == "VERB" and "Part" in w.morph(i, "VerbForm") and i > 0 and w.pos[i - 1] == "NOUN"


def _word_like(text: str) -> bool:
    """A token not all letters may be a word of a phrase: not a guillemet,
    with a letter and no digit (« Saint-Julien », « aujourd'hui »)."""
    return not (text in "«»" or any(c.isdigit() for c in text) or not any(c.isalpha() for c in text))


# The other tags `_is_nominal` may accept (any tag not here nor in NOMINAL_POS it refuses).
_MAY_BE_NOMINAL = frozenset(("VERB", "AUX", "NUM"))


def _windows(doc):
    """Nominal groups of a parsed sentence and their 2- to 4-word content
    windows, as lists of token indexes. A window never cuts a named entity
    (« Champs-Élysées », « Banque centrale européenne »). Computed once per
    doc (kept in its user_data): keyphrase and outline both ask."""
    windows = doc.user_data.get("seoarticle.windows")
    if windows is None:
        windows = doc.user_data["seoarticle.windows"] = list(_find_windows(doc))
    return iter(windows)


def _find_windows(doc):
    w = words_of(doc)
    n = w.n
    if not n:
        return
    # (Read from arrays: the tokens' attributes one by one cost more than the rest.)
    inside = [x == 1 for x in w.ent_iob]  # 1 is « I », inside an entity
    lower, pos = w.lower, w.pos
    # Which words are of a nominal group: `_is_nominal`, written out for the
    # nouns, names and adjectives (most words it accepts), asked of the
    # other tags it may accept; half the words are determiners,
    # prepositions, punctuation … that it refuses.
    text, like_num = w.text, w.like_num
    nominal = [(not like_num[i] and (text[i].isalpha() or _word_like(text[i]))) if p in NOMINAL_POS
               else p in _MAY_BE_NOMINAL and _is_nominal(w, i) for i, p in enumerate(pos)]
    groups = []
    cur: list[int] = []
    for i in range(n):
        low = lower[i]
        if nominal[i]:
            cur.append(i)
        elif low in ("le", "la", "les", "l'") and cur and lower[cur[-1]] not in ("de", "d'"):
            # « ce jeudi 12 juillet le nouveau projet de loi »: an article after
            # a noun opens another group (only « de la », « de l' » link).
            groups.append(cur)
            cur = []
        elif low in LINK_WORDS and cur:
            cur.append(i)
        elif low == "en" and cur and i + 1 < n and pos[i + 1] == "NOUN" and w.text[i + 1][:1].islower():
            cur.append(i)  # « billets en euros », « transport en commun »
        else:
            if cur:
                groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    for g in groups:
        while g and lower[g[-1]] in LINK_WORDS:
            g.pop()
        content = [k for k, i in enumerate(g) if nominal[i] and lower[i] not in FUNCTION_WORDS]
        nc = len(content)
        # A window runs from content word a to content word b (a < b < a + 4).
        # Its refusals are tests of its first word alone, then of its last
        # word (with, for a generic last word, the window's length): the
        # first word's are read once per a, the last word's once per b (kept
        # in `ends`), where each window read them all again.
        ends: list = [None] * nc  # per b: None (not read yet), False (refused), True, or "long" (3 words or more)
        for a in range(nc - 1):
            first = g[content[a]]
            if inside[first]:
                continue
            if lower[first] in _ACTION_LOCUTIONS and lower[first + 1] == "en":
                continue  # « mise en place [des déviations] »: an action, its object cut off
            if first > 0 and lower[first] in LOCUTION_NOUNS and lower[first - 1] in _LOCUTION_PREPOSITIONS:
                continue  # « au large de la Libye »: a preposition, « large de la Libye » no group
            if (first > 1 and lower[first] in ARTICLE_LOCUTION_NOUNS and lower[first - 1] in _ARTICLE_BEFORE_LOCUTION
                    and lower[first - 2] == "à"):
                continue  # « à la charge de la région »: a preposition too
            if lower[first] in _FORMER and pos[first + 1] == "NOUN":
                pass  # « ancien maire de Sauveterre »: what people type, and no one else
            elif pos[first] in ("ADJ", "VERB") and w.text[first][0].islower():
                continue  # « prétendues menaces » is not what people type
            elif pos[first] == "PROPN" and w.text[first][0].islower() and first > 0 and pos[first - 1] == "AUX":
                continue  # « a réagi[PROPN] Me Oualid »: a participle after its auxiliary, no name
            if first > 0 and lower[first - 1] in _OTHER_REFERENT:
                # « l'ancien [maire de Sauveterre] »: the mayor is someone else.
                continue
            for b in range(a + 1, min(a + 4, nc)):
                end = ends[b]
                if end is None:
                    end = ends[b] = _window_end(w, doc, g, content[b], inside)
                if end is False:
                    continue
                if end == "long" and content[b] - content[a] < 2:
                    continue  # (a generic word ends only a window of three words or more)
                yield g[content[a] : content[b] + 1]


def _window_end(w, doc, g: list[int], kb: int, inside: list[bool]):
    """The refusals of a window of `_find_windows` that read its last word,
    g[kb] (of group g): False when it is refused whatever its first word,
    "long" when it is kept only with three words or more (a generic word
    after « de »: « groupes de niveau »), else True."""
    n, lower, pos = w.n, w.lower, w.pos
    last = g[kb]
    nxt = last + 1 if last + 1 < n else None
    if nxt is not None and (inside[nxt] or (pos[last] == "PROPN" and pos[nxt] == "PROPN")):
        return False
    if (lower[last] in _OTHER_REFERENT and nxt is not None and pos[nxt] == "NOUN"
            and is_common_noun(doc[nxt].lemma_.lower())):
        # « [peine de l'ancien] maire » cuts the group. (« les prix de
        # l'ancien reculent »: no noun after it.)
        return False
    end = True
    if lower[last] in GENERIC:
        if not (lower[last] in _COMPOUND_COMPLEMENTS and lower[last - 1] == "de"):
            return False
        end = "long"
    if pos[last] in ("ADJ", "VERB") and not _agrees_with(w, last, g[kb - 1]):
        return False  # « tunnels de métro inondés » gives no « métro inondés »
    return end


# Adjectives before a noun that make it name another person or thing than
# the noun alone does (« l'ancien maire » is not the mayor, « le futur
# président » not the president, « le présumé auteur » maybe not the author):
# a window opening on the noun after one of them is false.
_OTHER_REFERENT = frozenset((
    "ancien ancienne anciens anciennes futur future futurs futures prétendu prétendue prétendus prétendues "
    "présumé présumée présumés présumées supposé supposée supposés supposées éventuel éventuelle éventuels "
    "éventuelles potentiel potentielle potentiels potentielles défunt défunte défunts défuntes faux fausse fausses "
    "feu feue soi-disant ex").split())
_FORMER = frozenset("ancien ancienne anciens anciennes".split())
_OTHER_STEMS = frozenset(stem(x) for x in _OTHER_REFERENT)
# Nouns of prepositional locutions (« du fait de », « au cours de », « en tête de »,
# « au large de »): after their preposition, no group of the text opens on them
# (« large de la Libye » of « au large de la Libye » names nothing).
LOCUTION_NOUNS = frozenset(("fait", "cours", "terme", "titre", "côté", "cas", "lieu", "suite", "tête", "raison", "cause",
                            "face", "partir", "compter", "sein", "bout", "long", "milieu", "moment", "profit", "large"))
_LOCUTION_PREPOSITIONS = frozenset(("du", "au", "en", "à"))
# Nouns of prepositional locutions with their article (« à l'exception de »,
# « à l'issue de », « à la suite de », « à la charge de », « à la tête de »):
# after « à » and the article, the noun is the preposition's, no thing the
# text tells of (« 9 millions à la charge de la région » is the region's
# share, and « charge de la région » names nothing the text is about).
ARTICLE_LOCUTION_NOUNS = frozenset(("exception", "issue", "instar", "suite", "initiative", "occasion", "encontre",
                                    "égard", "approche", "demande", "place", "faveur", "veille", "lumière", "merci",
                                    "charge", "tête", "disposition", "recherche", "hauteur", "mesure", "portée"))
_ARTICLE_BEFORE_LOCUTION = frozenset(("l'", "l’", "la", "le"))
# Nouns of a locution of action (« mise en place », « prise en charge »,
# « remise en état »): the thing acted upon is what the text is about.
_ACTION_LOCUTIONS = frozenset("mise mises prise prises remise remises".split())


# Adjectives and participles that take a complement (« capable de », « prêt
# à », « chargé de »): without it they qualify nothing (« une bactérie
# capable » of « capable de dégrader »). Masculine singular; `_forms` inflects.
_NEEDS_COMPLEMENT = (
    "capable incapable susceptible prêt apte inapte chargé responsable enclin désireux soucieux digne indigne "
    "passible coupable tenu contraint habilité destiné voué résolu décidé déterminé accusé soupçonné suspecté "
    "originaire issu dépourvu exempt doté muni proche conforme relatif lié dû"
).split()


def _forms(adjectives: list[str]) -> frozenset[str]:
    """The regular feminine and plural forms of adjectives (« désireux »:
    « désireuse », « désireuses »; « dû »: « due », « dus », « dues »)."""
    out = set()
    for a in adjectives:
        base = a[:-1] + "u" if a.endswith("û") else a  # « dû » -> « due »
        fem = (base[:-1] + "se" if base.endswith("x") else base[:-1] + "ve" if base.endswith("f")
               else base if base.endswith("e") else base + "e")
        out.update((a, fem, fem + "s", base if base.endswith(("s", "x")) else base + "s"))
    return frozenset(out)


_NEEDS_COMPLEMENT_FORMS = _forms(_NEEDS_COMPLEMENT)
_COMPLEMENT_OPENERS = {"de", "d'", "d’", "du", "des", "à", "au", "aux"}


@lru_cache(maxsize=4096)
def _is_adjective(lemma: str) -> bool:
    """`lemma` (in lower case) is an adjective's in the lemmatizer's tables
    (« capable », « politique »; not « révèl », its lemma of « révèle » read
    as an adjective)."""
    index, exceptions = _adjective_tables()
    return bool(index is not None and lemma in index or exceptions is not None and lemma in exceptions)


@lru_cache(maxsize=1)
def _adjective_tables() -> tuple:
    lookups = get_nlp().get_pipe("lemmatizer").lookups
    return lookups.get_table("lemma_index").get("adj"), lookups.get_table("lemma_exc").get("adj")


def _cut_off(w, last: int, doc) -> str | None:
    """What a phrase ending on token `last` (of `w`, the words of `doc`) cuts
    off, if it cannot be a keyphrase for that (it reads as a stub in
    « L'essentiel sur … » and in the title), else None:
    - « complement »: an adjective that takes a complement, before it (« une
      bactérie capable de dégrader », « prête à partir »: the list above);
      or a noun before a number, which is its complement (« un séisme de
      magnitude 6,2 », « la ligne 14 »: « de magnitude » says nothing
      without its figure);
    - « name »: a word with a capital (not the sentence's first) before
      another: the phrase ends inside a name the parse did not see as one
      (« le studio de développement Valve Corporation » gave « développement
      Valve »);
    - « verb »: the last word, in lower case, tagged as a noun or an
      adjective, comes before an article (not a date's; an adjective's
      « des », « du » too) or the conjunction « que », where a word of the
      group would not, or between a noun and a preposition (« l'Assemblée
      adopte en première lecture », « l'OM écope d'un match »: a subject and
      its verb; asked of an adjective in -e, -ent, and of a noun with a
      subject only), and is a verb the tagger missed: a noun with a
      subject of its own and no copula (« La Commission européenne lance une
      procédure »), or a word whose lemma the lemmatizer knows as no
      adjective and no noun (« l'étude révèle que », « l'étude révèle des
      traces », « l'opposition dénonce un gouffre »). (Asked of a phrase's
      inner words before « des », « du » too: a verb there cuts it as well.)"""
    nxt = last + 1
    pos = w.pos[last]
    if nxt < w.n:
        after = w.lower[nxt]
        if pos in ("ADJ", "VERB") and after in _COMPLEMENT_OPENERS and w.lower[last] in _NEEDS_COMPLEMENT_FORMS:
            return "complement"
        if pos == "NOUN" and (w.text[nxt][:1].isdigit() or w.pos[nxt] == "NUM" and w.like_num[nxt]):
            return "complement"
        if last > 0 and w.text[last][:1].isupper() and w.text[nxt][:1].isupper() and w.text[nxt].isalpha():
            return "name"  # « développement Valve [Corporation] »: the name goes on
        if (pos == "NOUN" and w.pos[nxt] == "ADP" and last > 0 and w.pos[last - 1] in ("NOUN", "PROPN")
                and w.text[last][:1].islower() and last in w.subject_heads()
                and not any(w.dep[c] == "cop" for c in w.children(last))):
            return "verb"  # « l'OM écope[NOUN] d'un match »: a noun with a subject of its own (no lemma read)
        if (pos in ("ADJ", "NOUN") and w.text[last][:1].islower()
                and (w.pos[nxt] == "DET" and not (nxt + 1 < w.n and w.like_num[nxt + 1])  # (« … le 13 juillet »)
                     or pos == "ADJ" and after in ("des", "du")  # (an article, or « de » and one)
                     or w.pos[nxt] == "SCONJ" and after in ("que", "qu'", "qu’")
                     # (« l'Assemblée adopte[ADJ] en première lecture »: a
                     # preposition after the word, a noun, its subject, before it)
                     or pos == "ADJ" and w.pos[nxt] == "ADP" and w.lower[last].endswith(("e", "ent")) and last > 0
                     and w.pos[last - 1] in ("NOUN", "PROPN"))):
            if pos == "NOUN" and last in w.subject_heads() and not any(w.dep[c] == "cop" for c in w.children(last)):
                return "verb"  # « La Commission européenne lance une procédure »
            if (pos == "NOUN" and last > 0 and w.pos[last - 1] in ("NOUN", "PROPN") and after in _OBJECT_OPENERS
                    and _present_of_er_verb(w.lower[last])):
                # « le club annonce[NOUN] un appel »: a noun straight after a
                # noun, before an article, that is also a present of a verb in
                # -er: the verb of a clause, its subject before it (a noun
                # apposed so, « le pays hôte », « l'effet domino », is none;
                # nor before « ce », « chaque »: « la date limite ce jeudi »).
                return "verb"
            lemma = doc.vocab.strings[w.lemma_hash[last]].lower()  # (as doc[last].lemma_, without a Token)
            if not _is_adjective(lemma) and not is_common_noun(lemma):
                return "verb"  # « l'étude révèle que », « l'opposition dénonce un … »
    return None


# What opens a verb's object right after it: an article, « aux » (« le
# ministre face aux syndicats ») or « que »; not « de », « du », « des ».
_OBJECT_OPENERS = frozenset(("un", "une", "le", "la", "les", "l'", "l’", "aux", "que", "qu'", "qu’"))


def _present_of_er_verb(word: str) -> bool:
    from .outline import _present_of_er_verb as present  # (outline imports this module)

    return present(word)


def _quoted_or_cut(w, first: int, last: int) -> bool:
    """The window of tokens `first` to `last` (of `w`) opens inside a
    quotation (« « … un candidat de la droite nationale … », a-t-il
    déclaré »: the speaker's words, not the text's), or stops before an
    adjective of its last noun (« candidat de la droite [nationale] »: the
    phrase the text writes is the longer one)."""
    text, at = w.doc_text, w.idx[first]
    if text.find("«", 0, at) >= 0 and text.count("«", 0, at) > text.count("»", 0, at):
        return True
    nxt = last + 1
    return (nxt < w.n and w.pos[nxt] == "ADJ" and w.dep[nxt] == "amod" and w.head[nxt] == last
            and w.text[nxt][:1].islower() and w.pos[last] == "NOUN")


def _complement_is_a_group(w, last: int) -> bool:
    """The complement after token `last` is a nominal group (« un homme
    soupçonné de meurtre »), not a verb or a figure (« capable de dégrader »,
    « de magnitude 6,2 »): the phrase with its complement is then a
    candidate of its own, and the noun alone says less."""
    j = last + 1
    while j < w.n and (w.lower[j] in _COMPLEMENT_OPENERS or w.lower[j] in LINK_WORDS):
        j += 1
    return j < w.n and w.pos[j] in ("NOUN", "PROPN") and j > last + 1


_DES_DU = frozenset(("des", "du"))


def _positions(items: list[str], wanted: frozenset[str]) -> list[int]:
    """The indexes of `items` equal to one of `wanted`, in order (found by
    list.index, not a loop over every item)."""
    out = []
    for x in wanted:
        if x in items:
            at = items.index(x)
            out.append(at)
            try:
                while True:
                    at = items.index(x, at + 1)
                    out.append(at)
            except ValueError:
                pass
    return sorted(out) if out else out


def _agrees_with(w, modifier: int, noun: int) -> bool:
    """An adjective or participle agrees in gender and number with the noun
    before it, as far as the tagger tells."""
    for feature in ("Number", "Gender"):
        a, b = w.morph(modifier, feature), w.morph(noun, feature)
        if a and b and not set(a) & set(b):
            return False
    return True


def _near_count(sentences_stems: list[list[str]], key: tuple[str, ...], positions: list[dict] | None = None,
                holding: set[int] | None = None) -> int:
    """Sentences where the words of `key` stand close together (within the
    phrase length plus three words): a phrase, not words scattered apart.
    With `holding` (the sentences holding every word, as `_holding_all`
    gives them), only those are looked at: the others count 0 anyway.
    With `positions` (for each sentence, stem -> its positions there), the
    positions of the key's words are looked up instead of searched for (a
    lead of thousands of words, when a text is one paragraph)."""
    n = 0
    span = len(key) + 3
    need = set(key)
    # « l'ancien maire de Pontivy », « l'ex-maire de Pontivy » are not
    # mentions of « maire de Pontivy »: someone else (unless the key holds
    # the adjective).
    other = key[0] if key[0] not in _OTHER_STEMS else None
    if holding is not None:
        sentences_stems = [sentences_stems[i] for i in sorted(holding)]
    for j, st in enumerate(sentences_stems):
        if positions is not None:
            if any(k not in positions[j] for k in key):
                continue  # a word it never holds: no window holds them all
            pos = sorted({i for k in key for i in positions[j][k]})
        else:
            pos = [i for i, x in enumerate(st) if x in need]
        for i in pos:
            window = st[i : i + span]
            if need.issubset(window):
                if other is not None and all(
                        i + k > 0 and st[i + k - 1] in _OTHER_STEMS for k, x in enumerate(window) if x == other):
                    continue
                n += 1
                break
    return n


def _holding_all(index: dict, key: tuple[str, ...]) -> set[int]:
    first = index.get(key[0]) if key else None
    if first is None:
        return set()
    return first.intersection(*[index.get(k, _NONE) for k in key[1:]])  # (a new set)


_NONE: frozenset = frozenset()


RUBRIC_BONUS = 2.0
_WORD_OR_COMPOUND = re.compile(r"\w+(?:-\w+)*")
# An article opening a form: a word of its own (« la » of « la grève », not
# of « lait cru »), or elided (« l'usine »).
_ARTICLE = re.compile(r"^(?:(?:le|la|les) |l['’] ?)")
_WORD_CHARS = re.compile(r"\w+")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # (what \w matches)


# Words looked for by `_holds_run` before the set of the text's words is
# built instead (about as long to build as eight searches of the text).
_RUN_SEARCHES = 8


def _holds_run(text: str, word: str) -> bool:
    r"""`text` holds `word` (of \w characters) as a whole run of them: what
    `word in set(re.findall(r"\w+", text))` tells, without the scan."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _count_of(item: tuple) -> int:
    return item[1]


def _proper_noun_stems(doc) -> set[str]:
    """The stems of a parse's proper nouns (read in its words as arrays)."""
    w = words_of(doc)
    return {stem(t) for t, p in zip(w.text, w.pos) if p == "PROPN"}


def words_not_in_text(source, sentences: Iterable[str], phrase: str) -> list[str]:
    """The content words of `phrase` that the text (the source's title,
    dateline and place, and the texts of its `sentences`) never uses, matched
    by stem (`content_stems`, `text_stems`): « ouragan Sandy » of a text on a
    dengue vaccine; none of « vaccin dengue » of « le vaccin contre la
    dengue ». Plain text only, so that a keyword can be judged before the
    parse (`api.check_keyword`)."""
    used = set(text_stems(" ".join(x for x in (source.title, source.dateline, source.location) if x)))
    for s in sentences:
        used.update(text_stems(s))
    return [w for w in _words(_normalize(phrase)) if any(st not in used for st in content_stems(w))]


def choose(analysis, keyword: str | None = None, secondary: int = 6) -> tuple[Keyphrase, list[Keyphrase]]:
    """The focus keyphrase and the secondary ones.

    Candidates are 2- to 4-word nominal groups of the text (« ouragan
    Sandy », « vaccin Dengvaxia ») and pairs of named entities that occur
    together (« Russie et Biélorussie »). Each is scored by how many sentences
    hold it as a phrase, with a bonus for the headline and the lead, the places
    that say what the story is about, and for words the text uses often.
    """
    sentences = [s.text for s in analysis.sentences]
    sent_stems = [text_stems.cached(s) for s in sentences]  # (read only: not copied)
    index: dict[str, set[int]] = {}  # stem -> sentences holding it (keeps scoring linear in length)
    # (Each sentence's stems as a set: each stem once, and the sets are
    # asked for anyway, by the outline's `sentence_freq` and by `contains`.)
    for i, st in enumerate(map(_stem_set.cached, sentences)):
        for x in st:
            held = index.get(x)
            if held is None:
                index[x] = {i}
            else:
                held.add(i)
    # How many times the text says a stem: asked only of the candidates' stems
    # (counted in the sentences holding it, not over all the text's words).
    freq: dict[str, int] = {}

    def frequency(k: str) -> int:
        f = freq.get(k)
        if f is None:
            f = freq[k] = sum([sent_stems[i].count(k) for i in index.get(k, _NONE)])
        return f

    title = analysis.source.title or ""
    title_stems = [text_stems.cached(title)] if title else []
    # The lead's stems: its sentences', one after the other (what the stems
    # of its sentences joined by spaces are: `text_stems` takes each word on
    # its own, and normalizing a sentence changes no word of the next).
    lead_block = analysis.sentences[0].block
    lead_stems = [list(chain.from_iterable([st for s, st in zip(analysis.sentences, sent_stems) if s.block == lead_block]))]
    lead_positions: dict[str, list[int]] = {}
    for i, x in enumerate(lead_stems[0]):
        lead_positions.setdefault(x, []).append(i)
    cands: dict[tuple[str, ...], dict] = {}
    rubric, colon, _ = title.partition(" : ")
    rubric = rubric if colon else ""

    def add(display: str, kind: str, free: bool = True):
        """`free`: this occurrence is out of quotation marks and whole (see
        `_quoted_or_cut`); a group the text writes only within a quotation
        or cut is no keyphrase."""
        key = tuple(content_stems.cached(display))
        if len(key) < (1 if kind == "head" else 2) or len(set(key)) < len(key) or len(key) > 4:
            return
        if not _GENERIC_STEMS.isdisjoint(key) and not (
                _compound_tail(display) and _GENERIC_STEMS.isdisjoint(key[:-1])):
            return
        c = cands.get(key)
        if c is None:
            c = cands[key] = {"forms": {}, "kind": kind, "free": free}  # (forms: a plain dict counts faster than a Counter)
        elif free:
            c["free"] = True
        forms = c["forms"]
        forms[display] = forms.get(display, 0) + 1
        if kind == "group" and " " in display:
            head, rest = display.split(" ", 1)
            if rest in person_of and TITLE_WORD.fullmatch(head):
                c["person"] = person_of[rest]  # « capitaine Mathieu » is Laurent Mathieu

    # A person's forms (« Mathieu », « Laurent Mathieu ») -> the name, for a
    # group that is a title and the person's name.
    person_of = {f: e.name for e in analysis.entities if e.label == "PER" and " " in e.name for f in e.forms}

    title_set = set(title_stems[0]) if title_stems else set()
    docs = [s.doc for s in analysis.sentences]
    if analysis.title_doc is not None:
        docs.append(analysis.title_doc)
    measured = _measured_units(docs)
    for doc in docs:
        w = None
        cuts: dict[int, str | None] = {}  # last token -> what a window ending there cuts off
        for toks in _windows(doc):
            if w is None:
                w = words_of(doc)
                lower = w.lower
                # Verbs a window may hold inside, before « des », « du » (« l'étude
                # révèle des traces »): the words before them, looked for once
                # per sentence; whether each is such a verb (`_cut_off`, kept
                # in `cuts` with those of the windows' last words) is asked
                # only when a window holds it.
                inner = [i - 1 for i in _positions(lower, _DES_DU) if i]
            first, last = toks[0], toks[-1]
            if lower[first] in _COUNTING or (first > 0 and w.pos[first - 1] == "NUM" and w.like_num[first - 1]
                                             and (lower[first] in _UNITS or w.pos[last] == "VERB")):
                # « [4,62] milliards d'euros », « [10] kilomètres de profondeur »;
                # « [244] établissements classés »: what the figure counts, cut from it
                continue
            if first > 0 and lower[first] in _UNITS and (
                    lower[first - 1] in _ONE and _unit(lower[first]) in measured or w.text[first - 1][:1].isdigit()):
                # « d'une [tonne de cocaïne] »: « une » is the figure (one
                # tonne), as « 2,3 » of « 2,3 tonnes »; and « 5 000 [euros
                # d'amende] », its « 000 » tagged a determiner: the measure,
                # cut from its figure, would name that quantity (« la tonne de
                # cocaïne ») where the text tells of others. (Not when no
                # other figure measures in that unit: « Un kilo de cannabis
                # découvert … » is the story's own quantity.)
                continue
            if first > 0 and lower[first - 1] in POSSESSIVES:
                continue  # « son [homologue biélorusse] »: whose, the phrase alone does not say
            if first > 1 and lower[first - 1] == "à" and w.pos[first - 2] == "NOUN" and w.text[first][:1].islower():
                continue  # « fromages à [pâte molle] »: the kind of a thing, not the thing
            cut = cuts[last] if last in cuts else cuts.setdefault(last, _cut_off(w, last, doc))
            if inner and not cut:
                for i in inner:
                    if first < i < last and (cuts[i] if i in cuts else cuts.setdefault(i, _cut_off(w, i, doc))) == "verb":
                        cut = "verb"
                        break
            if cut:
                # « bactérie capable [de dégrader] », « séisme de magnitude [6,2] »:
                # no keyphrase; the noun whose complement was cut, left alone,
                # is one when the headline says it too (« Séisme dans le sud de
                # l'Albanie : … » -> « séisme »).
                rest = toks[:-1]  # (a copy: the windows are kept)
                while rest and lower[rest[-1]] in LINK_WORDS:
                    rest.pop()
                if (cut == "complement" and len(rest) == 1 and w.pos[rest[0]] == "NOUN"
                        and stem(w.text[rest[0]]) in title_set and not _complement_is_a_group(w, last)):
                    add(w.text[rest[0]], "head")
                continue
            add(w.span_text(first, last + 1), "group", not _quoted_or_cut(w, first, last))

    pair_counts: Counter = Counter()
    names_in: dict[int, list[str]] = {}  # sentence id -> its one-word names, in entity order
    for e in analysis.entities:
        if e.label in ("LOC", "ORG", "PER") and len(e.name.split()) == 1:
            for sid in set(e.sentences):
                names_in.setdefault(sid, []).append(e.name)
    for s in analysis.sentences:
        names = names_in.get(s.id, [])
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                pair_counts[tuple(sorted((names[i], names[j])))] += 1
    unlisted: set[tuple[str, ...]] = set()  # the keys of pairs the text never lists together
    members: dict[tuple[str, ...], tuple] = {}  # (their entities)
    for (a, b), n in pair_counts.items():
        if n >= 2:
            ea, eb = analysis.entity(a), analysis.entity(b)
            first, second = sorted((ea, eb), key=lambda e: (-e.count, min(e.sentences)))
            add(f"{first.name} et {second.name}", "entities")
            key = tuple(content_stems.cached(f"{first.name} et {second.name}"))
            if cands.get(key, {}).get("kind") == "entities" and not _coordinated(analysis, a, b):
                unlisted.add(key)  # (not a group of the text's: « PGHM de Chamonix »)
                members[key] = (first, second)

    scored: list[Keyphrase] = []
    # Groups said once: (2 in the headline, 1 half in it, 0 in a sentence; the
    # first sentence holding their words; the keyphrase).
    once: list[tuple[int, int, Keyphrase]] = []
    joined = " ".join(sentences)
    # The words of the text, for « is this word ever written in lower case? »
    # (Its words, hyphenated ones whole and in parts: the parts are the runs
    # of \w characters a second scan for « \w+ » would find.) Gathered only
    # when needed: a word of \w characters alone is one of them when the text
    # holds it between two characters that are not \w (see `_holds_run`), and
    # a word with any other character is none of them, so the first few such
    # words are looked for in the text; past `_RUN_SEARCHES` of them (each
    # search reads the whole text: a long text asks for many), the set is
    # built once.
    text_words: set[str] = set()
    searches = 0

    def in_text_words(word: str) -> bool:
        nonlocal searches
        if "-" not in word and searches < _RUN_SEARCHES:
            searches += 1
            return _WORD_CHARS.fullmatch(word) is not None and _holds_run(joined, word)
        if not text_words:
            text_words.update(_WORD_OR_COMPOUND.findall(joined))
            text_words.update([p for w in text_words if "-" in w for p in w.split("-")])
        return word in text_words

    def lower_in_text(word: str) -> bool:
        return in_text_words(word) or (("'" in word or "’" in word)
                                       and re.search(r"(?<!\w)" + re.escape(word) + r"\b", joined) is not None)

    # The stems of the headline's proper nouns (its stems and the lead's, as
    # sets, are above: a window holds a key only where the text holds each
    # of its words).
    title_names = _proper_noun_stems(analysis.title_doc) if analysis.title_doc is not None else None
    rubric_key = tuple(content_stems(rubric)) if rubric else None

    def headline_capital(display: str) -> bool:
        """The capital of `display`'s first word is the headline's, not the
        word's, though the text never writes that word in lower case (a
        brief: « Ouragan Sandy : 39 morts … », then « Le passage de Sandy
        … »): a common noun (as the lemmatizer's tables list them) opening
        the headline before a name (opening on a vowel and singular: the
        article it takes is then « l' », whatever its gender), which the
        headline's parse does not take into the name of a person, an
        organisation or a place (nor a name starting at the second word), and
        the body never writes so (« Orange Bank a ouvert … »)."""
        title, doc = analysis.source.title or "", analysis.title_doc
        head = display.split(" ", 2)
        if doc is None or not title.startswith(display) or not head[1][:1].isupper():
            return False
        if not opens_on_vowel(head[0]) or head[0][-1:] in "sx":
            return False  # its article would be unknown: the gender of a word the body never writes
        if not is_common_noun(head[0].lower()):
            return False
        for e in doc.ents:
            if e.start == 0 and e.label_ in ("PER", "ORG", "LOC"):
                return False  # « Olivier Faure », « Orange Bank »: a name (« Ouragan Sandy » is a MISC)
            if e.start == 1:
                return False  # « Union Berlin » (« Berlin » a place): the name may start at the first word
        return not any(display in s for s in sentences)  # the body writes it so: a name

    def capital_inside(display: str) -> bool:
        """The text writes `display` with its capital inside a sentence
        (« la Banque Valmont », « la décision de la Cour de cassation »): a
        name's, kept though the word is also written in lower case (« la
        banque », « la cour d'appel »)."""
        if display not in joined:
            return False
        for s in sentences:
            at = s.find(display, 1)
            while at > 0:
                before = s[:at].rstrip()
                if before and before[-1] not in "«\"“:—–-.!?" and (at + len(display) == len(s)
                                                                 or not _is_word_char(s[at + len(display)])):
                    return True
                at = s.find(display, at + 1)
        return False

    def judge(key: tuple[str, ...], c: dict, holding: set[int]) -> None:
        """Score one candidate (`holding`: the sentences holding its words):
        into `scored` when it recurs, else into `once`."""
        # (The first form said most often: what most_common(1) gives.)
        display = max(c["forms"].items(), key=_count_of)[0]
        if display[:1].islower():
            display = _ARTICLE.sub("", display)
        elif c["kind"] == "head":
            if lower_in_text(display.lower()):
                display = display.lower()  # « Séisme dans … » (the headline's capital), « un séisme de … »
        elif " " in display:
            first = display.split(" ", 1)[0]
            if (lower_in_text(first.lower()) or headline_capital(display)) and not capital_inside(display):
                display = first.lower() + display[len(first):]  # « Ouragan Sandy » -> « ouragan Sandy »
        apart = 0  # sentences holding only some of its words, each counted half (see below)
        if c["kind"] == "entities":
            n = len(holding)  # sentences holding every word
            in_title = headline = bool(title_stems) and title_set.issuperset(key)
            in_lead = all(k in lead_positions for k in key)
        else:
            n = _near_count(sent_stems, key, holding=holding)
            in_title = bool(title_stems) and title_set.issuperset(key) and _near_count(title_stems, key) > 0
            headline = in_title  # (the test below may count it as half in the headline)
            # (Whether a word after the first is capitalised: asked only of a key in the headline.)
            if in_title and any(w[:1].isupper() for w in display.split()[1:]) and all(k in index for k in key):
                # The headline's own phrase (« Ouragan Sandy ») whose words the
                # body uses apart (« l'ouragan », « Sandy »): half a point for
                # each sentence holding some of them.
                apart = loose = len(set().union(*[index.get(k, _NONE) for k in key])) - n  # (sentences holding one)
                n = n + 0.5 * loose
            elif title_stems and len(title_set.intersection(key)) / len(key) >= 0.5 and not title_names.isdisjoint(key):
                # (A key's words are distinct: see `add`.)
                in_title = 0.5  # part of it in the headline
            in_lead = (lead_positions.keys() >= set(key)
                       and _near_count(lead_stems, key, positions=[lead_positions]) > 0)
        weight = sum([min(frequency(k), 8) for k in key]) / len(key)
        score = n + 3 * in_title + 1.5 * in_lead + 0.3 * weight
        if rubric and rubric_key == key:
            score += RUBRIC_BONUS  # « Ouragan Sandy : 39 morts … »: the editor named the subject
        person = c.get("person")
        if person:
            # Readers search a person by the name, not the title the text
            # gives the person again (« le capitaine Mathieu »).
            display, key = person, tuple(content_stems(person))
        if n + in_title < 2:
            rank = 2 if headline else (1 if in_title else 0)
            first = min(holding, default=len(sentences))  # the first sentence with its words
            once.append((rank, first, Keyphrase(display, key, score, int(n), _said_once(n, rank, in_lead))))
            return
        # (Whole sentences: the half points of words apart, said apart.)
        together = n - 0.5 * apart
        how = f"chosen from the text: in {together:g} sentence{'' if together == 1 else 's'}" + (
            f", and its words apart in {apart:g}" if apart else "") + (
            ", the headline" if in_title else "") + (
            ", the lead" if in_lead else ""
        )
        scored.append(Keyphrase(display, key, score, int(n), how))

    # A candidate held by at most one sentence and whose words are not all in
    # the headline cannot recur: it counts in at most one sentence (n <= 1),
    # and half in the headline at most (n + in_title < 2). Such candidates
    # (most of them) are scored only when no candidate recurs, when the
    # choice among those said once needs them all, in order.
    # A noun alone whose complement was cut somewhere (« remplissage » of
    # « le premier remplissage lié à … ») says less than the group the
    # headline opens on it and the body says (« remplissage des piscines »):
    # not its own. (The headline's groups, by their first word: a few.)
    headline_groups: dict[str, list[tuple[str, ...]]] = {}
    for k, c in cands.items():
        if len(k) > 1 and c["kind"] == "group" and title_set.issuperset(k):
            headline_groups.setdefault(k[0], []).append(k)
    if headline_groups:
        for key in [key for key, c in cands.items() if c["kind"] == "head" and key[0] in headline_groups]:
            if any(_near_count(sent_stems, k, holding=_holding_all(index, k)) for k in headline_groups[key[0]]):
                del cands[key]
    for key in [key for key, c in cands.items() if not c["free"]]:
        # « un candidat de la droite nationale » only in a quotation: neither
        # « candidat de la droite » (one side's words, and cut) nor the whole.
        del cands[key]
    holding_of = {}
    for key, c in cands.items():
        holding = holding_of[key] = _holding_all(index, key)
        if len(holding) > 1 or (title_stems and title_set.issuperset(key)):
            judge(key, c, holding)
    if not scored and not keyword and len(holding_of) > len(once):
        once.clear()
        for key, c in cands.items():
            judge(key, c, holding_of[key])
    scored.sort(key=lambda k: (-k.score, len(k.text), k.text))
    if rubric_key and scored and not keyword:
        # The author's rubric, a group of common nouns (« Horaires des trains :
        # la région … supprime neuf allers-retours … »), when it scores above
        # any group the text repeats: the editor named the subject, where the
        # text's few repeated groups are side phrases (« chiffre contesté »).
        # (Its first word has the headline's capital: a common noun is lowered.)
        own = next((c for rank, _, c in once if rank == 2 and c.key == rubric_key and c.score > scored[0].score), None)
        first = own.text.split(" ", 1)[0].lower() if own is not None else ""
        if own is not None and (own.text[:1].islower() or " " in own.text and (
                is_common_noun(first) or first[-1:] in "sx" and is_common_noun(first[:-1]))):
            own.text = first + own.text[len(first):]
            own.how = "the headline's rubric, above any group the text repeats"
            scored.insert(0, own)
    if unlisted and scored and scored[0].key in unlisted:
        # « Montpellier et Hérault » of « … dans l'Hérault …, dont neuf dans
        # la commune de Pérols, près de Montpellier »: two names the text
        # never writes together, one of them a landmark (`_landmark`); as the
        # focus, the headings would file the news, and figures of France, under
        # a place it only locates by. The other name is the subject.
        pair = members[scored[0].key]
        kept = [e for e in pair if not _landmark(e.name, joined)]
        if len(kept) == 1:
            e = kept[0]
            scored.insert(0, Keyphrase(e.name, tuple(content_stems(e.name)), scored[0].score, len(set(e.sentences)),
                                       "of a pair the text never writes together, the one not a landmark"))
            del scored[1]
    if not scored and once and not keyword:
        # A brief, where no group comes back: the group its headline says
        # (one the body says too first) names the story (« Ouragan Sandy :
        # 39 morts aux États-Unis »), far better than its two most frequent
        # nouns did (« Côte bilan : 39 morts … »); else a group half in the
        # headline, else the text's first group (« passage de Sandy »).
        scored = [min(once, key=lambda c: (-c[0], not c[2].count, c[1], -c[2].score, len(c[2].text), c[2].text))[2]]
    if scored and not keyword and not any(c.isupper() for c in scored[0].text):
        name = _rubric_name(analysis, rubric, index, lead_positions, joined)
        if name is not None and not (title_set.issuperset(scored[0].key) and _is_place(rubric, joined)):
            # (A place's rubric, « Cantal : quatorze fermetures de classes … »,
            # says where; the headline's group, what: « fermetures de classes ».)
            scored.insert(0, name)
    elif scored and not keyword and not title_set.issuperset(scored[0].key):
        # A focus the headline does not say (« salariés de Vénissieux »), when
        # the headline's subject is a name the text repeats (« Valmeyre
        # annonce la suppression de 412 postes … »): the story is its.
        # (The headline's subject: the lead and one more sentence will do.)
        subject = _headline_subject(analysis.title_doc)
        # (Not a name the text writes after an article, « le Nexa Fold »: the
        # headings would give it one.)
        if subject and _after_definite_article(joined, subject):
            subject = ""
        name = _rubric_name(analysis, subject, index, lead_positions, joined, 2)
        if name is not None:
            name.how = name.how.replace("the headline's rubric", "the headline's subject")
            scored.insert(0, name)

    if keyword:
        kw = normalize(keyword).strip()
        focus = Keyphrase(kw, tuple(content_stems(kw)), 0.0, count_in_sentences(sentences, kw), "given with --keyword")
    elif scored:
        focus = scored[0]
    else:
        focus = _fallback(analysis)
    others: list[Keyphrase] = []
    for at, k in enumerate(scored):
        # A wider group as high (« ancien maire de Saint-Malo » after
        # « ancien maire »): it says which.
        # So is the group one word longer the text writes wherever it writes
        # this one (« grèves du contrôle » of « grèves du contrôle aérien
        # français », « grève du contrôle aérien »): it stopped before what
        # completes its complement.
        k = next((o for o in scored[at + 1:] if set(k.key) < set(o.key) and (
            o.score == k.score or o.count == k.count and len(o.key) == len(k.key) + 1
            and o.text.lower().startswith(k.text.lower() + " "))), k)
        if set(k.key) & set(focus.key) == set(k.key) or set(focus.key) <= set(k.key):
            continue
        if k.key in unlisted:
            continue  # « Orléans et Saint-Marceau »: two names, no phrase of the text
        if any(set(k.key) & set(o.key) for o in others):
            continue
        others.append(k)
        if len(others) >= secondary:
            break
    if len(others) < SECONDARY_MIN:
        others += _named_secondaries(analysis, focus, others, secondary - len(others))
    if len(others) < SECONDARY_MIN:  # a very short text: a name it cites once will do
        others += _named_secondaries(analysis, focus, others, SECONDARY_MIN - len(others), once=True)
    return focus, others


# Locators: a place named after one of them (« près de Montpellier », « à une
# dizaine de kilomètres de Nîmes », « au nord de Lyon », « dans la banlieue de
# Toulouse ») is a landmark that says where another place is, not where the
# news is.
_LANDMARK_BEFORE = re.compile(
    r"(?:\b(?:près|proximité(?: immédiate)?|loin|environs|portes|banlieue|autour|km|kilomètres|mètres)"
    r"|\bau (?:nord|sud)(?:-(?:est|ouest))?|\bà l['’](?:est|ouest)) (?:de |d['’])\Z")
_LANDMARK_WINDOW = 32  # characters before the name where the locator ends


def _landmark(name: str, text: str) -> bool:
    """The text (`text`, its sentences joined) first writes `name`, as a
    whole word, after a locator (`_LANDMARK_BEFORE`): « dont neuf dans la
    commune de Pérols, près de Montpellier »."""
    for at in find_all(text, name):
        if NOT_AFTER_WORD.match(text, at) and NOT_BEFORE_WORD.match(text, at + len(name)):
            return at > 0 and _LANDMARK_BEFORE.search(text, max(0, at - _LANDMARK_WINDOW), at) is not None
    return False


def _after_definite_article(text: str, name: str) -> bool:
    r"""Whether `text` writes `name` after « le », « la », « les », « l' »:
    re.search(rf"\b(?:[Ll]e|[Ll]a|[Ll]es) {n}\b|\b[Ll]['’]{n}\b", text), `n`
    the name escaped, without a pattern per name (see `find_all`)."""
    return any(WORD_BOUNDARY.match(text, at + len(name)) and _DEFINITE_BEFORE.search(text, max(0, at - 4), at)
               for at in find_all(text, name))


_DEFINITE_BEFORE = re.compile(r"(?:\b(?:[Ll]e|[Ll]a|[Ll]es) |\b[Ll]['’])\Z")  # (4 characters at most)


# Between two names of a list: a comma (and a definite article), or « et »,
# « ou » (and an article or a preposition: « en Espagne et au Portugal »);
# other items of the list may come between them.
_LIST_COMMA = r"\s*,\s*(?:(?:le|la|les)\s+|l['’])?"
_LIST_CONJ = r"\s+(?:et|ou)\s+(?:(?:le|la|les|au|aux|à|en|du|des|de)\s+|l['’]|d['’])?"
_LIST_ITEM = r"[^,;:.«»()]{1,40}?"
_LIST_SEP = re.compile(rf"(?:{_LIST_COMMA}{_LIST_ITEM}){{0,2}}(?:{_LIST_COMMA}|{_LIST_CONJ})")


def _coordinated(analysis, a: str, b: str) -> bool:
    """Whether the text names `a` and `b` in one list (« la Russie et la
    Biélorussie », « le Mexique, le Brésil »): a pair the text says together.
    Two names that merely share sentences are no phrase (« État et
    Grenoble » of « l'État » condemned by the court of Grenoble)."""
    texts = [b.text for b in analysis.source.blocks] + [analysis.source.title or ""]  # (its headings too)
    return any(a in t and b in t and (_listed_before(t, a, b) or _listed_before(t, b, a)) for t in texts)


def _listed_before(text: str, a: str, b: str) -> bool:
    r"""Whether `text` writes `a`, what separates two items of a list, then
    `b`: a match of (?<![\w-])A(?:SEP)B(?![\w-]), A and B the names escaped,
    found without compiling it for each pair of names (see `find_all`):
    some `a` no word character or hyphen precedes, some `b` none follows,
    and the separator's pattern matching all that stands between them (it
    tests nothing outside: no \b, no lookaround)."""
    ends = [at + len(a) for at in find_all(text, a) if NOT_AFTER_WORD.match(text, at)]
    if not ends:
        return False
    return any(NOT_BEFORE_WORD.match(text, at + len(b)) and any(e <= at and _LIST_SEP.fullmatch(text, e, at) for e in ends)
               for at in find_all(text, b))


# A function word, no noun of a kind: « le maire de Lyon ».
_NOT_KIND = r"(?!(?:de|d|du|des|à|au|aux|en|dans|sur|pour|par|vers|et|ou)\b)"
# What `_is_place` looks for before a name: « en », « dans le » (9 characters
# at most), « à », a noun of a kind after its article (3 spaces at most).
_PLACE_BEFORE = re.compile(r"\b(?:en|dans l[ea]|dans les) \Z")
_TO_BEFORE = re.compile(r"\bà \Z")
_KIND_BEFORE = re.compile(rf"(?:\b(?:[Ll]e|[Ll]a|[Ll]es|[Uu]ne?|[Dd]u|[Dd]es|[Aa]u) |\b[Ll]['’]){_NOT_KIND}[a-zà-ÿœ-]+"
                          rf"(?: {_NOT_KIND}[a-zà-ÿœ-]+)? \Z")


def _is_place(name: str, text: str) -> bool:
    """Whether `text` writes `name` as a place's: after « en », « dans le »,
    « dans la » (« dans le Cantal », « en Occitanie »), or after « à » when
    the text never writes it after a noun of its kind (« le groupe
    agroalimentaire Valcor », « l'action Valcor »): « à » also gives to
    someone (« ont vendu leur lait à Valcor »)."""
    # (The three searches of rf"…{re.escape(name)}\b", without a pattern per
    # name: at each `name` a \b follows, what ends there; see `find_all`.)
    found = [at for at in find_all(text, name) if WORD_BOUNDARY.match(text, at + len(name))]
    if any(_PLACE_BEFORE.search(text, max(0, at - 9), at) for at in found):
        return True
    if not any(_TO_BEFORE.search(text, max(0, at - 2), at) for at in found):
        return False
    return not any(_KIND_BEFORE.search(text, _after_spaces(text, at, 4), at) for at in found)


def _after_spaces(text: str, at: int, n: int) -> int:
    """Where the text after the `n`th space before `at` starts (0 when fewer):
    a match ending at `at` holding fewer spaces starts there or after."""
    for _ in range(n):
        at = text.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at + 1


def _headline_subject(doc) -> str:
    """The one word a headline opens on, a proper noun, when a finite verb
    follows it (« Valmeyre annonce … »): the headline's subject; else ""."""
    if doc is None or len(doc) < 3 or doc[0].pos_ != "PROPN" or doc[1].pos_ not in ("VERB", "AUX"):
        return ""
    return doc[0].text if "Fin" in doc[1].morph.get("VerbForm") else ""


def _rubric_name(analysis, rubric: str, index: dict, lead_positions: dict, joined: str,
                 least: int = 3) -> Keyphrase | None:
    """The name of one word a headline opens on before « : », when the lead
    and at least two other sentences (`least` in all) name it again (« Valcor : le bénéfice
    net recule … », then « Le groupe agroalimentaire Valcor … »): the story
    is about it, and it is what readers type, more than a group of common
    nouns (« chiffre d'affaires »). A name: a proper noun to the headline's
    parse that the text (`joined`, its sentences) never writes in lower case
    (« Immobilier : les prix … » then « l'immobilier » is a common noun with
    the headline's capital)."""
    doc = analysis.title_doc
    if not rubric or " " in rubric or doc is None or len(doc) < 2 or doc[0].text != rubric:
        return None
    if doc[0].pos_ != "PROPN" or rubric.islower() or _holds_run(joined, rubric.lower()):
        return None
    key = tuple(content_stems(rubric))
    if len(key) != 1 or key[0] not in lead_positions:
        return None
    n = len(index.get(key[0], ()))
    if n < least:
        return None
    return Keyphrase(rubric, key, 0.0, n, f"the headline's rubric, a name the text repeats: in {n} sentences, the lead")


SECONDARY_MIN = 3
# French news is set in France unless it says otherwise: the country's name
# narrows no search (« France » as a keyword of a strike at Marseille).
_HOME = frozenset({"France"})


def _named_secondaries(analysis, focus: Keyphrase, others: list[Keyphrase], most: int,
                       once: bool = False) -> list[Keyphrase]:
    """A short text has few phrases that recur: its people, organisations and
    places are what readers search for next (« Bundestag », « Gerhard
    Schröder »). The most cited first, then the names of two words or more;
    none that shares a word with a keyphrase already chosen."""
    taken = [set(focus.key), *(set(o.key) for o in others)]
    found = []
    ranked = sorted((e for e in analysis.entities if e.label in ("PER", "ORG", "LOC")),
                    key=lambda e: (-(e.count >= 2), -(len(e.name.split()) >= 2), -e.count, min(e.sentences), e.name))
    for e in ranked:
        if len(e.name) < 3 or e.name in _HOME:
            continue
        if e.name.count("(") != e.name.count(")"):
            continue  # « ARS) Centre-Val de Loire » of « l'agence régionale de santé (ARS) Centre-Val de Loire »: a fragment
        if e.count < 2 and not once and len(e.name.split()) < 2:
            # A name cited once, of one word: too thin to be searched for,
            # unless nothing else. (Ranked last: all the rest are so too.)
            break
        key = tuple(content_stems.cached(e.name))
        if not key or any(set(key) & t for t in taken):
            continue
        if " " in e.name and _cut_inside_a_group(analysis, e):
            continue  # « État française » of « la secrétaire d'État française »
        if " " not in e.name and _people_of(analysis, e):
            continue  # « deux Néerlandais »: persons of a country, no name
        taken.append(set(key))
        found.append(Keyphrase(e.name, key, 0.0, e.count, "a name the text cites"))
        if len(found) >= most:
            break
    return found


_COUNTED = r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|des|les|plusieurs|\d+)"


def _people_of(analysis, e) -> bool:
    """Whether a name of one word is an adjective of nationality the text
    counts persons by (« deux Néerlandais, un Albanais »): the tagger's
    place or name is a group of persons."""
    if not _is_adjective(e.name.lower()):
        return False
    # re.search(rf"(?<![\w-]){_COUNTED} {re.escape(e.name)}(?![\w-])", text, re.I)
    # without a pattern per name (see `find_all`): the name's places under
    # re.I (`case_folded`), what ends before; the count holds no space.
    name = case_folded(e.name)
    for s in analysis.sentences:
        text = s.text
        if e.name not in text:
            continue
        for at in find_all(case_folded(text), name):
            if NOT_BEFORE_WORD.match(text, at + len(name)) and \
                    _COUNTED_BEFORE.search(text, text.rfind(" ", 0, max(0, at - 1)) + 1, at):
                return True
    return False


_COUNTED_BEFORE = re.compile(rf"(?<![\w-]){_COUNTED} \Z", re.I)


def _cut_inside_a_group(analysis, e) -> bool:
    """Whether the tagger's entity `e` holds an adjective that agrees not
    with the noun before it, in the first sentence naming it (« État
    française » of « la secrétaire d'État française »: « française » is the
    secretary's): a fragment of a longer nominal group, no name."""
    for s in analysis.sentences:
        if s.id not in e.sentences or e.name not in s.text:
            continue
        start = s.text.index(e.name)
        span = s.doc.char_span(start, start + len(e.name), alignment_mode="expand")
        if span is None:
            return False
        w = words_of(s.doc)
        for i in range(span.start + 1, span.end):
            # (« Coupe du monde féminine », « Cour des comptes européenne »: an
            # adjective agreeing with a noun of the name before it is the name's.)
            if w.pos[i] == "ADJ" and w.text[i][:1].islower() and w.pos[i - 1] in ("NOUN", "PROPN") \
                    and not any(w.pos[j] in ("NOUN", "PROPN") and _agrees_with(w, i, j) for j in range(span.start, i)):
                return True
        return False
    return False


def _said_once(n: float, rank: int, in_lead: bool) -> str:
    where = ("the headline", "half in the headline")[2 - rank] if rank else ("the lead" if in_lead else "one sentence")
    if rank and n:
        where += " and the body"
    return f"chosen from the text, where no group recurs: in {where}"


def _fallback(analysis) -> Keyphrase:
    """No nominal group at all (a text of a few words): the two most frequent content words."""
    counts: Counter = Counter()
    forms: dict[str, str] = {}
    for s in analysis.sentences:
        w = words_of(s.doc)
        for i, (text, low) in enumerate(zip(w.text, w.lower)):
            if (w.pos[i] in ("NOUN", "PROPN") and low not in FUNCTION_WORDS and len(text) > 2
                    and _is_nominal(w, i) and low not in GENERIC):
                st = stem(text)
                if low in _COUNTING or low in _UNITS:
                    continue  # « euros », « kilomètres »: a measure says nothing alone
                counts[st] += 1
                forms.setdefault(st, text)
    top = [forms[s] for s, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    text = " ".join(top) if top else "actualité"
    return Keyphrase(text, tuple(content_stems(text)), 0.0, 0, "fallback: the two most frequent nouns (no phrase recurs)")
