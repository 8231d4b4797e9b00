"""Outline: analysis + keyphrase -> `Plan` (H1, meta description, slug, the
lead and the body sections with their headings)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from . import keyphrase as kpm
from .analysis import Analysis, Sentence, _gender_shown, per_sentence
from .keyphrase import Keyphrase
from .arrays import words_of
from .rephrase import (_POSSESSIVE, _indexes, has_clause, clauses, compress, inside_quote, points_back, relative_statements,
                       surface_clause_at)
from .text import (MINUS, word_matches, RELATIVE_PRONOUNS, _minus_signs, capitalize_first, has_odd_case, lower_first, opens_on_vowel,
                   slugify)

TITLE_MAX = 65
DESCRIPTION_MIN, DESCRIPTION_MAX = 120, 156
DESCRIPTION_SOFT_MIN = 90  # a description holding the keyphrase may be this short when none fits
SECTION_MAX_WORDS = 300
SECTION_TARGET_WORDS = 170
LEAD_MAX_WORDS = 90
SLUG_MAX_WORDS = 7


@dataclass
class Section:
    heading: str
    sentences: list[list[Sentence]]  # paragraphs
    from_author: bool = False


@dataclass
class Plan:
    title: str
    description: str
    slug: str
    focus: Keyphrase
    secondary: list[Keyphrase]
    lead: list[Sentence]
    sections: list[Section] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# --- articles and contractions ---------------------------------------------------


def with_article(phrase: str, analysis: Analysis) -> str:
    """« harcèlement sexuel » -> « le harcèlement sexuel », with the article
    the text itself uses; names keep none (« Alistair Brownlee »). Kept
    per analysis: the engine asks again for the same names and topics."""
    key = ("with_article", phrase)
    known = analysis.memo.get(key)
    if known is None:
        known = analysis.memo[key] = _with_article(phrase, analysis)
    return known


def _with_article(phrase: str, analysis: Analysis) -> str:
    parts = phrase.split(" et ") if re.match(r"^[A-ZÉ]", phrase) and _names_joined(phrase) else [phrase]
    out = []
    text = joined_text(analysis)
    for part in parts:
        article = _before(("le", "la", "les", "l'"), True, part, text)
        if article:
            out.append(article.lower() + ("" if article.endswith("'") else " ") + part)
            continue
        if part[:1].isupper():
            # A capitalised noun the text sets after a determiner is a common
            # noun, or a name that takes one (« la première Coupe de France »,
            # « la Ligue Europa »): « la Coupe de France », not « Coupe de France ».
            counts = _written_determiners(analysis, part.split()[0])
            if not counts and " " in part:
                # « du Centre dramatique national de Besançon » (the parse's « du » no
                # determiner): the contraction the text writes before the whole group.
                contracted = _before(("au", "du", "aux", "des"), False, part,
                                     f"{analysis.source.title or ''}\n{text}")
                if contracted:
                    out.append(("le " if contracted.lower() in ("au", "du") else "les ") + part)
                    continue
            out.append((_article_of(counts, part.split()[0], analysis) if counts else "") + part)
            continue
        # (Searched only for a common noun without an article in the text: most have one.)
        contracted = _before(("au", "du", "aux", "des"), False, part.split(" et ")[0], text)
        if contracted:
            # « au musée du Louvre » -> « le musée du Louvre »: the text's own gender
            art = "le " if contracted.lower() in ("au", "du") else "les "
            out.append(art + part)
        else:
            out.append(_article_by_gender(part, analysis) + part)
    return " et ".join(out)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # as the patterns' \w


def _before(articles: tuple[str, ...], space_optional: bool, phrase: str, text: str) -> str | None:
    """The article as written at the first place where `phrase` follows one
    of `articles` (lower case; a capital first letter matches too) and a
    space (or none, when `space_optional`) in `text`, on word boundaries: what
    the pattern « \\b(le|la|les|l')\\s?phrase\\b » would find first, without
    compiling a pattern per phrase. Only the phrase's occurrences are looked
    at, from the first: the first place is where the pattern's search would
    start earliest, and at one place it tries the articles in their order,
    then a space before none."""
    longest = max(map(len, articles)) + 1
    best = None  # (where the match starts, the article's rank, -gap), the article
    at = text.find(phrase)
    n = len(text)
    while at >= 0 and (best is None or at - longest <= best[0][0]):
        end = at + len(phrase)
        after_word = end < n and _is_word(text[end])
        if (end > 0 and _is_word(text[end - 1])) != after_word:  # a word boundary after the phrase
            # Between article and phrase: a space (tried first) or, if optional, nothing.
            gaps = ((1,) if at > 0 and text[at - 1].isspace() else ()) + ((0,) if space_optional else ())
            for rank, article in enumerate(articles):
                for gap in gaps:
                    start = at - gap - len(article)
                    if start < 0 or (start > 0 and _is_word(text[start - 1])):
                        continue  # no word boundary before the article
                    written = text[start : start + len(article)]
                    if written != article and written != article[0].upper() + article[1:]:
                        continue
                    key = (start, rank, -gap)
                    if best is None or key < best[0]:
                        best = key, written
        at = text.find(phrase, at + 1)
    return best[1] if best else None


def joined_text(analysis: Analysis) -> str:
    """The text's sentences joined by spaces, built once per analysis."""
    text = analysis.memo.get("joined_text")
    if text is None:
        text = analysis.memo["joined_text"] = " ".join(s.text for s in analysis.sentences)
    return text


def _article_by_gender(phrase: str, analysis: Analysis) -> str:
    head = phrase.split()[0]
    counts = _written_determiners(analysis, head) or _written_determiners(analysis, capitalize_first(head))
    if counts:
        return _article_of(counts, head, analysis)  # the gender the text's own determiners give (« un séisme »)
    feats = _first_nouns(analysis).get(head.lower())  # of the first noun written so in the text
    if feats is not None:
        if "Plur" in feats.get("Number", ()) and not _singular_form(head):
            return "les "
        if opens_on_vowel(head):
            return "l'"
        article = "la " if "Fem" in feats.get("Gender", ()) else "le "
        return _before_h(head, analysis, article) if head[:1].lower() == "h" else article
    counts = _title_determiners(analysis, head)
    if counts:
        return _article_of(counts, head, analysis)  # a noun only the headline writes (« une récolte réduite »)
    if opens_on_vowel(head) and head[-1] not in "sx":
        return "l'"  # a word the body never writes: before a vowel, either gender elides (« l'ouragan Sandy »)
    return ""


def _singular_form(word: str) -> bool:
    """`word` cannot be a plural: a French noun's plural ends in -s, -x or -z
    (« meublé » is the tagger's plural in « de meublé de tourisme », but
    « les meublé de tourisme » is no French: its singular article then)."""
    return word[-1:].lower() not in ("s", "x", "z") and word.isalpha() and word.islower()


# Determiners by what they tell of their noun: masculine, feminine, plural.
# (« son », « mon », « ton » go before a feminine word opening on a vowel: none.)
_DETERMINER_KINDS = {
    **dict.fromkeys(("le", "un", "ce", "cet", "du", "au"), "Masc"),
    **dict.fromkeys(("la", "une", "cette", "ma", "ta", "sa"), "Fem"),
    **dict.fromkeys(("les", "des", "ces", "aux", "mes", "tes", "ses", "nos", "vos", "leurs"), "Plur")}


def _written_determiners(analysis: Analysis, word: str) -> Counter:
    """What the determiners the parse gives `word` (as written) say
    (`_DETERMINER_KINDS`: a Counter), where the determiner stands right
    before it or the word is tagged a common noun (« la première Coupe de
    France »; not « le jeune [Kylian] »). The text's own agreement is surer
    than the tagger's gender (« Séisme » opening a headline: feminine).
    Read only in the sentences holding the word; kept per analysis."""
    key = ("written_determiners", word)
    counts = analysis.memo.get(key)
    if counts is None:
        counts = analysis.memo[key] = Counter()
        kinds = _DETERMINER_KINDS
        for s in analysis.sentences:
            if word not in s.text:
                continue
            w = words_of(s.doc)
            lower, head, pos, text = w.lower, w.head, w.pos, w.text
            for h in [h for h, t in enumerate(text) if t == word]:
                if pos[h] in ("NOUN", "PROPN"):
                    for c in range(h - 1, max(-1, h - 3), -1):  # the determiner, before an adjective at most
                        if head[c] == h and w.dep[c] == "det" and lower[c] in kinds and (c == h - 1 or pos[h] == "NOUN"):
                            counts[kinds[lower[c]]] += 1
    return counts


def _title_determiners(analysis: Analysis, word: str) -> Counter:
    """What the determiners the headline's parse gives the common noun `word`
    say (as `_written_determiners` reads the body)."""
    counts = Counter()
    if analysis.title_doc is None:
        return counts
    w = words_of(analysis.title_doc)
    for h in [h for h, t in enumerate(w.text) if t == word and w.pos[h] == "NOUN"]:
        for c in range(h - 1, max(-1, h - 3), -1):
            if w.head[c] == h and w.dep[c] == "det" and w.lower[c] in _DETERMINER_KINDS:
                counts[_DETERMINER_KINDS[w.lower[c]]] += 1
    return counts


def _article_of(counts: Counter, head: str, analysis: Analysis | None = None) -> str:
    """The definite article the determiners counted (`_written_determiners`) call for."""
    kind = max(("Plur", "Fem", "Masc"), key=lambda k: counts.get(k, 0))
    if kind == "Plur":
        return "les "
    if opens_on_vowel(head):
        return "l'"
    if head[:1].lower() == "h" and analysis is not None:
        return _before_h(head, analysis, "la " if kind == "Fem" else "le ")
    return "la " if kind == "Fem" else "le "


def _before_h(head: str, analysis: Analysis, article: str) -> str:
    """The definite article before a word in h, as the text writes it: « l' »
    where it elides the word (« l'hôpital »), `article` where it does not
    (« la hausse »), none when only « un », « une » tell (« une hausse »,
    « un héros »: the h may be mute or not)."""
    text = joined_text(analysis)
    # (re.search(rf"\b[lLdD]['’]{re.escape(head)}\b", text), then the same
    # after an article and spaces, without a pattern per word: at each
    # `head` a \b follows, what ends there; see `kpm.find_all`.)
    found = [at for at in kpm.find_all(text, head) if kpm.WORD_BOUNDARY.match(text, at + len(head))]
    if any(_ELIDED_BEFORE.search(text, max(0, at - 2), at) for at in found):
        return "l'"
    if any(_ARTICLE_SPACES_BEFORE.search(text, max(0, _spaces_start(text, at) - 5), at) for at in found):
        return article
    return ""


_ELIDED_BEFORE = re.compile(r"\b[lLdD]['’]\Z")
# (« cette », « de la »: 5 characters, then the spaces, as many as there are.)
_ARTICLE_SPACES_BEFORE = re.compile(r"\b(?:[lL][ea]|[dD]u|[aA]u|[cC]e|[cC]ette|[dD]e la)\s+\Z")


def _spaces_start(text: str, at: int) -> int:
    r"""Where the spaces (\s: str.isspace) just before `at` start."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _first_nouns(analysis: Analysis) -> dict:
    """Lower-cased text -> the morphology (`arrays.Words.feats`) of the first token
    of the text tagged NOUN with it; built once per analysis (a scan of
    every token for each heading was quadratic), from the sentences' words
    as arrays (spaCy's tokens one by one are slow)."""
    firsts = analysis.memo.get("first_nouns")
    if firsts is None:
        firsts = {}
        for s in analysis.sentences:
            w = words_of(s.doc)
            for pos, text, feats in zip(w.pos, w.text, w.feats):
                if pos == "NOUN":
                    firsts.setdefault(text.lower(), feats)
        analysis.memo["first_nouns"] = firsts
    return firsts


def _names_joined(phrase: str) -> bool:
    """Whether « et » joins names in `phrase` (« la France et l'Allemagne »):
    each part after it opens on a capital, or an article and a capital. Not
    inside one name (« l'Organisation de coopération et de développement
    économiques », « Bureau de recherches géologiques et minières »)."""
    parts = phrase.split(" et ")
    return len(parts) > 1 and all(re.match(r"(?:la |le |les |l')?[A-ZÉ]", p) for p in parts[1:])


def de(phrase: str) -> str:
    """« de » + phrase, contracted: du, des, de l', d'; each side of « et »."""
    if re.match(r"^(?:la |le |les |l')?[A-ZÉ]", phrase) and _names_joined(phrase):
        return " et ".join(de(p) for p in phrase.split(" et "))
    for art, contracted in (("le ", "du "), ("les ", "des ")):
        if phrase.startswith(art):
            return contracted + phrase[len(art) :]
    if opens_on_vowel(phrase, h=True) and not phrase.startswith(("la ", "l'")):
        return "d'" + phrase
    return "de " + phrase


# --- title -----------------------------------------------------------------------

_CUT_BEFORE = re.compile(r"\s(?:dans|sur|lors|après|avant|pour|par|avec|depuis|contre|au|aux|à|en|,)\s")


# Determiners: a group cut right before one loses the object (or the
# complement) of the word the cut ends on (« l'opposition dénonce [un « gouffre »] »).
_DETERMINERS = frozenset("le la les l' un une des du ce cet cette ces son sa ses leur leurs mon ma mes notre "
                         "nos votre vos".split())
# Words a cut title must not end on: determiners, prepositions, conjunctions,
# pronouns that wait for their verb, an opening quote or dash (« … dénonce un »).
_DANGLING = _DETERMINERS | frozenset(
    "de d' au aux à en et ou mais ni que qu' qui dont où sur sous dans par pour avec sans chez vers entre contre "
    "selon après avant depuis lors face malgré se s' ne n' y « – — - : ,".split())


def _fit(text: str, limit: int, tags: dict | None = None, whole: bool = True, splits=None) -> str:
    """`text` within `limit` characters: cut before a preposition or at a
    comma, or else at a word, or "" when no cut says what the text says.
    `tags` (`_title_tags`) tells a word's part of speech (the headline's parse);
    `splits(end)` (`_title_splits`), whether keeping `text[:end]` cuts a phrase
    of the headline's parse. Without `whole` (a description marked as cut by
    « … »), any word will do."""
    if len(text) <= limit:
        return text
    cuts = [m.start() for m in _CUT_BEFORE.finditer(text)
            if m.start() <= limit and not (whole and inside_quote(text, m.start()))
            and not (whole and _RATIO.match(text, m.start()))]
    if cuts and whole:
        for at in reversed(cuts):  # the longest that cuts no phrase
            kept = _without_dangling(text[:at].rstrip(" ,"))
            if not (splits and splits(len(kept))) and not _drops_a_bound(kept, text[len(kept):], tags):
                return kept
        return ""
    best = cuts[-1] if cuts else None
    if best is None:
        if whole and " " not in text[: limit + 1]:
            return ""  # no word ends within the limit: any cut is inside one (« l'oppositi »)
        cut = text[:limit + 1].rsplit(" ", 1)[0]  # (a word ending right at `limit` stays)
        if len(cut) > limit:
            cut = text[:limit]  # no space at all (a description's one long word): within the limit still
        if not whole:
            cut = re.sub(r"\s+\S{1,3}$", "", cut)
        elif inside_quote(text, len(cut)):
            cut = text[: text.rfind("«", 0, len(cut))]  # never inside a quotation: before it
        cut = cut.rstrip()
        if cut[-1:].isdigit() and re.match(r"\s?\d", text[len(cut):]):
            # Never inside a number (« supprimer 1 [200] postes »): without it.
            cut = re.sub(r"(?:\s?\d+)+$", "", cut).rstrip()
        if not whole:
            return cut
        cut = _without_dangling(cut)
        rest = text[len(cut):].split()
        nxt = rest[0].lower() if rest else ""
        if re.match(r"(?:de|du|des|d')\b", nxt):
            # « le juge demande un complément [d'enquête] »: a noun cut from its
            # complement says something else; no fit.
            return ""
        if nxt in _DETERMINERS or nxt[:1].isdigit() or nxt.startswith(("l'", "d'")):
            return ""  # the object or measure of the last word kept goes (« dénonce [un « gouffre »] »)
        if _ends_on_a_count(cut, tags):
            return ""  # « la région supprime neuf [allers-retours] »: a count without what it counts
        if nxt in ("pendant", "durant") or nxt.startswith("jusqu"):
            return ""  # a duration or a bound makes what stays true (« fermeront la nuit [pendant tout l'hiver] »)
        if nxt in ("plus", "moins", "très", "trop", "aussi", "si"):
            return ""  # a degree adverb brings the adjective the group needs (« un bilan [plus lourd] »)
        k = 0
        while tags and k + 1 < len(rest) and rest[k][:1].islower() and tags.get(rest[k].lower()) == "ADV":
            k += 1  # (its adverbs first: « le détenu [toujours recherché] »)
        if nxt and rest[k][:1].islower() and tags and tags.get(rest[k].lower().rstrip(",;:")) in ("ADJ", "PART"):
            # « dix ans de prison [requis] »: an adjective or a participle right
            # after the group is what makes it true (a demand, not a sentence).
            return ""
        return "" if splits and splits(len(cut)) or _drops_a_bound(cut, text[len(cut):], tags) else cut
    return text[:best].rstrip(" ,")


# Cardinal numbers written out (a closed class): a cut ending on one, with
# words after it, leaves the count without what it counts (« la région
# supprime neuf [allers-retours …] »: nine what?).
_CARDINAL = re.compile(r"(?:\d+(?:[,.]\d+)?|(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
                       r"|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)(?:-|$))+)$")


_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")


def _ends_on_a_count(cut: str, tags: dict | None) -> bool:
    """Whether the last word of `cut` is a cardinal number (« neuf », « 9 »,
    « vingt-deux ») that waits for its noun; « neuf » after a noun is the
    adjective (« un stade neuf »)."""
    words = cut.rsplit(" ", 2)
    last = words[-1].lower()
    if not _CARDINAL.match(last) or _YEAR_WORD.fullmatch(last):
        return False  # (a year is no count: « … revient en 2025 »)
    if last == "neuf" and len(words) > 1 and tags and tags.get(words[-2].lower()) == "NOUN":
        return False
    return True


# A figure (« 30 % », « la moitié des vols », « dix morts ») and the place or
# time that bounds it (« à Marseille », « jeudi »): a cut keeping the one
# without the other makes the figure hold everywhere, always. (A year alone,
# « un budget de 4,2 milliards [pour 2027] », tells what the figure is of.)
_FIGURE = re.compile(r"\d|\b(?:moitié|tiers|quart|majorité|totalité|double|triple|deux|trois|quatre|cinq|six|sept"
                     r"|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille"
                     r"|millions?|milliards?)\b", re.I)
_PLACE_OR_TIME = re.compile(
    r"(?:^|\s)(?:(?:à|au|aux|en)\s+[A-ZÉÈÎ]|(?:dans|près de|hors de)\s+(?:l['’]|la |le |les )?[A-ZÉÈÎ]"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|hier|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre)\b)")


def _drops_a_bound(kept: str, dropped: str, tags: dict | None = None) -> bool:
    """Whether cutting a title to `kept` drops, in `dropped`, the place or
    time that bounds a figure `kept` states (« la DGAC demande d'annuler la
    moitié des vols [à Marseille et Nice jeudi] »)."""
    if _PENALTY_END.search(kept) and _PENALTY_KIND.match(dropped):
        return True  # « deux ans de prison [avec sursis] »: a suspended sentence is no prison term
    if _opposes(kept, dropped, tags):
        return True  # « une fréquentation record [mais un déficit …] »: the opposed half goes
    if _inside_locution(kept, dropped, tags):
        return True  # « le tireur placé en garde [à vue] »
    return bool(dropped.strip()) and bool(_FIGURE.search(kept)) and bool(_PLACE_OR_TIME.search(dropped))


# A preposition and the bare noun after it (« à vue », « en examen », « de
# chasse »): no determiner, so the noun is no thing of its own but the second
# half of its head's locution.
_BARE_COMPLEMENT = re.compile(r"\s*(?:(?:à|en|de|sous)\s+|d['’])([^\W\d_][\w-]*)(?![\w'’])")


def _inside_locution(kept: str, dropped: str, tags: dict | None) -> bool:
    """Whether the cut falls inside a locution: `kept` ends on a noun, an
    adjective or a participle and `dropped` opens on « à », « en », « de » or
    « sous » and a bare common noun (« placé en garde [à vue] », « le tireur
    placé [en garde à vue] »): its head alone says another thing, or none
    (« garde » is no custody, « placé » no placement)."""
    if not tags or not kept:
        return False
    m = _BARE_COMPLEMENT.match(dropped)
    if m is None or not m.group(1)[:1].islower() or m.group(1).lower() in _CLOSED or _PLACE_OR_TIME.match(m.group(1)):
        return False  # (nor a date: « ses bus gratuits [en septembre 2026] »)
    last = kept.rsplit(" ", 1)[-1]
    return (last[:1].islower() and tags.get(last.lower()) in ("NOUN", "ADJ", "PART")
            and tags.get(m.group(1).lower()) == "NOUN")


# A prison term, and what tells its kind (suspended, served, in part): never
# cut apart.
_PENALTY_END = re.compile(r"\b(?:prison|emprisonnement|réclusion|réclusion criminelle|détention|incarcération)\W*$")
_PENALTY_KIND = re.compile(r"\W*(?:avec sursis|avec mise à l['’]épreuve|ferme|dont|assortie?s?|sous bracelet|sous surveillance"
                           r"|aménageable|aménagés?|avec bracelet)\b")


# « un vol sur deux », « 3 sur 10 »: « sur » before a count makes a ratio of
# the count before it; cut there, « annuler un vol » says another thing.
_RATIO = re.compile(r" sur (?:\d|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille)\b")


def _without_dangling(cut: str) -> str:
    """Never on a word that waits for the next (« … dénonce un », « … de »,
    « … titre face [à Rennes] »)."""
    words = cut.split(" ")
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words)


