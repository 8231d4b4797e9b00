"""French readability: words, sentences and syllables counted the French way,
the Kandel–Moles Flesch score, and the sentence-level measures (long
sentences, passive voice, transition words, repeated openings).

How words and syllables are counted (see docs/checks.md for the measurements
behind these choices):

- Words follow Flesch's own rules (« How to Write Plain English », ch. 2):
  contractions, hyphenated words, abbreviations, figures and symbols count as
  one word. In French: « l’intégration », « aujourd’hui », « peut-être »,
  « a-t-il », « M. », « 2 800 000 », « 66,1 » and « 11 % » are one word each.
- Syllables are those of careful spoken French: a final mute e (« France »,
  « crises », « langue ») and the -ent of a plural verb (« parlent ») are
  silent, and so is an inner e after one consonant sound (« samedi » 2,
  « seulement » 2, but « gouvernement » 4); i, u and ou before a vowel
  are glides (« nation » 2, « Biélorussie » 4, « jouer » 1) except after a
  consonant + r/l (« client » 2, « priorité » 4); é, ï, ë, ü and the pairs
  « oa », « ao » break a vowel group (« créa » 2, « naïf » 2, « chaos » 2).
  Figures, symbols and abbreviations count as one syllable, as Flesch says.
- Sentences end at . ! ? … followed by a capital, a digit or a quote, never
  after « M. », « Mme » or an initial; « ?! » and « … » end one sentence. A
  quotation of several sentences counts as several sentences (a reader reads
  them so), unlike `text.split_sentences`, which keeps quotations whole for
  rewriting.

Nothing here loads spaCy: the measures that need a parse take the parsed
sentences from the caller, spaCy Docs or `reuse.Line`s (read as Lines).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

from .reuse import as_line
from .text import ABBREVIATIONS, GROUP_SPACES, HAS_ALNUM, INNER_APOSTROPHE, has_odd_case, memoize, normalize

VOWELS = set("aeiouyàâäéèêëîïôöûùüÿœæ")
DIAERESIS = set("ïëüÿ")
# A consonant followed by r or l before i + vowel forces two syllables
# (« cli-ent », « pri-o-ri-té », « tri-omphe »): the French diérèse rule.
MUTA, LIQUIDA = "bcdfgkptv", "rl"
# Common words in -ent whose ending is a nasal vowel, not a silent plural
# verb ending; used only when no part-of-speech tag is available.
NASAL_ENT = frozenset(
    "accident adolescent agent argent cent client comment content continent dent différent "
    "équivalent évident excellent gent incident intelligent lent parent patient permanent "
    "précédent présent président prudent récent régent serpent souvent talent torrent "
    "urgent vent violent".split()
)
_PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|int|inte|ints|intes|ert|erte|erts|ertes|ise|ises|ts?)$")
# Intransitive verbs that take être in compound tenses: « ils sont tombés »
# is a past tense, never a passive, whatever the parser says.
ETRE_VERBS = frozenset(
    "aller venir revenir devenir parvenir intervenir survenir advenir provenir arriver partir repartir "
    "tomber retomber naître mourir décéder rester entrer rentrer sortir ressortir monter remonter "
    "descendre redescendre retourner passer repasser apparaître disparaître accourir échoir éclore "
    "demeurer".split()
)


# --- words --------------------------------------------------------------------

# The patterns that open with a digit check what comes before it after
# taking it (« (?<![\d,])\d » is « \d(?<![\d,]\d) », « \b\d » is
# « \d(?<!\w\d) »): sre then scans for a digit instead of trying every position.
_NUM_GROUPS = re.compile(rf"\d(?<![\d,]\d)\d{{0,2}}(?:[{GROUP_SPACES}]\d{{3}})+(?![\d])")
_SYMBOLS = ("%", "‰", "€", "$", "£", "°")
_NUM_SYMBOL = re.compile(rf"(\d)[{GROUP_SPACES}]+({'|'.join(map(re.escape, _SYMBOLS))})")
_TIME = re.compile(r"(\d(?<!\w\d)\d?) ?h(?: ?(\d{2}))?\b")  # « 20 h 30 », « 8 h »
_EDGE_PUNCT = "«»\"“”‘’'()[]{},;:!?…–—.*_"
# What each of the three patterns above needs, in a text whose group spaces
# are plain spaces: a figure followed by spaces and a figure (groups) or a
# symbol, or by « h » or a space and « h » (a time). Most figures have
# neither (« en 2019 », « le 12 mars »).
_FIGURE_SPACED = re.compile(rf"\d(?: +[\d{''.join(map(re.escape, _SYMBOLS))}]| ?h)")
_SPACE = re.compile(r"\s")


@memoize  # pure; the checks ask it again and again for the same sentences
def words(text: str) -> list[str]:
    """The words of a French text, one per unit Flesch counts as a word.

    >>> words("L’intégration, aujourd’hui, a-t-il dit : 2 800 000 euros (66,1 %).")
    ['L’intégration', 'aujourd’hui', 'a-t-il', 'dit', '2800000', 'euros', '66,1%']
    """
    t = text.replace("\u00a0", " ").replace("\u202f", " ")
    if _FIGURE_SPACED.search(t):
        t = _NUM_GROUPS.sub(lambda m: _SPACE.sub("", m.group(0)), t)
        if any(map(t.__contains__, _SYMBOLS)):  # (the symbol it needs, looked for first)
            t = _NUM_SYMBOL.sub(r"\1\2", t)
        t = _TIME.sub(lambda m: m.group(1) + "h" + (m.group(2) or ""), t)
    # « M. » keeps its dot for what it is, and « etc. » too, but the tally
    # is the same: one word. (A word whose characters are all letters or
    # digits holds one: str.isalnum is quicker than the search, and [^\W_]
    # is what it calls alphanumeric.)
    has_alnum = HAS_ALNUM.search
    return [w for w in map(str.strip, t.split(), itertools.repeat(_EDGE_PUNCT)) if w.isalnum() or has_alnum(w)]


# --- syllables -----------------------------------------------------------------


_V = "aeiouyàâäéèêëîïôöûùüÿœæ"  # VOWELS, as a regex class's body
# Where each vowel group of `_groups_by_letter` begins, one match a group: a
# vowel (a class first, which sre scans for quickly), then, looking behind
# it, a vowel after a consonant (or first), or a vowel that breaks the group
# of the vowel before it by one of the hiatus rules there, in the same order.
# Group 1 is « e » for an « e » after a consonant and before one consonant
# (not x) and a vowel: the only groups whose e may be a mute one that
# `_dropped_schwas` drops (it drops an e alone in its group, between one
# consonant sound and one consonant).
_GROUP_START = re.compile(
    rf"[{_V}](?:(?<=(e))(?<![{_V}]e)(?=[^{_V}x][{_V}])"  # an « e » that may be mute
    rf"|(?<![{_V}].)"  # a vowel after a consonant (or first)
    r"|(?<=[ïëüÿ])"  # « naïf », « Noël », « Saül »
    r"|(?<=é)(?<![iuy]é)"  # « aéroport », « créé »; not « Biélorussie », « tué »
    r"|(?<=[éè].)"  # « création », « réel »
    r"|(?<=oa)|(?<=ao)(?!û)|(?<=\Acoo)"  # « coalition », « chaos », « coopération »; not « août »
    rf"|(?<=[{_V}]y.)"  # « royal », « moyen »
    rf"|(?<=[{MUTA}][{LIQUIDA}]i.))"  # « client », « priorité »
)


def _groups(w: str) -> int:
    """Syllables of a lower-case word: its vowel groups, split by the French
    hiatus rules, less the inner mute e's that speech drops.

    One regex finds where each group begins (`_GROUP_START`); a word with an
    inner « e » that may be mute (see there), the one case where an e may
    drop, is counted letter by letter (`_groups_by_letter`)."""
    starts = _GROUP_START.findall(w)
    # (No inner group to drop with fewer than three.)
    if len(starts) > 2 and "e" in starts[1:-1]:
        return _groups_by_letter(w)
    return len(starts)


def _groups_by_letter(w: str) -> int:
    """`_groups`, counted letter by letter: the vowel groups' spans, then the
    mute e's among them."""
    spans: list[list[int]] = []  # [start, end) of each vowel group
    vowels = VOWELS
    after_vowel = False  # the previous letter is a vowel
    for i, ch in enumerate(w):
        if ch not in vowels:
            after_vowel = False
        elif not after_vowel:
            spans.append([i, i + 1])  # a vowel after a consonant (or first) opens a group
            after_vowel = True
        else:
            prev = w[i - 1]  # a vowel too: does this one break the group (a hiatus)?
            if (
                ch in DIAERESIS  # « naïf », « Noël », « Saül »
                or (ch == "é" and prev not in "iuy")  # « aéroport », « créé », « poésie »; not « Biélorussie », « tué »
                or prev in "éè"  # « création », « réel », « géant », « réunion »
                # « coalition », « chaos », « coopération »; not « août », « alcool »
                or ((prev, ch) in (("o", "a"), ("a", "o")) and w[i : i + 2] != "oû") or (i == 2 and w.startswith("coo"))
                or (prev == "y" and i >= 2 and w[i - 2] in vowels)  # « royal », « moyen », « payer »: y links two syllables
                or (prev == "i" and i >= 3 and w[i - 3] in MUTA and w[i - 2] in LIQUIDA)  # « client », « priorité »
            ):
                spans.append([i, i + 1])
            else:
                spans[-1][1] = i + 1
    # (No inner group to drop with fewer than three.)
    return len(spans) - _dropped_schwas(w, spans) if len(spans) > 2 else len(spans)