# Dependencies by which a word is what its head needs (its object, a
# complement the verb selects, its number, a word of the same name or locution).
_ARGUMENT_DEPS = {"obj", "iobj", "ccomp", "xcomp", "nsubj", "nsubj:pass", "nummod", "fixed", "flat", "flat:name"}


def _title_splits(analysis: Analysis, offset: int, skip: tuple[int, int] | None = None):
    """For a part of the headline starting at `offset`: a function telling
    whether keeping its first `end` characters cuts a phrase of the
    headline's parse: a word kept hangs on a word dropped (« titre face [à
    Rennes] »), or a word dropped is what a word kept needs (`_ARGUMENT_DEPS`;
    the complement a finite verb selects, obl:arg: « la DGAC demande [aux
    compagnies d'annuler …] »; a participle's may go: « dix ans de prison
    requis [contre le propriétaire] »). `skip`: the headline's characters
    the part leaves out (`_without_dative`). None without a parse."""
    doc = analysis.title_doc
    if doc is None:
        return None
    w = words_of(doc)
    misparsed = w.derived.get("outline.misparsed")  # (asked for each part of the headline: read once)
    if misparsed is None:
        misparsed = w.derived["outline.misparsed"] = _misparsed(w)
    if misparsed:
        return lambda end: True  # no cut the parse cannot vouch for

    def splits(end: int) -> bool:
        cut = offset + end
        if skip and cut > skip[0]:
            cut += skip[1] - skip[0]
        comma = w.token_at(cut)
        if comma is not None and w.text[comma] == "," and _cut_leaves_complement(doc, w, comma):
            return True  # (« … sont parvenus jeudi[, après …, à un accord] »)
        for i in range(w.n):
            at, h = w.idx[i], w.head[i]
            if at < offset or h == i or w.dep[i] == "punct" or (skip and skip[0] <= at < skip[1]):
                continue
            kept, head_kept = at < cut, offset <= w.idx[h] < cut
            if kept and not head_kept and w.idx[h] >= cut:
                return True
            if not kept and head_kept and (w.dep[i] in _ARGUMENT_DEPS or (
                    w.dep[i] == "obl:arg" and (w.verb_finite[h] or _dative(w, i)))):
                return True
            if not kept and head_kept and w.dep[i] == "nmod" and "Card" in w.feats[h].get("NumType", ()):
                # A count's own complement narrows it (« un vol sur deux [à
                # Marseille] »): without it the figure holds everywhere.
                return True
        return False
    return splits


# Determiners and prepositions a tagger may rightly call DET or ADP.
_CLOSED = _DANGLING | frozenset(
    "quelque quelques plusieurs certains certaines aucun aucune chaque tout toute tous toutes nul nulle tel telle tels "
    "telles autre autres même mêmes quel quelle quels quelles ton ta tes divers diverses différents différentes "
    "parmi malgré durant pendant hors outre via dès suivant concernant envers jusque jusqu' près lors quant sauf "
    "excepté hormis voici voilà afin auprès autour grâce faute "
    "d' l' qu' un une deux trois quatre cinq six sept huit neuf dix cent mille".split())


def _misparsed(w) -> bool:
    """A headline the tagger could not read: a word it calls a determiner or
    a preposition is none (« Ariane[DET] 6 place en orbite … », « La France
    expulse[ADP] quatre diplomates … »); its relations tell nothing then."""
    # (A figure the tagger calls a determiner is one: « à 2 800 mètres ».)
    return any(p in ("DET", "ADP") and low not in _CLOSED and not low.isdigit() for p, low in zip(w.pos, w.lower))


def _without_dative(analysis: Analysis, offset: int) -> tuple[str, tuple[int, int] | None]:
    """The headline from `offset` without the person a finite verb asks
    something of when the thing asked follows, « de » and an infinitive
    (« la DGAC demande [aux compagnies] d'annuler … »): that « à » group is
    the one French lets go; and the characters left out. "" when there is none."""
    doc = analysis.title_doc
    if doc is None:
        return "", None
    w = words_of(doc)
    for v in range(w.n - 1):
        if not w.verb_finite[v] or w.idx[v] < offset or w.lower[v + 1] not in ("à", "au", "aux"):
            continue
        j = v + 2
        while j < w.n and w.pos[j] in ("DET", "NOUN", "ADJ", "PROPN"):
            j += 1
        if j > v + 2 and j + 1 < w.n and w.lower[j] in ("de", "d'") and "Inf" in w.feats[j + 1].get("VerbForm", ()):
            text = doc.text  # (rebuilt from the tokens: only when needed)
            return text[offset: w.idx[v + 1]] + text[w.idx[j]:], (w.idx[v + 1], w.idx[j])
    return "", None


_INDEFINITE = frozenset(("un", "une", "des"))
# Adjectives that bound or deny their noun (« un seul élu », « un faux
# médecin »): never spared.
_BOUNDING_ADJECTIVES = frozenset(
    "seul seule seuls seules unique uniques premier première premiers premières dernier dernière derniers dernières "
    "faux fausse fausses présumé présumée présumés présumées prétendu prétendue supposé supposée ancien ancienne "
    "anciens anciennes ex futur future futurs futures simple simples autre autres même mêmes nouveau nouvelle "
    "nouveaux nouvelles".split())


def _without_epithet(analysis: Analysis, offset: int) -> tuple[str, tuple[int, int] | None]:
    """The headline from `offset` without the adjective after its subject
    when the subject is indefinite (« Une équipe [franco-suisse] identifie
    une bactérie … »): « une équipe » says less of the team, nothing else;
    and the characters left out. Not after a definite subject (« le
    gouvernement [israélien] » names another one without it), nor an
    adjective that bounds or denies its noun, or has words of its own."""
    doc = analysis.title_doc
    if doc is None:
        return "", None
    w = words_of(doc)
    for n in range(w.n - 1):
        if (w.idx[n] < offset or w.dep[n] not in ("nsubj", "nsubj:pass") or w.pos[n] != "NOUN"
                or not w.verb_finite[w.head[n]]):
            continue
        kids = w.children(n)
        if not any(w.dep[k] == "det" and w.lower[k] in _INDEFINITE and k < n for k in kids):
            continue
        a = n + 1
        if (a in kids and w.dep[a] == "amod" and w.pos[a] == "ADJ" and not w.children(a)
                and w.lower[a] not in _BOUNDING_ADJECTIVES and w.text[a][:1].islower()):
            text = doc.text
            start, end = w.idx[n] + len(w.text[n]), w.idx[a] + len(w.text[a])
            return text[offset:start] + text[end:], (start, end)
        break  # (the first subject only)
    return "", None


def _opening_dep(analysis: Analysis, at: int) -> str:
    """The dependency of the headline's word at character `at` (« case »: a
    preposition; « au » of « au moins » is none), "" without one."""
    if analysis.title_doc is None:
        return ""
    w = words_of(analysis.title_doc)
    i = w.token_at(at)
    return "" if i is None else w.dep[i]


def _dative(w, i: int) -> bool:
    """Word `i` comes after « à » (« au », « aux »): a complement in « à » the
    verb or participle selects (« associe X [à un risque] », « condamné [à
    deux ans] ») is its argument, where one in « contre », « pour » may go."""
    return any(j < i and w.dep[j] == "case" and w.lower[j] in ("à", "au", "aux") for j in w.children(i))


def _title_tags(analysis: Analysis) -> dict:
    """The headline's words (lower case) -> « ADJ », « PART » (a participle)
    or their part of speech, as the headline's parse tags them; once per analysis."""
    tags = analysis.memo.get("title_tags")
    if tags is None:
        tags = analysis.memo["title_tags"] = {}
        if analysis.title_doc is not None:
            w = words_of(analysis.title_doc)  # (arrays: spaCy's tokens one by one are slow)
            for lower, pos, feats in zip(w.lower, w.pos, w.feats):
                part = pos == "VERB" and "Part" in feats.get("VerbForm", ())
                tags.setdefault(lower, "PART" if part else pos)
    return tags


# A headline's first part that is a place alone (« À Plouguern », « En Corse »).
_PLACE_OPENER = re.compile(r"^(?:À|Au|Aux|En|Dans|Près de) (?:l['’]|la |le |les )?[A-ZÉÈÎ][\w'’-]*(?: [\w'’-]+){0,3}$")

_COORDINATORS = frozenset(("mais", "et", "ou", "ni", "car", "or", "donc", "puis"))

# Words a part of a headline cannot open on when what came before it is cut:
# a coordinator, a relative pronoun (« [… condamné à quatre ans de prison,]
# dont deux avec sursis »: two of what?), a subordinator, a word that takes
# up the part before (« soit », « notamment », « celui »).
_NEEDS_WHAT_CAME_BEFORE = _COORDINATORS | RELATIVE_PRONOUNS | frozenset(
    "auquel auxquels auxquelles duquel desquels desquelles quoi soit notamment voire y lorsque lorsqu' quand puisque "
    "puisqu' parce tandis celui celle ceux celles ainsi".split())

# An adversative: a cut before it drops the half of the news that opposes
# the half kept (« une fréquentation record [mais un déficit de 600 000
# euros] »): what stays reads as the whole news.
_ADVERSATIVE = re.compile(r"[\s,;]*(?:mais|pourtant|cependant|toutefois|néanmoins|or|sauf|hormis|excepté|tandis|alors qu)\b",
                          re.I)

_ANAPHORIC_START = re.compile(r"^(?:le pays|la ville|l'entreprise|le groupe|il|elle|ils|elles|ce|cette|ces)\b", re.I)


def _opposes(kept: str, dropped: str, tags: dict | None) -> bool:
    """`dropped`, what a cut of a headline leaves out after `kept`, opens on
    an adversative that opposes a half of the news to `kept` (« une
    fréquentation record [mais un déficit de 600 000 euros] », « le chômage
    baisse[, mais la précarité augmente] »); not a second predicate of the
    subject of a statement kept whole (« Un retraité … remporte 17 millions
    d'euros au Loto[, mais ne changera « rien ou presque »] »). `tags`: the
    headline's (`_title_tags`)."""
    m = _ADVERSATIVE.match(dropped)
    if m is None:
        return False
    if not tags or not any(tags.get(x) in ("VERB", "AUX") for x in kept.lower().split()):
        return True  # (a group, no statement: the pair is the news)
    for word in dropped[m.end():].lower().split():
        if word[1:2] in ("'", "’") and word[:1] in ("n", "s"):
            word = word[2:]  # (« n'a », « s'est »)
        if word in ("", "ne", "se", "y", "en", "pas", "plus", "jamais"):
            continue
        return tags.get(word) not in ("VERB", "AUX")
    return True


def _opening_word(seg: str) -> str:
    """The first word of `seg`, lower case, an elided one with its
    apostrophe (« qu' »)."""
    m = re.match(r"[^\s'’]+['’]?", seg)
    return m.group(0).lower().replace("’", "'") if m else ""


def _with_full_name(text: str, focus: Keyphrase, analysis: Analysis) -> str:
    """« Merkel sort fragilisée » -> « Angela Merkel sort fragilisée » when the
    keyphrase is that person's full name."""
    e = analysis.entity(focus.text)
    if e is None or e.label != "PER" or focus.text in text:
        return text
    surname = focus.text.split()[-1]
    if surname not in text:
        return text  # (the pattern, new to a process for each name, would find nothing)
    return re.sub(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", focus.text, text, count=1)


def _holds_phrase(text: str, phrase: str) -> bool:
    """`phrase` stands in `text` with no word character right before or
    after it: what « (?<!\\w)phrase(?!\\w) » finds, without compiling a
    pattern per phrase (each article has its own)."""
    at, n = text.find(phrase), len(text)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not _is_word(text[at - 1])) and (end == n or not _is_word(text[end])):
            return True
        at = text.find(phrase, at + 1)
    return False


def _title_cut_drops_complement(analysis: Analysis, at: int) -> bool:
    """Whether cutting the headline at its comma at character `at` leaves
    its verb without the complement it needs (see _cut_leaves_complement)."""
    doc = analysis.title_doc
    if doc is None:
        return False
    w = words_of(doc)
    i = w.token_at(at)
    return i is not None and w.text[i] == "," and _cut_leaves_complement(doc, w, i)


# A locative preposition and maybe an article, ending the words before a
# group (« Cyberattaque au », « Incendie dans une »).
_LOCATIVE_BEFORE = re.compile(r"\S \b(?:à|au|aux|dans|en|sur|chez)(?: (?:le|la|les|un|une|des)| l['’])?\s?$")


def _event_at_keyphrase(head: str, focus: Keyphrase) -> bool:
    """The rubric names an event at the place the keyphrase says (« Incendie
    dans une usine chimique classée Seveso près de Rouen »), and a name the
    keyphrase, all in lower case, lacks (« Seveso », « Rouen »)."""
    if any(c.isupper() for c in focus.text):
        return False
    at = head.lower().find(focus.text.lower())
    if at <= 0 or not _LOCATIVE_BEFORE.search(head[:at]):
        return False
    rest = head[:at].split()[1:] + head[at + len(focus.text):].split()
    return any(w[:1].isupper() for w in rest)


def _title_candidates(analysis: Analysis, focus: Keyphrase, topic: str) -> list[tuple[str, int]]:
    """Possible H1s, each with a preference (lower is better): the headline
    as it is, its part after the rubric, its comma-separated segments, with
    the rubric kept when it fits, then the keyphrase as a rubric."""
    src = analysis.source.title or ""
    out: list[tuple[str, int]] = []
    person = (e := analysis.entity(focus.text)) is not None and e.label == "PER"
    more = False  # the author's rubric holds the keyphrase and more
    if src:
        head, sep, rest = src.partition(" : ")
        body = rest if sep else src
        # The author's rubric is the keyphrase's own when the keyphrase names it
        # (its words, or more fully) or narrows it (« Procès de l'incendie de
        # la rue X » holds « incendie de la rue X » whole): the same subject.
        own_rubric = bool(sep) and (set(head.lower().split()) <= set(focus.text.lower().split())
                                    or _holds_phrase(head.lower(), focus.text.lower()))
        out.append((src, 0))
        if sep and _holds_phrase(head.lower(), focus.text.lower()):
            # The author's rubric alone, when it holds the keyphrase (« Grève
            # des contrôleurs aériens »): no verb, but the author's words and
            # nothing cut; before a group of the text (rank 16).
            # Before the keyphrase as rubric when the author's names an event
            # in the keyphrase's place, and a name (« Cyberattaque au centre
            # hospitalier de Saint-Brieuc », not « Centre hospitalier : une
            # rançon … »): that one drops what happened and where, and its
            # keyphrase alone names no one. (Not « Visite du président
            # indonésien à Paris », « Procès de l'incendie … »: there the
            # keyphrase is the event's own, and the part after the rubric
            # says the news of it.)
            more = _event_at_keyphrase(head, focus)
            out.append((head, 5 if more else 15))
        tags = _title_tags(analysis)
        # Its comma-separated parts: never a comma inside a quotation (« « Sans
        # intérimaires, nous fermons … » » is one quotation).
        commas = [m.start() for m in re.finditer(", ", body) if not inside_quote(body, m.start())]
        parts = [body[a + (2 if a else 0) : b].strip() for a, b in zip([0] + commas, commas + [len(body)])]
        body_at = len(head) + len(sep) if sep else 0  # (no rubric: the body is the whole headline)
        if len(parts) > 1 and _title_cut_drops_complement(analysis, body_at + commas[0]):
            parts = parts[1:]  # (« … sont parvenus jeudi[, à un accord] »: the first part says nothing true)
        segments = [(seg, _title_splits(analysis, body_at + body.find(seg)))
                    for seg in [body] + (parts if len(parts) > 1 else [])]
        # Each also shorter where French lets a part go: a cause (« … jusqu'au
        # 15 janvier [faute de médecins] »), a second coordinated verb (« …
        # s'impose au sommet de la Loge des Gardes [et prend le maillot jaune] »).
        segments += [(short, splits) for seg, splits in list(segments)
                     for short in _shorter_statements(analysis, seg, body_at + body.find(seg), splits)]
        # Each also without its brackets (a score, a département: « Lens
        # s'offre son premier titre face à Rennes (2-1) au bout de … »), which
        # a title can spare before a word of the sentence.
        segments += [(re.sub(r" \([^()]*\)", "", seg), None) for seg, _ in segments if " (" in seg]
        spared, skip = _without_dative(analysis, body_at)
        if spared:
            segments.append((spared, _title_splits(analysis, body_at, skip)))
        # Without the epithet of an indefinite subject: after the forms that
        # keep it (a rank more).
        plainer, skip = _without_epithet(analysis, body_at)
        if plainer:
            segments.append((plainer, _title_splits(analysis, body_at, skip)))
        # A part that opens on a preposition or a participle and holds no other
        # verb is an adjunct of the headline's clause (« [les Européens
        # s'accordent …], sans la Hongrie », « [Nexa dévoile …], vendu 1 499
        # euros »): alone, it tells nothing.
        # A part that opens on a coordinating conjunction is a second member
        # (« 9 milliards d'euros d'accords signés, [mais pas de Rafale] »):
        # alone, « mais » opposes nothing.
        # A part that opens on a relative pronoun or a subordinator (« dont
        # deux avec sursis ») needs the part before it; and when a part opens
        # on an adversative (« …, mais pas de Rafale »), a part alone drops one
        # side of the opposition that is the news: the whole body only.
        opposed = any(_opposes(parts[k - 1], ", " + parts[k], tags) for k in range(1, len(parts)))
        # Nor a prison term without the part that tells its kind (« …
        # condamné à quatre ans de prison[, dont deux avec sursis] »).
        unbound = {parts[k - 1] for k in range(1, len(parts))
                   if _PENALTY_END.search(parts[k - 1]) and _PENALTY_KIND.match(parts[k])}
        segments = [(seg, splits) for seg, splits in segments
                    if seg == body or not opposed and seg not in unbound
                    and _opening_word(seg) not in _NEEDS_WHAT_CAME_BEFORE and (
                        (tags.get(seg.split(" ", 1)[0].lower()) != "PART"
                         and _opening_dep(analysis, body_at + body.find(seg)) != "case")
                        or any(tags.get(x.lower()) in ("VERB", "AUX") for x in seg.split()))]
        place, place_rank = _rubric_place(analysis, head) if sep else ("", 0)
        # Before a person's name as rubric, a statement not in quotation marks
        # reads as her words (« Camille Fournier : Nexa dévoile … »).
        plainer_at = None
        for seg, splits in segments:
            if plainer and seg == plainer and plainer_at is None:
                plainer_at = len(out)  # (the last part: what follows is its)
            # After « : » a common word takes no capital (« Bactérie : des
            # chercheurs … »); a name keeps it (the headline's parse says which).
            # (The tags are per token: an elided article is a word of its own, « l' ».)
            first = re.match(r"[^\s'’]+['’]?", seg)
            after_colon = lower_first(seg) if first and tags.get(first.group(0).lower()) not in (None, "PROPN") and (
                not _capitalised_inside(analysis, first.group(0))) else seg
            if (first and first.group(0).lower() in ("l'", "l’", "d'", "d’") and tags.get(first.group(0).lower()) != "PROPN"
                    and not _elision_of_a_name(analysis, seg)):
                # An elided article is a word of its own: « L'AMF inflige … »
                # -> « l'AMF inflige … » (lower_first keeps « L'AMF », an acronym).
                # Not the « L' » of a name (« L'Oréal », « L'Équipe »).
                after_colon = seg[0].lower() + seg[1:]
            if sep:
                out.append((f"{head} : {seg}", 1))
                out.append((f"{head} : {_fit(seg, TITLE_MAX - len(head) - 3, tags, splits=splits)}", 3))
                if place and len(head) + len(seg) + 3 > TITLE_MAX and not seg.startswith("«"):
                    out.append((f"{place} : {seg}", place_rank))
                    out.append((f"{place} : {_fit(seg, TITLE_MAX - len(place) - 3, tags, splits=splits)}", place_rank + 1))
            if sep and seg.startswith("«"):
                continue  # the rubric names who speaks: a quotation never goes without it
            # Without the rubric, a part that names no one (no capital after
            # its first word) loses who or what it tells of (« Valve : de
            # nouveaux jeux annoncés … »): after the rubric's own. « Un policier
            # tué … sur l'Avenue des Champs-Élysées » needs no « France : ».
            alone = 2 if sep and not any(w[:1].isupper() for w in seg.split()[1:]) else 0
            if (len(parts) > 1 and seg != body and not seg.startswith(parts[0]) and _PLACE_OPENER.match(parts[0])
                    and not any(w[:1].isupper() for w in seg.split()[1:])):
                # « [À Plouguern,] les habitants disent non au parc éolien »:
                # without the place that opens the headline, « les habitants »
                # are anyone's; after the forms that keep it.
                alone += 3
            out.append((capitalize_first(seg), 2 + alone))
            out.append((capitalize_first(_fit(seg, TITLE_MAX, tags, splits=splits)), 4 + alone))
            said = person and not seg.startswith("«") and any(tags.get(x.lower()) in ("VERB", "AUX") for x in seg.split())
            if (not sep or own_rubric) and not _ANAPHORIC_START.match(seg) and not said:
                # The keyphrase as rubric, where the author set none or where it
                # names the author's more fully (« Valve » -> « Valve Corporation »):
                # never another subject in its place (« Explosion à Lyon : dix
                # morts … » is no « Parquet de Lyon : dix morts … »).
                prefix = capitalize_first(focus.text) + " : "
                out.append((prefix + _fit(after_colon, TITLE_MAX - len(prefix), tags, splits=splits), 6 if more else 5))
        if plainer_at is not None:
            out[plainer_at:] = [(t, rank + 1) for t, rank in out[plainer_at:]]
    prefix = capitalize_first(focus.text) + " : "
    if topic:
        # The keyphrase and a topic of the text: when there is no headline, or
        # only one that holds no part of the keyphrase (the author's headline,
        # even without the keyphrase, says the news better than a topic does).
        held = src and any(k in kpm.text_stems(src) for k in focus.key)
        # A group has no verb: it tells no news (« Chiffre d'affaires : les
        # milliards d'euros », « Contrôleurs aériens : la DGAC »); with a
        # headline, any shortened headline first.
        rank = 16 if src else 6
        if person:
            rank = max(rank, 16)  # a person and a thing (« Camille Fournier : le Nexa ») tell no news
        named = (e := analysis.entity(topic)) is not None and e.label == "PER"
        if not (src and named):
            # (Nor a thing and a person, « Satellites de la constellation
            # Galileo : David Carrère », when a headline says the news: the
            # keyphrase alone is plainer.)
            out.append((prefix + _fit(topic, TITLE_MAX - len(prefix)), rank))
    return [(_with_full_name(t, focus, analysis), rank) for t, rank in out]