def _one_consonant(cs: str) -> bool:
    """One consonant sound: « m », « ll », « ch », « ph », « gn »; not « x », « rn », « bl »."""
    return (len(cs) == 1 and cs != "x") or (len(cs) == 2 and (cs[0] == cs[1] or cs in ("ch", "ph", "gn", "th")))


def _dropped_schwas(w: str, spans: list[list[int]]) -> int:
    """Inner mute e's that speech drops (the « loi des trois consonnes »): an
    e alone in an open syllable, after one consonant sound that follows a
    vowel — « sam(e)di », « seul(e)ment », « également », « avenue » —
    but not after two (« gouvernement », « probablement »), nor in the first
    syllable (« semaine »), nor right after another dropped e."""
    dropped = 0
    last_dropped = False
    for k in range(1, len(spans) - 1):
        a, b = spans[k]
        if b - a != 1 or w[a] != "e":
            last_dropped = False  # (most groups: not an e alone, the consonants around it unread)
            continue
        before = w[spans[k - 1][1] : a]
        if len(before) > 1 and before[0] in "nm" and before[1] not in "nm":
            before = before[1:]  # « maint(e)nant »: the n belongs to the nasal vowel
        after = w[b : spans[k + 1][0]]
        if not last_dropped and _one_consonant(before) and len(after) == 1 and after != "x":
            dropped += 1
            last_dropped = True
        else:
            last_dropped = False
    return dropped