# Openers of a cause or a concession a statement stands without.
_CAUSE = re.compile(r" (?:faute d(?:e |')|en raison d(?:e |'|u |es )|à cause d(?:e |'|u |es )|malgré |grâce (?:à|au|aux) )")
# What a cut must never drop, for the words kept would say more without it: a
# bound (« jusqu'au 15 janvier », « sauf », « seulement »), a negation, a
# condition (« si », « à condition de », « sous réserve »).
_BOUND = re.compile(r"\b(?:jusqu|sauf|seulement|uniquement|hormis|excepté|pas|plus|jamais|rien|aucune?|ni|sans|si|s'ils?"
                    r"|condition|réserve|moins|avant|dès|que|qu')\b", re.I)
# What a cause's own group never holds (« faute de médecins »): a word that
# opens another group, a time or a place (« … faute de médecins [pendant
# tout l'hiver] »), that may bear on what stays; such a cause is not final.
_BEYOND_CAUSE = re.compile(r"(?:^|\s)(?:pendant|durant|depuis|pour|par|à|au|aux|en|dans|sur|sous|chez|lors|après|entre"
                           r"|vers|toute?s?|tous|ce|cet|cette|ces|,|;|:|\(|–|—)(?=\s|$)", re.I)


_RUBRIC_OF_PLACE = re.compile(
    r"^([^\W\d][\w-]*)( .+)? (?:de |du |d['’]|à |au )((?:[A-ZÉÈ][\w'’-]*)(?: [A-ZÉÈ][\w'’-]*)*)$")


def _rubric_place(analysis: Analysis, head: str) -> tuple[str, int]:
    """The place a headline's rubric is a thing of (« Hôpital de Vierzon » ->
    « Vierzon », « Usine de Saint-Priest » -> « Saint-Priest »), when the text
    names that place as such; "" for a rubric naming a person (« Maire de Lyon »:
    without it, the statement loses who), or anything else."""
    m = _RUBRIC_OF_PLACE.match(head) if "," not in head else None
    if not m or any(e.label == "PER" and e.name in head for e in analysis.entities):
        return "", 0  # (« Sophie Marchetti, directrice de l'hôpital de Cahors »: who, not where)
    from .engines.offline import _names_a_person

    noun, place = m.group(1).lower(), m.group(3)
    e = analysis.entity(place)
    if e is None or e.label != "LOC" or _names_a_person(noun) or _names_a_person(noun.rstrip("sx")):
        return "", 0
    words = head[: m.start(3)].split()
    if words[-1].lower() not in ("à", "au") and not _of_its_place(analysis, words, place):
        # (« Gare de Lyon », « Banque de France »: a name, not a thing of
        # Lyon, of France. « Incendie d'une ferme à Plouescat » says where.)
        return "", 0
    return place, 3 if m.group(2) is None else 4  # (« Vol au musée des Beaux-Arts de Dijon »: more goes)


def _of_its_place(analysis: Analysis, words: list[str], place: str) -> bool:
    """The text vouches that the rubric's thing (`words`, the rubric up to
    its preposition, then `place`) is a thing in that place: it writes the
    longest of its word groups it writes at all (« hôpital de Vierzon »,
    « musée des Beaux-Arts de Dijon ») in lower case, never with a capital
    inside a sentence (« la Banque de France », « le Tour de France »: a
    name of its own, wherever the thing is), and never places it elsewhere
    (« la gare de Lyon, à Paris »). Or, writing none, the text's dateline is
    that place (« Vierzon, 27 novembre – … du centre hospitalier de
    Vierzon »): the news is from there."""
    body = [s.text.replace("’", "'") for s in analysis.sentences]
    folded = None
    for k in range(len(words) - 1):
        if words[k].lower().replace("’", "'") in kpm.FUNCTION_WORDS:
            continue  # (a group opens on its noun, not on « au » of « Vol au musée »)
        # The matches (start, end) of the words from k on, then the place:
        # (?<![\w-])w\s+w…\s+place(?![\w-]) under re.I, as re.finditer finds
        # them, without a pattern per group (see `_group_matches`).
        if folded is None:
            folded = [kpm.case_folded(s) for s in body]
        parts = [kpm.case_folded(w.replace("’", "'")) for w in words[k:]] + [kpm.case_folded(place)]
        spaced = [True] * (len(parts) - 2) + [words[-1][-1:] not in "'’"]
        found = [(s, m) for s, f in zip(body, folded) for m in _group_matches(s, f, parts, spaced)]
        if not found:
            continue
        for s, (start, end) in found:
            if s[start].isupper() and start > 0 and s[: start].rstrip()[-1:] not in ("«", "\"", "(", "—", "–"):
                return False  # (a capital inside a sentence: a name)
            if re.match(r",? (?:à|au|aux) [A-ZÉÈ]", s[end:]) and not s[end:].lstrip(", ").split(" ", 1)[-1].startswith(place):
                return False  # (« la gare de Lyon, à Paris »: the thing is elsewhere)
        return any(s[start].islower() for s, (start, _) in found)
    return (analysis.source.location or "").startswith(place)


def _group_matches(text: str, folded: str, parts: list[str], spaced: list[bool]) -> list[tuple[int, int]]:
    r"""The (start, end) of re.finditer's matches, in `text`, of the words
    `parts` (folded by `kpm.case_folded`, as `folded` is the text) one after
    the other, spaces between where `spaced` says (\s+, between part i and
    i + 1), under re.I, no word character or hyphen on either side:
    (?<![\w-])part\s+part…(?![\w-]). No part is empty or opens on a space
    (split words, a place opening on its capital): each \s+ takes all the
    spaces there are, as re's would. Left to right, the next after the end
    of the last found."""
    out = []
    at = folded.find(parts[0])
    while at >= 0:
        end = at + len(parts[0]) if kpm.NOT_AFTER_WORD.match(text, at) else None
        for part, space in zip(parts[1:], spaced):
            if end is None:
                break
            if space:
                run = _SPACES.match(text, end)
                end = None if run is None else run.end()
            end = end + len(part) if end is not None and folded.startswith(part, end) else None
        if end is not None and kpm.NOT_BEFORE_WORD.match(text, end):
            out.append((at, end))
            at = folded.find(parts[0], end)
        else:
            at = folded.find(parts[0], at + 1)
    return out


_SPACES = re.compile(r"\s+")


def _shorter_statements(analysis: Analysis, seg: str, offset: int, splits) -> list[str]:
    """`seg`, a part of the headline starting at its character `offset`,
    without what it may lose and still say only what it says: a final cause
    or concession (« … faute de médecins », « … malgré la pluie »), or the
    verb coordinated after its first (« Lenny Martinez s'impose au sommet de
    la Loge des Gardes [et prend le maillot jaune] »: `splits`, the
    headline's parse, vouches for the cut). Never when what goes holds a
    bound, a negation or a condition (`_BOUND`): it may bear on what stays."""
    out = []
    if " et " not in seg and not _CAUSE.search(seg):
        return out  # (most headlines: nothing to look for)
    for m in _CAUSE.finditer(seg):
        before = seg[: m.start()].rsplit(" ", 1)[-1].lower()
        if before in _DANGLING or inside_quote(seg, m.start()):
            continue  # (« une faute de frappe », « licencié pour faute de négligence »: a noun)
        beyond = _BEYOND_CAUSE.search(seg, m.end())
        if beyond is None:
            if not _BOUND.search(seg[m.start():]):
                out.append(seg[: m.start()].rstrip(" ,"))
                break
            continue
        # Not final (« … fermeront la nuit faute de médecins pendant tout
        # l'hiver »): the cause alone may go when a duration of what stays
        # follows it (the parse attaches it before the cause), kept.
        tail = seg[beyond.start():].lstrip()
        if (re.match(r"(?:pendant|durant|jusqu)", tail, re.I) and not _BOUND.search(seg[m.start(): beyond.start()])
                and _attaches_before(analysis, offset, m.start(), beyond.start(), len(seg))):
            out.append(seg[: m.start()].rstrip(" ,") + " " + tail)
            break
    doc = analysis.title_doc
    if doc is not None and " et " in seg and splits is not None:
        w = words_of(doc)
        for i in range(w.n):
            at = w.idx[i] - offset
            if not 0 < at < len(seg) or w.lower[i] != "et" or w.dep[i] != "cc":
                continue
            v = w.head[i]
            first = w.head[v]
            if (w.dep[v] == "conj" and w.verb_finite[v] and w.verb_finite[first] and w.idx[first] < w.idx[i]
                    and w.idx[first] >= offset and not _BOUND.search(seg[at:]) and not inside_quote(seg, at)
                    and not splits(len(seg[:at].rstrip()))):
                out.append(seg[:at].rstrip(" ,"))
                break
    return [x for x in out if x and len(x.split()) >= 3]


def _attaches_before(analysis: Analysis, offset: int, start: int, at: int, end: int) -> bool:
    """The headline's parse attaches its words from `at` to `end` (characters
    of a part starting at `offset`) to a word of that part before `start`,
    not to one between: « pendant tout l'hiver » is the closure's time, not
    the doctors' of « faute de médecins »."""
    doc = analysis.title_doc
    if doc is None:
        return False
    w = words_of(doc)
    inside = [i for i in range(w.n) if offset + at <= w.idx[i] < offset + end]
    for i in inside:
        h = w.head[i]
        if h == i:
            return False  # (the clause's own verb)
        if not offset + at <= w.idx[h] < offset + end and not offset <= w.idx[h] < offset + start:
            return False
    return bool(inside)


def _elision_of_a_name(analysis: Analysis, seg: str) -> bool:
    """`seg` opens on « L' » and a word the text writes so, capital « L' »
    included, inside a sentence (« Le groupe L'Oréal »): the capital is the
    name's."""
    m = re.match(r"([LD])['’](\w+)", seg)
    if not m:
        return False
    letter, word = m.groups()
    for s in analysis.sentences:
        for at in _elided(s.text, letter, word):
            before = s.text[: at].rstrip()
            if before and before[-1] not in "«\"“:—–-.!?(":
                return True
    return False


def _elided(text: str, letter: str, word: str) -> list[int]:
    r"""The starts of re.finditer(rf"{letter}['’]{re.escape(word)}\b", text),
    without a pattern per word: each apostrophe and `word` a \b follows,
    `letter` before, left to right, the next after the end of the last."""
    out, after = [], 0
    for at in sorted(chain(kpm.find_all(text, "'" + word), kpm.find_all(text, "’" + word))):
        if at - 1 >= after and text[at - 1] == letter and kpm.WORD_BOUNDARY.match(text, at + 1 + len(word)):
            out.append(at - 1)
            after = at + 1 + len(word)
    return out


def _capitalised_inside(analysis: Analysis, word: str) -> bool:
    """The text writes `word` with a capital inside a sentence, after its
    first word and not after a quotation mark or a colon: a name, whatever a
    headline's parse tags it (« Ariane » of « la fusée européenne Ariane 6 »,
    a determiner to the parser). Read only in the sentences whose text holds
    the word (a token's text is part of its sentence's); kept per analysis."""
    if not word[:1].isupper():
        return False
    key = ("capitalised_inside", word)
    found = analysis.memo.get(key)
    if found is None:
        found = False
        for s in analysis.sentences:
            if word not in s.text:
                continue
            w = words_of(s.doc)
            text = w.text
            for i in range(1, w.n):
                if (text[i] == word and text[i - 1] not in ("«", ":", "—", "–", "-", ".", "!", "?", "\"", "(")
                        and w.lower[i] not in kpm.FUNCTION_WORDS):  # (« Le » of « Le Parisien » is an article)
                    found = True
                    break
            if found:
                break
        analysis.memo[key] = found
    return found


_NAME_ARTICLES = frozenset(("Le", "La", "Les"))


def article_names(analysis: Analysis) -> frozenset[str]:
    """The names whose capital article is part of them (« La Poste », « Le
    Monde », « Le Pen »), as « Article Word » (the word after the article):
    those a line or a title keeps in capitals where a plain article is
    lowered (« **230 000 personnes** : La Poste emploie … »). The text says
    which: it writes the capital article inside a sentence, after a word or
    a comma (« le quotidien Le Monde », « chez La Poste »; not after a
    quotation mark, a colon or a dash), or opens a sentence or its title on
    it with the parse's organisation starting at the article (« La Poste
    supprime … », not « Le Sénat », « La CGT »: the organisation starts after
    it; a one-word organisation after « Les » is a party's or a paper's
    name, « Les Républicains », « Les Échos »); and never writes that word
    after a plain article (« la Poste », « les Bleus »). A place is none by
    its opening alone (« La France », « La Seine » are places to the parse
    as « Le Havre » is). Kept per analysis."""
    names = analysis.memo.get("article_names")
    if names is None:
        names = analysis.memo["article_names"] = _article_names(analysis)
    return names


def _article_names(analysis: Analysis) -> frozenset[str]:
    found: set[str] = set()
    plain: set[tuple[str, str]] = set()  # (the article, the word) in lower case, after a plain article
    docs = [s.doc for s in analysis.sentences]
    if analysis.title_doc is not None:
        docs.append(analysis.title_doc)
    for doc in docs:
        w = words_of(doc)
        low = w.lower_set
        if "le" not in low and "la" not in low and "les" not in low:
            continue  # (most sentences have one; a quicker test than the loop)
        text, lower = w.text, w.lower
        for i in range(w.n - 1):
            if lower[i] not in ("le", "la", "les") or not text[i + 1][:1].isupper():
                continue
            if text[i] not in _NAME_ARTICLES:
                plain.add((lower[i], lower[i + 1]))
            elif (i > 0 and (text[i - 1][:1].isalnum() or text[i - 1] in (",", ";"))) or (
                    w.ent_iob[i] == 3 and w.ent_iob[i + 1] == 1 and doc[i].ent_type_ == "ORG") or (
                    text[i] == "Les" and w.ent_iob[i + 1] == 3 and doc[i + 1].ent_type_ == "ORG"
                    and (i + 2 >= w.n or w.ent_iob[i + 2] != 1)):  # (one word: not « les Nations unies »)
                found.add(f"{text[i]} {text[i + 1]}")
    return frozenset(x for x in found if tuple(x.lower().split(" ", 1)) not in plain)


def with_name_articles(text: str, analysis: Analysis) -> str:
    """`text` with the capital article of each of `article_names` given
    back where a line lowered it (« **230 000 personnes** : la Poste emploie
    … », « Selon la direction, la Poste … », « Que sait-on de la Poste ? »).
    The text itself never writes these names after a plain article (else they
    are none of `article_names`): any such place is a line's."""
    names = article_names(analysis)
    for name in names:
        lowered = name[0].lower() + name[1:]
        if lowered not in text:
            continue
        out, last = [], 0
        for at, end in word_matches(text, lowered):
            out.append(text[last:at] + name)
            last = end
        text = "".join(out) + text[last:]
    return text


def _cuts_a_name(text: str, analysis: Analysis) -> bool:
    """True when the text ends inside a multi-word name (« … Alistair »)."""
    names = _names_by_inner_word(analysis).get(text.rsplit(" ", 1)[-1])
    if names:
        for name in names:
            if not text.endswith(name):
                return True
    return False


def _names_by_inner_word(analysis: Analysis) -> dict[str, list[str]]:
    """Each word of a multi-word name but its last -> the names (entities)
    holding it there, in the entities' order; once per analysis (each title
    candidate asks)."""
    found = analysis.memo.get("names_by_inner_word")
    if found is None:
        found = analysis.memo["names_by_inner_word"] = {}
        for e in analysis.entities:
            words = e.name.split()
            for word in dict.fromkeys(words[:-1]):
                found.setdefault(word, []).append(e.name)
    return found


def make_title(analysis: Analysis, focus: Keyphrase, topic: str) -> str:
    """The H1: at most TITLE_MAX characters, the keyphrase near its start,
    taken from the headline whenever the headline allows it. A title the
    author set apart (front matter, `#`, <h1>, Word Title) is kept as it is
    when it fits: the report says if the keyphrase is not in it."""
    given = analysis.source.title
    if analysis.source.title_given and given and len(given) <= TITLE_MAX:
        return given
    cands = []
    for text, rank in _title_candidates(analysis, focus, topic):
        text = text.strip()
        if not text or len(text) > TITLE_MAX or text.endswith((" :", ",")):
            continue
        # (The refusals first: the keyphrase's position is no free test.)
        if text.lower().count(focus.text.split()[0].lower()) > 1:
            continue  # « Alistair Brownlee : … Alistair »
        if _cuts_a_name(text, analysis):
            continue
        if _ends_on_a_verb_cut(text, analysis):
            continue
        cands.append((rank, -len(text), text))
    if not cands:
        return _fit(capitalize_first(focus.text), TITLE_MAX)
    # The best (rank, longest, text) once the rank is raised for the keyphrase
    # missing or late and for an anaphoric opening. A raise never lowers a
    # rank: read in the order of the ranks given, the candidates after one
    # that is no better, as given, than the best so far can be no better
    # either (the keyphrase's position, no free test, is not asked of them).
    best = None
    for given_rank, longest, text in sorted(cands):
        if best is not None and (given_rank, longest, text) >= best:
            break
        rank = given_rank
        pos = kpm.position(text, focus.text)
        if pos is None:
            rank += 10
        elif pos - len(focus.text) > 40:
            rank += 2
        if _ANAPHORIC_START.match(text) and " : " not in text:
            rank += 3  # « Le pays lance … » alone: which country?
        if best is None or (rank, longest, text) < best:
            best = (rank, longest, text)
    return best[2]


# Dependencies of a verb that a title may drop after it: none of what the
# verb says (a coordinated clause, its coordinator, the punctuation).
_BESIDE_THE_VERB = frozenset(("punct", "conj", "cc", "parataxis"))


def _ends_on_a_verb_cut(text: str, analysis: Analysis) -> bool:
    """Whether the title `text` ends on a finite verb or an auxiliary of the
    headline whose object or complement, there after it, the title drops
    (« Logement : l'Assemblée adopte [en première lecture la proposition de
    loi …] », « la troisième ligne ouvrira [avec un an de retard …] »): it
    says the verb without the news. A verb with nothing of its own after it
    may end a title; so may a participle (« 1 200 personnes évacuées »). A
    word the tagger missed as a verb (« adopte[ADJ] ») is one when the
    lemmatizer's tables know it only as a verb: then any word after it is
    taken as its complement.
    A verb the headline follows with a comma (a semicolon, a dash) ends its
    clause there: what comes after is the next clause or a list, not the
    verb's complement, even when the parse hangs it on the verb (« Landes :
    le feu reprend, [la préfecture évacue …] », « l'incendie repart, [plus de
    800 pompiers mobilisés …] »), unless the comma opens an adverbial incise
    the verb's complement follows (« adopte, en première lecture, la
    proposition de loi »). Nor is the head of a clause with a subject of its
    own and no subordinator (a juxtaposed clause) the verb's complement."""
    doc = analysis.title_doc
    if doc is None:
        return False
    words = text.split()
    if not words:
        return False
    w = words_of(doc)
    last = words[-1].lower()
    spans = None  # the headline's words split on spaces, (start, end), read once
    for i in range(w.n - 1, -1, -1):
        if w.lower[i] != last or i == w.n - 1:
            continue  # (the headline's own last word drops nothing after it)
        # The title ends where the headline's word `i` does: the word before agrees.
        if len(words) > 1:
            if spans is None:
                spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", doc.text)]
                starts = [a for a, _ in spans]
            j = bisect_left(starts, w.idx[i]) - 1  # (the last space-split word of the text before the token)
            if j < 0 or doc.text[spans[j][0]: min(spans[j][1], w.idx[i])].lower() != words[-2].lower():
                continue
        end = _clause_end_after(w, i)
        rest = range(i + 1, end)
        if w.verb_finite[i] or w.pos[i] == "AUX":
            if end == w.n and i + 1 < w.n and w.lower[i + 1] == ",":
                return True  # « la préfète interdit, dès mercredi, [l'accès …] »: an incise, then the rest of its clause
            if any(w.head[k] == i and w.dep[k] not in _BESIDE_THE_VERB and not _juxtaposed_clause(w, k) for k in rest):
                return True
            if w.pos[i] == "AUX" and w.head[i] > i:
                return True  # « la ligne sera [ouverte] »: its verb or predicate goes
        elif (w.pos[i] in ("ADJ", "NOUN") and w.text[i][:1].islower() and not (i > 0 and w.pos[i - 1] == "DET")
              and _verb_only(last)  # (not after a determiner: « la lira » is a noun)
              and any(not w.punct[k] for k in rest)):
            return True
    return False


# Punctuation that ends a headline's clause (« le feu reprend, la préfecture
# évacue … », « … ; … », « … – … »).
_CLAUSE_STOPS = frozenset((",", ";", "–", "—"))


def _clause_end_after(w, i: int) -> int:
    """Where the clause of the headline's verb `i` ends for `_ends_on_a_verb_cut`:
    at a comma (semicolon, dash) right after it, unless that comma opens an
    adverbial incise (a preposition or an adverb first, « , en première
    lecture, », not « , plus de 800 … ») closed by a second comma; else at
    the headline's end."""
    n = i + 1
    if n >= w.n or w.lower[n] not in _CLAUSE_STOPS:
        return w.n
    if (w.lower[n] == "," and n + 2 < w.n and w.pos[n + 1] in ("ADP", "ADV")
            and w.lower[n + 2] not in ("de", "d'", "d’")):  # (not a quantity: « , plus de 800 pompiers »)
        for k in range(n + 2, w.n - 1):
            if w.lower[k] in _CLAUSE_STOPS:
                return w.n if w.lower[k] == "," else n
    return n