_GU = re.compile(r"gu(?=[eiéèêy]|$)")
_NOT_LETTER = re.compile(r"[^\w'’-]")
_PART_SEPARATOR = re.compile(r"[-'’]")


def _simplify(w: str) -> str:
    """Spelling that hides a vowel: qu, and gu before e/i, are one consonant;
    in « aiguë » the ë only says that the u is heard."""
    w = w.replace("qu", "k")
    if "gu" in w:
        w = _GU.sub("g", w)
    return w.replace("uë", "u")


def _mute_ending(w: str, plural_verb: bool | None) -> str:
    """Drop a silent ending when something voiced remains before it."""
    # (One ending at most applies: a word in -ent ends in neither -es nor -e.)
    if w.endswith("ent"):
        if plural_verb is None:
            plural_verb = w.endswith("aient") or (not w.endswith("ment") and w not in NASAL_ENT and not w.endswith("ient"))
        c = w[:-3] if plural_verb else w
    elif w.endswith("es"):
        c = w[:-2]
    elif w.endswith("e"):
        c = w[:-1]
    else:
        return w
    return w if VOWELS.isdisjoint(c) else c


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked for every word of every sentence checked
def syllables(word: str, plural_verb: bool | None = None) -> int:
    """Spoken syllables of one French word (see the module docstring).

    `plural_verb` says whether a word in -ent is a plural verb (its ending
    silent); None guesses from the spelling.
    """
    # (ASCII is its own NFC form.)
    w = (word if word.isascii() else unicodedata.normalize("NFC", word)).strip(_EDGE_PUNCT)
    if not w:
        return 0
    if w.isalpha():
        # Most words: no figure; an abbreviation only if listed, or if it
        # has a capital letter (see `_is_abbreviation`: letters only, it is
        # one when every letter is a capital, so never when not w.isupper());
        # no character to drop, one part (lower case makes no separator).
        # (A word in lower case is its own lower case: no character that
        # str.islower calls lower case lowers to another.)
        if w.islower():
            if w in ABBREVIATIONS:
                return 1
            p = w
        elif w in ABBREVIATIONS or (w.isupper() and _is_abbreviation(w)):
            return 1
        else:
            p = w.lower()
        if "qu" in p or "gu" in p or "uë" in p:  # (else nothing to simplify)
            p = _simplify(p)
        p = _mute_ending(p, plural_verb)
        # (As the loop below counts one last part; at least one syllable.)
        n = _groups(p)
        if p.startswith("pays") and (len(p) == 4 or p.startswith("paysag")):
            n += 1  # « pa-ys »: the y is two vowels
        return n or 1
    elif any(map(str.isdigit, w)):  # a letter is never a digit
        return 1  # figures: one syllable (Flesch)
    elif _is_abbreviation(w):
        return 1
    else:
        t = w.replace("’", "'").replace("-", "'")
        if t.replace("'", "").isalpha():
            # Letters and separators only (« l'attentat », « peut-être »):
            # nothing for _NOT_LETTER to drop (a letter is a word character),
            # and lower case makes no separator nor drops one.
            parts = [p for p in t.lower().split("'") if p]
        else:
            parts = [p for p in _PART_SEPARATOR.split(_NOT_LETTER.sub("", w).lower()) if p]
    total = 0
    for k, part in enumerate(parts):
        last = k == len(parts) - 1
        if k and part == "ce":
            continue  # « est-ce »: the enclitic ce is not heard
        p = _simplify(part) if "qu" in part or "gu" in part or "uë" in part else part
        p = _mute_ending(p, plural_verb if last else None)
        if p == "pays" or p.startswith("paysag"):
            total += 1  # « pa-ys »: the y is two vowels
        total += _groups(p)
    return max(1, total)


def _is_abbreviation(w: str) -> bool:
    bare = w.rstrip(".")
    if bare in ABBREVIATIONS:
        return True
    if bare.islower():
        return False  # no capital letter: none of the capitals below
    end = bare[-1:]
    if end.isalpha() and not end.isupper():
        return False  # a letter of the part after the elision (the last) and not a capital: « L'attentat »
    letters = [c for c in bare if c.isalpha()]
    # ISW, UE, URSS, l’OTAN (the part after the elision)
    tail = INNER_APOSTROPHE.split(bare)[-1]
    tail_letters = [c for c in tail if c.isalpha()]
    return len(tail_letters) >= 2 and all(c.isupper() for c in tail_letters) and bool(letters)


# --- sentences -------------------------------------------------------------------

# (A class first, not a repeat: sre then scans for the class quickly.)
_END = re.compile(r"[.!?…][.!?…]*")
# Where a sentence may end: a run of end marks (group 1), the closing quotes
# and brackets that belong to the sentence it ends (group 2: a space too, when
# one comes before them), then spaces and something after them. Each part is
# possessive, as the walk it stands for never gives back; a run that cannot
# end a sentence is not matched (nor any part of it: what follows is the same).
_END_AT = re.compile(r"([.!?…][.!?…]*+)((?:[»)\"”\]]| (?=[»)]))*+) ++(?=.)", re.S)


def sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, as a reader sees them (see the module docstring)."""
    p = normalize(paragraph).strip()
    out = []
    start = 0
    for m in _END_AT.finditer(p):
        k = m.end()  # the next sentence's first character, if it is one
        nxt = p[k]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "«\"(–-"):
            continue
        if m.group(1) == "." and _abbreviation_before(p, m.start()):
            continue
        out.append(p[start : m.end(2)].strip())
        start = k
    tail = p[start:].strip()
    if tail:
        out.append(tail)
    # A piece with a letter or a digit has a word (edge punctuation holds
    # neither, and the figures' rewriting keeps their digits): no need to
    # list its words.
    return [s for s in out if HAS_ALNUM.search(s)]


def has_inner_end(text: str) -> bool:
    """An end mark (. ! ? …) before the last character of `text`: without
    one, `sentences` cannot cut it (an end mark ends a sentence only with
    more text after it; normalising a text creates none)."""
    return _END.search(text, 0, len(text) - 1) is not None


def _abbreviation_before(text: str, dot: int) -> bool:
    # The word the dot ends: the run of non-space characters before it (or
    # before a newline right before it, as the regex (\S+)$ on text[:dot]
    # finds it), found by walking back rather than by a search of the prefix.
    end = dot - 1 if dot > 0 and text[dot - 1] == "\n" else dot
    k = end
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    if k == end:
        return False
    w = text[k:end].lstrip("(«\"")
    return w in ABBREVIATIONS or (len(w) == 1 and w.isupper())


# --- Flesch ------------------------------------------------------------------------


@dataclass
class Flesch:
    score: float
    words: int
    sentences: int
    syllables: int


# A word in -ent, looked for in the lower case (a pattern that opens on a
# literal is searched faster): there it matches where « ent\b » matches in
# any case, as only E, N and T lower to e, n and t, and lowering a character
# keeps it a word character or not (« İ » lowers to « i » and a mark).
_ENT_END = re.compile(r"ent\b")


# A word in -ent in the lower case of a text's words joined by spaces.
_ENT_WORD_END = re.compile(r"ent(?= |\Z)")


def plural_verbs(doc) -> set[str]:
    """Lower-case forms in -ent that the parse (a Doc or a `reuse.Line`) tags as plural verbs."""
    line = as_line(doc)
    return {
        low for i, (pos, low) in enumerate(zip(line.pos, line.lower))
        if pos in ("VERB", "AUX") and low.endswith("ent") and "Plur" in line.feature(i, "Number")
    }


def flesch(sents: list[str], docs: list | None = None) -> Flesch:
    """Kandel & Moles (1958): 207 − 1.015 × words/sentence − 73.6 × syllables/word.

    With `docs` (one spaCy Doc per sentence), a word in -ent is silent exactly
    when the parse says it is a plural verb; without, it is guessed.
    """
    per = [words.cached(s) for s in sents]  # (only read)
    ws = list(itertools.chain.from_iterable(per))
    if not ws:
        return Flesch(0.0, 0, 0, 0)
    n_words, n_sents = len(ws), sum(map(bool, per))
    if docs is None:
        # Every word's ending guessed, in one pass over the text's words (one
        # argument, not (w, None): the cache then keys on the word itself).
        n_syl = sum(map(syllables, ws))
    else:
        # The same, but a word in -ent is silent when the parse of its
        # sentence tags it a plural verb. Those words are found by one scan of
        # the words' lower case joined by spaces (a word holds no space, and
        # lower case makes none): a match ends word j, j the spaces before it.
        # (What was read sentence by sentence, a sentence's words only when
        # « ent » is in its lower case, gave the same: a word's letters are
        # in its sentence, as `words` only drops spaces next to digits.)
        low = " ".join(ws).lower()
        n_syl = 0
        ends = list(itertools.accumulate(map(len, per)))  # where each sentence's words end
        verbs_of: dict[int, set[str]] = {}
        j = at = after = 0  # word j starts at or before `at` in `low`; words from `after` on are not counted yet
        for m in _ENT_WORD_END.finditer(low):
            j += low.count(" ", at, m.start())
            at = m.start()
            n_syl += sum(map(syllables, ws[after:j]))
            after = j + 1
            i = bisect.bisect_right(ends, j)  # the sentence of word j
            verbs = verbs_of.get(i)
            if verbs is None:
                # (The parse is read only for a sentence with a word in -ent.)
                verbs = verbs_of[i] = plural_verbs(docs[i]) if _ENT_END.search(sents[i].lower()) else set()
            w = ws[j]
            n_syl += syllables(w, INNER_APOSTROPHE.split(w.lower())[-1] in verbs)
        n_syl += sum(map(syllables, ws[after:]))
    score = 207 - 1.015 * n_words / n_sents - 73.6 * n_syl / n_words
    return Flesch(round(score, 1), n_words, n_sents, n_syl)


# --- sentence-level measures -----------------------------------------------------


# A form of « être » as a whole word, in any case: est, es, sont, suis,
# sommes, ser-a/-ons/…, soi-t/-s/-ent, soyons, soyez, êtes, être, été,
# étai-s/-t, étaient, étions, étiez, étant, fu-t/-s/-rent/-mes/-tes, fût.
# The first letter is a class, written in both cases with « ſ » (which re.I
# reads as s), so that sre scans for it quickly; the look-behind after it
# makes it a word's first letter, and the rest is chosen by that letter.
_ETRE_FORM = re.compile(
    r"[eEsSſéÉêÊfF](?<!\w.)(?i:"
    r"(?<=e)st?"
    r"|(?<=s)(?:ont|uis|ommes|er(?:a|as|ai|ons|ez|ont|ait|ais|aient|ions|iez)|oi(?:t|s|ent)|oyons|oyez)"
    r"|(?<=ê)(?:tes|tre)"
    r"|(?<=é)(?:té|tai[st]|taient|tions|tiez|tant)"
    r"|(?<=f)(?:u(?:t|s|rent|mes|tes)|ût))\b")


_RE_PREFIX = re.compile(r"^r[eé]")  # « retomber », « réapparaître »


def is_passive(doc, text: str | None = None) -> bool:
    """A periphrastic passive (« être » + past participle) in a parsed sentence.

    spaCy's parse marks passives with `aux:pass` and `nsubj:pass`; the small
    French model also labels many as `aux:tense` (« sera rendu », « est
    produit ») or `cop` with the participle tagged as an adjective (« pourrait
    être contrainte »). So a sentence is passive when a form of « être » (or a
    `nsubj:pass`) depends on a past participle, unless that participle is:
    - of an intransitive verb conjugated with être (« ils sont tombés », « est
      réapparue »): a past tense, not a passive;
    - pronominal (« se sont présentés »): a reflexive, not a passive;
    - not a participle at all (« sont victimes », « sont de fidèles alliés »).
    A sentence with no form of « être » in its words has no passive, whatever
    the parse says (« Trois réacteurs nucléaires ont dus arrêtés »: the
    text's slip, as Yoast reads it too); that test also spares reading most
    parses. `text` is the sentence's text when the caller has it (Doc.text
    joins the tokens' texts anew at each call).
    """
    if not _ETRE_FORM.search(doc.text if text is None else text):
        return False  # no form of « être », no passive: most sentences, found without reading the parse
    line = as_line(doc)
    pos, dep, lemma, lower = line.pos, line.dep, line.lemma, line.lower
    for i, rel in enumerate(dep):
        if not ((pos[i] == "AUX" and lemma[i] == "être") or rel in ("aux:pass", "nsubj:pass")):
            continue
        if not line.has_head(i):
            continue  # spaCy's head of the token is the token itself
        h = line.head[i]
        if not _is_participle(line, h, rel in ("aux:pass", "nsubj:pass"), i if pos[i] == "AUX" else None):
            continue
        lem = lemma[h].lower()
        if lem in ETRE_VERBS or _RE_PREFIX.sub("", lem) in ETRE_VERBS:
            continue
        if any(lower[c] in ("se", "s'", "me", "m'", "te", "t'") or dep[c].startswith("expl") for c in line.children(h)):
            continue
        return True
    return False


def _is_participle(line, h: int, labelled_passive: bool, aux: int | None = None) -> bool:
    """A past participle (token h of the line), by the tag and by the
    spelling (the small model tags « victimes » as a participle of « victimer »)."""
    low = line.lower[h]
    if not _PARTICIPLE_END.search(low):
        return False
    pos = line.pos[h]
    if pos == "VERB" and "Part" in line.feature(h, "VerbForm"):
        return "Pres" not in line.feature(h, "Tense")
    if aux is not None and not all(line.pos[x] in ("ADV", "PRON", "PART") for x in range(min(aux, h) + 1, max(aux, h))):
        return False  # mistagged words are trusted only right after « être »: not « sont de fidèles alliés »
    lemma = line.lemma[h].lower()
    if pos in ("VERB", "ADJ") and lemma != low and lemma.endswith(("er", "ir", "re", "oir")):
        return True  # « contrainte » (contraindre) tagged ADJ
    if pos == "ADJ" and lemma.endswith("é") and len(lemma) > 3:
        return True  # « fixés » (fixé)
    # « sont estimés » with « estimés » tagged NOUN or PROPN, but labelled passive.
    return labelled_passive and low.endswith(("é", "ée", "és", "ées"))


# Transition words and phrases, written for this project from the usual
# classes of French logical connectors (addition, opposition and concession,
# cause, consequence, time and sequence, illustration, conclusion, and the
# attribution of news writing). Matched as whole words, case-insensitive,
# with ' for ’.
TRANSITIONS = {
    "addition": "de plus|en outre|par ailleurs|d'ailleurs|également|aussi|de même|en plus|non seulement|"
                "ainsi que|sans compter|qui plus est|surtout|à cela s'ajoute|de même que",
    "opposition": "mais|cependant|pourtant|toutefois|néanmoins|en revanche|par contre|alors que|tandis que|"
                  "bien que|quoique|même si|malgré|au contraire|certes|pour autant|en dépit de|sauf que|"
                  "or|inversement|à l'inverse|au lieu de|plutôt que|sinon|quand même|tout de même",
    "cause": "car|parce que|puisque|en effet|étant donné|vu que|grâce à|à cause de|faute de|du fait de|"
             "en raison de|compte tenu de|dans la mesure où|sous prétexte que|pour cette raison|à la suite de|suite à",
    "consequence": "donc|ainsi|alors|par conséquent|c'est pourquoi|de sorte que|si bien que|dès lors|"
                   "en conséquence|d'où|afin de|afin que|pour que|de façon à|de manière à|conséquemment",
    "time": "d'abord|tout d'abord|premièrement|deuxièmement|ensuite|puis|enfin|finalement|auparavant|"
            "désormais|depuis que|lorsque|lorsqu|quand|avant que|après que|pendant que|dès que|au moment où|"
            "entre-temps|aussitôt|bientôt|précédemment|ultérieurement|jusqu'à ce que|jusqu'ici|"
            "à présent|actuellement|dorénavant|simultanément|en même temps|par la suite|tout à coup|"
            "soudain|depuis lors|à l'avenir|d'ici là|pour l'instant|pour le moment|plus tard",
    "illustration": "par exemple|notamment|en particulier|c'est-à-dire|autrement dit|à savoir|"
                    "tel que|telle que|tels que|telles que|en d'autres termes|particulièrement|plus précisément|"
                    "en fait|de fait|en réalité|en ce qui concerne|quant à|en cas de",
    "conclusion": "en somme|bref|en conclusion|en résumé|au final|en définitive|en fin de compte|"
                  "globalement|en bref|pour conclure|au total|tout compte fait",
    "attribution": "selon|d'après|aux yeux de|de l'avis de",
    "comparison": "de la même manière|de la même façon|comparativement|à l'instar de|contrairement à|"
                  "en comparaison|semblablement|par rapport à",
}
# (Longest first; phrases of a length in alphabetical order, so that the
# patterns below are the same string in every process, and come from the
# cache: see fastload.)
_TRANSITION_ALTS = sorted({re.escape(p).replace("\\ ", r"\s+") for ps in TRANSITIONS.values() for p in ps.split("|")},
                          key=lambda p: (-len(p), p))
_PIECE = re.compile(r"\\s\+|\\.|.", re.S)  # a piece of an escaped phrase: \s+, an escaped character or another


def _tree(alternatives: list[str]) -> str:
    r"""The alternation of `alternatives` (escaped phrases, \s+ between
    words) written as a tree of their shared beginnings: « de\s+(?:plus|
    même(?:\s+que)?|…) » tries « de » once, not once per phrase. Each step
    tries the longer continuations before stopping, so that, as in the
    alternation sorted longest first, the longest phrase there wins (the
    phrases that match at one place are each the beginning of the next)."""
    tree: dict = {}
    for alt in alternatives:
        node = tree
        for piece in _PIECE.findall(alt):
            node = node.setdefault(piece, {})
        node[""] = {}  # a phrase ends here

    def written(node: dict) -> str:
        branches = [piece + written(child) for piece, child in node.items() if piece]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return body + "?" if len(branches) > 1 else "(?:" + body + ")?"

    return written(tree)


# The phrases as one pattern, whose matches, left to right and none
# overlapping, are the transitions of a sentence; it is searched in the
# sentence after a space, and group 1 is the phrase. It opens with the
# character before the phrase (neither \w nor '), a class sre scans for
# quickly, at each space or mark; then the phrase's first letter, a class
# written in both cases that chooses the branch of that letter's phrases (sre
# skips a branch that opens on a class without entering it), and the rest of
# those phrases as a tree (see `_tree`).
_FIRST_LETTERS = sorted({a[0].lower() for a in _TRANSITION_ALTS})
_TRANSITION = re.compile(
    r"[^\w'](" + "|".join(f"[{c}{c.upper()}](?i:" + _tree([a[1:] for a in _TRANSITION_ALTS if a[0].lower() == c]) + ")"
                          for c in _FIRST_LETTERS)
    + r")(?![\w-])")
# The same phrases, for a text in lower case: a text with no `ODD_CASE`
# letter is as long in lower case, and a character there matches a letter
# under re.I exactly when its lower case is that letter (« ı » and « ſ »,
# which match « i » and « s » under re.I, are the `ODD_CASE` letters), and
# lower case keeps a character a word character or not, and a space or not.
# Its first letters are plain letters, which sre tries quicker than classes.
_TRANSITION_IN_LOWER = re.compile(
    r"[^\w'](" + "|".join(c + _tree([a[1:] for a in _TRANSITION_ALTS if a[0].lower() == c]) for c in _FIRST_LETTERS)
    + r")(?![\w-])")
_SPACES = re.compile(r"\s+")


# Connectors in two parts: « soit … soit », « non seulement … mais ».
TWO_PART = [("soit", "soit"), ("non seulement", "mais"), ("tantôt", "tantôt"), ("d'une part", "d'autre part")]
_TWO_PART_RE = [(f"{a} … {b}", re.compile(rf"(?<![\w']){a}(?!\w).*?(?<![\w']){b}(?!\w)", re.I)) for a, b in TWO_PART]


# Phrases that link ideas only when they open a clause: « Au total, … » but
# not « avec au total 33 % des voix »; « Pour conclure, … » but not « trois
# mois pour conclure un accord »; « Or, … » but not « une médaille d'or ».
CLAUSE_INITIAL = frozenset({"pour conclure", "au total", "or"})


# What a clause-initial connector (`CLAUSE_INITIAL`) must follow to be one: the
# sentence's start, a punctuation mark that opens a clause, or « et ».
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[,;:–(]|\bet)\s*$")


def transitions_in(sentence: str) -> list[str]:
    """The transition words of a sentence (the plain reading, one sentence
    at a time; `transitions_of` gives the same for many in one scan)."""
    s = normalize(sentence)
    low = s.lower()
    found = [name for (a, _), (name, rx) in zip(TWO_PART, _TWO_PART_RE) if a in low and rx.search(s)]
    for m in _TRANSITION.finditer(" " + s):
        phrase = _SPACES.sub(" ", m.group(1).lower())
        # (The phrase starts at m.start(1) in " " + s: at m.start() in s.)
        if phrase in CLAUSE_INITIAL and not _CLAUSE_START_BEFORE.search(s[: m.start()]):
            continue
        found.append(phrase)
    return found


def transitions_of(sents: list[str]) -> list[list[str]]:
    """`transitions_in` of each sentence, from one scan of them all.

    The sentences are joined by « \\x00 », which plays the part of the
    space `transitions_in` puts before a sentence (the character before a
    phrase, neither a word character nor « ' ») and of a sentence's end
    (after a phrase, neither a word character nor « - »), and which no
    phrase holds (\\s does not match it): each match lies in one sentence,
    and is the one `transitions_in` finds there.
    """
    norms = [normalize(s) for s in sents]
    if any("\x00" in s for s in norms):
        return [transitions_in(s) for s in sents]
    joined = "\x00" + "\x00".join(norms)
    low = joined.lower()
    # (A connector in two parts needs its first part: rarely in an article at all.)
    two_parts = [(a, name, rx) for (a, _), (name, rx) in zip(TWO_PART, _TWO_PART_RE) if a in low]
    found: list[list[str]] = []
    if two_parts:
        for s in norms:
            low_s = s.lower()
            found.append([name for a, name, rx in two_parts if a in low_s and rx.search(s)])
    else:
        found = [[] for _ in norms]
    starts = list(itertools.accumulate((len(s) + 1 for s in norms[:-1]), initial=1))  # where each sentence begins
    # The lower case is searched when it can be (see `_TRANSITION_IN_LOWER`):
    # the same matches, at the same places, already in lower case.
    odd = has_odd_case(joined)
    k = 0
    for m in (_TRANSITION.finditer(joined) if odd else _TRANSITION_IN_LOWER.finditer(low)):
        at = m.start(1)
        while k + 1 < len(starts) and starts[k + 1] <= at:
            k += 1
        phrase = _SPACES.sub(" ", m.group(1).lower() if odd else m.group(1))
        if phrase in CLAUSE_INITIAL and not _CLAUSE_START_BEFORE.search(norms[k][: at - starts[k]]):
            continue
        found[k].append(phrase)
    return found


# Words that do not make an opening on their own: the opening is this word
# and the next one (« Les analystes… », « Les responsables… » differ).
OPENING_DETERMINERS = frozenset(
    "le la les l' un une des du de d' ce cet cette ces son sa ses leur leurs mon ma mes notre nos "
    "votre vos au aux".split()
)


_ELIDED_ARTICLE = re.compile(r"^(l|d|qu|j|c|s|n|m|t)'(.+)$")


def opening(sentence: str) -> str:
    ws = words.cached(normalize(sentence))  # (only read)
    if not ws:
        return ""
    first = ws[0].lower()
    m = _ELIDED_ARTICLE.match(first)
    if m:  # « L'armée » opens with « armée » after its article
        return f"{m.group(1)}' {m.group(2)}"
    if (first in OPENING_DETERMINERS or first[:1].isdigit()) and len(ws) > 1:
        return f"{first} {ws[1].lower()}"
    return first


def repeated_openings(sents: list[str], run: int) -> list[tuple[str, int]]:
    """Runs of `run` or more consecutive sentences with the same opening."""
    found = []
    ops = [opening(s) for s in sents]
    i = 0
    while i < len(sents):
        j = i
        op = ops[i]
        while j + 1 < len(sents) and op and ops[j + 1] == op:
            j += 1
        if j - i + 1 >= run:
            found.append((op, j - i + 1))
        i = j + 1
    return found