def _juxtaposed_clause(w, k: int) -> bool:
    """Token `k` heads a finite clause with a subject of its own and no
    subordinator (« la préfecture évacue … » set beside the verb without a
    conjunction): no complement of the verb before it."""
    return (w.verb_finite[k] and k in w.subject_heads()
            and not any(w.dep[c] == "mark" for c in w.children(k)))


# --- description -------------------------------------------------------------------


_ENDS_ON_FUNCTION_WORD = re.compile(r"\b(?:de|du|des|le|la|les|l'|un|une|et|ou|à|au|en|que|qui)\.$")


# Verbs whose complement in « à » is required (« parvenir à un accord »): a
# cut before it leaves « sont parvenus jeudi matin. », which says nothing true.
_NEEDS_A = frozenset(
    "parvenir aboutir appeler engager renoncer inviter consister contribuer participer procéder recourir "
    "accéder exhorter inciter remédier veiller condamner opposer attaquer astreindre obliger autoriser "
    "habiliter encourager pousser destiner viser".split())
# Verbs that need a direct object (« a annoncé mardi, devant les députés, un plan »).
_NEEDS_OBJECT = frozenset(
    "annoncer signer adopter obtenir présenter proposer lancer conclure dévoiler prononcer approuver rejeter "
    "voter trouver atteindre remporter décrocher infliger imposer accorder publier réclamer exiger demander "
    "détailler promettre livrer fixer saisir verser débloquer octroyer attribuer ratifier valider entériner "
    "dénoncer condamner annuler suspendre prolonger relever abaisser réduire augmenter".split())
_OBJECT_DEPS = frozenset(("obj", "iobj", "ccomp", "xcomp", "obl:arg"))
_TIME_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi minuit nuit hier aujourd'hui demain "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())


def _cut_leaves_complement(doc, w, i: int) -> bool:
    """Whether cutting the sentence at its token `i` (a comma) leaves the
    main verb before it without the complement it needs, which the rest
    holds: « les ministres sont parvenus jeudi matin[, vers 6 h 30, à un
    accord …] ». Read off the parse (an object hung on the verb after the
    cut) and off the words (a verb needing « à » with « à » only after the
    cut; a verb needing an object with none before the cut)."""
    # (The last root before the cut: a rubric « Pêche : … » is a root of its own.)
    root = next((t for t in range(i - 1, -1, -1) if w.dep[t] == "ROOT"), None)
    if root is None or w.pos[root] != "VERB":
        return False
    after = range(i + 1, w.n)
    kids = w.children(root)  # (in order, read once per sentence)
    # (A day or an hour the parse takes for an object is none: « parvenus jeudi ».)
    # (A noun hung on the verb with no preposition is its object, whatever
    # the parse calls it: « a adopté, lundi, la gratuité/punct des bus ».)
    def bare(t: int) -> bool:
        return w.lower[t] not in _TIME_WORDS and not any(
            w.head[c] == t and w.dep[c] == "case" for c in range(max(0, t - 4), t))
    # (Any such noun after the verb, whatever it hangs on: the parse may hang
    # « la cinquième étape » of « a remporté jeudi en solitaire la cinquième
    # étape » on « solitaire ».)
    # (The tag and the dependency, tested before `bare`: they are cheaper.)
    has_object = any(w.pos[t] in ("NOUN", "PROPN") and bare(t) for t in range(root + 1, i)) or any(
        w.dep[t] in _OBJECT_DEPS and bare(t) for t in kids if t < i)
    if not has_object and any(w.dep[t] in _OBJECT_DEPS and bare(t) for t in kids if t > i):
        return True
    lemma = doc[root].lemma_.lower()
    before = range(root + 1, i)
    if lemma in _NEEDS_A and not any(w.lower[t] in ("à", "au", "aux") for t in before) and not any(
            w.lower[t] == "y" and t < root for t in kids) and any(w.lower[t] in ("à", "au", "aux") for t in after):
        return True
    if lemma in _NEEDS_OBJECT and not has_object and not any(w.dep[t] == "aux:pass" for t in kids) and not any(
            w.pos[t] == "PRON" and t < root for t in kids) and any(w.pos[t] in ("NOUN", "PROPN") for t in after):
        return True
    return False


_LIST_LINKS = frozenset(("et", "ou", "ainsi", "que", "qu'", "qu’"))  # (« …, ainsi qu'une passante »)
_ARGUMENT_OF_VERB = frozenset(("nsubj", "nsubj:pass", "obj", "iobj", "expl:subj"))


def _truncations(s: Sentence, shortest: int = 0, longest: int | None = None) -> list[str]:
    """Shorter real sentences: the sentence cut at a comma after its main
    verb, when what is kept has its own subject and verb (quotes balanced,
    not ending on a function word). « Dès le départ de la partie vélo, une
    échappée composée … dans laquelle le tenant du titre Alistair Brownlee, »
    has no main verb before its comma: no cut there. With `shortest` and
    `longest`: only the cuts of a length within them (a cut's length is
    known before its tests: the others are not tested)."""
    out = []
    doc, text = s.doc, s.text
    if "," not in text:
        return out  # (no comma, no cut: a quarter of the sentences)
    w = words_of(doc)
    idx = w.idx
    # (Read once for the whole sentence rather than in each head: the first
    # colon or semicolon, and the quotation marks and brackets counted from
    # one comma to the next.)
    stops = [at for at in (text.find(":"), text.find(";")) if at >= 0]
    stop = min(stops) if stops else len(text)
    counts = [0, 0, 0, 0]  # « » ( ) in text[:counted]
    counted = 0
    prev = None  # the comma before
    root = None  # the first root of the parse (its main verb), found when first needed
    arguments = None  # (each subject or object and its verb, found when first needed)
    commas = _indexes(w.text, ",")
    for i in commas:  # (the commas only, found by list.index)
        before, prev = prev, i
        at = idx[i]
        if at > 2 * DESCRIPTION_MAX:
            break  # a longer head is no description (and the test below is linear: no square of a long sentence)
        if stop < at:
            break  # « … dans quatre pays : le Mexique, » would cut a list short
        head = text[:at]
        kept = head.rstrip()
        if len(kept) + 1 < shortest or (longest is not None and len(kept) + 1 > longest):
            continue
        for k, mark in enumerate("«»()"):
            counts[k] += text.count(mark, counted, at)
        counted = at
        if counts[0] != counts[1] or counts[2] != counts[3]:
            continue
        # (The main verb's place, read once, before the clause's search: a
        # cut before the main verb, the first comma of most sentences that
        # have one, needs no other test.)
        if root is None:
            root = next((t for t in range(w.n) if w.dep[t] == "ROOT"), w.n)
        if root > i:
            continue
        if not (has_clause(w, 0, i) or surface_clause_at(doc, 0, i)):
            continue
        if root < w.n and _bare_participle_root(w, root):
            # (A root shaped as a past participle with no auxiliary, « En 2016,
            # une lettre adressée à sa fille, estimée 8 000 euros[, avait été
            # retirée …] », is an apposition the parse took for the main verb.)
            # « Le ministère de la Transition écologique, qui dispose de deux
            # mois pour faire appel …[, a indiqué …] »: the sentence's main
            # verb is in what the cut drops; a relative's verb is no sentence.
            continue
        if i + 1 < w.n and w.pos[i + 1] == "ADP" and before is not None and not any(
                w.pos[t] in ("VERB", "AUX") for t in range(before + 1, i)):
            # « … a condamné Patrick Bernier, ancien gérant de l'immeuble,[ à
            # quatre ans d'emprisonnement] »: the comma closes an apposition (no
            # verb since the comma before) and a complement goes on: no sentence
            # ends there. (Read off the words: the parse hangs such complements anywhere.)
            continue
        if arguments is None:
            arguments = [(t, w.head[t]) for t in range(w.n) if w.dep[t] in _ARGUMENT_OF_VERB]
        if any(t < i < h for t, h in arguments):
            # « …, un pays qui, malgré ses liens étroits avec Moscou[, a parfois
            # montré …] »: a subject or an object kept, its verb dropped.
            continue
        k = commas.index(i)
        if (k and _incise_interrupts(w, commas[k - 1], i)
                or k + 1 < len(commas) and _incise_interrupts(w, i, commas[k + 1])):
            # « … un centre où exerceront[, d'ici à septembre][, cinq médecins …] »:
            # the comma opens or closes an incise, and the clause it interrupts
            # goes on after it.
            continue
        j = i + 1
        while j < w.n - 1 and j <= i + 3 and (w.pos[j] in ("DET", "ADP") or w.lower[j] in _LIST_LINKS):
            j += 1
        if j < w.n and w.dep[j] == "conj" and w.pos[j] in ("NOUN", "PROPN", "NUM", "ADJ") and w.head[j] < i:
            # « les numéros 4471[, 4472 et 4480] », « les enseignes Carrefour[,
            # Intermarché et Super U] »: a cut inside a list keeps its first
            # item only, as if it were the whole.
            continue
        if _cut_leaves_complement(doc, w, i):
            continue  # (the verb's complement is in what the cut drops)
        if _completive_without_verb(w, i):
            continue  # « … a jugé que … et que les voisins[, qui …, « ne pouvaient ignorer … »] »
        if i + 1 < w.n and w.lower[i + 1] == "mais":
            # « … n'ont pas obtenu gain de cause[, mais ils bénéficieront d'une
            # priorité …] »: what « mais » brings qualifies what comes before
            # (a concession, a correction); without it, the line overstates.
            continue
        cand = kept + "."
        # (A match ends the line: searched from where its longest word can
        # start, « \b » still seeing the character before.)
        if not _ENDS_ON_FUNCTION_WORD.search(cand, max(0, len(cand) - 5)):
            out.append(cand)
    return out


def _completive_without_verb(w, i: int) -> bool:
    """Whether the last « que » before token `i` (a comma) that opens a
    completive clause (right after a verb, or after « et », « ou » coordinating
    a second one) has no verb before `i`: a cut there keeps the clause's
    subject and drops its verb (« a jugé que … et que les voisins[, qui …,
    ne pouvaient ignorer …] »)."""
    for t in range(i - 1, 0, -1):
        if w.pos[t] in ("VERB", "AUX"):
            return False
        if w.lower[t] in ("que", "qu'", "qu’") and (w.pos[t - 1] in ("VERB", "AUX") or w.lower[t - 1] in ("et", "ou")):
            return True
    return False


def _incise_interrupts(w, opening: int, closing: int) -> bool:
    """Whether the commas `opening` and `closing` (tokens) set an adverbial
    incise (a preposition or an adverb first, no finite verb: « , d'ici à
    septembre, », « , à compter du 27 octobre, ») inside a clause that goes on
    after it: with a « de » or « à » complement (« la suppression, …, [de
    trois lignes] ») or with the subject or object of a word before the
    incise (« où exerceront, …, [cinq médecins] »), the group right after
    the closing comma. A cut at either comma leaves that clause unfinished."""
    nxt = closing + 1
    if nxt >= w.n or w.pos[opening + 1] not in ("ADP", "ADV") or any(w.verb_finite[t] for t in range(opening + 1, closing)):
        return False
    if w.lower[nxt] in ("de", "du", "des", "d'", "d’", "à", "au", "aux"):
        return True
    return any(t > closing and w.head[t] < opening and w.dep[t] in _ARGUMENT_OF_VERB for t in (nxt, w.head[nxt]))


def _bare_participle_root(w, root: int) -> bool:
    """The parse's root (token `root`) is a past participle with no auxiliary
    (« estimée » of « une lettre adressée à sa fille, estimée 8 000 euros,
    avait été retirée … », tagged a finite verb): no main verb; the real one
    is among what follows. (« crée », « agrée »: the present of a verb in
    -éer, which the verbs' table tells.)"""
    low = w.lower[root]
    if w.pos[root] != "VERB" or not low.endswith(("é", "és", "ée", "ées")):
        return False
    if any(w.dep[c].startswith("aux") for c in w.children(root)):
        return False
    if low.endswith(("ée", "ées")):
        verbs = _verb_only_tables()[2]
        if verbs is None or low[: low.rindex("e")] + "er" in verbs:
            return False
    return True


def _compressed_truncations(s: Sentence, c: str) -> list[str]:
    """The sentence's shortened form `c` (`compress`) cut where the sentence
    itself may be cut (`_truncations`), when `c` keeps what follows that
    comma as it is: « La société Fromagerie Aubert[, qui …,] a lancé mardi
    24 novembre une procédure de rappel …[, en raison d'une possible
    contamination …] »."""
    text = s.text
    ats = [at for at in range(len(text)) if text[at] == "," and c.endswith(text[at:]) and len(text) - at < len(c)]
    if not ats:
        return []  # (the cut's tail is not in the shortened form: `_truncations` need not be asked)
    cuts = set(_truncations(s, min(ats), max(ats) + 1))  # (only the cuts at those commas are tested)
    return [c[: len(c) - len(text) + at].rstrip() + "." for at in ats if text[:at].rstrip() + "." in cuts]


def _pairs_with(analysis: Analysis, focus: Keyphrase) -> list[str]:
    """A sentence holding the keyphrase that is too short for a description,
    followed by the next sentence of its paragraph, whole or shortened:
    « Angela Merkel réussit son pari mais sort fragilisée des dernières
    élections. L'alliance CSU/CDU arrive en tête mais avec un score faible. »
    In the text's order, so what the second points back to is in the first."""
    from .engines.offline import _continues_dated_past  # (offline reads this module: imported when asked)

    out = []
    sents = analysis.sentences
    for a, b in zip(sents, sents[1:]):
        if a.block != b.block:
            continue
        if _continues_dated_past(analysis, a) or _continues_dated_past(analysis, b):
            # « L'enquête avait duré quatre ans. Le principal suspect a été
            # condamné … », of a case of 2016 the sentence before them dates:
            # the pair, read alone, tells of the news.
            continue
        if kpm.contains(a.text, focus.text) and len(a.text) < DESCRIPTION_MIN and not _earlier_event(b):
            # (Not an earlier episode after it: « Ce n'est pas la première fois
            # qu'un manuscrit de Colette suscite une bataille. En 2016, une
            # lettre … avait été retirée … » reads as today's news.)
            for second in [b.text, *_sourced(b, [compress(b), compress(b, keep_dates=False), *_truncations(b)])]:
                if second and not second.startswith("«"):
                    out.append(f"{a.text} {second}")
        if kpm.contains(b.text, focus.text) and len(b.text) < DESCRIPTION_MIN and not points_back(a.text):
            out.append(f"{a.text} {b.text}")
    return out


def _description_candidates_of(analysis: Analysis, sentences: list[Sentence]) -> list[str]:
    """The lines `_description_candidates` derives from these sentences."""
    out = []
    for s in sentences:
        c = compress(s)
        out += [s.text, *_sourced(s, [*_truncations(s), *([c] if c else []),
                                      *(_without_final_relative(s) if len(s.text) > DESCRIPTION_MAX and " qui " in s.text
                                        else [])])]
    return out


def _description_candidates(analysis: Analysis, shortest: int = 0, longest: int | None = None):
    """The lines a description may be, in order of preference: each sentence
    whole, cut at a comma, shortened, or one of its statements; then two
    short sentences of the lead read as one. With `shortest` and `longest`,
    the lines of a length outside them may be left out where leaving them
    out spares work (a cut at a comma is not tested, a statement not asked
    whether it points back): the caller filters by length itself."""
    def within(c: str) -> bool:
        return shortest <= len(c) and (longest is None or len(c) <= longest)


    from .engines.offline import _continues_dated_past  # (offline reads this module: imported when asked)

    aside = _places_aside(analysis)
    first_id = analysis.sentences[0].id if analysis.sentences else None
    for s in analysis.sentences:
        if aside and any(_holds_phrase(s.text, p) for p in aside):
            continue  # (« En 2023, le centre hospitalier de Brest avait subi une attaque »: not the news)
        if s.id != first_id and (_earlier_event(s) or _continues_dated_past(analysis, s)):
            # (« Il y a un an, le Losc s'était imposé 1-0 à Bollaert … »: another
            # match, not the news; « En 2016, un réseau similaire avait détourné
            # … Le principal suspect a été condamné … »: another case's verdict)
            continue
        if state_taken_up(analysis, s):
            # A state the next sentence changes (« … envisageait de se
            # présenter … . Ce projet est désormais compromis … »): alone, it
            # reads as today's. (With that sentence, in a pair of the lead.)
            continue
        if _owner_before_it(analysis, s):
            # « Marcel pourra continuer à chanter. La cour d'appel … a infirmé le
            # jugement qui condamnait sa propriétaire … »: alone, whose owner?
            yield from (c for c in _sourced(s, _forms_for_description(analysis, s, shortest, longest, within))
                        if not _has_possessive(c))
            continue
        yield s.text
        yield from _sourced(s, _forms_for_description(analysis, s, shortest, longest, within))
    lead = [s for s in analysis.sentences if s.block == analysis.sentences[0].block]
    for a, b in zip(lead, lead[1:]):
        yield a.text + " " + b.text


def _has_possessive(text: str) -> bool:
    """A possessive of the third person (« son », « sa », « ses », « leur(s) »
    before a noun) out of a quotation in `text`."""
    if " son " not in text and " sa " not in text and " ses " not in text and " leur" not in text:
        return False
    low = text.lower()
    return len(low) == len(text) and any(
        not inside_quote(text, m.start()) and (m.start() == 0 or not low[m.start() - 1].isalnum())
        for m in _POSSESSIVE.finditer(low))


def _owner_before_it(analysis: Analysis, s: Sentence) -> bool:
    """Whether `s` holds a possessive while the sentence before it, in the
    same paragraph, has a person for the subject of its main clause whom `s`
    does not name (« Marcel pourra continuer à chanter à l'aube. La cour …
    a infirmé le jugement qui condamnait sa propriétaire, … à faire taire
    son coq »): the possessive is most likely that person's, and a line of
    `s` alone gives it no owner."""
    k = s.id - 1
    if k < 0 or not _has_possessive(s.text):
        return False
    before = analysis.sentences[k]
    if before.id != k or before.block != s.block:
        return False
    persons = [name for name, label in before.entities if label == "PER"]
    if not persons:
        return False
    w = words_of(before.doc)
    for i in range(w.n):
        if w.dep[i] not in ("nsubj", "nsubj:pass") or w.dep[w.head[i]] != "ROOT" or w.pos[i] != "PROPN":
            continue
        for name in persons:
            if w.text[i] in name.split() and not any(part in s.text for part in name.split() if part[:1].isupper()):
                return True
    return False


def _sourced(s: Sentence, forms):
    """The forms of `s` with the source the sentence gives its claim, those
    that cannot keep it left out (see offline._keeps_source: « Selon elle,
    le délai d'attente, qui dépasse 9 heures, … » gives no « Le délai
    d'attente dépasse 9 heures. »)."""
    from .engines.offline import _keeps_source  # (offline reads this module: imported when asked)

    for f in forms:
        k = _keeps_source(s, f)
        if k:
            yield k


def _forms_for_description(analysis: Analysis, s: Sentence, shortest: int, longest: int | None, within):
    """The shorter forms of `s` a description may be (see `_description_candidates`)."""
    yield from _truncations(s, shortest, longest)
    if len(s.text) > DESCRIPTION_MAX and " qui " in s.text:
        yield from _without_final_relative(s)
    if len(s.text) > DESCRIPTION_MAX and ")" in s.text and analysis.acronyms:
        # A name the sentence gives with its acronym, by its acronym alone
        # (« la commission des sanctions de l'Autorité des marchés
        # financiers (AMF) a prononcé … » -> « … de l'AMF a prononcé … »):
        # the text's own short form, no word of the news lost.
        yield from (short for c in (s.text, *_truncations(s)) if (short := _by_acronym(c, analysis)) != c)
    c = compress(s)
    if c:
        yield c
        if len(c) > DESCRIPTION_MAX:
            yield from (v for v in _compressed_truncations(s, c) if within(v))
    # « Le Britannique Alistair Brownlee conserve son titre olympique et
    # marque l'histoire de l'épreuve olympique. » out of 005's 50-word lead.
    yield from (v for v in relative_statements(s) + clauses(s) if within(v) and not points_back(v))


# A sentence opening on a time before the news (« Il y a un an », « L'an
# dernier », « L'année précédente »).
_EARLIER_FRAME = re.compile(
    r"^(?:Il y a (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|près d['’]une?|\d+)"
    r"\b[^,.]{0,20}\b(?:ans?|années?|mois|semaines?|saisons?)\b"
    r"|L['’]an (?:dernier|passé)\b|L['’]année (?:dernière|passée|précédente)\b|La saison (?:dernière|passée|précédente)\b)")


def _earlier_event(s: Sentence) -> bool:
    """The sentence tells an event before the news: it opens on an earlier
    time (`_EARLIER_FRAME`), or its main clause is in the pluperfect (« En
    2013, un plan social avait déjà supprimé 230 postes », « … le Losc
    s'était imposé 1-0 à Bollaert »): as a description, it reads as the
    news. (Not an imperfect passive, « était poursuivi pour … »: the charge
    of the case.)"""
    if _EARLIER_FRAME.match(s.text):
        return True
    w = words_of(s.doc)
    dep = w.dep
    if "aux:tense" not in dep:
        return False  # (one scan in C: most sentences have no tense auxiliary)
    head = w.head

    def main(v: int) -> bool:
        # The root, or a conjunct of a root that is a bare participle (the
        # parse's slip, see `_bare_participle_root`).
        return head[v] == v or (dep[v] == "conj" and head[head[v]] == head[v] and _bare_participle_root(w, head[v]))

    return any("Imp" in w.feats[i].get("Tense", ()) and main(head[i])
               and not inside_quote(s.text, w.idx[i]) for i in range(w.n) if dep[i] == "aux:tense")


def _without_final_relative(s: Sentence) -> list[str]:
    """The sentence without the relative clause that ends it, when that
    clause qualifies a noun brought by an indefinite article (« … victime
    d'une cyberattaque par rançongiciel [qui paralyse une grande partie de
    ses services] »): what stays is still true of it. Never after a definite
    one (« les manifestants [qui ont dégradé …] »: all of them, without it),
    nor when the main verb or a quotation is in what goes."""
    w = words_of(s.doc)
    text = s.text
    for q in range(1, w.n):
        if w.lower[q] != "qui" or w.dep[q] != "nsubj":
            continue
        v = w.head[q]
        if w.dep[v] != "acl:relcl":
            continue
        # The determiner of the group before « qui », read off the words (the
        # parse hangs « par rançongiciel » anywhere): « une cyberattaque par
        # rançongiciel qui … ».
        j = q - 1
        while j > 0 and (w.pos[j] in ("NOUN", "ADJ", "PROPN") or w.lower[j] in ("de", "d'", "par", "en", "à")):
            j -= 1
        dets = [w.lower[j]] if w.pos[j] == "DET" else []
        if not dets or dets[0] not in ("un", "une", "des") or w.text[q - 1] == ",":
            continue
        if any(w.dep[t] == "ROOT" for t in range(q, w.n)) or "«" in text[w.idx[q]:] or "," in text[w.idx[q]:]:
            continue  # (past a comma, the sentence may go on: « a vu au terme d'une épreuve qui …, [la consécration …] »)
        # The relative runs to the end: every word after it hangs in it.
        if any(not _in_subtree(w, t, v) for t in range(q, w.n) if w.dep[t] != "punct"):
            continue
        if _denied_above(w, w.head[v]):
            continue  # « n'était pas une décision budgétaire [qui viserait …] »: what is denied is the whole
        kept = text[: w.idx[q]].rstrip()
        if kept.count("(") == kept.count(")"):
            return [kept + "."]
    return []


# Verbs of denial or refusal: what they govern is denied, not told.
# (« écarter », « renoncer à »: a plan ruled out is no plan told.)
_DENIAL = re.compile(r"^(?:démen|ni[eéa]|refus|contest|rejet|exclu|récus|réfut|déni|écart|renon|abandon|oppos|repouss|bloqu|enterr|combat)")


def _denied_above(w, noun: int) -> bool:
    """Whether the noun, or a word up its heads, is negated (« ne … pas »,
    « jamais », « aucun », « sans ») or is a verb of denial (« dément »,
    « refuse »): the noun with all its qualifiers is what is denied."""
    t = noun
    for _ in range(w.n):
        kids = [w.lower[c] for c in w.children(t)]
        if ("ne" in kids or "n'" in kids) and not _NEGATIONS.isdisjoint(kids):
            return True
        if "sans" in kids or "aucun" in kids or "aucune" in kids or "nul" in kids or "nulle" in kids:
            return True
        if w.pos[t] in ("VERB", "AUX") and _DENIAL.match(w.lower[t]):
            return True
        if w.head[t] == t:
            return False
        t = w.head[t]
    return False


def _in_subtree(w, t: int, top: int) -> bool:
    for _ in range(w.n):
        if t == top:
            return True
        if w.head[t] == t:
            return False
        t = w.head[t]
    return False


def _by_acronym(c: str, analysis: Analysis) -> str:
    """`c` with each « Name (ACR) » the text defines written « ACR » when the
    acronym opens on the name's letter (the article's elision stays right:
    « l'Autorité … (AMF) » -> « l'AMF »)."""
    for acronym, name in analysis.acronyms.items():
        full = f"{name} ({acronym})"
        if full in c and acronym[:1].lower() == name[:1].lower():
            c = c.replace(full, acronym)
    return c


def _fits(c: str, shortest: int = DESCRIPTION_MIN) -> bool:
    """A description of the right length, not opening on a quotation."""
    return shortest <= len(c) <= DESCRIPTION_MAX and "«" not in c[:1]


# « L'homme, qui comparaît libre … »: a person named by sex or age alone
# (« l'homme », « la jeune femme », « le quinquagénaire ») is, in a news text,
# the stand-in for someone the text named before; opening a description, it
# names no one.
_PERSON_STAND_IN = re.compile(
    r"^(?:L'|Le |La )(?:jeune |vieil |vieille )?(?:homme|femme|individu|garçon|fille|adolescente?|"
    r"[a-zé]+génaire)\b(?! (?:de|d'|du|des) )")
# A noun with a relative clause opening a sentence (« Un mutisme que … »).
_NOUN_THEN_RELATIVE = re.compile(r"^(?:Un|Une|Des) [^\W\d]+(?: [^\W\d]+)? (?:que|qu'|qui|dont|où)\b")


def _summing_openings(analysis: Analysis) -> tuple[str, ...]:
    """The openings of the text's verbless sentences made of a noun and its
    relative clause (« Un mutisme que Gabe Newell … a cassé lors d'une
    mini-conférence … »: one finite verb, the relative's): such a noun sums up
    the sentence before; alone, the line says nothing. Once per analysis."""
    found = analysis.memo.get("summing_openings")
    if found is None:
        out = []
        for s in analysis.sentences:
            # (What a match opens on, tested first: most sentences open otherwise.)
            m = _NOUN_THEN_RELATIVE.match(s.text) if s.text.startswith(("Un ", "Une ", "Des ")) else None
            if m and sum(words_of(s.doc).verb_finite) == 1:
                out.append(m.group(0))
        found = analysis.memo["summing_openings"] = tuple(out)
    return found


def _renamed_openings(analysis: Analysis) -> tuple[str, ...]:
    """The openings of the text's sentences after the first whose subject is
    a definite article and a bare noun the sentences before never use (« Le
    mouvement, prévu … » after « … un préavis de grève … », « Les auteurs
    insistent … » after « … selon une étude … »): in a news text, such a
    noun renames what was introduced before; alone, the line says not what.
    A noun with its complement or a name (« Le ministre des Transports »)
    names its own. Once per analysis."""
    found = analysis.memo.get("renamed_openings")
    if found is None:
        out = []
        title = words_of(analysis.title_doc).lower_set if analysis.title_doc is not None else frozenset()
        sentences = analysis.sentences
        for k, s in enumerate(sentences):
            w = words_of(s.doc)
            if k and w.n > 4 and w.lower[0] in ("le", "la", "les", "l'") and w.pos[1] == "NOUN" \
                    and w.dep[1] in ("nsubj", "nsubj:pass") and (
                        (w.text[2] == "," and w.pos[3] != "PROPN")  # (« L'assaillant, Karim Cheurfi, »: named)
                        or w.verb_finite[2] or w.pos[2] == "AUX") and not _used_before(w.lower[1], title, sentences, k):
                # The noun with its comma or its verb (« Le vaccin » alone would
                # match « Le vaccin Dengvaxia … »): the line, and its forms without the incise.
                noun = s.text[: w.idx[1] + len(w.text[1])]
                out.append(noun + w.text[2] if w.text[2] == "," else f"{noun} {w.text[2]}")
                if w.text[2] == "," and w.head[1] > 2:
                    out.append(f"{noun} {w.text[w.head[1]]}")
        found = analysis.memo["renamed_openings"] = tuple(out)
    return found


def _used_before(word: str, title: frozenset, sentences: list[Sentence], k: int) -> bool:
    """`word` (lower case) is a word of the headline (`title`, its words) or
    of one of the sentences before the k-th (asked only of the few openings
    that may rename: no set of every word before each sentence is built)."""
    return word in title or any(word in words_of(p.doc).lower_set for p in sentences[:k])


def _unknown_start(c: str, summing: tuple[str, ...]) -> bool:
    """True when a description opens on what a reader of it alone cannot
    know: a pronoun or a demonstrative (`points_back`), a person's stand-in
    (`_PERSON_STAND_IN`), a noun summing up a sentence before (`_summing_openings`)."""
    from .engines.offline import _points_back  # (its words inside the line: « Selon lui, … », « a-t-elle dit »)

    return (_points_back(c) or bool(_PERSON_STAND_IN.match(c)) or c.startswith(summing)
            or bool(_OPENING_CONNECTIVE.match(c)) or bool(_CONCERNED_OPENING.match(c))
            or (("texte" in c or "document" in c or "communiqué" in c or "rapport" in c or "avis" in c
                 or "lettre" in c or "courrier" in c or "étude" in c or "note" in c) and bool(_DOCUMENT_SOURCE.search(c))))


# « Les produits concernés ont été vendus … »: a group the participle says is
# the one a sentence before named (concerned by what?); alone, it names nothing.
_CONCERNED_OPENING = re.compile(
    r"^(?:Le|La|Les|L['’])\s?[^\W\d]+(?:-[^\W\d]+)? (?:(?:concerné|visé|incriminé|précité|susmentionné)(?:e|s|es)?"
    r"|mise?s? en cause|en cause|en question)\b")
# « …, précise le texte. », « Selon le document, … »: the source of what the
# line says is a writing a sentence before introduced; alone, « le texte »
# reads as the article itself.
_DOCUMENT_SOURCE = re.compile(
    r"(?:\b[Ss]elon|\b[Dd]['’]après|,\s(?:[a-zéèêâîôû]+\s)?[a-zéèêâîôû]+(?:-t-(?:il|elle))?)\s(?:le|la|l['’])\s?"
    r"(?:texte|document|communiqué|rapport|avis|courrier|lettre|étude|note)\s*(?:[,.;]|$)")


# « Mais alors que le studio publiait … »: a connective opening a line links
# it to a sentence its reader has not read.
_OPENING_CONNECTIVE = re.compile(r"^(?:Mais|Or|Et|Pourtant|Cependant|Toutefois|En effet|De plus|Par ailleurs|En outre)\b")


def make_description(analysis: Analysis, focus: Keyphrase) -> str:
    summing = _summing_openings(analysis) + _renamed_openings(analysis)
    key = focus.text
    # The choices below read, until the last ones, only the candidates from
    # DESCRIPTION_SOFT_MIN to DESCRIPTION_MAX characters long (in order):
    # those first; all of them, derived again, only when those choices fail.
    in_range: list[str] = []
    for c in _description_candidates(analysis, DESCRIPTION_SOFT_MIN, DESCRIPTION_MAX):
        if not DESCRIPTION_SOFT_MIN <= len(c) <= DESCRIPTION_MAX:
            continue  # (some out of range are yielded: those that cost nothing to leave in)
        # The first candidate of the right length that holds the keyphrase
        # and points back to nothing is the one the choice below makes (no
        # earlier candidate qualifies): the later ones need not be derived.
        # (The keyphrase before the opening: most candidates lack it, and the
        # stems of a line are kept for every stage, where `points_back` is not.)
        if _fits(c) and kpm.contains(c, key) and not _unknown_start(c, summing):
            return c
        in_range.append(c)
    every: list[list[str]] = []  # (all the candidates, once derived)

    def all_candidates() -> list[str]:
        """All the candidates, of any length, in order."""
        if not every:
            every.append(list(_description_candidates(analysis)))
        return every[0]

    # The choices below read the candidates that open on nothing unknown
    # (`_unknown_start`), or all of them when none does. Whether one does is
    # asked only of the candidates a choice reads (most never are), once each.
    unknown: dict[str, bool] = {}

    def known(c: str) -> bool:
        found = unknown.get(c)
        if found is None:
            found = unknown[c] = _unknown_start(c, summing)
        return not found

    # (Stops at the first: one of the right length, most often.)
    some_known = any(known(c) for c in in_range) or any(known(c) for c in all_candidates())

    def kept(c: str) -> bool:
        return known(c) if some_known else True

    def holding(c: str) -> bool:
        return kpm.contains(c, key) and kept(c)

    # The candidates holding the keyphrase, in order, as the choices below
    # read them: the first choices read none shorter than DESCRIPTION_SOFT_MIN
    # nor longer than DESCRIPTION_MAX; the shorter ones, then the longer ones,
    # are asked for the keyphrase (a reading of their stems) only when a
    # later choice needs them.
    with_kp = [c for c in in_range if holding(c)]
    pairs = []
    if not any(DESCRIPTION_MIN <= len(c) <= DESCRIPTION_MAX for c in with_kp):
        pairs = _pairs_with(analysis, focus)
        with_kp += pairs
    fitting = [c for c in with_kp if _fits(c)]
    if fitting:
        return fitting[0]
    # A little short but holding the keyphrase beats the right length without
    # it (001: « Un policier a été tué jeudi 20 avril, moins de trois jours
    # avant le premier tour de la présidentielle. », not a sentence from the
    # middle of the story).
    near = [c for c in with_kp if _fits(c, DESCRIPTION_SOFT_MIN)]
    if near:
        # The keyphrase's words together (« Un policier a été tué … ») before
        # words apart (« … est tué par la riposte des policiers »).
        return max(near, key=lambda c: (kpm._near_count([kpm.text_stems(c)], tuple(focus.key)) > 0, len(c),
                                        -with_kp.index(c)))
    # Without the keyphrase, the news: the first sentence's own line, a little
    # short, before a later sentence's of the right length (« Le pont suspendu
    # de Saint-Julien-sur-Loire est fermé à toute circulation depuis le mardi
    # 14 octobre à 18 h. », not the detour's line).
    opening = set(_description_candidates_of(analysis, analysis.sentences[:1])) if analysis.sentences else set()
    first_fitting = next((c for c in in_range if c in opening and _fits(c, DESCRIPTION_SOFT_MIN) and kept(c)), None) \
        or next((c for c in in_range if _fits(c) and kept(c)), None)
    if first_fitting is not None:
        return first_fitting
    candidates = all_candidates()
    with_kp = [c for c in candidates if len(c) <= DESCRIPTION_MAX and holding(c)] + pairs  # the shorter ones too
    if not any(len(c) <= DESCRIPTION_MAX for c in with_kp):
        with_kp = [c for c in candidates if holding(c)] + pairs  # the long ones too
    pool = with_kp or [c for c in candidates if kept(c)]
    under = [c for c in pool if len(c) <= DESCRIPTION_MAX]
    if under:
        return max(under, key=len)
    # Only endless sentences: the shortest, cut at a word and marked as cut
    # (a 900-word sentence made a 5.8 KB description).
    shortest = min(pool, key=len)
    # At a comma if one comes late enough: a phrase ends there, where a
    # preposition may open the bound that makes it true (« à dix-huit mois
    # d'emprisonnement [avec sursis] »).
    comma = shortest.rfind(",", 0, DESCRIPTION_MAX - 1)
    if comma >= DESCRIPTION_SOFT_MIN and not inside_quote(shortest, comma):
        cut = shortest[:comma] + "…"
    else:
        cut = _fit(shortest, DESCRIPTION_MAX - 1, whole=False).rstrip(" ,;:") + "…"
    if _cut_drops_source(analysis, shortest, cut):
        # « Le patient, qui a contracté une infection …, « n'aurait jamais dû
        # être opéré » …, selon sa famille. » cut before its « selon »: the
        # family's claim would read as a fact. Any other line that fits first.
        other = [c for c in candidates if len(c) <= DESCRIPTION_MAX and kept(c)]
        if other:
            return max(other, key=len)
    return cut


def _cut_drops_source(analysis: Analysis, text: str, cut: str) -> bool:
    """Whether `cut`, the start of a sentence's `text` that ends on its
    source (a final « selon » or incise of saying), leaves that source out."""
    from .engines.offline import _sentence_source  # (offline reads this module: imported when asked)

    for s in analysis.sentences:
        if s.text == text:
            source = _sentence_source(s)
            return source is not None and source[0] == "end" and source[2] not in cut
    return False


# --- slug -------------------------------------------------------------------------


_ELIDED = re.compile(r"^(?:l|d|qu|s|n|j|c)'")  # an elided article or pronoun opening a slug's word


# A number written in groups (« 3 200 ») is one word of the slug (« 3200 »):
# its last group alone (« 200 ») would be another number; a decimal
# (« 52,4 ») is one word too (« 52-4 »), never its integer part alone.
_NUMBER_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
_SLUG_WORD = re.compile(r"\d+(?:[,.]\d+)*|[\w'-]+")
_SIGNED_FIGURE = re.compile("\u2212" + r"(\d+(?:[,.]\d+)*)")


# Words that negate what follows them or the verb before them (« mais pas
# de Rafale », « sans accord », « ne … jamais »): a slug without them says
# the opposite (« …-mais-rafale »). « plus » negates only after « ne »
# (« n'est plus »; « plus de 300 » is a measure).
_NEGATIONS_ALONE = frozenset(("pas", "sans", "jamais", "rien", "guère", "aucun", "aucune", "ni", "non", "nul", "nulle"))


# Words that come before the noun they qualify and say nothing without it
# (« en pleine [nuit] », « le premier [titre] »): French's prenominal
# adjectives, ordinals and numbers (`_waits_for_noun`).
_PRENOMINAL = frozenset(
    "grand grande grands grandes petit petite petits petites plein pleine pleins pleines premier première premiers "
    "premières dernier dernière derniers dernières nouveau nouvel nouvelle nouveaux nouvelles ancien ancienne anciens "
    "anciennes jeune jeunes vieux vieil vieille vieilles bon bonne bons bonnes mauvais mauvaise mauvaises haut haute "
    "hauts hautes gros grosse grosses long longue longs longues beau bel belle beaux belles prochain prochaine "
    "prochains prochaines second seconde seconds secondes double triple demi deux trois quatre cinq six sept huit "
    "neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille".split())


def _waits_for_noun(word: str, nxt: str | None) -> bool:
    """A slug's word that cannot end it: an elided preposition (« jusqu'au »)
    or a word of `_PRENOMINAL`, a number or an ordinal right before a word
    of its group (« pleine » of « en pleine nuit », « 15 » of « 15 janvier »)."""
    if "'" in word:
        return word.split("'")[-1] in kpm.FUNCTION_WORDS
    if nxt is None or nxt in kpm.FUNCTION_WORDS or nxt[:1].isdigit() or nxt in _NEGATIONS_ALONE:
        return False
    return word in _PRENOMINAL or word[:1].isdigit() or bool(re.fullmatch(r"\w+ièmes?", word))


def make_slug(title: str, focus: Keyphrase) -> str:
    """The slug: the keyphrase's then the title's words, without function
    words and repeats, at most SLUG_MAX_WORDS; never without a negation
    word of the title: kept, or the slug ends before what it negates; never
    on a word that waits for the next (`_waits_for_noun`): the next one, or
    two, completes it, or the slug ends before it."""
    seen: list[str] = []
    at: list[int] = []  # each slug word's place among all the words
    cut = None  # where the slug must end: before a negation's scope left beyond the limit
    negated_from = None  # after « ne »: the slug's length when it came (its verb follows)
    # (The curly apostrophe as the straight one: « jusqu’au » is one word,
    # never « jusqu » alone.)
    source = _NUMBER_GROUP_SPACE.sub("", _minus_signs(focus.text + " " + title)).replace("’", "'")
    if MINUS in source:
        # « jusqu'à −8 °C »: « jusqu-a-moins-8 », not « jusqu-a-8 » (+8); one
        # word, as the sign is the figure's.
        source = _SIGNED_FIGURE.sub(lambda m: "moins-" + re.sub(r"[,.]", "-", m.group(1)), source)
    words = [w.lower() for w in _SLUG_WORD.findall(source)]
    for k, w in enumerate(words):
        if w in ("ne", "n") or w.startswith(("n'", "n’")):
            negated_from = len(seen)
        if "'" in w:  # (what an elision needs: most words have none)
            w = _ELIDED.sub("", w)
        negation = w in _NEGATIONS_ALONE or (w == "plus" and negated_from is not None)
        if negation:
            scope = negated_from if negated_from is not None and w != "sans" else len(seen)
            negated_from = None
            if len(seen) >= SLUG_MAX_WORDS:
                cut = scope if cut is None else min(cut, scope)
                continue
            seen.append(w)
            at.append(k)
            continue
        if w in kpm.FUNCTION_WORDS or (len(w) < 2 and not w.isdigit()) or w in seen:
            continue
        seen.append(w)
        at.append(k)
    n = SLUG_MAX_WORDS if cut is None else min(cut, SLUG_MAX_WORDS)

    def waits(i: int) -> bool:
        nxt = words[at[i] + 1] if at[i] + 1 < len(words) else None
        # (Its noun already in the slug, « personnes-evacuees-…-3200 », the
        # word says what it counts.)
        return _waits_for_noun(seen[i], nxt) and _ELIDED.sub("", nxt or "") not in seen[:n]

    n = min(n, len(seen))
    # (« …-derobes-pleine » of « en pleine nuit »: « -nuit » too; at most two
    # more words, never past a negation's cut.)
    for _ in range(2):
        if cut is None and n < len(seen) and waits(n - 1) and at[n] == at[n - 1] + 1:
            n += 1
    while n > 1 and waits(n - 1):
        n -= 1
    return slugify("-".join(seen[:n]))


# --- sections ------------------------------------------------------------------------


def _split_long(par: list[Sentence]) -> list[list[Sentence]]:
    """Paragraphs of 2 to 4 sentences: a longer one is cut into even parts."""
    if len(par) <= 4:
        return [par]
    n = -(-len(par) // 4)
    size = -(-len(par) // n)
    return [par[i : i + size] for i in range(0, len(par), size)]


def _ends_as_sentence(text: str) -> bool:
    """The text ends on final punctuation, then maybe a closing quote or
    bracket (what « [.!?…]\\s*[»)\"]?\\s*$ » finds, read from the end
    rather than searched for from every character)."""
    end = text.rstrip()
    if end[-1:] in ("»", ")", '"'):
        end = end[:-1].rstrip()
    return end[-1:] in (".", "!", "?", "…")


def _paragraphs(sentences: list[Sentence]) -> list[list[Sentence]]:
    by_block: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_block.setdefault(s.block, []).append(s)
    out: list[list[Sentence]] = []
    for par in by_block.values():
        for part in _split_long(par):
            # A lone sentence joins the previous paragraph when that stays short;
            # not a line without final punctuation (a list item, a table row),
            # which would run on into the text around it (« …de Saturne. Date ;
            # Étape 22 avril ; Survol de Titan »).
            if (out and len(part) == 1 and len(out[-1]) < 3 and sum(x.words for x in out[-1]) + part[0].words < 110
                    and _ends_as_sentence(part[0].text) and _ends_as_sentence(out[-1][-1].text)
                    and not _reads_as_said_by(part[0], out[-1][-1])):
                out[-1] = out[-1] + part
            else:
                out.append(part)
    return out


def _reads_as_said_by(s: Sentence, before: Sentence) -> bool:
    """Whether `s`, a paragraph of its own in the text that gives it no
    source, would read as the words of the source `before` gives its own
    (« Selon lui, le recours a « très peu de chances » d'aboutir. ») once
    joined to `before`'s paragraph: the narrator's recall (« Lors des
    régionales de 2015, la région avait déjà connu … ») becomes the expert's."""
    from .engines.offline import _sentence_source  # (offline reads this module: imported when asked)

    said = _sentence_source(before) is not None or bool(before.quotes)
    return said and _sentence_source(s) is None and not s.quotes


def plan_sections(analysis: Analysis, body: list[Sentence]) -> list[Section]:
    blocks = analysis.source.blocks
    # Author intertitres cut the body where they stand.
    groups: list[tuple[str | None, list[Sentence]]] = [(None, [])]
    last_block = -1
    for s in body:
        for b in range(last_block + 1, s.block):
            if blocks[b].kind == "heading":
                groups.append((blocks[b].text, []))
        last_block = s.block
        groups[-1][1].append(s)
    groups = [(h, ss) for h, ss in groups if ss]
    sections: list[Section] = []
    for heading, ss in groups:
        paras = _paragraphs(ss)
        words = sum(s.words for s in ss)
        n = max(1, round(words / SECTION_TARGET_WORDS)) if heading is None else 1
        if heading is not None and words > SECTION_MAX_WORDS:
            n = -(-words // SECTION_MAX_WORDS)
        if heading is None and len(groups) == 1:
            n = max(n, min(3, len(paras)))
        chunks = _even_chunks(paras, n)
        for k, chunk in enumerate(chunks):
            sections.append(Section(heading if (heading and k == 0) else "", chunk, from_author=bool(heading and k == 0)))
    return sections


def _even_chunks(paras: list[list[Sentence]], n: int) -> list[list[list[Sentence]]]:
    n = max(1, min(n, len(paras)))
    sizes = [sum(s.words for s in p) for p in paras]  # (each paragraph's words, counted once)
    target = sum(sizes) / n
    chunks: list[list[int]] = [[]]  # the paragraphs' indexes
    acc = 0
    for k, w in enumerate(sizes):
        if chunks[-1] and (acc + w / 2 > target * len(chunks)) and len(chunks) < n:
            chunks.append([])
        chunks[-1].append(k)
        acc += w
    # Never more than SECTION_MAX_WORDS under one heading.
    out = []
    for c in chunks:
        cur: list[list[Sentence]] = []
        words = 0
        for k in c:
            if cur and words + sizes[k] > SECTION_MAX_WORDS:
                out.append(cur)
                cur, words = [], 0
            cur.append(paras[k])
            words += sizes[k]
        out.append(cur)
    return out


def sentence_freq(analysis: Analysis) -> Counter:
    """How many sentences of the text hold each stem."""
    # (The set of each sentence's stems, memoized: contains asks for it too;
    # counted in one pass.)
    return Counter(chain.from_iterable(kpm._stem_set(s.text) for s in analysis.sentences))


@dataclass(slots=True)
class _Group:
    """A nominal group as `heading_for` weighs it: how many times it stands in
    the part, its best role (`_group_role`), its first text, and where it
    first stands (its sentence's id, the sentence, its first word)."""

    count: int
    role: float
    text: str
    sid: int
    sentence: Sentence
    first: int


def heading_for(sentences: list[Sentence], analysis: Analysis, taken: set[tuple[str, ...]],
                quotes_too: bool = False, doc_freq: Counter | None = None, denied_too: bool = False,
                later=None) -> str:
    """An intertitre naming what this part is about: its most distinctive
    nominal group (« la Bourse de New York », « le Traité de l'État de
    l'Union »), with a second one joined by « et » when the first is short.
    `doc_freq` is `sentence_freq(analysis)`, computed once by the caller that
    asks for many headings (else the cost grows with the square of the length).
    `denied_too`: the named subjects of a negated verb too (a last resort).
    `later(key)`: whether a later part claims the group (the subject of one
    of its main clauses, and its best heading): one this part holds in no
    such role goes to that part (« L'assaillant, Karim Cheurfi, … » here,
    « Karim Cheurfi avait déjà été condamné … » there) unless this part
    has no other."""
    ranked, groups = _ranked_groups(sentences, analysis, taken, quotes_too, doc_freq, denied_too)
    if not ranked:
        return ""
    if later is not None:
        mine = _subject_keys_of(sentences)
        while len(ranked) > 1 and ranked[0] not in mine and later(ranked[0]):
            ranked = ranked[1:]
    named: dict[tuple[str, ...], bool] = {}  # the group opens on a name (see is_named)

    def is_named(key) -> bool:
        """A name, not a noun the text uses with an article (« au
        Sud-Africain Henri Schoeman »); the group's first occurrence
        decides. Found when first asked: the search is not free."""
        found = named.get(key)
        if found is None:
            g = groups[key]
            s, first = g.sentence, g.first
            w = words_of(s.doc)
            found = named[key] = w.pos[first] == "PROPN" and not _after_article(s.text, w.text[first])
        return found

    def headed(key) -> str:
        """The group with the definite article a heading gives it (« le
        hangar agricole »), or as it is when it can take none."""
        return _article_for_heading(groups[key].text, analysis)

    def stands(key) -> bool:
        """The group is a name or takes its article as a heading."""
        h = headed(key)
        return h[:1].isupper() or _with_definite(h) or is_named(key)

    first = ranked[0]
    taken.add(first)
    text = groups[first].text
    # A coordination gives each member its article, or is not made: « Hangar
    # agricole et la commune de Collobrières » is no French.
    if len(text.split()) <= 3 and stands(first):
        for k in ranked[1:]:
            second = groups[k].text
            # « X et vitesse élevée » reads as a slip: the second group needs
            # its article, or is a name (« Vincent Luis et l'Espagnol Mario Mola »).
            if not (second.split()[0].lower() in ("le", "la", "les") or second.lower().startswith("l'") or is_named(k)):
                continue
            if groups[k].role < -1:
                continue  # a complement deep in its phrase (« l'ambassade de Turquie » of « l'information de … »)
            if groups[k].sid != groups[first].sid and not set(k) & set(first) and len(second.split()) <= 4:
                if _in_apposition(text, second, analysis) or _in_apposition(second, text, analysis):
                    continue  # « Anne Riou et la maire de Pontivy »: one person, read as two
                if later is not None and k not in mine and later(k):
                    continue  # a later part's subject and heading
                if (_pairs_with_anothers(groups[first], groups[k], analysis)
                        or _pairs_with_anothers(groups[k], groups[first], analysis)):
                    continue  # « Hugo Lamarque et l'arrêté de péril », the arrêté signed by the prefect
                taken.add(k)
                text = f"{text if is_named(first) else headed(first)} et {second if is_named(k) else lower_first(second)}"
                break
    return capitalize_first(_article_for_heading(text, analysis))


def _persons_named(g: _Group) -> set[str]:
    """The persons (entities of its sentence) a heading's group names."""
    return {name for name, label in g.sentence.entities if label == "PER" and name in g.text}


def _pairs_with_anothers(person: _Group, thing: _Group, analysis: Analysis) -> bool:
    """Whether `person` names a person and `thing` no one, while the sentence
    of `thing` names another person (« L'arrêté de péril, signé par le préfet
    Étienne Marchal, … »): « Hugo Lamarque et l'arrêté de péril » would tie
    him to what the text ties to someone else."""
    named = _persons_named(person)
    if not named or _persons_named(thing):
        return False
    # (A full name, first name and surname: the tagger calls one word
    # « Listeria » or « Escherichia » a person too.)
    return any(label == "PER" and len(name.split()) > 1 and all(x[:1].isupper() for x in name.split())
               and name not in named and not any(name in n or n in name for n in named)
               and not _in_apposition(name, thing.text, analysis)  # (« L'ancien manager du club, Patrice Dubreuil »: he)
               for name, label in thing.sentence.entities)


def _with_definite(text: str) -> bool:
    """`text` opens on a definite article (« le », « la », « les », « l' »)."""
    low = text.lower()
    return low.split(" ", 1)[0] in ("le", "la", "les") or low.startswith(("l'", "l’"))


def _after_article(text: str, word: str) -> bool:
    r"""Whether `text` writes `word` after an article: re.search(r"\b(?:le|la|
    les|l'|au|aux|du|des)\s?" + re.escape(word) + r"\b", text, re.I), without a
    pattern per word: at each place of `word` under re.I (`kpm.case_folded`)
    a \b follows, what ends there (see `kpm.find_all`)."""
    folded = kpm.case_folded(word)
    return any(kpm.WORD_BOUNDARY.match(text, at + len(word)) and _ARTICLE_BEFORE.search(text, max(0, at - 4), at)
               for at in kpm.find_all(kpm.case_folded(text), folded))


_ARTICLE_BEFORE = re.compile(r"\b(?:le|la|les|l['’]|au|aux|du|des)\s?\Z", re.I)  # (4 characters at most)


def _ranked_groups(sentences: list[Sentence], analysis: Analysis, taken: set[tuple[str, ...]],
                   quotes_too: bool = False, doc_freq: Counter | None = None, denied_too: bool = False
                   ) -> tuple[list[tuple[str, ...]], dict[tuple[str, ...], _Group]]:
    """`heading_for`'s candidates, best first, and its groups by key."""
    if doc_freq is None:
        doc_freq = sentence_freq(analysis)
    groups: dict[tuple[str, ...], _Group] = {}  # by its content stems
    for s in sentences:
        windows = _heading_windows(s) + _denied_heading_windows(s) if denied_too else _heading_windows(s)
        for key, quoted, text, core_role, first in windows:
            if quoted and not quotes_too:
                continue  # words of a quotation do not name a section
            if key in taken:
                continue
            group = groups.get(key)
            if group is None:
                groups[key] = _Group(1, max(-9.0, core_role), text, s.id, s, first)
            else:
                group.count += 1
                if core_role > group.role:
                    group.role = core_role
    # Scored, then sorted by score and text (a stable sort: the groups' order
    # breaks ties). A group standing only deep down its sentences (three
    # clauses or nominal complements below the main clause's core) names no
    # more than a detail: not scored. (`get`: a Counter's missing key is a
    # call of its __missing__.)
    scored = []
    aside = _places_aside(analysis)
    for key, g in groups.items():
        count, role, text = g.count, g.role, g.text
        if aside and any(_holds_phrase(text, p) for p in aside):
            continue  # « Le centre hospitalier de Brest » over Saint-Brieuc's news: another place's
        if role > ROLE_FLOOR and 2 <= len(text.split()) <= 7:
            distinct = sum([1.0 / max(1, doc_freq.get(k, 0)) for k in key])
            propn = any(map(str.isupper, text[1:]))
            score = count * 2 + distinct + 0.5 * propn + 0.2 * len(key) + CORE_BONUS * role
            scored.append((-score, text, key))
    scored.sort(key=lambda x: (x[0], x[1]))
    return [key for _, _, key in scored], groups


def _in_apposition(name: str, group: str, analysis: Analysis) -> bool:
    """Whether the text writes `name` (a capitalised group) next to the
    noun opening `group`, a comma between (« La maire actuelle de Pontivy,
    Anne Riou », « Jean Le Floch, ancien maire de Pontivy »): the same one."""
    bare = _ARTICLE_OPEN.sub("", name)
    noun = _ARTICLE_OPEN.sub("", group).split(" ", 1)[0]
    if not bare[:1].isupper() or not noun[:1].islower() or len(noun) < 3:
        return False
    return any(_apposed(s.text, noun, bare) for s in analysis.sentences if bare in s.text)


def _apposed(text: str, noun: str, name: str) -> bool:
    r"""Whether re.search(rf"\b{h}\b[^.,;:«»]{{0,40}}, {n}\b|\b{n}, [^.,;:«»]{{0,25}}\b{h}\b",
    text) finds a match, `h` and `n` the noun and the name escaped, without
    a pattern per text: the nouns a \b opens and closes, then each name
    after « , » (a \b after it) the nouns end at most 40 characters before,
    or before « , » (a \b before it) they open at most 25 characters after,
    none of .,;:«» between (see `kpm.find_all`)."""
    boundary = kpm.WORD_BOUNDARY.match
    nouns = [at for at in kpm.find_all(text, noun) if boundary(text, at) and boundary(text, at + len(noun))]
    if not nouns:
        return False
    for at in kpm.find_all(text, name):
        end = at + len(name)
        if at >= 2 and text.startswith(", ", at - 2) and boundary(text, end):
            comma = at - 2  # « la maire de Pontivy, Anne Riou »
            if any(comma - 40 <= a + len(noun) <= comma and not _STOPS.search(text, a + len(noun), comma) for a in nouns):
                return True
        if boundary(text, at) and text.startswith(", ", end):
            after = end + 2  # « Jean Le Floch, ancien maire de Pontivy »
            if any(after <= a <= after + 25 and not _STOPS.search(text, after, a) for a in nouns):
                return True
    return False


_STOPS = re.compile(r"[.,;:«»]")


_ARTICLE_OPEN = re.compile(r"^(?:[Ll]e |[Ll]a |[Ll]es |[Ll]['’])")


# A sentence of what happened before the news: a pluperfect, a past year.
# (« était » before an adjective is no pluperfect: « était important ».)
_BACKGROUND = re.compile(r"\b(?:avait|avaient) \w+(?:é|ée|és|ées|i|is|u|us|t|te|ts)\b"
                         r"|\b(?:était|étaient) \w+(?:é|ée|és|ées|i|is|u|us)\b")
_YEAR = re.compile(r"\b[Ee]n (?:19|20)\d\d\b")


def _in_the_past(s: Sentence) -> bool:
    """A pluperfect, or « en 2019 » on a verb of the past (a past
    participle, a past or imperfect tense; not « doivent commencer en
    2027 »): what happened before the news."""
    if _BACKGROUND.search(s.text):
        return True
    if not _YEAR.search(s.text):
        return False
    w = words_of(s.doc)
    for i in range(1, w.n):
        if w.lower[i - 1] == "en" and w.like_num[i] and len(w.text[i]) == 4 and w.text[i][:2] in ("19", "20"):
            v = _climb(w, i, lambda x: w.pos[x] not in ("VERB", "AUX"))
            if w.pos[v] not in ("VERB", "AUX"):
                continue
            tenses = set(w.morph(v, "Tense")) | {t for c in w.children(v) if w.dep[c].startswith("aux")
                                                  for t in w.morph(c, "Tense")}
            if "Fut" not in tenses and ("Past" in tenses or "Imp" in tenses) and "Inf" not in w.morph(v, "VerbForm"):
                return True
    return False


def _places_aside(analysis: Analysis) -> tuple[str, ...]:
    """The places the text names once, in a sentence of the past (`_in_the_past`)
    and in neither its headline nor its first sentence, when these name a
    place: a comparison or a background (« En
    2023, le centre hospitalier de Brest avait subi une attaque » in a story
    of Saint-Brieuc), never what a part of the news is about. Once per analysis."""
    found = analysis.memo.get("places_aside")
    if found is None:
        places = [e for e in analysis.entities if e.label == "LOC"]
        first = analysis.sentences[0].id if analysis.sentences else None
        news = (analysis.source.title or "") + " " + (analysis.sentences[0].text if analysis.sentences else "")
        found = ()
        if any(any(_holds_phrase(news, f) for f in (e.name, *e.forms)) for e in places):
            by_id = {x.id: x for x in analysis.sentences}
            found = tuple(e.name for e in places if len(set(e.sentences)) == 1 and e.sentences[0] != first
                          and not any(_holds_phrase(news, f) for f in (e.name, *e.forms))
                          and e.sentences[0] in by_id and _in_the_past(by_id[e.sentences[0]]))
        analysis.memo["places_aside"] = found
    return found


# Determiners before a group that « le », « la », « les » in a heading name the
# same thing with: the definite articles, and the demonstratives (« cette réforme »).
_SAME_THING_DETERMINERS = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces"}
CORE_BONUS = 1.0  # per step of `_group_role`: a subject or an object of the main clause names what the part tells of
ROLE_FLOOR = -3  # at or below it, a group is no heading


@per_sentence
def _heading_windows(s: Sentence) -> list[tuple[tuple[str, ...], bool, str, float, int]]:
    return _heading_windows_of(s, True)


@per_sentence
def _subject_keys(s: Sentence) -> frozenset:
    """The keys of the groups `_heading_windows` finds as the subject of
    the sentence's main clause, or a conjunct of it (« Karim Cheurfi avait
    déjà été condamné »), not in apposition to it (« L'assaillant, Karim
    Cheurfi, est tué »), nor a complement."""
    w = words_of(s.doc)
    dep, head = w.dep, w.head
    keys = set()
    for key, _, _, role, first in _heading_windows(s):
        if role < 2:
            continue
        j = first
        for _ in range(4):  # from the group's first word to its head (« la [célèbre] avenue »)
            if dep[j] in ("amod", "flat:name", "flat", "nummod") and head[j] > j:
                j = head[j]
            else:
                break
        for _ in range(w.n):
            if dep[j] != "conj" or head[j] == j:
                break
            j = head[j]
        if dep[j] in ("nsubj", "nsubj:pass"):
            keys.add(key)
    return frozenset(keys)


def _subject_keys_of(sentences: list[Sentence]) -> frozenset:
    return frozenset().union(*map(_subject_keys, sentences)) if sentences else frozenset()


@per_sentence
def _denied_heading_windows(s: Sentence) -> list[tuple[tuple[str, ...], bool, str, float, int]]:
    """The windows `_heading_windows` refuses only as the named subject of a
    negated verb (« les renforts venus d'Italie n'ont pas pu intervenir »):
    a last resort, over a part that never names the keyphrase."""
    if "ne" not in words_of(s.doc).lower_set and "n'" not in words_of(s.doc).lower_set:
        return []
    kept = {(x[0], x[4]) for x in _heading_windows(s)}
    return [x for x in _heading_windows_of(s, False) if (x[0], x[4]) not in kept]


# Determiners of no one or of any one (« aucun prix », « toute défaillance »).
_ANY_ONE = frozenset(("aucun", "aucune", "nul", "nulle", "tout", "toute"))


def _heading_windows_of(s: Sentence, deny: bool) -> list[tuple[tuple[str, ...], bool, str, float, int]]:
    """The nominal groups of a sentence that can stand as an intertitre (see
    `_heading_group`), in order, as (their content stems, whether they are
    inside a quotation, their text with the definite article before them,
    their role in the sentence (`_group_role`, less one when the text's
    determiner is not a definite article), their first word's index); not
    the source of an attribution, nor a group after a number:
    read once, as `heading_for` reads a sentence again for each heading
    (other groups taken, quotations allowed or not)."""
    w = words_of(s.doc)
    pos, lower, idx, doc_text = w.pos, w.lower, w.idx, w.doc_text
    out = []
    for toks in kpm._windows(s.doc):
        first, last = toks[0], toks[-1]
        # (The refusals, pure tests, cheapest first.)
        if first > 0 and pos[first - 1] == "NUM":
            continue  # « trois mois de négociations » is no « les mois de négociations »
        # (The determiner's refusals, two reads of a word, before the group's
        # longer tests: a group they refuse needs none of those.)
        before = lower[first - 1] if first > 0 and pos[first - 1] == "DET" else None  # the determiner
        if before in _ANY_ONE or (first > 1 and lower[first - 1] in ("autre", "autres") and lower[first - 2] in _ANY_ONE):
            # « n'a obtenu aucun prix Nobel », « a démenti toute défaillance du
            # système », « toute autre forme de pression »: what the part is not
            # about; « toute » names any one, which « la » would make a real one.
            continue
        if before in kpm.POSSESSIVES:
            continue  # « son homologue biélorusse Loukachenko »: « L'homologue … » would point back to no one
        if before is not None and _absolute_construction(w, toks):
            continue  # « a-t-il déclaré, la voix nouée »: how the subject spoke, of no one in a heading
        if not _heading_group(w, toks):
            continue
        end = idx[last] + len(w.text[last])  # (the texts of tokens first..last, as `Words.span_text`)
        span_text = doc_text[idx[first] : end]
        key = tuple(kpm.content_stems.cached(span_text))  # (read only: no copy)
        if not key:
            continue
        role = _group_role(w, toks, deny)
        if role is None:
            continue  # the source of an attribution (« selon X »)
        if before in ("le", "la", "l'", "les"):
            text = doc_text[idx[first - 1] : end]
        elif (first > 1 and lower[first - 2] in ("le", "la", "l'", "les") and pos[first - 2] == "DET"
              and "Ord" in w.morph(first - 1, "NumType")):
            # « la troisième force politique »: the rank is what the group
            # names (without it, « La force politique » says nothing).
            text = doc_text[idx[first - 2] : end]
        else:
            text = span_text
        if before is not None and before not in _SAME_THING_DETERMINERS:
            # « un visage humain », « son homologue »: the heading's « le » would
            # not be the text's determiner (nor point to the same thing).
            role -= 1
        out.append((key, inside_quote(s.text, idx[first]), text, role, first))
    return out


def _absolute_construction(w, toks: list[int]) -> bool:
    """The group (its determiner right before it) is a manner adjunct of no
    preposition after a comma (« a-t-il déclaré, la voix nouée », « il a
    quitté la salle, les larmes aux yeux »): the state of the clause's
    subject, not a thing the part tells of; paired in a heading with
    another (« Me Julien Ferrand et la voix nouée »), it would be his."""
    first, after = toks[0], toks[-1] + 1
    if first < 2 or w.text[first - 2] != "," or (after < w.n and not w.punct[after]):
        return False
    for h in toks:
        if w.head[h] == h or w.head[h] not in toks:
            # (Hung on a verb as an adjunct, or as its object, which no
            # comma parts from its verb: the parse's reading of the adjunct.)
            return (w.dep[h] in ("obl:mod", "obj") and w.pos[h] == "NOUN" and w.pos[w.head[h]] == "VERB"
                    and w.head[h] < first and not any(w.dep[c] == "case" for c in w.children(h)))
    return False


# The words that join the words of a name capitalised on its first word only
# (« Eau et rivières de Bretagne », « Reporters sans frontières »).
_NAME_JOINERS = frozenset(("et", "ou", "sans"))


def _name_goes_on(w, k: int) -> bool:
    """Whether the capitalised word at `k`, right after a common noun (the
    class its name is of: « l'association Eau »), is followed by « et », « ou »
    or « sans » and a lower-case word with no determiner: French writes such
    a name with a capital on its first word only (« l'association Eau et
    rivières de Bretagne »); a coordination of two groups gives the second its
    determiner or its own capital (« Vincent Luis et l'Espagnol Mario Mola »),
    and two roles follow a complement, not a class noun (« ancien maire de
    Carhaix et cofondateur de l'événement »)."""
    j = k + 1
    return (0 < k and w.text[k][:1].isupper() and j + 1 < w.n and w.lower[j] in _NAME_JOINERS
            and w.text[j + 1][:1].isalpha() and w.text[j + 1][:1].islower()
            and w.pos[j + 1] in ("NOUN", "ADJ") and w.pos[k - 1] == "NOUN" and w.text[k - 1][:1].islower())


def _heading_group(w, toks: list[int]) -> bool:
    """A nominal group (token indexes into `w`, its sentence's words) that
    can stand as an intertitre: it opens on a word
    (not « % »), ends on a noun, a name or an agreeing adjective (not a
    participle: « Les kilomètres de large séparant Saturne »), and no common
    noun follows a name in it (« Le compatriote Richard Murray auteur » runs
    two phrases together). (Most groups pass every test: each reads its
    words once, the group's words in one loop.)"""
    pos, lower, text, dep, n = w.pos, w.lower, w.text, w.dep, w.n
    first, last = toks[0], toks[-1]
    if not text[first][:1].isalpha():
        return False
    if not w.subject_heads().isdisjoint(toks):
        return False  # a word with a subject is a verb the tagger missed
    before_last = toks[-2] if len(toks) >= 2 else None
    after = last + 1 if last + 1 < n else None
    p_last, low_last = pos[last], lower[last]
    if p_last == "DET" or low_last in _QUANTIFIERS:
        return False  # « L'eau venus de toute [la France] »: cut before its noun
    if p_last == "NOUN":
        if dep[last] == "amod":
            return False  # « le champion olympique en titre savoure »: a noun as an adjective is a missed verb
        if (before_last is not None and lower[before_last] in ("de", "d'") and after is not None
                and lower[after] in ("à", "au", "aux", "en")
                and any(w.head[k] == last and dep[k] == "nmod" for k in range(after, n))):
            # « les travaux de mise [aux normes] »: a bare noun after « de » whose
            # complement in « à », « en » follows is a locution cut (« mise en
            # danger », « prise en charge »); « projet de loi [sur …] » is whole.
            return False
    elif p_last == "AUX":
        return False  # « la ligne sera »: an auxiliary waits for its verb
    elif p_last == "VERB":
        if before_last is None or pos[before_last] != "NOUN" or w.verb_finite[last]:
            return False  # (a finite verb ends a statement, no group: « la troisième ligne ouvrira »)
        if after is not None and (pos[after] == "ADP" or any(w.head[k] == last for k in range(after, min(n, after + 4)))):
            # « le juge saisi [par le procureur] », « l'autocontrôle réalisé [le
            # 20 novembre] »: the participle's complement follows
            return False
    elif (p_last == "ADJ" and low_last.endswith(_PARTICIPLE_ENDS) and after is not None
          and (pos[after] in ("ADP", "ADV") or lower[after] in ("jusqu'", "jusqu’"))):
        # « les enzymes naturelles décrites [jusqu'ici] », « les habitants
        # âgés [de plus de 70 ans] »: a participle the tagger calls an
        # adjective, its complement after it; without it the group says less.
        return False
    elif p_last == "PROPN" and dep[last] in ("flat:name", "flat") and text[last][:1].islower():
        return False  # « Air France prévoit »: a name's word in lower case is a word the tagger missed (a verb)
    if low_last in _LOCUTION_NOUNS and before_last is not None and lower[before_last] in ("du", "au", "en", "de", "à"):
        return False  # « la sonde du fait [de leur vitesse] »
    if after is not None:
        if pos[after] in ("NOUN", "PROPN", "ADJ") and not text[after][:1].isupper():
            return False  # « l'exclusion de la Grèce de la zone [euro] »: the group goes on
        if (pos[after] == "ADV" and after + 1 < n and pos[after + 1] in ("ADJ", "VERB") and text[after][:1].islower()
                and text[after + 1][:1].islower() and first <= w.head[after + 1] <= last):
            # « la part des enseignants [non titulaires] », « le nombre de journées
            # de classe [non remplacées] »: the group's adjective, after its adverb.
            return False
        if w.ent_iob[after] == 1 or (pos[after] == "VERB" and dep[after] == "amod" and first <= w.head[after] <= last):
            # « l'association Bocage [vivant] »: a name the tagger reads on, or
            # a participle agreeing with the group's noun, goes on with it.
            return False
        nxt = after + 1 if lower[after] in ("et", "ou") and after + 1 < n else after
        if lower[nxt] in ("de", "du", "des", "d'"):
            head = w.head
            h = head[nxt]
            if nxt == after and h > last and dep[h] == "nmod" and first <= head[h] <= last:
                # « l'enquête de la section antiterroriste du Parquet [de Paris] »,
                # « la mise en place [d'une cellule] »: a complement of one of
                # the group's nouns follows: the group goes on.
                return False
            if nxt != after and before_last is not None and lower[before_last] in ("de", "du", "des", "d'"):
                # « le service départemental d'incendie [et de secours] »: a
                # complement coordinated to the group's last, whatever the parse
                # hangs it on (« les services de transport en commun [et des
                # liaisons] » is two groups).
                return False
        if text[after] in ("/", "-") and not w.space[last]:
            return False  # « les formations CDU/CSU »: a slash or a hyphen joins the next word to the group
        if text[last][:1].isupper() and text[after][:1].isupper() and text[after].isalpha():
            # « France Nature Environnement [Provence-Alpes-Côte d'Azur] »: a
            # capitalised word right after the group's name: the name goes on.
            return False
        if last > 0 and _name_goes_on(w, last):
            return False  # « l'association Eau [et rivières de Bretagne] »: a name is never cut
        if text[first][:1].isupper() and pos[after] == "ADP" and "(" in text[after:] and _runs_to_acronym(w, first, after):
            return False  # « Le Bureau d'enquêtes [sur les accidents de transport terrestre] (BEA-TT) »: a name cut
    if first > 2 and text[first][:1].islower() and _name_goes_on(w, first - 2):
        return False  # « [rivières de Bretagne] » of « l'association Eau et rivières de Bretagne »: inside a name
    if first > 0:
        if (text[first][:1].islower() and text[first - 1] in ("»", ",") and before_last is not None
                and text[first + 1][:1].isupper() and (text[first - 1] == "»" or (first > 1 and text[first - 2] == "»"))):
            # « « … », craint Sandrine Couderc »: a word right after a quotation,
            # before a name, is the verb of its incise (its subject follows).
            return False
        if text[first][:1].islower() and (pos[first - 1] == "NOUN" or (
                first > 1 and lower[first - 1] in ("de", "d'") and pos[first - 2] == "NOUN")):
            # A common noun right after a noun, or after a bare « de » after one,
            # is inside a compound (« le milieu de [terrain lensois] Andy Diouf »,
            # « la phase de [ligue] de la Ligue Europa »): no group starts there.
            return False
        if lower[first] in _LOCUTION_NOUNS and lower[first - 1] in ("du", "au", "en", "de", "à"):
            return False  # « au sein de l'ESA » is a preposition: « le sein de l'ESA » is no group of the text
        if (lower[first] in _ARTICLE_LOCUTION_NOUNS and first > 1 and lower[first - 1] in ("l'", "la", "le")
                and lower[first - 2] == "à"):
            return False  # « à l'exception du champion », « à l'issue de la réunion »: a preposition too
        if (lower[first] == "objet" and first > 1 and lower[first - 1] == "l'"
                and re.match(r"(?:fai|fon|fer|fi[rst])", lower[first - 2])):
            return False  # « fait l'objet de critiques »: a verbal locution, no group
    if lower[first] == "fois":
        return False  # « une première fois en liberté conditionnelle »: a time adverbial, no group
    if lower[first] == "plupart":
        return False  # « originaires pour la plupart du Soudan »: a quantifier (« pour la plupart », an adverb), no topic
    if pos[first] == "NOUN" and dep[first] in _CLAUSE_DEPS and (first == 0 or pos[first - 1] != "DET"):
        # « La souche, [baptisée] Ideonella toulousensis, … »: a bare word the
        # parse makes a clause of is a participle the tagger called a noun;
        # « La baptisée … » is no French.
        return False
    if dep[first] == "conj" and first > 1 and lower[first - 2] in ("de", "d'", "du", "des") and _complement_conjunct(w, first):
        # « le service de la culture et [de l'information de l'ambassade de
        # Turquie] »: the second of a noun's complements; alone, « L'information
        # de l'ambassade de Turquie » names what the text does not.
        return False
    if low_last in ("tel", "tels", "telle", "telles"):
        return False  # « les exercices militaires réguliers tels [que …] »
    nouns = time_nouns = 0
    prev = None
    for i in toks:
        p = pos[i]
        if i != first and w.ent_iob[i] == 3 and w.ent_iob[i - 1] in (1, 3) and first > 0 and lower[first - 1] == "les":
            # « (le conseiller régional) Les Républicains Guillaume Guérin »: a
            # name begins right after a plural one, two names run together
            # (« l'Espagnol Mario Mola » is one person).
            return False
        if i != last and lower[i].endswith(("ait", "aient")) and p in ("ADJ", "NOUN") and _verb_only(lower[i]):
            # « Parmi les disparus figureraient[ADJ] des femmes »: a verb the
            # tagger missed, inside; « Les disparus figureraient des femmes »
            # is a sentence, its preposition lost (all the missing, women).
            return False
        if p == "NOUN":
            if prev is not None and pos[prev] == "PROPN" and text[i][:1].islower():
                return False  # a common noun after a name: two phrases run together
            nouns += 1
            time_nouns += lower[i] in _TIME_NOUNS
        elif p == "VERB":
            if lower[i].endswith("ant"):
                return False
            if prev is not None and pos[prev] == "NOUN" and "Part" in w.morph(i, "VerbForm"):
                a, b = w.morph(i, "Number"), w.morph(prev, "Number")
                if a and b and a != b:
                    return False  # « d'eau venus de … »: the participle agrees with another noun (« avions … venus »)
                a, b = w.morph(i, "Gender"), w.morph(prev, "Gender")
                if a and b and a != b:
                    return False  # « sort fragilisée » (of « Merkel … sort fragilisée »): a verb read as a noun
        prev = i
    if nouns and nouns == time_nouns:
        return False  # « la saison dernière », « la fin de l'année prochaine »: a time adverbial, no subject
    # (Last: the lemmatizer's tables are read for each new word, and a group
    # the tests above refuse needs no such reading.)
    if (p_last in ("ADJ", "NOUN") and low_last[-1:] in ("e", "t", "a", "d") and text[last][:1].islower()
            and (before_last is None or pos[before_last] != "DET") and _verb_only(low_last)):
        # (Not after a determiner: « la lira », a noun the tables miss, is no future of « lire ».)
        return False  # « L'Organisation mondiale de la santé recommande[ADJ] »: a verb the tagger missed
    if (p_last in ("ADJ", "NOUN") and after is not None and lower[after] in _ARTICLES and len(toks) > 1
            and text[last][:1].islower() and _present_of_er_verb(low_last)):
        # « l'association organisatrice affiche[ADJ] [un déficit] »: a word
        # that can be a verb's present, an article right after it (its
        # object), is that verb, whatever else the tables know it as.
        return False
    return True


def _complement_conjunct(w, i: int) -> bool:
    """Token `i`, a conjunct with its own « de », joins a first conjunct
    that is a complement of a noun (« le service de la culture et de
    l'information »)."""
    if not any(w.dep[c] == "case" and w.lower[c] in ("de", "d'", "du", "des") for c in w.children(i)):
        return False
    j = w.head[i]
    for _ in range(w.n):
        if w.dep[j] != "conj" or w.head[j] == j:
            break
        j = w.head[j]
    return w.dep[j] == "nmod" and w.pos[w.head[j]] == "NOUN"


def _runs_to_acronym(w, first: int, after: int) -> bool:
    """The name opening at token `first` goes on from token `after` to the
    acronym in brackets that stands for it (its first letter, the name's),
    with no punctuation between: « Le Bureau d'enquêtes sur les accidents de
    transport terrestre (BEA-TT) »."""
    for k in range(after, w.n - 1):
        t = w.text[k]
        if t == "(":
            acronym = w.text[k + 1]
            return acronym.isupper() and len(acronym) > 1 and acronym[0] == w.text[first][0]
        if t in (",", ";", ":", ".", "«", "»", ")") or w.verb_finite[k]:
            return False
    return False


@lru_cache(maxsize=4096)
def _verb_only(word: str) -> bool:
    """`word` (lower case) is a present form of a verb in -er (« recommande »,
    « relève », « dénoncent »), an imperfect or conditional form of any
    verb (« mettaient », « devait »), a future (« fermera »), or another
    finite form the verbs' exceptions list (« ouvrira », « prend », « peut », « ouvre »: a verb
    not in -er; not one shaped as a participle, « dit », « prise »), that
    the lemmatizer's tables know as no adjective and no noun: a heading's
    last word tagged so is a verb (« Les documents commerciaux mettaient
    [en avant …] », « La troisième ligne ouvrira [avec …] »)."""
    if word.endswith(("ée", "ment")):
        return False
    imperfect = word.endswith(("ait", "aient"))
    future = word.endswith(("ra", "ront"))
    regular = imperfect or future or word.endswith(("e", "ent"))
    adjectives_and_nouns, verb_exceptions, verbs = _verb_only_tables()
    if not regular and not word.endswith(("t", "d", "a", "c")):
        return False  # (a third person's ending: « prend », « peut », « vainc »; not « places »)
    if regular:
        # (The adjectives' and nouns' tables first: most words asked are one,
        # and the verbs' exceptions need not be read for them.)
        for table in adjectives_and_nouns:
            if table is not None and word in table:
                return False
        lemmas = verb_exceptions and verb_exceptions.get(word)
    else:
        lemmas = verb_exceptions and verb_exceptions.get(word)
        if not lemmas:
            return False
        for table in adjectives_and_nouns:
            if table is not None and word in table:
                return False
    if lemmas:
        if imperfect or any(x.endswith("er") for x in lemmas):
            return True
        # A verb not in -er: a finite form, not its infinitive nor a participle.
        return word not in lemmas and not word.endswith(_NOT_FINITE_ENDS)
    if imperfect:
        # A conditional (« figureraient », « prendrait »): the infinitive (less
        # its « e ») and the imperfect's ending.
        base = word[:-5] if word.endswith("aient") else word[:-3]
        return base.endswith("r") and verbs is not None and (base in verbs or base + "e" in verbs)
    if future:
        # « fermera », « finiront », « prendra »: the infinitive (less its « e »)
        # and the future's ending.
        base = word[:-1] if future and word.endswith("ra") else word[:-3]
        return verbs is not None and (base in verbs or base + "e" in verbs)
    stem = word[:-3] if word.endswith("ent") else word[:-1]
    return verbs is not None and stem + "er" in verbs


# The endings of a participle (past or present) of a verb not in -er
# (« dit », « prise », « venu », « ouvert », « craint », « mort »), which
# agrees with a noun as an adjective does: no finite verb for `_verb_only`.
_NOT_FINITE_ENDS = ("i", "ie", "is", "ies", "ise", "ises", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ert",
                    "erte", "erts", "ertes", "int", "inte", "ints", "intes", "os", "ose", "oses", "ort", "orte", "orts",
                    "ortes", "ant", "ante", "ants", "antes")


# The endings of past participles (« décrites », « âgés », « ouvert », « pris »)
# that few adjectives share (not « -ue »: « politique », « absolue »).
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "it", "ite", "its", "ites", "ert", "erte", "erts", "ertes", "is", "ise",
                    "ises", "int", "inte", "ints", "intes")
_ARTICLES = frozenset(("le", "la", "les", "l'", "l’", "un", "une", "des", "du"))


@lru_cache(maxsize=4096)
def _present_of_er_verb(word: str) -> bool:
    """`word` (lower case) can be a present form of a verb in -er (« affiche »,
    « dénoncent »), whatever else it can be (« une affiche »)."""
    if not word.endswith(("e", "ent")) or word.endswith(("ée", "ment")):
        return False
    _, verb_exceptions, verbs = _verb_only_tables()
    lemmas = verb_exceptions and verb_exceptions.get(word)
    if lemmas:
        return any(x.endswith("er") for x in lemmas)
    stem = word[:-3] if word.endswith("ent") else word[:-1]
    return verbs is not None and stem + "er" in verbs


@lru_cache(maxsize=1)
def _verb_only_tables() -> tuple:
    """The lemmatizer's tables `_verb_only` reads (the adjectives' and the
    nouns' index and exceptions, the verbs' exceptions, the verbs' index):
    looked up once, not for each word asked."""
    from .nlp import get_nlp

    lookups = get_nlp().get_pipe("lemmatizer").lookups
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    return ((index.get("adj"), exceptions.get("adj"), index.get("noun"), exceptions.get("noun")),
            exceptions.get("verb"), index.get("verb"))


# The nouns of French time expressions (units, parts and points of time,
# seasons, days, months): a group of these alone says when, not what.
_TIME_NOUNS = frozenset(
    "an ans année années saison saisons mois semaine semaines jour jours journée journées soir soirée soirées "
    "matin matinée après-midi midi minuit aube nuit nuits heure heures minute minutes week-end siècle siècles décennie décennies trimestre "
    "semestre période fin début milieu veille lendemain printemps été automne hiver lundi mardi mercredi jeudi "
    "vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split())
_QUANTIFIERS = {"tout", "toute", "tous", "toutes", "chaque", "plusieurs", "certains", "certaines", "aucun", "aucune"}


# Nouns of prepositional locutions (« du fait de », « au cours de », « en tête de »).
# Nouns of prepositional locutions with their article (« à l'exception de »,
# « à l'issue de », « à l'instar de », « à la suite de », « à l'initiative de »).
_ARTICLE_LOCUTION_NOUNS = kpm.ARTICLE_LOCUTION_NOUNS
_LOCUTION_NOUNS = kpm.LOCUTION_NOUNS


# Dependencies that open a clause below the one of their head (a relative, a
# participle, an adverbial, a completive or an infinitive clause).
_CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
# Dependencies that keep a word in its head's role (« le président François
# Hollande », « les Verts et les libéraux »).
_SAME_ROLE_DEPS = {"appos", "conj", "flat:name", "flat"}


def _group_role(w, toks: list[int], deny: bool = True) -> float | None:
    """How much a nominal group names what its sentence tells (UD parse), for
    the best of its heads (its words whose head is outside it, or a root):
    2 for a subject or an object of the main clause (its root verb or a
    conjunct of it), 1 for one of another clause or a root noun; 0 for any
    other group; -1 for a complement of a noun that is itself a complement
    (« la culture et l'information de l'ambassade »); then less by one per
    clause (relative, participle, adverbial, completive, infinitive) it sits
    in below the main one. None for the source of an attribution (« selon
    Nicolas Altobelli, responsable de la mission »): who says it is not
    what is said; None too in a hypothesis (`_hypothetical`). (The climbs
    up the heads are written out: `_climb` with its test, called per step,
    costs more, and every group of every sentence is asked.)"""
    dep, head, n = w.dep, w.head, w.n
    relative_verbs, attributed = _relatives_and_sources(w)
    may_suppose = "si" in w.lower_set or "s'" in w.lower_set
    best = None
    for h in toks:
        if head[h] != h and head[h] in toks:
            continue
        # The word whose role the group shares (appositions, conjuncts, flat names).
        j = h
        for _ in range(n):
            if dep[j] not in _SAME_ROLE_DEPS or head[j] == j:
                break
            if dep[j] == "conj" and any(dep[c] == "case" for c in w.children(j)) and not any(
                    dep[c] == "case" for c in w.children(head[j])):
                # A conjunct behind a preposition its first member lacks is
                # none (« L'homme, [de nationalité française], est connu »):
                # a complement the parse coordinated, not the subject.
                j = -1
                break
            j = head[j]
        if j < 0:
            best = 0.0 if best is None else max(best, 0.0)
            continue
        # Up to the root: the clauses crossed, a relative verb, « selon ».
        k, depth, relative = j, 0, False
        for _ in range(n + 1):  # (the heads lead to the root: the bound only guards against a cycle)
            if k in attributed:
                return None  # « selon » governs the group or a word above it (« selon le responsable de la mission »)
            relative = relative or k in relative_verbs
            if dep[k] == "ROOT" or head[k] == k:
                break
            depth += dep[k] in _CLAUSE_DEPS
            # (A denial's agent is who denies, its passive subject what is denied:
            # « la défaillance a été démentie par la direction ».)
            if ((dep[k] in _STATED_BY_HEAD or dep[k] == "nsubj:pass") and _unasserted(w, head[k])
                    and (dep[k] not in ("obl:agent", "nsubj:pass")
                         or (dep[k] == "nsubj:pass") == (_DENIAL_VERB.match(w.lower[head[k]]) is not None))
                    and inside_quote(w.doc_text, w.idx[head[k]]) == inside_quote(w.doc_text, w.idx[h])):
                # (A verb of a quotation says nothing of a group out of it: its speaker.)
                return None  # « n'exclut pas de saisir [le tribunal] », « envisage de saisir … »: it may not happen
            k = head[k]
        if relative and not depth:
            depth = 1  # a relative the parse made the root (see `_relatives_and_sources`)
        role = 0.0
        if dep[j] in ("nsubj", "nsubj:pass", "obj") and head[j] != j:
            v = head[j]  # the verb, or the first of the verbs it is a conjunct of
            for _ in range(n):
                if dep[v] != "conj" or head[v] == v:
                    break
                v = head[v]
            role = 2.0 if dep[v] == "ROOT" and v not in relative_verbs else 1.0
            if deny and dep[j] != "obj" and _denied_of(w, head[j]) and any(w.text[t][:1].isupper() for t in toks):
                # A body or a person named as the subject of what it did not
                # do (« Le ministère de l'Enseignement supérieur n'a pas
                # souhaité commenter », « Le PNAT a été avisé mais ne s'est pas
                # saisi de l'enquête »): what the part is not about. (A thing's
                # state denied, « la capacité portante … ne peut plus être
                # garantie », is what it tells.)
                return None
        elif dep[j] == "ROOT" and w.pos[j] in ("NOUN", "PROPN"):
            role = 1.0
        elif dep[j] == "nmod" and dep[head[j]] == "nmod":
            role = -1.0
        if may_suppose and _hypothetical(w, j):
            return None  # « Si le Sénat confirme …, la France deviendrait [le premier pays européen] »
        role -= depth
        best = role if best is None else max(best, role)
    return best if best is not None else 0.0


# Dependencies whose word is in what its head verb states (its objects and
# complements; not its subject, nor a clause beside it).
_STATED_BY_HEAD = {"obj", "iobj", "xcomp", "ccomp", "obl", "obl:arg", "obl:agent"}
_NEGATIONS = {"pas", "jamais", "plus", "guère", "point", "rien", "nullement"}
# Verbs of a possibility or an intention (« pourrait », « envisage », « menace
# de », « n'exclut pas »): what they govern may not happen.
# (Not « exclu », « hésité »: « a exclu le joueur », « a hésité » tell what
# was done; « n'exclut pas de … » is caught by its negation.) « prévoit de »,
# « refuse de », « a renoncé à »: what they govern has not happened.
_MAYBE_VERB = re.compile(r"(?:envisag|menac|song|pourr|peu[tv]|pouv|veu[tl]|voul|souhait|esp[éè]r|prév|refus|renon)")
# Verbs whose negation asserts: « n'a pas hésité à saisir », « ne cache pas
# sa colère », « n'a pas tardé à », « ne manque pas de ».
# A conditional the tagger may read as an imperfect: « déclarerait »,
# « prendrait », « pourrait », « aurait », « devrait » (not « déclarait »;
# « saisirait » only as the tagger reads it: « tirait » is an imperfect).
_CONDITIONAL_FORM = re.compile(r"(?:er|dr|rr)(?:ais|ait|aient)$|^(?:aur|saur|devr|ser|fer|vaudr)(?:ais|ait|aient)$")
_ASSERTED_NEGATED = re.compile(r"(?:hésit|cach|tard|manqu)")
# Verbs of a denial (« démentir », « nier », every form, the simple past
# « nia », « démentit » too): what they govern is what someone says did not
# happen (« Elle a démenti toute défaillance du système de sécurité »). Not
# « contester », « réfuter »: one contests or refutes what exists, a
# sanction, a result, accusations (« Le club conteste la sanction »).
# (Anchored as a whole: not the adjectives « démentiel », « démente ».)
_DENIAL_VERB = re.compile(r"(?:démen(?:s|t|tons|tez|tent|ti|tie|tis|ties|tir|tant|tais|tait|tions|tiez|taient|tit|tîmes"
                          r"|tîtes|tirent|tirai|tiras|tira|tirons|tirez|tiront|tirais|tirait|tirions|tiriez|tiraient)"
                          r"|ni(?:e|es|ent|ons|ez|é|ée|és|ées|er|ant|ais|ait|ions|iez|aient|ai|as|a|âmes|âtes"
                          r"|èrent|erai|eras|era|erons|erez|eront|erais|erait|erions|eriez|eraient))$")


def _unasserted(w, v: int) -> bool:
    """Whether token v is a verb that does not assert what it governs: negated
    (« ne … pas », « n'… jamais ») or of a possibility or an intention.
    (Kept per sentence and verb: `_group_role` asks it of the verbs above
    each of its groups, the same few verbs again and again.)"""
    found = w.derived.get("outline.unasserted")
    if found is None:
        found = w.derived["outline.unasserted"] = {}
    value = found.get(v)
    if value is None:
        value = found[v] = _unasserted_verb(w, v)
    return value


def _unasserted_verb(w, v: int) -> bool:
    """`_unasserted`, computed."""
    if w.lower[v].startswith("compt") and any(w.dep[c] == "xcomp" for c in w.children(v)):
        return True  # « compte saisir le tribunal » (not « compte 143 éoliennes »), whatever its tag
    if w.pos[v] not in ("VERB", "AUX"):
        return False
    kids = [w.lower[c] for c in w.children(v)]
    if (("ne" in kids or "n'" in kids) and not _NEGATIONS.isdisjoint(kids)
            and not _ASSERTED_NEGATED.match(w.lower[v])):
        return True
    if any("Cnd" in w.feats[c].get("Mood", ()) or _CONDITIONAL_FORM.search(w.lower[c])
           for c in (v, *w.children(v)) if c == v or w.dep[c].startswith("aux")):
        return True  # « devrait saisir », « aurait porté plainte », « saisirait »: a conditional
    return w.pos[v] == "VERB" and (_MAYBE_VERB.match(w.lower[v]) is not None or _DENIAL_VERB.match(w.lower[v]) is not None)


def _negated(w, v: int) -> bool:
    """Verb `v` is negated (« ne … pas », « n'… jamais »), not « n'a pas hésité »."""
    if w.pos[v] not in ("VERB", "AUX"):
        return False
    kids = [w.lower[c] for c in w.children(v)]
    return (("ne" in kids or "n'" in kids) and not _NEGATIONS.isdisjoint(kids)
            and not _ASSERTED_NEGATED.match(w.lower[v]))


def _denied_of(w, v: int) -> bool:
    """Whether verb `v` (a subject's head), or a verb coordinated with it, is
    negated: its subject is what did not act."""
    if "ne" not in w.lower_set and "n'" not in w.lower_set:
        return False
    if _negated(w, v):
        return True
    # (Not a clause with its own subject: « La région a affrété 40 cars, et
    # les abonnés ne seront pas remboursés ».)
    return any(w.dep[c] == "conj" and _negated(w, c)
               and not any(w.dep[d] in ("nsubj", "nsubj:pass", "expl:subj") for d in w.children(c))
               for c in w.children(v))


def _hypothetical(w, j: int) -> bool:
    """True when the clause governing token `j` (its first verb up the
    heads) is a hypothesis: it opens on « si », or a clause on « si »
    depends on it (« Si le Sénat confirme …, la France deviendrait le
    premier pays … »): what it tells may not happen. (A conditional alone is
    no test: news texts forecast and report with it.)"""
    head = w.head
    v = _climb(w, j, lambda x: w.pos[x] not in ("VERB", "AUX"))
    for k in range(w.n):
        if head[k] == v and k != v:
            if w.lower[k] in ("si", "s'") and w.dep[k] == "mark":
                return True
            if w.dep[k] == "advcl" and any(head[m] == k and w.dep[m] == "mark" and w.lower[m] in ("si", "s'")
                                           for m in range(w.n)):
                return True
    return False


def _climb(w, i: int, go_on) -> int:
    """From token i up its heads while `go_on` holds of the token: the first
    for which it does not, or the root. (The bound only guards against a
    cycle: the heads lead to the root.)"""
    head = w.head
    for _ in range(w.n):
        if not go_on(i) or head[i] == i:
            break
        i = head[i]
    return i


# The relative pronouns' forms, tested before their tag (most sentences have none).
_RELATIVE_FORMS = RELATIVE_PRONOUNS | {"quoi"}
_NONE: frozenset = frozenset()


def _relatives_and_sources(w) -> tuple[frozenset, frozenset]:
    """The relative verbs of `w`: those a relative pronoun (« dont », « qui »,
    « que », « où » …) depends on, directly or through a noun. Their clauses
    are relatives, below the main one, even where the parse (misled, say, by
    a dash opening the sentence: « – Le Sénat a adopté …, dont le texte
    précédent avait été abrogé ») makes one of them its root. Then the words
    « selon » introduces (a source of an attribution). Read once per
    sentence; the two searches only where the words are."""
    found = w.derived.get("outline.relatives_and_sources")
    if found is not None:
        return found
    lower, pos, head = w.lower, w.pos, w.head
    relative_verbs: frozenset = _NONE
    if not _RELATIVE_FORMS.isdisjoint(w.lower_set):
        verbs = set()
        for c in range(w.n):
            if lower[c] in _RELATIVE_FORMS and pos[c] == "PRON" and "Rel" in w.morph(c, "PronType"):
                v = _climb(w, head[c], lambda x: pos[x] not in ("VERB", "AUX"))
                if pos[v] in ("VERB", "AUX"):
                    verbs.add(v)
        relative_verbs = frozenset(verbs)
    attributed: frozenset = _NONE
    if "selon" in w.lower_set or "après" in w.lower_set:
        # « d'après X » is « selon X » (« d'après une étude commandée à un cabinet … »).
        attributed = frozenset(head[c] for c in range(w.n) if w.dep[c] == "case" and (
            lower[c] == "selon" or (lower[c] == "d'" and c + 1 < w.n and lower[c + 1] == "après")
            or (lower[c] == "après" and c > 0 and lower[c - 1] == "d'")))
    found = w.derived["outline.relatives_and_sources"] = (relative_verbs, attributed)
    return found


def _article_for_heading(text: str, analysis: Analysis) -> str:
    if text.split()[0].lower() in ("le", "la", "les") or text.lower().startswith("l'"):
        return text
    if text[:1].isupper():
        return text
    out = with_article(text, analysis)
    if out.startswith("le ") and _held_by_a_woman(text, analysis):
        return "la " + out[3:]  # « Élise Caradec, porte-parole de … »: « la porte-parole », not « le »
    return out


def _held_by_a_woman(role: str, analysis: Analysis) -> bool:
    """Whether the text gives the role `role` (a group with no article,
    « porte-parole de France Nature Environnement ») to persons it shows as
    women only (« Élise Caradec, porte-parole de … »): the heading's article
    is hers; a noun of both genders (« porte-parole », « maire », « juge »)
    takes it from the person it names."""
    found = False
    for e in analysis.entities:
        if e.label != "PER" or not any(_ARTICLE_OPEN.sub("", r).startswith(role) for r in e.roles):
            continue
        key = ("gender_shown", e.name)  # (asked for each heading: read once per person)
        gender = analysis.memo.get(key, key)
        if gender is key:
            gender = analysis.memo[key] = _gender_shown(analysis.sentences, e.name)
        if gender != "Fem":
            return False
        found = True
    return found


_DE_BEFORE = re.compile(r"\b(?:de|des|du|d['’]|de la|de l['’])\s?$", re.I)


def _only_a_complement(phrase: str, analysis: Analysis) -> bool:
    """The text writes `phrase` only as the complement of another word (« le
    ministère de l'Europe et des [Affaires étrangères] », « le porte-parole
    du [Quai d'Orsay] »): alone it is a name cut short, or a thing the text
    tells nothing of; never a title's subject."""
    found = False
    phrase = phrase.replace("’", "'")
    for s in analysis.sentences:
        text = s.text.replace("’", "'")
        at = text.find(phrase)
        while at >= 0:
            if not _DE_BEFORE.search(text[:at]):
                return False
            found = True
            at = text.find(phrase, at + 1)
    return found


# Adjectives that change who or what a noun names (« l'ancien maire » is not
# the mayor): a group the text writes after one is another referent without it.
_PRIVATIVE_FORMS = ("ancien ancienne anciens anciennes ex futur future futurs futures présumé présumée présumés "
                    "présumées prétendu prétendue prétendus prétendues défunt défunte défunts défuntes feu feue").split()
_PRIVATIVE = re.compile(r"(?<![\w-])((?:(?:l['’]|le |la |les |un |une |des )?)"
                        rf"(?:{'|'.join(_PRIVATIVE_FORMS)})(?:-| ))(\w[\w'’-]*)", re.I)
# What `_PRIVATIVE` matches right before its group 2, in lower case: each of
# its adjectives' forms, then « - » or a space. (No form holds either, so
# the alternation's order does not change what the pattern matches.)
_PRIVATIVE_ENDS = tuple(form + sep for form in _PRIVATIVE_FORMS for sep in ("-", " "))


def _with_privative(phrase: str, analysis: Analysis) -> str | None:
    """`phrase` (a group of the text) as a topic when the text writes its
    first word after an adjective that changes its referent (« Bernard
    Lacombe, ancien maire (divers droite) de Sauveterre », « l'ancien maire
    de Sauveterre »): with that adjective and its article where the text
    writes the whole group so (« l'ancien maire de Sauveterre »), None where
    it never does (the group alone names someone else: « le maire de
    Sauveterre » is the sitting one); "" when no such adjective comes before it."""
    first = phrase.split(" ", 1)[0]
    text = (analysis.source.title or "") + " \n " + joined_text(analysis)
    low, low_first = text.lower(), first.lower()
    if low_first not in low:
        return ""
    if not has_odd_case(text):
        # A match's group 2 is `first` (in lower case) right after one of the
        # adjectives and « - » or a space: where the lower-case text has it
        # after none, no match can be kept, and the pattern (tried at every
        # position of the text: most of this function's time) need not run.
        # (Without « İ », « ı », « ſ », re.I matches what str.lower()
        # compares, and lowering keeps every offset.)
        at = low.find(low_first)
        while at >= 0 and not low.endswith(_PRIVATIVE_ENDS, 0, at):
            at = low.find(low_first, at + 1)
        if at < 0:
            return ""
    found = [m for m in _PRIVATIVE.finditer(text) if m.group(2).lower() == low_first]
    if not found:
        return ""
    for m in found:
        if text[m.start(2):].startswith(phrase) and not _is_word(text[m.start(2) + len(phrase):][:1] or " "):
            written = m.group(1)
            if not re.match(r"(?:l['’]|le |la |les |un |une |des )", written, re.I):
                art = "les " if written.rstrip(" -").lower().endswith("s") else (
                    "l'" if written[:1].lower() in "aeéiouh" else "la " if written.rstrip(" -").lower().endswith("e") else "le ")
                written = art + written
            return lower_first(written) + phrase
    return None


def make_plan(analysis: Analysis, focus: Keyphrase, secondary: list[Keyphrase]) -> Plan:
    sents = analysis.sentences
    first_block = sents[0].block
    lead = [s for s in sents if s.block == first_block]
    if len(lead) > 3 or sum(s.words for s in lead) > LEAD_MAX_WORDS:
        keep = [lead[0]]
        for s in lead[1:]:
            if len(keep) < 2 and sum(x.words for x in keep) + s.words <= LEAD_MAX_WORDS:
                keep.append(s)
            else:
                break
        lead = keep
    lead_ids = {s.id for s in lead}
    body = [s for s in sents if s.id not in lead_ids]
    sections = plan_sections(analysis, body) if body else []
    taken: set[tuple[str, ...]] = {tuple(focus.key)}
    doc_freq = sentence_freq(analysis)
    fallback = capitalize_first(with_article(focus.text, analysis))
    kept: list[Section] = []
    # The subjects of each part's main clauses, for the parts still without
    # a heading: a name goes to the part it is the subject of, not to an
    # earlier one where it is only an apposition or a complement.
    parts = [[s for p in sec.sentences for s in p] if not sec.heading else [] for sec in sections]
    subjects = [_subject_keys_of(part) for part in parts]
    for i, sec in enumerate(sections):
        if not sec.heading:
            part = parts[i]
            tops: dict[int, tuple[str, ...] | None] = {}  # a later part's best group (found when asked)

            def later(key, i=i, tops=tops) -> bool:
                for j in range(i + 1, len(sections)):
                    if key in subjects[j]:
                        if j not in tops:
                            ranked = _ranked_groups(parts[j], analysis, taken, doc_freq=doc_freq)[0]
                            tops[j] = ranked[0] if ranked else None
                        if tops[j] == key:
                            return True
                return False

            sec.heading = (heading_for(part, analysis, taken, doc_freq=doc_freq, later=later)
                           or heading_for(part, analysis, taken, quotes_too=True, doc_freq=doc_freq)
                           # (Over a part that never names the keyphrase, its
                           # heading would name what the part does not tell of.)
                           or (not any(kpm.contains(s.text, focus.text) for s in part)
                               and heading_for(part, analysis, taken, doc_freq=doc_freq, denied_too=True))
                           or fallback)
            if sec.heading == fallback and any(k.heading == fallback for k in kept):
                # The keyphrase already heads a section: two intertitres alike
                # say nothing; the part goes on under the section before it.
                kept[-1].sentences.extend(sec.sentences)
                continue
        kept.append(sec)
    sections = kept
    topic = ""
    for k in secondary:
        if not set(k.key) & set(focus.key) and " et " not in k.text and not _only_a_complement(k.text, analysis):
            topic = _with_privative(k.text, analysis)
            if topic is None:
                topic = ""
                continue
            topic = topic or with_article(k.text, analysis)
            break
    topic = topic or heading_for(sents, analysis, set(taken), doc_freq=doc_freq) or focus.text
    # « Policier tué : Karim Cheurfi », not « karim Cheurfi »: a name keeps its capital.
    named = any(topic.split(" ", 1)[0] == e.name.split(" ", 1)[0] for e in analysis.entities)
    title = make_title(analysis, focus, topic if named else lower_first(topic))
    description = make_description(analysis, focus)
    slug = make_slug(title, focus)
    return Plan(title, description, slug, focus, secondary, lead, sections)


_DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}


def state_taken_up(analysis: Analysis, s: Sentence) -> bool:
    """A sentence telling a state in the imperfect (its main verb), which
    the next sentence of its paragraph takes up with a demonstrative: a
    state the text then changes (« Bernard Lacombe … envisageait de se
    présenter aux élections municipales de mars 2026. Ce projet est
    désormais compromis … »; « Jusqu'ici, l'ouvrage était déjà limité aux
    véhicules de moins de 19 tonnes. En juin, le Département avait abaissé
    cette limite à 12 tonnes … »). Alone, as a key line, it reads as
    today's."""
    found = s.memo.get("state_taken_up")
    if found is None:
        found = s.memo["state_taken_up"] = _state_changed_next(analysis, s)
    return found


def _state_changed_next(analysis: Analysis, s: Sentence) -> bool:
    """`state_taken_up`, computed."""
    if s.id + 1 >= len(analysis.sentences):
        return False
    nxt = analysis.sentences[s.id + 1]
    if nxt.block != s.block:
        return False
    v = words_of(nxt.doc)
    if _DEMONSTRATIVES.isdisjoint(v.lower_set):
        return False  # (a quicker test than the parse's)
    w = words_of(s.doc)
    # Its main verb, read off the words (the parse of such a sentence is
    # often broken): the first finite one out of a relative clause (no
    # relative pronoun since the comma before it) and of quotations.
    verb = next((k for k in range(w.n) if w.verb_finite[k] and not inside_quote(s.text, w.idx[k]) and not any(
        w.lower[j] in RELATIVE_PRONOUNS for j in range(
            next((c for c in range(k - 1, -1, -1) if w.text[c] == ","), -1) + 1, k))), None)
    if verb is None or w.dep[verb] == "aux:tense":
        return False  # (« avait jugé »: a pluperfect tells an event, no state)
    if "Imp" not in w.feats[verb].get("Tense", ()) or "Ind" not in w.feats[verb].get("Mood", ()):
        return False
    return any(v.lower[k] in _DEMONSTRATIVES and v.pos[k] == "DET" and v.pos[k + 1] == "NOUN"
               and not inside_quote(nxt.text, v.idx[k]) and _takes_up_a_state(w, v.lower[k + 1])
               for k in range(v.n - 1))


# Nouns that take up a state, a plan or a rule (« Ce projet est désormais
# compromis », « cette limite »), not a thing or a place the sentence named
# (« Ce tronçon de la RN 165 … », « Ce poids lourd … »).
_STATE_NOUNS = frozenset((
    "projet", "limite", "limitation", "situation", "règle", "mesure", "seuil", "niveau", "plafond", "tarif", "prix",
    "taux", "record", "dispositif", "statut", "interdiction", "restriction", "plan", "idée", "intention", "ambition",
    "objectif", "pratique", "usage", "système", "régime", "décision", "accord", "contrat", "état", "équilibre",
    "chiffre", "effectif", "montant", "tendance", "hypothèse", "option", "schéma", "calendrier", "programme",
    "autorisation", "organisation", "fonctionnement", "configuration", "quota", "promesse", "engagement", "scénario"))


def _takes_up_a_state(w, noun: str) -> bool:
    """Whether a demonstrative's `noun` may take up the state told by the
    sentence of words `w`: a noun of state, or one of the stem of its verb
    or participle (« limité … cette limite »); not a time noun (« Cette
    semaine, … »)."""
    if noun in _TIME_NOUNS:
        return False
    if noun in _STATE_NOUNS:
        return True
    return len(noun) >= 5 and any(w.pos[j] in ("VERB", "ADJ") and w.lower[j].startswith(noun[:5]) for j in range(w.n))
